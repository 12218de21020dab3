//! Mermaid renderer: a `mindmap` diagram with one root; every node's text is quoted, so
//! brackets and quotes in the text never break the diagram.

use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use std::io;

/// Writes `doc` as a Mermaid mindmap.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut s = String::from("mindmap\n");
    let mut id = 0;
    s.push_str(&format!("  root((\"{}\"))\n", quote(super::root_text(doc))));
    for node in &doc.children {
        write_node(node, 2, &mut id, &mut s);
    }
    out.write_all(s.as_bytes()).map_err(io_err)
}

fn write_node(node: &Node, depth: usize, id: &mut usize, s: &mut String) {
    *id += 1;
    s.push_str(&"  ".repeat(depth));
    s.push_str(&format!("n{id}[\"{}\"]\n", quote(&node.display())));
    for child in &node.children {
        write_node(child, depth + 1, id, s);
    }
}

/// Makes text safe inside `["…"]`: entity codes for quotes, `#`, `*` and `_`, no line
/// breaks, and no backtick (which would open a Markdown string).
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            // Mermaid reads `*` and `_` in labels as Markdown emphasis.
            '*' => out.push_str("#42;"),
            '_' => out.push_str("#95;"),
            '`' => out.push('\''),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_brackets_are_safe() {
        assert_eq!(quote("a\"b\"(c)[d]#1"), "a#quot;b#quot;(c)[d]#35;1");
        assert_eq!(quote("*强调* _线_"), "#42;强调#42; #95;线#95;");
    }
}
