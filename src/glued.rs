//! A copy that lost every line end runs a whole document onto one line, headings glued to
//! the words around them: `……责任制一、各类人员的职责(一)总要求1、处长负责……。2、科长负责……。
//! (二)处长的职责……`. Such a line holds a numbering of its own, nested: numbers of two
//! families or more that each go on from one to the next, the lower one opening under a
//! heading of the higher and starting again under the next. This module finds that
//! numbering and parts the line before each of its numbers, so that the lines it ran
//! together are read as lines.
//!
//! A number belongs to the numbering only where it stands as a heading's or an item's
//! number stands: after a sentence's end or a colon, or right after a heading of a higher
//! rank (`一、各类人员的职责(一)`), or after the line's first words, no sentence in them
//! (a title glued before its first heading). A number that neither opens a family (at one)
//! nor goes on from the last of its family is text (`统一、规范`, `六(1)班`, `第1、2名`).
//! A line parts only where two families number it so, each twice or more: an ordinary
//! paragraph's list (`（一）……；（二）……`) is one family, its items inline points.

use crate::scan::marker::{line_marker, Family};
use crate::text::{is_closer, is_terminator};

/// The longest heading (in characters) that a lower number may follow with no sentence end
/// between: a heading is a phrase, well under a paragraph (as a gap parts them, in
/// [`crate::text`]).
const GLUED_HEADING_MAX: usize = 40;

/// How many numbers each of two families must give the line before it is read as lines:
/// one number of a family is no numbering; two that go on from one another are.
const NUMBERS_PER_FAMILY: usize = 2;

/// The rank of a family in the numbering of official documents (一、 over （一） over 1. over
/// （1） over ①): a heading's glued first item is of a lower rank than the heading.
fn rank(f: Family) -> Option<u8> {
    match f {
        Family::CnComma => Some(0),
        Family::CnParen => Some(1),
        Family::Arabic => Some(2),
        Family::ArabicParen => Some(3),
        Family::Circled => Some(4),
        _ => None,
    }
}

/// A number of the line's numbering: where it starts, its family and value, and where its
/// marker ends.
#[derive(Debug, Clone, Copy)]
struct Number {
    at: usize,
    family: Family,
    value: u32,
    text_at: usize,
    /// Whether its number is glued to its words (`1计划与……`), no stop between.
    bare: bool,
}

/// The number that opens `rest` (at byte `at` of its line), when it can number a heading or
/// an item: a family of [`rank`], set apart from its words, which open with no number of
/// the same family (`一、二、三年级`).
fn number_at(line: &str, at: usize) -> Option<Number> {
    let rest = &line[at..];
    let Some((m, text)) = line_marker(rest) else {
        return bare_digits(line, at);
    };
    let value = m.number?;
    // A number and a space (`3 制定……`) is the digits' family, as a copy spaced it.
    let family = match m.family {
        Family::Decimal(1) => Family::Arabic,
        f => f,
    };
    rank(family)?;
    // A digit glued to a heading's words may have lost its stop (`1计划与……`), not to a
    // unit's (`2周一次`).
    let bare = !m.separated;
    if bare
        && !(family == Family::Arabic && text.starts_with(crate::scan::marker::opens_heading_words))
        || text.is_empty()
    {
        return None;
    }
    if line_marker(text).is_some_and(|(n, _)| n.family == m.family) {
        return None;
    }
    // (A year right after the stop, `1.2000年11月`, opens an item only at a line's start:
    // inside a line's sentences it is as often a figure's.)
    if family == Family::Arabic && text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Inside a number or an ordinal (`十一、` read from its `一`, `第一、`), and a digit
    // after a digit, a point or a letter (`21.`, `3.1.`, `A1、`).
    let prev = line[..at].chars().next_back();
    let inside = match family {
        Family::CnComma => {
            prev.is_some_and(|c| c == '第' || crate::scan::numeral::is_cn_numeral_char(c))
        }
        Family::Arabic => {
            prev.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '．'))
        }
        // A class's number after its grade (`三（1）班`, `初一(2)班`).
        Family::ArabicParen | Family::CnParen => {
            prev.is_some_and(|c| c.is_ascii_digit() || crate::scan::numeral::is_cn_numeral_char(c))
        }
        _ => false,
    };
    // (A number read from inside its brackets, `（1）` from its `1`, is the bracket's.)
    let bracketed = prev.is_some_and(|c| matches!(c, '（' | '('));
    (!inside && !bracketed).then_some(Number {
        at,
        family,
        value,
        text_at: line.len() - text.len(),
        bare,
    })
}

