"""Target verdicts: series, projection, progress, the verdicts, the documents' claims judged, the reading."""
