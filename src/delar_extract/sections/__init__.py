"""Sections stage: the heading tree and each section's kind."""