/// A number of one or two digits glued to a heading's words at byte `at` of `line`
/// (`1计划与……`): an item whose stop a copy lost.
fn bare_digits(line: &str, at: usize) -> Option<Number> {
    let rest = &line[at..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits)
        || !rest[digits..].starts_with(crate::scan::marker::opens_heading_words)
        || line[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '．'))
    {
        return None;
    }
    Some(Number {
        at,
        family: Family::Arabic,
        value: rest[..digits].parse().ok()?,
        text_at: at + digits,
        bare: true,
    })
}

/// Tells whether `s` holds no sentence's end and is no longer than a heading.
fn heading_like(s: &str) -> bool {
    !s.contains(is_terminator) && s.chars().take(GLUED_HEADING_MAX + 1).count() <= GLUED_HEADING_MAX
}

/// Where the numbers of a nested numbering stand in `line` (byte offsets, rising), if the
/// line holds one; empty otherwise.
pub fn numbering(line: &str) -> Vec<usize> {
    // Two families, each twice: four numbers and their words at the least.
    if line.len() < 24 || !two_families(line) {
        return Vec::new();
    }
    let mut stack: Vec<(Family, u32)> = Vec::new();
    let mut taken: Vec<Number> = Vec::new();
    // Where a number may stand is known from the characters read: after a sentence's end
    // or a colon (`ended`), or within a heading's length of the line's start or of the last
    // number's words (`since`, in characters). Only there are markers read.
    let mut ended = false;
    let mut since = 0usize;
    let mut last_char = '\0';
    // Quotations open so far, counted as read (a number inside one is its speaker's).
    let mut quotes = Quotes::default();
    for (at, c) in line.char_indices() {
        let was_ended = ended;
        let quoted = quotes.open();
        quotes.read(c);
        since += 1;
        // A sentence's end or a colon, the closers after it, spaces aside: `ended` holds.
        if !crate::scan::marker::is_space(c) {
            ended = is_terminator(c)
                || matches!(c, '：' | ':')
                || is_closer(c) && was_ended
                || c == '.' && crate::text::is_cjk(last_char);
            last_char = c;
        }
        let far = !was_ended && since > GLUED_HEADING_MAX + 1;
        // (And not inside the last number's marker, `（一）` read again from its `一`.)
        let inside = taken.last().is_some_and(|n| at < n.text_at);
        if at == 0 || !may_number(c) || far || inside || quoted {
            continue;
        }
        let Some(n) = number_at(line, at) else {
            continue;
        };
        let before = &line[..at];
        let after_heading = match taken.last() {
            // Right after a heading of a higher rank, its words glued on.
            Some(last) => {
                heading_like(&line[last.text_at..at]) && rank(last.family) < rank(n.family)
            }
            // After the line's first words: a title glued before its first heading.
            None => heading_like(before),
        };
        if !(was_ended || after_heading) {
            continue;
        }
        match stack.iter().position(|&(f, _)| f == n.family) {
            Some(k) if n.value == stack[k].1 + 1 => {
                stack.truncate(k + 1);
                stack[k].1 = n.value;
            }
            // A family opens at its one, under the open ones of a higher rank.
            None if n.value == 1 => {
                while stack.last().is_some_and(|&(f, _)| rank(f) > rank(n.family)) {
                    stack.pop();
                }
                stack.push((n.family, 1));
            }
            _ => continue,
        }
        since = line[n.at..n.text_at].chars().count();
        taken.push(n);
    }
    // A family that numbers once is none (`六(1)班`) unless its number heads the next one,
    // of a lower rank (an excerpt's only `一、` over its `（一）`); nor one whose every
    // number is glued to its words: the line's own numbers have stops.
    // (Counted once, by family: how many numbers, and whether one has its stop.)
    let mut counts: Vec<(Family, usize, bool)> = Vec::new();
    for n in &taken {
        match counts.iter_mut().find(|c| c.0 == n.family) {
            Some(c) => {
                c.1 += 1;
                c.2 |= !n.bare;
            }
            None => counts.push((n.family, 1, !n.bare)),
        }
    }
    let ranks: Vec<Option<u8>> = taken.iter().map(|n| rank(n.family)).collect();
    let mut k = 0;
    taken.retain(|n| {
        k += 1;
        let Some(&(_, count, stopped)) = counts.iter().find(|c| c.0 == n.family) else {
            return false;
        };
        let heads = ranks.get(k).is_some_and(|&next| next > rank(n.family));
        (heads || count >= NUMBERS_PER_FAMILY) && stopped
    });
    let mut families: Vec<u8> = taken.iter().filter_map(|n| rank(n.family)).collect();
    families.sort_unstable();
    families.dedup();
    if families.len() < 2 {
        return Vec::new();
    }
    let mut cuts = Vec::with_capacity(taken.len() * 2);
    for (k, n) in taken.iter().enumerate() {
        cuts.push(n.at);
        // A heading's words glued to its text, the text taking up the heading's first word
        // (`（二）处长的职责处长对本处……负责`): parted where that word comes again.
        let end = taken.get(k + 1).map_or(line.len(), |next| next.at);
        if rank(n.family) <= rank(Family::CnParen) {
            if let Some(body) = body_after_heading(&line[n.text_at..end]) {
                cuts.push(n.text_at + body);
            }
        }
    }
    cuts
}

