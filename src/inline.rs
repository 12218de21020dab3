//! Points enumerated inside paragraphs: `一要……。二要……。`, `第一，……`, `首先……其次……`.
//!
//! A marker counts only at a sentence start (the paragraph start or after `。！？；：`), and
//! only when markers of one series follow each other in order from the first, at least two
//! long. A series may run on across paragraphs.

use crate::model::{Node, NodeKind};
use crate::scan::point::{point_marker, PointMarker, Series, LAST};
use crate::text::{first_sentence, sentence_starts, trim};
use std::borrow::Cow;

/// A paragraph of body text with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para<'a> {
    /// 1-based line number.
    pub line: usize,
    /// The paragraph's text: borrowed from the input, owned once lines are joined.
    pub text: Cow<'a, str>,
}

impl<'a> Para<'a> {
    /// Makes paragraphs of `texts`, on lines 1, 2, 3 … (for tests).
    #[cfg(test)]
    pub(crate) fn numbered(texts: &[&'a str]) -> Vec<Para<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Para {
                line: i + 1,
                text: Cow::Borrowed(t),
            })
            .collect()
    }
}

/// `piece`, a slice of `text`, as a text of its own: borrowed from the input when `text` is.
/// (A `piece` from elsewhere, such as an empty literal, is taken as it is.)
pub fn part<'a>(text: &Cow<'a, str>, piece: &str) -> Cow<'a, str> {
    if piece.is_empty() {
        return Cow::Borrowed("");
    }
    let within = (piece.as_ptr() as usize).checked_sub(text.as_ptr() as usize);
    match (within, text) {
        (Some(start), Cow::Borrowed(s)) if start + piece.len() <= s.len() => {
            Cow::Borrowed(&s[start..start + piece.len()])
        }
        _ => Cow::Owned(piece.to_string()),
    }
}

/// A point marker found at a sentence start: which paragraph, where, and what.
#[derive(Debug, Clone, Copy)]
struct Found {
    para: usize,
    pos: usize,
    marker: PointMarker,
    /// Whether it opens a clause after a comma rather than a sentence.
    clause: bool,
    /// Whether it stands inside a quotation opened earlier in its paragraph (`反思：“一是……`).
    quoted: bool,
    /// Whether it opens a speech's formula, no point: a greeting on behalf of someone
    /// (`首先，我代表……表示祝贺`) or a closing wish (`最后，预祝……圆满成功`).
    formula: bool,
    /// Whether a comma or a colon sets the marker off from its words (`首先，`).
    comma: bool,
}

/// Tells whether a marker at the start of `text` is set off from its words by a comma or a
/// colon (`首先，` `最后：`).
fn set_off(marker: PointMarker, text: &str) -> bool {
    text.get(..marker.len)
        .is_some_and(|m| m.ends_with(['，', ',', '：', ':', '、']))
}

/// Words of a greeting made on someone's behalf (`我代表……向……表示祝贺`): what it gives.
const GREETING_WORDS: &[&str] = &[
    "祝贺", "祝賀", "祝福", "感谢", "感謝", "欢迎", "歡迎", "问候", "問候", "敬意", "谢意", "謝意",
];

/// Words that open a speech's opening formula (`首先，欢迎……` `首先，感谢……` `首先，请允许我……`).
const GREETING_OPENINGS: &[&str] = &[
    "欢迎",
    "歡迎",
    "感谢",
    "感謝",
    "请允许",
    "請允許",
    "热烈欢迎",
    "熱烈歡迎",
    "衷心感谢",
    "衷心感謝",
];

/// Words that open a closing wish (`最后，祝大家……` `最后，预祝……` `最后，希望……`).
const WISH_OPENINGS: &[&str] = &[
    "祝",
    "预祝",
    "預祝",
    "衷心祝",
    "恭祝",
    "谢谢",
    "謝謝",
    "再次",
    "希望",
    "请允许",
    "請允許",
    "衷心感谢",
    "衷心感謝",
    "感谢",
    "感謝",
];

/// Tells whether the sentence a `首先` or a `最后` opens (`text` from the marker on) is a
/// speech's formula: a greeting on someone's behalf, or a wish.
fn is_formula(marker: PointMarker, text: &str) -> bool {
    if marker.series != Series::Sequence || !(marker.number == 1 || marker.number == LAST) {
        return false;
    }
    let said = text.get(marker.len..).unwrap_or("");
    let said = said.trim_start_matches(['，', ',', '、', ' ']);
    let end = said.find(crate::text::is_terminator).unwrap_or(said.len());
    let sentence = &said[..end];
    let opens = |words: &[&str]| {
        let with = |t: &str| words.iter().any(|w| t.starts_with(w));
        with(sentence) || sentence.strip_prefix('我').is_some_and(with)
    };
    let greeting = marker.number == 1
        && (sentence.contains("代表") && GREETING_WORDS.iter().any(|w| sentence.contains(w))
            || opens(GREETING_OPENINGS));
    let wish = marker.number == LAST && opens(WISH_OPENINGS);
    greeting || wish
}

/// [`inside_quote`] asked at places in order along one text: the quotes before each place
/// are counted from the last place asked on.
#[derive(Debug, Default)]
struct QuoteDepth {
    /// How far the text has been read.
    at: usize,
    /// Quotes opened and not closed before `at`.
    depth: usize,
    /// Whether a straight quote (`"`) is open at `at`.
    straight: bool,
}

impl QuoteDepth {
    /// Tells whether `pos` of `text` is inside a quotation; a place before the last one
    /// asked is counted afresh.
    fn inside(&mut self, text: &str, pos: usize) -> bool {
        if pos < self.at {
            *self = QuoteDepth::default();
        }
        for c in text[self.at..pos].chars() {
            match c {
                '“' | '「' | '『' => self.depth += 1,
                '”' | '」' | '』' => self.depth = self.depth.saturating_sub(1),
                '"' | '＂' => self.straight = !self.straight,
                _ => {}
            }
        }
        self.at = pos;
        self.depth > 0 || self.straight
    }
}

