//! Every format but the two pictures carries the whole article: each non-blank character of
//! the article's text appears in the output, in the order the format is read.
//!
//! **The article's text** is the input less what the parser reports it kept out of the
//! outline, and less the closing stops of titles:
//! - the lines in `dropped`: page furniture, bylines, sources, dates, editors, a title
//!   repeated (they are listed, with the reason, in JSON and YAML);
//! - what the title line holds besides the title: a column such as `求是网评:`, a site
//!   name, a footnote mark (the line as written is `meta.title_line`, the column
//!   `meta.column`);
//! - a node's `end`, the one `。！？；` that closed its title: a topic's label leaves it off,
//!   as maps do (`一要深化理念改革`, not `一要深化理念改革。`).
//!
//! What is left must all be there: the title, the lead, each node's frame (`评论指出，`),
//! marker, title, body, children and tail, and the closing paragraphs. The first check
//! holds that definition to the input, character for character; the others find each
//! paragraph of that text, in order, in each format's output as its reader sees it (XML and
//! HTML unescaped, Markdown's backslashes taken off). The order is the one the format is
//! read in: a map's topic shows its label, then its note (frame, body and tail), then its
//! branches (OPML, FreeMind, XMind); a page shows the node's tail after its branches,
//! where the text has it (HTML, text, Markdown, and every format with
//! `--notes-as-children`). The frame, before the title in the text, comes with the body.
//! JSON, JSON Lines and YAML read back equal to the model.
//!
//! SVG and Mermaid draw titles only, and say so in `outline formats`.

use std::collections::HashMap;
use tigang::{Document, Format, Node, Shape};

/// The seed and samples with a lead and closing paragraphs: after the last node
/// (`news-page-breadcrumbs`, `traditional-hk-blog`), or after the last section's points
/// (`inline-yishi-points`, and `reporting-frames-lead-closing`, whose nodes have frames).
const NAMED: [&str; 5] = [
    "qiushi-four-concepts.txt",
    "inline-yishi-points.txt",
    "news-page-breadcrumbs.txt",
    "traditional-hk-blog.txt",
    "reporting-frames-lead-closing.txt",
];

/// White space, and the invisible U+FEFF and U+200B that the parser trims like white space.
fn blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn visible(s: &str) -> String {
    s.chars().filter(|&c| !blank(c)).collect()
}

/// Every `.txt` sample, decoded, with its name.
fn samples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let text = tigang::decode(&std::fs::read(&p).unwrap(), None)
                .unwrap()
                .text;
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect();
    out.sort();
    for name in NAMED {
        assert!(out.iter().any(|(n, _)| n == name), "{name} is missing");
    }
    out
}

/// How a format reads a node's tail: with its note, before the branches, or after them.
#[derive(Clone, Copy)]
enum Order {
    /// Label, then the note (frame, body, tail), then the branches.
    Note,
    /// Label, frame and body, the branches, then the tail.
    Page,
}

/// The article's text in the order `order` reads it, a paragraph a piece.
fn pieces<'d>(doc: &'d Document, order: Order) -> Vec<&'d str> {
    fn node<'d>(n: &'d Node, order: Order, out: &mut Vec<&'d str>) {
        out.extend([&*n.marker, &*n.title, n.frame()]);
        out.extend(n.body().lines());
        if let Order::Note = order {
            out.extend(n.tail().lines());
        }
        for c in &n.children {
            node(c, order, out);
        }
        if let Order::Page = order {
            out.extend(n.tail().lines());
        }
    }
    let mut out: Vec<&str> = doc.title.as_deref().into_iter().collect();
    out.extend(doc.lead.iter().flat_map(|p| p.lines()));
    for n in &doc.children {
        node(n, order, &mut out);
    }
    out.extend(doc.tail.iter().flat_map(|p| p.lines()));
    out.retain(|p| !visible(p).is_empty());
    out
}

fn ends<'d>(nodes: &'d [Node], out: &mut Vec<&'d str>) {
    for n in nodes {
        out.push(n.end());
        ends(&n.children, out);
    }
}

