//! Lines and sentences: splitting text into trimmed numbered lines, and cutting a title
//! off at the first sentence end.

use crate::scan::marker::is_space;
use std::borrow::Cow;

/// One line of the input, trimmed of indentation and trailing white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based line number.
    pub no: usize,
    /// The text, trimmed.
    pub text: &'a str,
    /// Room that makes a line as large as a paragraph ([`crate::inline::Para`]), so that the
    /// parser turns its lines into its paragraphs in the lines' own memory: the two vectors
    /// side by side had been the largest thing held for a text of many short lines.
    room: usize,
}

/// Splits `text` into lines at CRLF, CR or LF, trimming each, and keeps the non-blank
/// ones with their 1-based numbers (blank lines carry nothing the parser reads).
pub fn lines(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    // Sized once, for as many lines as there are line ends: a vector grown by doubling
    // holds up to twice what it needs, and copies itself at every step (2.8 M short lines:
    // 101 MB for 67). Counting them is a vectorised pass over the bytes; a text with CRs
    // counts both kinds of end, which a CRLF text has as many of as it has lines.
    let feeds = memchr::memchr_iter(b'\n', bytes).count();
    let returns = if memchr::memchr(b'\r', bytes).is_some() {
        memchr::memchr_iter(b'\r', bytes).count()
    } else {
        0
    };
    let mut out = Vec::with_capacity(feeds.max(returns) + 1);
    let mut no = 1;
    let mut start = 0;
    while start < bytes.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |k| start + k);
        let line = trim(&text[start..end]);
        if !line.is_empty() {
            for piece in crate::glued::parts(line) {
                for part in paragraphs(piece) {
                    out.push(Line {
                        no,
                        text: part,
                        room: 0,
                    });
                }
            }
        }
        // A copy that ran the headline into the text on the first line: the two parted.
        if !out.is_empty() && no == out[0].no {
            if let Some((end, from)) = crate::glued::head_run_on(out[0].text) {
                let whole = out[0].text;
                out[0].text = &whole[..end];
                out.insert(
                    1,
                    Line {
                        no,
                        text: &whole[from..],
                        room: 0,
                    },
                );
            }
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

/// How wide a run of spaces inside a line must be to part two paragraphs a copy ran
/// together: an ideographic space, a tab, or two ASCII spaces — the indent a paragraph opens
/// with, where a single space is only a gap between words.
const PARAGRAPH_GAP: usize = 2;

/// The longest heading (in characters, marker included) that a gap parts from the paragraph
/// it runs into: a section heading is a phrase, well under a paragraph's length.
const RUN_ON_HEADING_MAX: usize = 40;

/// The words inside brackets that enclose the whole line as a label: black brackets
/// (`【教学目标】`), or square ones, full-width or ASCII (`［活动目标］` `[活动目标]`, as a copy
/// typed them). ASCII brackets must hold an ideograph (`[1]` is a note's number, `[TOC]`
/// a tool's mark).
pub fn bracketed_line(text: &str) -> Option<&str> {
    let inner = text
        .strip_prefix('【')
        .and_then(|t| t.strip_suffix('】'))
        .or_else(|| text.strip_prefix('［').and_then(|t| t.strip_suffix('］')))
        .or_else(|| {
            text.strip_prefix('[')
                .and_then(|t| t.strip_suffix(']'))
                .filter(|t| t.contains(is_cjk))
        })?;
    (!inner.contains(['【', '】', '［', '］', '[', ']'])).then_some(inner)
}

/// Splits a line into the paragraphs a copy ran together on it, the page's line ends lost
/// and the paragraphs' indents left between them (`……经验。　　一、坚持党建引领　　党组织是……`).
/// A gap (spaces at least [`PARAGRAPH_GAP`] wide) parts two paragraphs where a sentence
/// ends before it (`。`, `！`, `？`, `；`, or a quote or bracket closing one), or where a
/// numbered heading that opened at a paragraph's start ends before it, no sentence end in
/// it, and a sentence follows (`一、坚持党建引领　　党组织是……。`). Any space parts them where
/// a sentence ends before it, or a colon announces a list, and a numbered heading starts
/// after it (`……经验。 一、坚持`, `……如下： 一、……`), outside a quotation (`他说：“有两件事：
/// 一、……”` is someone's words).
/// Other gaps (`目　　录`, `姓名  张三`, `第一条　为了……`) are the line's own.
pub fn paragraphs(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    // Where the paragraph that items were last parted from ends, and where the next one
    // starts, as offsets into `line`: the items after ends there too (found once for them
    // all, however many a copy ran on).
    let mut carried: Option<Option<(usize, usize)>> = None;
    std::iter::from_fn(move || {
        let part = rest?;
        let offset = part.as_ptr() as usize - line.as_ptr() as usize;
        let ends = match carried.take() {
            Some(ends) => ends.map(|(end, next)| (end - offset, next - offset)),
            None => paragraph_end(part),
        };
        // An item's next item run on after its sentence's end (`1、……。2、……`).
        let whole = ends.map_or(part.len(), |(end, _)| end);
        if let Some(at) = next_item_runs_on(&part[..whole]) {
            rest = Some(&part[at..]);
            carried = Some(ends.map(|(end, next)| (end + offset, next + offset)));
            return Some(trim(&part[..at]));
        }
        match ends {
            Some((end, next)) => {
                // A list's first item run into the sentence that announces it, no gap
                // (`……通知如下：一、……。 二、……`), where its second item opens the next
                // part: the first item is a paragraph of its own too.
                if let Some(at) = first_item_after_colon(&part[..end], &part[next..]) {
                    rest = Some(&part[at..]);
                    return Some(&part[..at]);
                }
                rest = Some(&part[next..]);
                Some(&part[..end])
            }
            None => {
                rest = None;
                Some(part)
            }
        }
    })
}

/// Where the next item of a numbered item that opens `part` starts in it, run on after a
/// sentence's end as a copy that lost its line ends leaves it (`1、稳定情绪。（备足蜡烛。）
/// 2、提醒学生……`, `（一）加强领导；（二）……`): the first number of the item's family and
/// form (`1、` after `1、`, `（二）` after `（一）`) that opens a sentence in it goes on from
/// the item's own, outside a quotation. A list's own sub-list starts again at one
/// (`1、目标如下：1.……；2.……`), and its numbers go on from none of the item's. After a
/// semicolon only a bracketed numeral's items part (`（一）……；（二）……`, a series of
/// points wherever it stands): `1、……；2、……` lists one sentence's things.
fn next_item_runs_on(part: &str) -> Option<usize> {
    use crate::scan::marker::Family;
    // (Most parts open with no numeral, digit or bracket: settled without reading a marker.)
    if !part.starts_with(|c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || matches!(c, '（' | '(')
            || crate::scan::numeral::is_cn_numeral_char(c)
    }) || !part.contains(is_terminator)
    {
        return None;
    }
    let (own, words) = crate::scan::marker::line_marker(part)?;
    let n = own.number?;
    if !own.separated
        || !matches!(
            own.family,
            Family::CnComma | Family::CnParen | Family::Arabic | Family::ArabicParen
        )
    {
        return None;
    }
    // (The next item opens as the item did: a digit, a bracket or a numeral. Other sentence
    // starts are settled without reading a marker.)
    let opens_like = |c: char| match own.family {
        Family::Arabic => c.is_ascii_digit() || ('０'..='９').contains(&c),
        Family::CnComma => crate::scan::numeral::is_cn_numeral_char(c),
        _ => matches!(c, '（' | '('),
    };
    let form = |m: &crate::scan::marker::Marker| {
        m.text.trim_end().chars().next_back().map(|c| match c {
            '．' => '.',
            '）' => ')',
            c => c,
        })
    };
    let start = part.len() - words.len();
    for at in sentence_starts(part).filter(|&at| at > start) {
        if !part[at..].starts_with(opens_like) {
            continue;
        }
        let Some((m, text)) = crate::scan::marker::line_marker(&part[at..]) else {
            continue;
        };
        // (A number listed on is none: `二、三产业`, `2、3号楼`, the words opening with the
        // number after its own; `二、一季度……` `2、2025年……` open with other numbers.)
        let listed_on = || {
            crate::scan::numeral::any_numeral(text)
                .is_ok_and(|(_, k)| m.number.map(|n| n + 1) == Some(k))
        };
        if m.family != own.family || !m.separated || text.is_empty() || listed_on() {
            continue;
        }
        // The mark that ended the sentence before it, closing quotes and brackets aside.
        let mark = part[..at]
            .trim_end_matches(|c: char| is_closer(c) || is_space(c))
            .chars()
            .next_back();
        let colon = matches!(mark, Some('：' | ':'));
        // (A semicolon parts the items of one sentence's list, which only a bracketed
        // numeral's series makes points of: `1、……；2、……` is the sentence's words.)
        let clause = matches!(mark, Some('；' | ';')) && own.family != Family::CnParen;
        // The first of the family decides: the item's next, after a sentence's end, or a
        // sub-list's first (after a colon, of any form) or a quotation's.
        return (!colon
            && !clause
            && m.number == Some(n + 1)
            && form(&m) == form(&own)
            && !in_quotation(&part[..at]))
        .then_some(at);
    }
    None
}

