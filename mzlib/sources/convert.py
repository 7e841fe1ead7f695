"""A downloaded document as the text the extractor reads: the one entry point, :func:`document_text`.

Accepted: plain text (``.txt``: UTF-8, GB18030/GBK or UTF-16), web pages (``.html``/``.htm``),
PDF (``.pdf``), Word (``.docx``) and spreadsheets (``.xlsx``, ``.xls``). Plain text is read as it is and
stays where it is; every other format is converted (:mod:`convert_html`, :mod:`convert_pdf`,
:mod:`convert_docx`, :mod:`convert_sheet`, shaped by :mod:`textlayout`) and the derived text is written, UTF-8 with ``\\n`` line ends, to one
place: ``data/interim/<stem>.txt`` for a file in ``data/raw/``, else ``text_dir`` (by default a
``mzlib-text`` folder in the system's temporary directory). Conversion is deterministic: the
same file gives the same bytes. Character offsets (``char_start``, ``char_end``) refer to the
derived text, which is what :attr:`DerivedText.text` holds.
"""

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from mzlib.core import paths, textio
from mzlib.core.errors import InputError
from mzlib.core.textio import ACCEPTED, FORMATS
from mzlib.sources.convert_docx import docx_blocks
from mzlib.sources.convert_html import html_blocks
from mzlib.sources.convert_pdf import pdf_blocks
from mzlib.sources.convert_sheet import sheet_text
from mzlib.sources.textlayout import render

TEMP_TEXT_DIR = Path(tempfile.gettempdir()) / "mzlib-text"
_OLD_WORD = ("old Word .doc format, which cannot be read",
             "open it in Word or LibreOffice and save it as .docx (or: soffice --headless --convert-to docx FILE)")
_OTHER = {".doc": _OLD_WORD, ".wps": _OLD_WORD, ".rtf": _OLD_WORD,
          ".et": ("a WPS spreadsheet, which cannot be read", "open it in WPS or LibreOffice and save it as .xlsx"),
          ".ods": ("an OpenDocument spreadsheet, which cannot be read", "open it in LibreOffice and save it as .xlsx")}
_OLE = b"\xd0\xcf\x11\xe0"  # the container of old Office files (.doc, .xls)
_WEB_PAGE = (b"<!doctype html", b"<html", b"<?xml", b"<table", b"<meta", b"<head", b"<style")


@dataclass(frozen=True)
class DerivedText:
    """A document's text and where it came from.

    Attributes
    ----------
    text : str
        What the extractor reads; offsets refer to it.
    format : str
        ``text``, ``html``, ``pdf``, ``docx``, ``xlsx``, ``xls`` or ``xml`` (an Excel 2003 XML spreadsheet): the
        format read, which for a spreadsheet is what its bytes are (a web page saved under a spreadsheet's name is
        read as ``html``).
    encoding : str
        How text or a web page was decoded (``utf-8``, ``gb18030 (declared gbk)`` ...); empty
        for PDF and Word, which carry Unicode.
    path : Path
        The file that holds ``text``: the original for plain text, else the derived ``.txt``.
    pages : int or None
        Pages of a PDF.
    notes : tuple of str
        What a reader should know (pages without text, running heads removed).
    """

    text: str
    format: str
    encoding: str
    path: Path
    pages: int | None = None
    notes: tuple = field(default_factory=tuple)

    @property
    def text_file(self):
        """``path`` relative to the repository root when inside it (POSIX), else as a full path."""
        return repo_relative(self.path)


def repo_relative(path):
    """A path relative to the repository root (POSIX) when inside it, else the full path."""
    path = Path(path).resolve()
    return path.relative_to(paths.PROJ_ROOT).as_posix() if path.is_relative_to(paths.PROJ_ROOT) else str(path)


def text_path(source, text_dir=None):
    """Where the derived text of ``source`` goes (see the module docstring)."""
    source = Path(source)
    if text_dir is None:
        in_raw = source.resolve().parent == paths.RAW_DATA_DIR.resolve()
        text_dir = paths.INTERIM_DATA_DIR if in_raw else TEMP_TEXT_DIR
    return Path(text_dir) / f"{source.stem}.txt"


