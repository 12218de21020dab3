//! Markdown renderer: the title as `#`, top-level nodes as `##` headings, deeper nodes as
//! nested list items; the whole article in document order: the lead under the title, each
//! node's body (after its frame) under it and its tail after its children, the closing
//! paragraphs at the end. Markers are kept and escaped so that CommonMark and markmap never
//! renumber `1.` or read `-` as a bullet.

use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use std::io::{self, Write};

/// Writes `doc` as Markdown, streamed node by node.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut out = io::BufWriter::new(out);
    write_doc(doc, &mut out)
        .and_then(|()| out.flush())
        .map_err(io_err)
}

fn write_doc(doc: &Document, s: &mut impl Write) -> io::Result<()> {
    writeln!(s, "# {}\n", inline(super::root_text(doc)))?;
    for p in &doc.lead {
        writeln!(s, "{}\n", inline(p))?;
    }
    for node in &doc.children {
        section(node, s)?;
    }
    for p in &doc.tail {
        writeln!(s, "{}\n", inline(p))?;
    }
    Ok(())
}

fn section(node: &Node, s: &mut impl Write) -> io::Result<()> {
    writeln!(s, "## {}\n", inline(&node.display()))?;
    for line in node.opening().lines() {
        writeln!(s, "{}\n", inline(line))?;
    }
    for child in &node.children {
        item(child, 0, s)?;
    }
    if !node.children.is_empty() {
        s.write_all(b"\n")?;
    }
    for line in node.tail().lines() {
        writeln!(s, "{}\n", inline(line))?;
    }
    Ok(())
}

fn item(node: &Node, depth: usize, s: &mut impl Write) -> io::Result<()> {
    let indent = Indent(depth);
    writeln!(s, "{indent}- {}", inline(&node.display()))?;
    let head = node.opening();
    for line in head.lines() {
        // A continuation paragraph of the list item, indented under its text.
        writeln!(s, "\n{indent}  {}", inline(line))?;
    }
    if !head.is_empty() && !node.children.is_empty() {
        s.write_all(b"\n")?;
    }
    for child in &node.children {
        item(child, depth + 1, s)?;
    }
    // After the nested list, a paragraph indented to this item's text belongs to it again.
    for line in node.tail().lines() {
        writeln!(s, "\n{indent}  {}", inline(line))?;
    }
    Ok(())
}

/// Two spaces a level.
struct Indent(usize);

impl std::fmt::Display for Indent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for _ in 0..self.0 {
            f.write_str("  ")?;
        }
        Ok(())
    }
}

/// Escapes what Markdown would read as markup: ASCII punctuation with a meaning, a leading
/// list or heading marker, and `1.` at the start (which would renumber).
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' || c == '\r' { ' ' } else { c });
    }
    let lead_digits = out.chars().take_while(char::is_ascii_digit).count();
    if lead_digits > 0 && out[lead_digits..].starts_with(['.', ')']) {
        out.insert(lead_digits, '\\');
    } else if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_numbers_and_markers_are_escaped() {
        assert_eq!(inline("1.总体要求"), "1\\.总体要求");
        assert_eq!(inline("12) 甲"), "12\\) 甲");
        assert_eq!(inline("- 项"), "\\- 项");
        assert_eq!(inline("a*b_c[d]"), "a\\*b\\_c\\[d\\]");
        assert_eq!(inline("一、总体"), "一、总体");
    }
}
