//! HTML renderer: one self-contained page (no scripts or assets from the network) with the
//! map as inline SVG and the outline as folding branches, the whole article in document
//! order: `导语` with the lead, shown open; each node's body (after its frame) before its
//! branches and its tail after them, opened on demand; `结语` with the closing paragraphs.

use super::{io_err, svg, xml};
use crate::error::Error;
use crate::model::{Document, Node};
use std::io::{self, Write};

const STYLE: &str = "body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#212529;line-height:1.6}\
h1{font-size:1.6em}.meta{color:#6c757d}.map{overflow:auto;border:1px solid #dee2e6;border-radius:8px;margin:1em 0}\
ul.tree,ul.tree ul{list-style:none;padding-left:1.4em}summary{cursor:pointer}summary::marker{color:#1971c2}\
.marker{color:#1971c2;font-weight:bold}details.body>summary{color:#6c757d;font-size:.9em}\
details.body p,.text p{margin:.3em 0 .6em;color:#495057}";

/// Writes `doc` as an HTML page, streamed: the map and the outline go straight to `out`.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    page(doc, &mut out)
        .and_then(|()| out.flush())
        .map_err(io_err)
}

fn page(doc: &Document, s: &mut impl Write) -> io::Result<()> {
    let title = xml::text(super::root_text(doc));
    write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
    )?;
    let byline: Vec<String> = [
        doc.meta.author.join(" "),
        doc.meta.source.clone().unwrap_or_default(),
        doc.meta.date.clone().unwrap_or_default(),
    ]
    .into_iter()
    .filter(|v| !v.is_empty())
    .map(|v| xml::text(&v))
    .collect();
    if !byline.is_empty() {
        writeln!(s, "<p class=\"meta\">{}</p>", byline.join(" · "))?;
    }
    s.write_all(b"<div class=\"map\">\n")?;
    svg::write_svg(doc, s)?;
    s.write_all(b"</div>\n<ul class=\"tree\">\n")?;
    let topics = doc.topics();
    for node in topics.lead.iter() {
        made(node, s)?;
    }
    for node in topics.nodes {
        item(node, s)?;
    }
    for node in topics.closing.iter() {
        made(node, s)?;
    }
    s.write_all(b"</ul>\n</body>\n</html>\n")
}

/// Writes a topic made for the lead or the closing paragraphs: its paragraphs shown, not
/// folded away, as the page's own text.
fn made(node: &Node, s: &mut impl Write) -> io::Result<()> {
    s.write_all(b"<li><details open><summary>")?;
    xml::write_text(s, &node.title)?;
    s.write_all(b"</summary>\n<div class=\"text\">")?;
    paragraphs(node.body(), s)?;
    s.write_all(b"</div>\n</details></li>\n")
}

fn item(node: &Node, s: &mut impl Write) -> io::Result<()> {
    let label = |s: &mut dyn Write| -> io::Result<()> {
        s.write_all(b"<span class=\"marker\">")?;
        xml::write_text(s, &node.marker)?;
        s.write_all(b"</span>")?;
        xml::write_text(s, &node.title)
    };
    // The tail comes after the branches, where the text has it.
    let head = node.opening();
    let tail = node.tail();
    if node.children.is_empty() && head.is_empty() && tail.is_empty() {
        s.write_all(b"<li>")?;
        label(s)?;
        return s.write_all(b"</li>\n");
    }
    s.write_all(b"<li><details open><summary>")?;
    label(s)?;
    s.write_all(b"</summary>\n")?;
    body(&head, s)?;
    if !node.children.is_empty() {
        s.write_all(b"<ul>\n")?;
        for child in &node.children {
            item(child, s)?;
        }
        s.write_all(b"</ul>\n")?;
    }
    body(tail, s)?;
    s.write_all(b"</details></li>\n")
}

/// Writes a folded `正文` with the text's paragraphs, when there is text.
fn body(text: &str, s: &mut impl Write) -> io::Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    s.write_all("<details class=\"body\"><summary>正文</summary>".as_bytes())?;
    paragraphs(text, s)?;
    s.write_all(b"</details>\n")
}

/// Writes each line of `text` as a `<p>`.
fn paragraphs(text: &str, s: &mut impl Write) -> io::Result<()> {
    for line in text.lines() {
        s.write_all(b"<p>")?;
        xml::write_text(s, line)?;
        s.write_all(b"</p>")?;
    }
    Ok(())
}
