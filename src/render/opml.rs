//! OPML 2.0 renderer: `head/title`, `ownerName`, `dateCreated`, and one `<outline>` per node
//! with its note (frame, body, tail) in `_note`; the lead and the closing paragraphs are the
//! notes of a first outline `导语` and a last one `结语` (see `Document::lead_topic`).

use crate::error::Error;
use crate::model::{Document, Node};
use std::io::{self, Write};

/// Writes `doc` as an OPML 2.0 document, laid out as quick-xml's indenting writer lays it
/// out (a test holds the two together). The outline is written straight into a buffer,
/// each text escaped once by quick-xml (`xml.rs`).
///
/// Kept by hand, unlike JSON and FreeMind, for memory, not speed: quick-xml's writer
/// (the test's oracle, streamed to the same buffer) was as fast on the whole run (20 MB of
/// the dev corpus: 0.325 s against 0.302, 1.07×), but an element holds its attributes
/// whole, so a node's note is copied twice more before it is written: `stars.md` of
/// `scripts/memory.sh` (one note of a million lines) peaked at 166 MB against 129, over its
/// 134 MB limit. Here the note is escaped and written a part at a time.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut w = io::BufWriter::with_capacity(1 << 16, out);
    write(doc, &mut w)
        .and_then(|()| w.flush())
        .map_err(|e| Error::write("-", e))
}

fn write(doc: &Document, w: &mut impl Write) -> io::Result<()> {
    w.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>")?;
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
    w.write_all(b"\n  </head>\n  <body>")?;
    for node in doc.topics().iter() {
        outline(w, node, 2)?;
    }
    w.write_all(b"\n  </body>\n</opml>\n")
}

fn text_element(w: &mut impl Write, name: &str, text: &str) -> io::Result<()> {
    write!(w, "\n    <{name}>")?;
    super::xml::write_text(w, text)?;
    write!(w, "</{name}>")
}

/// Indentation: two spaces a level.
fn indent(w: &mut impl Write, depth: usize) -> io::Result<()> {
    const SPACES: &[u8; 64] = &[b' '; 64];
    w.write_all(b"\n")?;
    let mut n = depth * 2;
    while n > 0 {
        let k = n.min(SPACES.len());
        w.write_all(&SPACES[..k])?;
        n -= k;
    }
    Ok(())
}

