"""Other PDF producers for the samples' data, besides WeasyPrint (:mod:`delar_samples.render`)."""
