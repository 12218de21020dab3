//! JSON renderers: the model pretty-printed (`json`), or one compact line a document
//! (`jsonl`); UTF-8 unescaped.
//!
//! The output is byte for byte what `serde_json::to_writer_pretty` / `to_writer` make of the
//! model (a test holds the two together), written by a walker over the model's own types:
//! serde's generic path spent a quarter of a run on indentation and many small writes.
//! Strings with a character JSON must escape go through serde_json; the rest, nearly all
//! of them, are copied as they are.

use crate::error::Error;
use crate::model::{Document, Dropped, Meta, Node, Warning};
use std::io;

/// Writes `doc` as pretty JSON followed by a newline.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    write(doc, out, true)
}

/// Writes `doc` as one line of compact JSON followed by a newline (JSON Lines).
pub fn render_line(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    write(doc, out, false)
}

/// Appends `doc` to `out` as JSON (pretty or one line) followed by a newline, with no
/// buffer of its own: for batches, which gather many documents in memory.
pub fn append(doc: &Document, out: &mut Vec<u8>, pretty: bool) {
    let mut w = Writer {
        buf: out,
        sink: None,
        pretty,
        depth: 0,
        fresh: true,
    };
    // Without a sink nothing can fail.
    let _ = document(&mut w, doc);
    w.buf.push(b'\n');
}

fn write(doc: &Document, out: &mut dyn io::Write, pretty: bool) -> Result<(), Error> {
    let mut buf = Vec::with_capacity(BUFFER + (BUFFER >> 2));
    let mut w = Writer {
        buf: &mut buf,
        sink: Some(out),
        pretty,
        depth: 0,
        fresh: true,
    };
    document(&mut w, doc)
        .and_then(|()| {
            w.buf.push(b'\n');
            let sink = w.sink.take().expect("set above");
            sink.write_all(w.buf)?;
            sink.flush()
        })
        .map_err(|e| Error::write("-", e))
}

/// How much is gathered before it is handed to the sink.
const BUFFER: usize = 1 << 16;

/// Indentation, two spaces a level, sliced rather than written a level at a time.
const SPACES: &[u8; 128] = &[b' '; 128];

/// A JSON writer laid out like serde_json's compact and pretty formatters.
struct Writer<'b, 'w> {
    buf: &'b mut Vec<u8>,
    /// Where full buffers go; with none, everything stays in `buf`.
    sink: Option<&'w mut dyn io::Write>,
    pretty: bool,
    /// Open objects and arrays.
    depth: usize,
    /// Whether the innermost open object or array has no member yet.
    fresh: bool,
}

impl Writer<'_, '_> {
    /// Hands the gathered output to the sink once there is enough of it.
    fn drain(&mut self) -> io::Result<()> {
        if let Some(sink) = self.sink.as_mut().filter(|_| self.buf.len() >= BUFFER) {
            sink.write_all(self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn indent(&mut self) {
        let mut n = self.depth * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            self.buf.extend_from_slice(&SPACES[..k]);
            n -= k;
        }
    }

    fn open(&mut self, c: u8) {
        self.buf.push(c);
        self.depth += 1;
        self.fresh = true;
    }

    fn close(&mut self, c: u8) {
        self.depth -= 1;
        if !self.fresh && self.pretty {
            self.buf.push(b'\n');
            self.indent();
        }
        self.buf.push(c);
        self.fresh = false;
    }

    /// Starts a member of the open object or array.
    fn next(&mut self) {
        if !self.fresh {
            self.buf.push(b',');
        }
        if self.pretty {
            self.buf.push(b'\n');
            self.indent();
        }
        self.fresh = false;
    }

    fn key(&mut self, k: &str) {
        self.next();
        self.buf.push(b'"');
        self.buf.extend_from_slice(k.as_bytes());
        self.buf
            .extend_from_slice(if self.pretty { b"\": " } else { b"\":" });
    }

    fn string(&mut self, s: &str) {
        let (newline, other) = needs_escape(s);
        if other {
            // serde_json escapes; writing to a vector cannot fail.
            let _ = serde_json::to_writer(&mut *self.buf, s);
            return;
        }
        self.buf.push(b'"');
        if newline {
            // Paragraphs of a body are joined by line breaks, the one escape most texts
            // need, written as serde_json writes it.
            for (k, piece) in s.split('\n').enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b"\\n");
                }
                self.buf.extend_from_slice(piece.as_bytes());
            }
        } else {
            self.buf.extend_from_slice(s.as_bytes());
        }
        self.buf.push(b'"');
    }

    fn number(&mut self, n: u64) {
        self.buf
            .extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    fn field_str(&mut self, k: &str, v: &str) {
        self.key(k);
        self.string(v);
    }

    fn field_num(&mut self, k: &str, n: u64) {
        self.key(k);
        self.number(n);
    }

    /// A field skipped when `None`, as `skip_serializing_if = "Option::is_none"` does.
    fn field_opt(&mut self, k: &str, v: Option<&str>) {
        if let Some(v) = v {
            self.field_str(k, v);
        }
    }

    /// A field skipped when empty, as `skip_serializing_if = "String::is_empty"` does.
    fn field_nonempty(&mut self, k: &str, v: &str) {
        if !v.is_empty() {
            self.field_str(k, v);
        }
    }

    /// A list of strings, skipped when empty; handed to the sink as it fills (a document's
    /// lead may be a million paragraphs).
    fn field_strings(&mut self, k: &str, v: &[impl AsRef<str>]) -> io::Result<()> {
        if v.is_empty() {
            return Ok(());
        }
        self.key(k);
        self.open(b'[');
        for s in v {
            self.next();
            self.string(s.as_ref());
            self.drain()?;
        }
        self.close(b']');
        Ok(())
    }
}

