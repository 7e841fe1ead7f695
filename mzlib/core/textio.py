"""Read a document as text: UTF-8, GB18030/GBK or UTF-16, detected strictly, never guessed silently."""

import re
from pathlib import Path

from mzlib.core.errors import InputError

ENCODINGS = ("utf-8", "gb18030")
# The formats a document may come in, by extension (decided here, once; mzlib.sources.convert reads each), and
# how messages name them.
FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx",
           ".xls": "xls"}
SUFFIXES = ", ".join(FORMATS)
ACCEPTED = "a text (.txt), web page (.html/.htm), PDF (.pdf), Word (.docx) or spreadsheet (.xlsx, .xls) file"
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_MAGIC = ((b"%PDF", "a PDF file", ".pdf"),
          (b"PK\x03\x04", "a ZIP container (a Word .docx or a spreadsheet .xlsx)", ".docx or .xlsx"),
          (b"\xd0\xcf\x11\xe0", "an old Office (OLE) file (a spreadsheet .xls or an old Word .doc)", ".xls"))


def sniff(data):
    """What binary format the bytes start with, or None.

    Returns
    -------
    tuple of (str, str) or None
        A description (``"a PDF file"``) and the file extension that format needs.
    """
    for magic, what, extension in _MAGIC:
        if data.startswith(magic):
            return what, extension
    return None


def _utf16_without_bom(data):
    """``utf-16-le``/``-be`` when NUL bytes sit almost all on odd/even offsets (ASCII in UTF-16)."""
    if len(data) % 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    if odd >= 9 * max(even, 1) and odd >= 4:
        return "utf-16-le"
    if even >= 9 * max(odd, 1) and even >= 4:
        return "utf-16-be"
    return None


def decode(data, file="<bytes>"):
    """Decode document bytes.

    A byte-order mark decides first (UTF-8, UTF-16 LE/BE), then UTF-16 without a mark when its
    NUL bytes sit on every other byte; otherwise UTF-8 is tried, then GB18030, which is a
    superset of GBK and GB2312. Decoding is strict: a byte that fits no encoding is an error,
    never replaced. The byte-order mark is not part of the text.

    Parameters
    ----------
    data : bytes
    file : str
        Name used in error messages.

    Returns
    -------
    tuple of (str, str)
        The text and the encoding it was read with.

    Raises
    ------
    InputError
        Empty input, a binary format under a text name, other binary input (NUL bytes) or bytes
        that no encoding accepts.
    """
    if not data.strip():
        raise InputError(file, "file is empty", hint="give a UTF-8 or GB18030 text document")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], enc, file), enc
    known = sniff(data)
    if known:
        raise InputError(file, f"this is {known[0]}, not text",
                         hint=f"give it the extension {known[1]} so that it is converted as one")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, file), utf16
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(file, "binary file (NUL byte), not text in any known encoding", line=line,
                         hint=f"give {ACCEPTED}")
    errors = []
    for enc in ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as exc:
            errors.append((enc, exc))
    enc, exc = errors[0]
    line = data[: exc.start].count(b"\n") + 1
    raise InputError(file, f"undecodable bytes {data[exc.start:exc.start + 4]!r} at byte {exc.start} "
                     f"(neither UTF-8 nor GB18030)", line=line,
                     hint="re-save the file as UTF-8")


def _strict(data, enc, file):
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise InputError(file, f"undecodable bytes at byte {exc.start} (not valid {enc})",
                         hint="re-save the file as UTF-8") from None


def read_text(path):
    """Read a document from disk; see :func:`decode`.

    Returns
    -------
    tuple of (str, str)
        Text and encoding name.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror})") from None
    return decode(data, file=str(path))


_PARSER_FIELDS = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_PARSER_LINE = re.compile(r"line (\d+)")


def read_csv(path, **kw):
    """A CSV table read by :func:`pandas.read_csv`, or an :class:`InputError` that names the file, the
    line where it can, and what to do: a row with more cells than the header (an unquoted comma in a
    cell), a file that is not UTF-8, or no file at all."""
    import pandas as pd

    try:
        return pd.read_csv(path, **kw)
    except FileNotFoundError:
        raise InputError(path, "no such file", hint="restore it from git (git checkout -- FILE)") from None
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 ({exc.reason} at byte {exc.start})", hint="save it as UTF-8") from None
    except pd.errors.ParserError as exc:
        fields, found = _PARSER_FIELDS.search(str(exc)), _PARSER_LINE.search(str(exc))
        problem = (f"{fields.group(3)} cells where the header has {fields.group(1)}" if fields
                   else f"cannot be read as CSV ({str(exc).strip()})")
        raise InputError(path, problem, int(found.group(1)) if found else None,
                         "a cell that holds a comma must be in double quotes") from None
