//! Text renderer: an indented tree for the terminal, with the whole article under it: each
//! node's text (frame and body) under its title, its tail after its branches, and the lead
//! and closing paragraphs under `导语` and `结语` (see `Document::lead_topic`).

use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use std::borrow::Cow;
use std::io;

/// Writes `doc` as an indented tree drawn with box characters, a paragraph of text a line,
/// two columns right of its node's title:
///
/// ```text
/// 标题
/// ├─ 导语
/// │    导语的段落。
/// └─ 一、总体要求
///    │ 总体要求的正文。
///    └─ 一是子项
///         子项的正文。
///      总体要求的结尾，在子项之后。
/// ```
///
/// Control characters from the document are shown escaped (see [`escape_controls`]), never
/// sent to the terminal.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut out = io::BufWriter::new(out);
    line(&mut out, "", super::root_text(doc))?;
    let topics = doc.topics();
    let n = topics.len();
    let mut prefix = String::new();
    for (i, node) in topics.iter().enumerate() {
        branch(node, &mut prefix, i + 1 == n, &mut out)?;
    }
    io::Write::flush(&mut out).map_err(io_err)
}

/// Writes `prefix`, then `text` with line breaks as spaces and controls escaped.
fn line(out: &mut impl io::Write, prefix: &str, text: &str) -> Result<(), Error> {
    let text = escape_controls(text);
    let text = if text.contains(['\n', '\r']) {
        Cow::Owned(text.replace(['\n', '\r'], " "))
    } else {
        text
    };
    writeln!(out, "{prefix}{text}").map_err(io_err)
}

/// Writes `node` under `prefix` (the rails of its ancestors): its title, its text, its
/// children, its tail.
fn branch(
    node: &Node,
    prefix: &mut String,
    last: bool,
    out: &mut impl io::Write,
) -> Result<(), Error> {
    let at = prefix.len();
    prefix.push_str(if last { "└─ " } else { "├─ " });
    line(out, prefix, &node.display())?;
    prefix.truncate(at);
    prefix.push_str(if last { "   " } else { "│  " });
    // The frame opens the body's paragraph; beside it runs the rail down to the branches.
    let rail = if node.children.is_empty() {
        "  "
    } else {
        "│ "
    };
    for text in node.opening().lines() {
        paragraph(out, prefix, rail, text)?;
    }
    let n = node.children.len();
    for (i, child) in node.children.iter().enumerate() {
        branch(child, prefix, i + 1 == n, out)?;
    }
    for text in node.tail().lines() {
        paragraph(out, prefix, "  ", text)?;
    }
    prefix.truncate(at);
    Ok(())
}

/// Writes a paragraph of a node's text after `prefix` (the rails down to the node) and
/// `rail` (the node's own, or blank).
fn paragraph(
    out: &mut impl io::Write,
    prefix: &mut String,
    rail: &str,
    text: &str,
) -> Result<(), Error> {
    let at = prefix.len();
    prefix.push_str(rail);
    let written = line(out, prefix, text);
    prefix.truncate(at);
    written
}

/// Shows the characters a terminal would act on instead of printing (C0 and C1 controls,
/// DEL, and the bidirectional overrides and isolates that reorder a line) as Rust-style
/// escapes: `\u{1b}`, `\t`, `\u{202e}`; line breaks stay. Everything else is kept as it is.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    let acts = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(acts) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if acts(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_text_kept() {
        assert_eq!(escape_controls("一、总体"), "一、总体");
        assert_eq!(
            escape_controls("a\u{1b}[31mb\u{7}\u{9b}c\u{202e}d\te\nf"),
            "a\\u{1b}[31mb\\u{7}\\u{9b}c\\u{202e}d\\te\nf"
        );
    }
}
