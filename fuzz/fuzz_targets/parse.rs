//! Fuzzes decode → parse → every renderer, and checks conservation on the way.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tigang::Format;

fn visible(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|&c| !(c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'))
}

fuzz_target!(|bytes: &[u8]| {
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