/// Tells whether JSON needs escapes in `s`: (a line break, anything else: a quote, a
/// backslash or another control character). No early exit, so that the loop is vectorised.
fn needs_escape(s: &str) -> (bool, bool) {
    let b = s.as_bytes();
    let other = b.iter().fold(false, |any, &c| {
        any | ((c < 0x20) & (c != b'\n')) | (c == b'"') | (c == b'\\')
    });
    (memchr::memchr(b'\n', b).is_some(), other)
}

fn document(w: &mut Writer, doc: &Document) -> io::Result<()> {
    w.open(b'{');
    w.key("title");
    match &doc.title {
        Some(t) => w.string(t),
        None => w.buf.extend_from_slice(b"null"),
    }
    w.key("meta");
    meta(w, &doc.meta)?;
    w.field_strings("lead", &doc.lead)?;
    w.key("children");
    nodes(w, &doc.children)?;
    w.field_strings("tail", &doc.tail)?;
    field_list(w, "dropped", &doc.dropped, dropped)?;
    field_list(w, "warnings", &doc.warnings, warning)?;
    w.close(b'}');
    Ok(())
}

/// A list of records, skipped when empty.
fn field_list<T>(
    w: &mut Writer,
    k: &str,
    items: &[T],
    item: fn(&mut Writer, &T),
) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    w.key(k);
    w.open(b'[');
    for x in items {
        w.next();
        item(w, x);
        w.drain()?;
    }
    w.close(b']');
    Ok(())
}

fn meta(w: &mut Writer, m: &Meta) -> io::Result<()> {
    w.open(b'{');
    w.field_opt("title_line", m.title_line.as_deref());
    w.field_opt("column", m.column.as_deref());
    w.field_strings("author", &m.author)?;
    w.field_opt("affiliation", m.affiliation.as_deref());
    w.field_opt("source", m.source.as_deref());
    w.field_opt("date", m.date.as_deref());
    w.field_opt("time", m.time.as_deref());
    w.field_strings("editors", &m.editors)?;
    w.field_opt("doc_number", m.doc_number.as_deref());
    w.field_opt("issuer", m.issuer.as_deref());
    w.field_opt("dateline", m.dateline.as_deref());
    w.field_opt("original_title", m.original_title.as_deref());
    w.close(b'}');
    Ok(())
}

/// A list of nodes (written even when empty: the document's `children` always is).
fn nodes(w: &mut Writer, list: &[Node]) -> io::Result<()> {
    w.open(b'[');
    for n in list {
        w.next();
        node(w, n)?;
    }
    w.close(b']');
    Ok(())
}

fn node(w: &mut Writer, n: &Node) -> io::Result<()> {
    w.open(b'{');
    w.field_str("kind", n.kind.name());
    w.field_nonempty("frame", n.frame());
    w.field_str("marker", &n.marker);
    if let Some(k) = n.number {
        w.field_num("number", u64::from(k));
    }
    w.field_str("title", &n.title);
    w.field_nonempty("end", n.end());
    w.field_nonempty("body", n.body());
    w.field_nonempty("tail", n.tail());
    page(w, n.page);
    w.field_num("line", n.line as u64);
    if !n.children.is_empty() {
        w.key("children");
        nodes(w, &n.children)?;
    }
    w.close(b'}');
    w.drain()
}

/// A PDF's page, when there is one.
fn page(w: &mut Writer, page: Option<std::num::NonZeroU32>) {
    if let Some(p) = page {
        w.field_num("page", u64::from(p.get()));
    }
}

fn dropped(w: &mut Writer, d: &Dropped) {
    w.open(b'{');
    page(w, d.page);
    w.field_num("line", d.line as u64);
    w.field_str("text", &d.text);
    w.field_str("reason", &d.reason);
    w.close(b'}');
}

