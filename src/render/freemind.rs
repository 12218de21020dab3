//! FreeMind renderer: a FreeMind 1.0 map (`.mm`) with the title as root and each node's note
//! (frame, body, tail) as `richcontent TYPE="NOTE"`; the lead and the closing paragraphs are
//! the notes of a first node `导语` and a last one `结语` (see `Document::lead_topic`).

use super::{io_err, xml};
use crate::error::Error;
use crate::model::{Document, Node};
use std::io::{self, Write};

/// Writes `doc` as a FreeMind map, streamed node by node.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut out = io::BufWriter::new(out);
    write_map(doc, &mut out)
        .and_then(|()| out.flush())
        .map_err(io_err)
}

fn write_map(doc: &Document, s: &mut impl Write) -> io::Result<()> {
    s.write_all(b"<map version=\"1.0.1\">\n<node TEXT=\"")?;
    xml::write_attribute_value(s, super::root_text(doc))?;
    s.write_all(b"\" FOLDED=\"false\">\n")?;
    for (i, node) in doc.topics().iter().enumerate() {
        let side = if i % 2 == 0 { "right" } else { "left" };
        write_node(node, Some(side), s)?;
    }
    s.write_all(b"</node>\n</map>\n")
}

fn write_node(node: &Node, side: Option<&str>, s: &mut impl Write) -> io::Result<()> {
    s.write_all(b"<node TEXT=\"")?;
    xml::write_attribute_value(s, &node.display())?;
    s.write_all(b"\"")?;
    if let Some(side) = side {
        write!(s, " POSITION=\"{side}\"")?;
    }
    s.write_all(b">\n")?;
    let note = node.note();
    if !note.is_empty() {
        s.write_all(b"<richcontent TYPE=\"NOTE\"><html><head/><body>")?;
        for line in note.lines() {
            s.write_all(b"<p>")?;
            xml::write_text(s, line)?;
            s.write_all(b"</p>")?;
        }
        s.write_all(b"</body></html></richcontent>\n")?;
    }
    for child in &node.children {
        write_node(child, None, s)?;
    }
    s.write_all(b"</node>\n")
}
