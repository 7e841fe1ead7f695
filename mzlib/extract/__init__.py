"""From text to figures: values and units, tables, prose, the figures table and the command line."""
