"""What everything needs and that knows nothing of documents: paths, the error type, processed
tables, text decoding and normalisation, scales and target comparison."""