/// The shortest heading (in characters) whose text glued after it is looked for.
const GLUED_HEADING_MIN: usize = 4;

/// Where the text glued after a heading's words starts in `words`: where the heading's
/// first two characters come again, after a heading's length, no punctuation before
/// (`处长的安全职责处长对本处……` → at the second `处长`).
fn body_after_heading(words: &str) -> Option<usize> {
    // (The first two characters, ideographs as the loop below requires of every one.)
    let lead = &words[..words.char_indices().nth(2)?.0];
    for (i, (k, c)) in words.char_indices().enumerate() {
        if i > GLUED_HEADING_MAX || !crate::text::is_cjk(c) {
            return None;
        }
        // (The text runs on as a sentence, a comma or a colon in it: words that repeat
        // their first word and stop, `安全生产安全责任制度`, are one heading.)
        if i >= GLUED_HEADING_MIN
            && words[k..].starts_with(lead)
            && words[k..].contains(['，', ',', '：', ':', '。', '；', ';'])
        {
            return Some(k);
        }
    }
    None
}

/// Tells, from the marks that close numbers alone (`、` `）` `)` `.` `．`, found by a
/// vectorised search of the bytes), whether `line` may hold numbers of two families: a
/// numeral before `、` (`一、`) or before a closing bracket (`（一）`), digits before a
/// closing bracket (`（1）`), or before `、` or a point (`1、` `1.`). Most lines hold none,
/// and are read no further.
fn two_families(line: &str) -> bool {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    static COMMA: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("、"));
    static BRACKET: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("）"));
    static POINT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("．"));
    let b = line.as_bytes();
    let mut seen = [false; 4];
    // The kind of number a closer at `k` closes: after a numeral, after digits.
    let mut see = |k: usize, numeral: Option<usize>, digits: usize| {
        let kind = match line[..k].chars().next_back() {
            Some(c) if crate::scan::numeral::is_cn_numeral_char(c) => numeral,
            Some(c) if c.is_ascii_digit() || ('０'..='９').contains(&c) => Some(digits),
            _ => None,
        };
        if let Some(kind) = kind {
            seen[kind] = true;
        }
    };
    for k in COMMA.find_iter(b) {
        see(k, Some(0), 3);
    }
    for k in BRACKET.find_iter(b) {
        see(k, Some(1), 2);
    }
    for k in POINT.find_iter(b) {
        see(k, None, 3);
    }
    for k in memchr::memchr2_iter(b')', b'.', b) {
        match b[k] {
            b')' => see(k, Some(1), 2),
            _ => see(k, None, 3),
        }
    }
    seen.iter().filter(|&&s| s).count() >= 2
}

/// The quotations open at a point of a line, counted as its characters are read: more `“`
/// than `”`, `「` than `」` or `『` than `』`, or an odd number of ASCII `"` (as
/// `crate::text::in_quotation` counts them over a whole prefix).
#[derive(Default)]
struct Quotes {
    curly: (u32, u32),
    corner: (u32, u32),
    white: (u32, u32),
    ascii: u32,
}

