"""Read a document as text: UTF-8 or GB18030/GBK, detected strictly, never guessed silently."""

from pathlib import Path

from mzlib.core.errors import InputError

ENCODINGS = ("utf-8", "gb18030")


def decode(data, file="<bytes>"):
    """Decode document bytes.

    UTF-8 is tried first (with or without BOM), then GB18030, which is a superset of GBK and
    GB2312. Decoding is strict: a byte that fits neither encoding is an error, never replaced.

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
        Empty input, binary input (NUL bytes) or bytes that neither encoding accepts.
    """
    if not data.strip():
        raise InputError(file, "file is empty", hint="give a UTF-8 or GB18030 text document")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(file, "binary file (NUL byte)", line=line,
                         hint="give the document as plain text, not PDF/Word")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
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
