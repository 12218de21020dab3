//! Mermaid renderer: a `mindmap` diagram with one root; every node's text is quoted and
//! written in Mermaid's entity codes wherever a character could mean something to Mermaid
//! or to the page it is drawn in, so that a document can neither break the diagram nor
//! reach Mermaid's directives (`%%{init: …}%%`) or the SVG's markup.

use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use std::io::{self, Write};

/// Writes `doc` as a Mermaid mindmap.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut out = io::BufWriter::new(out);
    let mut id = 0;
    out.write_all(b"mindmap\n  root((\"").map_err(io_err)?;
    quote(&mut out, super::root_text(doc)).map_err(io_err)?;
    out.write_all(b"\"))\n").map_err(io_err)?;
    for node in &doc.children {
        write_node(node, 2, &mut id, &mut out).map_err(io_err)?;
    }
    out.flush().map_err(io_err)
}

fn write_node(node: &Node, depth: usize, id: &mut usize, out: &mut impl Write) -> io::Result<()> {
    *id += 1;
    for _ in 0..depth {
        out.write_all(b"  ")?;
    }
    write!(out, "n{id}[\"")?;
    quote(out, &node.marker)?;
    if node.display_spaced() {
        out.write_all(b" ")?;
    }
    quote(out, &node.title)?;
    out.write_all(b"\"]\n")?;
    for child in &node.children {
        write_node(child, depth + 1, id, out)?;
    }
    Ok(())
}

/// Writes text safe inside `["…"]`: Mermaid's entity codes (`#quot;`, `#37;`, `#lt;` …) for
/// quotes, `%` (so that no `%%` can start a directive or a comment), `<` `>` `&` (no markup
/// reaches the SVG), `#` (no entity of the document's own), `*` and `_` (read as Markdown
/// emphasis), `¶` (Mermaid's own mark for entities while it works); no line breaks, no
/// backtick (which would open a Markdown string), no control characters.
fn quote(out: &mut impl Write, text: &str) -> io::Result<()> {
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| code(c).is_some() || c.is_control() || c == '`') {
        out.write_all(&rest.as_bytes()[..at])?;
        let c = rest[at..].chars().next().expect("found there");
        match code(c) {
            Some(code) => out.write_all(code.as_bytes())?,
            None if c == '`' => out.write_all(b"'")?,
            None if matches!(c, '\n' | '\r' | '\t') => out.write_all(b" ")?,
            None => {}
        }
        rest = &rest[at + c.len_utf8()..];
    }
    out.write_all(rest.as_bytes())
}

/// The entity code Mermaid reads back as `c`, for the characters that need one.
fn code(c: char) -> Option<&'static str> {
    Some(match c {
        '"' => "#quot;",
        '%' => "#37;",
        '<' => "#lt;",
        '>' => "#gt;",
        '&' => "#amp;",
        '#' => "#35;",
        '*' => "#42;",
        '_' => "#95;",
        '¶' => "#182;",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> String {
        let mut out = Vec::new();
        quote(&mut out, text).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn quotes_and_brackets_are_safe() {
        assert_eq!(quoted("a\"b\"(c)[d]#1"), "a#quot;b#quot;(c)[d]#35;1");
        assert_eq!(quoted("*强调* _线_"), "#42;强调#42; #95;线#95;");
    }

    #[test]
    fn directives_and_markup_never_pass() {
        let hostile =
            "%%{init: {'theme':'forest','themeCSS':'x'}}%%乙<img src=x onerror=alert(1)>&amp;";
        let q = quoted(hostile);
        assert!(
            !q.contains('%') && !q.contains('<') && !q.contains('>'),
            "{q}"
        );
        assert!(!q.contains('&'), "{q}");
        assert_eq!(
            q,
            "#37;#37;{init: {'theme':'forest','themeCSS':'x'}}#37;#37;乙\
             #lt;img src=x onerror=alert(1)#gt;#amp;amp;"
        );
    }
}
