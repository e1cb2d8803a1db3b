"""Parsers: one per section or table kind, each from layout to contract models."""
