//! Fuzzes decode → parse → every renderer, checking conservation on the way, and the Word,
//! HTML and Markdown readers on the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tigang::Format;

fn visible(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|&c| !(c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'))
}

fuzz_target!(|bytes: &[u8]| {
    for format in [
        tigang::InputFormat::Docx,
        tigang::InputFormat::Html,
        tigang::InputFormat::Markdown,
    ] {
        if let Ok(decoded) = format.to_text(bytes.to_vec(), None) {
            let _ = tigang::parse(&decoded.text);
        }
    }
    let Ok(decoded) = tigang::decode(bytes, None) else {
        return;
    };
    let doc = tigang::parse(&decoded.text);
    let mut want: Vec<char> = visible(&decoded.text).collect();
    let mut got: Vec<char> = doc.text_spans().iter().flat_map(|s| visible(s)).collect();
    want.sort_unstable();
    got.sort_unstable();
    assert_eq!(want, got, "characters lost or repeated");
    for format in Format::ALL {
        let mut out = Vec::new();
        format.render(&doc, &mut out).expect("rendering into memory never fails");
    }
});