fn outline(w: &mut impl Write, node: &Node, depth: usize) -> io::Result<()> {
    indent(w, depth)?;
    // `text` is the node's display text (`Node::display`), `_note` its note
    // (`Node::note`), each written in parts: escaping goes character by character.
    let (frame, body, tail) = (node.frame(), node.body(), node.tail());
    w.write_all(b"<outline text=\"")?;
    super::xml::write_attribute_value(w, &node.marker)?;
    if node.display_spaced() {
        w.write_all(b" ")?;
    }
    super::xml::write_attribute_value(w, &node.title)?;
    w.write_all(b"\"")?;
    if !frame.is_empty() || !body.is_empty() || !tail.is_empty() {
        w.write_all(b" _note=\"")?;
        super::xml::write_attribute_value(w, frame)?;
        super::xml::write_attribute_value(w, body)?;
        let opening = !frame.is_empty() || !body.is_empty();
        if opening && !tail.is_empty() {
            super::xml::write_attribute_value(w, "\n")?;
        }
        super::xml::write_attribute_value(w, tail)?;
        w.write_all(b"\"")?;
    }
    if node.children.is_empty() {
        return w.write_all(b"/>");
    }
    w.write_all(b">")?;
    for child in &node.children {
        outline(w, child, depth + 1)?;
    }
    indent(w, depth)?;
    w.write_all(b"</outline>")
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
    use quick_xml::events::attributes::Attribute;
    use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
    use quick_xml::name::QName;
    use quick_xml::Writer;
    use std::borrow::Cow;

    /// The writer this renderer replaced: quick-xml events with indentation. Kept as the
    /// definition of the layout.
    fn oracle(doc: &Document) -> String {
        type Out = Writer<Vec<u8>>;
        fn text_element(w: &mut Out, name: &str, text: &str) {
            w.write_event(Event::Start(BytesStart::new(name))).unwrap();
            let text = crate::render::xml::xml_chars(text);
            w.write_event(Event::Text(BytesText::new(&text))).unwrap();
            w.write_event(Event::End(BytesEnd::new(name))).unwrap();
        }
        fn attribute<'a>(key: &'a str, value: &str) -> Attribute<'a> {
            Attribute {
                key: QName(key.as_bytes()),
                value: Cow::Owned(crate::render::xml::attribute_value(value).into_bytes()),
            }
        }
        fn outline(w: &mut Out, node: &Node) {
            let mut el = BytesStart::new("outline");
            el.push_attribute(attribute("text", &node.display()));
            let note = node.note();
            if !note.is_empty() {
                el.push_attribute(attribute("_note", &note));
            }
            if node.children.is_empty() {
                w.write_event(Event::Empty(el)).unwrap();
                return;
            }
            w.write_event(Event::Start(el)).unwrap();
            for child in &node.children {
                outline(w, child);
            }
            w.write_event(Event::End(BytesEnd::new("outline"))).unwrap();
        }
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
            .unwrap();
        w.write_event(Event::Start(
            BytesStart::new("opml").with_attributes([("version", "2.0")]),
        ))
        .unwrap();
        w.write_event(Event::Start(BytesStart::new("head")))
            .unwrap();
        text_element(&mut w, "title", doc.title.as_deref().unwrap_or(""));
        if !doc.meta.author.is_empty() {
            text_element(&mut w, "ownerName", &doc.meta.author.join(" "));
        }
        if let Some(date) = doc
            .meta
            .date
            .as_deref()
            .and_then(|d| rfc822(d, doc.meta.time.as_deref()))
        {
            text_element(&mut w, "dateCreated", &date);
        }
        w.write_event(Event::End(BytesEnd::new("head"))).unwrap();
        w.write_event(Event::Start(BytesStart::new("body")))
            .unwrap();
        for node in doc.topics().iter() {
            outline(&mut w, node);
        }
        w.write_event(Event::End(BytesEnd::new("body"))).unwrap();
        w.write_event(Event::End(BytesEnd::new("opml"))).unwrap();
        let mut out = w.into_inner();
        out.push(b'\n');
        String::from_utf8(out).unwrap()
    }

    fn ours(doc: &Document) -> String {
        let mut out = Vec::new();
        render(doc, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_sample_is_laid_out_as_quick_xml_lays_it_out() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let bytes = std::fs::read(&path).unwrap();
                let text = crate::decode::decode(&bytes, None).unwrap().text;
                let doc = crate::parse(&text);
                assert_eq!(ours(&doc), oracle(&doc), "{}", path.display());
            }
        }
    }

    #[test]
    fn odd_texts_are_laid_out_as_quick_xml_lays_them_out() {
        let empty = Document::default();
        assert_eq!(ours(&empty), oracle(&empty));
        for text in [
            "标题\n\n一、甲<&>\"'\u{1}\r\n正文\t二\u{fffe}。\n\n（一）乙\n\n● 丙\n",
            "",
            "第一章　总则\n\n第一条　为了。\n\n第二条　\n",
            "\u{3000}\n一\n\n二\n",
        ] {
            let doc = crate::parse(text);
            assert_eq!(ours(&doc), oracle(&doc), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn generated_texts_are_laid_out_as_quick_xml_lays_them_out(
            text in "(([一二三]、|（[一二]）|第[一二]章 |● |[1-3]\\.)?[甲乙<&>\"'\t\r\u{1}\u{fffe}，。 ]{0,8}\n{1,2}){0,8}"
        ) {
            let doc = crate::parse(&text);
            proptest::prop_assert_eq!(ours(&doc), oracle(&doc));
        }
    }

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
