"""Word files (``.docx``) to blocks: body paragraphs and tables, in document order.

python-docx reads the file and repeats a merged cell in every position it covers. Written here:
reading body paragraphs and tables in their order (also inside content controls), a manual line
break or a tab as a space-separated piece of the same line, the paragraphs of a cell joined by
a space, and a table that holds a table read as ordinary content (a layout table). Headers,
footers, footnotes and comments are not body text and are left out.
"""

import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from mzlib.core.errors import InputError
from mzlib.sources.textlayout import Cell

_P, _TBL, _SDT = qn("w:p"), qn("w:tbl"), qn("w:sdt")


def open_docx(path):
    """The python-docx document, or a one-line error naming the file and the fix."""
    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as exc:
        raise InputError(path, f"not a readable Word .docx file ({type(exc).__name__}: {exc})",
                         hint="open it in Word or LibreOffice and save it again as .docx") from None


def _paragraph_lines(paragraph):
    return [part.replace("\t", " ") for part in paragraph.text.split("\n")]


def _children(element):
    for child in element.iterchildren():
        if child.tag == _SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _children(content)
        else:
            yield child


def _blocks_of(element, parent):
    blocks = []
    for child in _children(element):
        if child.tag == _P:
            blocks += _paragraph_lines(Paragraph(child, parent))
        elif child.tag == _TBL:
            blocks += _table_blocks(Table(child, parent), parent)
    return blocks


def _table_blocks(table, parent):
    tree, origins = table._tbl.getroottree(), {}

    def origin(cell):
        return origins.setdefault(tree.getpath(cell._tc), len(origins))

    if table._tbl.xpath(".//w:tbl"):
        blocks, seen = [], set()
        for row in table.rows:
            for cell in row.cells:
                if origin(cell) not in seen:
                    seen.add(origin(cell))
                    blocks += _blocks_of(cell._tc, parent)
        return blocks
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(" ".join(_paragraph_lines(p)).strip() for p in cell.paragraphs if p.text.strip())
            cells.append(Cell(text, origin(cell)))
        rows.append(cells)
    return [rows]


def docx_blocks(path):
    """Blocks of a Word file (see :func:`mzlib.sources.textlayout.render`).

    Raises
    ------
    InputError
        A file that is not a .docx (e.g. damaged, or an old .doc renamed).
    """
    document = open_docx(path)
    return _blocks_of(document.element.body, document)