/// Tells whether a quotation opened in `before` is still open at its end: more `“` than
/// `”`, `「` than `」` or `『` than `』`, or an odd number of ASCII `"` (a scraped page's).
fn in_quotation(before: &str) -> bool {
    let open = |o: char, c: char| before.matches(o).count() > before.matches(c).count();
    open('“', '”') || open('「', '」') || open('『', '』') || before.matches('"').count() % 2 == 1
}

/// Where the first item of a list starts in `part`, right after a colon (`如下：一、`), when
/// `after` opens with the list's second item (`二、`) of that family: the byte after the
/// colon. Not inside a quotation.
fn first_item_after_colon(part: &str, after: &str) -> Option<usize> {
    let second = heading_marker(after).filter(|m| m.number == Some(2))?;
    part.match_indices(['：', ':']).find_map(|(k, colon)| {
        let at = k + colon.len();
        let before = &part[..k];
        let first = heading_marker(&part[at..])
            .is_some_and(|m| m.family == second.family && m.number == Some(1));
        (first && !before.ends_with(|c: char| c.is_ascii_digit()) && !in_quotation(before))
            .then_some(at)
    })
}

/// The marker of a numbered heading that opens `s`, set apart from the words after it
/// (`一、坚持……`, `（二）落实……`), of a family that heads sections: what a gap before it
/// parts a paragraph at.
fn heading_marker(s: &str) -> Option<crate::scan::marker::Marker<'_>> {
    crate::scan::marker::line_marker(s)
        .filter(|(m, text)| {
            m.number.is_some() && m.separated && !text.is_empty() && heading_family(m.family)
        })
        .map(|(m, _)| m)
}

