//! FreeMind renderer: a FreeMind 1.0 map (`.mm`) with the title as root and bodies as
//! `richcontent TYPE="NOTE"`.

use super::{io_err, xml};
use crate::error::Error;
use crate::model::{Document, Node};
use std::io;

/// Writes `doc` as a FreeMind map.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut s = String::from("<map version=\"1.0.1\">\n");
    s.push_str(&format!(
        "<node TEXT=\"{}\" FOLDED=\"false\">\n",
        xml::attribute_value(super::root_text(doc))
    ));
    for (i, node) in doc.children.iter().enumerate() {
        let side = if i % 2 == 0 { "right" } else { "left" };
        write_node(node, Some(side), &mut s);
    }
    s.push_str("</node>\n</map>\n");
    out.write_all(s.as_bytes()).map_err(io_err)
}

fn write_node(node: &Node, side: Option<&str>, s: &mut String) {
    s.push_str(&format!(
        "<node TEXT=\"{}\"",
        xml::attribute_value(&node.display())
    ));
    if let Some(side) = side {
        s.push_str(&format!(" POSITION=\"{side}\""));
    }
    s.push_str(">\n");
    let note = node.note();
    if !note.is_empty() {
        s.push_str("<richcontent TYPE=\"NOTE\"><html><head/><body>");
        for line in note.lines() {
            s.push_str("<p>");
            s.push_str(&xml::text(line));
            s.push_str("</p>");
        }
        s.push_str("</body></html></richcontent>\n");
    }
    for child in &node.children {
        write_node(child, None, s);
    }
    s.push_str("</node>\n");
}
