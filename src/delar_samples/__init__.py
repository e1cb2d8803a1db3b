"""Sample builder: renders the five seed documents to PDF from structured data.

A development tool (install the ``samples`` or ``dev`` extra for WeasyPrint):
``python -m delar_samples build --out samples`` writes ``samples/*.pdf`` and
``samples/expected/*.json`` from the data modules in :mod:`delar_samples.docs`.
"""
