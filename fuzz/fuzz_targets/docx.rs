//! Fuzzes the Word reader: the input, split at 0xFF bytes (never in UTF-8), becomes the
//! parts `document.xml`, `numbering.xml` and `styles.xml` of a `.docx`, which is read
//! and parsed. The reader must neither panic nor write much more than it was given.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::Write;

const PARTS: [&str; 3] = [
    "word/document.xml",
    "word/numbering.xml",
    "word/styles.xml",
];

fuzz_target!(|bytes: &[u8]| {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, part) in PARTS.iter().zip(bytes.split(|&b| b == 0xFF)) {
        zip.start_file(*name, stored).expect("a part starts");
        zip.write_all(part).expect("a part is written");
    }
    let file = zip.finish().expect("the zip is written").into_inner();
    if let Ok(decoded) = tigang::InputFormat::Docx.to_text(file, None) {
        // A numbered paragraph costs some 30 bytes of XML and may get an 80-character label.
        assert!(
            decoded.text.len() <= 16 * bytes.len() + 1024,
            "{} bytes of text from {} bytes of XML",
            decoded.text.len(),
            bytes.len()
        );
        let _ = tigang::parse(&decoded.text);
    }
});
