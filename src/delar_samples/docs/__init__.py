"""Data modules, one per source document (``d000`` ...), each exposing ``build()``."""