def file_format(path):
    """The format of a file by its extension, or a one-line error that says what to do."""
    suffix = Path(path).suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    if suffix in _OTHER:
        what, hint = _OTHER[suffix]
        raise InputError(path, f"{suffix} is {what}", hint=hint)
    raise InputError(path, f"unknown extension {suffix or '(none)'!r}",
                     hint=f"give {ACCEPTED}")


def _sheet_kind(path, data):
    """What a spreadsheet's bytes are: ``xlsx`` (a ZIP container), ``xls`` (an old Office container), ``xml`` (an
    Excel 2003 XML spreadsheet) or ``html`` (a table saved as a web page under a spreadsheet's name: web systems
    export both), with a note when that is not what its name says; else a one-line error."""
    named = path.suffix.lower().lstrip(".")
    head = data[:1024].lstrip().lower()
    if data.startswith(b"PK"):
        kind = "xlsx"
    elif data.startswith(_OLE):
        kind = "xls"
    elif b"urn:schemas-microsoft-com:office:spreadsheet" in data[:4096] and head.startswith(b"<?xml"):
        return "xml", [f"this .{named} is an XML spreadsheet (Excel 2003): read as one"]
    elif head.startswith(_WEB_PAGE):
        return "html", [f"this .{named} is a web page (a table saved as HTML under a spreadsheet's name): read as one"]
    else:
        raise InputError(path, "not a spreadsheet (neither an .xlsx nor an .xls workbook)",
                         hint="download the file again, or open it in a spreadsheet program and save it as .xlsx")
    return kind, ([] if kind == named else [f"this .{named} file is an .{kind} workbook: read as one"])


def _check_content(path, data, kind):
    """Refuse a file whose bytes are another format than its extension says."""
    head = data[:1024].lstrip().lower()
    if kind in ("pdf", "docx") and head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        raise InputError(path, f"this .{kind} is a web page (the download failed or needed a login)",
                         hint="download the file again from the publishing site")
    if kind == "docx" and data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(path, _OLD_WORD[0] + " (named .docx)", hint=_OLD_WORD[1])
    if kind == "docx" and not data.startswith(b"PK"):
        raise InputError(path, "not a Word .docx file (no ZIP container)", hint=_OLD_WORD[1])
    if kind == "pdf" and b"%PDF" not in data[:1024]:
        raise InputError(path, "not a PDF (no %PDF header)", hint="download the file again")


def _write(path, text):
    data = text.encode("utf-8")
    if not (path.is_file() and path.read_bytes() == data):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def document_text(path, text_dir=None):
    """The text of a document, converted and written to its one place if it is not plain text.

    Parameters
    ----------
    path : str or Path
        A ``.txt``, ``.html``/``.htm``, ``.pdf``, ``.docx``, ``.xlsx`` or ``.xls`` file.
    text_dir : str or Path, optional
        Where to write derived text; by default ``data/interim/`` for files in ``data/raw/``,
        else the temporary ``mzlib-text`` folder.

    Returns
    -------
    DerivedText

    Raises
    ------
    InputError
        One line naming the file, the problem and what to do: unknown or old formats, a file
        whose content is another format, undecodable text, encrypted or scanned PDF, a web page
        that is only a frame or a script, a document without text.
    """
    path = Path(path)
    kind = file_format(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror})") from None
    if kind == "text":
        text, encoding = textio.decode(data, file=str(path))
        return DerivedText(text, kind, encoding, path)
    if not data.strip():
        raise InputError(path, "file is empty", hint="download the file again")
    _check_content(path, data, kind)
    pages, notes, encoding = None, [], ""
    if kind in ("xlsx", "xls"):
        kind, notes = _sheet_kind(path, data)
    if kind == "html":
        blocks, encoding = html_blocks(data, str(path))
        text = render(blocks)
    elif kind == "docx":
        text = render(docx_blocks(path))
    elif kind in ("xlsx", "xls", "xml"):
        text, sheets = sheet_text(path, kind, data)
        notes += sheets
    else:
        blocks, pages, notes = pdf_blocks(path)
        text = render(blocks)
    if not text.strip():
        raise InputError(path, f"no text found in this {kind} file", hint="check that it is the document itself")
    target = text_path(path, text_dir)
    _write(target, text)
    return DerivedText(text, kind, encoding, target, pages, tuple(notes))
