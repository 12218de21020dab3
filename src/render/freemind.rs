//! FreeMind renderer: a FreeMind 1.0 map (`.mm`) with the title as root and each node's note
//! (frame, body, tail) as `richcontent TYPE="NOTE"`; the lead and the closing paragraphs are
//! the notes of a first node `导语` and a last one `结语` (see `Document::lead_topic`).

use super::io_err;
use super::xml::{attribute_value, xml_chars};
use crate::error::Error;
use crate::model::{Document, Node};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;
use quick_xml::Writer;
use std::borrow::Cow;
use std::io::{self, Write};

/// Writes `doc` as a FreeMind map with quick-xml's writer, streamed node by node: an
/// element a line.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut w = Writer::new(io::BufWriter::new(out));
    write_map(doc, &mut w)
        .and_then(|()| w.get_mut().flush())
        .map_err(io_err)
}

type Out<'o> = Writer<io::BufWriter<&'o mut dyn io::Write>>;

/// An attribute whose value is escaped here: line breaks kept as `&#10;` (quick-xml leaves
/// them raw, and a reader reads a raw one back as a space).
fn attribute<'a>(key: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: QName(key.as_bytes()),
        value: Cow::Owned(attribute_value(value).into_bytes()),
    }
}

/// Ends a line: FreeMind's own files put each element on one.
fn newline(w: &mut Out) -> io::Result<()> {
    w.get_mut().write_all(b"\n")
}

fn write_map(doc: &Document, w: &mut Out) -> io::Result<()> {
    w.write_event(Event::Start(
        BytesStart::new("map").with_attributes([("version", "1.0.1")]),
    ))?;
    newline(w)?;
    let mut root = BytesStart::new("node");
    root.push_attribute(attribute("TEXT", super::root_text(doc)));
    root.push_attribute(("FOLDED", "false"));
    w.write_event(Event::Start(root))?;
    newline(w)?;
    for (i, node) in doc.topics().iter().enumerate() {
        let side = if i % 2 == 0 { "right" } else { "left" };
        write_node(node, Some(side), w)?;
    }
    w.write_event(Event::End(BytesEnd::new("node")))?;
    newline(w)?;
    w.write_event(Event::End(BytesEnd::new("map")))?;
    newline(w)
}

fn write_node(node: &Node, side: Option<&str>, w: &mut Out) -> io::Result<()> {
    let mut el = BytesStart::new("node");
    el.push_attribute(attribute("TEXT", &node.display()));
    if let Some(side) = side {
        el.push_attribute(("POSITION", side));
    }
    w.write_event(Event::Start(el))?;
    newline(w)?;
    let note = node.note();
    if !note.is_empty() {
        w.write_event(Event::Start(
            BytesStart::new("richcontent").with_attributes([("TYPE", "NOTE")]),
        ))?;
        w.write_event(Event::Start(BytesStart::new("html")))?;
        w.write_event(Event::Empty(BytesStart::new("head")))?;
        w.write_event(Event::Start(BytesStart::new("body")))?;
        for line in note.lines() {
            w.write_event(Event::Start(BytesStart::new("p")))?;
            w.write_event(Event::Text(BytesText::new(&xml_chars(line))))?;
            w.write_event(Event::End(BytesEnd::new("p")))?;
        }
        w.write_event(Event::End(BytesEnd::new("body")))?;
        w.write_event(Event::End(BytesEnd::new("html")))?;
        w.write_event(Event::End(BytesEnd::new("richcontent")))?;
        newline(w)?;
    }
    for child in &node.children {
        write_node(child, None, w)?;
    }
    w.write_event(Event::End(BytesEnd::new("node")))?;
    newline(w)
}
