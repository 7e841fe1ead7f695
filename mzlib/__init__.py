"""mzlib: helpers behind the mzplan notebooks.

Small single-purpose modules: ``paths`` (where things live), ``manifest`` (the document registry),
``textio`` / ``normalize`` (reading and normalising text with stable offsets), ``values`` and
``units`` (parsing printed figures), ``tables`` and ``prose`` (finding them), ``registry``
(bilingual indicator names), ``extract`` (the figures table), ``checks`` (what the sources get
wrong), ``projection`` / ``assessment`` (targets) and ``aging`` (demographic pressure).
"""

__version__ = "0.1.0"
