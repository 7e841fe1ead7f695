"""mzlib: helpers behind the mzplan notebooks.

Six rooms, imports flowing one way (a room may import only the rooms before it)::

    core -> sources -> extract -> quality -> analysis -> report

``core`` paths, errors, processed tables, text decoding and normalisation, scales;
``sources`` the manifest, the indicator registry and the reference tables;
``extract`` figures from text; ``quality`` the checks; ``analysis`` series, projection,
assessment and ageing; ``report`` notebook execution, plots and the site.
"""

__version__ = "0.2.0"