/// Tells whether the place `pos` of `text` is inside a quotation: more quotes opened than
/// closed before it. (Straight quotes, `"` `＂`, as text typed on a Western keyboard has
/// them, open and close by turns.)
fn inside_quote(text: &str, pos: usize) -> bool {
    QuoteDepth::default().inside(text, pos)
}

/// A point opening a clause (`这其中的道理，一是说……，二是说……`) says at least this many
/// characters before the clause ends: `一是一，二是二` is an idiom, not a series.
const CLAUSE_POINT_MIN: usize = 4;

/// Finds `一是` / `一要` points that open clauses after a comma, in paragraphs where the
/// first or the second of them does (`……，一是……，二是……`, `要求：一是……，二是……`): a cheap
/// look for `，一是` `，二要` first, the comma of either width.
fn clause_candidates(i: usize, text: &str, out: &mut Vec<Found>) {
    // A look after each comma for `一` or `二`, then `是` or `要`.
    let has = commas(text).any(|(at, len)| {
        let after = &text.as_bytes()[at + len..];
        (after.starts_with("一".as_bytes()) || after.starts_with("二".as_bytes()))
            && (after[3..].starts_with("是".as_bytes()) || after[3..].starts_with("要".as_bytes()))
    });
    if !has {
        return;
    }
    for (comma, c) in text.match_indices(['，', ',']) {
        let pos = comma + c.len();
        let Some(marker) = point_marker(&text[pos..]) else {
            continue;
        };
        if !matches!(marker.series, Series::Verb(_)) {
            continue;
        }
        let said = &text[pos + marker.len..];
        let clause_end = said
            .find(|c: char| c == '，' || c == ',' || crate::text::is_terminator(c))
            .unwrap_or(said.len());
        // (A point a frame opened, `会议要求，一是……`, is found already as a sentence's.)
        let found = out.iter().any(|f| f.para == i && f.pos == pos);
        if !found
            && crate::text::count_to(&said[..clause_end], CLAUSE_POINT_MIN) >= CLAUSE_POINT_MIN
        {
            out.push(Found {
                para: i,
                pos,
                marker,
                clause: true,
                quoted: inside_quote(text, pos),
                formula: false,
                comma: set_off(marker, &text[pos..]),
            });
        }
    }
}

/// The outcome of looking for points: the points, the text that stays with the parent, and
/// a note per series looked at (for `--explain`).
#[derive(Debug, Default)]
pub struct Points<'a> {
    /// The points, in order.
    pub nodes: Vec<Node<'a>>,
    /// Paragraphs (or parts) that belong to the parent, before the first point.
    pub rest: Vec<Cow<'a, str>>,
    /// Paragraphs that belong to the parent, after the last point.
    pub after: Vec<Cow<'a, str>>,
    /// Why each candidate series was taken or not.
    pub notes: Vec<String>,
}

/// The most characters of a note in brackets between a sentence and the next (`（牵头单位：
/// 县政务服务中心、县司法局）`).
const NOTE_MAX: usize = 40;

/// Where the text after a note in brackets at `pos` starts, when one stands there and a
/// sentence follows it; else `pos`.
fn after_note(text: &str, pos: usize) -> usize {
    let Some(inner) = text[pos..].strip_prefix(['（', '(']) else {
        return pos;
    };
    let Some(close) = inner.find(['）', ')']) else {
        return pos;
    };
    let note = &inner[..close];
    if note.contains(['（', '('])
        || note.contains(crate::text::is_terminator)
        || crate::text::count_to(note, NOTE_MAX + 1) > NOTE_MAX
    {
        return pos;
    }
    let after =
        text.len() - inner.len() + close + inner[close..].chars().next().map_or(0, char::len_utf8);
    if after >= text.len() {
        pos
    } else {
        after
    }
}

/// The most characters of the clause that reports a speaker's points before the first of
/// them (`牛青山指出，` in `就……精神，牛青山指出，首先，……`): a name or a body and a verb.
const POINT_FRAME_MAX: usize = 10;

/// The most characters before the first point of a sentence that a frame reports: the
/// clauses before the reporting one say on what occasion (`会上，` `就贯彻……精神，`).
const POINT_FRAME_REACH: usize = 40;

/// Verbs that end a frame reporting what someone said (`某某指出，` `会议要求，`).
pub const REPORTING_VERBS: &[&str] = &[
    "指出", "强调", "表示", "要求", "认为", "提出", "说", "谈到", "提到", "希望", "建议", "介绍",
];

/// Whether a paragraph may report points in a frame: a reporting verb, a comma, and a
/// character a point can open with (`强调，首先`), looked for once a paragraph.
fn reports_points(text: &str) -> bool {
    commas(text).any(|(at, len)| {
        text[at + len..].starts_with(opens_point)
            && REPORTING_VERBS.iter().any(|v| text[..at].ends_with(v))
    })
}

/// The commas of `text`, of either width, as where each is and its length: one vectorised
/// search of the bytes.
fn commas(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // `，` is EF BC 8C: its first byte, which only full-width forms have, is searched for.
    let b = text.as_bytes();
    memchr::memchr2_iter(b',', 0xEF, b).filter_map(move |at| match b[at] {
        b',' => Some((at, 1)),
        _ => b[at + 1..].starts_with(&[0xBC, 0x8C]).then_some((at, 3)),
    })
}

/// The first characters a point can open with (`一是` `第一` `首先` `其次` `再次` `然后`
/// `最后`).
fn opens_point(c: char) -> bool {
    matches!(c, '一' | '第' | '首' | '其' | '再' | '然' | '最')
}

