//! Reshaping a document before it is written: cutting the tree at a depth, dropping
//! bodies, or turning bodies into child nodes for tools that ignore notes.

use crate::model::{Document, Node, NodeKind};
use std::borrow::Cow;

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
    pub fn apply<'a>(&self, doc: &Document<'a>) -> Document<'a> {
        let mut out = doc.clone();
        if self.no_body {
            out.lead.clear();
            out.tail.clear();
        }
        out.children = self.nodes(&doc.children, 1);
        out
    }

    fn nodes<'a>(&self, nodes: &[Node<'a>], level: usize) -> Vec<Node<'a>> {
        if self.depth.is_some_and(|d| level > d) {
            return Vec::new();
        }
        nodes.iter().map(|n| self.node(n, level)).collect()
    }

    fn node<'a>(&self, n: &Node<'a>, level: usize) -> Node<'a> {
        let mut children = self.nodes(&n.children, level + 1);
        let mut body = if self.no_body {
            Cow::Borrowed("")
        } else {
            n.note_text()
        };
        if self.notes_as_children && !body.is_empty() && self.depth.is_none_or(|d| level < d) {
            let note = Node::new(
                NodeKind::Note,
                Cow::Borrowed(""),
                None,
                std::mem::take(&mut body),
                n.line,
            );
            children.insert(0, note);
        }
        // The frame and the sentence end stay; the note (frame included) is the body, and
        // the tail is in it.
        let mut out = Node::new(n.kind, n.marker.clone(), n.number, n.title.clone(), n.line);
        out.children = children;
        out.set_frame(n.frame_text().clone());
        out.set_end(n.end_text().clone());
        out.set_body(body);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document<'static> {
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
        assert!(d.children[0].body().is_empty());
        assert!(d.children[0].children[0].body().is_empty());
    }

    #[test]
    fn notes_become_first_children() {
        let d = Shape {
            notes_as_children: true,
            ..Shape::default()
        }
        .apply(&doc());
        let first = &d.children[0].children[0];
        assert_eq!((first.kind, &*first.title), (NodeKind::Note, "说明。"));
        assert_eq!(d.children[0].children[1].children[0].title, "正文。");
    }
}