/// Where the first paragraph of `part` ends (before a gap) and where the next one starts
/// (after it), if another paragraph follows on the line.
/// (The gaps are found by a vectorised search of the bytes from the last one on, and only
/// the characters beside each are read.)
fn paragraph_end(part: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    // Whether the last bracket before the gap opens (`（　　）年`), read on from the last
    // gap: the part is read once, however many gaps it holds.
    let mut read = 0;
    let mut open = false;
    while let Some(at) = next_space(part, from) {
        if let Some(k) = part[read..at].rfind(['（', '(', '【', '[', '）', ')', '】', ']']) {
            open = part[read + k..].starts_with(['（', '(', '【', '[']);
        }
        read = at;
        let mut width = 0;
        let mut next = part.len();
        let mut tab = false;
        for (k, c) in part[at..].char_indices() {
            if !crate::scan::marker::is_space(c) {
                next = at + k;
                break;
            }
            tab |= c == '\t';
            width += gap_width(c);
        }
        // A tab in the gap parts a table's cells; a gap inside brackets is a blank to fill
        // (`（　　）年`).
        if tab || open {
            from = next;
            continue;
        }
        let after = &part[next..];
        if after.is_empty() {
            return None;
        }
        let before = &part[..at];
        let mut rev = before.chars().rev();
        let (prev, before_prev) = (rev.next(), rev.next());
        let sentence_end = prev.is_some_and(is_terminator)
            || prev.is_some_and(is_closer) && before_prev.is_some_and(is_terminator);
        // A numbered heading that opened the part ends at a gap after its words (a gap
        // before them is the marker's own, `1．\t要把……`), no sentence end before it.
        let heading_ends = || {
            count_to(before, RUN_ON_HEADING_MAX + 1) <= RUN_ON_HEADING_MAX
                && crate::scan::marker::line_marker(part)
                    .filter(|(m, text)| {
                        m.number.is_some() && !text.is_empty() && heading_family(m.family)
                    })
                    .is_some_and(|(_, text)| at > part.len() - text.len())
                && !before.contains(is_terminator)
                && {
                    // A sentence follows, whole: no gap of its own before its end (else the
                    // gap parts the heading's own phrases, `坚持党建引领  筑牢治理根基`).
                    let (first, mark, _) = first_sentence(after);
                    !mark.is_empty() && !first.contains('\u{3000}') && !first.contains("  ")
                }
        };
        // A list announced by a colon opens after it with its first item (`……通知如下： 一、
        // 中秋节放假3天。`); a colon after a number is a ratio or a time (`比分2: 1、`).
        let colon = prev.is_some_and(|c| c == '：' || c == ':')
            && !before_prev.is_some_and(|c| c.is_ascii_digit());
        let heading_opens = || {
            heading_marker(after).is_some_and(|m| sentence_end || m.number == Some(1))
                && !in_quotation(before)
        };
        if width >= PARAGRAPH_GAP && (sentence_end || heading_ends())
            || (sentence_end || colon) && heading_opens()
            || clause_heading_ends(part, at, after)
            || section_heading_ends(part, at, after)
            || !sentence_end && sub_list_opens(part, before, after)
        {
            return Some((at, next));
        }
        from = next;
    }
    None
}

/// How far (in bytes) after a sub-list's first item its second is looked for, in
/// [`sub_list_opens`]: a few items' sentences.
const SUB_LIST_REACH: usize = 600;

/// Tells whether a space after a numbered heading's words (`第二条 评选条件`, no sentence end
/// in them) opens its sub-list, run on after it on one line: the first item of another
/// family (`(一)遵纪守法……。`), its second (`(二)`) opening a later sentence within
/// [`SUB_LIST_REACH`] — the series going on is the evidence.
fn sub_list_opens(part: &str, before: &str, after: &str) -> bool {
    let Some((own, words)) = crate::scan::marker::line_marker(part) else {
        return false;
    };
    let first = match heading_marker(after) {
        Some(m) if m.number == Some(1) && m.family != own.family => m,
        _ => return false,
    };
    let opened = own.number.is_some()
        && heading_family(own.family)
        && part.len() - words.len() < before.len()
        && count_to(before, RUN_ON_HEADING_MAX + 1) <= RUN_ON_HEADING_MAX
        && !before.contains(is_terminator);
    if !opened {
        return false;
    }
    let mut reach = after.len().min(SUB_LIST_REACH);
    while !after.is_char_boundary(reach) {
        reach -= 1;
    }
    let near = &after[..reach];
    sentence_starts(near).skip(1).any(|k| {
        heading_marker(&near[k..]).is_some_and(|m| m.family == first.family && m.number == Some(2))
    })
}

/// The most characters of a numbered clause's heading (`1.2 编制依据`) that a single space
/// parts from the text run on after it: a standard's or a plan's clause heading is a word
/// or two.
const CLAUSE_HEADING_MAX: usize = 15;

/// The numbers of a section number (`1.4` → 1, 4; `1、` → 1), if `part` opens with one of
/// a family that numbers clauses (decimals, `1、`, `1.`), with the words after it.
fn clause_numbers(part: &str) -> Option<(Vec<u32>, &str)> {
    use crate::scan::marker::Family;
    let (m, text) = crate::scan::marker::line_marker(part)?;
    if !matches!(m.family, Family::Decimal(_) | Family::Arabic) {
        return None;
    }
    let numbers: Vec<u32> = m
        .text
        .split(['.', '．', '、'])
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    (!numbers.is_empty()).then_some((numbers, text))
}

/// Tells whether the space at byte `at` of `part` ends the heading of a numbered clause
/// that opened it, its text run on after one space as a converted page leaves it: the
/// heading a word or two, no sentence end, no other space in it; and after the space its
/// first subclause (`1、总则 1.1 编制目的`, `1.4 工作原则 1.4.1 坚持……`), or, under a
/// section number of two numbers or more, a whole sentence (`1.2 编制依据 依据……。`).
fn clause_heading_ends(part: &str, at: usize, after: &str) -> bool {
    // (Most parts open with no digit: settled without reading a marker, at each of their
    // spaces.)
    if !part.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return false;
    }
    let Some((numbers, words)) = clause_numbers(part) else {
        return false;
    };
    let start = part.len() - words.len();
    if at <= start {
        return false;
    }
    let heading = &part[start..at];
    if count_to(heading, CLAUSE_HEADING_MAX + 1) > CLAUSE_HEADING_MAX
        || heading.contains(|c: char| {
            is_terminator(c) || is_space(c) || matches!(c, '：' | ':' | '，' | ',')
        })
        || !heading.chars().all(is_cjk)
        // (An amount's unit opens no heading: `2.5 万元 用于……`.)
        || !heading.starts_with(crate::scan::marker::opens_heading_words)
    {
        return false;
    }
    if let Some((child, _)) = clause_numbers(after) {
        return child.len() == numbers.len() + 1
            && child.starts_with(&numbers)
            && child.last() == Some(&1);
    }
    let (first, mark, _) = first_sentence(after);
    numbers.len() >= 2 && !mark.is_empty() && !first.is_empty() && after.starts_with(is_cjk)
}

