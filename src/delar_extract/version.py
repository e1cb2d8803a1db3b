"""The version of delar-extract, in one place below every stage (the manifest records it)."""

__version__ = "0.1.0"
