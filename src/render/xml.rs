//! XML helpers shared by OPML, FreeMind and SVG: one place that makes text XML-safe.

use std::borrow::Cow;

/// Removes the characters XML 1.0 forbids (C0 controls but tab and newline, U+FFFE/F).
pub fn xml_chars(s: &str) -> Cow<'_, str> {
    let legal = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    // Looked for in the bytes first (a vectorised pass): a control byte, or `EF BF` which
    // starts U+FFC0..U+FFFF, where U+FFFE and U+FFFF are. Nearly every text has neither.
    let b = s.as_bytes();
    let control = b.iter().fold(false, |any, &c| {
        any | ((c < 0x20) & (c != b'\t') & (c != b'\n') & (c != b'\r'))
    });
    if !control && !high(b) {
        return Cow::Borrowed(s);
    }
    if s.chars().all(legal) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| legal(c)).collect())
    }
}

/// Escapes text for an attribute value, keeping line breaks as `&#10;` (a literal newline
/// in an attribute is read back as a space).
pub fn attribute_value(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    // Writing to a vector cannot fail; escaping keeps UTF-8 whole.
    let _ = write_attribute_value(&mut out, s);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes `s` escaped for an attribute value (see [`attribute_value`]), a line at a time:
/// the lines of a note are nearly always plain, written as they are, without making a
/// string.
pub fn write_attribute_value<W: std::io::Write + ?Sized>(
    w: &mut W,
    s: &str,
) -> std::io::Result<()> {
    if plain(s) {
        return w.write_all(s.as_bytes());
    }
    let mut rest = s;
    while let Some(k) = memchr::memchr2(b'\r', b'\n', rest.as_bytes()) {
        write_text(w, &rest[..k])?;
        if rest.as_bytes()[k] == b'\n' {
            w.write_all(b"&#10;")?;
        }
        rest = &rest[k + 1..];
    }
    write_text(w, rest)
}

/// Writes `s` escaped for element content (see [`text`]).
pub fn write_text<W: std::io::Write + ?Sized>(w: &mut W, s: &str) -> std::io::Result<()> {
    if plain(s) {
        return w.write_all(s.as_bytes());
    }
    w.write_all(quick_xml::escape::escape(xml_chars(s).as_ref()).as_bytes())
}

/// Tells whether `s` needs nothing done for XML: no markup character, no control character
/// and no `EF BF` (U+FFC0..U+FFFF, where U+FFFE and U+FFFF are), in one vectorised pass
/// over each byte and the next.
fn plain(s: &str) -> bool {
    let b = s.as_bytes();
    let special =
        |c: u8| (c < 0x20) | (c == b'<') | (c == b'>') | (c == b'&') | (c == b'\'') | (c == b'"');
    let Some((&last, init)) = b.split_last() else {
        return true;
    };
    let found = init
        .iter()
        .zip(&b[1..])
        .fold(false, |any, (&x, &y)| any | special(x) | high_pair(x, y));
    !found && !special(last)
}

/// Tells whether `b` holds `EF BF`, which starts U+FFC0..U+FFFF (where the forbidden U+FFFE
/// and U+FFFF are); no early exit, so that the loop is vectorised.
fn high(b: &[u8]) -> bool {
    b.iter()
        .zip(b.iter().skip(1))
        .fold(false, |any, (&x, &y)| any | high_pair(x, y))
}

/// Tells whether the bytes `x y` are `EF BF`.
#[inline(always)]
fn high_pair(x: u8, y: u8) -> bool {
    (x == 0xEF) & (y == 0xBF)
}

/// Escapes text for element content.
pub fn text(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    // Writing to a vector cannot fail; escaping keeps UTF-8 whole.
    let _ = write_text(&mut out, s);
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_keeps_newlines_and_escapes() {
        assert_eq!(
            attribute_value("a<b>\n\"c\"\u{1}"),
            "a&lt;b&gt;&#10;&quot;c&quot;"
        );
    }

    #[test]
    fn illegal_characters_are_removed() {
        assert_eq!(xml_chars("a\u{0}b\u{fffe}c"), "abc");
    }
}
