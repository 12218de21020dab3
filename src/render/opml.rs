//! OPML 2.0 renderer: `head/title`, `ownerName`, `dateCreated`, and one `<outline>` per node
//! with its body in `_note`.

use crate::error::Error;
use crate::model::{Document, Node};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;
use quick_xml::Writer;
use std::borrow::Cow;
use std::io::{self, Write};

/// Writes `doc` as an OPML 2.0 document.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    // The writer's many small writes go to a typed buffer, not through `dyn Write`.
    let mut w = Writer::new_with_indent(io::BufWriter::with_capacity(1 << 16, out), b' ', 2);
    write(doc, &mut w).map_err(|e| Error::write("-", e))?;
    let mut out = w.into_inner();
    out.write_all(b"\n")
        .and_then(|()| out.flush())
        .map_err(|e| Error::write("-", e))
}

type Out<'o> = Writer<io::BufWriter<&'o mut dyn io::Write>>;

fn write(doc: &Document, w: &mut Out) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(
        BytesStart::new("opml").with_attributes([("version", "2.0")]),
    ))?;
    w.write_event(Event::Start(BytesStart::new("head")))?;
    text_element(w, "title", doc.title.as_deref().unwrap_or(""))?;
    if !doc.meta.author.is_empty() {
        text_element(w, "ownerName", &doc.meta.author.join(" "))?;
    }
    if let Some(date) = doc
        .meta
        .date
        .as_deref()
        .and_then(|d| rfc822(d, doc.meta.time.as_deref()))
    {
        text_element(w, "dateCreated", &date)?;
    }
    w.write_event(Event::End(BytesEnd::new("head")))?;
    w.write_event(Event::Start(BytesStart::new("body")))?;
    for node in &doc.children {
        outline(w, node)?;
    }
    w.write_event(Event::End(BytesEnd::new("body")))?;
    w.write_event(Event::End(BytesEnd::new("opml")))?;
    Ok(())
}

fn text_element(w: &mut Out, name: &str, text: &str) -> io::Result<()> {
    w.write_event(Event::Start(BytesStart::new(name)))?;
    w.write_event(Event::Text(BytesText::new(&super::xml::xml_chars(text))))?;
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

fn outline(w: &mut Out, node: &Node) -> io::Result<()> {
    let mut el = BytesStart::new("outline");
    el.push_attribute(attribute("text", &node.display()));
    let note = node.note();
    if !note.is_empty() {
        el.push_attribute(attribute("_note", &note));
    }
    if node.children.is_empty() {
        return w.write_event(Event::Empty(el));
    }
    w.write_event(Event::Start(el))?;
    for child in &node.children {
        outline(w, child)?;
    }
    w.write_event(Event::End(BytesEnd::new("outline")))
}

/// Builds an attribute with a value made XML-safe once, in `xml.rs`.
fn attribute<'a>(key: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: QName(key.as_bytes()),
        value: Cow::Owned(super::xml::attribute_value(value).into_bytes()),
    }
}

/// Formats `YYYY-MM-DD` (and `HH:MM`) as the RFC 822 date OPML wants, in China time.
fn rfc822(date: &str, time: Option<&str>) -> Option<String> {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // Sakamoto's method for the day of the week.
    const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let yy = if m < 3 { y - 1 } else { y };
    let dow = (yy + yy / 4 - yy / 100 + yy / 400 + T[(m - 1) as usize] + d).rem_euclid(7);
    let time = time.unwrap_or("00:00");
    Some(format!(
        "{}, {d:02} {} {y} {time}:00 +0800",
        DAYS[dow as usize],
        MONTHS[(m - 1) as usize]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc822_names_the_weekday() {
        assert_eq!(
            rfc822("2017-07-27", Some("09:30")).unwrap(),
            "Thu, 27 Jul 2017 09:30:00 +0800"
        );
        assert_eq!(
            rfc822("2025-03-17", None).unwrap(),
            "Mon, 17 Mar 2025 00:00:00 +0800"
        );
    }
}
