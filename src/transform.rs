//! Reshaping a document before it is written: cutting the tree at a depth, dropping
//! bodies, or turning bodies into child nodes for tools that ignore notes.

use crate::model::{Document, Node, NodeKind};
use std::borrow::Cow;

/// How to reshape a document for output.
///
/// ```
/// let doc = tigang::parse("关于做好工作的通知\n\n一、总体要求\n\n（一）抓好落实\n");
/// let shallow = tigang::Shape { depth: Some(1), ..Default::default() }.apply(&doc);
/// assert!(shallow.children[0].children.is_empty());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// Keep this many levels of nodes (`--depth N`); `None` keeps all.
    pub depth: Option<usize>,
    /// Drop every body (`--no-body`).
    pub no_body: bool,
    /// Put each body in a child node of its own, before the other children, and each tail
    /// in one after them; the lead and the closing paragraphs become the topics `导语` and
    /// `结语` with theirs (`--notes-as-children`).
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
        out.children = self.nodes(&doc.children, 1);
        if self.no_body {
            out.lead.clear();
            out.tail.clear();
        } else if self.notes_as_children {
            // The lead and the closing paragraphs become the topics every map shows for
            // them (`Document::topics`), so that their text, a child node like any note,
            // stays in document order, first and last.
            let made = |topic: Option<Node<'_>>| topic.map(|t| self.node(&t.into_owned(), 1));
            if let Some(lead) = made(doc.lead_topic()) {
                out.children.insert(0, lead);
            }
            out.children.extend(made(doc.closing_topic()));
            out.lead.clear();
            out.tail.clear();
        }
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
        let mut out = Node::new(n.kind, n.marker.clone(), n.number, n.title.clone(), n.line);
        out.page = n.page;
        out.set_end(n.end_text().clone());
        if self.no_body {
            // The frame goes with the body: words of the text outside the title, which a
            // map would show as a note.
            out.children = children;
            return out;
        }
        let (frame, body, tail) = (n.frame_text(), n.body_text(), n.tail_text());
        if self.notes_as_children && self.depth.is_none_or(|d| level < d) {
            // The frame opens the body's paragraph; the body comes before the children and
            // the tail after them, as in the text.
            let head = match (frame.is_empty(), body.is_empty()) {
                (true, _) => body.clone(),
                (false, true) => frame.clone(),
                (false, false) => Cow::Owned(n.opening().into_owned()),
            };
            let note = |text: Cow<'a, str>| {
                let mut note = Node::new(NodeKind::Note, Cow::Borrowed(""), None, text, n.line);
                note.page = n.page;
                note
            };
            if !head.is_empty() {
                children.insert(0, note(head));
            }
            if !tail.is_empty() {
                children.push(note(tail.clone()));
            }
        } else {
            out.set_frame(frame.clone());
            out.set_body(body.clone());
            out.set_tail(tail.clone());
        }
        out.children = children;
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

    /// A document with every text a node can hold: the lead, a frame, a sentence end, a
    /// body, children, a node's tail, and closing paragraphs.
    fn full() -> Document<'static> {
        let mut sub = Node::new(NodeKind::Inline, "一是".into(), Some(1), "子一".into(), 5);
        sub.set_end("。".into());
        sub.set_body("子一正文。".into());
        let mut node = Node::new(NodeKind::Subtitle, "".into(), None, "甲要深入".into(), 3);
        node.set_frame("评论指出，".into());
        node.set_end("。".into());
        node.set_body("甲正文。".into());
        node.set_tail("甲收尾。".into());
        node.children = vec![sub];
        Document {
            title: Some("标题".into()),
            lead: vec!["导语一段。".into(), "导语二段。".into()],
            children: vec![node],
            tail: vec!["结尾一段。".into()],
            ..Document::default()
        }
    }

    #[test]
    fn notes_as_children_keep_document_order() {
        let d = Shape {
            notes_as_children: true,
            ..Shape::default()
        }
        .apply(&full());
        assert!(d.lead.is_empty() && d.tail.is_empty());
        fn walk(n: &Node, depth: usize, out: &mut Vec<String>) {
            assert!(n.note().is_empty(), "a note left on {n:?}");
            out.push(format!(
                "{}{}{}{}",
                "  ".repeat(depth),
                n.marker,
                n.title,
                n.end()
            ));
            for c in &n.children {
                walk(c, depth + 1, out);
            }
        }
        let mut got = Vec::new();
        for n in &d.children {
            walk(n, 0, &mut got);
        }
        assert_eq!(
            got,
            [
                "导语",
                "  导语一段。\n导语二段。",
                "甲要深入。",
                "  评论指出，甲正文。",
                "  一是子一。",
                "    子一正文。",
                "  甲收尾。",
                "结语",
                "  结尾一段。",
            ]
        );
    }

    #[test]
    fn bodies_stay_notes_past_the_depth() {
        let d = Shape {
            notes_as_children: true,
            depth: Some(1),
            ..Shape::default()
        }
        .apply(&full());
        let node = &d.children[1];
        assert!(node.children.is_empty());
        assert_eq!(node.note(), "评论指出，甲正文。\n甲收尾。");
        assert_eq!(d.children[0].note(), "导语一段。\n导语二段。");
    }

    #[test]
    fn no_body_leaves_titles() {
        let d = Shape {
            no_body: true,
            ..Shape::default()
        }
        .apply(&full());
        assert!(d.topics().len() == 1 && d.children[0].note().is_empty());
        assert!(d.children[0].children[0].note().is_empty());
    }
}
