//! JSON renderers: the model pretty-printed (`json`), or one compact line a document
//! (`jsonl`); UTF-8 unescaped, as serde_json writes the model's `Serialize`.

use crate::error::Error;
use crate::model::Document;
use std::io::{self, Write};

/// Writes `doc` as pretty JSON followed by a newline.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    write(doc, out, true)
}

/// Writes `doc` as one line of compact JSON followed by a newline (JSON Lines).
pub fn render_line(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    write(doc, out, false)
}

/// Appends `doc` to `out` as JSON (pretty or one line) followed by a newline: for batches,
/// which gather many documents in memory.
pub fn append(doc: &Document, out: &mut Vec<u8>, pretty: bool) {
    // Writing to a vector cannot fail, and the model always serialises.
    let _ = to(doc, &mut *out, pretty);
    out.push(b'\n');
}

fn to(doc: &Document, w: impl Write, pretty: bool) -> serde_json::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(w, doc)
    } else {
        serde_json::to_writer(w, doc)
    }
}

fn write(doc: &Document, out: &mut dyn io::Write, pretty: bool) -> Result<(), Error> {
    let mut w = io::BufWriter::with_capacity(1 << 16, out);
    to(doc, &mut w, pretty)
        .map_err(io::Error::from)
        .and_then(|()| w.write_all(b"\n"))
        .and_then(|()| w.flush())
        .map_err(|e| Error::write("-", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appending_gives_the_bytes_rendering_writes() {
        let doc = crate::parse("关于做好工作的通知\n\n一、总体要求\n\n坚持“稳中求进”。\n");
        for pretty in [true, false] {
            let mut out = Vec::new();
            write(&doc, &mut out, pretty).unwrap();
            let mut appended = b"before\n".to_vec();
            append(&doc, &mut appended, pretty);
            assert_eq!(&appended[7..], &out[..]);
            assert_eq!(out.iter().filter(|&&b| b == b'\n').count() == 1, !pretty);
        }
    }
}
