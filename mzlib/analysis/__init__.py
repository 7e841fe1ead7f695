"""Series, projection, target assessment and demographic ageing."""
