#!/usr/bin/env python3
"""Makes samples/pdf-notice-running-heads.pdf from samples/notice-running-heads.txt: the
notice set as an official document is (仿宋-like size, indented paragraphs, the title
centred, the sign-off to the right) with running heads and feet that a PDF copy carries in
its text layer — the issuing office's name over every page, and page numbers below in three
styles: `-1-` on the first page, `— 3 —` on the other odd pages and `第2页 共5页` on the
even ones. The text goes into a flat ODF document (.fodt) written here, which LibreOffice
turns into the PDF.

    python3 scripts/make-pdf-running-heads.py   # needs libreoffice-writer and fonts-noto-cjk
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "samples" / "notice-running-heads.txt"
TARGET = ROOT / "samples" / "pdf-notice-running-heads.pdf"
# The running head: the issuing office, as a 公文's 版头 names it.
HEAD = "某市生态环境局"
FONT = "Noto Sans CJK SC"

STYLES = f"""
 <office:font-face-decls>
  <style:font-face style:name="{FONT}" svg:font-family="'{FONT}'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:line-height="28pt" style:punctuation-wrap="simple"/>
   <style:text-properties style:font-name="{FONT}" style:font-name-asian="{FONT}"
     fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN"
     style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:text-indent="32pt" fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="20pt" style:font-size-asian="20pt"/>
  </style:style>
  <style:style style:name="Flush" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
  </style:style>
  <style:style style:name="SignOff" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end" fo:margin-right="32pt"/>
  </style:style>
  <style:style style:name="Running" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:line-height="100%"/>
   <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
  </style:style>
  <style:style style:name="FootOdd" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end" fo:line-height="100%"/>
   <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
  </style:style>
  <style:style style:name="FootEven" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:line-height="100%"/>
   <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm"
     fo:margin-top="20mm" fo:margin-bottom="18mm" fo:margin-left="28mm" fo:margin-right="26mm"/>
   <style:header-style>
    <style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="10mm"/>
   </style:header-style>
   <style:footer-style>
    <style:header-footer-properties fo:min-height="0mm" fo:margin-top="10mm"/>
   </style:footer-style>
  </style:page-layout>
  <style:style style:name="Opening" style:family="paragraph" style:parent-style-name="Title"
    style:master-page-name="First"/>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="First" style:page-layout-name="A4"
    style:next-style-name="Standard">
   <style:header><text:p text:style-name="Running">{HEAD}</text:p></style:header>
   <style:footer><text:p text:style-name="FootOdd">-<text:page-number text:select-page="current"/>-</text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:header><text:p text:style-name="Running">{HEAD}</text:p></style:header>
   <style:footer><text:p text:style-name="FootOdd">— <text:page-number text:select-page="current"/> —</text:p></style:footer>
   <style:footer-left><text:p text:style-name="FootEven">第<text:page-number text:select-page="current"/>页 共<text:page-count/>页</text:p></style:footer-left>
  </style:master-page>
 </office:master-styles>
"""


def paragraphs(lines: list[str]) -> str:
    """The lines as paragraphs: the first the title, the closing pair (office and date)
    set to the right, a blank line an empty paragraph, the salutation and the list of
    attachments flush left, the rest indented."""
    out = []
    tail = len(lines) - 2
    for k, line in enumerate(lines):
        if k == 0:
            style = "Opening"
        elif k >= tail:
            style = "SignOff"
        elif not line or line.endswith("：") or (line[:1].isdigit() and "附件" in lines[k - 1]):
            style = "Flush"
        else:
            style = "Body"
        out.append(f'<text:p text:style-name="{style}">{escape(line)}</text:p>')
    return "\n".join(out)


def fodt(text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
{STYLES}
 <office:body>
  <office:text>
{paragraphs(lines)}
  </office:text>
 </office:body>
</office:document>
"""


def main() -> None:
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: apt-get install libreoffice-writer fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / f"{TARGET.stem}.fodt"
        doc.write_text(fodt(SOURCE.read_text(encoding="utf-8")), encoding="utf-8")
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(doc)],
            check=True, stdout=subprocess.DEVNULL)
        shutil.copy(Path(tmp) / f"{TARGET.stem}.pdf", TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