/// The fewest characters of a section's heading a single space parts from its text: a
/// name (`张建国 主持会议，……`) or an adverb a copy set apart (`全面 加强……`) is shorter.
const SECTION_HEADING_MIN: usize = 4;

/// Tells whether a single space after a section's heading words (`一、精神文明创建工作 学校
/// 的规划指出：……。`, `（一）组织领导 成立工作专班，……。`) parts the heading from the text a
/// copy ran on after it: the heading a word or two of ideographs right after its `一、` or
/// `（一）`, and after the space a sentence of clauses (a comma or a colon before its end),
/// no phrase of the heading's own (`一、坚持党建引领 推动高质量发展。`).
fn section_heading_ends(part: &str, at: usize, after: &str) -> bool {
    use crate::scan::marker::Family;
    // (Most parts open with no numeral or bracket: settled without reading a marker.)
    if !part.starts_with(|c: char| {
        matches!(c, '（' | '(') || crate::scan::numeral::is_cn_numeral_char(c)
    }) {
        return false;
    }
    let Some((m, words)) = crate::scan::marker::line_marker(part) else {
        return false;
    };
    let start = part.len() - words.len();
    if !matches!(m.family, Family::CnComma | Family::CnParen) || m.number.is_none() || at <= start {
        return false;
    }
    let heading = &part[start..at];
    if !(SECTION_HEADING_MIN..=CLAUSE_HEADING_MAX)
        .contains(&count_to(heading, CLAUSE_HEADING_MAX + 1))
        || !heading.chars().all(is_cjk)
    {
        return false;
    }
    let (first, mark, _) = first_sentence(after);
    !mark.is_empty()
        && after.starts_with(is_cjk)
        && first.contains(['，', ',', '：', ':'])
        && !first.contains('\u{3000}')
}

/// Where the first space of `s` at or after byte `from` is: an ASCII space or tab, an
/// ideographic space or a no-break space.
fn next_space(s: &str, from: usize) -> Option<usize> {
    // One vectorised search for a space and for the first bytes of U+3000 (E3 80 80) and
    // U+00A0 (C2 A0), the hits of other characters with those first bytes (`。` `、`) let
    // go. (A tab parts a table's cells, as the page and Markdown readers write them: no
    // paragraphs.)
    let b = s.as_bytes().get(from..)?;
    memchr::memchr3_iter(b' ', 0xE3, 0xC2, b)
        .find(|&k| match b[k] {
            b' ' => true,
            0xE3 => b[k + 1..].starts_with(&[0x80, 0x80]),
            _ => b.get(k + 1) == Some(&0xA0),
        })
        .map(|k| from + k)
}

/// How wide a space is: an ideographic space is two, any other one.
fn gap_width(c: char) -> usize {
    if c == '\u{3000}' {
        2
    } else {
        1
    }
}

/// Marker families that head sections: a gap before one parts paragraphs.
fn heading_family(f: crate::scan::marker::Family) -> bool {
    use crate::scan::marker::Family;
    matches!(
        f,
        Family::Part
            | Family::Chapter
            | Family::Section
            | Family::Article
            | Family::Upper
            | Family::Roman
            | Family::CnComma
            | Family::CnParen
            | Family::Arabic
            | Family::ArabicParen
            | Family::Circled
    )
}

/// Tells whether a line is a web address alone (`https://……`, `www.……`): a link, no
/// text for a heading to head.
pub fn is_address(line: &str) -> bool {
    let line = trim(line);
    ["http://", "https://", "www."].iter().any(|p| {
        line.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    }) && !line.contains(crate::scan::marker::is_space)
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
/// and the rest. A `.` between two ideographs is a full stop typed half-width.
///
/// `五、学会“抓重点”。党委书记……` gives `学会“抓重点”`, `。` and `党委书记……`.
pub fn first_sentence(s: &str) -> (&str, &str, &str) {
    match find_end::<false>(s, 0) {
        Some((pos, c)) => {
            let end = pos + c.len_utf8();
            (trim(&s[..pos]), &s[pos..end], trim(&s[end..]))
        }
        None => (trim(s), "", ""),
    }
}

/// [`find_mark`], or a full stop typed half-width between ideographs before its mark
/// (`……教育活动.如：……`, as a hasty copy sets it): it ends a sentence as `。` does.
fn find_end<const COLON: bool>(s: &str, from: usize) -> Option<(usize, char)> {
    let mark = find_mark::<COLON>(s, from);
    let upto = mark.map_or(s.len(), |(pos, _)| pos);
    ascii_stop(&s[from..upto]).map(|k| (from + k, '.')).or(mark)
}

/// Where a full stop typed as an ASCII `.` stands between two ideographs in `s`, or after
/// one at its end, the first one: a sentence's end in Chinese text (`1.5` `报告.docx`
/// `www.example.cn` are none).
fn ascii_stop(s: &str) -> Option<usize> {
    memchr::memchr_iter(b'.', s.as_bytes()).find(|&k| {
        s[..k].chars().next_back().is_some_and(is_cjk)
            && s[k + 1..].chars().next().is_none_or(is_cjk)
    })
}

/// Finds the first sentence end from byte `from` on: `。！？；` and `!?;`, and with `COLON`
/// also `：` and `:`. Those are ASCII or three bytes each (`E3 80 82`, `EF BC xx`), so the
/// text is looked at a block at a time, every byte against the three that start at it, with
/// vector instructions (AVX2 where the processor has it); only a block that holds a mark is
/// looked at closer. (Stopping at every `E3` and `EF` byte had stopped at every comma, one
/// every few characters.)
fn find_mark<const COLON: bool>(s: &str, from: usize) -> Option<(usize, char)> {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, as just asked.
        return unsafe { avx2::find_mark::<COLON>(s, from) };
    }
    find_mark_portable::<COLON>(s, from)
}

