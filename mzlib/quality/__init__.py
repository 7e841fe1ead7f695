"""Checks of the figures against themselves, against arithmetic and against the documents' claims."""
