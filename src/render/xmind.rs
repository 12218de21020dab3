//! XMind renderer: an XMind (Zen) workbook, a zip of `content.json`, `metadata.json` and
//! `manifest.json`, with each node's note (frame, body, tail) in `notes.plain`; the lead and
//! the closing paragraphs are the notes of a first topic `导语` and a last one `结语` (see
//! `Document::lead_topic`). Byte for byte deterministic: ids are counted, and every entry
//! carries the same fixed time.
//!
//! `content.json` is serialised straight from the model into the zip entry (keys in the
//! sorted order a `serde_json::Value` has): a value tree of a large outline had taken
//! gigabytes.

#[cfg(feature = "xmind")]
use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
#[cfg(feature = "xmind")]
use serde_json::json;
use std::cell::Cell;
use std::io;
#[cfg(feature = "xmind")]
use std::io::{Cursor, Write};
#[cfg(feature = "xmind")]
use zip::write::SimpleFileOptions;
#[cfg(feature = "xmind")]
use zip::{CompressionMethod, DateTime, ZipWriter};

/// The `content.json` of the workbook: one sheet, its root topic the title.
struct Content<'d, 'a> {
    doc: &'d Document<'a>,
}

impl Serialize for Content<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(1))?;
        seq.serialize_element(&Sheet { doc: self.doc })?;
        seq.end()
    }
}

struct Sheet<'d, 'a> {
    doc: &'d Document<'a>,
}

impl Serialize for Sheet<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(4))?;
        map.serialize_entry("class", "sheet")?;
        map.serialize_entry("id", "sheet-1")?;
        map.serialize_entry("rootTopic", &Root { doc: self.doc })?;
        map.serialize_entry("title", super::root_text(self.doc))?;
        map.end()
    }
}

struct Root<'d, 'a> {
    doc: &'d Document<'a>,
}

impl Serialize for Root<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let doc = self.doc;
        let mut map = s.serialize_map(None)?;
        let counter = Cell::new(0);
        let topics = doc.topics();
        if !topics.is_empty() {
            map.serialize_entry(
                "children",
                &Attached {
                    first: topics.lead.as_ref(),
                    nodes: topics.nodes,
                    last: topics.closing.as_ref(),
                    counter: &counter,
                },
            )?;
        }
        map.serialize_entry("class", "topic")?;
        map.serialize_entry("id", "root")?;
        map.serialize_entry("structureClass", "org.xmind.ui.map.unbalanced")?;
        map.serialize_entry("title", super::root_text(doc))?;
        map.end()
    }
}

/// `{"attached": [topics]}`: `first`, the nodes and `last` (the root's `导语` and `结语`),
/// numbered in document order from `counter`.
struct Attached<'n, 'a> {
    first: Option<&'n Node<'a>>,
    nodes: &'n [Node<'a>],
    last: Option<&'n Node<'a>>,
    counter: &'n Cell<usize>,
}

impl Serialize for Attached<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Topics<'t, 'n, 'a>(&'t Attached<'n, 'a>);
        impl Serialize for Topics<'_, '_, '_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let a = self.0;
                let n =
                    a.nodes.len() + usize::from(a.first.is_some()) + usize::from(a.last.is_some());
                let mut seq = s.serialize_seq(Some(n))?;
                for node in a.first.into_iter().chain(a.nodes).chain(a.last) {
                    seq.serialize_element(&Topic {
                        node,
                        counter: self.0.counter,
                    })?;
                }
                seq.end()
            }
        }
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("attached", &Topics(self))?;
        map.end()
    }
}

struct Topic<'n, 'a> {
    node: &'n Node<'a>,
    counter: &'n Cell<usize>,
}

impl Serialize for Topic<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let node = self.node;
        // Numbered before its children, though its `id` comes after them.
        let id = self.counter.get() + 1;
        self.counter.set(id);
        let mut map = s.serialize_map(None)?;
        if !node.children.is_empty() {
            map.serialize_entry(
                "children",
                &Attached {
                    first: None,
                    nodes: &node.children,
                    last: None,
                    counter: self.counter,
                },
            )?;
        }
        map.serialize_entry("class", "topic")?;
        map.serialize_entry("id", &format_args!("topic-{id}"))?;
        let note = node.note();
        if !note.is_empty() {
            map.serialize_entry("notes", &Notes(&note))?;
        }
        map.serialize_entry("title", &node.display())?;
        map.end()
    }
}

/// `{"plain": {"content": text}}`.
struct Notes<'t>(&'t str);

impl Serialize for Notes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Plain<'t>(&'t str);
        impl Serialize for Plain<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("content", self.0)?;
                map.end()
            }
        }
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("plain", &Plain(self.0))?;
        map.end()
    }
}

/// The `content.json` as pretty text (what snapshots hold).
pub fn content_json(doc: &Document) -> String {
    serde_json::to_string_pretty(&Content { doc }).unwrap_or_default() + "\n"
}

/// Writes `doc` as an `.xmind` workbook; an [`Error::Render`] in a build without the `xmind`
/// feature.
#[cfg(not(feature = "xmind"))]
pub fn render(_: &Document, _: &mut dyn io::Write) -> Result<(), Error> {
    Err(Error::Render {
        format: "xmind",
        message: "this build has no XMind output (built without the `xmind` feature)".into(),
    })
}

/// Writes `doc` as an `.xmind` workbook.
#[cfg(feature = "xmind")]
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let zip_err = |e: zip::result::ZipError| Error::Render {
        format: "xmind",
        message: e.to_string(),
    };
    let json_err = |e: serde_json::Error| Error::Render {
        format: "xmind",
        message: e.to_string(),
    };
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let metadata = json!({ "creator": { "name": "tigang", "version": env!("CARGO_PKG_VERSION") } });
    let manifest = json!({ "file-entries": { "content.json": {}, "metadata.json": {} } });
    // The zip is made in memory (it is compressed: a small part of the outline's size) and
    // written once whole, so that a failed render writes nothing.
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("content.json", options).map_err(zip_err)?;
    {
        let mut entry = io::BufWriter::with_capacity(1 << 16, &mut zip);
        serde_json::to_writer(&mut entry, &Content { doc }).map_err(json_err)?;
        entry.flush().map_err(io_err)?;
    }
    for (name, value) in [("metadata.json", metadata), ("manifest.json", manifest)] {
        zip.start_file(name, options).map_err(zip_err)?;
        serde_json::to_writer(&mut zip, &value).map_err(json_err)?;
    }
    let bytes = zip.finish().map_err(zip_err)?.into_inner();
    out.write_all(&bytes).map_err(io_err)
}
