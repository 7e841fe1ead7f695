"""Documents as researchers download them: web pages, Word and PDF files built here from text give
the same figures as that text; bad files give one line naming the file and what to do."""

import io
import json
import subprocess
import sys

import pandas as pd
import pypdfium2
import pytest
from PIL import Image
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import docbuild
from mzlib.core import paths
import seeds
from mzlib.core.errors import InputError
from mzlib.extract.cli import extract_command
from mzlib.extract.figures import extract_corpus, validate
from mzlib.sources.convert import document_text, text_path
from mzlib.sources.textlayout import Cell, grid, render

YUNNAN = seeds.path("yunnan-2021-14th-fyp-plan.txt").read_text(encoding="utf-8").split("\n")
TAIAN = seeds.path("taian-2023-14th-fyp-midterm-review.txt").read_text(encoding="utf-8").split("\n")
# Prose, a row-per-line table (Yunnan Table 1) and a table whose group cells are merged (Tai'an annex).
SAMPLE = "\n".join(YUNNAN[:34] + TAIAN[114:144]) + "\n"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample as text, web page (GBK), Word and PDF, and its figures from the text."""
    folder = tmp_path_factory.mktemp("sample")
    parts = docbuild.blocks(SAMPLE)
    files = {"txt": folder / "sample.txt", "html": folder / "sample.html", "docx": folder / "sample.docx",
             "pdf": folder / "sample.pdf"}
    files["txt"].write_text(SAMPLE, encoding="utf-8")
    files["html"].write_bytes(docbuild.to_html(parts, charset="gbk"))
    docbuild.to_docx(parts, files["docx"])
    docbuild.to_pdf(parts, files["pdf"])
    expected = extract_corpus([files["txt"]]).figures
    return files, expected, folder / "text"


@pytest.mark.parametrize("kind", ["html", "docx", "pdf"])
def test_each_format_gives_the_figures_of_its_text(sample, kind):
    files, expected, text_dir = sample
    figures, rows, _ = extract_corpus([files[kind]], text_dir=text_dir)
    assert len(expected) > 80
    assert docbuild.figure_key(figures) == docbuild.figure_key(expected)
    assert (rows.loc[rows["kind"] == "indicator", "status"] == "parsed").all()
    derived = (paths.PROJ_ROOT / figures["text_file"].iloc[0]).read_text(encoding="utf-8")
    validate(figures, {f"sample.{kind}": derived})


def _group_repeated(lines):
    """Tai'an's annex as a converter writes it: the merged group cell repeated on every row."""
    out, group = [], ""
    for line in lines:
        cells = [cell.strip() for cell in line.split("|")]
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) == 5:
            cells = [group] + cells
        group = cells[0]
        out.append(" | ".join(cells) + " |")
    return out


def test_the_derived_text_is_the_text_with_tables_as_rows(sample):
    """Prose comes back line for line, tables row for row, merged group cells repeated."""
    files, _, text_dir = sample
    expected = "\n".join(YUNNAN[:34] + TAIAN[114:116] + _group_repeated(TAIAN[116:144])) + "\n"
    for kind in ("html", "docx", "pdf"):
        text = document_text(files[kind], text_dir).text
        if kind == "pdf":
            # A header cell wrapped in a narrow PDF column is joined without the space the
            # text version printed; the extractor reads both the same way.
            text = text.replace("指标属性", "指标 属性")
        assert text == expected, kind


def test_the_web_page_declares_gbk_and_uses_entities(sample):
    files, _, text_dir = sample
    data = files["html"].read_bytes()
    assert b'charset=gbk' in data and b"&ldquo;" in data and "\u3000\u3000".encode("gb18030") in data
    derived = document_text(files["html"], text_dir)
    assert derived.encoding == "gb18030 (declared gbk)" and "“十三五”" in derived.text


def _pdf_lines(path):
    pdf = pypdfium2.PdfDocument(str(path))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def test_a_number_broken_from_its_unit_at_the_line_end_is_rejoined(tmp_path):
    paragraphs = [("城乡低保标准" * 8)[:k] + "发放补贴4.44亿元,增长12.5%。" for k in range(30, 42)]
    docbuild.to_pdf(paragraphs, tmp_path / "numbers.pdf", head="")
    lines = [line for page in _pdf_lines(tmp_path / "numbers.pdf") for line in page.split("\r\n")]
    assert ("4.44", "亿元,增长12.5%。") in [(a[-4:], b) for a, b in zip(lines, lines[1:])]
    assert document_text(tmp_path / "numbers.pdf", tmp_path).text == "\n".join(paragraphs) + "\n"


# Runs in a fresh interpreter where PDFium sees no font of the machine's (and fontconfig none either):
# the derived text there must be the text derived here, whatever fonts this machine has (CI has
# fonts-noto-cjk). It also prints PDFium's own reading, to show the fixture tells the two apart.
WITHOUT_FONTS = """
import json, sys
import pypdfium2 as pdfium, pypdfium2.raw as pdfium_c
pdfium_c.FPDF_SetSystemFontInfo(None)
from mzlib.sources.convert import document_text
pdf = pdfium.PdfDocument(sys.argv[1])
raw = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
derived = document_text(sys.argv[1], sys.argv[2])
print(json.dumps({"text": derived.text, "notes": list(derived.notes), "raw": raw}))
"""


def _without_fonts(path, tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?><fontconfig></fontconfig>\n', encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "FONTCONFIG_FILE": str(config), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", WITHOUT_FONTS, str(path), str(tmp_path / "bare")], env=env,
                          cwd=paths.PROJ_ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _repeated_lines(path, font, line, times=3):
    """A page printing the same line ``times`` times, one under another, then a closing line."""
    page = canvas.Canvas(str(path))
    page.setFont(font, 12)
    for k in range(times):
        page.drawString(72, 700 - 18 * k, line)
    page.drawString(72, 700 - 18 * times, "up 12.5%.")
    page.showPage()
    page.save()
    return path


def test_paragraphs_in_a_font_the_pdf_does_not_embed_are_read_whole_with_or_without_fonts(tmp_path):
    """Twelve paragraphs whose first lines repeat (STSong-Light, not embedded): PDFium alone, with
    no CJK font to place them, drops the repeats; the derived text keeps every line."""
    paragraphs = [("城乡低保标准" * 8)[:k] + "发放补贴4.44亿元,增长12.5%。" for k in range(30, 42)]
    path = docbuild.to_pdf(paragraphs, tmp_path / "bare.pdf", head="")
    here, bare = document_text(path, tmp_path), _without_fonts(path, tmp_path)
    assert "".join(paragraphs) not in "".join(bare["raw"].split()), "PDFium alone reads it all: the fixture tests nothing"
    assert here.text == bare["text"] == "\n".join(paragraphs) + "\n"
    assert list(here.notes) == bare["notes"]


def test_a_character_pdfminer_cannot_map_is_kept_with_or_without_fonts(tmp_path):
    """pdfminer's UniGB-UCS2-H map lacks the middle dot: PDFium's reading keeps it."""
    paragraph = "积极打造“海誓山盟·情定泰山”婚姻服务品牌。"
    path = docbuild.to_pdf([paragraph], tmp_path / "dot.pdf", head="")
    here, bare = document_text(path, tmp_path), _without_fonts(path, tmp_path)
    assert here.text == bare["text"] == paragraph + "\n"


def test_identical_lines_in_an_embedded_font_are_all_read_with_or_without_fonts(tmp_path):
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))  # shipped with reportlab, embedded as a subset
    line = "Subsidies of 4.44 billion yuan, "
    path = _repeated_lines(tmp_path / "embedded.pdf", "Vera", line)
    here, bare = document_text(path, tmp_path), _without_fonts(path, tmp_path)
    assert bare["raw"].count(line) == 3
    assert here.text == bare["text"] and here.text.count(line.strip()) == 3 and "up 12.5%." in here.text


def _pdf(path, content, fonts):
    """A one-page PDF written object by object; ``fonts`` are objects 5 to 8: font F1 is object 5,
    font F0 object 8."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
               b"/F1 5 0 R /F0 8 0 R >> >> /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)] + fonts
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (k, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_glyphs_without_text_are_named_with_their_page_not_dropped_in_silence(tmp_path):
    """A CID font the PDF neither embeds nor maps to Unicode (Adobe-Identity, no ToUnicode)."""
    fonts = [b"<< /Type /Font /Subtype /Type0 /BaseFont /NoSuchFont /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
             b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoSuchFont /CIDSystemInfo << /Registry (Adobe) "
             b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>",
             b"<< /Type /FontDescriptor /FontName /NoSuchFont /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 "
             b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    content = b"BT /F0 12 Tf 72 700 Td (Subsidies rose by 12.5%.) Tj 0 -20 Td /F1 12 Tf <4E074E08> Tj ET"
    path = _pdf(tmp_path / "unmapped.pdf", content, fonts)
    derived = document_text(path, tmp_path)
    assert derived.text.startswith("Subsidies rose by 12.5%.")
    note, = derived.notes
    assert note.startswith("page 1: text layer not reliable: 2 glyphs") and "NoSuchFont is not embedded" in note
    assert "\n" not in note and _without_fonts(path, tmp_path)["notes"] == [note]


def test_the_pdf_has_two_pages_and_its_running_head_and_footers_go(sample):

    files, _, text_dir = sample
    raw = _pdf_lines(files["pdf"])
    assert len(raw) >= 2 and all(f"— {i + 1} —" in page for i, page in enumerate(raw))
    derived = document_text(files["pdf"], text_dir)
    assert derived.pages == len(raw) and "— 1 —" not in derived.text and "民政事业发展规划\n" not in derived.text
    assert any("page numbers" in note for note in derived.notes)


def test_conversion_is_deterministic_and_lands_in_one_place(sample, tmp_path):
    files, _, _ = sample
    for kind in ("html", "docx", "pdf"):
        first = document_text(files[kind], tmp_path / "a").path.read_bytes()
        second = document_text(files[kind], tmp_path / "b").path.read_bytes()
        assert first == second and first.endswith(b"\n") and b"\r" not in first
    assert text_path(paths.RAW_DATA_DIR / "x.pdf") == paths.INTERIM_DATA_DIR / "x.txt"
    assert text_path(tmp_path / "raw" / "x.pdf", tmp_path / "t") == tmp_path / "t" / "x.txt"
    assert document_text(files["txt"]).path == files["txt"]


def test_merged_cells_are_repeated_and_full_width_rows_are_titles():
    rows = grid([[("表1 指标", 1, 3)], [("领域", 1, 1), ("指标", 1, 1), ("值", 1, 1)],
                 [("民生", 2, 1), ("低保", 1, 1), ("1 | 2", 1, 1)], [("养老", 1, 1), ("3", 1, 1)],
                 [("注:数据截至年底", 1, 3)]])
    assert render([rows]) == ("表1 指标\n领域 | 指标 | 值 |\n民生 | 低保 | 1 ¦ 2 |\n民生 | 养老 | 3 |\n"
                              "注:数据截至年底\n")
    assert render([[[Cell("a", 0), Cell("b", 1)]], [[Cell("c", 2), Cell("d", 3)]]]) == "a | b |\n\nc | d |\n"


def test_utf16_text_is_read_not_called_binary(tmp_path):
    for name, data in [("bom.txt", SAMPLE.encode("utf-16")), ("le.txt", SAMPLE.encode("utf-16-le")),
                       ("be.txt", SAMPLE.encode("utf-16-be"))]:
        (tmp_path / name).write_bytes(data)
        derived = document_text(tmp_path / name)
        assert derived.text == SAMPLE and derived.encoding.startswith("utf-16")


def _html(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(f"<html><head><meta charset=\"utf-8\"></head>{body}</html>", encoding="utf-8")
    return path


def test_meta_charset_that_lies_is_named_not_trusted(tmp_path):
    path = tmp_path / "lie.html"
    path.write_bytes('<meta charset="utf-8"><p>城乡低保标准达到每人每月650元以上。</p>'.encode("gb18030"))
    derived = document_text(path, tmp_path)
    assert derived.encoding == "gb18030 (declared utf-8, which does not fit)"
    assert derived.text == "城乡低保标准达到每人每月650元以上。\n"


def _scanned_pdf(path):
    image = path.with_suffix(".png")
    Image.new("L", (200, 100), 255).save(image)
    page = canvas.Canvas(str(path))
    page.drawImage(str(image), 100, 500, 200, 100)
    page.showPage()
    page.save()


def _encrypted_pdf(path, user):
    docbuild._pdf_font()
    page = canvas.Canvas(str(path), encrypt=StandardEncryption(user, "owner"))
    page.setFont(docbuild.PDF_FONT, 12)
    page.drawString(100, 700, "城乡低保标准达到每人每月650元。")
    page.showPage()
    page.save()


BAD = [
    ("scan.pdf", _scanned_pdf, "no text layer: 1 page(s) of scanned pages", "ocrmypdf"),
    ("locked.pdf", lambda p: _encrypted_pdf(p, "secret"), "encrypted PDF", "qpdf"),
    ("old.doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "old Word .doc", "save it as .docx"),
    ("renamed.docx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "old Word .doc", ".docx"),
    ("login.pdf", lambda p: p.write_bytes(b"<!DOCTYPE html><html>please log in</html>"), "is a web page", "download"),
    ("frame.html", lambda p: p.write_text('<html><frameset><frame src="content.html"></frameset></html>'),
     "only a frame around content.html", "open the framed page"),
    ("script.html", lambda p: p.write_text("<html><body><div id=app></div><script>render()</script></body></html>"),
     "only scripts", "browser"),
    ("sheet.ods", lambda p: p.write_bytes(b"PK\x03\x04"), "OpenDocument spreadsheet", "save it as .xlsx"),
    ("sheet.et", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0"), "WPS spreadsheet", "save it as .xlsx"),
    ("table.txt", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "an old Office (OLE) file",
     "the extension .xls"),
    ("notes.xyz", lambda p: p.write_text("城乡低保"), "unknown extension '.xyz'", ".docx"),
    ("pdf.txt", lambda p: p.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "this is a PDF file, not text", ".pdf"),
    ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04broken"), "not a readable Word .docx", "save it again"),
    ("noise.xlsx", lambda p: p.write_bytes(b"\x01\x02 not a workbook" * 40), "not a spreadsheet", "save it as .xlsx"),
    ("broken.xlsx", lambda p: p.write_bytes(b"PK\x03\x04broken" * 40), "not a readable .xlsx workbook", "save it again"),
    ("broken.xls", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
     "not a readable .xls workbook", "save it again"),
    ("cut.xls", lambda p: p.write_text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
                                       'spreadsheet"><Worksheet><Table><Row>', encoding="utf-8"),
     "not a readable XML spreadsheet", "save it as .xlsx"),
]


@pytest.mark.parametrize("name, make, problem, fix", BAD, ids=[b[0] for b in BAD])
def test_bad_files_give_one_line_with_the_file_and_the_fix(tmp_path, name, make, problem, fix):
    path = tmp_path / name
    make(path)
    with pytest.raises(InputError) as caught:
        document_text(path, tmp_path / "text")
    message = str(caught.value)
    assert message.startswith(str(path)) and problem in message and fix in message and "\n" not in message


def test_owner_password_only_pdf_is_read(tmp_path):
    _encrypted_pdf(tmp_path / "restricted.pdf", "")
    assert document_text(tmp_path / "restricted.pdf", tmp_path).text == "城乡低保标准达到每人每月650元。\n"


def test_a_bad_file_does_not_stop_the_run(sample, tmp_path):
    files, expected, _ = sample
    _scanned_pdf(tmp_path / "scan.pdf")
    err, out = io.StringIO(), tmp_path / "out.csv"
    status = extract_command([str(tmp_path / "scan.pdf"), str(files["pdf"])], out, stderr=err,
                             text_dir=tmp_path / "text")
    figures = pd.read_csv(out, keep_default_na=False)
    errors = [line for line in err.getvalue().splitlines() if line.startswith("error:")]
    assert status == 2 and len(errors) == 1 and "scan.pdf" in errors[0]
    assert len(figures) == len(expected) and set(figures["format"]) == {"pdf"}
    assert set(figures["text_file"]) == {str((tmp_path / "text" / "sample.txt").resolve())}
    assert "pdf, " in err.getvalue() and "pages; text in" in err.getvalue()


def test_a_web_table_s_caption_is_its_title_above_it(tmp_path):
    from mzlib.extract.tables import find_tables

    path = _html(tmp_path, "lanjiang2023_stats.html", (
        "<table><caption>表2 2023年<b>民政事业</b>主要统计数据</caption>"
        "<tr><th>指标</th><th>单位</th><th>2022年</th><th>2023年</th></tr>"
        "<tr><td>城市低保对象</td><td>人</td><td>8,200</td><td>7,900</td></tr>"
        "<tr><td>养老床位</td><td>张</td><td>15,600</td><td>16,200</td></tr></table>"))
    text = document_text(path, tmp_path / "text").text
    assert text.splitlines()[0] == "表2 2023年民政事业主要统计数据"
    assert [t.title for t in find_tables(text)] == ["表2 2023年民政事业主要统计数据"]


def test_a_web_table_with_a_two_level_header_gives_each_column_its_year_part_and_unit(tmp_path):
    """rowspan/colspan repeat a merged cell in every column it covers (单位 over 单位, 2021年 over 城市
    and 农村); the header reads each text once, so the unit column stays the unit column."""
    from mzlib.extract.figures import Document, extract_document

    path = _html(tmp_path, "lanjiang2022_tables.html", (
        "<p>2022年岚江市民政事业统计情况如下。</p><table>"
        "<tr><th rowspan='2'>指标</th><th rowspan='2'>单位</th><th colspan='2'>2021年</th><th colspan='2'>2022年</th></tr>"
        "<tr><th>城市</th><th>农村</th><th>城市</th><th>农村</th></tr>"
        "<tr><td>低保对象</td><td>人</td><td>3215</td><td>18420</td><td>3012</td><td>17655</td></tr>"
        "<tr><td rowspan='2'>特困人员</td><td>人</td><td>120</td><td>2210</td><td>118</td><td>2150</td></tr>"
        "<tr><td>户</td><td>115</td><td>2100</td><td>112</td><td>2040</td></tr></table>"))
    doc = Document.from_path(path, text_dir=tmp_path / "text")
    got = extract_document(doc).figures[["value_text", "unit", "year", "kind", "indicator_id"]]
    assert got.astype("string").values.tolist() == [
        ["3215", "人", "2021", "baseline", "dibao_recipients_urban"], ["18420", "人", "2021", "baseline", "dibao_recipients_rural"],
        ["3012", "人", "2022", "actual", "dibao_recipients_urban"], ["17655", "人", "2022", "actual", "dibao_recipients_rural"],
        ["120", "人", "2021", "baseline", "tekun_recipients_urban"], ["2210", "人", "2021", "baseline", "tekun_recipients_rural"],
        ["118", "人", "2022", "actual", "tekun_recipients_urban"], ["2150", "人", "2022", "actual", "tekun_recipients_rural"],
        ["115", "户", "2021", "baseline", "unmapped"], ["2100", "户", "2021", "baseline", "unmapped"],
        ["112", "户", "2022", "actual", "unmapped"], ["2040", "户", "2022", "actual", "unmapped"]]
