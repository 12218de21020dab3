"""Outlines of a whole archive on Apache Spark: one Parquet row per document.

Maps the Python package `tigang` over a directory of documents (read with
`SparkContext.binaryFiles`) or over a table with a path and a content column, and writes
one row per document: its path, title, authors, date, node count, the outline as the JSON
of `outline parse -f jsonl`, and the error when it could not be read (every other column
then null), so that one bad file does not stop the job.

Locally (Spark's local mode, from the pyspark package):

    python examples/spark_outlines.py samples/ outlines.parquet

On a cluster, the executors need tigang installed: ship a packed virtual environment
(tigang is a native extension, which `--py-files` cannot load from a zip):

    python -m venv tigang_env && tigang_env/bin/pip install ./python venv-pack
    tigang_env/bin/venv-pack -p tigang_env -o tigang_env.tar.gz
    PYSPARK_PYTHON=./environment/bin/python spark-submit --master yarn \\
        --archives tigang_env.tar.gz#environment \\
        examples/spark_outlines.py hdfs:///archive/ hdfs:///outlines.parquet

The run prints how many documents it read and how fast: documents/s in all and per core.
"""

import argparse
import itertools
import json
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql.types import (
    ArrayType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

SCHEMA = StructType(
    [
        StructField("path", StringType(), nullable=False),
        StructField("size", LongType(), nullable=False),
        StructField("title", StringType()),
        StructField("author", ArrayType(StringType(), containsNull=False)),
        StructField("date", StringType()),
        StructField("nodes", IntegerType()),
        StructField("json", StringType()),
        StructField("error", StringType()),
    ]
)


def count_nodes(nodes):
    """Counts the nodes of an outline, at every depth."""
    count = 0
    stack = list(nodes)
    while stack:
        node = stack.pop()
        count += 1
        stack.extend(node.get("children", ()))
    return count


def outline_row(path, content):
    """One document's row; its error in the `error` column when it cannot be read."""
    import tigang  # on the executor: the wheel shipped with --py-files, or installed there

    if isinstance(content, bytearray):
        content = bytes(content)
    size = len(content.encode("utf-8") if isinstance(content, str) else content)
    try:
        # JSON Lines: the compact JSON of `outline parse`, the dict read back from it.
        line = tigang.render(content, "jsonl", name=path).rstrip("\n")
    except tigang.Error as e:
        return (path, size, None, None, None, None, None, str(e))
    doc = json.loads(line)
    meta = doc["meta"]
    return (
        path,
        size,
        doc["title"],
        meta.get("author", []),
        meta.get("date"),
        count_nodes(doc["children"]),
        line,
        None,
    )


def outline_partition(documents):
    for path, content in documents:
        yield outline_row(path, content)


def documents(spark, args):
    """The (path, content) pairs to outline: the files of a directory, or a table's rows."""
    if args.table is None:
        sc = spark.sparkContext
        return sc.binaryFiles(args.input, minPartitions=args.partitions)
    if os.path.exists(args.table) or "://" in args.table:
        table = spark.read.parquet(args.table)
    else:
        table = spark.table(args.table)
    table = table.select(args.path_column, args.content_column)
    if args.partitions:
        table = table.repartition(args.partitions)
    return table.rdd.map(tuple)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "input",
        nargs="?",
        help="a directory or glob of documents (any path Hadoop reads: file:, hdfs:, s3a: …)",
    )
    parser.add_argument("output", help="the Parquet directory to write (replaced)")
    parser.add_argument(
        "--table",
        help="read documents from a table instead: a Spark table name or a Parquet path",
    )
    parser.add_argument("--path-column", default="path", help="the table's path column")
    parser.add_argument(
        "--content-column",
        default="content",
        help="the table's content column: the document's text (string) or its file's bytes",
    )
    parser.add_argument("--master", help="Spark master, e.g. local[2] (spark-submit sets it)")
    parser.add_argument("--partitions", type=int, help="at least this many partitions")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="read the documents this many times over: for a stable documents/s figure",
    )
    args = parser.parse_args(argv)
    if (args.input is None) == (args.table is None):
        parser.error("give either a directory of documents or --table")

    # Run by plain `python` (not spark-submit), Spark's Python workers must use this
    # interpreter, the one where tigang is installed, not the first python3 on PATH.
    if "PYSPARK_GATEWAY_PORT" not in os.environ:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # Local mode talks to itself only: on loopback, whatever the host name resolves to.
        if args.master is None or args.master.startswith("local"):
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.appName("tigang-outlines").config(
        "spark.ui.showConsoleProgress", "false"
    )
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        rdd = documents(spark, args)
        if args.repeat > 1:
            # Each document again in its own partition: more documents a task, as in an
            # archive, not more tasks.
            rdd = rdd.flatMap(lambda document: itertools.repeat(document, args.repeat))
        rows = spark.createDataFrame(rdd.mapPartitions(outline_partition), SCHEMA)
        started = time.perf_counter()
        rows.write.mode("overwrite").parquet(args.output)
        seconds = time.perf_counter() - started
        written = spark.read.parquet(args.output)
        total = written.count()
        failed = written.filter("error is not null").count()
        cores = spark.sparkContext.defaultParallelism
        print(
            f"{total} documents ({failed} not read) in {seconds:.1f} s on {cores} cores: "
            f"{total / seconds:.0f} documents/s, {total / seconds / cores:.0f} per core"
        )
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
