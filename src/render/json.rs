//! JSON renderer: the model, pretty-printed, UTF-8 unescaped.

use crate::error::Error;
use crate::model::Document;
use std::io;

/// Writes `doc` as pretty JSON followed by a newline.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    serde_json::to_writer_pretty(&mut *out, doc).map_err(|e| Error::Render {
        format: "json",
        message: e.to_string(),
    })?;
    out.write_all(b"\n").map_err(|e| Error::write("-", e))
}
