"""The Python package: the seed's outline, encodings, str and bytes, formats, errors."""

import io
import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from xml.etree import ElementTree

import pytest

import tigang

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SEED = SAMPLES / "qiushi-four-concepts.txt"

# A short notice written for these tests: a title, two sections, points in a paragraph.
NOTICE = (
    "关于做好档案整理工作的通知\n"
    "\n"
    "一、总体要求\n"
    "\n"
    "各单位要高度重视。一要明确责任。二要按时完成。\n"
    "\n"
    "二、工作安排\n"
    "\n"
    "本通知自印发之日起施行。\n"
)


def titles(nodes):
    return [node["marker"] + node["title"] for node in nodes]


def test_seed_is_a_title_over_four_sections_of_three_points():
    doc = tigang.parse(SEED.read_text(encoding="utf-8"))
    assert doc["title"] == "树牢“四种理念”坚定深化组织工作改革"
    assert [n["marker"] for n in doc["children"]] == ["一、", "二、", "三、", "四、"]
    for section in doc["children"]:
        assert section["kind"] == "heading"
        points = section["children"]
        assert [p["marker"] for p in points] == ["一要", "二要", "三要"]
        assert all(p["kind"] == "inline" for p in points)
    assert doc["children"][0]["children"][0]["title"] == "深化理念改革"
    assert doc["meta"]["author"] == ["李刚"]
    assert doc["meta"]["date"] == "2017-07-27"
    assert doc["meta"]["source"] == "求是网"


def test_parse_file_reads_the_seed_as_parse_does():
    assert tigang.parse_file(SEED) == tigang.parse(SEED.read_bytes())
    assert tigang.parse_file(str(SEED)) == tigang.parse(SEED.read_text(encoding="utf-8"))


def test_str_and_bytes_give_one_outline():
    text = tigang.parse(NOTICE)
    assert text == tigang.parse(NOTICE.encode("utf-8"))
    assert text == tigang.parse(bytearray(NOTICE.encode("utf-8")))
    assert text["title"] == "关于做好档案整理工作的通知"
    assert titles(text["children"]) == ["一、总体要求", "二、工作安排"]
    assert titles(text["children"][0]["children"]) == ["一要明确责任", "二要按时完成"]


def test_gbk_bytes_are_detected():
    gbk = NOTICE.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        gbk.decode("utf-8")
    assert tigang.parse(gbk) == tigang.parse(NOTICE)
    assert tigang.parse(gbk, encoding="gbk") == tigang.parse(NOTICE)


def test_gbk_sample_file():
    path = SAMPLES / "fullwidth-gbk.txt"
    doc = tigang.parse_file(path)
    assert doc["title"] == path.read_bytes().decode("gbk").splitlines()[0].strip()
    assert [n["marker"] for n in doc["children"]] == ["１．", "２．", "３．"]
    assert doc == tigang.parse(path.read_bytes())
    assert doc == tigang.parse_file(path, encoding="gb18030")


def test_input_format_and_sniffing():
    html = SAMPLES / "news-page-saved.html"
    sniffed = tigang.parse(html.read_bytes())
    assert sniffed == tigang.parse_file(html)
    assert sniffed == tigang.parse(html.read_bytes(), "html")
    markdown = "# 标题\n\n## 总体要求\n\n正文。\n\n## 工作安排\n\n正文。\n"
    doc = tigang.parse(markdown, input_format="markdown")
    assert [n["title"] for n in doc["children"]] == ["总体要求", "工作安排"]
    assert tigang.parse(markdown)["children"] == doc["children"]
    word = tigang.parse_file(SAMPLES / "word-auto-numbering.docx")
    assert word["children"]


def test_a_name_picks_the_input_format_and_names_errors():
    markdown = SAMPLES / "markdown-commentary.md"
    assert tigang.parse(markdown.read_bytes(), name=str(markdown)) == tigang.parse_file(markdown)
    assert tigang.parse(markdown.read_bytes(), name="a.md") == tigang.parse(
        markdown.read_bytes(), "markdown"
    )
    with pytest.raises(tigang.DecodeError) as binary:
        tigang.parse(b"\x00\xff\x00\xfe", name="archive/2024/a.txt")
    assert binary.value.path == "archive/2024/a.txt"
    assert "cannot decode archive/2024/a.txt" in str(binary.value)


def test_render_gives_text_formats_as_str():
    opml = tigang.render(NOTICE, "opml")
    assert isinstance(opml, str)
    root = ElementTree.fromstring(opml)
    assert root.findtext("./head/title") == "关于做好档案整理工作的通知"
    assert [o.get("text") for o in root.findall("./body/outline")] == ["一、总体要求", "二、工作安排"]
    assert json.loads(tigang.render(NOTICE, "json")) == tigang.parse(NOTICE)
    assert "一、总体要求" in tigang.render(NOTICE.encode("gbk"), "markdown")
    assert tigang.render(NOTICE, "md") == tigang.render(NOTICE, "markdown")
    for format in tigang.FORMATS:
        if format not in ("xmind", "png"):
            assert isinstance(tigang.render(NOTICE, format), str), format


