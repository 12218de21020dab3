//! Fuzzes the HTML reader on the bytes as a saved page, then parses the text. The reader
//! must neither panic nor write much more than it was given.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(decoded) = tigang::InputFormat::Html.to_text(bytes.to_vec(), None) {
        // GB18030 or Big5 bytes take up to twice their size as UTF-8; a block tag of
        // three bytes ends a line.
        assert!(
            decoded.text.len() <= 4 * bytes.len() + 64,
            "{} bytes of text from {} bytes of HTML",
            decoded.text.len(),
            bytes.len()
        );
        let _ = tigang::parse(&decoded.text);
    }
});
