"""Executing the notebooks, rendering the site, and plots."""