def test_render_gives_xmind_as_bytes():
    xmind = tigang.render(NOTICE, "xmind")
    assert isinstance(xmind, bytes)
    with zipfile.ZipFile(io.BytesIO(xmind)) as workbook:
        content = json.loads(workbook.read("content.json"))
    assert content[0]["rootTopic"]["title"] == "关于做好档案整理工作的通知"


def test_png_is_left_out_of_this_build():
    with pytest.raises(tigang.RenderError, match="without the `png` feature"):
        tigang.render(NOTICE, "png")


def test_errors_map_to_one_class_per_kind():
    with pytest.raises(tigang.ReadError) as missing:
        tigang.parse_file(SAMPLES / "no-such-sample.txt")
    assert isinstance(missing.value, tigang.Error)
    assert missing.value.path.endswith("no-such-sample.txt")
    assert "no such file" in str(missing.value)

    with pytest.raises(tigang.DecodeError) as binary:
        tigang.parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    assert binary.value.path == "<bytes>"
    assert "binary data" in str(binary.value)

    with pytest.raises(tigang.DecodeError, match="no text layer"):
        tigang.parse_file(SAMPLES / "pdf-scanned-image.pdf")

    with pytest.raises(tigang.DecodeError, match="not valid UTF-8"):
        tigang.parse(NOTICE.encode("gbk"), encoding="utf-8")

    with pytest.raises(tigang.UnknownEncodingError) as encoding:
        tigang.parse(b"abc", encoding="no-such-encoding")
    assert isinstance(encoding.value, tigang.UsageError)

    with pytest.raises(tigang.UsageError, match="unknown format"):
        tigang.render(NOTICE, "docx")
    with pytest.raises(tigang.UsageError, match="unknown input format"):
        tigang.parse(NOTICE, "rtf")
    with pytest.raises(tigang.UsageError, match="encoding applies to bytes"):
        tigang.parse(NOTICE, encoding="gbk")
    with pytest.raises(TypeError, match="expected str or bytes, not int"):
        tigang.parse(42)


def test_exception_hierarchy():
    for name in ("ReadError", "DecodeError", "UsageError", "RenderError", "WriteError"):
        assert issubclass(getattr(tigang, name), tigang.Error)
    assert issubclass(tigang.UnknownEncodingError, tigang.UsageError)
    assert issubclass(tigang.NoCjkFontError, tigang.RenderError)
    assert issubclass(tigang.Error, Exception)
    assert tigang.Error.__module__ == "tigang"


def test_threads_parse_side_by_side():
    texts = [path.read_bytes() for path in sorted(SAMPLES.glob("*.txt"))]
    alone = [tigang.parse(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(tigang.parse, texts * 4))
    assert together == alone * 4


def test_the_gil_is_released_while_parsing():
    # 100 000 numbered sections with points: some tenths of a second in the library.
    text = "".join(f"{i}. 标题第{i}项\n正文。一要加强甲。二要加强乙。\n" for i in range(1, 100_001))
    span = []

    def work():
        span.append(time.perf_counter())
        tigang.render(text, "text")
        span.append(time.perf_counter())

    worker = threading.Thread(target=work)
    worker.start()
    # This thread runs on while the other is in the library: it records when it ran, at
    # most once a millisecond. Were the GIL held, nothing would be recorded for the whole call.
    ran = []
    while worker.is_alive():
        now = time.perf_counter()
        if not ran or now - ran[-1] > 0.001:
            ran.append(now)
    worker.join()
    start, end = span
    inside = [start] + [t for t in ran if start < t < end] + [end]
    longest_gap = max(b - a for a, b in zip(inside, inside[1:]))
    assert longest_gap < (end - start) / 2, (longest_gap, end - start)


def test_stubs_match_the_module():
    assert (Path(tigang.__file__).parent / "py.typed").exists()
    pytest.importorskip("mypy")
    stubtest = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "tigang"], capture_output=True, text=True
    )
    assert stubtest.returncode == 0, stubtest.stdout + stubtest.stderr


# The JSON contract: `parse` is `outline parse -f json`. CI sets TIGANG_OUTLINE to the
# release binary it built; elsewhere the test runs when that binary is there.
OUTLINE = os.environ.get(
    "TIGANG_OUTLINE", str(SAMPLES.parent / "target" / "release" / "outline")
)


@pytest.mark.skipif(
    "TIGANG_OUTLINE" not in os.environ and not Path(OUTLINE).exists(),
    reason="no outline binary built (cargo build --release)",
)
@pytest.mark.parametrize(
    "sample",
    sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html", ".docx")),
)
def test_parse_is_the_json_outline_writes(sample):
    path = SAMPLES / sample
    cli = subprocess.run(
        [OUTLINE, "parse", str(path), "-f", "json", "--quiet"],
        check=True,
        capture_output=True,
    )
    assert tigang.parse_file(path) == json.loads(cli.stdout)


def test_the_package_docstring_example_runs():
    import doctest

    assert doctest.testmod(tigang).failed == 0