impl Quotes {
    fn read(&mut self, c: char) {
        match c {
            '“' => self.curly.0 += 1,
            '”' => self.curly.1 += 1,
            '「' => self.corner.0 += 1,
            '」' => self.corner.1 += 1,
            '『' => self.white.0 += 1,
            '』' => self.white.1 += 1,
            '"' => self.ascii += 1,
            _ => {}
        }
    }

    fn open(&self) -> bool {
        self.curly.0 > self.curly.1
            || self.corner.0 > self.corner.1
            || self.white.0 > self.white.1
            || self.ascii % 2 == 1
    }
}

/// Tells whether a number of [`rank`]'s families can open at `c`.
fn may_number(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '（' | '(' | '\u{2460}'..='\u{2473}' | '０'..='９')
        || crate::scan::numeral::is_cn_numeral_char(c)
}

/// The lines `line` ran together: parted before each number of its nested numbering, or
/// the line whole.
pub fn parts(line: &str) -> impl Iterator<Item = &str> {
    let mut cuts = numbering(line);
    // (Most lines hold none: nothing is pushed, nothing allocated.)
    if !cuts.is_empty() {
        cuts.push(line.len());
    }
    let whole = cuts.is_empty().then_some(line);
    let mut from = 0;
    whole
        .into_iter()
        .chain(cuts.into_iter().filter_map(move |to| {
            let part = crate::text::trim(&line[from..to]);
            from = to;
            (!part.is_empty()).then_some(part)
        }))
}

/// The fewest and the most characters of a headline run into its text.
const RUN_ON_TITLE: std::ops::RangeInclusive<usize> = 6..=60;
/// Tells whether `text` ends in a speech's kind (`……的讲话`, `……专题党课`): a subtitle
/// that says who gave it where.
pub fn is_speech_kind_end(text: &str) -> bool {
    SPEECH_KINDS.iter().any(|k| text.ends_with(k))
}

/// The kinds of a speech's headline (`……上的讲话`), which a salutation follows.
const SPEECH_KINDS: &[&str] = &[
    "讲话",
    "講話",
    "发言",
    "發言",
    "致辞",
    "致辭",
    "讲稿",
    "講稿",
    "报告",
    "報告",
    "党课",
    "黨課",
    "主持词",
    "主持詞",
    "讲话稿",
    "講話稿",
    "发言稿",
    "發言稿",
    "讲话提纲",
    "講話提綱",
    "发言材料",
    "發言材料",
    "演讲",
    "演講",
    "讲演",
    "講演",
];

/// The kinds of words said at an occasion (`……开幕词`, `新年贺词`, `……欢迎辞`): speeches
/// too ([`ends_as_speech`]), and papers set alone under a meeting's name
/// ([`crate::title::is_kind_word`]).
pub const OCCASION_KINDS: &[&str] = &[
    "开幕词",
    "開幕詞",
    "闭幕词",
    "閉幕詞",
    "贺词",
    "賀詞",
    "献词",
    "獻詞",
    "欢迎词",
    "歡迎詞",
    "欢迎辞",
    "歡迎辭",
    "答谢词",
    "答謝詞",
    "祝酒辞",
    "祝酒辭",
    "祝酒词",
    "祝酒詞",
    "致词",
    "致詞",
];

/// Tells whether a headline ends in the kind of a speech or a report (`……上的讲话`,
/// `政府工作报告`).
pub fn ends_as_speech(text: &str) -> bool {
    SPEECH_KINDS
        .iter()
        .chain(OCCASION_KINDS)
        .any(|k| text.ends_with(k))
}

/// Tells whether words end in the words said at an occasion ([`OCCASION_KINDS`]): a
/// headline that says who gave them (`国家主席某某发表新年贺词`) heads the words themselves,
/// where one that says who gave a speech (`某某发表重要讲话`) reports it.
pub fn ends_as_occasion(text: &str) -> bool {
    OCCASION_KINDS.iter().any(|k| text.ends_with(k))
}

