//! JSON renderers: the model pretty-printed (`json`), or one compact line a document
//! (`jsonl`); UTF-8 unescaped.

use crate::error::Error;
use crate::model::Document;
use std::io::{self, BufWriter, Write};

/// Writes `doc` as pretty JSON followed by a newline.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    write(out, "json", |w| serde_json::to_writer_pretty(w, doc))
}

/// Writes `doc` as one line of compact JSON followed by a newline (JSON Lines).
pub fn render_line(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    write(out, "jsonl", |w| serde_json::to_writer(w, doc))
}

/// Runs a serializer through a typed buffer (so its many small writes never go through
/// `dyn Write` one by one), then ends the output with a newline.
fn write(
    out: &mut dyn io::Write,
    format: &'static str,
    serialize: impl FnOnce(&mut BufWriter<&mut dyn io::Write>) -> serde_json::Result<()>,
) -> Result<(), Error> {
    let mut buffered = BufWriter::with_capacity(1 << 16, out);
    serialize(&mut buffered).map_err(|e| json_error(format, e))?;
    buffered
        .write_all(b"\n")
        .and_then(|()| buffered.flush())
        .map_err(|e| Error::write("-", e))
}

/// Turns a serde_json error into ours: a failed write stays a write error (so that a
/// closed pipe is recognised), anything else is a rendering error.
fn json_error(format: &'static str, e: serde_json::Error) -> Error {
    if e.is_io() {
        Error::write("-", io::Error::from(e))
    } else {
        Error::Render {
            format,
            message: e.to_string(),
        }
    }
}