fn counts<'s>(texts: impl IntoIterator<Item = &'s str>) -> HashMap<char, i64> {
    let mut m = HashMap::new();
    for t in texts {
        for c in t.chars().filter(|&c| !blank(c)) {
            *m.entry(c).or_insert(0) += 1;
        }
    }
    m
}

/// The article's text, as defined above, is the input less the dropped lines, the title
/// line's extras and the titles' stops: character for character.
#[test]
fn the_article_text_is_the_input_less_what_is_reported() {
    for (name, text) in samples() {
        let doc = tigang::parse(&text);
        let mut input = counts([text.as_str()]);
        let mut kept_out: Vec<&str> = doc.dropped.iter().map(|d| d.text.as_str()).collect();
        kept_out.extend(doc.meta.title_line.as_deref().or(doc.title.as_deref()));
        ends(&doc.children, &mut kept_out);
        for (c, k) in counts(kept_out) {
            *input.entry(c).or_insert(0) -= k;
        }
        // The title is made of the title line's characters: given back.
        for (c, k) in counts(doc.title.as_deref()) {
            *input.entry(c).or_insert(0) += k;
        }
        input.retain(|_, k| *k != 0);
        assert_eq!(input, counts(pieces(&doc, Order::Page)), "{name}");
    }
}

/// The named samples have what the other tests are about: a lead, and closing text.
#[test]
fn the_named_samples_have_leads_and_closing_paragraphs() {
    for (name, text) in samples() {
        if !NAMED.contains(&name.as_str()) || name == NAMED[0] {
            continue;
        }
        let doc = tigang::parse(&text);
        let last = doc.children.last().unwrap();
        assert!(!doc.lead.is_empty(), "{name}: no lead");
        assert!(
            !doc.tail.is_empty() || !last.tail().is_empty(),
            "{name}: no closing paragraph"
        );
    }
    let seed = samples().into_iter().find(|(n, _)| n == NAMED[0]).unwrap();
    assert!(tigang::parse(&seed.1).lead[0].starts_with("近期热播的"));
}

/// Finds each piece, in order, as a run of `output`'s non-blank characters; returns the
/// first piece missing.
fn missing<'p>(pieces: &[&'p str], output: &str) -> Option<&'p str> {
    let output = visible(output);
    let mut at = 0;
    for piece in pieces {
        match output[at..].find(&visible(piece)) {
            Some(k) => at += k + visible(piece).len(),
            None => return Some(piece),
        }
    }
    None
}

/// Renders every sample in `format`, as parsed and with `--notes-as-children`, and checks
/// that the reader's text (`read`) holds the whole article in `order`.
fn carries_the_whole_article(format: Format, order: Order, read: fn(&str) -> String) {
    assert!(!format.titles_only());
    let shape = Shape {
        notes_as_children: true,
        ..Shape::default()
    };
    for (name, text) in samples() {
        let doc = tigang::parse(&text);
        for (how, shaped, order) in [
            ("", doc.clone(), order),
            (" --notes-as-children", shape.apply(&doc), Order::Page),
        ] {
            let output = read(&format.render_to_string(&shaped).unwrap());
            if let Some(piece) = missing(&pieces(&doc, order), &output) {
                panic!("{name}, {format}{how}: not found in order: {piece:?}\n{output}");
            }
        }
    }
}

/// The text of an XML document as its reader sees it, in document order: the text
/// content, and the values of the attributes named (in that order on each element).
fn xml_text(xml: &str, attributes: &[&str]) -> String {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                for name in attributes {
                    if let Some(a) = e.try_get_attribute(*name).unwrap() {
                        out.push_str(&a.unescape_value().unwrap());
                        out.push('\n');
                    }
                }
            }
            Event::Text(t) => {
                out.push_str(&t.xml_content().unwrap());
                out.push('\n');
            }
            Event::GeneralRef(r) => {
                let entity = format!("&{};", r.decode().unwrap());
                out.push_str(&quick_xml::escape::unescape(&entity).unwrap());
            }
            _ => {}
        }
    }
    out
}

