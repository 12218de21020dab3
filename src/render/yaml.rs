//! YAML renderer: the model through serde-saphyr, which quotes ambiguous scalars.

use crate::error::Error;
use crate::model::Document;
use std::io;

/// Writes `doc` as YAML, streamed: no string of the whole output is made.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut sink = Sink {
        out: io::BufWriter::with_capacity(1 << 16, out),
        failed: None,
    };
    let written = serde_saphyr::to_fmt_writer(&mut sink, doc);
    if let Some(e) = sink.failed.take() {
        return Err(Error::write("-", e));
    }
    written.map_err(|e| Error::Render {
        format: "yaml",
        message: e.to_string(),
    })?;
    io::Write::flush(&mut sink.out).map_err(|e| Error::write("-", e))
}

/// A `fmt::Write` over the output that keeps the I/O error a write ran into.
struct Sink<W: io::Write> {
    out: W,
    failed: Option<io::Error>,
}

impl<W: io::Write> std::fmt::Write for Sink<W> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.out.write_all(s.as_bytes()).map_err(|e| {
            self.failed = Some(e);
            std::fmt::Error
        })
    }
}