/// Where the text after a frame reporting a speaker's words ends (`书记强调，` in
/// `会上，书记强调，首先，……`), if `sentence` has one before its first sentence end: a clause
/// of at most [`POINT_FRAME_MAX`] characters ending in a reporting verb, within
/// [`POINT_FRAME_REACH`] characters of the sentence's start.
fn after_frame(sentence: &str) -> Option<usize> {
    // Looked at only where a comma comes before a character a point can open with: most
    // sentences are settled by a search of their first bytes.
    // (The reach in bytes: an ideograph is three; cut back to a character's start.)
    let mut reach = sentence.len().min(POINT_FRAME_REACH * 3);
    while !sentence.is_char_boundary(reach) {
        reach -= 1;
    }
    let head = &sentence[..reach];
    let mut clause_start = 0;
    for (at, c) in head.match_indices(['，', ',']) {
        let clause = &head[clause_start..at];
        clause_start = at + c.len();
        if !sentence[clause_start..].starts_with(opens_point) {
            continue;
        }
        if head[..at].contains(crate::text::is_terminator) {
            return None;
        }
        if crate::text::count_to(clause, POINT_FRAME_MAX + 1) <= POINT_FRAME_MAX
            && REPORTING_VERBS.iter().any(|v| clause.ends_with(v))
        {
            return Some(clause_start);
        }
    }
    None
}

/// Finds every sentence-start point marker in `paras`.
/// `apart`: the places (sorted) of the paragraphs the format sets apart as quotations.
fn candidates(paras: &[Para<'_>], apart: &[usize]) -> Vec<Found> {
    let mut out = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        // A quotation the format sets apart holds someone else's words, no points.
        if apart.binary_search(&i).is_ok() {
            continue;
        }
        let this = out.len();
        // (Quotations are looked for only in a paragraph that opens one.)
        let quotes = p.text.contains(['“', '「', '『']);
        // (Frames reporting points, only in a paragraph where a reporting verb and a
        // comma come before a point's first character: one search of its bytes.)
        let framed = reports_points(&p.text);
        // (Whether a place is inside a quotation, read on from the last place asked: the
        // places come in order, and the paragraph is read once, however many markers.)
        let mut depth = QuoteDepth::default();
        for pos in sentence_starts(&p.text) {
            // A point may open a quoted speech (`……指出。“首先，要……`): the quote mark
            // stays with the text before it.
            let pos = match p.text[pos..].chars().next() {
                Some(q @ ('“' | '「' | '『')) => pos + q.len_utf8(),
                _ => pos,
            };
            // A note in brackets after a sentence (`……受理。（牵头单位：某局）2.深化……`)
            // is the sentence's: the point opens after it.
            // (Only where no point opens at the bracket itself: `（二）` is a marker.)
            let (pos, marker) = match point_marker(&p.text[pos..]) {
                Some(m) => (pos, Some(m)),
                None => match after_note(&p.text, pos) {
                    after if after != pos => (after, point_marker(&p.text[after..])),
                    // A frame that reports the points (`书记强调，首先，……`): the point
                    // opens after it.
                    _ if !framed => (pos, None),
                    _ => match after_frame(&p.text[pos..]) {
                        Some(k) => (pos + k, point_marker(&p.text[pos + k..])),
                        None => (pos, None),
                    },
                },
            };
            // (`一、` `二.` in a quotation are the words quoted, a saying's list: no points.
            // Looked for only in a paragraph that opens a quotation, once per marker.)
            let quoted = marker.is_some() && quotes && depth.inside(&p.text, pos);
            let quoted_list = |m: &PointMarker| m.series == Series::CnDot && quoted;
            // (Digits parted by semicolons or commas, `：1.……；2.……`, list a sentence's
            // things, no points: only numerals make a series of points there. After a
            // sentence's end they are numbered lines a copy ran on, `……行动。1.推进……。
            // （牵头单位：某局）2.开展……`.)
            // (The first may follow the colon that announces them where its next opens after
            // a full stop: `……三项工作：1.压实责任。……。2.突出重点。`.)
            let listed = |m: &PointMarker| {
                matches!(m.series, Series::ArabicDot | Series::ArabicParen)
                    && pos > 0
                    && !after_full_stop(&p.text[..pos])
                    && !(m.number == 1
                        && p.text[..pos].trim_end().ends_with(['：', ':'])
                        && second_after_full_stop(&p.text, pos, m.series))
            };
            if let Some(marker) = marker.filter(|m| !quoted_list(m) && !listed(m)) {
                out.push(Found {
                    para: i,
                    pos,
                    marker,
                    clause: false,
                    quoted,
                    formula: is_formula(marker, &p.text[pos..]),
                    comma: set_off(marker, &p.text[pos..]),
                });
            }
        }
        let before = out.len();
        clause_candidates(i, &p.text, &mut out);
        // A table's row (`（一）予以公开    31    3`) holds cells, no points. (Asked only of a
        // paragraph where markers were found.)
        if out.len() > this && crate::subtitle::table_row(&p.text) {
            out.truncate(this);
            continue;
        }
        // This paragraph's markers in place order (the earlier ones are in order already).
        if out.len() > before {
            out[this..].sort_by_key(|f| f.pos);
        }
    }
    framed_firsts(paras, apart, &mut out);
    first_as_ordinal(&mut out);
    ordinal_after_sequence(&mut out);
    out
}

/// Tells whether `before` ends a sentence with a full stop, a question or an exclamation
/// (`。` `！` `？`), closing quotes and brackets and spaces after it aside: not a colon or a
/// semicolon, which go on with the sentence.
fn after_full_stop(before: &str) -> bool {
    let stop = |t: &str| t.trim_end().ends_with(['。', '！', '？', '!', '?']);
    let t = before.trim_end_matches(|c: char| {
        matches!(c, '”' | '’' | '」' | '』') || crate::scan::marker::is_space(c)
    });
    // A note in brackets after the sentence (`……。（牵头单位：某局）`) is the sentence's.
    match t.strip_suffix(['）', ')']) {
        Some(inner) => inner.rfind(['（', '(']).is_some_and(|k| stop(&inner[..k])) || stop(inner),
        None => stop(t),
    }
}