#[test]
fn opml_carries_the_whole_article() {
    carries_the_whole_article(Format::Opml, Order::Note, |xml| {
        xml_text(xml, &["text", "_note"])
    });
}

#[test]
fn freemind_carries_the_whole_article() {
    carries_the_whole_article(Format::Freemind, Order::Note, |xml| {
        xml_text(xml, &["TEXT"])
    });
}

#[test]
fn xmind_carries_the_whole_article() {
    fn topic(t: &serde_json::Value, out: &mut String) {
        for text in [&t["title"], &t["notes"]["plain"]["content"]] {
            out.push_str(text.as_str().unwrap_or(""));
            out.push('\n');
        }
        for child in t["children"]["attached"].as_array().into_iter().flatten() {
            topic(child, out);
        }
    }
    carries_the_whole_article(Format::Xmind, Order::Note, |json| {
        let content: serde_json::Value = serde_json::from_str(json).unwrap();
        let mut out = String::new();
        topic(&content[0]["rootTopic"], &mut out);
        out
    });
}

#[test]
fn html_carries_the_whole_article() {
    // The page less its head and the map (titles, drawn before the outline), tags taken
    // off and the entities read.
    carries_the_whole_article(Format::Html, Order::Page, |html| {
        let cut = |s: &str, from: &str, to: &str| {
            let i = s.find(from).unwrap();
            let j = s[i..].find(to).unwrap() + i + to.len();
            format!("{}{}", &s[..i], &s[j..])
        };
        let html = cut(&cut(html, "<head>", "</head>"), "<svg", "</svg>");
        let mut text = String::new();
        let mut tag = false;
        for c in html.chars() {
            match c {
                '<' => tag = true,
                '>' => tag = false,
                _ if !tag => text.push(c),
                _ => {}
            }
        }
        quick_xml::escape::unescape(&text).unwrap().into_owned()
    });
}

#[test]
fn text_carries_the_whole_article() {
    carries_the_whole_article(Format::Text, Order::Page, str::to_string);
}

#[test]
fn markdown_carries_the_whole_article() {
    // The backslashes that keep ASCII punctuation from being read as markup taken off.
    carries_the_whole_article(Format::Markdown, Order::Page, |md| {
        let mut out = String::new();
        let mut chars = md.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
                continue;
            }
            out.push(c);
        }
        out
    });
}

#[test]
fn json_yaml_and_json_lines_read_back_whole() {
    for (name, text) in samples() {
        let doc = tigang::parse(&text);
        for format in [Format::Json, Format::Jsonl] {
            let out = format.render_to_string(&doc).unwrap();
            let back: Document = serde_json::from_str(&out).unwrap();
            assert_eq!(back, doc, "{name}, {format}");
        }
        let out = Format::Yaml.render_to_string(&doc).unwrap();
        let back: Document = serde_saphyr::from_str(&out).unwrap();
        assert_eq!(back, doc, "{name}, yaml");
    }
}

/// SVG, PNG and Mermaid draw the titles alone, and `outline formats` says so; every other
/// format is tested above.
#[test]
fn only_the_pictures_are_titles_only() {
    for format in Format::ALL {
        let pictures = matches!(format, Format::Svg | Format::Png | Format::Mermaid);
        assert_eq!(format.titles_only(), pictures, "{format}");
        assert_eq!(
            format.description().contains("titles only"),
            pictures,
            "{format}"
        );
    }
}

/// The seed's lead, which the maps had lost, is in its OPML, FreeMind, XMind and HTML.
#[test]
fn the_seed_lead_is_in_every_map() {
    let (_, text) = samples().into_iter().find(|(n, _)| n == NAMED[0]).unwrap();
    let doc = tigang::parse(&text);
    for format in [
        Format::Opml,
        Format::Freemind,
        Format::Xmind,
        Format::Html,
        Format::Text,
    ] {
        let out = format.render_to_string(&doc).unwrap();
        assert!(out.contains("近期热播的大型政论专题片"), "{format}");
    }
}
