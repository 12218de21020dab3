#!/usr/bin/env python3
"""Seeds the corpora of the `docx`, `html` and `pdf` fuzz targets (fuzz/corpus/, not committed):
the samples, and small versions of the hostile shapes of issue 13.

    python3 fuzz/seeds.py && cd fuzz && cargo +nightly fuzz run -a -s none docx -- -dict=docx.dict
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


def pdf_seeds() -> dict[str, bytes]:
    """The sample PDFs, without the `%PDF-` the target puts back."""
    return {p.stem: p.read_bytes()[len(b"%PDF-"):] for p in SAMPLES.glob("*.pdf")}


def main() -> None:
    for target, seeds in (("docx", docx_seeds()), ("html", html_seeds()), ("pdf", pdf_seeds())):
        corpus = HERE / "corpus" / target
        corpus.mkdir(parents=True, exist_ok=True)
        for name, data in seeds.items():
            (corpus / f"seed-{name}").write_bytes(data)
        print(f"{target}: {len(seeds)} seeds in {corpus}")


if __name__ == "__main__":
    main()