/// The character of the mark that starts at byte `k` of `s` (a lead or ASCII byte, so a
/// character boundary).
fn mark_char(s: &str, k: usize) -> Option<(usize, char)> {
    s.get(k..)?.chars().next().map(|c| (k, c))
}

/// [`find_mark`] without processor-specific instructions: blocks of 32 bytes tested in a
/// loop the compiler vectorises, the block with a mark walked byte by byte.
fn find_mark_portable<const COLON: bool>(s: &str, from: usize) -> Option<(usize, char)> {
    const W: usize = 32;
    let b = s.as_bytes();
    let mut i = from;
    while i + W + 2 <= b.len() {
        let x: &[u8; W] = b[i..i + W].try_into().ok()?;
        let y: &[u8; W] = b[i + 1..i + W + 1].try_into().ok()?;
        let z: &[u8; W] = b[i + 2..i + W + 2].try_into().ok()?;
        if (0..W).fold(false, |any, j| any | mark::<COLON>(x[j], y[j], z[j])) {
            break;
        }
        i += W;
    }
    find_mark_bytes::<COLON>(s, i..b.len())
}

/// [`find_mark`] byte by byte over `range`, looking closer only at the bytes a mark can
/// start with (ASCII punctuation, `E3`, `EF`).
fn find_mark_bytes<const COLON: bool>(
    s: &str,
    range: std::ops::Range<usize>,
) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let byte = |k: usize| b.get(k).copied().unwrap_or(0);
    range
        .into_iter()
        .find(|&k| {
            let x = byte(k);
            (x < 0x40 || x == 0xE3 || x == 0xEF) && mark::<COLON>(x, byte(k + 1), byte(k + 2))
        })
        .and_then(|k| mark_char(s, k))
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::{
        __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_set1_epi8, _mm256_setzero_si256,
    };

    /// [`super::find_mark`] 32 bytes at a time: a mask of the bytes that start a mark.
    #[target_feature(enable = "avx2")]
    pub fn find_mark<const COLON: bool>(s: &str, from: usize) -> Option<(usize, char)> {
        let b = s.as_bytes();
        let mut i = from;
        while i + 34 <= b.len() {
            let block: &[u8; 34] = b[i..i + 34].try_into().ok()?;
            let hits = marks::<COLON>(block);
            if hits != 0 {
                return super::mark_char(s, i + hits.trailing_zeros() as usize);
            }
            i += 32;
        }
        // The last bytes: the block that ends the text, its bits before `i` dropped (a copy
        // into a padded block stalled on the load that read it back), then the last two
        // bytes, where only an ASCII mark can start.
        if i < b.len() && b.len() >= 34 {
            let start = b.len() - 34;
            let block: &[u8; 34] = b[start..].try_into().ok()?;
            let skip = i - start;
            let hits = if skip < 32 {
                marks::<COLON>(block) & (u32::MAX << skip)
            } else {
                0
            };
            if hits != 0 {
                return super::mark_char(s, start + hits.trailing_zeros() as usize);
            }
            return super::find_mark_bytes::<COLON>(s, i.max(b.len() - 2)..b.len());
        }
        // A text shorter than a block: byte by byte (a padded copy stalled on reading it
        // back).
        super::find_mark_bytes::<COLON>(s, i..b.len())
    }

    /// Bit `j` set when a mark starts at byte `j` of the first 32 of `block`.
    #[target_feature(enable = "avx2")]
    fn marks<const COLON: bool>(block: &[u8; 34]) -> u32 {
        let p = block.as_ptr();
        // SAFETY: three unaligned loads of 32 bytes at offsets 0, 1 and 2 of 34 bytes.
        let (x, y, z): (__m256i, __m256i, __m256i) = unsafe {
            (
                _mm256_loadu_si256(p.cast()),
                _mm256_loadu_si256(p.add(1).cast()),
                _mm256_loadu_si256(p.add(2).cast()),
            )
        };
        let eq = |v: __m256i, k: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(k as i8));
        let or = |a: __m256i, b: __m256i| _mm256_or_si256(a, b);
        let and = |a: __m256i, b: __m256i| _mm256_and_si256(a, b);
        let (colon_z, colon_x) = if COLON {
            (eq(z, 0x9A), eq(x, b':'))
        } else {
            (_mm256_setzero_si256(), _mm256_setzero_si256())
        };
        let full_width = and(
            and(eq(x, 0xEF), eq(y, 0xBC)),
            or(or(eq(z, 0x81), eq(z, 0x9F)), or(eq(z, 0x9B), colon_z)),
        );
        let stop = and(and(eq(x, 0xE3), eq(y, 0x80)), eq(z, 0x82));
        let ascii = or(or(eq(x, b'!'), eq(x, b'?')), or(eq(x, b';'), colon_x));
        _mm256_movemask_epi8(or(or(full_width, stop), ascii)) as u32
    }
}

