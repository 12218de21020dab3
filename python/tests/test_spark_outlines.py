"""examples/spark_outlines.py in Spark's local mode: the samples in, one Parquet row each."""

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

import tigang

pytest.importorskip("pyspark")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SEED = "qiushi-four-concepts.txt"


def load_job():
    spec = importlib.util.spec_from_file_location(
        "spark_outlines", ROOT / "examples" / "spark_outlines.py"
    )
    job = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(job)
    return job


def rows_by_name(parquet):
    table = pq.read_table(parquet)
    rows = table.to_pylist()
    names = [row["path"].rsplit("/", 1)[-1] for row in rows]
    assert len(set(names)) == len(names), "one row per document"
    return table.schema, dict(zip(names, rows))


# Which samples cannot be read: a scan without a text layer, and a Word 97 file where no
# LibreOffice converts it.
def unreadable():
    expected = {"pdf-scanned-image.pdf"}
    if shutil.which("soffice") is None:
        expected |= {p.name for p in SAMPLES.glob("*.doc")}
    return expected


@pytest.fixture(scope="module")
def job():
    return load_job()


def test_a_directory_of_samples_becomes_one_row_each(job, tmp_path, capsys):
    out = tmp_path / "outlines.parquet"
    job.main([str(SAMPLES), str(out), "--master", "local[2]"])
    assert "documents/s" in capsys.readouterr().out

    schema, rows = rows_by_name(out)
    assert schema.names == ["path", "size", "title", "author", "date", "nodes", "json", "error"]
    assert set(rows) == {p.name for p in SAMPLES.iterdir() if p.is_file()}
    assert {name for name, row in rows.items() if row["error"]} == unreadable()

    seed = rows[SEED]
    assert seed["title"] == "树牢“四种理念”坚定深化组织工作改革"
    assert seed["author"] == ["李刚"]
    assert seed["date"] == "2017-07-27"
    assert seed["nodes"] == 4 + 4 * 3
    assert seed["size"] == (SAMPLES / SEED).stat().st_size

    for name, row in rows.items():
        if row["error"]:
            assert row["title"] is None and row["json"] is None and row["nodes"] is None
            assert name in row["error"]
            continue
        doc = json.loads(row["json"])
        assert doc == tigang.parse_file(SAMPLES / name), name
        assert row["title"] == doc["title"]
        assert row["date"] == doc["meta"].get("date")
        assert row["nodes"] == job.count_nodes(doc["children"])


def test_a_table_of_documents_becomes_one_row_each(job, tmp_path):
    # A table holds text already decoded: a string column, whatever the files' encodings.
    encodings = {
        SEED: "utf-8",
        "fullwidth-gbk.txt": "gbk",
        "traditional-big5.txt": "big5",
        "law-chapters-articles.txt": "utf-8",
    }
    table = tmp_path / "documents.parquet"
    pq.write_table(
        pa.table(
            {
                "id": list(encodings),
                "body": [(SAMPLES / n).read_bytes().decode(e) for n, e in encodings.items()],
            }
        ),
        table,
    )
    out = tmp_path / "outlines.parquet"
    job.main(
        [
            str(out),
            "--table",
            str(table),
            "--path-column",
            "id",
            "--content-column",
            "body",
            "--master",
            "local[2]",
        ]
    )
    _, rows = rows_by_name(out)
    assert sorted(rows) == sorted(encodings)
    for name in encodings:
        assert rows[name]["error"] is None
        assert json.loads(rows[name]["json"]) == tigang.parse_file(SAMPLES / name), name
    assert rows[SEED]["nodes"] == 16
