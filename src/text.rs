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
    let mut out = Vec::new();
    let mut no = 1;
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        let line = trim(&rest[..end]);
        if !line.is_empty() {
            out.push(Line { no, text: line });
        }
        no += 1;
        rest = &rest[end..];
        if let Some(r) = rest.strip_prefix("\r\n") {
            rest = r;
        } else if !rest.is_empty() {
            rest = &rest[1..];
        }
    }
    out
}

/// Trims white space of every width (ASCII, U+3000, NBSP, tabs) from both ends.
pub fn trim(s: &str) -> &str {
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
    match s.char_indices().find(|&(_, c)| is_terminator(c)) {
        Some((pos, c)) => {
            let end = pos + c.len_utf8();
            (trim(&s[..pos]), &s[pos..end], trim(&s[end..]))
        }
        None => (trim(s), "", ""),
    }
}

/// Returns the byte offsets in `s` where a sentence starts: 0, and after each `。！？；：`
/// (and any closing quotes after it).
pub fn sentence_starts(s: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut after_end = false;
    for (pos, c) in s.char_indices() {
        if is_terminator(c) || c == '：' || c == ':' {
            after_end = true;
        } else if after_end && (is_closer(c) || is_space(c)) {
            continue;
        } else if after_end {
            starts.push(pos);
            after_end = false;
        }
    }
    starts
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
    if s.len() <= CHARS_CAP {
        s.chars().count()
    } else {
        s.chars().take(CHARS_CAP).count()
    }
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

    #[test]
    fn sentence_starts_skip_closing_quotes() {
        let s = "甲。“乙。”丙；丁：戊";
        let starts: Vec<&str> = sentence_starts(s).into_iter().map(|p| &s[p..]).collect();
        assert_eq!(
            starts,
            vec![s, "“乙。”丙；丁：戊", "丙；丁：戊", "丁：戊", "戊"]
        );
    }
}