/// Tells whether words say what speech they are after `的` (`在……上的讲话`, `……时的致辞`,
/// `……上的总结讲话`): the end of a speech's headline that names where it was given.
pub fn speech_after_de(text: &str) -> bool {
    SPEECH_KINDS.iter().chain(OCCASION_KINDS).any(|k| {
        text.strip_suffix(k).is_some_and(|s| {
            let s = s
                .strip_suffix("总结")
                .or_else(|| s.strip_suffix("總結"))
                .unwrap_or(s);
            s.ends_with('的')
        })
    })
}

/// Tells whether a headline ends in its kind: a paper's (`……实施细则`), a speech's
/// (`……上的讲话`) or a letter's (`致……的一封信`).
pub fn names_its_kind(text: &str) -> bool {
    crate::title::ends_with_paper_kind(text) || ends_as_speech(text) || ends_as_letter(text)
}

/// The kinds of letter a headline names, the last of its words (`致全市市民的一封信`,
/// `……公开信`, `……慰问信`): a letter opens with its addressee after its headline.
const LETTER_KINDS: &[&str] = &[
    "一封信",
    "公开信",
    "公開信",
    "慰问信",
    "慰問信",
    "感谢信",
    "感謝信",
    "倡议信",
    "倡議信",
    "贺信",
    "賀信",
];

/// Tells whether a headline ends in a letter's kind ([`LETTER_KINDS`]) and opens with whom
/// it is to or what it is about (`致……`, `给……`, `关于……`): a story's sentence tells of a
/// letter (`他寄来一封信`, `经大家一致决定送一封感谢信`).
fn ends_as_letter(text: &str) -> bool {
    LETTER_KINDS.iter().any(|k| text.ends_with(k))
        && ["致", "给", "給", "写给", "寫給", "关于", "關於"]
            .iter()
            .any(|w| text.starts_with(w))
}

/// The most characters of a salutation after a headline (`各位代表、同志们`).
const SALUTATION_MAX: usize = 12;

/// Where a document's first line, a copy having run its headline into the text, parts:
/// the headline's end and the text's start (byte offsets). The headline is a phrase, no
/// sentence's end or comma in it, and what follows says the head is over: a salutation and
/// its colon (`……的讲话同志们：今天……`), or, after a space, the day the text tells of or the
/// paper's number (`……动员会 9月21日上午，……`, `……实施意见 某政发〔2009〕69号 ……`).
pub fn head_run_on(line: &str) -> Option<(usize, usize)> {
    let space = crate::scan::marker::is_space;
    let titled = |head: &str| {
        RUN_ON_TITLE.contains(&head.chars().count())
            && !head.contains(|c: char| is_terminator(c) || matches!(c, '，' | ',' | '：' | ':'))
    };
    let kind = |head: &str| names_its_kind(head);
    // A salutation: the words before the first colon end a headline's kind and a greeting
    // (`同志们`, `各位代表、同志们`), the shortest greeting that reads as one. (The colon is
    // looked for within a headline's and a greeting's reach of the start.)
    let reach = line
        .char_indices()
        .nth(*RUN_ON_TITLE.end() + SALUTATION_MAX + 1)
        .map_or(line.len(), |(k, _)| k);
    if let Some(colon) = line[..reach].find(['：', ':']) {
        let before = &line[..colon];
        for (k, _) in before.char_indices().rev().take(SALUTATION_MAX) {
            let head = before[..k].trim_end_matches(space);
            let greeting = before[k..].trim_start_matches(space);
            // (A headline in black brackets, `【……倡议书】亲爱的市民朋友们：`, is read inside them.)
            let inner = crate::text::bracketed_line(head).unwrap_or(head);
            if is_addressee(greeting) && titled(inner) && kind(inner) {
                return Some((head.len(), k + (before[k..].len() - greeting.len())));
            }
        }
    }
    // A space, then the day the text tells of, its first sentence naming the headline's
    // event again (`……动员会 9月21日上午，我县召开……动员会`), or the paper's number after a
    // paper's headline (`……实施意见 某政发〔2009〕69号`).
    let gap = line.find(space)?;
    let head = &line[..gap];
    let after = &line[gap..];
    let rest = after.trim_start_matches(space);
    let start = gap + (after.len() - rest.len());
    if !titled(head) {
        return None;
    }
    let dated = crate::scan::date::find_date(rest).is_some_and(|(_, r)| r.start == 0)
        || crate::scan::date::month_day(rest).is_ok();
    let told_again = || {
        let tail = head
            .char_indices()
            .rev()
            .nth(RETOLD_TAIL - 1)
            .map_or(head, |(k, _)| &head[k..]);
        crate::text::first_sentence(rest).0.contains(tail)
    };
    let numbered = rest
        .split(space)
        .next()
        .is_some_and(crate::classify::doc_number);
    // Or, after a paper's headline, the text's first sentence, whole (`……实施细则 为奖励……，
    // 制定本细则。`): a headline names its kind, and a sentence of the text says what the
    // paper is for.
    // (A headline names its subject: no one who did it, `我单位认真学习了……办法`.)
    let sentence = || {
        let (first, stop, _) = crate::text::first_sentence(rest);
        let told = head.contains('了') || head.starts_with(['我', '你', '他', '她', '本']);
        !told
            && !stop.is_empty()
            && crate::text::count_to(first, RUN_ON_SENTENCE_MIN) >= RUN_ON_SENTENCE_MIN
            && first.contains(['，', ','])
    };
    ((dated && (kind(head) || told_again())) || (numbered || sentence()) && kind(head))
        .then_some((gap, start))
}