/// Tells whether the bytes `x y z` start a mark that [`find_mark`] looks for.
#[inline(always)]
fn mark<const COLON: bool>(x: u8, y: u8, z: u8) -> bool {
    let full_width = (x == 0xEF)
        & (y == 0xBC)
        & ((z == 0x81) | (z == 0x9F) | (z == 0x9B) | (COLON & (z == 0x9A)));
    let stop = (x == 0xE3) & (y == 0x80) & (z == 0x82);
    let ascii = (x == b'!') | (x == b'?') | (x == b';') | (COLON & (x == b':'));
    full_width | stop | ascii
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
}

impl Iterator for SentenceStarts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if !self.started {
            self.started = true;
            return Some(0);
        }
        let Some((pos, c)) = find_end::<true>(self.s, self.from) else {
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
/// The most letters of a pinyin gloss a converter puts after a character (`(zhuàng)`).
const GLOSS_MAX: usize = 7;

/// Tells whether `c` is a letter of pinyin as a gloss writes it: lower-case, or a vowel with
/// its tone mark.
fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê".contains(c)
}

/// Counts the characters of a line as a reader reads it: the pinyin glosses some pages and
/// converters put after characters (`發(fā)`, `家园(jiāyuán)`) are no part of the words, so a
/// headline with them is no longer than without.
pub fn reading_chars(s: &str) -> usize {
    chars(&without_glosses(s))
}

/// The line as a reader reads it, without the pinyin glosses some pages and converters put
/// after characters (`保衛(wèi)戰(zhàn)` reads `保衛戰`): what a line's shape is judged
/// on, while the outline keeps the line as written. Borrowed when there are none.
pub fn without_glosses(s: &str) -> Cow<'_, str> {
    if !s.contains('(') {
        return Cow::Borrowed(s);
    }
    let mut out = String::new();
    let mut kept = 0;
    let mut rest_at = 0;
    let mut prev_cjk = false;
    while let Some(found) = s[rest_at..].find('(') {
        let at = rest_at + found;
        prev_cjk = s[rest_at..at].chars().next_back().map_or(prev_cjk, is_cjk);
        let after = &s[at + 1..];
        // (A gloss closes within its few letters: the look for `)` goes no further, so a
        // text of many `(` is read once.)
        let reach = after
            .char_indices()
            .nth(GLOSS_MAX + 1)
            .map_or(after.len(), |(k, _)| k);
        match after[..reach].find(')') {
            Some(end)
                if prev_cjk
                    && (1..=GLOSS_MAX).contains(&after[..end].chars().count())
                    && after[..end].chars().all(is_pinyin_letter) =>
            {
                out.push_str(&s[kept..at]);
                kept = at + 1 + end + 1;
                rest_at = kept;
            }
            _ => rest_at = at + 1,
        }
    }
    if kept == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[kept..]);
    Cow::Owned(out)
}

/// The most characters of a label set to a field's width with layout spaces (`作　　者`,
/// `发 布 时 间`): a record's labels are two to six characters long.
const SPACED_LABEL_MAX: usize = 6;

/// The line with its opening label's layout spaces taken out (`作　　者：某某` reads
/// `作者：某某`, `来 源:某报` reads `来源:某报`), so the label is matched as it is spelt. A
/// label is two to [`SPACED_LABEL_MAX`] ideographs right before the first colon, in words
/// of one or two, parted by spaces. Borrowed when the line opens with no such label (a
/// sentence, `我们 的目标：……`, has longer words or other characters).
pub fn without_label_spaces(s: &str) -> Cow<'_, str> {
    // (The label and its spaces fit in this many bytes, six ideographs and as many wide
    // spaces: the look for a colon goes no further. Bytes are looked at, no characters
    // decoded: every line comes here. A colon, `:` or the lead of `：`, is where a
    // character starts.)
    let bytes = s.as_bytes();
    let reach = bytes.len().min(SPACED_LABEL_MAX * 2 * 3);
    let colon = memchr::memchr2_iter(b':', 0xEF, &bytes[..reach])
        .find(|&k| bytes[k] == b':' || bytes[k + 1..].starts_with(&[0xBC, 0x9A]));
    let Some(colon) = colon else {
        return Cow::Borrowed(s);
    };
    let label = &s[..colon];
    // (Most labels hold no space: settled without splitting. A line opening with a space
    // is indented text, no label.)
    if !label.contains(char::is_whitespace) || label.starts_with(char::is_whitespace) {
        return Cow::Borrowed(s);
    }
    // Words of one or two ideographs, counted in one pass (no word is kept).
    let (mut words, mut letters) = (0, 0);
    for w in label.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        let n = w.chars().count();
        if n > 2 || !w.chars().all(is_cjk) {
            return Cow::Borrowed(s);
        }
        words += 1;
        letters += n;
    }
    if words < 2 || !(2..=SPACED_LABEL_MAX).contains(&letters) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(crate::names::join_spaces(label) + &s[colon..])
}

pub fn chars(s: &str) -> usize {
    count_to(s, CHARS_CAP)
}

