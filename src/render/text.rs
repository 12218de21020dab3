//! Text renderer: an indented tree for the terminal.

use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use std::borrow::Cow;
use std::io;

/// Writes `doc` as an indented tree drawn with box characters; control characters from the
/// document are shown escaped (see [`escape_controls`]), never sent to the terminal.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut out = io::BufWriter::new(out);
    line(&mut out, "", super::root_text(doc))?;
    let n = doc.children.len();
    let mut prefix = String::new();
    for (i, node) in doc.children.iter().enumerate() {
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

/// Writes `node` under `prefix` (the rails of its ancestors), then its children.
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
    let n = node.children.len();
    for (i, child) in node.children.iter().enumerate() {
        branch(child, prefix, i + 1 == n, out)?;
    }
    prefix.truncate(at);
    Ok(())
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