/// Tells whether the second point of `series` after byte `pos` of `text` opens a sentence
/// after a full stop (`……1.压实责任。召开……。2.突出重点。`), not after a semicolon (`1.……；
/// 2.……`): the first point's words are sentences of their own.
fn second_after_full_stop(text: &str, pos: usize, series: Series) -> bool {
    // (The first marker of the series after it decides: another `1.` starts another list,
    // and the text is read no further.)
    let rest = &text[pos..];
    sentence_starts(rest)
        .skip(1)
        .find_map(|at| {
            point_marker(&rest[at..])
                .filter(|m| m.series == series)
                .map(|m| (at, m.number))
        })
        .is_some_and(|(at, number)| number == 2 && after_full_stop(&rest[..at]))
}

/// Finds the first point of a series that opens a clause after a comma in its paragraph's
/// first sentence, where the series' second point opens the next paragraph
/// (`其价值和贡献，首先从理念层面看，……。` / `其次，从制度层面看，……`) or a later sentence
/// of the same one (`答：政治上说来，第一、……。第二、……`): the clause before it is the
/// paragraph's frame, and the series that goes on at a sentence's start is the evidence.
fn framed_firsts(paras: &[Para<'_>], apart: &[usize], found: &mut Vec<Found>) {
    let mut more = Vec::new();
    for f in found.iter() {
        let second = f.marker.number == 2 && !f.clause && (f.pos > 0 || f.para > 0);
        if !second || f.marker.series.in_text_only() {
            continue;
        }
        let series = f.marker.series;
        let i = if f.pos == 0 { f.para - 1 } else { f.para };
        // (A quotation the format sets apart holds no points.)
        if apart.binary_search(&i).is_ok() {
            continue;
        }
        // (`found` is in paragraph order: paragraph `i`'s markers are looked up, not scanned.)
        let from = found.partition_point(|g| g.para < i);
        let to = found.partition_point(|g| g.para <= i);
        if found[from..to]
            .iter()
            .any(|g| g.marker.series == series && g.marker.number == 1)
        {
            continue;
        }
        let text = &paras[i].text;
        let (first, _, _) = first_sentence(text);
        let first_end = first.as_ptr() as usize - text.as_ptr() as usize + first.len();
        // (In the second point's own paragraph, the first stands before it.)
        let before = if f.pos == 0 {
            first_end
        } else {
            first_end.min(f.pos)
        };
        let opened = commas(text)
            .take_while(|&(at, _)| at < before)
            .find_map(|(at, len)| {
                let m = point_marker(&text[at + len..])?;
                (m.series == series && m.number == 1).then_some((at + len, m))
            })
            // `首先` inside the paragraph's first sentence, after its subject
            // (`站长某某老师首先就……作了总结。` / `其次，……`): a news report's speaker is the
            // frame, no comma between. (Only the word `首先`: `一是` inside a word, `统一是`,
            // is no point.)
            .or_else(|| {
                let at = text[..before].find("首先")?;
                let m = point_marker(&text[at..])?;
                (series == Series::Sequence && m.series == series && m.number == 1)
                    .then_some((at, m))
            })
            // `一是` `一要` after a short opening of its clause, no comma between
            // (`本学期一是要……。二是要……` / `下一步，我们一要……。二要……`): the series going
            // on at sentence starts is the evidence.
            .or_else(|| {
                let end = if f.pos == 0 { text.len() } else { f.pos };
                opened_after_subject(&text[..end], series)
                    .or_else(|| opened_after_short_clause(&text[..end], series))
            });
        if let Some((pos, marker)) = opened {
            more.push(Found {
                para: i,
                pos,
                marker,
                clause: false,
                quoted: inside_quote(text, pos),
                formula: is_formula(marker, &text[pos..]),
                comma: set_off(marker, &text[pos..]),
            });
        }
    }
    if !more.is_empty() {
        found.extend(more);
        found.sort_by_key(|f| (f.para, f.pos));
    }
}

/// The most characters of the opening of a clause before its `一是` `一要` with no comma
/// between (`本学期` `我们` `各级党组织`): a subject or a time, not a clause of its own.
const POINT_SUBJECT_MAX: usize = 6;

/// Characters that end a word with `一` in it (`统一` `唯一` `同一` `逐一` `之一` `十一`):
/// before `一是` `一要` they make it no marker (`坚持统一是前提`).
fn joins_one(c: char) -> bool {
    crate::scan::numeral::is_cn_numeral_char(c) || JOINS_ONE.contains(c)
}

/// The characters of [`joins_one`]: `统一` `唯一` `同一` `合二为一` `周一` `这一` … (not `期`: `本学期一是要……` opens a point).
const JOINS_ONE: &str = "统唯惟同单万划合归专逐第之不均如整初其另这那每某任哪进为為周";

/// The clause that `before` ends in: its text since the last comma, colon or sentence end.
fn clause_before(before: &str) -> &str {
    before
        .rfind(|c: char| c == '，' || c == ',' || c == '：' || crate::text::is_terminator(c))
        .map_or(before, |k| {
            let c = before[k..].chars().next().map_or(1, char::len_utf8);
            &before[k + c..]
        })
}

/// The first `一是` / `一要` of `series` in `region` that opens a clause after a short
/// opening with no comma (at most [`POINT_SUBJECT_MAX`] characters since the clause began:
/// `本学期一是要……`), outside quotations.
fn opened_after_subject(region: &str, series: Series) -> Option<(usize, PointMarker)> {
    if !matches!(series, Series::Verb(_)) {
        return None;
    }
    region.match_indices('一').find_map(|(at, _)| {
        let m = point_marker(&region[at..])?;
        if m.series != series || m.number != 1 {
            return None;
        }
        let clause = clause_before(&region[..at]);
        let opening = clause.chars().count();
        let last = clause.chars().next_back()?;
        ((1..=POINT_SUBJECT_MAX).contains(&opening)
            && !joins_one(last)
            && !clause.contains(|c: char| !c.is_alphanumeric())
            && !inside_quote(region, at))
        .then_some((at, m))
    })
}

/// The first point of `series` in `region` that opens the clause after a short one of a
/// later sentence (`……。为此，第一，……` `……。对此，首先，……` `……。办好民生实事，首先要……`):
/// at most [`POINT_SUBJECT_MAX`] characters since the sentence began, outside quotations.
fn opened_after_short_clause(region: &str, series: Series) -> Option<(usize, PointMarker)> {
    commas(region).find_map(|(at, len)| {
        let pos = at + len;
        let m = point_marker(&region[pos..])?;
        if m.series != series || m.number != 1 {
            return None;
        }
        let clause = clause_before(&region[..at]);
        let opening = clause.chars().count();
        ((1..=POINT_SUBJECT_MAX).contains(&opening)
            && clause.chars().all(char::is_alphanumeric)
            && !inside_quote(region, pos))
        .then_some((pos, m))
    })
}

/// A `第三` right after a `首先` `其次` (`首先要心到……；其次要眼到……；第三要口到……`) goes on
/// with that series: the speaker began one way and counted on the other. Only where the
/// `第三` is the next point found after the `其次` and no ordinal series of its own runs
/// (no `第一` `第二` before it).
fn ordinal_after_sequence(found: &mut [Found]) {
    for i in 1..found.len() {
        let (prev, this) = (found[i - 1].marker, found[i].marker);
        if this.series != Series::Ordinal
            || prev.series != Series::Sequence
            || prev.number == LAST
            || this.number != prev.number + 1
            || this.number < 3
        {
            continue;
        }
        let own = found[..i]
            .iter()
            .any(|f| f.marker.series == Series::Ordinal && f.marker.number < this.number);
        if !own {
            found[i].marker.series = Series::Sequence;
        }
    }
}

/// A `首先` whose next ordinal point is `第二` (`首先，……。第二，……。第三，……`) opens that
/// ordinal series: the speaker said "first" one way and counted on the other.
fn first_as_ordinal(found: &mut [Found]) {
    for i in 0..found.len() {
        if found[i].marker.series != Series::Sequence || found[i].marker.number != 1 {
            continue;
        }
        let next = found[i + 1..]
            .iter()
            .find(|f| matches!(f.marker.series, Series::Sequence | Series::Ordinal));
        // (Not where a `第一` of its own stands before it: `第一，……。首先要……。第二，……`
        // counts the `首先` inside the first point.)
        let own_first = found[..i]
            .iter()
            .rev()
            .find(|f| f.marker.series == Series::Ordinal)
            .is_some_and(|f| f.marker.number == 1);
        if !own_first
            && next.is_some_and(|f| f.marker.series == Series::Ordinal && f.marker.number == 2)
        {
            found[i].marker.series = Series::Ordinal;
        }
    }
}

/// Picks the runs of one series that count: in order from 1, at least two long, and with
/// 1 and 2 both present (so `首先 … 最后` alone is no series).
/// `runs_on`: the first paragraph runs on from its heading's line (`（一）……行动。1.……`), so
/// a point at its start stands inside running text.
fn runs(found: &[Found], series: Series, runs_on: bool) -> Vec<Vec<Found>> {
    let mut runs = Vec::new();
    let mut cur: Vec<Found> = Vec::new();
    let close = |cur: &mut Vec<Found>, runs: &mut Vec<Vec<Found>>| {
        // A run with points at clause starts stays within one paragraph: the enumeration
        // is then the sentence's own.
        let one_sentence =
            cur.iter().all(|f| !f.clause) || cur.iter().all(|f| f.para == cur[0].para);
        // `1.` `2.` inside text enumerate within one paragraph, after words that lead to
        // them (`形成了三种模式：1.……；2.……`): numbered paragraphs of their own are lines
        // the outline has already judged, and their numbers stay text here.
        // (Running text may go on in a paragraph of its own where a wrap ended a line with
        // a point's sentence: its later points still stand inside it, never at its start.)
        let in_running_text = !series.in_text_only()
            || cur.iter().all(|f| f.para == cur[0].para || f.pos > 0)
                && cur
                    .first()
                    .is_some_and(|f| f.pos > 0 || runs_on && f.para == 0);
        // `首先` and `最后` alone are a series of two unless either opens a speech's formula
        // (a greeting on someone's behalf, a closing wish).
        // (A `首先` that opens a point sets it off with a comma, `首先，……`; `首先映入眼帘的是`
        // tells a story. Neither stands in a quotation.)
        let pair_of_ends = cur.len() == 2
            && cur[1].marker.number == LAST
            && cur[0].comma
            && !cur.iter().any(|f| f.formula || f.quoted);
        if cur.len() >= 2
            && (cur[1].marker.number == 2 || pair_of_ends)
            && one_sentence
            && in_running_text
        {
            runs.push(std::mem::take(cur));
        } else {
            cur.clear();
        }
    };
    for f in found.iter().filter(|f| f.marker.series == series) {
        let n = f.marker.number;
        let expected = cur.last().map_or(1, |l| l.marker.number.saturating_add(1));
        if n == 1 {
            close(&mut cur, &mut runs);
            cur.push(*f);
        } else if !cur.is_empty() && (n == expected || n == LAST) {
            cur.push(*f);
            if n == LAST {
                close(&mut cur, &mut runs);
            }
        }
    }
    close(&mut cur, &mut runs);
    runs
}

/// The paragraphs (first and last, by index) that each run of inline points spreads over,
/// for runs over two paragraphs or more; runs told wholly inside a quotation left out.
pub fn series_spans(paras: &[Para<'_>]) -> Vec<(usize, usize)> {
    let found = candidates(paras, &[]);
    let mut series: Vec<Series> = Vec::new();
    for f in &found {
        if !series.contains(&f.marker.series) {
            series.push(f.marker.series);
        }
    }
    series
        .into_iter()
        .flat_map(|s| runs(&found, s, false))
        .filter(|run| !run.iter().all(|f| f.quoted))
        .filter_map(|run| {
            let (first, last) = (run.first()?.para, run.last()?.para);
            (last > first).then_some((first, last))
        })
        .collect()
}

/// Finds the points in `paras` and splits the text between them and their parent.
#[cfg(test)]
pub fn points(paras: Vec<Para<'_>>) -> Points<'_> {
    points_running_on(paras, false, &[])
}

/// [`points`], where `runs_on` says that the first paragraph is the rest of its heading's
/// line (the text after a run-in heading's first sentence), and `quoted` lists the lines
/// (sorted) the format sets apart as quotations (a Markdown `>` block), which hold no points.
pub fn points_running_on<'a>(paras: Vec<Para<'a>>, runs_on: bool, quoted: &[usize]) -> Points<'a> {
    // The quotations among `paras`, by place, and their words (to know them again inside
    // a point's text, below).
    let (apart, words): (Vec<usize>, Vec<String>) = if quoted.is_empty() {
        Default::default()
    } else {
        (0..paras.len())
            .filter(|&i| quoted.binary_search(&paras[i].line).is_ok())
            .map(|i| (i, paras[i].text.to_string()))
            .unzip()
    };
    let mut out = series_in(paras, runs_on, &apart);
    // A series of another kind inside a point's own text (`首先，……。其一，……；其二，……`)
    // is that point's: one level down, no further.
    let mut notes = Vec::new();
    for node in &mut out.nodes {
        inner_points(node, &words, &mut notes);
    }
    out.notes.extend(notes);
    out
}

/// Finds the points of a series inside `node`'s body and makes them its children; the body
/// keeps what comes before them, the tail what comes after.
fn inner_points<'a>(node: &mut Node<'a>, quoted: &[String], notes: &mut Vec<String>) {
    // A series has a second point, and every second point has `二` (`二是` `第二` `其二`
    // `（二）`) or `次` (`其次`): most bodies are settled without being split.
    if !has_second_marker(node.body()) {
        return;
    }
    let line = node.line;
    let pieces: Vec<Para<'a>> = match node.body_text() {
        Cow::Borrowed(b) => b
            .split('\n')
            .map(|t| Para {
                line,
                text: Cow::Borrowed(t),
            })
            .collect(),
        Cow::Owned(b) => b
            .split('\n')
            .map(|t| Para {
                line,
                text: Cow::Owned(t.to_string()),
            })
            .collect(),
    };
    let apart: Vec<usize> = if quoted.is_empty() {
        Vec::new()
    } else {
        (0..pieces.len())
            .filter(|&i| quoted.iter().any(|q| *q == pieces[i].text))
            .collect()
    };
    let inner = series_in(pieces, false, &apart);
    if inner.nodes.is_empty() {
        return;
    }
    notes.extend(
        inner
            .notes
            .into_iter()
            .map(|n| format!("inside {}: {n}", node.text())),
    );
    node.children = inner.nodes;
    node.set_body(join_lines(inner.rest));
    node.set_tail(join_lines(inner.after));
}

