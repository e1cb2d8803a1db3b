"""PDF stage: open and validate a file, read pages into plain objects."""
