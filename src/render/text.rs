//! Text renderer: an indented tree for the terminal.

use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use std::io;

/// Writes `doc` as an indented tree drawn with box characters.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut s = String::new();
    s.push_str(super::root_text(doc));
    s.push('\n');
    let n = doc.children.len();
    for (i, node) in doc.children.iter().enumerate() {
        branch(node, "", i + 1 == n, &mut s);
    }
    out.write_all(s.as_bytes()).map_err(io_err)
}

fn branch(node: &Node, prefix: &str, last: bool, s: &mut String) {
    s.push_str(prefix);
    s.push_str(if last { "└─ " } else { "├─ " });
    s.push_str(&node.display().replace(['\n', '\r'], " "));
    s.push('\n');
    let inner = format!("{prefix}{}", if last { "   " } else { "│  " });
    let n = node.children.len();
    for (i, child) in node.children.iter().enumerate() {
        branch(child, &inner, i + 1 == n, s);
    }
}
