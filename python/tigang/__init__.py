"""Chinese commentary and official documents to hierarchical outlines (提纲).

>>> import tigang
>>> doc = tigang.parse("求是网评:树牢两种理念\\n\\n一、要树牢“以人为本”理念\\n\\n一要深化理念改革。二要深化方式改革。\\n")
>>> doc["title"]
'树牢两种理念'
>>> [child["marker"] for child in doc["children"]]
['一、']

``parse`` and ``parse_file`` give the JSON of ``outline parse -f json`` as a dict;
``render`` writes any of the command's formats. The GIL is released while a document is
read, parsed and rendered, so threads parse in parallel.
"""

from ._tigang import (
    FORMATS,
    INPUT_FORMATS,
    DecodeError,
    Error,
    NoCjkFontError,
    ReadError,
    RenderError,
    UnknownEncodingError,
    UsageError,
    WriteError,
    __version__,
    parse,
    parse_file,
    render,
)

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
