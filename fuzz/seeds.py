#!/usr/bin/env python3
"""Seeds the corpora of the `docx`, `html` and `pdf` fuzz targets (fuzz/corpus/, not committed):
the samples, and small versions of the hostile shapes of issue 13.

    python3 fuzz/seeds.py && cd fuzz && cargo +nightly fuzz run -a -s none docx -- -dict=docx.dict
    cd fuzz && cargo +nightly fuzz run -a pdf -- -dict=pdf.dict -max_len=200000
"""

import zipfile
from pathlib import Path

HERE = Path(__file__).parent
SAMPLES = HERE.parent / "samples"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def doc(body: str) -> str:
    return f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'


def p(text: str, num: str = "", ilvl: str = "0", style: str = "") -> str:
    ppr = ""
    if num or style:
        ppr = "<w:pPr>"
        ppr += f'<w:pStyle w:val="{style}"/>' if style else ""
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>' if num else ""
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def lvl(ilvl: str, start: str, fmt: str, text: str) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def numbering(levels: str, override: str = "") -> str:
    return (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="0"/>{override}</w:num></w:numbering>')


STYLES = (f'<w:styles {W}><w:style w:styleId="H1"><w:pPr><w:numPr><w:ilvl w:val="1"/>'
          '<w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')


def docx_seeds() -> dict[str, bytes]:
    seeds = {}
    for sample in SAMPLES.glob("*.docx"):
        with zipfile.ZipFile(sample) as z:
            names = set(z.namelist())
            parts = [z.read(n) if n in names else b"" for n in
                     ("word/document.xml", "word/numbering.xml", "word/styles.xml")]
        seeds[sample.stem] = b"\xff".join(parts)
    levels = (lvl("0", "1", "chineseCounting", "%1&#x3001;") + lvl("1", "1", "decimal", "（%2）")
              + lvl("2", "3", "upperLetter", "%1.%2.%3") + lvl("3", "1", "bullet", "•"))
    body = "".join(p(t, "1", i) for t, i in
                   [("甲", "0"), ("乙", "1"), ("丙", "2"), ("丁", "2"), ("戊", "3"), ("己", "0")])
    body += p("庚", style="H1")
    shapes = {
        "levels": (body, numbering(levels), STYLES),
        "ilvl-huge": (p("甲", "1", "4294967295"), numbering(lvl("4294967295", "1", "decimal", "%1.")), ""),
        "start-huge": (p("甲", "1") * 3, numbering(lvl("0", "4294967275", "upperLetter", "%1.")), ""),
        "start-override": (p("甲", "1") * 2, numbering(
            lvl("0", "4294967295", "decimal", "%1."),
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="0"/></w:lvlOverride>'), ""),
        "lvltext-long": (p("甲", "1"), numbering(lvl("0", "1", "lowerRoman", "%1" * 200)), ""),
        "text-box": ('<w:p><w:r><w:t>甲</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing>'
                     '<wps:txbx><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent>'
                     '</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>'
                     '<w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></v:textbox>'
                     '</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>乙</w:t></w:r></w:p>',
                     "", ""),
        "leaks": ('<w:p><w:r><w:t/></w:r><w:del><w:r><w:delText>删</w:delText></w:r></w:del>'
                  '<w:r><w:instrText>HYPERLINK "http://x"</w:instrText></w:r><w:r><w:t>留&amp;'
                  '<![CDATA[<甲>]]></w:t><w:tab/><w:br/></w:r></w:p><w:tbl><w:tr><w:tc>'
                  '<w:p><w:pPr><w:pPrChange><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr>'
                  '</w:pPrChange></w:pPr><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>', "", ""),
    }
    for name, (body, num, styles) in shapes.items():
        seeds[name] = b"\xff".join(x.encode() for x in (doc(body), num, styles))
    return seeds


def html_seeds() -> dict[str, bytes]:
    seeds = {s.stem: s.read_bytes() for s in SAMPLES.glob("*.html")}
    seeds.update({
        "spans": ("<p>" + "<span>" * 300 + "x").encode(),
        "bold": ("<p>" + "<b id=1><i>" * 40 + "一、甲").encode(),
        "fonts": ("<p>" + "<font color=red>" * 40 + "x</p><p>y").encode(),
        "divs": ("<div>" * 300 + "<p>一、甲<p>二、乙" + "</div>" * 300).encode(),
        "table": ("<table>" + "<tr><td><table>" * 80 + "x").encode(),
        "server": "<%@ page x %><p>一、甲</p><% y <p>二、乙</p>".encode(),
        "chrome": ('<meta charset="gbk"><body><div class="nav">首页</div><b>一、标题</b>'
                   '<a>甲</a><a>乙</a><script>x()</script><svg><text>z</text></svg>'
                   '<p>正文<br>第二行</p></body>').encode("gbk"),
    })
    return seeds


def pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of `objects` (object 1 the catalog) with its cross-reference table."""
    out = b"%PDF-1.7\n"
    offsets = []
    for k, o in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (k + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, xref)
    return out


def stream(data: bytes, dict_: bytes = b"") -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (dict_, len(data)) + data + b"\nendstream"


def page_pdf(contents: list[bytes], font: bytes = b"", extra: list[bytes] = ()) -> bytes:
    """Pages drawing `contents`; object 3 the font F1 (Helvetica unless given)."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(len(contents)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
               font or b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for k, c in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                       b"<< /Font << /F1 3 0 R >> /XObject << /Fm0 %d 0 R >> >> /Contents %d 0 R >>"
                       % (4 + 2 * len(contents), 5 + 2 * k))
        objects.append(stream(c))
    return pdf(objects + list(extra))


def hostile_pdf_seeds() -> dict[str, bytes]:
    """Small versions of the hostile shapes tests/pdf.rs builds in full."""
    import zlib
    text = b"BT /F1 12 Tf 72 720 Td (Some text) Tj ET"
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange "
            b"<0000> <FFFF> endcodespacerange 2 beginbfchar <0001> <4E00> <0002> <3001> endbfchar "
            b"1 beginbfrange <0010> <0020> <4E8C> endbfrange endcmap end end")
    type0 = (b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 5 0 R "
             b"/DescendantFonts [<< /Subtype /CIDFontType2 /DW 1000 /W [1 [500 600] 16 32 900 "
             b"4294967295 [1] -5 -1 7] >>] >>")
    seeds = {
        "deep-arrays": page_pdf([text]).replace(b"/MediaBox", b"/X " + b"[" * 2000 + b"]" * 2000 + b" /MediaBox"),
        "form-self": page_pdf([b"/Fm0 Do " + text],
                              extra=[stream(b"/Fm0 Do q 2 0 0 2 0 0 cm " + text + b" Q",
                                            b"/Type /XObject /Subtype /Form /BBox [0 0 1 1]"
                                            b" /Matrix [1 0 0 1 5 5] /Resources << /XObject << /Fm0 6 0 R >> /Font << /F1 3 0 R >> >>")]),
        "bomb": page_pdf([b""]).replace(
            stream(b""), stream(zlib.compress(b"\0" * (1 << 20), 9), b"/Filter /FlateDecode")),
        "filters": page_pdf([b""]).replace(
            stream(b""), stream(b"<~87cURD]i,\"Ebo80~>", b"/Filter [/A85 /AHx /LZW /Fl]")),
        "type0": page_pdf([b"BT /F1 14 Tf 0 1 -1 0 100 700 Tm <0001000200100011> Tj [<0012> -500 <0001>] TJ "
                           b"T* (x) ' 1 2 (y) \" ET"], font=type0,
                          extra=[stream(cmap)]),
        "gbk-cmap": page_pdf([b"BT /F1 12 Tf 72 720 Td <d2bbb6fe> Tj 0 -14 Td <b5da31cc> Tj ET"],
                             font=b"<< /Type /Font /Subtype /Type0 /BaseFont /S /Encoding /GBK-EUC-H "
                                  b"/DescendantFonts [<< /Subtype /CIDFontType0 >>] >>"),
        "huge-numbers": page_pdf([b"BT /F1 1e38 Tf 1e38 1e38 Td (a) Tj -1e38 0 0 0 0 -0 Tm (b) Tj "
                                  b"1e308 Tz 99999999999 TL T* (c) Tj 0 0 0 0 0 0 cm ET " + b"q " * 400 + b"Q " * 500]),
        "parents-cycle": page_pdf([text]).replace(b"/Count 1 >>", b"/Count 1 /Parent 2 0 R /Resources 2 0 R >>"),
        "no-xref": b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj 2 0 obj << /Type /Pages /Kids [3 0 R] "
                   b"/Count 1 >> endobj 3 0 obj << /Type /Page /Contents 4 0 R >> endobj 4 0 obj << /Length 99 >> "
                   b"stream\nBT (x) Tj ET\nendstream endobj trailer << /Root 1 0 R >>",
    }
    return {name: data[len(b"%PDF-"):] if data.startswith(b"%PDF-") else data
            for name, data in seeds.items()}


def pdf_seeds() -> dict[str, bytes]:
    """The sample PDFs and small hostile ones, without the `%PDF-` the target puts back."""
    seeds = {p.stem: p.read_bytes()[len(b"%PDF-"):] for p in SAMPLES.glob("*.pdf")}
    seeds.update(hostile_pdf_seeds())
    return seeds


def main() -> None:
    for target, seeds in (("docx", docx_seeds()), ("html", html_seeds()), ("pdf", pdf_seeds())):
        corpus = HERE / "corpus" / target
        corpus.mkdir(parents=True, exist_ok=True)
        for name, data in seeds.items():
            (corpus / f"seed-{name}").write_bytes(data)
        print(f"{target}: {len(seeds)} seeds in {corpus}")


if __name__ == "__main__":
    main()
