"""Other PDF producers for the sample data, besides WeasyPrint (:mod:`delar_samples.render`).

The extractor must read a document the same whichever program made the PDF
(issue 10, "the guard against fitting our own samples"): each producer here
renders a :class:`~delar_samples.spec.SampleDoc` and reports where its objects
landed, so that every rendering gets an expected JSON of its own pages.
"""
