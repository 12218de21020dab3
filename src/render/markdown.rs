//! Markdown renderer: the title as `#`, top-level nodes as `##` headings, deeper nodes as
//! nested list items; bodies as text under their node. Markers are kept and escaped so that
//! CommonMark and markmap never renumber `1.` or read `-` as a bullet.

use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use std::io;

/// Writes `doc` as Markdown.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut s = String::new();
    s.push_str("# ");
    s.push_str(&inline(super::root_text(doc)));
    s.push_str("\n\n");
    for p in &doc.lead {
        s.push_str(&inline(p));
        s.push_str("\n\n");
    }
    for node in &doc.children {
        section(node, &mut s);
    }
    for p in &doc.tail {
        s.push_str(&inline(p));
        s.push_str("\n\n");
    }
    out.write_all(s.as_bytes()).map_err(io_err)
}

fn section(node: &Node, s: &mut String) {
    s.push_str("## ");
    s.push_str(&inline(&node.display()));
    s.push_str("\n\n");
    for line in node.body.lines() {
        s.push_str(&inline(line));
        s.push_str("\n\n");
    }
    for child in &node.children {
        item(child, 0, s);
    }
    if !node.children.is_empty() {
        s.push('\n');
    }
    for line in node.tail.lines() {
        s.push_str(&inline(line));
        s.push_str("\n\n");
    }
}

fn item(node: &Node, depth: usize, s: &mut String) {
    let indent = "  ".repeat(depth);
    s.push_str(&indent);
    s.push_str("- ");
    s.push_str(&inline(&node.display()));
    s.push('\n');
    let note = node.note();
    for line in note.lines() {
        // A continuation paragraph of the list item, indented under its text.
        s.push('\n');
        s.push_str(&indent);
        s.push_str("  ");
        s.push_str(&inline(line));
        s.push('\n');
    }
    if !note.is_empty() && !node.children.is_empty() {
        s.push('\n');
    }
    for child in &node.children {
        item(child, depth + 1, s);
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
