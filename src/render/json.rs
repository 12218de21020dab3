//! JSON renderer: the model, pretty-printed, UTF-8 unescaped.

use crate::error::Error;
use crate::model::Document;
use std::io;

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
    serde_json::to_writer(&mut *out, doc).map_err(|e| json_error("jsonl", e))?;
    out.write_all(b"\n").map_err(|e| Error::write("-", e))
}

/// Writes `doc` as pretty JSON followed by a newline.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    serde_json::to_writer_pretty(&mut *out, doc).map_err(|e| json_error("json", e))?;
    out.write_all(b"\n").map_err(|e| Error::write("-", e))
}