/// Tells whether `text` holds a marker a second point would carry: `二是` `二要` `第二`
/// `其二` `（二）` or `其次` (each `二` and `次` looked at with its neighbours).
fn has_second_marker(text: &str) -> bool {
    let b = text.as_bytes();
    let before = |at: usize, c: char| b[..at].ends_with(c.encode_utf8(&mut [0; 4]).as_bytes());
    let after = |at: usize, c: char| b[at + 3..].starts_with(c.encode_utf8(&mut [0; 4]).as_bytes());
    memchr::memmem::find_iter(b, "二".as_bytes()).any(|at| {
        before(at, '第')
            || before(at, '其')
            || before(at, '（')
            || before(at, '(')
            || after(at, '是')
            || after(at, '要')
    }) || memchr::memmem::find_iter(b, "次".as_bytes()).any(|at| before(at, '其'))
}

/// Joins texts with line breaks; a single one moves without a copy.
pub fn join_lines(mut texts: Vec<Cow<'_, str>>) -> Cow<'_, str> {
    match texts.len() {
        0 => Cow::Borrowed(""),
        1 => texts.pop().unwrap_or_default(),
        _ => Cow::Owned(texts.join("\n")),
    }
}

/// Finds the points of one level in `paras`: the series that starts first, and the series
/// of other kinds that start after it ends.
fn series_in<'a>(paras: Vec<Para<'a>>, runs_on: bool, apart: &[usize]) -> Points<'a> {
    let found = candidates(&paras, apart);
    let mut out = Points::default();
    // Every series's valid runs, in the order the series first appear.
    let mut all: Vec<(Series, Vec<Vec<Found>>)> = Vec::new();
    for f in &found {
        if !all.iter().any(|(s, _)| *s == f.marker.series) {
            all.push((f.marker.series, runs(&found, f.marker.series, runs_on)));
        }
    }
    // A series told wholly inside a quotation (a confession, a witness: `他反思：“一是……；
    // 二是……。”`) is someone else's list; beside a series of the text's own it stays text.
    // A series of clauses inside a quotation (`老支书说："村里的事，一是要讲清楚，二是要办
    // 公道，三是要有人带头。"`) is a saying quoted whole, never the text's points.
    let saying = |run: &[Found]| run.iter().all(|f| f.quoted && f.clause);
    set_aside(
        &mut all,
        &mut out.notes,
        saying,
        "of clauses inside a quotation set aside (a saying)",
    );
    let quoted = |run: &[Found]| run.iter().all(|f| f.quoted);
    if all.iter().any(|(_, r)| r.iter().any(|run| !quoted(run))) {
        set_aside(
            &mut all,
            &mut out.notes,
            quoted,
            "inside a quotation set aside beside the text's own series",
        );
    }
    // The series whose first valid run starts earliest wins; the others stay text.
    let mut best: Option<(Series, Vec<Vec<Found>>)> = None;
    for (series, r) in &all {
        let label = series_label(*series);
        if r.is_empty() {
            out.notes.push(format!(
                "{label}: rejected, no in-order run of two or more from the first"
            ));
            continue;
        }
        let start = (r[0][0].para, r[0][0].pos);
        let better = best
            .as_ref()
            .is_none_or(|(_, b)| start < (b[0][0].para, b[0][0].pos));
        out.notes.push(format!(
            "{label}: {} run(s) of {} point(s) from line {}",
            r.len(),
            r.iter().map(Vec::len).sum::<usize>(),
            paras[r[0][0].para].line
        ));
        if better {
            best = Some((*series, r.clone()));
        }
    }
    let Some((series, mut chosen)) =
        best.map(|(s, r)| (s, r.into_iter().flatten().collect::<Vec<_>>()))
    else {
        out.rest = paras.into_iter().map(|p| p.text).collect();
        return out;
    };
    // A series that points inside a point of the chosen one (`一要` in `第二，……`) is the
    // level under it: its run in the paragraphs right after the last point (`第三，……` then
    // `一要……` `二要……` on lines of their own) belongs to that last point, not beside it.
    let mut taken = vec![series];
    let first_para = chosen.first().map_or(0, |f| f.para);
    let end_para = chosen.last().map_or(0, |f| f.para);
    let mut reach = end_para;
    // So is one right after a last point that ends in a colon, announcing it
    // (`最后，……我将严格要求自己：` over `一要……` `二要……`).
    let announces = paras
        .get(end_para)
        .is_some_and(|p| p.text.trim_end().ends_with(['：', ':']));
    for (s, r) in &all {
        let under = announces
            || r.iter()
                .any(|run| (first_para..end_para).contains(&run[0].para));
        let next = r.iter().find(|run| run[0].para == end_para + 1);
        if let (true, Some(run)) = (under && *s != series, next) {
            reach = reach.max(run.last().map_or(0, |f| f.para));
            taken.push(*s);
        }
    }
    // Further series that start after the chosen one ends stand beside it as siblings.
    loop {
        let end_para = chosen.last().map_or(0, |f| f.para);
        let next = found
            .iter()
            .filter(|f| f.para > end_para && !taken.contains(&f.marker.series))
            .find_map(|f| {
                let r: Vec<Found> = all
                    .iter()
                    .find(|(s, _)| *s == f.marker.series)
                    .map(|(_, r)| r.as_slice())
                    .unwrap_or_default()
                    .iter()
                    .filter(|run| run[0].para > end_para)
                    .flatten()
                    .copied()
                    .collect();
                (!r.is_empty()).then_some((f.marker.series, r))
            });
        match next {
            Some((s, r)) => {
                taken.push(s);
                chosen.extend(r);
            }
            None => break,
        }
    }
    chosen.sort_by_key(|f| (f.para, f.pos));
    build(paras, &chosen, reach, &mut out);
    out
}

