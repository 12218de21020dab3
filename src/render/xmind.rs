//! XMind renderer: an XMind (Zen) workbook, a zip of `content.json`, `metadata.json` and
//! `manifest.json`, with bodies in `notes.plain`. Byte for byte deterministic: ids are
//! counted, and every entry carries the same fixed time.

use super::io_err;
use crate::error::Error;
use crate::model::{Document, Node};
use serde_json::{json, Value};
use std::io::{self, Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Builds the `content.json` of the workbook: one sheet, its root topic the title.
pub fn content(doc: &Document) -> Value {
    let mut id = 0;
    let children: Vec<Value> = doc.children.iter().map(|n| topic(n, &mut id)).collect();
    let mut root = json!({
        "id": "root",
        "class": "topic",
        "title": super::root_text(doc),
        "structureClass": "org.xmind.ui.map.unbalanced",
    });
    if !doc.lead.is_empty() {
        root["notes"] = json!({ "plain": { "content": doc.lead.join("\n") } });
    }
    if !children.is_empty() {
        root["children"] = json!({ "attached": children });
    }
    json!([{
        "id": "sheet-1",
        "class": "sheet",
        "title": super::root_text(doc),
        "rootTopic": root,
    }])
}

fn topic(node: &Node, id: &mut usize) -> Value {
    *id += 1;
    let mut t = json!({
        "id": format!("topic-{id}"),
        "class": "topic",
        "title": node.display(),
    });
    let note = node.note();
    if !note.is_empty() {
        t["notes"] = json!({ "plain": { "content": note } });
    }
    if !node.children.is_empty() {
        let children: Vec<Value> = node.children.iter().map(|c| topic(c, id)).collect();
        t["children"] = json!({ "attached": children });
    }
    t
}

/// The `content.json` as pretty text (what snapshots hold).
pub fn content_json(doc: &Document) -> String {
    serde_json::to_string_pretty(&content(doc)).unwrap_or_default() + "\n"
}

/// Writes `doc` as an `.xmind` workbook.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let zip_err = |e: zip::result::ZipError| Error::Render {
        format: "xmind",
        message: e.to_string(),
    };
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let metadata = json!({ "creator": { "name": "tigang", "version": env!("CARGO_PKG_VERSION") } });
    let manifest = json!({ "file-entries": { "content.json": {}, "metadata.json": {} } });
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, value) in [
        ("content.json", content(doc)),
        ("metadata.json", metadata),
        ("manifest.json", manifest),
    ] {
        zip.start_file(name, options).map_err(zip_err)?;
        let bytes = serde_json::to_vec(&value).map_err(|e| Error::Render {
            format: "xmind",
            message: e.to_string(),
        })?;
        zip.write_all(&bytes).map_err(io_err)?;
    }
    let bytes = zip.finish().map_err(zip_err)?.into_inner();
    out.write_all(&bytes).map_err(io_err)
}
