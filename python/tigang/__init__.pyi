"""Type stubs of tigang: the outline's dicts and the functions that make them.

`Document`, `Node`, `Meta`, `Dropped` and `ParseWarning` exist for type checkers only: import
them under `typing.TYPE_CHECKING`.
"""

import os
from typing import Literal, overload, type_check_only

from typing_extensions import NotRequired, TypedDict

__all__ = [
    "FORMATS",
    "INPUT_FORMATS",
    "DecodeError",
    "Error",
    "NoCjkFontError",
    "ReadError",
    "RenderError",
    "UnknownEncodingError",
    "UsageError",
    "WriteError",
    "__version__",
    "parse",
    "parse_file",
    "render",
]

__version__: str
#: Every output format ``render`` writes, e.g. ``"json"``, ``"opml"``, ``"xmind"``.
FORMATS: tuple[str, ...]
#: Every input format ``input_format`` takes: ``"text"``, ``"docx"``, ``"html"`` …
INPUT_FORMATS: tuple[str, ...]

@type_check_only
class Meta(TypedDict):
    """Column, source, date, author and editors read from the head and tail lines."""

    title_line: NotRequired[str]
    column: NotRequired[str]
    author: NotRequired[list[str]]
    affiliation: NotRequired[str]
    source: NotRequired[str]
    #: ``YYYY-MM-DD``
    date: NotRequired[str]
    #: ``HH:MM``
    time: NotRequired[str]
    editors: NotRequired[list[str]]
    doc_number: NotRequired[str]
    issuer: NotRequired[str]
    dateline: NotRequired[str]
    original_title: NotRequired[str]

@type_check_only
class Node(TypedDict):
    """One entry of the outline, e.g. the section ``三、保障措施`` or the point ``一要深化理念改革``."""

    kind: Literal["heading", "run_in", "inline", "bullet", "subtitle", "note"]
    frame: NotRequired[str]
    marker: str
    number: NotRequired[int]
    title: str
    end: NotRequired[str]
    body: NotRequired[str]
    tail: NotRequired[str]
    line: int
    children: NotRequired[list[Node]]

@type_check_only
class Dropped(TypedDict):
    """A line kept out of the outline (page furniture, a byline), with the reason."""

    line: int
    text: str
    reason: str

@type_check_only
class ParseWarning(TypedDict):
    """Something a reader should check: a numbering gap or repeat."""

    line: int
    message: str

@type_check_only
class Document(TypedDict):
    """The outline: the JSON ``outline parse -f json`` writes."""

    title: str | None
    meta: Meta
    lead: NotRequired[list[str]]
    children: list[Node]
    tail: NotRequired[list[str]]
    dropped: NotRequired[list[Dropped]]
    warnings: NotRequired[list[ParseWarning]]

_Source = str | bytes | bytearray
_InputFormat = Literal["text", "docx", "html", "markdown", "pdf", "doc"]

def parse(
    source: _Source,
    input_format: _InputFormat | str | None = None,
    *,
    encoding: str | None = None,
    name: str | None = None,
) -> Document:
    """Parses a document (its text, or its file's bytes) into its outline."""

@overload
def render(
    source: _Source,
    format: Literal["xmind", "png"],
    input_format: _InputFormat | str | None = None,
    *,
    encoding: str | None = None,
    name: str | None = None,
) -> bytes: ...
@overload
def render(
    source: _Source,
    format: Literal[
        "json", "jsonl", "yaml", "opml", "markdown", "mermaid", "freemind", "svg", "html", "text"
    ],
    input_format: _InputFormat | str | None = None,
    *,
    encoding: str | None = None,
    name: str | None = None,
) -> str: ...
@overload
def render(
    source: _Source,
    format: str,
    input_format: _InputFormat | str | None = None,
    *,
    encoding: str | None = None,
    name: str | None = None,
) -> str | bytes: ...
def parse_file(
    path: str | os.PathLike[str],
    input_format: _InputFormat | str | None = None,
    *,
    encoding: str | None = None,
) -> Document:
    """Reads a file and parses it into its outline."""

class Error(Exception):
    """Everything that can go wrong around parsing; parsing itself never fails."""

class ReadError(Error):
    """A file could not be read (missing, a directory, no permission)."""

    path: str

class DecodeError(Error):
    """The bytes are not a document tigang reads."""

    path: str

class UsageError(Error):
    """An argument asks for something that cannot be done, e.g. an unknown format."""

class UnknownEncodingError(UsageError):
    """``encoding`` named an encoding that does not exist."""

class RenderError(Error):
    """A renderer failed to write the document."""

class NoCjkFontError(RenderError):
    """PNG was asked for and no installed font has Chinese characters."""

class WriteError(Error):
    """The output could not be written."""

    path: str