/// The fewest characters of a text's first sentence, a clause and a comma in it, that says
/// a paper's headline was run into it by a space (`……实施细则 为奖励……，制定本细则。`).
const RUN_ON_SENTENCE_MIN: usize = 20;

/// How many characters of a headline's end a news item's first sentence names again, as
/// it tells the event (`……工作动员会`).
const RETOLD_TAIL: usize = 6;

/// Tells whether words greet an audience, as a speech opens (`同志们`, `各位代表、同志们`,
/// `女士们先生们`, `尊敬的各位来宾`): each part, parted by `、` or a comma, is two characters
/// and `们`, or opens with `各位`, `尊敬的`, `亲爱的`, `广大` or `全体`.
pub(crate) fn is_addressee(greeting: &str) -> bool {
    greeting.split(['、', '，', ',']).all(|part| {
        let part = part.trim();
        let prefixed = [
            "各位",
            "尊敬的",
            "亲爱的",
            "親愛的",
            "广大",
            "廣大",
            "全体",
            "全體",
        ]
        .iter()
        .any(|g| part.starts_with(g));
        // (Audiences may stand side by side without a comma: `女士们先生们`.)
        let plural = !part.is_empty()
            && part.split_inclusive(['们', '們']).all(|w| {
                w.ends_with(['们', '們'])
                    && w.chars().count() == 3
                    && w.chars().all(crate::text::is_cjk)
            });
        prefixed && part.chars().count() <= SALUTATION_MAX || plural
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        parts(s).collect()
    }

    #[test]
    fn a_nested_numbering_parts_its_line() {
        let s = "某厂安全职责一、各类人员的职责(一)总要求1、厂长全面负责。2、科长分别负责。(二)厂长的职责1、组织考核;2、组织演练。二、附则本制度自发布之日起施行。";
        assert_eq!(
            split(s),
            [
                "某厂安全职责",
                "一、各类人员的职责",
                "(一)总要求",
                "1、厂长全面负责。",
                "2、科长分别负责。",
                "(二)厂长的职责",
                "1、组织考核;",
                "2、组织演练。",
                "二、附则本制度自发布之日起施行。",
            ]
        );
    }

    #[test]
    fn one_family_is_a_paragraph_list() {
        let s =
            "主要任务如下：（一）加强领导，明确责任；（二）完善制度，强化考核；（三）落实保障。";
        assert_eq!(split(s), [s]);
    }

    #[test]
    fn numbers_in_sentences_stay_text() {
        // `统一、` and `六(1)班` go on from nothing; `1、2、3` number no words.
        let s = "我们要统一、规范管理。六(1)班按照1、2、3的顺序排队。一、要点（一）甲。（二）乙。";
        assert_eq!(split(s), [s]);
        let t = "十一、第一、二名由(1)班获得，(2)班次之。";
        assert!(numbering(t).is_empty());
        // A class's number after its grade, under each of a list's heads.
        let u = "表彰如下：一、先进班级：三（1）班、四（2）班。二、优秀学生：张三（1）班、李四。三、进步之星：王五。";
        assert!(numbering(u).is_empty());
    }

    #[test]
    fn a_headline_run_into_its_text_is_parted() {
        let s = "县委书记在全县经济工作会议上的讲话同志们：今天，我们召开全县经济工作会议，主要任务是总结去年工作，部署今年任务，动员全县上下奋力实现目标。";
        let (end, start) = head_run_on(s).unwrap();
        assert_eq!(&s[..end], "县委书记在全县经济工作会议上的讲话");
        assert!(s[start..].starts_with("同志们："));
        let t = "我县召开秋收秋种工作动员会 9月21日上午，我县召开秋收秋种工作动员会，县委书记出席会议并讲话，对全县秋收秋种工作作了具体部署。";
        let (end, start) = head_run_on(t).unwrap();
        assert_eq!(&t[..end], "我县召开秋收秋种工作动员会");
        assert!(t[start..].starts_with("9月21日"));
        let u = "某省人民政府关于加快发展数字经济的实施意见 某政发〔2024〕12号 为贯彻落实国家关于数字经济发展的决策部署，加快推进数字产业化和产业数字化，现提出如下意见。";
        assert_eq!(
            &u[..head_run_on(u).unwrap().0],
            "某省人民政府关于加快发展数字经济的实施意见"
        );
    }

    #[test]
    fn a_headline_run_into_its_greeting_ends_at_the_greeting() {
        let head = |s: &str| head_run_on(s).map(|(end, _)| s[..end].to_string());
        let tail = "今天，我们在这里召开全县经济工作会议，主要任务是部署今年工作。";
        for (headline, greeting) in [
            ("县委书记在全县宣讲报告会上的讲话", "同志们："),
            ("县长在全县经济工作会议上的讲话稿", "同志们："),
            ("县长在全县经济工作会议上的讲话", "各位代表、同志们："),
            ("校长在开学典礼上的致辞", "老师们、同学们："),
            ("縣長在全縣經濟工作會議上的講話", "同志們："),
            ("县长在全县经济工作会议上的讲话", " 同志们："),
        ] {
            let line = format!("{headline}{greeting}{tail}");
            assert_eq!(head(&line).as_deref(), Some(headline), "{line}");
        }
        // A greeting that takes up a headline's word is none (`稿同志们`): no cut inside it.
        let line = format!("县长在全县经济工作会议上的讲话提纲同志们：{tail}");
        assert_ne!(
            head(&line).as_deref(),
            Some("县长在全县经济工作会议上的讲话")
        );
    }

    #[test]
    fn a_long_first_line_is_read_in_linear_time() {
        // (The colon far in: looked for within a headline's reach only.)
        let line = format!("{}同志们：结束。", "这是一句很长的话没有停顿".repeat(2000));
        assert_eq!(head_run_on(&line), None);
    }

    #[test]
    fn a_first_line_of_text_is_not_parted() {
        // A sentence that opens with words and a space, a short line, a salutation after
        // a sentence.
        let s = "今年以来 9月以后的工作重点是抓好秋收秋种，确保颗粒归仓，各村要高度重视，认真组织，切实做好各项工作，不得有误。";
        assert_eq!(head_run_on(s), None);
        assert_eq!(head_run_on("在全县经济工作会议上的讲话"), None);
        let t = "我们今天开会，主要是讲一讲工作同志们：大家要高度重视，认真组织，切实做好各项工作，确保完成全年目标任务，不辜负组织的信任。";
        assert_eq!(head_run_on(t), None);
        // A story's first sentence, an addressee: no headline, no event told again.
        let u = "那是一个很冷很冷的冬天的早晨 12月3日的风刮在脸上像刀子一样，母亲早早起来给我煮了一碗面。";
        assert_eq!(head_run_on(u), None);
        let v =
            "各乡镇人民政府、县直各单位 2024年3月1日起，全县开展安全生产大检查，请认真组织实施。";
        assert_eq!(head_run_on(v), None);
    }

    #[test]
    fn a_number_in_a_quotation_is_its_speakers() {
        let s = "他说：“一、坚持（一）甲；（二）乙；二、落实（一）丙”。结束语很长很长很长很长。";
        assert!(numbering(s).is_empty());
    }
}
