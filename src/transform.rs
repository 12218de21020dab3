//! Reshaping a document before it is written: cutting the tree at a depth, dropping
//! bodies, or turning bodies into child nodes for tools that ignore notes.

use crate::model::{Document, Node, NodeKind};

/// How to reshape a document for output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// Keep this many levels of nodes (`--depth N`); `None` keeps all.
    pub depth: Option<usize>,
    /// Drop every body (`--no-body`).
    pub no_body: bool,
    /// Put each body in a child node of its own, before the other children
    /// (`--notes-as-children`).
    pub notes_as_children: bool,
}

impl Shape {
    /// Tells whether this shape leaves a document as it is.
    pub fn is_identity(&self) -> bool {
        *self == Shape::default()
    }

    /// Returns `doc` reshaped.
    pub fn apply(&self, doc: &Document) -> Document {
        let mut out = doc.clone();
        if self.no_body {
            out.lead.clear();
            out.tail.clear();
        }
        out.children = self.nodes(&doc.children, 1);
        out
    }

    fn nodes(&self, nodes: &[Node], level: usize) -> Vec<Node> {
        if self.depth.is_some_and(|d| level > d) {
            return Vec::new();
        }
        nodes.iter().map(|n| self.node(n, level)).collect()
    }

    fn node(&self, n: &Node, level: usize) -> Node {
        let mut children = self.nodes(&n.children, level + 1);
        let mut body = if self.no_body {
            String::new()
        } else {
            n.note().into_owned()
        };
        if self.notes_as_children && !body.is_empty() && self.depth.is_none_or(|d| level < d) {
            let note = Node {
                kind: NodeKind::Note,
                marker: String::new(),
                number: None,
                title: std::mem::take(&mut body),
                end: String::new(),
                body: String::new(),
                tail: String::new(),
                line: n.line,
                children: Vec::new(),
            };
            children.insert(0, note);
        }
        Node {
            body,
            tail: String::new(),
            children,
            ..n.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        crate::parse("标题\n\n一、甲\n\n说明。一是子一。正文。二是子二。\n\n二、乙\n")
    }

    #[test]
    fn depth_cuts_the_tree() {
        let d = Shape {
            depth: Some(1),
            ..Shape::default()
        }
        .apply(&doc());
        assert_eq!(d.children.len(), 2);
        assert!(d.children.iter().all(|n| n.children.is_empty()));
    }

    #[test]
    fn no_body_drops_bodies() {
        let d = Shape {
            no_body: true,
            ..Shape::default()
        }
        .apply(&doc());
        assert!(d.children[0].body.is_empty());
        assert!(d.children[0].children[0].body.is_empty());
    }

    #[test]
    fn notes_become_first_children() {
        let d = Shape {
            notes_as_children: true,
            ..Shape::default()
        }
        .apply(&doc());
        let first = &d.children[0].children[0];
        assert_eq!(
            (first.kind, first.title.as_str()),
            (NodeKind::Note, "说明。")
        );
        assert_eq!(d.children[0].children[1].children[0].title, "正文。");
    }
}
