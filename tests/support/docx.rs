//! Builders of small `.docx` files for the hostile-reader tests and their benchmark
//! (`tests/hostile_readers.rs`, `benches/hostile.rs`): one copy of the parts' XML.

#![allow(dead_code)] // each includer uses the builders it needs

use std::io::Write;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A `.docx` holding `body` as its document and, if given, a numbering part.
pub fn docx(body: &str, numbering: Option<&str>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", deflated).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    )
    .unwrap();
    if let Some(numbering) = numbering {
        zip.start_file("word/numbering.xml", deflated).unwrap();
        write!(
            zip,
            r#"<?xml version="1.0"?><w:numbering {W}>{numbering}</w:numbering>"#
        )
        .unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A paragraph of `text` numbered by list `num` at level `ilvl`.
pub fn numbered(text: &str, num: usize, ilvl: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

/// A numbering level.
pub fn level(ilvl: &str, start: &str, format: &str, text: &str) -> String {
    format!(
        r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/></w:lvl>"#
    )
}

/// Numbering with one definition of `levels` and list 1 following it.
pub fn one_list(levels: &str, overrides: &str) -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>{overrides}</w:num>"#
    )
}