/// Drops from every series the runs that `drop` says are no points, with a note of how many
/// and `why`.
fn set_aside(
    all: &mut [(Series, Vec<Vec<Found>>)],
    notes: &mut Vec<String>,
    drop: impl Fn(&[Found]) -> bool,
    why: &str,
) {
    for (s, r) in all {
        let before = r.len();
        r.retain(|run| !drop(run));
        if r.len() < before {
            notes.push(format!(
                "{}: {} run(s) {why}",
                series_label(*s),
                before - r.len()
            ));
        }
    }
}

/// Cuts the paragraphs at the chosen markers (sorted by place) into point nodes and parent
/// text, in one pass.
/// Paragraphs up to `reach` after the last point are that point's.
fn build<'a>(paras: Vec<Para<'a>>, chosen: &[Found], reach: usize, out: &mut Points<'a>) {
    // One point a marker: the vector is sized once.
    out.nodes.reserve_exact(chosen.len());
    let mut current: Option<Node<'a>> = None;
    let last_para = chosen.last().map_or(0, |f| f.para);
    let mut next = 0;
    for (i, p) in paras.into_iter().enumerate() {
        let start = next;
        while next < chosen.len() && chosen[next].para == i {
            next += 1;
        }
        let here = &chosen[start..next];
        let mut cursor = 0;
        for (k, f) in here.iter().enumerate() {
            let before = trim(&p.text[cursor..f.pos]);
            push_text(&mut current, out, part(&p.text, before));
            if let Some(done) = current.take() {
                out.nodes.push(done);
            }
            let end = here.get(k + 1).map_or(p.text.len(), |g| g.pos);
            let marker = &p.text[f.pos..f.pos + f.marker.len];
            let (title, stop, body) = first_sentence(&p.text[f.pos + f.marker.len..end]);
            // A point that ends at the comma before the next (`……报道，二是……`): the comma
            // ends it, as a full stop would.
            let (title, stop) = match title.strip_suffix(['，', ',']) {
                Some(cut) if stop.is_empty() && body.is_empty() => (trim(cut), &title[cut.len()..]),
                _ => (title, stop),
            };
            let mut node = Node::new(
                NodeKind::Inline,
                part(&p.text, trim(marker)),
                (f.marker.number != LAST).then_some(f.marker.number),
                part(&p.text, title),
                p.line,
            );
            node.set_end(part(&p.text, stop));
            node.set_body(part(&p.text, body));
            current = Some(node);
            cursor = end;
        }
        if here.is_empty() {
            // A whole paragraph between two points of a series continues the earlier point;
            // after the last point it goes back to the parent.
            let inside = (last_para > i || i <= reach) && current.is_some();
            if !inside {
                if let Some(done) = current.take() {
                    out.nodes.push(done);
                }
            }
            // Paragraphs are trimmed: the whole one moves.
            let whole = trim(&p.text).len() == p.text.len();
            let text = if whole {
                p.text
            } else {
                part(&p.text, trim(&p.text))
            };
            push_text(&mut current, out, text);
        } else {
            push_text(&mut current, out, part(&p.text, trim(&p.text[cursor..])));
        }
    }
    if let Some(done) = current.take() {
        out.nodes.push(done);
    }
}

