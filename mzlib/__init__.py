"""mzlib: helpers behind the mzplan notebooks.

Seven rooms, imports flowing one way (a room may import only the rooms before it)::

    core -> sources -> extract -> quality -> targets -> demography -> report

``core`` paths, errors, processed tables, text decoding and normalisation, scales;
``sources`` the manifest, the indicator registry and the reference tables;
``extract`` figures from text; ``quality`` the checks; ``targets`` series, projection,
assessment and the claims judged; ``demography`` census measures, the cohort projection and care capacity; ``report`` notebook execution, plots and the site.
"""

__version__ = "0.2.0"
