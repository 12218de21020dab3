//! Fuzzes the PDF reader: the input, after `%PDF-`, is read as a PDF and its text parsed.
//! The reader must never panic, and a file it reads gives text in proportion to what its
//! streams decode to (each capped), never unbounded.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut file = b"%PDF-".to_vec();
    file.extend_from_slice(bytes);
    if let Ok(decoded) = tigang::InputFormat::Pdf.to_text(file, None) {
        let _ = tigang::parse(&decoded.text);
    }
});