/// Appends `text` to the open point's body, or to the parent's paragraphs: before the
/// points while none has been found, after them once the series is over.
fn push_text<'a>(current: &mut Option<Node<'a>>, out: &mut Points<'a>, text: Cow<'a, str>) {
    if text.is_empty() {
        return;
    }
    match current {
        Some(node) => node.push_body_line(text),
        None if out.nodes.is_empty() => out.rest.push(text),
        None => out.after.push(text),
    }
}

/// Names a series for notes, e.g. `一是/二是`.
fn series_label(s: Series) -> String {
    match s {
        Series::Verb(v) => format!("一{v}/二{v}"),
        Series::Ordinal => "第一/第二".into(),
        Series::Sequence => "首先/其次".into(),
        Series::Qi => "其一/其二".into(),
        Series::Paren => "（一）/（二）".into(),
        Series::ArabicParen => "（1）/（2）".into(),
        Series::ArabicDot => "1./2.".into(),
        Series::CnDot => "一、/二、".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_stop_ends_a_sentence_a_colon_or_a_semicolon_goes_on() {
        assert!(after_full_stop("实施路况提升行动。"));
        assert!(after_full_stop("完成改造。（牵头单位：县交通局）"));
        assert!(after_full_stop("他说：“要抓落实。”"));
        assert!(!after_full_stop("主要有三种做法："));
        assert!(!after_full_stop("嵌入式照护；"));
        assert!(!after_full_stop("资格认定中（见附件）"));
    }

    fn paras<'a>(texts: &[&'a str]) -> Vec<Para<'a>> {
        Para::numbered(texts)
    }

    fn texts(p: &Points) -> Vec<String> {
        p.nodes.iter().map(|n| n.text()).collect()
    }

    #[test]
    fn a_series_inside_one_paragraph() {
        let p = points(paras(&[
            "总的要求。一要深化理念改革。要按照要求。二要深化方式改革。三要深化服务改革。",
        ]));
        assert_eq!(
            texts(&p),
            vec!["一要深化理念改革", "二要深化方式改革", "三要深化服务改革"]
        );
        assert_eq!(p.nodes[0].body(), "要按照要求。");
        assert_eq!(p.rest, vec!["总的要求。"]);
    }

    #[test]
    fn a_series_across_paragraphs() {
        let p = points(paras(&[
            "导语：一是甲。二是乙。",
            "三是丙。四是丁。",
            "结语。",
        ]));
        assert_eq!(texts(&p), vec!["一是甲", "二是乙", "三是丙", "四是丁"]);
        assert_eq!(p.rest, vec!["导语："]);
        assert_eq!(p.after, vec!["结语。"]);
    }

    #[test]
    fn points_opening_clauses_of_one_paragraph() {
        let p = points(paras(&[
            "这个故事的道理，一是说安于现状终会落后，不进则退。二是说小问题积累成大问题，要防微杜渐。",
        ]));
        assert_eq!(
            texts(&p),
            vec![
                "一是说安于现状终会落后，不进则退",
                "二是说小问题积累成大问题，要防微杜渐"
            ]
        );
        // An idiom is no series: each clause says too little.
        let p = points(paras(&["做事要实事求是，一是一，二是二，不能含糊。"]));
        assert!(p.nodes.is_empty());
        // Clause starts in different paragraphs are no series of one sentence.
        let p = points(paras(&[
            "前面的话，一是说要学习理论知识。",
            "后面的话，二是说要投身实践锻炼。",
        ]));
        assert!(p.nodes.is_empty());
    }

    #[test]
    fn a_series_inside_a_point_is_its_children() {
        let p = points(paras(&[
            "引言。首先，要让人才留得住。其一，要解决好住房问题，完善保障。其二，要解决好子女入学问题。其次，要让人才干得好。要搭建平台。",
        ]));
        assert_eq!(
            texts(&p),
            vec!["首先，要让人才留得住", "其次，要让人才干得好"]
        );
        let inner: Vec<String> = p.nodes[0].children.iter().map(|n| n.text()).collect();
        assert_eq!(
            inner,
            vec![
                "其一，要解决好住房问题，完善保障",
                "其二，要解决好子女入学问题"
            ]
        );
        assert!(p.nodes[1].children.is_empty());
    }

    #[test]
    fn a_single_marker_is_no_series() {
        let p = points(paras(&[
            "首先，我代表学院表示祝贺。",
            "中间的话。",
            "最后，预祝圆满成功！",
        ]));
        assert!(p.nodes.is_empty());
        assert_eq!(p.rest.len(), 3);
    }

    #[test]
    fn markers_inside_words_are_not_points() {
        let p = points(paras(&["统一要求。唯一是标准。二是乙。"]));
        assert!(p.nodes.is_empty());
    }

    #[test]
    fn out_of_order_markers_are_not_points() {
        let p = points(paras(&["二是甲。一是乙。"]));
        assert!(p.nodes.is_empty());
    }

    #[test]
    fn sequence_with_last() {
        let p = points(paras(&["首先，是甲？其次，乙。最后，丙。"]));
        assert_eq!(texts(&p), vec!["首先，是甲", "其次，乙", "最后，丙"]);
    }
}