/// The last `n` characters of `s` (all of it when it is shorter): the ending that
/// parallel lines share (`兴起来` `鼓起来` end in `起来`).
pub fn last_chars(s: &str, n: usize) -> &str {
    match n.checked_sub(1).and_then(|k| s.char_indices().rev().nth(k)) {
        Some((at, _)) => &s[at..],
        None if n == 0 => "",
        None => s,
    }
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

/// Full-width ASCII (`１` `Ａ` `．`) to its ASCII form; everything else unchanged.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Tells whether `c` is one of Unicode's Roman numerals (`Ⅰ`–`Ⅻ`, `ⅰ`–`ⅻ`), as a front
/// matter numbers its pages.
pub fn is_roman_numeral(c: char) -> bool {
    crate::scan::numeral::is_upper_roman(c) || ('\u{2170}'..='\u{217B}').contains(&c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_label_set_to_width_is_read_as_spelt() {
        assert_eq!(without_label_spaces("作　　者：王某某"), "作者：王某某");
        assert_eq!(without_label_spaces("来 源:某某日报"), "来源:某某日报");
        assert_eq!(
            without_label_spaces("发 布 时 间：2024年3月2日"),
            "发布时间：2024年3月2日"
        );
        assert_eq!(
            without_label_spaces("发布  时间：2024年"),
            "发布时间：2024年"
        );
        // Unspaced, a sentence, a label too long or of other characters: as written.
        for s in [
            "作者：王某某",
            "我们 的目标：建成强国",
            "一是 加强领导：成立小组",
            "A B：某某",
            "　作　者：某",
            "中华人民 共和国：某",
            "没有冒号的 一行",
        ] {
            assert!(matches!(without_label_spaces(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn addresses_alone() {
        assert!(is_address("https://example.org/a/b.md"));
        assert!(is_address("WWW.example.cn"));
        assert!(!is_address("详见 https://example.org"));
        assert!(!is_address("https://example.org 的说明"));
    }

    #[test]
    fn an_items_next_item_run_on_after_a_sentence_end_is_parted() {
        let at = |l: &'static str| next_item_runs_on(l).map(|k| &l[k..]);
        assert_eq!(
            at("1、发通知。2、敲门。3、讲评。"),
            Some("2、敲门。3、讲评。")
        );
        assert_eq!(
            at("（一）明确联络员；（二）检查通道。"),
            Some("（二）检查通道。")
        );
        // Closing brackets and quotes after the end are passed over.
        assert_eq!(at("1、撤离。（老人先行。）2、讲评。"), Some("2、讲评。"));
        // Items of one sentence's list, after a semicolon.
        assert_eq!(at("1、一期工程；2、二期工程。"), None);
        // A sub-list starting again at one, after a colon: no next item.
        assert_eq!(at("1、目标。要做到：1、卫生；2、实惠。"), None);
        // Another form of the family, a number that goes on from none, a clause's number.
        assert_eq!(at("1、发通知。2.敲门。"), None);
        assert_eq!(at("1、发通知。3、讲评。"), None);
        assert_eq!(at("1、施工范围为1号楼，2、3号楼下月开工。"), None);
        // Inside a quotation: someone's words.
        assert_eq!(at("1、经理说：“抓卫生。2、抓价格。”"), None);
        // A part that opens with no item.
        assert_eq!(at("要求如下。2、讲评。"), None);
    }

    #[test]
    fn paragraphs_run_together_are_parted_at_gaps_after_sentence_ends() {
        let parts = |l: &'static str| paragraphs(l).collect::<Vec<_>>();
        assert_eq!(
            parts("前言。　　一、坚持引领　　党组织是核心。　　二、坚持导向"),
            ["前言。", "一、坚持引领", "党组织是核心。", "二、坚持导向"]
        );
        assert_eq!(
            parts("要求如下。 一、落实责任"),
            ["要求如下。", "一、落实责任"]
        );
        assert_eq!(
            parts("现就放假事宜通知如下： 一、中秋节放假3天。二、国庆节放假7天。"),
            [
                "现就放假事宜通知如下：",
                "一、中秋节放假3天。",
                "二、国庆节放假7天。"
            ]
        );
        assert_eq!(
            parts("通知如下：一、放假3天。 二、值班安排。"),
            ["通知如下：", "一、放假3天。", "二、值班安排。"]
        );
        assert_eq!(
            parts("他说：“好。”  大家笑了。"),
            ["他说：“好。”", "大家笑了。"]
        );
        // A gap that is the line's own.
        for own in [
            "目　　录",
            "第一条　为了规范管理，制定本办法。",
            "1．\t要把被动学习改为主动学习；",
            "一、坚持引领  筑牢根基",
            "经办人  王小明",
            "1\t加强组织领导，落实责任。\t市委办\t2023年底",
            "1. 中国共产党成立于（　　）年。",
            "好。 大家笑了。",
            // A colon before a later item, or after a number, announces no list here.
            "具体安排如下： 二、国庆节放假7天。",
            "比分为2: 1、3: 2。",
            "他的回答是： 第一次来。",
            "村民说：“就两件事： 一、把路修好，二、把水接通。”",
            "老师问：\"有哪几条： 一、不迟到。 二、不早退。\"",
            "他说「主要有两点： 一、要守纪律。 二、要讲规矩。」",
            "",
        ] {
            assert_eq!(parts(own), [own], "{own}");
        }
    }

    #[test]
    fn a_single_space_parts_a_sections_heading_from_its_text_run_on() {
        let parts = |l: &'static str| paragraphs(l).collect::<Vec<_>>();
        assert_eq!(
            parts("一、精神文明创建工作 学校的发展规划指出：要以学生为本。"),
            ["一、精神文明创建工作", "学校的发展规划指出：要以学生为本。"]
        );
        assert_eq!(
            parts("（二）组织领导 成立工作专班，统筹推进各项工作。"),
            ["（二）组织领导", "成立工作专班，统筹推进各项工作。"]
        );
        // A heading's own phrases, a phrase after the space, or a space in a sentence.
        for own in [
            "一、坚持党建引领 推动高质量发展。",
            "一、坚持党建引领 推动高质量发展",
            "一、2024年 工作回顾，成绩显著。",
            "一、加强学习，提高认识 全面推进，抓好落实。",
            "三月 大家都很忙，工作很多。",
            "一、全面 加强基层党组织政治功能，推动发展。",
            "一、张建国 主持会议，他说：“好。”",
        ] {
            assert_eq!(parts(own), [own], "{own}");
        }
    }

    #[test]
    fn pinyin_glosses_are_not_counted_as_words() {
        use super::{chars, reading_chars};
        assert_eq!(reading_chars("清洁家园(jiāyuán)工作方案(fāngàn)"), 8);
        assert_eq!(reading_chars("上海市人民政府印發(fā)通知"), 11);
        assert_eq!(
            super::without_glosses("藍天保衛(wèi)戰(zhàn)"),
            "藍天保衛戰"
        );
        // Brackets that are no gloss stay: words, a Latin word after Latin, capitals.
        for kept in [
            "坚持(试行)办法",
            "Rust(lang)",
            "细颗粒物(PM2.5)浓度",
            "(ab)开头",
        ] {
            assert_eq!(super::without_glosses(kept), kept);
        }
        // Brackets of words, numbers or capitals are the text's own.
        for text in [
            "学习心得(一)",
            "系列评论(3)",
            "会议纪要(ABC)",
            "(jiāyuán)开头",
        ] {
            assert_eq!(reading_chars(text), chars(text), "{text}");
        }
    }

    use super::*;

    #[test]
    fn a_line_is_a_paragraphs_size() {
        // What lets the parser make its paragraphs in the memory of its lines.
        use std::mem::{align_of, size_of};
        assert_eq!(size_of::<Line>(), size_of::<crate::inline::Para>());
        assert_eq!(align_of::<Line>(), align_of::<crate::inline::Para>());
    }

    #[test]
    fn lines_are_counted_before_they_are_kept() {
        for text in ["a\nb\n", "a\r\nb", "a\rb\rc", "\n\n\n", "", "a"] {
            let got = lines(text);
            assert!(got.capacity() <= text.len() + 1, "{text:?}");
        }
    }

    #[test]
    fn lines_split_on_every_ending_and_trim() {
        let l = lines("a\r\n\u{3000}\u{3000}b\rc\n\n d \t");
        let texts: Vec<_> = l.iter().map(|l| (l.no, l.text)).collect();
        assert_eq!(texts, vec![(1, "a"), (2, "b"), (3, "c"), (5, "d")]);
    }

    #[test]
    fn last_chars_are_the_ending() {
        assert_eq!(last_chars("产业兴起来", 2), "起来");
        assert_eq!(last_chars("起", 2), "起");
        assert_eq!(last_chars("起来", 0), "");
    }

    #[test]
    fn first_sentence_cuts_at_the_terminator() {
        assert_eq!(
            first_sentence("学会“抓重点”。党委书记"),
            ("学会“抓重点”", "。", "党委书记")
        );
        assert_eq!(first_sentence("总体要求"), ("总体要求", "", ""));
        assert_eq!(
            first_sentence("有具体的受理机关；"),
            ("有具体的受理机关", "；", "")
        );
        // A full stop typed half-width between ideographs ends it too; a decimal point, a
        // file's ending or an address does not.
        assert_eq!(
            first_sentence("一是主题教育活动.如每年春节"),
            ("一是主题教育活动", ".", "如每年春节")
        );
        for kept in [
            "增长3.5个百分点。",
            "见附件报告.docx。",
            "登录www.gov.cn查询。",
        ] {
            assert_eq!(first_sentence(kept).1, "。", "{kept}");
        }
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

    /// The definition [`find_mark`] must agree with: the first character that is a mark.
    fn first_mark(s: &str, from: usize, colon: bool) -> Option<(usize, char)> {
        s[from..]
            .char_indices()
            .map(|(k, c)| (from + k, c))
            .find(|&(_, c)| is_terminator(c) || (colon && (c == '：' || c == ':')))
    }

    /// Both ways of finding a mark (vector instructions and the portable loop) against the
    /// definition, from every character of `s`.
    fn check_marks(s: &str) {
        for (from, _) in s.char_indices() {
            for colon in [false, true] {
                let want = first_mark(s, from, colon);
                let (got, portable) = if colon {
                    (
                        find_mark::<true>(s, from),
                        find_mark_portable::<true>(s, from),
                    )
                } else {
                    (
                        find_mark::<false>(s, from),
                        find_mark_portable::<false>(s, from),
                    )
                };
                assert_eq!(got, want, "{s:?} from {from}, colon {colon}");
                assert_eq!(portable, want, "{s:?} from {from}, colon {colon}");
            }
        }
    }

    #[test]
    fn marks_are_found_at_block_edges() {
        // A mark that starts at the last bytes of a block, straddles two blocks, or ends
        // the text; commas, `、` and other `E3`/`EF` characters in between are no marks.
        for pad in 0..40 {
            let a = "a".repeat(pad);
            for mark in ["。", "！", "？", "；", "：", "!", "?", ";", ":"] {
                check_marks(&format!("{a}{mark}"));
                check_marks(&format!("{a}，、（）{mark}甲"));
            }
            check_marks(&format!("{a}，、「」ｂ"));
        }
    }

    proptest::proptest! {
        #[test]
        fn marks_are_the_first_mark_characters(
            s in "[甲乙，、。！？；：!?;:a 「」（）\u{FFE5}\u{3001}\u{FF0C}]{0,80}"
        ) {
            check_marks(&s);
        }
    }

    #[test]
    fn sentence_starts_skip_closing_quotes() {
        let s = "甲。“乙。”丙；丁：戊";
        let starts: Vec<&str> = sentence_starts(s).map(|p| &s[p..]).collect();
        assert_eq!(
            starts,
            vec![s, "“乙。”丙；丁：戊", "丙；丁：戊", "丁：戊", "戊"]
        );
        // A full stop typed half-width between ideographs starts the next sentence; a
        // decimal point does not.
        let s = "一是压实责任.二是增长1.5倍.三是问责";
        let starts: Vec<&str> = sentence_starts(s).map(|p| &s[p..]).collect();
        assert_eq!(starts, vec![s, "二是增长1.5倍.三是问责", "三是问责"]);
    }
}
