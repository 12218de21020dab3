//! What `--explain` says each line became in the outline: read from the finished tree and
//! the dropped list, never from notes written while the tree was still being built, so that
//! the explanation cannot disagree with the outline (a lead split off after its line was
//! noted as text, a heading noted as placed that a later step took back).

use crate::model::{Document, Node};

/// The words every placement note carries, between the node's kind and its depth.
const AT_DEPTH: &str = " node at depth ";

/// Replaces the placement notes among `notes` with one per line and depth of the tree in
/// `doc`: `一、: heading node at depth 1`; the markers of the nodes a line holds at one depth
/// joined (`一要/二要/三要: inline node at depth 2`); `run_in node at depth 2` for a node
/// without a marker. A line kept out of the outline is noted with the reason `dropped`
/// gives, unless a note of its line says it already. Notes stay in line order.
pub fn settle(doc: &Document, notes: &mut Vec<(usize, String)>) {
    notes.retain(|(_, note)| !note.contains(AT_DEPTH));
    let mut placed: Vec<Placement> = Vec::new();
    walk(&doc.children, 1, &mut placed);
    for p in placed {
        let markers: Vec<&str> = p
            .markers
            .iter()
            .filter(|m| !m.is_empty())
            .copied()
            .collect();
        let note = if markers.is_empty() {
            format!("{}{AT_DEPTH}{}", p.kind, p.depth)
        } else {
            format!("{}: {}{AT_DEPTH}{}", markers.join("/"), p.kind, p.depth)
        };
        notes.push((p.line, note));
    }
    // (Notes are looked up by line, not scanned for each dropped line.)
    notes.sort_by_key(|(line, _)| *line);
    let mut unsaid = Vec::new();
    for d in &doc.dropped {
        let from = notes.partition_point(|(line, _)| *line < d.line);
        let said = notes[from..]
            .iter()
            .take_while(|(line, _)| *line == d.line)
            .any(|(_, note)| note.contains(&*d.reason));
        if !said {
            unsaid.push((d.line, format!("dropped: {}", d.reason)));
        }
    }
    notes.extend(unsaid);
    // Stable: a line's notes keep the order they were made in, its placements after them.
    notes.sort_by_key(|(line, _)| *line);
}

/// The nodes of one kind that one line holds at one depth.
struct Placement<'d> {
    line: usize,
    depth: usize,
    kind: &'static str,
    markers: Vec<&'d str>,
}

/// Gathers the placements of `nodes`, at `depth`, and of their children below them, in the
/// order of the tree; a node of the same line, depth and kind as the one before it (the
/// points of one paragraph) joins its placement.
fn walk<'d>(nodes: &'d [Node], depth: usize, out: &mut Vec<Placement<'d>>) {
    for node in nodes {
        let kind = node.kind.name();
        let joined = out
            .last_mut()
            .filter(|p| p.line == node.line && p.depth == depth && p.kind == kind);
        match joined {
            Some(p) => p.markers.push(node.marker.as_ref()),
            None => out.push(Placement {
                line: node.line,
                depth,
                kind,
                markers: vec![node.marker.as_ref()],
            }),
        }
        walk(&node.children, depth + 1, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::parse_explained;

    /// The notes of line `line`.
    fn notes_of(notes: &[(usize, String)], line: usize) -> Vec<&str> {
        notes
            .iter()
            .filter(|(l, _)| *l == line)
            .map(|(_, n)| n.as_str())
            .collect()
    }

    #[test]
    fn each_node_is_explained_where_it_stands() {
        let text = "关于做好工作的通知\n\n一、总体要求\n\n要抓好落实。一要明确责任。要分工。二要强化督查。要考核。\n\n二、重点任务\n";
        let (doc, notes) = parse_explained(text);
        assert_eq!(doc.children.len(), 2);
        assert!(notes_of(&notes, 3).contains(&"一、: heading node at depth 1"));
        assert!(notes_of(&notes, 5).contains(&"一要/二要: inline node at depth 2"));
        assert!(notes_of(&notes, 7).contains(&"二、: heading node at depth 1"));
    }

    #[test]
    fn a_lead_split_off_after_its_line_was_read_is_explained_as_a_node() {
        // The leads are split off the paragraphs once the headings are placed: the rule's
        // note stands on the first, a placement on each, and none on the text before them.
        let text = "加强城市治理\n\n今年以来，城市治理有了新进展。要加强生命线工程建设，提升应对自然灾害和突发事件的能力，守住安全底线。\n\n提升城市治理效能。要推动城市治理数字化转型，以新技术赋能精细化管理，让城市运行更聪明。\n\n优化城市公共服务。要补齐养老托育短板，完善社区服务设施，让居民生活更便利更舒心。\n";
        let (doc, notes) = parse_explained(text);
        let leads: Vec<usize> = doc.children.iter().map(|n| n.line).collect();
        assert_eq!(leads, [5, 7], "{doc:#?}");
        for line in leads {
            assert!(
                notes_of(&notes, line).contains(&"subtitle node at depth 1"),
                "line {line}: {notes:?}"
            );
        }
        assert!(!notes_of(&notes, 3)
            .iter()
            .any(|n| n.contains("node at depth")));
    }

    #[test]
    fn no_line_is_said_to_be_a_node_the_tree_does_not_hold() {
        // `三、四月份` continues no series: text, and not explained as a heading.
        let text = "通知\n\n一、总体要求\n\n坚持稳中求进。\n\n三、四月份正值春耕，各地要抓好农时。\n\n二、重点任务\n";
        let (doc, notes) = parse_explained(text);
        assert_eq!(doc.children.len(), 2);
        assert!(!notes_of(&notes, 7)
            .iter()
            .any(|n| n.contains("node at depth")));
    }

    #[test]
    fn a_dropped_line_is_explained_with_its_reason() {
        let (doc, notes) = parse_explained("# 标题\n\n## 一、要求\n\n正文。\n");
        for d in &doc.dropped {
            assert!(
                notes_of(&notes, d.line)
                    .iter()
                    .any(|n| n.contains(&*d.reason)),
                "{d:?} {notes:?}"
            );
        }
    }
}
