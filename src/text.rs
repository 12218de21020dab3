//! Lines and sentences: splitting text into trimmed numbered lines, and cutting a title
//! off at the first sentence end.

use crate::scan::marker::is_space;

/// One line of the input, trimmed of indentation and trailing white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number.
    pub no: usize,
    /// The text, trimmed.
    pub text: &'a str,
}

/// Splits `text` into lines at CRLF, CR or LF, trimming each, and keeps the non-blank
/// ones with their 1-based numbers (blank lines carry nothing the parser reads).
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    // Counting line feeds first (a vectorised scan) sizes the vector once.
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
    let mut no = 1;
    let mut start = 0;
    while start < bytes.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |k| start + k);
        let line = trim(&text[start..end]);
        if !line.is_empty() {
            out.push(Line { no, text: line });
        }
        no += 1;
        start = if bytes[end..].starts_with(b"\r\n") {
            end + 2
        } else {
            end + 1
        };
    }
    out
}

/// Trims white space of every width (ASCII, U+3000, NBSP, tabs) from both ends.
pub fn trim(s: &str) -> &str {
    // Most texts start with an ideograph or a visible ASCII character and end with one or
    // with full-width punctuation: nothing to trim, settled from the bytes.
    let b = s.as_bytes();
    let clean_start = matches!(b.first(), Some(0x21..=0x7E | 0xE4..=0xE9));
    let clean_end = match b {
        [.., 0x21..=0x7E] => true,
        [.., lead, _, _] => {
            matches!(lead, 0xE4..=0xE9) || (*lead == 0xEF && b[b.len() - 2] == 0xBC)
        }
        _ => false,
    };
    if clean_start && clean_end {
        return s;
    }
    s.trim_matches(|c: char| is_space(c) || c == '\u{feff}' || c == '\u{200b}')
}

/// Tells whether `c` ends a sentence for a title: `。！？；` and their ASCII forms.
pub fn is_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

/// Tells whether `c` can close a sentence before the next one starts: a quote or bracket.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '’' | '」' | '』' | '）' | ')' | '》' | '】' | '"' | '\''
    )
}

/// Cuts `s` at its first sentence end: the title without the terminator, the terminator,
/// and the rest.
///
/// `五、学会“弹钢琴”。党委书记……` gives `学会“弹钢琴”`, `。` and `党委书记……`.
pub fn first_sentence(s: &str) -> (&str, &str, &str) {
    match find_char(s, 0, is_terminator, has_ascii_mark(s)) {
        Some((pos, c)) => {
            let end = pos + c.len_utf8();
            (trim(&s[..pos]), &s[pos..end], trim(&s[end..]))
        }
        None => (trim(s), "", ""),
    }
}

/// Finds the first character from byte `from` on that `pred` accepts, where `pred` accepts
/// only ASCII characters and those of U+3000..U+303F and U+FF00..U+FFEF (the CJK and
/// full-width punctuation): the scan looks at bytes and decodes only ASCII and the lead
/// bytes of those blocks, so a paragraph of ideographs goes by at memory speed.
///
/// `ascii` tells whether `s` may hold an ASCII character that `pred` accepts (see
/// [`has_ascii_mark`]); without one, only the two lead bytes are looked for, with `memchr`.
fn find_char(s: &str, from: usize, pred: fn(char) -> bool, ascii: bool) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if !ascii {
            i += memchr::memchr2(0xE3, 0xEF, &bytes[i..])?;
        }
        let b = bytes[i];
        // ASCII, or the lead byte of U+3000..U+3FFF (0xE3) or U+F000..U+FFFF (0xEF): each
        // starts a character, so `i` is a boundary.
        if b < 0x80 || b == 0xE3 || b == 0xEF {
            let c = s[i..].chars().next()?;
            if pred(c) {
                return Some((i, c));
            }
            i += c.len_utf8();
        } else {
            i += 1;
        }
    }
    None
}

/// Tells whether `s` holds one of the ASCII marks `!?;:` that end a sentence or open a list.
fn has_ascii_mark(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3(b'!', b'?', b';', b).is_some() || memchr::memchr(b':', b).is_some()
}

/// Tells whether `c` ends a sentence or opens a list: `。！？；：` and their ASCII forms.
fn ends_or_colon(c: char) -> bool {
    is_terminator(c) || c == '：' || c == ':'
}

/// The byte offsets in `s` where a sentence starts: 0, and after each `。！？；：` (and any
/// closing quotes or spaces after it).
pub fn sentence_starts(s: &str) -> SentenceStarts<'_> {
    SentenceStarts {
        s,
        from: 0,
        started: false,
        ascii: has_ascii_mark(s),
    }
}

