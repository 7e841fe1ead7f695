"""Demographic aging: census measures, the cohort-component projection, regions and small areas, the
backtest and care capacity."""
