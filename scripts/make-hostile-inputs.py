#!/usr/bin/env python3
"""Writes the hostile Word and HTML inputs of issue 13 into a directory, for timing the
readers by hand (`/usr/bin/time -v outline parse DIR/FILE`). The regression tests build the
same shapes themselves (tests/hostile_readers.rs); this script keeps them out of the repository.

    scripts/make-hostile-inputs.py /tmp/hostile
"""

import struct
import sys
import zipfile
import zlib
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def document(body: str) -> str:
    return f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'


def para(text: str, num: str | None = None, ilvl: str = "0") -> str:
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def numbering(abstracts: str, nums: str) -> str:
    return f'<?xml version="1.0"?><w:numbering {W}>{abstracts}{nums}</w:numbering>'


def level(ilvl: str, start: str = "1", fmt: str = "decimal", text: str = "%1.") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


def docx(path: Path, body: str, numbering_xml: str | None = None) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", document(body))
        if numbering_xml:
            z.writestr("word/numbering.xml", numbering_xml)


def one_numbering(levels: str, override: str = "") -> str:
    return numbering(f'<w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>',
                     f'<w:num w:numId="1"><w:abstractNumId w:val="0"/>{override}</w:num>')


def lying_bomb(path: Path, inflated_mb: int, declared: int = 1000) -> None:
    """A `.docx` whose document.xml inflates to `inflated_mb` MB while both headers say
    `declared` bytes."""
    chunk = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30000
    head = f'<?xml version="1.0"?><w:document {W}><w:body>'.encode()
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc, size, data = 0, 0, [comp.compress(head)]
    crc, size = zlib.crc32(head), len(head)
    while size < inflated_mb << 20:
        data.append(comp.compress(chunk))
        crc, size = zlib.crc32(chunk, crc), size + len(chunk)
    data.append(comp.flush())
    stream = b"".join(data)
    name = b"word/document.xml"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(stream),
                        declared, len(name), 0) + name
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc,
                          len(stream), declared, len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central),
                      len(local) + len(stream), 0)
    path.write_bytes(local + stream + central + end)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    out.mkdir(parents=True, exist_ok=True)
    # Item 1: nested HTML.
    (out / "span-32000.html").write_text("<p>" + "<span>" * 32000 + "x")
    for tag, n in [("span", 8000), ("font", 8000), ("b", 8000), ("b", 16000),
                   ("div", 10000), ("div", 20000)]:
        (out / f"{tag}-{n}.html").write_text("<p>" + f"<{tag}>" * n + "x")
    # Item 9: an unclosed server tag.
    (out / "unclosed-server-tag.html").write_text("<p>一、甲</p><% x <p>二、乙</p>")
    # Item 2: Word numbering.
    ps = "".join(para("甲", "1") for _ in range(10))
    docx(out / "ilvl-huge.docx", para("甲", "1", "4294967295"),
         one_numbering(level("4294967295")))
    docx(out / "start-huge-letter.docx", ps,
         one_numbering(level("0", "4294967275", "upperLetter")))
    docx(out / "start-max.docx", ps, one_numbering(level("0", "4294967295")))
    docx(out / "start-override-0.docx", ps,
         one_numbering(level("0"), '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="0"/></w:lvlOverride>'))
    docx(out / "lvltext-huge.docx", "".join(para("甲", "1") for _ in range(1000)),
         one_numbering(level("0", text="%1" * 100000)))
    for n in (10000, 20000):
        docx(out / f"levels-{n}.docx", "".join(para("甲", "1", str(i % n)) for i in range(n)),
             one_numbering("".join(level(str(i)) for i in range(n))))
    for n in (20000, 40000):
        abstracts = "".join(f'<w:abstractNum w:abstractNumId="{i}">{level("0")}</w:abstractNum>'
                            for i in range(n))
        nums = "".join(f'<w:num w:numId="{i}"><w:abstractNumId w:val="{i}"/></w:num>'
                       for i in range(n))
        docx(out / f"abstracts-{n}.docx", "".join(para("甲", str(i)) for i in range(n)),
             numbering(abstracts, nums))
    # Item 3: a zip bomb whose headers lie.
    lying_bomb(out / "bomb-600mb-says-1000.docx", 600)


if __name__ == "__main__":
    main()