/// The iterator of [`sentence_starts`].
#[derive(Debug, Clone)]
pub struct SentenceStarts<'a> {
    s: &'a str,
    /// Where the next end mark is looked for.
    from: usize,
    /// Whether 0 was given.
    started: bool,
    /// Whether `s` holds an ASCII end mark.
    ascii: bool,
}

impl Iterator for SentenceStarts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if !self.started {
            self.started = true;
            return Some(0);
        }
        let Some((pos, c)) = find_char(self.s, self.from, ends_or_colon, self.ascii) else {
            self.from = self.s.len();
            return None;
        };
        // Past the end mark, further marks, closing quotes and spaces, to the next sentence.
        let after = pos + c.len_utf8();
        let skip = |c: char| ends_or_colon(c) || is_closer(c) || is_space(c);
        match self.s[after..].char_indices().find(|&(_, c)| !skip(c)) {
            Some((k, _)) => {
                self.from = after + k;
                Some(after + k)
            }
            None => {
                self.from = self.s.len();
                None
            }
        }
    }
}

/// A small set of characters asked about for every character of many lines: a 1024-bit
/// filter on the low bits of the code point settles nearly every character in one lookup,
/// the list the few that pass it.
pub struct CharSet {
    bits: [u64; 16],
    chars: &'static [char],
}

impl CharSet {
    /// The set of `chars`.
    pub const fn new(chars: &'static [char]) -> Self {
        let mut bits = [0u64; 16];
        let mut i = 0;
        while i < chars.len() {
            let h = chars[i] as u32 & 1023;
            bits[(h >> 6) as usize] |= 1 << (h & 63);
            i += 1;
        }
        CharSet { bits, chars }
    }

    /// Tells whether `c` is in the set.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let h = c as u32 & 1023;
        self.bits[(h >> 6) as usize] & (1 << (h & 63)) != 0 && self.chars.contains(&c)
    }
}

/// Tells whether `c` is a CJK ideograph.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// The most characters [`chars`] counts: more than any length a rule compares with.
pub const CHARS_CAP: usize = 1000;

/// Counts characters, stopping at [`CHARS_CAP`]: rules compare lengths with small bounds,
/// and a long paragraph need not be walked to its end to know it is long.
pub fn chars(s: &str) -> usize {
    count_to(s, CHARS_CAP)
}

/// Counts characters up to `cap`: `min(chars, cap)`, looking at no more than the first
/// `4 × cap` bytes (which hold at least `cap` characters when the text is that long).
/// `count_to(s, n + 1) <= n` asks whether `s` has at most `n` characters.
pub fn count_to(s: &str, cap: usize) -> usize {
    // Four bytes or more a character: this many bytes hold at least `cap` of them.
    if s.len() >= cap.saturating_mul(4) {
        return cap;
    }
    s.chars().count().min(cap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_on_every_ending_and_trim() {
        let l = lines("a\r\n\u{3000}\u{3000}b\rc\n\n d \t");
        let texts: Vec<_> = l.iter().map(|l| (l.no, l.text)).collect();
        assert_eq!(texts, vec![(1, "a"), (2, "b"), (3, "c"), (5, "d")]);
    }

    #[test]
    fn first_sentence_cuts_at_the_terminator() {
        assert_eq!(
            first_sentence("学会“弹钢琴”。党委书记"),
            ("学会“弹钢琴”", "。", "党委书记")
        );
        assert_eq!(first_sentence("总体要求"), ("总体要求", "", ""));
        assert_eq!(
            first_sentence("有明确的被申请人；"),
            ("有明确的被申请人", "；", "")
        );
    }

    proptest::proptest! {
        #[test]
        fn char_set_is_its_list(c in proptest::char::any()) {
            static SET: CharSet = CharSet::new(&['：', '号', 'A', '記', '\u{10400}']);
            proptest::prop_assert_eq!(SET.contains(c), ['：', '号', 'A', '記', '\u{10400}'].contains(&c));
        }
    }

    #[test]
    fn char_set_filter_collisions_are_settled_by_the_list() {
        static SET: CharSet = CharSet::new(&['号']);
        // Same low ten bits as `号` (U+53F7), not in the set.
        let twin = char::from_u32(0x53F7 - 1024).unwrap();
        assert!(SET.contains('号') && !SET.contains(twin));
    }

    #[test]
    fn sentence_starts_skip_closing_quotes() {
        let s = "甲。“乙。”丙；丁：戊";
        let starts: Vec<&str> = sentence_starts(s).map(|p| &s[p..]).collect();
        assert_eq!(
            starts,
            vec![s, "“乙。”丙；丁：戊", "丙；丁：戊", "丁：戊", "戊"]
        );
    }
}
