"""Layout stage: reading order, running headers/footers, headings, tables."""