fn warning(w: &mut Writer, x: &Warning) {
    w.open(b'{');
    page(w, x.page);
    w.field_num("line", x.line as u64);
    w.field_str("message", &x.message);
    w.close(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;
    use proptest::prelude::*;

    fn ours(doc: &Document, pretty: bool) -> String {
        let mut out = Vec::new();
        write(doc, &mut out, pretty).unwrap();
        // Appending to a vector gives the same bytes, after what was there.
        let mut appended = b"before\n".to_vec();
        append(doc, &mut appended, pretty);
        assert_eq!(&appended[7..], &out[..]);
        String::from_utf8(out).unwrap()
    }

    fn serde(doc: &Document, pretty: bool) -> String {
        let s = if pretty {
            serde_json::to_string_pretty(doc)
        } else {
            serde_json::to_string(doc)
        };
        s.unwrap() + "\n"
    }

    fn node(text: &str, line: usize, children: Vec<Node<'static>>) -> Node<'static> {
        let mut n = Node::new(
            NodeKind::RunIn,
            "一、".into(),
            (line % 2 == 0).then_some(line as u32),
            text.to_string().into(),
            line,
        );
        n.children = children;
        n.set_frame(if line % 5 == 0 { "文章指出，" } else { "" }.into());
        n.set_end(if line % 3 == 0 { "。" } else { "" }.into());
        n.set_body(text.repeat(line % 2).into());
        n.set_tail(text.repeat(line % 3 / 2).into());
        n.page = std::num::NonZeroU32::new((line % 4) as u32);
        n
    }

    fn doc(s: &[String], deep: usize) -> Document<'static> {
        let pick = |i: usize| s.get(i % s.len().max(1)).cloned().unwrap_or_default();
        let mut children = vec![node(&pick(0), 2, Vec::new())];
        for d in 0..deep {
            children = vec![
                node(&pick(d), d + 3, children),
                node(&pick(d + 1), d, Vec::new()),
            ];
        }
        Document {
            title: (s.len() % 2 == 0).then(|| pick(1)),
            meta: Meta {
                title_line: Some(pick(2)),
                column: (s.len() > 2).then(|| pick(3)),
                author: s.iter().take(2).cloned().collect(),
                affiliation: Some(pick(4)),
                source: Some(pick(5)),
                date: Some("2024-05-08".into()),
                time: Some("09:30".into()),
                editors: s.iter().skip(1).take(2).cloned().collect(),
                doc_number: Some(pick(6)),
                issuer: Some(pick(7)),
                dateline: Some(pick(8)),
                original_title: Some(pick(9)),
                date_written: false,
            },
            lead: s
                .iter()
                .take(1)
                .cloned()
                .map(std::borrow::Cow::Owned)
                .collect(),
            children,
            tail: s
                .iter()
                .skip(2)
                .cloned()
                .map(std::borrow::Cow::Owned)
                .collect(),
            dropped: s
                .iter()
                .enumerate()
                .map(|(i, t)| Dropped {
                    page: std::num::NonZeroU32::new(i as u32 % 2),
                    line: i,
                    text: t.clone(),
                    reason: "furniture: share widget".into(),
                })
                .collect(),
            warnings: s
                .iter()
                .take(1)
                .map(|t| Warning {
                    page: None,
                    line: 7,
                    message: t.clone(),
                })
                .collect(),
        }
    }

    #[test]
    fn empty_document_is_what_serde_writes() {
        let d = Document::default();
        assert_eq!(ours(&d, true), serde(&d, true));
        assert_eq!(ours(&d, false), serde(&d, false));
    }

    #[test]
    fn escapes_are_serde_json_s() {
        let s = vec!["引号\"与\\反斜杠".to_string(), "换行\n制表\t\u{1}".into()];
        let d = doc(&s, 2);
        assert_eq!(ours(&d, true), serde(&d, true));
        assert!(ours(&d, false).contains(r#"换行\n制表\t\u0001"#));
    }

    #[test]
    fn deep_trees_indent_past_the_spaces_table() {
        let d = doc(&["甲".to_string()], 70);
        assert_eq!(ours(&d, true), serde(&d, true));
    }

    proptest! {
        #[test]
        fn every_document_is_written_as_serde_json_writes_it(
            s in proptest::collection::vec("\\PC{0,12}|[\"\\\\\n\t\u{0}-\u{1f}a-z一二]{0,6}", 0..6),
            deep in 0usize..5,
        ) {
            let d = doc(&s, deep);
            prop_assert_eq!(ours(&d, true), serde(&d, true));
            prop_assert_eq!(ours(&d, false), serde(&d, false));
        }
    }
}
