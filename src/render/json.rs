//! JSON renderer: the model, pretty-printed, UTF-8 unescaped.

use crate::error::Error;
use crate::model::Document;
use std::io::{self, Write};

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

/// Writes `doc` as one line of compact JSON followed by a newline (JSON Lines).
pub fn render_line(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer(&mut buffered, doc).map_err(|e| json_error("jsonl", e))?;
    buffered
        .write_all(b"\n")
        .map_err(|e| Error::write("-", e))?;
    buffered.flush().map_err(|e| Error::write("-", e))
}

/// Writes `doc` as pretty JSON followed by a newline. The serializer writes through a
/// typed buffer, so its many small writes never go through `dyn Write` one by one.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, doc).map_err(|e| json_error("json", e))?;
    buffered
        .write_all(b"\n")
        .map_err(|e| Error::write("-", e))?;
    buffered.flush().map_err(|e| Error::write("-", e))
}
