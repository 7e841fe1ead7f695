"""Web pages (``.html``/``.htm``) to blocks: the charset a page declares, paragraphs and tables.

lxml parses the page and resolves entities; the rules written here are the genre's: the
``<meta>`` charset as Chinese sites declare it (GB2312 and GBK are read as GB18030, their
superset, because pages declared GB2312 routinely use GBK characters), block elements and
``<br>`` as line breaks, data tables as ``|`` rows with merged cells repeated, layout tables
(a table holding a table, or a single cell) read as ordinary content, and pages with no text of
their own (a frame set, or a script that builds the page in a browser) refused with the fix.
"""

import codecs
import re

import lxml.html
from lxml import etree

from mzlib.core import textio
from mzlib.core.errors import InputError
from mzlib.sources.textlayout import grid

_META = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "csgb2312", "gb18030", "euc-cn", "hz-gb-2312"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
         "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hr", "li", "main", "nav", "ol", "p", "pre", "section", "tr", "ul"}
SKIP = {"script", "style", "noscript", "template", "head", "title", "select", "option", "button", "iframe",
        "frame", "frameset", "object", "embed", "svg", "math", "map"}
MIN_TEXT = 20


def decode_html(data, file):
    """Text of a page and the encoding it was read with.

    A byte-order mark wins, then the charset a ``<meta>`` tag declares, then UTF-8 or GB18030 as
    for plain text. A declared charset that does not fit the bytes is named in the encoding
    (``"gb18030 (declared utf-8, which does not fit)"``), never silently replaced.

    Returns
    -------
    tuple of (str, str)
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return textio.decode(data, file)
    match = _META.search(data[:16384])
    if not match:
        return textio.decode(data, file)
    declared = match.group(1).decode("ascii").lower()
    encoding = "gb18030" if declared in _GB else declared
    try:
        encoding = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(file, f"the page declares an unknown charset {declared!r}",
                         hint="re-save the page as UTF-8") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text, used = textio.decode(data, file)
        return text, f"{used} (declared {declared}, which does not fit)"
    return text, encoding if encoding == declared else f"{encoding} (declared {declared})"


def parse(text, file):
    """The page's element tree (lxml), or a one-line error."""
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(file, f"not a readable web page ({exc})", hint="save the page again from a browser") from None


class _Walker:
    """Collects blocks in reading order: paragraphs (str) and tables (grids)."""

    def __init__(self):
        self.blocks, self.buffer = [], []

    def flush(self):
        if self.buffer:
            self.blocks.append("".join(self.buffer))
            self.buffer = []

    def text(self, value):
        if value:
            self.buffer.append(re.sub(r"[ \t\r\n\f]+", " ", value))

    def walk(self, element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIP or not tag:
            self.text(element.tail)
            return
        if tag == "table" and not _is_layout(element):
            self.flush()
            self.blocks += [t for t in map(_cell_text, element.xpath("./caption")) if t]  # the table's title
            self.blocks.append(_table_grid(element))
            self.text(element.tail)
            return
        block = tag in BLOCK or tag in ("table", "td", "th")
        if block:
            self.flush()
        if tag == "br":
            self.flush()
        self.text(element.text)
        for child in element:
            self.walk(child)
        if block:
            self.flush()
        self.text(element.tail)


def _rows(table):
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def _is_layout(table):
    """A table used for page layout: it holds another table, or it is a single cell."""
    if table.xpath(".//table"):
        return True
    return sum(len(row.xpath("./td | ./th")) for row in _rows(table)) <= 1


def _span(cell, name):
    try:
        return max(1, int(cell.get(name, "1").strip() or 1))
    except ValueError:
        return 1


def _cell_text(cell):
    walker = _Walker()
    walker.text(cell.text)
    for child in cell:
        walker.walk(child)
    walker.flush()
    return " ".join(part.strip() for part in walker.blocks if part.strip())


def _table_grid(table):
    rows = [[(_cell_text(cell), _span(cell, "rowspan"), _span(cell, "colspan")) for cell in row.xpath("./td | ./th")]
            for row in _rows(table)]
    return grid(rows)


def html_blocks(data, file):
    """Blocks of a web page and the encoding it was read with.

    Parameters
    ----------
    data : bytes
    file : str
        Name used in error messages.

    Returns
    -------
    tuple of (list, str)
        Blocks for :func:`mzlib.sources.textlayout.render`, and the encoding.

    Raises
    ------
    InputError
        Undecodable bytes, or a page with no text of its own (frames, scripts).
    """
    text, encoding = decode_html(data, file)
    root = parse(text, file)
    body = root.find("body")
    walker = _Walker()
    walker.walk(body if body is not None else root)
    walker.flush()
    visible = sum(len(b.strip()) if isinstance(b, str) else sum(len(c.text) for r in b for c in r)
                  for b in walker.blocks)
    if visible < MIN_TEXT:
        frames = [f.get("src", "") for f in root.iter("frame", "iframe")]
        if frames:
            raise InputError(file, f"the page is only a frame around {frames[0] or 'another page'}",
                             hint="open the framed page itself, save it and give that file")
        if any(True for _ in root.iter("script")):
            raise InputError(file, "the page has no text of its own, only scripts that build it in a browser",
                             hint="open it in a browser, let it load, and save the page (or its text) from there")
        if not visible:
            raise InputError(file, "the page has no text", hint="check that this is the document page")
    return walker.blocks, encoding
