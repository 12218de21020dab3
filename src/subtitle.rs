//! Unnumbered structure: short subtitle lines used in parallel, and run-in leads (a short
//! first sentence heading its paragraph, used in parallel).

use crate::inline::Para;
use crate::scan::marker::{line_marker, Family};
use crate::scan::point::point_marker;
use crate::text::{chars, count_to, first_sentence, is_cjk, is_terminator};

/// A subtitle can be at most this many characters.
pub const SUBTITLE_MAX: usize = 30;
/// The paragraph a subtitle heads has at least this many characters.
pub const HEADED_MIN: usize = 30;
/// A paragraph of whole sentences shorter than [`HEADED_MIN`] is headed by a line of the
/// subtitles' form beside others over text of full length, if it has at least this many
/// characters: a sentence's worth (`他回答提问时，手势十分丰富。`, 15), not a caption's
/// word or two.
const HEADED_SHORT_MIN: usize = 10;

/// Words that end an image caption or credit, never a subtitle.
const CAPTION_ENDINGS: &[&str] = &[
    "摄",
    "供图",
    "照片",
    "图片",
    "资料图",
    "资料圖",
    "美聯社",
    "美联社",
    "路透社",
    "新华社发",
    "视觉中国",
];

/// How many paragraphs above a subtitle the list it goes on from is looked for: the
/// items and text under the subtitle before.
const GOES_ON_REACH: usize = 100;

/// Words that open a picture's caption before what it shows (`资料图 某某联合军演`,
/// `资料照片：……`), as [`CAPTION_ENDINGS`] close one.
const CAPTION_OPENINGS: &[&str] = &[
    "资料图",
    "資料圖",
    "资料照片",
    "資料照片",
    "图片说明",
    "圖片說明",
];

/// Tells whether a line opens with a caption's words, then a space or a colon.
fn caption_opening(text: &str) -> bool {
    CAPTION_OPENINGS.iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|rest| rest.starts_with([' ', '\u{3000}', '：', ':', '|', '｜']))
    })
}

/// Leads of this many characters at most are labels of one form (`线索发现。`
/// `调查核实。`): the first of them under a heading is a lead too.
const SAME_FORM_MAX: usize = 6;

/// Tells whether a line is a short label in black brackets (`【要旨】` `【关键词】`), two or
/// three ideographs: a field's heading where such labels take turns under each record.
fn short_bracket_label(text: &str) -> bool {
    crate::text::bracketed_line(text).is_some_and(|inner| {
        (2..=3).contains(&count_to(inner, 4)) && inner.chars().all(crate::text::is_cjk)
    })
}

/// Tells whether a line is a bare label of two or three ideographs (`案由` `建议`): no
/// marker, no punctuation, no bracket.
fn bare_label(text: &str) -> bool {
    (2..=3).contains(&count_to(text, 4)) && text.chars().all(crate::text::is_cjk)
}

/// Tells whether a subtitle is a bare label's longer sibling: ideographs alone, at most a
/// short phrase (`现状与问题`), as a form's part is named.
fn bare_label_like(text: &str) -> bool {
    (4..=BARE_SIBLING_MAX).contains(&count_to(text, BARE_SIBLING_MAX + 1))
        && text.chars().all(crate::text::is_cjk)
}

/// The most characters of a form's part named beside bare labels (`现状与问题`).
const BARE_SIBLING_MAX: usize = 6;

/// The most characters of a form's part label alone on its line (`案由：`, `被申请人：`).
const PART_LABEL_MAX: usize = 5;

/// Tells whether a line is a part's label alone: two to five ideographs and a colon
/// (`理由：`). An addressee (`各单位：`), a unit over its duties (`后勤保障部：`) or a word
/// of the argument (`例如：`) is none.
fn colon_label_alone(text: &str) -> bool {
    text.strip_suffix(['：', ':']).is_some_and(|label| {
        (2..=PART_LABEL_MAX).contains(&count_to(label, PART_LABEL_MAX + 1))
            && label.chars().all(crate::text::is_cjk)
            && !label.starts_with('各')
            && !crate::title::ends_as_org(label)
            // `例如：` `再例如：` bring in an example, no part.
            && !DISCOURSE_OPENERS
                .iter()
                .any(|w| label.starts_with(w) || label.ends_with(w))
    })
}

/// Tells whether a line may be a subtitle on its own: short, no sentence end, no colon.
pub fn subtitle_candidate(text: &str) -> bool {
    // (Judged as read: a mirror's pinyin glosses, `保衛(wèi)戰(zhàn)`, are no words.)
    let plain = crate::text::without_glosses(text);
    let text = &*plain;
    // A headline in black brackets, the whole line (`【从A到B：C】`, a news story's
    // subtitle), may hold a colon: the brackets close it.
    let (text, colon_ok) = match crate::text::bracketed_line(text) {
        Some(inner) if !inner.ends_with(['：', ':']) => (inner, true),
        _ => (text, false),
    };
    let n = count_to(text, SUBTITLE_MAX + 1);
    (4..=SUBTITLE_MAX).contains(&n)
        && !text.contains(|c: char| is_terminator(c) || !colon_ok && matches!(c, '：' | ':'))
        && !text.ends_with(['，', ',', '、', '…', '|', '｜'])
        // Cells parted by tabs, or by runs of layout spaces in two places or more, are a
        // table's row, not a heading (`序号　　任务　　完成时限`).
        && !text.contains('\t')
        && layout_gaps(text) < ROW_GAPS_MIN
        // A quotation opens a sentence, unless black brackets make the whole line a
        // headline (`【“人多的时候不赚钱”】`), or the quotes hold a keyword the line goes on
        // about (`“小切口”撬动大治理`, as leads name their topic).
        && (colon_ok || !text.starts_with(['“', '"']) || quoted_keyword(text))
        && !text.starts_with(['—', '-', '《', '[', '［', '（', '('])
        && (!text.starts_with(|c: char| c.is_ascii_digit()) || year_topic(text))
        && !CAPTION_ENDINGS.iter().any(|e| text.ends_with(e))
        && !caption_opening(text)
        && !is_adoption_note(text)
        && !text.starts_with("图为")
        && !is_figure_caption(text)
        // `▲ 某某` points up at the picture above: a caption.
        && !text.starts_with(['▲', '△', '↑'])
        && !(text.contains('摄') && text.ends_with(['）', ')']))
        // A date alone (`二○○三年五月七日`) dates what it closes: it heads nothing.
        && !crate::scan::date::date(text).is_ok_and(|(rest, _)| crate::text::trim(rest).is_empty())
        && text.chars().filter(|&c| crate::text::is_cjk(c)).count() * 2 >= n
}

/// Tells whether a line opening with a figure names a year's topic (`2002年工作回顾`
/// `2024年工作安排`): a year of four digits, then words without another figure. A line
/// of figures (`2023年全市生产总值增长5%`), a date (`2024年5月`) or a number is none.
fn year_topic(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let Some(rest) = text[digits..].strip_prefix('年') else {
        return false;
    };
    digits == 4
        && rest.chars().next().is_some_and(is_cjk)
        && !rest.chars().any(crate::scan::numeral::is_any_digit)
        && !rest.contains(['%', '％'])
}

/// Tells whether a line is one quotation from end to end of a subtitle's shape, no sentence
/// end in it (`“我更习惯被称为学者”`): a heading that quotes its speaker, as a headline
/// does, over an interviewer's question or beside other subtitles ([`subtitle_decisions`]). (A
/// quoted sentence ends inside its quotes, `“……。”`.)
pub fn quoted_whole(text: &str) -> bool {
    text.strip_prefix('“')
        .and_then(|t| t.strip_suffix('”'))
        .is_some_and(|inner| !inner.contains(['“', '”']) && subtitle_candidate(inner))
}

/// Tells whether a line is (the end of) a law's note of its passing, broken off its
/// brackets or lines (`常务委员会第六次主任会议修订`): the meeting that passed or amended
/// it, no heading.
fn is_adoption_note(text: &str) -> bool {
    let bare = text.trim_end_matches(['）', ')']);
    let at_meeting = ["会议", "會議"].iter().any(|m| {
        ADOPTION_VERBS
            .iter()
            .any(|w| bare.strip_suffix(w).is_some_and(|t| t.ends_with(m)))
    });
    // Or a date and the passing on it, the parts it touched in brackets after it or none
    // (`2019年3月8日修订通过（第二、三章）`, `本章程于2018年5月4日通过`): a line of the
    // paper's history.
    let scope = text
        .strip_suffix(['）', ')'])
        .and_then(|t| t.rfind(['（', '(']).map(|open| &t[..open]))
        .unwrap_or(text);
    let scope = scope.trim_end();
    at_meeting
        || ADOPTION_VERBS.iter().any(|w| scope.ends_with(w))
            && crate::scan::date::find_date(scope).is_some()
}

/// The words a law's or a charter's note of its passing ends with.
const ADOPTION_VERBS: &[&str] = &["通过", "通過", "修订", "修訂", "修正", "批准"];

/// The label of a topic line (`生态种茶：守住……`) has at most this many characters: a
/// topic named in a word or two.
const TOPIC_LABEL_MAX: usize = 6;

/// How many characters a topic line's label may differ from the commonest length of its
/// siblings' labels: parallel labels are about one length, a word more or less.
const TOPIC_LABEL_SPREAD: usize = 2;

/// The label's length, when `text` is a topic's label, a colon and a headline-like phrase
/// (`生态种茶：守住“金字招牌”的根`), short enough for a subtitle.
fn topic_colon(text: &str) -> Option<usize> {
    let colon = text.find(['：', ':'])?;
    let label = &text[..colon];
    let rest = &text[colon..];
    let rest = &rest[rest.chars().next()?.len_utf8()..];
    let n = chars(label);
    ((2..=TOPIC_LABEL_MAX).contains(&n)
        && label.chars().all(crate::text::is_cjk)
        && count_to(text, SUBTITLE_MAX + 1) <= SUBTITLE_MAX
        && subtitle_candidate(rest))
    .then_some(n)
}

/// Tells whether a line opens with a short label and a colon (`活动地点：户外`, `活动内容：`),
/// whatever follows: a field's shape (a record's line beside others, no heading).
pub fn labelled(text: &str) -> bool {
    let head: &str = match text.char_indices().nth(TOPIC_LABEL_MAX + 1) {
        Some((at, _)) => &text[..at],
        None => text,
    };
    // (A label spaced out as a form sets it, `地 點：`, is one word.)
    head.find(['：', ':']).is_some_and(|colon| {
        let label = crate::names::join_spaces(&text[..colon]);
        chars(&label) >= 2 && label.chars().all(crate::text::is_cjk)
    })
}

/// Words that name an essay's introduction: a part before its numbered sections.
const INTROS: &[&str] = &["引言", "前言", "导言", "序言", "绪论", "导论"];

/// Words that name an essay's conclusion: a part after its numbered sections.
const CONCLUSIONS: &[&str] = &[
    "结语",
    "结束语",
    "结论",
    "结尾",
    "余论",
    "尾声",
    "后记",
    "後記",
];

/// The label of a line that may name a part of an essay: the word alone (`结语`) or before a
/// colon and a short phrase (`引言：在历史的交汇点上……`).
fn part_label(text: &str) -> Option<&str> {
    // (Short lines only, looked at before anything else: most paragraphs are long.)
    if text.len() > SUBTITLE_MAX * 4 || count_to(text, SUBTITLE_MAX + 1) > SUBTITLE_MAX {
        return None;
    }
    let (label, rest) = text.split_once([':', '：']).unwrap_or((text, ""));
    (!rest.contains(is_terminator)).then(|| crate::text::trim(label))
}

/// Tells whether a line names an introduction or a conclusion.
pub fn is_bookend(text: &str) -> bool {
    part_label(text).is_some_and(|l| INTROS.contains(&l) || CONCLUSIONS.contains(&l))
}

/// The most bytes of a part's name alone, spaces and all (`结 束 语` is 13).
const PART_WORD_MAX_BYTES: usize = 24;

/// Tells whether a line is an introduction's or a conclusion's name alone, however spaced
/// (`引　言`, `结语`): a part's heading, never a document's headline.
pub fn is_part_word(text: &str) -> bool {
    // (A few characters and their spaces at most.)
    if text.len() > PART_WORD_MAX_BYTES {
        return false;
    }
    let word = crate::names::join_spaces(text);
    INTROS.contains(&word.as_str()) || CONCLUSIONS.contains(&word.as_str())
}

/// Tells whether a line names an introduction (`引言：……`, `前言`).
pub fn is_intro(text: &str) -> bool {
    part_label(text).is_some_and(|l| INTROS.contains(&l))
}

/// The paragraphs (in order) that are topic lines of one form: two or more lines of a
/// label, a colon and a phrase (`生态种茶：……` `精深加工：……` `茶旅融合：……`), each over text of
/// its own (no two side by side, as a record's fields stand: `活动时间：……` `活动地点：……`),
/// their labels different and of one length, as parallel headings keep.
fn topic_lines(paras: &[Para<'_>], numbered: &[bool]) -> Vec<usize> {
    let found: Vec<(usize, usize)> = (0..paras.len())
        .filter(|&j| {
            let bytes = paras[j].text.as_bytes();
            !numbered[j]
                && (memchr::memchr(b':', bytes).is_some()
                    || memchr::memmem::find(bytes, "：".as_bytes()).is_some())
        })
        .filter_map(|j| topic_colon(&paras[j].text).map(|n| (j, n)))
        // (Nor beside a field of another shape: `活动地点：户外` over `活动对象：……` over
        // `活动内容：`, a plan's fields whatever their values.)
        .filter(|&(j, _)| {
            let field = |k: usize| !numbered[k] && labelled(&paras[k].text);
            !(j > 0 && field(j - 1) || j + 1 < paras.len() && field(j + 1))
        })
        .collect();
    if found.len() < 2 || found.windows(2).any(|w| w[1].0 == w[0].0 + 1) {
        return Vec::new();
    }
    let Some((len, count)) = commonest(found.iter().map(|&(_, n)| n)) else {
        return Vec::new();
    };
    // (Parallel labels are of about one length: `门诊报销` `住院报销` `大病保险待遇`.)
    let lines: Vec<usize> = found
        .iter()
        .filter(|&&(_, n)| n.abs_diff(len) <= TOPIC_LABEL_SPREAD)
        .map(|&(j, _)| j)
        .collect();
    let label = |j: usize| paras[j].text.split(['：', ':']).next().unwrap_or("");
    let mut labels: Vec<&str> = lines.iter().map(|&j| label(j)).collect();
    labels.sort_unstable();
    labels.dedup();
    // (Siblings stand at one level: inside items of one series each, or outside any. A line
    // inside an item, its series going on past it, `二、` above and `三、` below, is no
    // sibling of one before that series, `主题：……` over the text and `主席：……` in its
    // `二、`.)
    // (The numbered paragraphs nearest each line, found in one pass each way.)
    let marked = |k: usize| {
        numbered[k]
            .then(|| crate::scan::marker::line_marker(&paras[k].text))
            .flatten()
            .map(|(m, _)| m)
    };
    let mut last = None;
    let mut before_at = vec![None; paras.len()];
    for (k, b) in before_at.iter_mut().enumerate() {
        *b = last;
        if numbered[k] {
            last = Some(k);
        }
    }
    let mut next = None;
    let mut after_at = vec![None; paras.len()];
    for k in (0..paras.len()).rev() {
        after_at[k] = next;
        if numbered[k] {
            next = Some(k);
        }
    }
    let inside = |j: usize| -> Option<crate::scan::marker::Family> {
        let before = before_at[j].and_then(marked)?;
        let after = after_at[j].and_then(marked)?;
        (before.family == after.family
            && before
                .number
                .zip(after.number)
                .is_some_and(|(b, a)| a == b + 1))
        .then_some(before.family)
    };
    let first = lines.first().map(|&j| inside(j));
    if count >= 2 && labels.len() == lines.len() && lines.iter().all(|&j| Some(inside(j)) == first)
    {
        lines
    } else {
        Vec::new()
    }
}

/// How many paragraphs after a list's first item its second is looked for: the first
/// item's own text runs a few paragraphs.
const SECOND_ITEM_REACH: usize = 40;

/// The most texts said again that may take turns as a form's fields: a form has a few.
const TURN_GROUPS_MAX: usize = 16;

/// The fewest lines of one ending that make a form of headings ([`ending_siblings`]): two
/// may share an ending by chance.
const ENDING_SIBLINGS_MIN: usize = 3;

/// How many characters the lengths of siblings of one ending may differ: parallel headings
/// are about one length.
const ENDING_SIBLINGS_SPREAD: usize = 2;

/// Marks the candidates (`candidate`) that are siblings of one ending: each alone over a
/// paragraph of text, three or more sharing their last two characters, their lengths within
/// two of one another's.
fn ending_siblings(paras: &[Para<'_>], candidate: &[bool], numbered: &[bool]) -> Vec<bool> {
    let mut out = vec![false; paras.len()];
    // (Not a story's cues, `爸爸笑着说` `妈妈笑着说`, nor lines a person opens, a song's
    // `我们……在这田野上`: those bring in words, heading none.)
    let alone: Vec<usize> = (0..paras.len())
        .filter(|&j| candidate[j])
        .filter(|&j| !paras[j].text.ends_with(SAYS) && !paras[j].text.starts_with(PERSONS))
        .filter(|&j| j == 0 || !candidate[j - 1])
        .filter(|&j| {
            paras
                .get(j + 1)
                .is_some_and(|p| !candidate[j + 1] && !numbered[j + 1] && !p.text.is_empty())
        })
        .collect();
    let mut by_ending: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for &j in &alone {
        by_ending
            .entry(crate::text::last_chars(&paras[j].text, 2))
            .or_default()
            .push(j);
    }
    for alike in by_ending.into_values() {
        let lengths = alike.iter().map(|&k| chars(&paras[k].text));
        let spread = lengths.clone().max().unwrap_or(0) - lengths.min().unwrap_or(0);
        if alike.len() >= ENDING_SIBLINGS_MIN && spread <= ENDING_SIBLINGS_SPREAD {
            for k in alike {
                out[k] = true;
            }
        }
    }
    out
}

/// The fewest characters of a chronicle's entry under its period that is no sentence:
/// shorter, an entry tells its event as a sentence (`3月，工厂动工。`); a word or a figure
/// under a year (`增长6.2%`) is a table's cell.
const ENTRY_MIN: usize = 10;

/// Marks the lines that are a chronicle's periods (大事记 under `1958年` `1959年`, or `一月`
/// `二月`): a period alone on its line ([`crate::scan::date::period`]), unnumbered, over
/// text, two or more of one kind (years, months, or a year's months) going on in time. A
/// year between them starts the months again.
fn period_lines(paras: &[Para<'_>], numbered: &[bool], alone: &[bool]) -> Vec<bool> {
    use crate::scan::date::{period, Period};
    let mut out = vec![false; paras.len()];
    // (Read again only where `alone` found a period: a few lines of a text.)
    let period_at = |j: usize| {
        alone[j]
            .then(|| period(paras[j].text.trim()).ok().map(|(_, p)| p))
            .flatten()
    };
    let kind = |p: &Period| (p.year.is_some(), p.month.is_some());
    // Each over words: a figure alone under it is a table's cell (`2021年` over `125.3`), and
    // so is a period of its kind right under it (the figures gone as no words).
    let at: Vec<(usize, Period)> = (0..paras.len())
        .filter(|&j| !numbered[j])
        .filter_map(|j| period_at(j).map(|p| (j, p)))
        .filter(|&(j, p)| {
            paras.get(j + 1).is_some_and(|next| match period_at(j + 1) {
                Some(q) => kind(&q) != kind(&p),
                None => {
                    (count_to(&next.text, ENTRY_MIN) >= ENTRY_MIN
                        || next.text.ends_with(is_terminator))
                        && next.text.contains(is_cjk)
                }
            })
        })
        .collect();
    // Where the years stand, in order: a month's series starts again after one.
    let years: Vec<usize> = at
        .iter()
        .filter(|(_, p)| kind(p) == (true, false))
        .map(|&(j, _)| j)
        .collect();
    for k in [(true, false), (false, true), (true, true)] {
        let of_kind: Vec<&(usize, Period)> = at.iter().filter(|(_, p)| kind(p) == k).collect();
        if of_kind.len() < 2 {
            continue;
        }
        // (Months start again under each year that stands between them.)
        // (Newest first, as some chronicles run, or oldest first: one way throughout.)
        let year_between = |from: usize, to: usize| {
            let k = years.partition_point(|&y| y < from);
            years.get(k).is_some_and(|&y| y < to)
        };
        let goes = |later: bool| {
            of_kind.windows(2).all(|w| {
                (w[1].1 > w[0].1) == later && w[1].1 != w[0].1
                    || k == (false, true) && year_between(w[0].0, w[1].0)
            })
        };
        let goes_on = goes(true) || goes(false);
        // (Years over months: the years part the chronicle, the months stay its entries'
        // lines.)
        let under_years = k == (false, true) && out.iter().any(|&y| y);
        if goes_on && !under_years {
            for &&(j, _) in &of_kind {
                out[j] = true;
            }
        }
    }
    out
}

/// The fewest gaps of layout spaces that make a line a table's row: one gap may set two
/// halves of a headline apart (`坚定信心　　真抓实干`).
pub const ROW_GAPS_MIN: usize = 2;

/// Counts the runs of two or more spaces (of any width) inside `text`.
pub fn layout_gaps(text: &str) -> usize {
    let mut gaps = 0;
    let mut run = 0;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            run += 1;
        } else {
            gaps += usize::from(run >= 2);
            run = 0;
        }
    }
    gaps
}

/// A table's row has at least this many cells parted by tabs.
const ROW_CELLS_MIN: usize = 3;

/// Tells whether `cells` (a line, or the part after its marker) is a table's row: cells
/// parted by tabs, three or more, or by runs of layout spaces in two places or more
/// without a sentence's end (`（一）予以公开    31    3    34`).
pub fn table_row(cells: &str) -> bool {
    // (Most lines have no tab nor space to part cells: settled by a byte search.)
    let tabbed = memchr::memchr(b'\t', cells.as_bytes()).is_some()
        && cells.split('\t').filter(|c| !c.trim().is_empty()).count() >= ROW_CELLS_MIN;
    let spaced = || {
        (memchr::memchr(b' ', cells.as_bytes()).is_some()
            || memchr::memmem::find(cells.as_bytes(), "\u{3000}".as_bytes()).is_some())
            && layout_gaps(cells) >= ROW_GAPS_MIN
            && !cells.contains(is_terminator)
    };
    tabbed || spaced()
}

/// Tells whether a line is a table's caption (`表 1-1 危险级隐患`): over a table's rows
/// numbered as a list, it heads them as a label does. (A figure's stands under a picture.)
fn table_caption(text: &str) -> bool {
    text.starts_with('表') && is_figure_caption(text) && !text.contains(is_terminator)
}

/// Tells whether a line is a table's or a figure's caption: `表1　主要变量`, `图 2 趋势`,
/// `表3-1 …` — the word, then a number.
fn is_figure_caption(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(['表', '图', '圖']) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    // An appendix's table or figure carries its letter (`表 B.1`, `图A.2`).
    let rest = match rest.strip_prefix(|c: char| c.is_ascii_uppercase()) {
        Some(after) if after.starts_with(['.', '．']) => &after[1..],
        _ => rest,
    };
    rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Tells whether a line introduces the list under it: short, ending in `：` or `〜`, e.g.
/// `目标是：` over bullets or `《方案》明确，全市要完成这些任务〜` over subtitles.
pub fn list_intro(text: &str) -> bool {
    (3..=SUBTITLE_MAX).contains(&count_to(text, SUBTITLE_MAX + 1))
        && text.ends_with(['：', ':', '〜', '～', '~'])
        && !text.contains(|c: char| is_terminator(c))
}

/// The fewest characters of a sentence that introduces the paragraphs after it
/// (`本次调研旨在：`), spaces aside: a field's label alone (`关键词：`, `摘　要：`) is shorter.
const INTRODUCES_MIN: usize = 5;

/// Tells whether a line is a sentence that introduces the paragraphs after it
/// (`本次调研旨在：`), no field's label alone (`中图分类号：`, `摘　要：`).
fn introduces(text: &str) -> bool {
    list_intro(text) && {
        let squeezed = crate::names::join_spaces(text);
        count_to(&squeezed, INTRODUCES_MIN + 1) > INTRODUCES_MIN && !colon_label_alone(&squeezed)
    }
}

/// A label over a list (`后勤保障部：`) is at most this many characters: a department,
/// a group of people, a stage; a longer line ending in a colon is a sentence introducing
/// what follows.
const LABEL_MAX: usize = 16;

/// Finds the label lines that head numbered lists in parallel: short lines ending in a
/// colon, each right above a numbered line, where at least two labels differ
/// (`后勤保障部：` / `学生所在学院：`). A label repeated the same before each list
/// (`主要举措：`) names no branch of its own and stays text.
pub fn list_labels(paras: &[Para<'_>], numbered: &[bool]) -> Vec<usize> {
    let at: Vec<usize> = (0..paras.len().saturating_sub(1))
        .filter(|&i| {
            !numbered[i]
                && numbered[i + 1]
                && (list_intro(&paras[i].text) || table_caption(&paras[i].text))
                && count_to(&paras[i].text, LABEL_MAX + 1) <= LABEL_MAX
        })
        .collect();
    // Parallel labels head lists of one kind, each from its start (`1.`): labels are
    // grouped by the kind of list under them (a salutation `各部门：` over `一、` is
    // none of the department labels over `1.` lists).
    let list = |i: usize| line_marker(&paras[i + 1].text).map(|(m, _)| (m.family, m.number));
    let mut kinds: Vec<Family> = Vec::new();
    for &i in &at {
        if let Some((f, _)) = list(i) {
            if !kinds.contains(&f) {
                kinds.push(f);
            }
        }
    }
    let mut labels = Vec::new();
    for kind in kinds {
        let group: Vec<usize> = at
            .iter()
            .copied()
            .filter(|&i| list(i).is_some_and(|(f, _)| f == kind))
            .collect();
        if group
            .iter()
            .any(|&i| list(i).is_some_and(|(_, n)| n.is_some_and(|n| n != 1)))
        {
            continue;
        }
        // (Or labels said again under each item of a series above the lists, taking turns
        // (`会议结论：` `遗留问题：` under each `议题N、`): the parts of parallel records.)
        let turns = turn_taking(paras, numbered, &group, kind);
        let mut once = once_each(paras, group);
        once.extend(turns);
        if once.len() >= 2 {
            labels.extend(once);
        }
    }
    labels.sort_unstable();
    labels.dedup();
    labels
}

/// The paragraphs of `at` whose text comes again, taking turns with another's (A B A B …),
/// each time under another item of a series other than `kind` (the lists' own): the field
/// labels of parallel records.
fn turn_taking(paras: &[Para<'_>], numbered: &[bool], at: &[usize], kind: Family) -> Vec<usize> {
    let mut places: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for &i in at {
        places.entry(&paras[i].text).or_default().push(i);
    }
    let groups: Vec<(&str, Vec<usize>)> = places.into_iter().filter(|(_, v)| v.len() > 1).collect();
    if groups.len() < 2 || groups.len() > TURN_GROUPS_MAX {
        return Vec::new();
    }
    let other_item = |k: usize| {
        numbered[k] && line_marker(&paras[k].text).is_some_and(|(m, _)| m.family != kind)
    };
    let under_items = |at: &[usize]| at.windows(2).all(|w| (w[0] + 1..w[1]).any(other_item));
    let takers = crate::repeated::turn_takers(&groups, under_items);
    groups
        .iter()
        .filter(|(t, _)| takers.contains(t))
        .flat_map(|(_, v)| v.iter().copied())
        .collect()
}

/// The paragraphs of `at` whose text no other of them repeats word for word (a label
/// said once names a branch of its own; one said before each list, `主要举措：`, none).
fn once_each(paras: &[Para<'_>], at: Vec<usize>) -> Vec<usize> {
    let mut times: std::collections::HashMap<&str, usize> = Default::default();
    for &i in &at {
        *times.entry(&paras[i].text).or_default() += 1;
    }
    at.into_iter()
        .filter(|&i| times.get(&*paras[i].text) == Some(&1))
        .collect()
}

/// Finds the label lines that head paragraphs in parallel (`后勤保障部：` over a paragraph of
/// its duties, `学生工作部：` over its own): a label of words alone on its line, ending in a
/// colon, right over an unnumbered paragraph that says something; two or more, every label
/// once, none right under another (a record's fields stand so). A speaker's turn
/// (`记者：` again and again), an example's or a quotation's opener (`例如：`, `某某指出：`)
/// and an addressee (`各单位：`) are none.
pub fn prose_labels(paras: &[Para<'_>], numbered: &[bool]) -> Vec<usize> {
    let label = |i: usize| {
        let text = &paras[i].text;
        let Some(words) = text.strip_suffix(['：', ':']) else {
            return false;
        };
        if numbered[i] {
            return false;
        }
        // (An aside in brackets is none of the label's words: `市民（匿名）反映：`.)
        let Some(plain) = crate::names::without_asides(words) else {
            return false;
        };
        let words = plain.as_str();
        (2..=LABEL_MAX).contains(&count_to(words, LABEL_MAX + 1))
            && words.chars().all(crate::text::is_cjk)
            && !words.starts_with('各')
            // An addressee (`亲爱的市民朋友们：` `尊敬的……：`).
            && !words.starts_with("亲爱的")
            && !words.starts_with("尊敬的")
            && !words.ends_with(['们', '們'])
            && !DISCOURSE_OPENERS
                .iter()
                .any(|w| words.starts_with(w) || words.ends_with(w))
            && !crate::inline::REPORTING_VERBS
                .iter()
                .any(|v| words.ends_with(v))
    };
    let says = |i: usize| {
        let text = &paras[i].text;
        // (A paragraph opening with a quotation is the words the label brings in:
        // `正如古人所言：` over `“……”`.)
        !numbered[i]
            && !text.starts_with(['“', '「', '"', '『'])
            && text.contains(is_terminator)
            && count_to(text, LABELLED_TEXT_MIN) >= LABELLED_TEXT_MIN
            // (A value of a number or a date, `5月10日上午。`, is a field's.)
            && !text.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    let at: Vec<usize> = (0..paras.len().saturating_sub(1))
        .filter(|&i| label(i) && says(i + 1) && !(i > 0 && label(i - 1)))
        .collect();
    let once = once_each(paras, at);
    if once.len() >= 2 {
        once
    } else {
        Vec::new()
    }
}

/// The fewest characters of the paragraph under a label of [`prose_labels`]: a sentence,
/// however short (`负责防汛。`); a value opening with a number (`5月10日上午。`) is none.
const LABELLED_TEXT_MIN: usize = 4;

/// A column's tag (`【工作动态】`) names a column in at most this many characters.
const COLUMN_MAX: usize = 10;

/// The name inside a column's tag alone on its line: `【工作动态】` gives `工作动态`; a
/// field label (`【导语：】`) or a sentence in brackets gives nothing.
fn column_name(text: &str) -> Option<&str> {
    let name = crate::text::bracketed_line(text)?;
    let plain = !name
        .contains(|c: char| is_terminator(c) || matches!(c, '【' | '】' | '：' | ':' | '，' | ','));
    (plain && (2..=COLUMN_MAX).contains(&chars(name))).then_some(name)
}

/// Finds the column tags of a bulletin or a page (`【工作动态】` `【经验交流】`): tags
/// alone on their lines, each right over a headline (a short unnumbered line without a
/// sentence end) that heads text of its own, at least two of them, every name once. A tag
/// repeated before each block (`【基本案情】` under every case) is a field's label, and a
/// tag over its paragraph (`【储备：菜窖与冷库一起扩容】`) is itself the headline.
///
/// Reads `count` lines of text (no empty ones), given how to get each and whether it is
/// numbered; gives the tags' indexes.
pub fn column_tags<'t>(
    count: usize,
    text: impl Fn(usize) -> &'t str,
    numbered: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let tags: Vec<usize> = (0..count)
        .filter(|&i| !numbered(i) && column_name(text(i)).is_some())
        .collect();
    if tags.len() < 2 {
        return Vec::new();
    }
    let headline = |k: usize| {
        k < count
            && {
                let t = text(k);
                !numbered(k)
                    && column_name(t).is_none()
                    && count_to(t, SUBTITLE_MAX * 2 + 1) <= SUBTITLE_MAX * 2
                    && !t.ends_with(is_terminator)
            }
            && k + 1 < count
            && column_name(text(k + 1)).is_none()
    };
    let mut names: Vec<&str> = tags.iter().filter_map(|&i| column_name(text(i))).collect();
    names.sort_unstable();
    let distinct = names.windows(2).all(|w| w[0] != w[1]);
    if !distinct || !tags.iter().all(|&i| headline(i + 1)) {
        return Vec::new();
    }
    tags
}

/// A part heading (the heading of one of several notices or announcements printed
/// together) is at most this many characters: an issuer's name and a document's.
const PART_HEADING_MAX: usize = 60;
/// Part headings share their first this many characters: the issuer, or the series name.
const STEM_MIN: usize = 6;
/// A part heading's own numbered list starts within this many paragraphs below it (a
/// dateline and a preamble may come between).
const PART_REACH: usize = 4;

/// The first [`STEM_MIN`] characters of `t`, when it has more.
fn stem(t: &str) -> Option<&str> {
    t.char_indices().nth(STEM_MIN).map(|(end, _)| &t[..end])
}

/// Finds the headings of parts printed together (`某市指挥部第33号公告`, `某市指挥部第34号
/// 公告`): lines without a sentence end that share their first [`STEM_MIN`] characters with
/// one another, at least two, each followed within [`PART_REACH`] paragraphs by a numbered
/// list that starts at 1. `starts_at_one[i]` tells whether paragraph `i` opens a list with
/// number 1.
pub fn part_headings(paras: &[Para<'_>], numbered: &[bool], starts_at_one: &[bool]) -> Vec<usize> {
    let at: Vec<usize> = (0..paras.len())
        .filter(|&i| {
            let t = &paras[i].text;
            !numbered[i]
                && count_to(t, PART_HEADING_MAX + 1) <= PART_HEADING_MAX
                && !t.contains(is_terminator)
                && !t.ends_with(['：', ':', '，', ','])
                && !is_adoption_note(t)
                && stem(t).is_some()
                && (i + 1..paras.len().min(i + 1 + PART_REACH))
                    .take_while(|&k| !numbered[k] || starts_at_one[k])
                    .any(|k| starts_at_one[k])
        })
        .collect();
    // Each stem with the texts that have it: a part needs another part of its stem that
    // says something else.
    let mut stems: std::collections::HashMap<&str, Vec<&str>> = Default::default();
    for &i in &at {
        if let Some(st) = stem(&paras[i].text) {
            let texts = stems.entry(st).or_default();
            if !texts.contains(&&*paras[i].text) && texts.len() < 2 {
                texts.push(&paras[i].text);
            }
        }
    }
    let out: Vec<usize> = at
        .iter()
        .copied()
        .filter(|&i| stem(&paras[i].text).is_some_and(|st| stems[st].len() >= 2))
        .collect();
    if out.len() >= 2 {
        out
    } else {
        Vec::new()
    }
}

/// The blocks of [`subtitle_decisions`] without their reasons, as the tests read them.
#[cfg(test)]
pub fn subtitle_blocks(paras: &[Para<'_>], numbered: &[bool]) -> Vec<(usize, usize)> {
    subtitle_decisions(paras, numbered)
        .into_iter()
        .map(|(i, len, _)| (i, len))
        .collect()
}

/// Finds subtitle blocks among body paragraphs that carry no marker: runs of one to three
/// candidate lines followed by a long paragraph. Returns (first index, length) of each
/// block with the rule that decided it (what `--explain` prints), or nothing when the
/// document uses fewer than two.
pub fn subtitle_decisions(
    paras: &[Para<'_>],
    numbered: &[bool],
) -> Vec<(usize, usize, &'static str)> {
    let mut blocks: Vec<(usize, usize, &'static str)> = Vec::new();
    // Subtitles differ from one another: a candidate repeated word for word (`【参考答案】`
    // before each answer) is a label of the layout, heading no branch of its own.
    let mut seen: std::collections::HashMap<&str, usize> = Default::default();
    let topics = topic_lines(paras, numbered);
    // An introduction and a conclusion named as such (`引言：……` `结语`), two or more, are
    // subtitles of their own form, whatever their length or colon.
    let bookends: Vec<usize> = (0..paras.len())
        .filter(|&j| !numbered[j] && is_bookend(&paras[j].text))
        .collect();
    let bookend = |j: usize| bookends.len() >= 2 && bookends.binary_search(&j).is_ok();
    // Speakers' labels alone on their lines, an office and a name (`商务部部长王文涛：`), two
    // or more, each once, each over what that speaker said: the parts of a round of remarks.
    // (Not an answerer's label under a question: the question heads that answer.)
    let speakers: Vec<usize> = (0..paras.len())
        .filter(|&j| !numbered[j] && speaker_turn(&paras[j].text))
        .filter(|&j| j == 0 || !question_line(&paras[j - 1].text))
        .collect();
    let mut said: Vec<&str> = speakers.iter().map(|&j| &*paras[j].text).collect();
    said.sort_unstable();
    said.dedup();
    let speaker = |j: usize| {
        speakers.len() >= 2 && said.len() == speakers.len() && speakers.binary_search(&j).is_ok()
    };
    // Quotations alone on their lines (`“我更习惯被称为学者”`), each over a journalist's
    // question (`记者：……`), two or more: the parts of an interview, each headed by its
    // speaker's words. (Over a story's text, a quotation is the story's dialogue.)
    let quoted: Vec<usize> = (0..paras.len())
        .filter(|&j| !numbered[j] && quoted_whole(&paras[j].text))
        .collect();
    let over_question = |j: usize| paras.get(j + 1).is_some_and(|p| asker(&p.text).is_some());
    let interview = quoted.iter().filter(|&&j| over_question(j)).count() >= 2;
    // Or quotations alone on their lines, three or more, each apart from the others and over
    // a full paragraph of text that goes on with no word of who said it
    // (`“让更多人知道防沙治沙背后的故事”`): a feature's parts, each headed by its subject's
    // words. (A story's dialogue comes in turns one under another, or is told as said,
    // `……一边喊一边……`, `这是……常说的一句话`.)
    let apart = |j: usize| {
        let quoted_at = |k: usize| quoted.binary_search(&k).is_ok();
        let alone = !(j > 0 && quoted_at(j - 1) || quoted_at(j + 1));
        alone
            && paras.get(j + 1).is_some_and(|p| {
                !numbered[j + 1]
                    && count_to(&p.text, HEADED_MIN) >= HEADED_MIN
                    && !tells_as_said(first_sentence(&p.text).0)
            })
    };
    // (Each part but the last runs on over two paragraphs or more: lines of dialogue take
    // turns with a paragraph of telling each.)
    let parts_run_on = quoted.windows(2).all(|w| w[1] - w[0] > 2);
    let featured = quoted.len() >= TEMPLATE_MIN && parts_run_on && quoted.iter().all(|&j| apart(j));
    // The lines that are a period alone (`1958年`, `三月`), read once.
    let period_alone: Vec<bool> = paras
        .iter()
        .map(|p| crate::scan::date::period(p.text.trim()).is_ok())
        .collect();
    let periods = period_lines(paras, numbered, &period_alone);
    // (A period alone that files no chronicle, `2016年` over a résumé's line, is its entry's
    // date: no subtitle, and no part of one.)
    let full: Vec<bool> = (0..paras.len())
        .map(|j| {
            !numbered[j]
                && (subtitle_candidate(&paras[j].text) && !period_alone[j]
                    || periods[j]
                    || topics.binary_search(&j).is_ok()
                    || bookend(j)
                    || speaker(j)
                    || (interview && over_question(j) || featured)
                        && quoted.binary_search(&j).is_ok())
        })
        .collect();
    // A short label in brackets (`【要旨】`) may head a record's field, never more.
    let short: Vec<bool> = (0..paras.len())
        .map(|j| !numbered[j] && !full[j] && short_bracket_label(&paras[j].text))
        .collect();
    let candidate: Vec<bool> = (0..paras.len())
        .map(|j| full[j] || short[j] || !numbered[j] && bare_label(&paras[j].text))
        .collect();
    // Among subtitles in black brackets (`【审题思路】` `【参考范文】`), a short label in
    // them (`【题目】`) is one of their form: siblings share it, whatever its length.
    let whole_bracket = |t: &str| crate::text::bracketed_line(t).is_some();
    // (Or two or more of them, different, each said once, each over text of its own: a
    // case's parts, `【案例】` then `【解读】`.)
    let mut said: Vec<&str> = (0..paras.len())
        .filter(|&j| short[j])
        .map(|j| &*paras[j].text)
        .collect();
    let times = said.len();
    said.sort_unstable();
    said.dedup();
    let over_text = |j: usize| {
        paras
            .get(j + 1)
            .is_some_and(|p| !short_bracket_label(&p.text))
    };
    let parts = said.len() >= 2
        && said.len() == times
        && (0..paras.len()).filter(|&j| short[j]).all(over_text);
    let bracket_form = short.iter().any(|&s| s)
        && (parts || (0..paras.len()).any(|j| full[j] && whole_bracket(&paras[j].text)));
    // Beside a subtitle of a longer form, labels of two or three ideographs alone on their
    // lines (`案由` `建议` beside `现状与问题`) are the parts of a form: siblings share the
    // form of a bare label, whatever its length.
    let bare: Vec<usize> = (0..paras.len())
        .filter(|&j| !numbered[j] && !full[j] && bare_label(&paras[j].text))
        .collect();
    let bare_form =
        !bare.is_empty() && (0..paras.len()).any(|j| full[j] && bare_label_like(&paras[j].text));
    let mut short_sibling: Vec<bool> = if bracket_form { short } else { Vec::new() };
    if bare_form {
        short_sibling.resize(paras.len(), false);
        for j in bare {
            short_sibling[j] = true;
        }
    }
    for j in (0..paras.len()).filter(|&j| candidate[j]) {
        *seen.entry(&paras[j].text).or_default() += 1;
    }
    // Unless it takes turns with others as the fields of parallel records, each round under
    // an item of its own (`基本案情` `处理结果` under each of `案例一：` `案例二：`).
    let mut places: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for j in (0..paras.len()).filter(|&j| candidate[j] && seen[&*paras[j].text] > 1) {
        places.entry(&paras[j].text).or_default().push(j);
    }
    let groups: Vec<(&str, Vec<usize>)> = places.into_iter().collect();
    let under_items = |at: &[usize]| {
        let mut from = 0;
        at.iter().all(|&x| {
            let item = (from..x).any(|j| numbered[j]);
            from = x + 1;
            item
        })
    };
    let fields = crate::repeated::turn_takers(&groups, under_items);
    let field: Vec<bool> = (0..paras.len())
        .map(|j| candidate[j] && fields.contains(&&*paras[j].text))
        .collect();
    // Labels alone on their lines, each a word and a colon (`案由：` `理由：` `建议：`), the
    // text under each: two or more different ones are the parts of a form. (One alone is a
    // salutation, `同志们：`, or a list's intro.)
    let labels: Vec<bool> = (0..paras.len())
        .map(|j| !numbered[j] && colon_label_alone(&paras[j].text))
        .collect();
    let mut distinct: Vec<&str> = (0..paras.len())
        .filter(|&j| labels[j])
        .map(|j| &*paras[j].text)
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    let form =
        distinct.len() >= 2 && distinct.len() == (0..paras.len()).filter(|&j| labels[j]).count();
    let chosen: Vec<bool> = (0..paras.len())
        .map(|j| {
            let once = seen.get(&*paras[j].text) == Some(&1);
            field[j]
                || (full[j] || short_sibling.get(j) == Some(&true)) && once
                || form && labels[j]
        })
        .collect();
    // Three or more lines cast in one form, each alone over its text: the same last two
    // characters and about one length (`产业兴起来` `口袋鼓起来` `村庄美起来`), a 排比 of
    // headings. They head their text however short it is: the form says so.
    let parallel = ending_siblings(paras, &chosen, numbered);
    // Why each chosen line is one: the form that made it a candidate, read before the
    // forms are let go.
    let why_at = |j: usize| -> &'static str {
        if periods[j] {
            "subtitle: a period alone on its line (1958年, 三月), one of two or more going on in time, each over its entries (a chronicle's parts)"
        } else if field[j] {
            "subtitle: a record's field, taking turns with others under each item (基本案情 … 处理结果)"
        } else if form && labels[j] {
            "subtitle: one of two or more different labels alone on their lines, each ending in a colon (a form's parts)"
        } else if topics.binary_search(&j).is_ok() {
            "subtitle: a topic line (label, colon, phrase) in parallel with others of one form"
        } else if bookend(j) {
            "subtitle: an introduction or a conclusion named as such, beside another"
        } else if speaker(j) {
            "subtitle: a speaker's label alone on its line, one of two or more (a round of remarks)"
        } else if interview && quoted.binary_search(&j).is_ok() {
            "subtitle: a quotation alone on its line over an interviewer's question (an interview's parts)"
        } else if !full[j] && crate::text::bracketed_line(&paras[j].text).is_some() {
            "subtitle: a short label in black brackets beside subtitles of that form"
        } else if !full[j] {
            "subtitle: a bare label of two or three ideographs beside a subtitle of a longer form"
        } else if parallel[j] {
            "subtitle: one of three or more lines of one ending and length (a 排比 of headings), each over its text"
        } else {
            "subtitle: a short line without sentence end heading text, one of two or more such, each once"
        }
    };
    let whys: Vec<(usize, &'static str)> = (0..paras.len())
        .filter(|&j| chosen[j])
        .map(|j| (j, why_at(j)))
        .collect();
    let why = |j: usize| {
        whys.binary_search_by_key(&j, |w| w.0).map_or(
            "subtitle: a short line without sentence end heading text",
            |k| whys[k].1,
        )
    };
    drop((full, candidate));
    let candidate = chosen;
    // Candidates each alone over a short paragraph of whole sentences: subtitles only
    // beside others that head text of full length.
    let mut over_short: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        // (A label in brackets opens a block of its own: it continues no line above it,
        // `五年级国学教案` over `[活动目标]`.)
        let mut j = i;
        while j < paras.len()
            && candidate[j]
            && (j == i || crate::text::bracketed_line(&paras[j].text).is_none() && !periods[j])
        {
            j += 1;
        }
        let run = j - i;
        // A subtitle heads a paragraph of text, or a bulleted list, or short sentences that
        // together make a block of text (up to the next candidate or numbered line).
        // A numbered list from its first item (`报送内容` over `1.……` `2.……`): the
        // subtitle heads the list, even right after `……通知如下：`.
        // (Its second item right under the first, or below the first's own text, before
        // the next candidate: `1.借条` over its paragraphs, then `2.欠条`.)
        // (Or the list goes on from the one under the subtitle before, its numbers run on
        // through the text: `4、` under the second subtitle after `1、` to `3、` under the
        // first.)
        let goes_on = |m: &crate::scan::marker::Marker<'_>| {
            let (Some(n), family) = (m.number, m.family) else {
                return false;
            };
            (0..i).rev().take(GOES_ON_REACH).find_map(|k| {
                numbered[k]
                    .then(|| line_marker(&paras[k].text))
                    .flatten()
                    .filter(|(p, _)| p.family == family)
                    .map(|(p, _)| p.number == Some(n - 1))
            }) == Some(true)
        };
        // (The marker of the numbered line under the run, read once.)
        let under = paras
            .get(j)
            .filter(|_| numbered.get(j) == Some(&true))
            .and_then(|p| line_marker(&p.text))
            .map(|(m, _)| m);
        let first_item = under.is_some_and(|m| {
            (m.number == Some(1) || m.number.is_some_and(|n| n > 1) && goes_on(&m))
                && matches!(
                    m.family,
                    Family::Arabic
                        | Family::ArabicParen
                        | Family::Circled
                        | Family::CnParen
                        | Family::CnComma
                )
        });
        // (Looked for within the first item's reach only: a list's second item follows its
        // first's few paragraphs.)
        let second = || {
            let Some(first) = under else {
                return false;
            };
            let next = first.number.unwrap_or(1) + 1;
            paras[j + 1..]
                .iter()
                .zip(&candidate[j + 1..])
                .take(SECOND_ITEM_REACH)
                .take_while(|(_, &c)| !c)
                .any(|(q, _)| {
                    line_marker(&q.text)
                        .is_some_and(|(m, _)| m.number == Some(next) && m.family == first.family)
                })
        };
        // (Not a line right under the heading of the item before that ends in a colon,
        // `四、参加人员：` over `全体人员参与` over `五、……`: the colon says its value
        // follows. A part's heading under an item without one, `二、……` over `下篇 ……`
        // over `三、……`, heads the items after it.)
        let item_above = i > 0
            && numbered[i - 1]
            && paras[i - 1].text.ends_with(['：', ':'])
            && under.is_some_and(|m| {
                line_marker(&paras[i - 1].text).is_some_and(|(p, _)| {
                    p.family == m.family && m.number.is_some_and(|n| p.number == Some(n - 1))
                })
            });
        let heads_list = run > 0 && first_item && second() && !item_above;
        let heads = paras.get(j).is_some_and(|p| {
            count_to(&p.text, HEADED_MIN) >= HEADED_MIN && !crate::text::is_address(&p.text)
                // A sentence introducing a list (`分为以下四个方面：` over bullets): the
                // subtitle heads that list.
                || list_intro(&p.text) && numbered.get(j + 1) == Some(&true)
                // A numbered label over text of its own (`给定资料` over `材料1` over its
                // paragraphs): the subtitle heads the labelled parts.
                || under.is_some_and(|m| m.family == Family::Label)
                    && paras
                        .get(j + 1)
                        .is_some_and(|q| count_to(&q.text, HEADED_MIN) >= HEADED_MIN)
                || line_marker(&p.text).is_some_and(|(m, _)| matches!(m.family, Family::Bullet(_)))
                || heads_list
                // A chronicle's period heads its entries, however short: the form says so.
                || run > 0 && periods[j - 1] && !numbered[j]
                || run == 1 && parallel[i] && !numbered[j] && p.text.ends_with(is_terminator)
                // A short sentence, then the bulleted list it opens (`共提出四个方面措施。`
                // over `▶……`).
                || p.text.ends_with(is_terminator)
                    && paras.get(j + 1).is_some_and(|q| {
                        line_marker(&q.text)
                            .is_some_and(|(m, _)| matches!(m.family, Family::Bullet(_)))
                    })
                // (Or a sentence that introduces the paragraphs after it, `本次调研旨在：`,
                // with them.)
                || (p.text.ends_with(is_terminator)
                    || introduces(&p.text)
                    || period_alone[j])
                    && {
                    // Counted up to what is enough: never past it.
                    let mut block = 0;
                    for k in
                        (j..paras.len()).take_while(|&k| k == j || !candidate[k] && !numbered[k])
                    {
                        block += count_to(&paras[k].text, HEADED_MIN);
                        if block >= HEADED_MIN {
                            break;
                        }
                    }
                    block >= HEADED_MIN
                }
        });
        // Short lines right after `……有：` are the items of that list, not subtitles. (A
        // topic line is none: its siblings of one form each head text of their own, as the
        // parts that `以下为核心内容：` announces do.)
        let after_colon = i > 0
            && paras[i - 1].text.ends_with(['：', ':'])
            && !heads_list
            && topics.binary_search(&i).is_err();
        // A record's field heads what follows it, however short: the form says so.
        let fields_only = run > 0 && (i..j).all(|k| field[k] || form && labels[k]);
        if (1..=3).contains(&run) && (heads || fields_only) && !after_colon {
            blocks.push((i, run, why(i)));
        } else if run == 1
            && !after_colon
            // (A phrase, no clauses: `汉字的形式不同，简体与繁体` over its sentence is
            // a list's point.)
            && !paras[i].text.contains(['，', ',', '、', '；', ';'])
            && paras.get(j).is_some_and(|p| {
                !numbered[j]
                    && p.text.ends_with(is_terminator)
                    && count_to(&p.text, HEADED_SHORT_MIN) >= HEADED_SHORT_MIN
                    // (A sentence that points back at the line, `这句诗……`, comments on a
                    // quotation: the line is the text's.)
                    && !p.text.starts_with(['这', '這', '此', '该', '該'])
            })
        {
            over_short.push(i);
        }
        i = j.max(i + 1);
    }
    // A line of the subtitles' form over a short paragraph of whole sentences (`手势丰富`
    // over `他回答提问时，手势十分丰富。`) is one of them where another heads text of
    // full length: the writer heads the text so, however little a part holds.
    if !blocks.is_empty() && blocks.len() + over_short.len() >= 2 {
        blocks.extend(over_short.into_iter().map(|i| {
            (
                i,
                1,
                "subtitle: a short line over a short paragraph of whole sentences, beside subtitles over text of full length",
            )
        }));
        blocks.sort_unstable();
    }
    if blocks.len() < 2 {
        blocks.clear();
    }
    // A line of the form two subtitles share (`关于中印关系` beside `关于军费增长` and
    // `关于就业歧视`: the same opening, about the same length) is one of them, however short
    // the text under it.
    if blocks.len() >= 2 {
        // (Counted by opening and length once: looked up for each line after.)
        let form = |t: &str| -> Option<(char, char, usize)> {
            let mut cs = t.chars();
            Some((cs.next()?, cs.next()?, chars(t)))
        };
        let heads: Vec<usize> = blocks.iter().filter(|b| b.1 == 1).map(|b| b.0).collect();
        let mut forms: std::collections::HashMap<(char, char, usize), usize> = Default::default();
        for &h in &heads {
            if let Some(f) = form(&paras[h].text) {
                *forms.entry(f).or_default() += 1;
            }
        }
        let shared = |t: &str| {
            form(t).is_some_and(|(a, b, n)| {
                (n.saturating_sub(2)..=n + 2)
                    .map(|m| forms.get(&(a, b, m)).copied().unwrap_or(0))
                    .sum::<usize>()
                    >= 2
            })
        };
        let mut siblings: Vec<usize> = (0..paras.len())
            .filter(|&j| candidate[j] && blocks.binary_search_by_key(&j, |b| b.0).is_err())
            .filter(|&j| {
                paras
                    .get(j + 1)
                    .is_some_and(|p| !candidate[j + 1] && !numbered[j + 1] && !p.text.is_empty())
            })
            .filter(|&j| shared(&paras[j].text))
            // (A line that ends in saying, `村里人都说`, brings in words, heading none.)
            .filter(|&j| !paras[j].text.ends_with(SAYS))
            .collect();
        // And a quotation alone on its line among the subtitles (`“……”` beside plain
        // ones), over text that does not take it up as a saying (`这是……`): one of them.
        let taken_up = |j: usize| paras.get(j + 1).is_some_and(|p| p.text.starts_with('这'));
        let bracketed = heads
            .iter()
            .any(|&h| crate::text::bracketed_line(&paras[h].text).is_some());
        if !bracketed && heads.len() >= 2 {
            siblings.extend(quoted.iter().copied().filter(|&j| {
                blocks.binary_search_by_key(&j, |b| b.0).is_err()
                    && !taken_up(j)
                    && paras.get(j + 1).is_some_and(|p| {
                        !numbered[j + 1]
                            && quoted.binary_search(&(j + 1)).is_err()
                            && !p.text.is_empty()
                    })
            }));
        }
        if !siblings.is_empty() {
            let quoted_one = |j: usize| quoted.binary_search(&j).is_ok();
            blocks.extend(siblings.into_iter().map(|j| {
                let why = if quoted_one(j) {
                    "subtitle: a quotation alone on its line among the subtitles"
                } else {
                    "subtitle: shares the form of two subtitles (the same opening, about the same length)"
                };
                (j, 1, why)
            }));
            blocks.sort_unstable();
        }
    }
    // Questions heading answers are a parallel form of their own: two or more make them
    // subtitles, whether or not plain subtitles are used too.
    // Two questions over answers of some length make the form; then every question of the
    // run heads its answer, however short.
    // An answer labelled as one (`答：`) answers however short it is.
    let labelled = |t: &str| {
        t.strip_prefix('答')
            .is_some_and(|r| r.trim_start().starts_with(['：', ':']))
    };
    // The answerer's label alone on the line under a question (`某局局长 某某：`) stands
    // before the answer.
    let answer_at = |i: usize| match paras.get(i + 1) {
        Some(p) if speaker_alone(&p.text) => i + 2,
        _ => i + 1,
    };
    let asked = |i: usize, long: bool| {
        !numbered[i]
            && question_line(&paras[i].text)
            && paras.get(answer_at(i)).is_some_and(|answer| {
                !question_line(&answer.text)
                    && (!long
                        || count_to(&answer.text, HEADED_MIN) >= HEADED_MIN
                        || labelled(&answer.text))
            })
    };
    // A question labelled as one (`问：`) over an answer labelled as one (`答：`) is asked,
    // however it ends (`……是什么？谢谢。`) and up to a paragraph's length, when it asks (a
    // question mark in it).
    // (Or, asking of a topic, no sentence's end in it, `问：整改工作成效情况`, over an
    // answer its label says is one: `答：`, `某局局长某某答：`. A request, `问：请您谈谈……。`,
    // is a turn that asks: see `turn_put`.)
    let labelled_question = |i: usize| {
        let t = &*paras[i].text;
        let answer = || paras.get(i + 1).is_some_and(|a| answer_labelled(&a.text));
        t.strip_prefix('问')
            .is_some_and(|r| r.trim_start().starts_with(['：', ':']))
            && (t.contains(['？', '?']) || !t.contains(is_terminator) && answer())
            && count_to(t, LABELLED_ASK_MAX + 1) <= LABELLED_ASK_MAX
    };
    let asked = |i: usize, long: bool| {
        asked(i, long)
            || !numbered[i]
                && labelled_question(i)
                && paras
                    .get(i + 1)
                    .is_some_and(|a| labelled(&a.text) || answer_labelled(&a.text))
    };
    // A journalist's turn in a transcript (`记者：……。` `[外国记者]：……？`) answered by another
    // speaker's turn (`某某：……`) is a question put, however it ends, when it asks (a
    // question mark in it) or requests (`请介绍一下……。`): a host's turn that remarks
    // (`主持人：提到……，我想到两个例子。`) puts none.
    let turn_put = |i: usize| {
        !numbered[i]
            && asking_turn(&paras[i].text)
            && paras.get(i + 1).is_some_and(|a| answering_turn(&a.text))
    };
    let asked = |i: usize, long: bool| asked(i, long) || turn_put(i);
    // (Rhetorical questions make no form: two that ask and are answered do.)
    let answered = (0..paras.len())
        .filter(|&i| asked(i, true) && !rhetorical(&paras[i].text))
        .count();
    // Or three questions or more over answers however short, that ask of one thing: a stem
    // they share (`为什么要讲好中国故事？` `讲什么样的中国故事？` `怎样讲好中国故事？`).
    let short_answered = || {
        let asking: Vec<&str> = (0..paras.len())
            .filter(|&i| asked(i, false) && !rhetorical(&paras[i].text))
            .map(|i| &*paras[i].text)
            .collect();
        asking.len() >= STEM_QUESTIONS_MIN && shared_stem(&asking)
    };
    // Or two questions or more put by the exchange's asker (`某某日报记者：……？` `问：……？`)
    // over answers however short: a press conference's turns, the label says so.
    let put_by_asker = (0..paras.len())
        .filter(|&i| asked(i, false) && asker(&paras[i].text).is_some_and(is_asking_part))
        .count();
    let form = answered >= 2 || put_by_asker >= 2 || short_answered();
    let questions: Vec<(usize, usize, &'static str)> = (0..paras.len())
        .filter(|&i| form && asked(i, false))
        .map(|i| {
            (
                i,
                1,
                "subtitle: a question heading its answer, two or more asked and answered",
            )
        })
        .collect();
    if questions.len() >= 2 {
        blocks.extend(questions);
        blocks.sort_unstable();
        blocks.dedup_by_key(|b| b.0);
    }
    blocks
}

/// The most characters of an answer's label: an office and a name before `答`
/// (`某某县审计局局长某某答`).
const ANSWERER_MAX: usize = 20;

/// Tells whether a paragraph opens with an answer's label: `答：`, or the answerer's office
/// and name before it (`某局局长某某答：……`), words alone before the colon.
fn answer_labelled(text: &str) -> bool {
    let head = match text.char_indices().nth(ANSWERER_MAX + 1) {
        Some((at, _)) => &text[..at],
        None => text,
    };
    head.find(['：', ':']).is_some_and(|colon| {
        // (Who answers may stand in brackets, before or after: `答（县人社局）：`,
        // `（县人社局）答：`; a reply's label says so too, `答复：`.)
        crate::names::without_asides(crate::text::trim(&text[..colon])).is_some_and(|label| {
            let label = crate::text::trim(&label);
            (label.ends_with('答') || label.ends_with("答复") || label.ends_with("答覆"))
                && label
                    .chars()
                    .all(|c| crate::text::is_cjk(c) || crate::scan::marker::is_space(c))
        })
    })
}

/// The fewest questions over short answers that make a form by a stem they share.
const STEM_QUESTIONS_MIN: usize = 3;

/// The fewest characters of the stem questions share (`中国故事`, `社区食堂`).
const QUESTION_STEM_MIN: usize = 3;

/// Tells whether every one of `texts` holds one run of [`QUESTION_STEM_MIN`] words (letters or
/// ideographs) of the shortest of them.
fn shared_stem(texts: &[&str]) -> bool {
    let Some(shortest) = texts.iter().min_by_key(|t| t.len()) else {
        return false;
    };
    let chars: Vec<char> = shortest.chars().collect();
    chars.windows(QUESTION_STEM_MIN).any(|w| {
        w.iter().all(|c| c.is_alphanumeric()) && {
            let stem: String = w.iter().collect();
            texts.iter().all(|t| t.contains(&stem))
        }
    })
}

/// Words by which a sentence tells a quotation above it as said: a verb of saying
/// (`一边喊一边敲门`, `她念叨着`). (Not words that are parts of others: `道` of `知道`,
/// `问` of `问题`.)
const SAID_WORDS: &[&str] = &["说", "說", "喊", "念叨", "嘀咕", "叮嘱", "叮囑", "嚷"];

/// Words that open a sentence taking up the quotation above it (`这是……常挂在嘴边的一句话`).
const TAKEN_UP: &[&str] = &["这是", "這是", "这句", "這句"];

/// Tells whether a sentence tells the quotation above it as someone's words
/// ([`SAID_WORDS`]), or opens by taking it up ([`TAKEN_UP`]).
fn tells_as_said(sentence: &str) -> bool {
    TAKEN_UP.iter().any(|w| sentence.starts_with(w))
        || SAID_WORDS.iter().any(|w| sentence.contains(w))
}

/// The last characters of a line that brings in someone's words (`村里人都说`, `他笑着道`).
const SAYS: [char; 3] = ['说', '說', '道'];

/// A question labelled `问：` over an answer labelled `答：` is at most this many characters:
/// a reader's question may set out its ground in a few sentences.
const LABELLED_ASK_MAX: usize = 150;

/// A question that heads its answer is at most this many characters: one sentence of a
/// journalist's or a reader's question (`问：……如何规定的？`); longer questions are prose.
const QUESTION_MAX: usize = 60;

/// Tells whether a paragraph is a question standing alone as a heading: short, ending in a
/// question mark, with no other sentence end before it but another question
/// (`为何建？建在哪？`), e.g. `问：这项制度如何落实？` or `社区食堂为何建？`.
pub fn question_line(text: &str) -> bool {
    if !text.ends_with(['？', '?']) {
        return false;
    }
    let n = count_to(text, LABELLED_QUESTION_MAX + 1);
    let labelled = asker(text).is_some();
    let max = if labelled {
        LABELLED_QUESTION_MAX
    } else {
        QUESTION_MAX
    };
    (4..=max).contains(&n)
        && text.ends_with(['？', '?'])
        && (labelled || !text.contains(|c: char| is_terminator(c) && !matches!(c, '？' | '?')))
}

/// Tells whether a question is rhetorical as its writer puts it (`难道这还不够吗？`): no
/// asker's (`问：难道……？` is answered all the same).
fn rhetorical(text: &str) -> bool {
    asker(text).is_none() && RHETORICAL.iter().any(|r| text.contains(r))
}

/// Words that make a question rhetorical (反问, `难道这还不够吗？` `岂能半途而废？`): put by
/// the writer, it asserts, asking nothing the text answers under it, so it makes no form of
/// questions heading answers; among questions that make one, it is one of them.
const RHETORICAL: &[&str] = &["难道", "難道", "岂", "豈", "何尝", "何嘗"];

/// A question put by a named asker (`记者：` `问：` `主持人：`) may set out its ground in a
/// sentence or two before asking: up to this many characters.
const LABELLED_QUESTION_MAX: usize = 100;

/// An asker's label is a word of at most this many characters before the colon.
const ASKER_MAX: usize = 4;

/// The asker's label opening `text` (`记者` in `记者：……？`), if any.
fn asker(text: &str) -> Option<&str> {
    let colon = text.find(['：', ':'])?;
    // (A transcript may bracket who speaks: `[某某报社记者]：`, `【记者】：`.)
    let label = unbracketed(&text[..colon]);
    let n = count_to(label, JOURNALIST_MAX + 1);
    let short = n <= ASKER_MAX;
    // `某某日报记者：` `某某广播电视总台记者：`: a journalist named by the outlet.
    let journalist = n <= JOURNALIST_MAX && (label.ends_with("记者") || label.ends_with("記者"));
    (!label.is_empty() && (short || journalist) && label.chars().all(crate::text::is_cjk))
        .then_some(label)
}

/// Takes the square brackets a transcript sets a speaker's label in off it: `[外国记者]` →
/// `外国记者`.
fn unbracketed(label: &str) -> &str {
    label
        .strip_prefix(['[', '【', '［'])
        .and_then(|l| l.strip_suffix([']', '】', '］']))
        .unwrap_or(label)
}

/// A journalist's question at a briefing, one turn of the transcript, is at most this many
/// characters: the ground set out in a few sentences and a question or two (a turn longer
/// than that is a statement).
const TURN_QUESTION_MAX: usize = 300;

/// Tells whether a line is an asker's turn in a transcript that asks (a question mark in
/// it) or requests (`请`), a question's length: `记者：……请介绍一下……。`.
pub fn asking_turn(text: &str) -> bool {
    asker(text).is_some_and(is_asking_part)
        && (text.contains(['？', '?']) || requests(text))
        && count_to(text, TURN_QUESTION_MAX + 1) <= TURN_QUESTION_MAX
}

/// Tells whether a turn requests of the one it asks (`请问` `请您` `请介绍` `请谈谈`
/// `请进一步说明`): `请` opening a clause before a word of asking or telling, said to the
/// answerer. A host who hands over (`请他介绍` `下面请某局局长介绍`) names a third person,
/// and one who runs the room (`请说明您所在的新闻机构` `请进入第一项议程` `请回吧`) tells
/// the room; `邀请` `申请` `请示` `提请` are words of their own.
fn requests(text: &str) -> bool {
    const ASKING: &[&str] = &[
        "问",
        "問",
        "您",
        "你",
        "介绍",
        "介紹",
        "谈",
        "談",
        "具体",
        "具體",
        "简要",
        "簡要",
        "进一步",
        "進一步",
        "解读",
        "解讀",
        "回应",
        "回應",
        "详细",
        "詳細",
    ];
    text.match_indices(['请', '請']).any(|(at, c)| {
        let before = text[..at].chars().next_back();
        let after = &text[at + c.len()..];
        let opens = before.is_none_or(|b| {
            matches!(
                b,
                '：' | ':' | '。' | '，' | ',' | '？' | '?' | '；' | '！' | ' ' | '\u{3000}'
            )
        });
        opens && ASKING.iter().any(|w| after.starts_with(w))
    })
}

/// Tells whether a line is a turn of a transcript answering the one before it: a label
/// saying it answers (`答：`), or another speaker's, named (`某某：` `[某某]：`, a guest's
/// name transliterated too) or by office and name (`国防部新闻发言人某某：`), never an
/// asker's.
fn answering_turn(text: &str) -> bool {
    if answer_labelled(text) {
        return true;
    }
    let Some(colon) = text.find(['：', ':']) else {
        return false;
    };
    let label = unbracketed(crate::text::trim(&text[..colon]));
    if label.is_empty()
        || is_asking_part(label)
        || !label.chars().all(crate::text::is_cjk)
        || count_to(label, TURN_MAX + 1) > TURN_MAX
    {
        return false;
    }
    count_to(label, ASKER_MAX + 1) <= ASKER_MAX && crate::names::is_personal_name(label)
        || crate::names::speaker_value(label).is_some_and(|(office, _)| office.is_some())
}

/// Tells whether a line is an asker's label alone, its question on the next line: a
/// journalist (`新华社记者：`) or a part in the exchange (`问：` `主持人：`). A salutation
/// (`同志们：`) or an addressee (`各乡镇：`) is no asker.
pub fn asker_alone(text: &str) -> bool {
    let Some(label) = text.strip_suffix(['：', ':']) else {
        return false;
    };
    asker(text).is_some_and(|a| a == label) && (is_asking_part(label) || label == "答")
}

/// Tells whether an asker's label names the part that asks in an exchange: a journalist
/// (`某某日报记者`), `问` `提问` `主持人`, or the public an online interview takes
/// questions from (`网友` `读者`); a story's `妈妈：` asks in a dialogue, no exchange.
fn is_asking_part(label: &str) -> bool {
    label.ends_with("记者")
        || label.ends_with("記者")
        || [
            "问",
            "問",
            "提问",
            "提問",
            "主持人",
            "网友",
            "網友",
            "读者",
            "讀者",
            "观众",
            "觀眾",
            "记者问",
            "記者問",
        ]
        .contains(&label)
}

/// A speaker's label alone is at most this many characters: a post and a name
/// (`市发展改革委主任 李某某：`).
const SPEAKER_MAX: usize = 20;

/// Tells whether a line is a speaker's label alone, a transcript's turn (`市统计局副局长
/// 张某某：` `发布人：`): short, closed by a colon, no sentence, no question.
pub fn speaker_alone(text: &str) -> bool {
    let Some(label) = text.strip_suffix(['：', ':']) else {
        return false;
    };
    !label.is_empty()
        && count_to(label, SPEAKER_MAX + 1) <= SPEAKER_MAX
        && !label.contains(|c: char| is_terminator(c) || matches!(c, '，' | ',' | '：' | ':'))
}

/// Tells whether a line is a speaker's label alone that names an office and a person
/// (`商务部部长王文涛：`, `交通运输部部长 李小鹏：`), not a part's or an addressee's label
/// (`各单位：` `主要举措：`).
/// Two offices may stand before the name, parted by `、` (`某部副部长、某会党组书记某某：`).
fn speaker_turn(text: &str) -> bool {
    let Some(label) = text.strip_suffix(['：', ':']) else {
        return false;
    };
    // (The last office and the name, after any office before them.)
    let last = label.rsplit('、').next().unwrap_or(label);
    count_to(label, TURN_MAX + 1) <= TURN_MAX
        && !label.contains(|c: char| is_terminator(c) || matches!(c, '，' | ',' | '：' | ':'))
        && crate::names::speaker_value(last).is_some_and(|(office, _)| office.is_some())
}

/// A speaker's label of offices and a name is at most this many characters: two posts of a
/// ministry's or a commission's full name each, and the name.
const TURN_MAX: usize = 40;

/// A journalist's label at a press conference (`某某广播电视总台记者`) is at most this many
/// characters: an outlet's name of up to ten and the role.
const JOURNALIST_MAX: usize = 12;

/// Opening words of ordinary sentences, which never make a run-in lead.
const DISCOURSE_OPENERS: &[&str] = &[
    "习近平",
    "总书记",
    "文章",
    "同志们",
    "我们",
    "但是",
    "但",
    "因此",
    "为此",
    "比如",
    "例如",
    "又如",
    "再如",
    "同时",
    "此外",
    "其中",
    // Words that go on from the sentence before: what follows explains, sums up or
    // restates it, and heads no topic of its own.
    "具体而言",
    "具体来说",
    "总之",
    "总而言之",
    // Words that concede, turn or draw a consequence: a step in the argument, no topic.
    "当然",
    "诚然",
    "然而",
    "不过",
    "可是",
    "所以",
    "于是",
    "另外",
    "而且",
    "其实",
    "事实上",
    "换言之",
    "由此可见",
    "可以说",
    "目前",
    "近年来",
    "据",
    "截至",
    "当前",
    "今年",
    "去年",
    "这",
    "那",
    "他",
    "她",
    "它",
];

/// Persons a sentence may open with (`我出生在农村。`): a story's sentences, no topic.
const PERSONS: [char; 6] = ['我', '你', '他', '她', '它', '咱'];

/// Persons a story is told by (`我慢慢发现……` `他最难忘的是……`); advice spoken to `你`
/// (`你要学会倾听。` `你要学会坚持。`) is cast in parallel as any other.
const NARRATORS: [char; 4] = ['我', '他', '她', '它'];

/// A run-in lead has at least this many characters: four-character phrases (`去粗取精`)
/// head paragraphs in parallel as often as longer sentences do.
const LEAD_MIN: usize = 4;
/// A run-in lead has at most this many characters: a topic sentence, not a sentence of the
/// argument (those run to 40 and more).
const LEAD_MAX: usize = 26;
/// A lead heads text: at least this many characters follow it in its paragraph, unless
/// the leads share a template (then any text after them will do).
const LED_MIN: usize = 30;
/// A frame reporting a lead (`文章指出，`) is a clause of at most this many characters.
const FRAME_MAX: usize = 8;

/// A paragraph that opens with a run-in lead: where it stands among the paragraphs, and
/// how many bytes of a reporting frame (`文章指出，`) come before the lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lead {
    /// The paragraph's index.
    pub at: usize,
    /// The length of the frame before the lead, in bytes (0: none).
    pub frame: usize,
    /// Whether the lead ends at its colon (`**审题要拆成三问**：问什么……`, a bold label the
    /// format shows) rather than at its sentence's end.
    pub to_colon: bool,
}

impl Lead {
    /// A lead with no frame that ends at its sentence's end.
    fn plain(at: usize) -> Lead {
        Lead {
            at,
            frame: 0,
            to_colon: false,
        }
    }
}

/// Tells whether `text` opens with a run-in lead, returning the lead sentence; the text
/// after it must have `led` characters or more.
fn lead_of(text: &str, led: usize) -> Option<&str> {
    let (first, _, rest) = first_sentence(text);
    let n = count_to(first, LEAD_MAX + 1);
    let ok = (LEAD_MIN..=LEAD_MAX).contains(&n)
        && count_to(rest, led) >= led.max(1)
        && first.matches(['，', ',']).count() <= 1
        && !first.contains(['：', ':', '；', ';'])
        && (!first.starts_with(|c: char| {
            c.is_ascii_digit() || c.is_ascii_punctuation() || matches!(c, '“' | '《' | '（' | '—')
        }) || quoted_keyword(first))
        && point_marker(first).is_none()
        && !DISCOURSE_OPENERS.iter().any(|w| first.starts_with(w))
        && !states_figures(first);
    ok.then_some(first)
}

/// The most runs of figures a lead holds (`2024年工作成效显著`): a sentence with more
/// (`全年粮食总产量46695吨，同比增长0.98%`) states data, and heads nothing.
const LEAD_FIGURES_MAX: usize = 1;

/// Tells whether a sentence states figures: a percentage, or more than
/// [`LEAD_FIGURES_MAX`] runs of digits.
fn states_figures(sentence: &str) -> bool {
    if sentence.contains(['%', '％']) {
        return true;
    }
    let mut runs = 0;
    let mut in_run = false;
    for c in sentence.chars() {
        let digit = crate::scan::numeral::is_any_digit(c);
        runs += usize::from(digit && !in_run);
        in_run = digit;
    }
    runs > LEAD_FIGURES_MAX
}

/// A lead cast in the template of three or more others is at most this many characters:
/// the template carries it past [`LEAD_MAX`] (`坚持党对“三农”工作的全面领导，就要把……落到实处`).
const TEMPLATE_LEAD_MAX: usize = 40;

/// A lead's template: its opening word and the word that opens its second clause
/// (`坚持` and `就要` in `坚持农民主体地位，就要让……`); `None` for a one-clause lead.
fn clause_template(first: &str) -> Option<(String, String)> {
    let comma = first.find(['，', ','])?;
    let second = &first[comma..]
        .chars()
        .skip(1)
        .take(OPENING_MIN)
        .collect::<String>();
    let opening: String = first.chars().take(OPENING_MIN).collect();
    (chars(second) == OPENING_MIN).then(|| (opening, second.clone()))
}

/// Adds to `plain` (the leads found, in order) the paragraphs whose first sentence, too long
/// for a lead alone, is cast in the two-clause template that three or more leads, more than
/// half of them, share (`坚持……，就要……。`): siblings share a form, whatever their length.
fn templated_leads(paras: &[Para<'_>], plain: &mut Vec<usize>) {
    let first_of = |i: usize| first_sentence(&paras[i].text).0;
    let Some((key, n)) = commonest(plain.iter().filter_map(|&i| clause_template(first_of(i))))
    else {
        return;
    };
    if n < TEMPLATE_MIN || n * 2 <= plain.len() {
        return;
    }
    let fits = |i: usize| {
        let (first, _, rest) = first_sentence(&paras[i].text);
        count_to(first, TEMPLATE_LEAD_MAX + 1) <= TEMPLATE_LEAD_MAX
            && count_to(rest, LED_MIN) >= LED_MIN
            && first.matches(['，', ',']).count() <= 1
            && !first.contains(['：', ':', '；', ';'])
            && clause_template(first).as_ref() == Some(&key)
    };
    let more: Vec<usize> = (1..paras.len())
        .filter(|i| plain.binary_search(i).is_err() && fits(*i))
        .collect();
    if !more.is_empty() {
        plain.extend(more);
        plain.sort_unstable();
    }
}

/// A keyword in quotes opening a lead or a subtitle is at most this many characters (`“稳”`,
/// `“新动能”`, `“第二个结合”`, `“两个毫不动摇”`): a slogan is a few words, a quotation more.
const KEYWORD_MAX: usize = 6;

/// Tells whether `text` opens with a short keyword in quotes and goes on
/// (`“稳”的态势巩固延续`): a lead of the form that names its topic by one word.
fn quoted_keyword(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('“') else {
        return false;
    };
    inner.find('”').is_some_and(|end| {
        let word = &inner[..end];
        !word.is_empty()
            && count_to(word, KEYWORD_MAX + 1) <= KEYWORD_MAX
            && end + '”'.len_utf8() < inner.len()
    })
}

/// A lead naming its topic by a keyword in quotes has at most this many characters besides
/// the keyword: a verb of a few words around it (`先说“系统”` `再看“高效”`).
const KEYWORD_FRAME_MAX: usize = 4;

/// The keyword of a lead that is little more than one keyword in quotes (`先说“系统”`,
/// `“稳”的态势`): the word, when it is short and the words around it are few.
fn quoted_word(lead: &str) -> Option<&str> {
    let open = lead.find('“')?;
    let inner = &lead[open + '“'.len_utf8()..];
    let end = inner.find('”')?;
    let word = &inner[..end];
    let around = chars(lead) - chars(word) - 2;
    let one = !inner[end..].contains('“');
    (one && !word.is_empty() && chars(word) <= KEYWORD_MAX && around <= KEYWORD_FRAME_MAX)
        .then_some(word)
}

/// Who a frame reports (`文章` of `文章指出，` and `文章强调，`): the frame without its comma
/// and its reporting verb; a frame without one is its own speaker.
fn frame_speaker(frame: &str) -> &str {
    let core = frame.trim_end_matches(['，', ',']);
    let speaker = crate::inline::REPORTING_VERBS
        .iter()
        .find_map(|v| core.strip_suffix(v))
        .filter(|s| !s.is_empty())
        .unwrap_or(core);
    // (An adverb before the verb is the report's, not the speaker's: `文章还指出，`
    // `文章最后强调，`.)
    FRAME_ADVERBS
        .iter()
        .find_map(|a| speaker.strip_suffix(a))
        .filter(|s| !s.is_empty())
        .unwrap_or(speaker)
}

/// Adverbs a report sets between its speaker and the verb (`文章还指出，`).
const FRAME_ADVERBS: &[&str] = &[
    "进一步",
    "進一步",
    "最后",
    "最後",
    "同时",
    "同時",
    "特别",
    "特別",
    "再次",
    "还",
    "還",
    "也",
    "又",
    "并",
    "並",
];

/// The opening clause of `text` when it is short enough to be a frame (`文章指出，`), with
/// its comma: its length in bytes.
fn frame_of(text: &str) -> Option<usize> {
    let comma = text.find(['，', ','])?;
    let frame = &text[..comma];
    (count_to(frame, FRAME_MAX + 1) <= FRAME_MAX && !frame.contains(is_terminator))
        .then(|| comma + text[comma..].chars().next().map_or(1, char::len_utf8))
}

/// Tells whether a frame ([`frame_of`]) reports (`文章指出，` `文章还强调，`): its verb
/// ends it, or it is short. A 排比's opening said again (`开好局起好步，`) is the leads' own
/// words, kept in them.
fn reports(frame: &str) -> bool {
    let core = frame.trim_end_matches(['，', ',']);
    crate::inline::REPORTING_VERBS
        .iter()
        .any(|v| core.ends_with(v))
        || chars(core) <= REPORT_FRAME_SHORT
}

/// A frame this short is a report's whatever its verb (`会议明确，` `会议决定，` `会上，`): a
/// speaker and a verb, or where it was said. A 排比's opening is a phrase of its own
/// (`开好局起好步，`).
const REPORT_FRAME_SHORT: usize = 4;

/// The longest ending (two to six characters) that at least two of `leads` share, with
/// the leads that have it.
fn shared_ending(leads: &[(usize, &str)]) -> Vec<usize> {
    for len in (2..=6).rev() {
        // The leads by their ending of `len` characters (longer than the ending itself),
        // in a map: every lead is looked at once a length.
        let mut by_ending: std::collections::HashMap<&str, Vec<usize>> = Default::default();
        for &(i, lead) in leads {
            if let Some((cut, _)) = lead.char_indices().rev().nth(len - 1) {
                if cut > 0 {
                    by_ending.entry(&lead[cut..]).or_default().push(i);
                }
            }
        }
        // Two characters in common may be chance; three leads sharing them are not.
        let enough = if len >= 3 { 2 } else { 3 };
        let best = by_ending
            .into_values()
            .filter(|with| with.len() >= enough)
            .max_by_key(|with| (with.len(), std::cmp::Reverse(with[0])));
        if let Some(best) = best {
            return best;
        }
    }
    Vec::new()
}

/// Tells whether two leads, the whole of a series, are cast in one form: they open or end
/// with the same character (`坚持以改革破难题` `坚持以创新育动能`), or they are phrases of
/// one length without a comma (`去粗取精` `精雕细琢`). Two first sentences of a story's
/// paragraphs are short by chance (`另一些地方则尝试引入社会力量` `在……上，也有社区做了尝试`);
/// three or more leads are a series by their number.
fn pair_parallel(a: &str, b: &str) -> bool {
    let same = |f: fn(&str) -> Option<char>| f(a).is_some() && f(a) == f(b);
    let phrase = |t: &str| !t.contains(['，', ',']);
    // (Sentences opening with a person, `我慢慢发现……` `我最难忘的是……`, tell a story.)
    if a.starts_with(NARRATORS) || b.starts_with(NARRATORS) {
        return false;
    }
    // (Or clauses of one length each, two or more: `开宗明义，提出命题` `层层递进，增强气势`.)
    let shape = clause_lengths(a);
    let same_clauses = shape.len() >= 2 && shape == clause_lengths(b);
    same(|t| t.chars().next())
        || same(|t| t.chars().next_back())
        || same_clauses
        || phrase(a) && phrase(b) && chars(a).abs_diff(chars(b)) <= 1
}

/// Tells whether sentences, two or more, are worded as pairs of one shape: clauses of one
/// length each, two or more (`聚焦难点，精准发力` `紧盯短板，补齐弱项`).
pub fn paired_alike(sentences: &[&str]) -> bool {
    let Some(first) = sentences.first() else {
        return false;
    };
    let shape = clause_lengths(first);
    sentences.len() >= 2 && shape.len() >= 2 && sentences.iter().all(|s| clause_lengths(s) == shape)
}

/// The lengths of a sentence's clauses, parted by commas (`开宗明义，提出命题` → 4, 4): the
/// shape two leads worded as a pair share.
fn clause_lengths(t: &str) -> Vec<usize> {
    t.split(['，', ',']).map(chars).collect()
}

/// Leads of at most this many characters, all of one length, are worded in parallel
/// (`经济总量不断壮大` `农民收入快速增长`): the first of them under a heading is a lead too.
const PARALLEL_PHRASE_MAX: usize = 10;

/// The fewest characters of each clause of a paired lead that joins a single other lead
/// (`严守红线，保障粮食安全`): shorter pairs (`时间紧，任务重`) are formulas.
const PAIRED_CLAUSE_MIN: usize = 4;

/// Leads open alike when their first this many characters are the same (`坚持`, `要把`).
const OPENING_MIN: usize = 2;

/// The number of characters `a` and `b` start with in common.
fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Leads opening with this many characters in common are cast in one template
/// (`始终把……`): a shared verb is two (`坚持`), a template's words are more.
const TEMPLATE_OPENING: usize = 3;

/// Leads that share a template are this many or more: three leads opening with the same
/// word are a form, two may be chance.
const TEMPLATE_MIN: usize = 3;

/// The key most of `keys` share, with how many share it (the last of equals, in the order
/// they first came); `None` for no keys.
fn commonest<K: PartialEq>(keys: impl Iterator<Item = K>) -> Option<(K, usize)> {
    let mut counts: Vec<(K, usize)> = Vec::new();
    for k in keys {
        match counts.iter_mut().find(|(c, _)| *c == k) {
            Some(slot) => slot.1 += 1,
            None => counts.push((k, 1)),
        }
    }
    let best = counts.iter().enumerate().max_by_key(|(_, (_, n))| *n)?.0;
    Some(counts.swap_remove(best))
}

/// Drops the leads at either end of the run that do not share the template most of the
/// others share (the same first or last character: `要坚守……` `要保持……`), so that an
/// opening (`近段时间，我研读了……。`) or a closing paragraph of lead shape is no lead.
/// Leads inside the run are kept: a series may vary its form.
fn trim_outliers(paras: &[Para<'_>], mut leads: Vec<usize>) -> Vec<usize> {
    let first_sentence_of = |i: usize| first_sentence(&paras[i].text).0;
    // Three or more leads that open with the same three characters (`始终把……`), however
    // many others stand around them, are cast in one template, more than a shared verb is
    // (`坚持`): a short first sentence without it, wherever it stands, is chance
    // (`三、四年前我刚……。`).
    let template = |i: usize| -> String {
        first_sentence_of(i)
            .chars()
            .take(TEMPLATE_OPENING)
            .collect()
    };
    if let Some((t, n)) = commonest(leads.iter().map(|&i| template(i))) {
        if n >= TEMPLATE_MIN && chars(&t) == TEMPLATE_OPENING {
            leads.retain(|&i| template(i) == t);
            return leads;
        }
    }
    // Three or more leads that open with the same words (`坚持创新驱动，就要……`
    // `坚持特色发展，就要……`), no more than half of them, are the series, wherever the
    // others stand: a story's short first sentences (`春回大地，万物竞发。`) between and
    // around them are chance.
    let opening = |i: usize| -> String { first_sentence_of(i).chars().take(OPENING_MIN).collect() };
    if let Some((o, n)) = commonest(leads.iter().map(|&i| opening(i))) {
        // (Where they are more than half, the series is theirs and may vary its form inside:
        // only its ends are trimmed, below.)
        if n >= TEMPLATE_MIN && n * 2 <= leads.len() && chars(&o) == OPENING_MIN {
            leads.retain(|&i| opening(i) == o);
            return leads;
        }
    }
    // Three or more leads, more than half, naming their topic by a keyword in quotes
    // (`“稳”字当头，……` `“进”字为先，……`) are cast in that form: a short first sentence
    // between them without it (`稳不是不作为，……`) goes on with the topic above.
    let keyed = leads
        .iter()
        .filter(|&&i| quoted_keyword(first_sentence_of(i)))
        .count();
    if keyed >= TEMPLATE_MIN && keyed * 2 > leads.len() {
        leads.retain(|&i| quoted_keyword(first_sentence_of(i)));
        return leads;
    }
    let shapes: [fn(&str) -> Option<char>; 2] = [|t| t.chars().next(), |t| t.chars().next_back()];
    for shape in shapes {
        let mut counts: Vec<(char, usize)> = Vec::new();
        for &i in &leads {
            if let Some(c) = shape(first_sentence_of(i)) {
                match counts.iter_mut().find(|(k, _)| *k == c) {
                    Some(slot) => slot.1 += 1,
                    None => counts.push((c, 1)),
                }
            }
        }
        let Some(&(c, n)) = counts.iter().max_by_key(|(_, n)| *n) else {
            continue;
        };
        // More than half of the leads, and at least three, share it.
        if n >= TEMPLATE_MIN && n * 2 > leads.len() && n < leads.len() {
            let fits = |i: &usize| shape(first_sentence_of(*i)) == Some(c);
            trim_ends(&mut leads, fits);
            return leads;
        }
    }
    // Or more than half of them, at least three, end with one mark (`。`), and a lead at
    // an end of the run closed otherwise is none: an address (`各位代表！这些成绩……`).
    let stop_of = |i: usize| first_sentence(&paras[i].text).1;
    let mut stops: Vec<(&str, usize)> = Vec::new();
    for &i in &leads {
        let s = stop_of(i);
        match stops.iter_mut().find(|(k, _)| *k == s) {
            Some(slot) => slot.1 += 1,
            None => stops.push((s, 1)),
        }
    }
    if let Some(&(stop, n)) = stops.iter().max_by_key(|(_, n)| *n) {
        if n >= TEMPLATE_MIN && n * 2 > leads.len() && n < leads.len() {
            trim_ends(&mut leads, |&i| stop_of(i) == stop);
        }
    }
    // Or more than half of them, at least three, name one topic in their middle
    // (`产业是增强承载能力的根基` `公共服务是提升承载能力的关键`): a closing paragraph of lead
    // shape without it (`推进……是一项长期任务，不可能一蹴而就`) is no lead.
    if let Some(word) = shared_word(
        &leads
            .iter()
            .map(|&i| first_sentence_of(i))
            .collect::<Vec<_>>(),
    ) {
        // (Wherever it stands: the topic's words are the template, and a sentence without
        // them between two leads goes on with the one above.)
        leads.retain(|&i| first_sentence_of(i).contains(word.as_str()));
    }
    leads
}

/// Tells whether the short first sentences at `leads`, three or more, are an argument's
/// topic sentences rather than run-in leads: each is two clauses or more
/// (`营商环境好不好，企业最有发言权。`), and they share no form — the clauses before their
/// first commas are of different lengths, where parallel leads (排比) keep one length
/// (`规划引领，……` `产业支撑，……`; `优化政策环境，……` `推动产业融合，……`), and most of
/// them do not open with the same words (`坚持……，就要……`).
fn topic_sentences(paras: &[Para<'_>], leads: &[usize]) -> bool {
    let sentences: Vec<&str> = leads
        .iter()
        .map(|&i| first_sentence(&paras[i].text).0)
        .collect();
    let clauses: Option<Vec<&str>> = sentences
        .iter()
        .map(|s| s.find(['，', ',']).map(|k| &s[..k]))
        .collect();
    let Some(clauses) = clauses else {
        return false;
    };
    let most = |n: usize| n * 2 > leads.len();
    let one_length = commonest(clauses.iter().map(|c| chars(c))).is_some_and(|(_, n)| most(n));
    let one_opening = commonest(
        sentences
            .iter()
            .map(|s| s.chars().take(OPENING_MIN).collect::<String>()),
    )
    .is_some_and(|(_, n)| most(n));
    leads.len() >= TEMPLATE_MIN && !one_length && !one_opening
}

/// The label before a colon that opens `sentence` (`审题要拆成三问：问什么……`), when text
/// follows the colon and the label is a lead's length.
pub fn colon_label(sentence: &str) -> Option<&str> {
    let colon = sentence.find(['：', ':'])?;
    let label = &sentence[..colon];
    let after = &sentence[colon..];
    (after.chars().nth(1).is_some() && (2..=LEAD_MAX).contains(&chars(label))).then_some(label)
}

/// Tells whether `text` opens with a phrase-form lead over a paragraph's worth of text
/// (`农业基础不断夯实。新建高标准农田……`).
pub fn phrase_lead(text: &str) -> bool {
    is_phrase_lead(text) && lead_of(text, LED_MIN).is_some()
}

/// The phrase-form leads of `paras` (the first paragraph's too), where the document writes
/// its sections' paragraphs so ([`phrase_lead`] for most of them): two or more make the
/// section's leads, though a lead's topic may run on over a paragraph without one.
pub fn phrase_leads(paras: &[Para<'_>]) -> Vec<Lead> {
    let at: Vec<usize> = (0..paras.len())
        .filter(|&i| phrase_lead(&paras[i].text))
        .collect();
    if at.len() >= 2 && at.first() == Some(&0) {
        at.into_iter().map(Lead::plain).collect()
    } else {
        Vec::new()
    }
}

/// A lead of phrase form has at most this many characters.
const PHRASE_MAX: usize = 12;

/// Tells whether `text` opens with a lead of phrase form: a short first sentence without a
/// comma, closed by a full stop (`旗帜鲜明讲政治。`).
fn is_phrase_lead(text: &str) -> bool {
    let (first, stop, _) = first_sentence(text);
    matches!(stop, "。" | ".")
        && !first.contains(['，', ','])
        && (LEAD_MIN..=PHRASE_MAX).contains(&chars(first))
}

/// Drops the leads at either end of the run that do not fit; those inside stay.
fn trim_ends(leads: &mut Vec<usize>, fits: impl Fn(&usize) -> bool) {
    let start = leads.iter().position(&fits).unwrap_or(leads.len());
    let end = leads.iter().rposition(&fits).map_or(start, |k| k + 1);
    leads.truncate(end);
    leads.drain(..start.min(end));
}

/// Leads name a shared topic in this many characters or more (`承载能力`).
const WORD_MIN: usize = 3;

/// The words of [`WORD_MIN`] characters of `t` (letters and digits alone), as slices of
/// it, sorted and each once.
fn words(t: &str) -> Vec<&str> {
    let starts: Vec<usize> = t.char_indices().map(|(k, _)| k).chain([t.len()]).collect();
    let mut out: Vec<&str> = starts
        .windows(WORD_MIN + 1)
        .map(|w| &t[w[0]..w[WORD_MIN]])
        .filter(|w| w.chars().all(char::is_alphanumeric))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A word of [`WORD_MIN`] characters that more than half of `leads`, at least three and not
/// all, contain (punctuation aside): the first such in the first lead that has one.
fn shared_word(leads: &[&str]) -> Option<String> {
    // At least three sharing it and one without: four leads at least.
    if leads.len() <= TEMPLATE_MIN {
        return None;
    }
    let sets: Vec<Vec<&str>> = leads.iter().map(|t| words(t)).collect();
    let mut best: Option<(usize, &str)> = None;
    for set in &sets {
        for w in set {
            let n = sets.iter().filter(|s| s.binary_search(w).is_ok()).count();
            if best.is_none_or(|(m, _)| n > m) {
                best = Some((n, *w));
            }
        }
    }
    let (n, w) = best?;
    (n >= TEMPLATE_MIN && n * 2 > leads.len() && n < leads.len()).then(|| w.to_string())
}

/// Finds the paragraphs that open with run-in leads used in parallel (the first paragraph
/// introduces the parent and is never one). Tried in turn, the first that holds wins:
/// - leads after one shared frame (`文章指出，对……要进一步到位。`): every lead of the series
///   has the same frame, at least two, and they make up half of the full paragraphs;
/// - plain leads: at least two, making up at least half of the full paragraphs;
/// - leads sharing an ending (`认识要进一步到位。` `责任要进一步到位。`), which may head
///   short paragraphs: at least half of the paragraphs after the first.
///
/// Before all these: paragraphs the format opens with a bold run (`bold`, their lines in
/// order), two or more of them, are the leads, the first paragraph among them.
///
/// `sibling_led`: a section before this one under the same parent had leads. Where every
/// paragraph of this one, two or more, opens with a lead too, they are its leads, the
/// first paragraph among them (sibling sections cast in one form).
pub fn run_in_leads(paras: &[Para<'_>], bold: &[usize], sibling_led: bool) -> Vec<Lead> {
    if !bold.is_empty() {
        // Each shown lead ends at its sentence's end, or at a colon before it (a label).
        let shown: Vec<Lead> = (0..paras.len())
            .filter(|&i| bold.binary_search(&paras[i].line).is_ok())
            .filter_map(|i| {
                let text = &paras[i].text;
                let (first, _, rest) = first_sentence(text);
                let to_colon = colon_label(first).is_some();
                let headed = if to_colon { true } else { !rest.is_empty() };
                (!first.is_empty() && headed).then_some(Lead {
                    at: i,
                    frame: 0,
                    to_colon,
                })
            })
            .collect();
        if shown.len() >= 2 {
            return shown;
        }
    }
    // Runs of leads cast as a 排比 stand whatever else the section's paragraphs open with.
    let mut runs = clause_runs(paras);
    runs.extend(template_runs(paras));
    let mut leads = unshown_leads(paras, &runs);
    if !runs.is_empty() {
        leads.extend(runs);
        leads.sort_unstable_by_key(|l| l.at);
        leads.dedup_by_key(|l| l.at);
    }
    if leads.is_empty() {
        leads = colon_leads(paras);
    }
    if leads.is_empty()
        && sibling_led
        && paras.len() >= 2
        && paras.iter().all(|p| lead_of(&p.text, LED_MIN).is_some())
    {
        leads = (0..paras.len()).map(Lead::plain).collect();
    }
    // Points of one series that open sentences on both sides of a lead (`再次，……` before
    // it, `最后，……` after it) are one level with the paragraphs the leads open: the
    // numbered series is the structure, and the short first sentences are chance.
    // (Looked for only where a paragraph opens with a point past the first, as `再次，……`
    // does: a series over several paragraphs goes on at a paragraph's start.)
    let goes_on = |p: &Para<'_>| point_marker(&p.text).is_some_and(|m| m.number >= 2);
    if !leads.is_empty() && paras.iter().any(goes_on) {
        let spans = crate::inline::series_spans(paras);
        if leads
            .iter()
            .any(|l| spans.iter().any(|&(from, to)| from < l.at && l.at <= to))
        {
            return Vec::new();
        }
    }
    leads
}

/// The fewest characters of a paragraph's label before its colon, in [`colon_leads`]: a
/// topic in a phrase (`了解现状`), not a field's name (`时间`) or a speaker's (`记者`).
const COLON_LEAD_MIN: usize = 4;
/// The most characters of such a label: a phrase, not a sentence leading to a colon.
const COLON_LEAD_MAX: usize = 16;
/// The fewest ideographs after such a label's colon: a sentence's worth, not a field's
/// value (`2025年5月1日`) or a sum (`365天-104天＝250天`).
const COLON_LED_MIN: usize = 15;
/// The fewest ideographs after the label of a lead among leads that head
/// [`COLON_LED_MIN`] or more (`企业商户：推出“小份菜”等创新服务；`): siblings share the form,
/// a short clause is enough.
const COLON_LED_SHORT_MIN: usize = 8;

/// The label of a paragraph that opens with a topic in a phrase and a colon, over a
/// sentence of text (`了解现状：通过问卷调查……`): ideographs alone, no saying verb or copula
/// before the colon (`某某指出：` `目标是：` bring in words, no topic). Gives the label and
/// how many ideographs it heads, counted up to [`COLON_LED_MIN`]; `None` under
/// [`COLON_LED_SHORT_MIN`].
fn colon_lead(text: &str) -> Option<(&str, usize)> {
    // (Looked for only where a label can end: a paragraph is not read to its end.)
    let reach = text
        .char_indices()
        .nth(COLON_LEAD_MAX + 1)
        .map_or(text.len(), |(k, _)| k);
    let colon = text[..reach].find(['：', ':'])?;
    let (label, after) = (&text[..colon], &text[colon..]);
    let after = after.char_indices().nth(1).map_or("", |(k, _)| &after[k..]);
    let n = count_to(label, COLON_LEAD_MAX + 1);
    ((COLON_LEAD_MIN..=COLON_LEAD_MAX).contains(&n)
        && label.chars().all(is_cjk)
        // (Words quoted after the colon are someone's: `母亲摇了摇头：“……”`.)
        && !after.starts_with(['“', '「', '『', '"', '‘'])
        && !label.ends_with(SAYS)
        && !SPEECH_VERBS.iter().any(|v| label.ends_with(v))
        && !label.ends_with(['是', '为', '為', '有', '即', '调', '示', '求', '括', '下'])
        && !DISCOURSE_OPENERS.iter().any(|w| label.starts_with(w))
        && !crate::title::ends_as_org(label))
    .then_some(())?;
    let heads = after
        .chars()
        .filter(|&c| is_cjk(c))
        .take(COLON_LED_MIN)
        .count();
    // (What a lead heads is a sentence that ends: a story's words after its speaker,
    // `奶奶摇着蒲扇：那时候家里穷`, may run on unstopped. Looked at last: it reads the
    // paragraph to its end.)
    (heads >= COLON_LED_SHORT_MIN && after.contains(is_terminator)).then_some((label, heads))
}

/// Verbs that bring in what someone said or wrote (`局长提到：` `某某谈到：`): a label
/// ending in one is a speaker's, no topic. (Not words that are nouns as well, `建议`
/// `总结` `介绍`: `提出改进建议：` names a topic. So not [`crate::inline::REPORTING_VERBS`],
/// which frames points after a comma and holds such words.)
const SPEECH_VERBS: &[&str] = &[
    "提到",
    "谈到",
    "談到",
    "讲到",
    "講到",
    "坦言",
    "回答",
    "回应",
    "回應",
    "问道",
    "問道",
    "呼吁",
    "呼籲",
    "表示",
    "认为",
    "認為",
    "感慨",
    "告诉",
    "告訴",
    "写道",
    "寫道",
    "笑言",
    "直言",
    "透露",
    "补充道",
    "補充道",
    // Verbs that put words forward (`报告指出：`); `支出` is a thing, `严控公务支出：` a topic.
    "指出",
    "提出",
    "作出",
    "做出",
    "列出",
    "给出",
    "得出",
    "看出",
];

/// Paragraphs side by side, two or more, that each open with a topic's label and a colon
/// over their text ([`colon_lead`]), making up at least half of the section's full
/// paragraphs: the section's leads, each ending at its colon (the bullets a copy lost
/// before `了解现状：……` `分析原因：……`).
fn colon_leads(paras: &[Para<'_>]) -> Vec<Lead> {
    // How many ideographs each paragraph's lead heads, 0 for none.
    let heads: Vec<usize> = paras
        .iter()
        .map(|p| colon_lead(&p.text).map_or(0, |(_, n)| n))
        .collect();
    let short: Vec<bool> = heads.iter().map(|&n| n > 0).collect();
    let long: Vec<usize> = (0..paras.len())
        .filter(|&i| heads[i] >= COLON_LED_MIN)
        .collect();
    let (Some(&first), Some(&last)) = (long.first(), long.last()) else {
        return Vec::new();
    };
    // The leads over a sentence's worth stand side by side, leads over a short clause among
    // them or beside them (`企业商户：推出小份菜等新服务；`); a field elsewhere in the section
    // (`咨询电话：……`) is none of theirs.
    if (first..=last).any(|i| !short[i]) {
        return Vec::new();
    }
    let from = (0..first)
        .rev()
        .take_while(|&i| short[i])
        .last()
        .unwrap_or(first);
    let to = (last + 1..paras.len())
        .take_while(|&i| short[i])
        .last()
        .unwrap_or(last);
    let full = paras
        .iter()
        .filter(|p| count_to(&p.text, HEADED_MIN) >= HEADED_MIN)
        .count();
    // Topics differ: a label said again right under itself (`委托诉讼代理人：` over each of
    // two counsel) is a record's field, no topic of its own.
    let labels: Vec<Option<&str>> = (from..=to)
        .map(|i| colon_lead(&paras[i].text).map(|(label, _)| label))
        .collect();
    let said_again = labels.windows(2).any(|w| w[0].is_some() && w[0] == w[1]);
    if long.len() >= 2 && (to - from + 1) * 2 >= full && !said_again {
        (from..=to)
            .map(|at| Lead {
                at,
                frame: 0,
                to_colon: true,
            })
            .collect()
    } else {
        Vec::new()
    }
}

/// The leads [`run_in_leads`] finds where the format shows none.
/// `runs`: the section's leads cast as a 排比 ([`clause_runs`]).
fn unshown_leads(paras: &[Para<'_>], runs: &[Lead]) -> Vec<Lead> {
    let full = paras
        .iter()
        .skip(1)
        .filter(|p| count_to(&p.text, HEADED_MIN) >= HEADED_MIN)
        .count();
    // Each paragraph's lead heading any text after it, looked for once; whether it heads
    // a full paragraph's worth follows from it. (Held as the lead's length and that,
    // doubled and added, 0 for none: 4 bytes a paragraph, where a slice and a flag were 24,
    // beside the paragraphs of a document of millions of lines.)
    let leads: Vec<u32> = paras
        .iter()
        .map(|p| {
            lead_of(&p.text, 1).map_or(0, |lead| {
                // The lead's sentence end, then the text it heads.
                let after = &p.text[lead.len()..];
                let rest = after.char_indices().nth(1).map_or("", |(k, _)| &after[k..]);
                // (A lead is a sentence of a few characters: its length fits.)
                let len = u32::try_from(lead.len()).unwrap_or(u32::MAX >> 1);
                len << 1 | u32::from(count_to(rest, LED_MIN) >= LED_MIN)
            })
        })
        .collect();
    let lead = |i: usize| {
        leads
            .get(i)
            .filter(|&&v| v != 0)
            .map(|&v| (&paras[i].text[..(v >> 1) as usize], v & 1 == 1))
    };
    let lead_at = |i: usize| lead(i).map(|(l, _)| l);
    let strict = |i: usize| lead(i).and_then(|(l, full)| full.then_some(l));
    // One frame shared by every lead of the series (`文章指出，`), or one speaker reporting
    // each with a verb of its own (`文章指出，` `文章强调，` `文章要求，`); looked for only
    // where some opening clause short enough to be a frame comes twice, by its speaker.
    let frames: Vec<(usize, &str)> = (1..paras.len())
        .filter_map(|i| frame_of(&paras[i].text).map(|f| (i, &paras[i].text[..f])))
        .collect();
    let mut seen_frames: std::collections::HashSet<&str> = Default::default();
    let repeated_frame = frames
        .iter()
        .any(|(_, f)| !seen_frames.insert(frame_speaker(f)));
    if repeated_frame {
        let framed: Vec<(usize, &str)> = frames
            .iter()
            .filter(|(i, f)| lead_of(&paras[*i].text[f.len()..], LED_MIN).is_some())
            .copied()
            .collect();
        if let Some(&(_, frame)) = framed.first() {
            let speaker = frame_speaker(frame);
            let same: Vec<(usize, usize)> = framed
                .iter()
                .filter(|(_, f)| frame_speaker(f) == speaker)
                .map(|&(i, f)| (i, f.len()))
                .collect();
            if same.len() >= 2 && same.len() == framed.len() && same.len() * 2 >= full {
                // The first paragraph framed as the series is, its lead heading text, is the
                // series' first: its frame says so, no introduction does. (Where the series
                // repeats one frame word for word, the first must too: `文章强调，` over
                // leads all after `文章指出，` introduces them.)
                let one_frame = framed.iter().all(|(_, f)| *f == frame);
                let first = frame_of(&paras[0].text)
                    .filter(|&f| {
                        let opening = &paras[0].text[..f];
                        if one_frame {
                            opening == frame
                        } else {
                            frame_speaker(opening) == speaker
                        }
                    })
                    .filter(|&f| lead_of(&paras[0].text[f..], LED_MIN).is_some())
                    .map(|f| (0, f));
                // (Left out of the leads only when it reports.)
                let cut = reports(frame);
                return first
                    .into_iter()
                    .chain(same)
                    .map(|(at, len)| Lead {
                        at,
                        frame: if cut { len } else { 0 },
                        to_colon: false,
                    })
                    .collect();
            }
        }
    }
    let mut plain: Vec<usize> = (1..paras.len()).filter(|&i| strict(i).is_some()).collect();
    // Leads differ from one another: a first sentence repeated word for word (`各位代表！`
    // before several paragraphs of a speech) is a formula of address, heading nothing.
    // (Counted once, in a map: a text without headings has all its paragraphs here.)
    let mut times: std::collections::HashMap<&str, usize> = Default::default();
    for l in (1..paras.len()).filter_map(lead_at) {
        *times.entry(l).or_default() += 1;
    }
    let repeated = |i: usize| lead_at(i).is_some_and(|l| times.get(l).is_some_and(|&n| n > 1));
    if plain.iter().any(|&i| repeated(i)) {
        plain.retain(|&i| !repeated(i));
    }
    templated_leads(paras, &mut plain);
    // (Whether a paragraph opens by asking the question it answers: `何谓“三个两”？……`.)
    let asks = |i: usize| matches!(first_sentence(&paras[i].text).1, "？" | "?");
    // The first paragraph introduces its parent, unless it opens as the leads after it do
    // (`坚持项目为王。` `坚持要素保障。` right under a heading): then it is the first lead.
    if let Some(first) = strict(0) {
        // (Shared with most of them: a two-character opening shared with one lead of
        // several is chance, `法治是……` over `稳定预期，……` and `法治环境的改善，……`.)
        let same_opening = plain
            .iter()
            .filter(|&&i| strict(i).is_some_and(|l| common_prefix(first, l) >= OPENING_MIN))
            .count()
            * 2
            > plain.len();
        // Or when it and every lead after it are a few characters (`线索发现。`
        // `调查核实。` `推动源头治理。`): labels of one form.
        let same_form = plain.len() >= 2
            && chars(first) <= SAME_FORM_MAX
            && plain
                .iter()
                .all(|&i| strict(i).is_some_and(|l| chars(l) <= SAME_FORM_MAX));
        // Or when it and most leads after it, three or more, are short phrases closed by a
        // full stop (`旗帜鲜明讲政治。` `坚定不移推进依法行政。`): the heading's points,
        // the first of them too.
        let phrases = plain
            .iter()
            .filter(|&&i| is_phrase_lead(&paras[i].text))
            .count();
        let same_phrase =
            is_phrase_lead(&paras[0].text) && phrases >= TEMPLATE_MIN && phrases * 2 > plain.len();
        // Or when it and every lead after it are phrases of one length, no comma in them
        // (`经济总量不断壮大。` `农民收入快速增长。`): parallel wording, the first of them too.
        let phrase = |l: &str| !l.contains(['，', ',']) && chars(l) <= PARALLEL_PHRASE_MAX;
        let same_length = !plain.is_empty()
            && phrase(first)
            && plain.iter().all(|&i| {
                strict(i).is_some_and(|l| phrase(l) && chars(l).abs_diff(chars(first)) <= 1)
            });
        // Or when it and every lead after it ask a question the paragraph answers (`何谓
        // “三个两”？……` `何以要力行“三个两”？……`): questions of one form (设问).
        let same_question = !plain.is_empty() && asks(0) && plain.iter().all(|&i| asks(i));
        // Or when it and every lead after it are clauses of one length each, two or more
        // (`严守红线，保障粮食安全` `排查整治，守护一方平安`): worded as a pair (对仗).
        // (Clauses of four characters or more where one lead alone follows: `时间紧，任务重`
        // is a formula opening a section, of a shape pairs share by chance.)
        let shape = clause_lengths(first);
        let same_clauses = !plain.is_empty()
            && shape.len() >= 2
            && (plain.len() >= 2 || shape.iter().all(|&n| n >= PAIRED_CLAUSE_MIN))
            && plain
                .iter()
                .all(|&i| strict(i).is_some_and(|l| clause_lengths(l) == shape));
        if same_opening || same_form || same_phrase || same_length || same_question || same_clauses
        {
            plain.insert(0, 0);
        }
    }
    let full = full + usize::from(plain.first() == Some(&0));
    // Two leads, the whole of a series, head paragraphs one after the other: a full
    // paragraph between them with no lead of its own says that their short first sentences
    // are chance.
    let lead_less_between =
        |a: usize, b: usize| (a + 1..b).any(|k| count_to(&paras[k].text, HEADED_MIN) >= HEADED_MIN);
    let parallel = match plain[..] {
        [a, b] => {
            pair_parallel(strict(a).unwrap_or(""), strict(b).unwrap_or(""))
                && !lead_less_between(a, b)
        }
        _ => true,
    };
    // (The leads that are phrases, for a run of them below.)
    // (A sentence that opens with a person, `我出生在农村。`, tells a story: no topic.)
    let phrased: Vec<usize> = plain
        .iter()
        .copied()
        .filter(|&i| is_phrase_lead(&paras[i].text) && !paras[i].text.starts_with(PERSONS))
        .collect();
    // (Leads cast as a 排比 elsewhere in the section count among its leads: the section
    // is written in leads.)
    let cast = runs
        .iter()
        .filter(|r| plain.binary_search(&r.at).is_err())
        .count();
    // Or three or more leads, each a sentence without a comma (`强化制度保障。`), that open
    // half the paragraphs from the first of them to the last: the text before the first
    // introduces the section, as a preamble stands before numbered parts, and the text
    // after the last goes on with it.
    let spanned = match plain[..] {
        [first, .., last] => (first..=last)
            .filter(|&k| count_to(&paras[k].text, HEADED_MIN) >= HEADED_MIN)
            .count(),
        _ => 0,
    };
    let stated_whole = |i: usize| {
        let (first, stop, _) = first_sentence(&paras[i].text);
        matches!(stop, "。" | ".")
            && !first.contains(['，', ',', '：', ':'])
            && !first.starts_with(PERSONS)
    };
    let tail_form = plain.len() >= TEMPLATE_MIN
        && plain.iter().all(|&i| stated_whole(i))
        && (plain.len() + cast) * 2 >= spanned;
    if plain.len() >= 2 && ((plain.len() + cast) * 2 >= full || tail_form) && parallel {
        let plain = trim_outliers(paras, plain);
        if !topic_sentences(paras, &plain) {
            return plain.into_iter().map(Lead::plain).collect();
        }
    }
    // Leads sharing an ending may head short paragraphs.
    let loose: Vec<(usize, &str)> = (1..paras.len())
        .filter_map(|i| lead_at(i).map(|l| (i, l)))
        .filter(|&(_, l)| times.get(l).is_none_or(|&n| n < 2))
        .collect();
    let ending = shared_ending(&loose);
    if !ending.is_empty() && ending.len() * 2 >= paras.len().saturating_sub(1) {
        return ending.into_iter().map(Lead::plain).collect();
    }
    // Or, however many paragraphs stand around them, a run of paragraphs one after another
    // each opening with a lead of that ending and heading a full paragraph (`地主阶级。……`
    // `中产阶级。……` `小资产阶级。……`): the parts of an argument cast in one form.
    // (A neighbour whose lead shares the run's last two characters, the shortest ending
    // that counts, belongs to it: `地主阶级和买办阶级。` before `中产阶级。` `无产阶级。`.)
    let run = longest_run(&ending);
    if run.len() >= TEMPLATE_MIN && run.iter().all(|&i| strict(i).is_some()) {
        let tail = |i: usize| strict(i).map(|l| crate::text::last_chars(l, 2));
        let shared = tail(run[0]);
        let alike = |i: usize| shared.is_some() && tail(i) == shared;
        let mut from = run[0];
        while from > 1 && alike(from - 1) {
            from -= 1;
        }
        let mut to = run[run.len() - 1];
        while to + 1 < paras.len() && alike(to + 1) {
            to += 1;
        }
        return (from..=to).map(Lead::plain).collect();
    }
    // Or a run of paragraphs one after another, three or more, each opening with a lead
    // that names its topic by a keyword in quotes, a different one each (`先说“系统”。`
    // `再看“高效”。` `还有“务实”。`): the parts of an argument announced by their keywords,
    // however many paragraphs stand around them.
    let keyed: Vec<usize> = (1..paras.len())
        .filter(|&i| strict(i).and_then(quoted_word).is_some())
        .collect();
    let run = longest_run(&keyed);
    let mut words: Vec<&str> = run
        .iter()
        .filter_map(|&i| strict(i).and_then(quoted_word))
        .collect();
    words.sort_unstable();
    words.dedup();
    if run.len() >= TEMPLATE_MIN && words.len() == run.len() {
        return run.iter().copied().map(Lead::plain).collect();
    }
    // Or a longer run of paragraphs one after another, each opening with a phrase closed by
    // a full stop and heading a full paragraph (`加强公共卫生体系建设。……`
    // `提高基本医疗服务水平。……`, a report's measures under a section's heading).
    let run = longest_run(&phrased);
    if run.len() >= PHRASE_RUN_MIN {
        return run.iter().copied().map(Lead::plain).collect();
    }
    Vec::new()
}

/// Every paragraph of a section after its first, three or more, opening with a topic
/// sentence of the template's length that starts as the others do (`从高质量发展到新质生产力，
/// 规划……。` `从统筹发展到安全保障，规划……。`; `系统观念的……。` `系统思维下的……。`): the
/// section's parts, cast in one form though each sentence is long for a lead alone.
///
/// Looked for in a section under a heading of its own only: a story's paragraphs open alike
/// by chance (`记者了解到，……` `记者注意到，……`), as a law's clauses do by their subject.
/// The sentences share their first two characters at least, or all name their topic in
/// quotes (`“打破专业壁垒”的……`).
pub fn opening_alike(paras: &[Para<'_>]) -> Vec<Lead> {
    if paras.len() <= TEMPLATE_MIN {
        return Vec::new();
    }
    // (A quotation opening the sentence is a topic only as a keyword's name:
    // `“将历史与现实打通”的方法论……`.)
    // (Nor does a sentence that measures, `全年粮食总产量4.2万吨，增长1%。`, head anything: a
    // bulletin's paragraphs open alike with its figures. A year or a code, `2024年至2026年`,
    // `“1+3”`, names a topic.)
    let fits = |text: &str| {
        formed_lead(text, 1).is_some_and(|first| {
            (!first.starts_with('“') || named_by_quote(first)) && !measures(first)
        })
    };
    let quoted = (1..paras.len()).all(|i| named_by_quote(&paras[i].text));
    let take = if quoted { 1 } else { OPENING_MIN };
    let opening = |i: usize| paras[i].text.chars().take(take).collect::<String>();
    let alike = (1..paras.len()).all(|i| fits(&paras[i].text) && opening(i) == opening(1));
    // (The first paragraph introduces them, unless it opens alike too.)
    let from = usize::from(!(fits(&paras[0].text) && opening(0) == opening(1)));
    if alike && chars(&opening(1)) == take && opening(1).chars().all(|c| is_cjk(c) || c == '“') {
        (from..paras.len()).map(Lead::plain).collect()
    } else {
        Vec::new()
    }
}

/// Tells whether a sentence measures something: a percentage, or a number with a decimal
/// point (`5.2万吨`, `13.6亿元`), as a statistics bulletin gives its figures.
fn measures(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    sentence.contains(['%', '％'])
        || (1..b.len().saturating_sub(1))
            .any(|k| b[k] == b'.' && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit())
}

/// The first sentence of `text` when it has the shape of a lead that a form shared with its
/// siblings carries past [`LEAD_MAX`]: closed by a full stop, up to [`TEMPLATE_LEAD_MAX`]
/// characters, at most `commas` commas, no colon, no point, no discourse opener, no person
/// telling a story (`我来到……。`), and any text after it (the shared form makes it a lead).
fn formed_lead(text: &str, commas: usize) -> Option<&str> {
    let (first, stop, rest) = first_sentence(text);
    let ok = matches!(stop, "。" | ".")
        && (LEAD_MIN..=TEMPLATE_LEAD_MAX).contains(&count_to(first, TEMPLATE_LEAD_MAX + 1))
        && first.matches(['，', ',']).count() <= commas
        && !first.contains(['：', ':', '；', ';'])
        && point_marker(first).is_none()
        && !DISCOURSE_OPENERS.iter().any(|w| first.starts_with(w))
        && !first.starts_with(PERSONS)
        && !rest.is_empty();
    ok.then_some(first)
}

/// The opening clause of a 排比's lead has this many characters at most (`观大局，`
/// `抓机遇，` `行大道，`): a verb and its object, a short phrase.
const CLAUSE_MAX: usize = 4;

/// The opening clause of a 排比's lead has this many characters at least: two are a time
/// or a step of a story (`随后，` `当晚，` `周六，`).
const CLAUSE_MIN: usize = 3;

/// Verbs that end a clause reporting who said what (`李明表示，` `张强介绍，`): a
/// story's quotations, no topics.
const SAYING: &[&str] = &[
    "表示", "认为", "介绍", "指出", "强调", "说", "称", "坦言", "感慨", "透露", "告诉",
];

/// The paragraphs, in runs of three or more one after another, whose first sentences open
/// with a short clause of one length, a different one each, before a comma (`观大局，中国式
/// 现代化徐徐展开，……。` `抓机遇，……。` `行大道，……。`): leads cast as a 排比, however long the
/// rest of the sentence, and whatever stands around them.
fn clause_runs(paras: &[Para<'_>]) -> Vec<Lead> {
    // The opening clause of each paragraph's first sentence, when it may open such a lead
    // (looked for once a paragraph).
    let clauses: Vec<Option<&str>> = paras
        .iter()
        .map(|p| {
            let (opening, _) = formed_lead(&p.text, 2)?.split_once(['，', ','])?;
            ((CLAUSE_MIN..=CLAUSE_MAX).contains(&chars(opening))
                && !SAYING.iter().any(|w| opening.ends_with(w))
                && opening.chars().all(is_cjk))
            .then_some(opening)
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let Some(c) = clauses[i] else {
            i += 1;
            continue;
        };
        let mut seen = vec![c];
        let mut j = i + 1;
        while let Some(d) = clauses.get(j).copied().flatten() {
            if chars(d) != chars(c) || seen.contains(&d) {
                break;
            }
            seen.push(d);
            j += 1;
        }
        if j - i >= TEMPLATE_MIN {
            out.extend((i..j).map(Lead::plain));
        }
        i = j;
    }
    out
}

/// A lead cast in its siblings' template holds at most this many commas: four clauses
/// (`读原著，把自己摆进去，往深里走，收获的是自信`).
const TEMPLATE_COMMAS: usize = 3;

/// The characters two leads cast in one template have in common, at the start and the end
/// of each of their clauses, are at least one in this many of the longer lead's (commas
/// aside): the template's fixed words, where chance gives a word or two.
const TEMPLATE_SHARE: usize = 4;

/// Tells whether two first sentences are cast in one template (排比): as many clauses, two or
/// more; some of the same words at the start or the end of every clause; one clause at least
/// a frame around a word of its own (`把自己摆进去` `把职责摆进去`, `以“学原文”为基础点`
/// `以“悟思想”为关键点`); together a [`TEMPLATE_SHARE`]th of the longer sentence; and not one
/// sentence said twice. Sentences of a story opening alike (`那天早上，……` `那天下午，……`)
/// share a start, no frame.
fn one_template(a: &str, b: &str) -> bool {
    let (ca, cb): (Vec<&str>, Vec<&str>) = (
        a.split(['，', ',']).collect(),
        b.split(['，', ',']).collect(),
    );
    if ca.len() < 2 || ca.len() != cb.len() || a == b {
        return false;
    }
    // Words of its own in two clauses at least: one word changed in a sentence said again
    // (`把土豆洗净，切成小块，……` `把胡萝卜洗净，切成小块，……`) lists the steps of a task.
    if ca.iter().zip(&cb).filter(|(x, y)| x != y).count() < 2 {
        return false;
    }
    let mut shared = 0;
    let mut framed = false;
    for (x, y) in ca.iter().zip(&cb) {
        let shorter = chars(x).min(chars(y));
        let head = common_prefix(x, y);
        let tail = x
            .chars()
            .rev()
            .zip(y.chars().rev())
            .take_while(|(p, q)| p == q)
            .count()
            .min(shorter - head);
        if head + tail == 0 {
            return false;
        }
        // (A frame leaves words of its own inside: not the whole clause said again.)
        framed |= head > 0 && tail > 0 && head + tail < chars(x).max(chars(y));
        shared += head + tail;
    }
    let longer = chars(a).max(chars(b)) - (ca.len() - 1);
    framed && shared * TEMPLATE_SHARE >= longer
}

/// Tells whether a sentence is told by a narrator, `我` alone (`妈妈送我去学校上学`): not
/// `我们`, nor `我` naming a body one belongs to (`我国` `我省` `我校`), nor `自我`. (A
/// model's `他` is the subject of parallel leads: `学习他的坚定信念，……`.)
fn tells_of_one(sentence: &str) -> bool {
    let mut prev = None;
    for (k, c) in sentence.char_indices() {
        if c == '我' && prev != Some('自') {
            let next = sentence[k + c.len_utf8()..].chars().next();
            if !next.is_some_and(|n| BODIES_OF_OURS.contains(&n)) {
                return true;
            }
        }
        prev = Some(c);
    }
    false
}

/// Characters after `我` that name a body one belongs to, or more than one person (`我们`
/// `我国` `我省` `我市` `我县` `我区` `我校` `我院` `我局` `我党` `我军`): no narrator.
const BODIES_OF_OURS: &[char] = &[
    '们', '們', '国', '國', '省', '市', '县', '縣', '区', '區', '校', '院', '局', '党', '黨', '军',
    '軍', '司', '厂', '廠', '镇', '鎮', '乡', '鄉', '村', '部', '委', '处', '處', '所', '行', '社',
];

/// The paragraphs, in runs of three or more one after another, whose first sentences are
/// cast in one template ([`one_template`]), each with its neighbour: leads cast as a 排比,
/// whatever stands around them (`读原著，把自己摆进去，往深里走，收获的是自信。……`
/// `读原著，把职责摆进去，往实里走，收获的是智慧。……`). A line of the template alone,
/// no text after it, heads among them (the run's last, a copy cut after it); two at least
/// head text.
fn template_runs(paras: &[Para<'_>]) -> Vec<Lead> {
    // Each paragraph's first sentence when it may be such a lead, and whether text follows.
    // (A sentence that states figures, `全县粮食产量达到50万吨，比上年增长3%`, or a person
    // telling a story, `星期一的早上，妈妈送我去学校`, heads nothing, whatever its form.)
    let topic = |first: &str| !states_figures(first) && !tells_of_one(first);
    let firsts: Vec<Option<(&str, bool)>> = paras
        .iter()
        .map(|p| {
            if let Some(first) = formed_lead(&p.text, TEMPLATE_COMMAS) {
                return topic(first).then_some((first, true));
            }
            let (first, _, rest) = first_sentence(&p.text);
            (rest.is_empty()
                && count_to(first, TEMPLATE_LEAD_MAX + 1) <= TEMPLATE_LEAD_MAX
                && !first.contains(['：', ':', '；', ';'])
                && topic(first))
            .then_some((first, false))
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let mut j = i + 1;
        while j < paras.len()
            && matches!((firsts[j - 1], firsts[j]), (Some((a, _)), Some((b, _))) if one_template(a, b))
        {
            j += 1;
        }
        let heading = (i..j)
            .filter(|&k| firsts[k].is_some_and(|(_, t)| t))
            .count();
        if j - i >= TEMPLATE_MIN && heading >= 2 {
            out.extend((i..j).map(Lead::plain));
        }
        i = j;
    }
    out
}

/// A phrase in quotes that names a topic has at most this many characters
/// (`“将历史与现实打通”`); a quotation runs longer.
const NAMED_QUOTE_MAX: usize = 12;

/// Tells whether `text` opens with a short phrase in quotes that a `的` makes the name of its
/// topic (`“打破专业壁垒”的呼唤……`), not a quotation of someone's words.
fn named_by_quote(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('“') else {
        return false;
    };
    inner.find('”').is_some_and(|end| {
        (1..=NAMED_QUOTE_MAX).contains(&chars(&inner[..end]))
            && inner[end + '”'.len_utf8()..].starts_with('的')
    })
}

/// The fewest paragraphs in a row, each opening with a phrase lead, that are leads whatever
/// stands around them: three short first sentences in a row may be chance, four are a form.
const PHRASE_RUN_MIN: usize = 4;

/// The longest run of consecutive numbers in `sorted` (the first of equals).
fn longest_run(sorted: &[usize]) -> &[usize] {
    let mut best = &sorted[..sorted.len().min(1)];
    let mut start = 0;
    for k in 1..=sorted.len() {
        if k == sorted.len() || sorted[k] != sorted[k - 1] + 1 {
            if k - start > best.len() {
                best = &sorted[start..k];
            }
            start = k;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras<'a>(texts: &[&'a str]) -> Vec<Para<'a>> {
        Para::numbered(texts)
    }

    #[test]
    fn figures_make_data_not_leads() {
        assert!(states_figures("全年粮食总产量46695吨，同比增长0.98%"));
        assert!(states_figures("全年林业增加值10583万元，比上年增长１６"));
        assert!(!states_figures("重点项目完成投资5亿元"));
        assert!(!states_figures("民生保障持续加强"));
        assert_eq!(lead_of("全年林业增加值10583万元，比上年增长1.6%。全年造林面积19800亩，森林覆盖率持续提高。", 1), None);
    }

    #[test]
    fn colon_leads_name_topics_not_speakers() {
        // (A lead over a sentence's worth: its label.)
        let colon_lead = |t| {
            colon_lead(t)
                .filter(|&(_, n)| n >= COLON_LED_MIN)
                .map(|(l, _)| l)
        };
        assert_eq!(
            colon_lead("提出改进建议：结合实际提出切实可行的措施，为决策提供参考依据。"),
            Some("提出改进建议")
        );
        assert_eq!(
            colon_lead("了解基层现状：通过问卷调查、座谈会等形式收集基层干部的真实感受。"),
            Some("了解基层现状")
        );
        // A speaker's words, quoted or reported; a field's short value; a sum.
        assert_eq!(
            colon_lead("母亲摇了摇头：“我不去了，你们去吧，天这么冷路上又滑。”"),
            None
        );
        assert_eq!(
            colon_lead("县农业农村局局长提到：今年全县粮食播种面积稳定在八十万亩以上。"),
            None
        );
        assert_eq!(
            colon_lead("严控公务支出：严格执行公务接待标准，杜绝超规格接待和铺张浪费。"),
            Some("严控公务支出")
        );
        assert_eq!(
            colon_lead("这份报告明确指出：全县粮食播种面积稳定在八十万亩以上。"),
            None
        );
        assert_eq!(colon_lead("企业商户：推出小份菜半份饭等新服务；"), None);
        assert_eq!(
            super::colon_lead("企业商户：推出小份菜半份饭等新服务；"),
            Some(("企业商户", 12))
        );
        assert_eq!(colon_lead("活动时间：五月一日上午"), None);
        assert_eq!(colon_lead("年工作日：365天-104天-11天＝250天"), None);
    }

    #[test]
    fn an_adoption_note_is_no_subtitle() {
        assert!(is_adoption_note("常务委员会第六次主任会议修订"));
        assert!(is_adoption_note("市人民政府第十二次常务会议通过）"));
        assert!(!subtitle_candidate("常务委员会第六次主任会议修订"));
        // A meeting named as a topic is no note.
        assert!(!is_adoption_note("开好年度工作会议"));
        assert!(subtitle_candidate("开好年度工作会议"));
        assert!(!is_adoption_note("方案经集体讨论通过"));
        // A date and the passing on it, maybe the parts it touched after it.
        assert!(is_adoption_note("本章程于2018年5月4日会员大会通过"));
        assert!(is_adoption_note("2019年3月8日修订通过（第二、三章）"));
        assert!(is_adoption_note("2021年11月20日修訂通過 (第3、4章)"));
        assert!(!subtitle_candidate("2019年3月8日修订通过（第二、三章）"));
        assert!(!is_adoption_note("2019年工作方案讨论"));
    }

    #[test]
    fn a_topic_line_is_a_short_label_a_colon_and_a_phrase() {
        assert_eq!(topic_colon("生态种茶：守住“金字招牌”的根"), Some(4));
        assert_eq!(topic_colon("销售环节:搭上直播快车"), Some(4));
        assert_eq!(topic_colon("时间：上午"), None);
        assert_eq!(topic_colon("他说：我们要把茶叶卖到全国去。"), None);
        assert_eq!(topic_colon("2025年：新起点"), None);
    }

    #[test]
    fn a_speaker_alone_is_a_short_label_closed_by_a_colon() {
        assert!(speaker_alone("市统计局副局长 张某某："));
        assert!(speaker_alone("发布人:"));
        assert!(!speaker_alone("谢谢。下面请提问："));
        assert!(!speaker_alone("记者：请问今年的重点是什么？"));
        assert!(!speaker_alone(
            "为此，我们主要采取了以下几个方面的具体措施："
        ));
    }

    #[test]
    fn a_transcripts_turns_ask_and_answer() {
        assert!(asking_turn("记者：请介绍一下整治进展。"));
        assert!(asking_turn("[晚报记者]：景区客流较大，有哪些安全提示？"));
        assert!(asking_turn("问：请您再谈谈乡村教育。"));
        assert!(!asking_turn("主持人：下面请周局长介绍有关情况。"));
        assert!(!asking_turn("主持人：今天我们邀请到了市教育局局长。"));
        assert!(!asking_turn("记者：该项目已申请了专项资金。"));
        assert!(!asking_turn("妈妈：请你把花浇一浇。"));
        assert!(!asking_turn("主持人：现在开始提问，请说明所在的新闻机构。"));
        assert!(!asking_turn("主持人：发布会到此结束，请回吧。"));
        assert!(answering_turn("周明远：专项整治开展以来，成效明显。"));
        assert!(answering_turn("[李某某]：这个问题技术性很强。"));
        assert!(answering_turn("答：我们已经部署。"));
        assert!(!answering_turn("记者：还有哪些打算？"));
        assert!(!answering_turn("各乡镇、各部门：抓好落实。"));
    }

    #[test]
    fn an_asker_alone_is_a_journalist_or_a_part_in_the_exchange() {
        assert!(asker_alone("新华社记者："));
        assert!(asker_alone("问："));
        assert!(answer_labelled("答：我们将继续推进。"));
        assert!(answer_labelled("县交通局局长李明答：今年新建道路。"));
        assert!(answer_labelled("某局局长 某某答:"));
        assert!(answer_labelled("答（县人社局）：按缴费基数计算。"));
        assert!(answer_labelled("（县人社局）答：按缴费基数计算。"));
        assert!(answer_labelled("答复：您反映的问题已转交办理。"));
        // A sentence before the colon, or an answer glued into one, is no label.
        assert!(!answer_labelled("他想了想，回答：好。"));
        assert!(!answer_labelled("群众的期盼就是我们的回答方向：……"));
        assert!(asker_alone("主持人:"));
        assert!(!asker_alone("同志们："));
        assert!(!asker_alone("各乡镇、各部门："));
        assert!(!asker_alone("记者：请问今年的重点是什么？"));
    }

    const LONG: &str = "这是一段足够长的正文，用来说明前面那一行短标题所统领的内容，它远远超过四十个字，也以句号结尾，不会被误认为标题。";

    #[test]
    fn bare_labels_and_their_longer_siblings() {
        assert!(bare_label("案由"));
        assert!(bare_label("建议"));
        assert!(!bare_label("建议："));
        assert!(!bare_label("现状与问题"));
        assert!(bare_label_like("现状与问题"));
        assert!(!bare_label_like("我们发现了三个问题。"));
    }

    #[test]
    fn a_table_row_is_no_candidate() {
        assert!(!subtitle_candidate(
            "序号　　任务内容　　牵头单位　　完成时限"
        ));
        assert!(subtitle_candidate("坚定信心　　真抓实干"));
    }

    #[test]
    fn candidates_are_short_plain_lines() {
        assert!(subtitle_candidate("坚持改革创新 服务发展大局"));
        assert!(subtitle_candidate("初见山城，相逢江畔"));
        assert!(!subtitle_candidate("要不得！"));
        assert!(!subtitle_candidate("后记："));
        assert!(!subtitle_candidate("——编  者"));
        assert!(!subtitle_candidate("会见现场。新华社记者 摄"));
        assert!(!subtitle_candidate("图为新建成的文化广场"));
        // A date alone dates what it closes; a heading may open with a year.
        assert!(!subtitle_candidate("二○○三年五月七日"));
        assert!(!subtitle_candidate("2023年11月6日"));
        assert!(subtitle_candidate("二○○三年工作回顾"));
        assert!(subtitle_candidate("五月七日的那场雨"));
        assert!(!subtitle_candidate("市民参观展览（记者 王五摄）"));
    }

    #[test]
    fn list_intros_end_in_a_colon_or_wave() {
        assert!(list_intro("目标是："));
        assert!(list_intro("《方案》明确，全市要完成这些任务〜"));
        assert!(!list_intro(
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构，各有关单位："
        ));
        assert!(!list_intro("他说。结果如下："));
    }

    #[test]
    fn differing_labels_over_numbered_lists_head_them() {
        let p = paras(&[
            "物业服务中心：",
            "1.检查设施。",
            "2.打扫卫生。",
            "各班班主任：",
            "1.做好登记。",
        ]);
        let numbered = [false, true, true, false, true];
        assert_eq!(list_labels(&p, &numbered), vec![0, 3]);
        // The same label before each list, or a single label, heads nothing.
        let p = paras(&["主要举措：", "1.检查设施。", "主要举措：", "1.做好登记。"]);
        assert!(list_labels(&p, &[false, true, false, true]).is_empty());
        let p = paras(&["例如：", "1.检查设施。", "2.打扫卫生。"]);
        assert!(list_labels(&p, &[false, true, true]).is_empty());
        // Labels over lists of different kinds are no parallel labels.
        let p = paras(&[
            "附件：",
            "第一章 适用范围",
            "应当载明下列事项：",
            "一、名称。",
        ]);
        assert!(list_labels(&p, &[false, true, false, true]).is_empty());
    }

    #[test]
    fn two_subtitles_make_blocks() {
        let p = paras(&["甲乙丙丁小标题", LONG, "戊己庚辛小标题", "第二行副题", LONG]);
        let numbered = vec![false; p.len()];
        assert_eq!(subtitle_blocks(&p, &numbered), vec![(0, 1), (2, 2)]);
    }

    #[test]
    fn short_lines_after_a_colon_are_list_items() {
        let p = paras(&[
            "需要注意的社区设施有：",
            "养老服务站",
            "托育服务点",
            LONG,
            "甲乙丙丁小标题",
            LONG,
            "戊己庚辛小标题",
            LONG,
        ]);
        assert_eq!(subtitle_blocks(&p, &[false; 8]), vec![(4, 1), (6, 1)]);
    }

    #[test]
    fn a_subtitle_may_head_bullets() {
        let p = paras(&["甲乙丙丁小标题", "• 短的要点", "戊己庚辛小标题", LONG]);
        assert_eq!(
            subtitle_blocks(&p, &[false, true, false, false]),
            vec![(0, 1), (2, 1)]
        );
    }

    #[test]
    fn questions_heading_answers_are_subtitles() {
        let p = paras(&[
            "问：这项制度为什么要出台？",
            LONG,
            "问：新制度从何时开始实施？",
            LONG,
            LONG,
        ]);
        assert_eq!(subtitle_blocks(&p, &[false; 5]), vec![(0, 1), (2, 1)]);
        let p = paras(&["社区食堂为何建？", LONG, "社区食堂建在哪？", LONG]);
        assert_eq!(subtitle_blocks(&p, &[false; 4]), vec![(0, 1), (2, 1)]);
    }

    #[test]
    fn every_question_of_the_run_heads_its_answer() {
        let p = paras(&[
            "问：新规何时施行？",
            LONG,
            "问：适用于哪些人？",
            LONG,
            "问：有过渡期吗？",
            "有，为期半年。",
        ]);
        assert_eq!(
            subtitle_blocks(&p, &[false; 6]),
            vec![(0, 1), (2, 1), (4, 1)]
        );
    }

    #[test]
    fn a_lone_question_or_questions_in_prose_are_text() {
        // One rhetorical question on its own line is no series.
        let p = paras(&[LONG, "我们为什么要坚持这样做？", LONG]);
        assert!(subtitle_blocks(&p, &[false; 3]).is_empty());
        // A question inside a paragraph of sentences is prose.
        assert!(!question_line("这是为什么呢？原因在于制度。我们要怎么办？"));
        // An asker may set out the ground of the question first.
        assert!(question_line(
            "记者：群众办事难是老问题。新规定有哪些破解之策？"
        ));
        assert!(!question_line(
            "他在会上说：群众办事难是老问题。有哪些破解之策？"
        ));
        // A run of questions answered by none of them is a list of questions, not headings.
        let p = paras(&[
            "第一个问题是什么？",
            "第二个问题是什么？",
            "第三个问题是什么？",
        ]);
        assert!(subtitle_blocks(&p, &[false; 3]).is_empty());
    }

    #[test]
    fn a_repeated_label_is_no_subtitle() {
        let p = paras(&[
            "【参考答案】",
            LONG,
            "【参考答案】",
            LONG,
            "【参考答案】",
            LONG,
        ]);
        assert!(subtitle_blocks(&p, &[false; 6]).is_empty());
    }

    #[test]
    fn a_subtitle_may_head_short_sentences_that_make_a_block() {
        let p = paras(&[
            "甲乙丙丁小标题",
            "支部持续提升组织力。",
            "全年召开支部大会十二次，组织生活会两次。",
            "戊己庚辛小标题",
            LONG,
        ]);
        assert_eq!(subtitle_blocks(&p, &[false; 5]), vec![(0, 1), (3, 1)]);
    }

    #[test]
    fn parts_printed_together_are_headed_by_their_shared_stem() {
        let p = paras(&[
            "某市防汛抗旱指挥部第5号通告",
            "（2024年7月1日）",
            "一、各地要加强值守。",
            "二、各单位要排查隐患。",
            "某市防汛抗旱指挥部第6号通告",
            "一、全市启动应急响应。",
        ]);
        let numbered = [false, false, true, true, false, true];
        let one = [false, false, true, false, false, true];
        assert_eq!(part_headings(&p, &numbered, &one), vec![0, 4]);
        // Lines that share no stem, or head no list of their own, are no parts.
        let p = paras(&[
            "某市防汛抗旱指挥部第5号通告",
            "一、各地要加强值守。",
            "另一单位的通知",
            "一、要做好准备。",
        ]);
        assert!(
            part_headings(&p, &[false, true, false, true], &[false, true, false, true]).is_empty()
        );
    }

    #[test]
    fn a_single_subtitle_is_none() {
        let p = paras(&["甲乙丙丁小标题", LONG, LONG]);
        assert!(subtitle_blocks(&p, &[false; 3]).is_empty());
    }

    #[test]
    fn a_long_list_of_short_lines_is_no_block() {
        let p = paras(&[
            "城市务工人员",
            "个体手艺人",
            "雇农贫农",
            "城市贫民",
            LONG,
            "甲乙丙丁小标题",
            LONG,
        ]);
        assert!(subtitle_blocks(&p, &[false; 7]).is_empty());
    }

    #[test]
    fn parallel_leads_are_found() {
        let p = paras(&[
            "金融是国民经济的血脉，关乎大局。后面还有很长很长的一段话，用来介绍整篇文章的背景和意义。",
            "厘清金融在政府与市场间的职能定位。金融是现代经济的核心，是连接政府与市场的重要纽带，也是资源配置和宏观调控的重要工具。",
            "统筹金融在发展与安全间的双重目标。防范化解金融风险关乎人民群众切身利益和国家安全，是金融工作的永恒主题。",
        ]);
        assert_eq!(
            run_in_leads(&p, &[], false),
            vec![
                Lead {
                    at: 1,
                    frame: 0,
                    to_colon: false
                },
                Lead {
                    at: 2,
                    frame: 0,
                    to_colon: false
                }
            ]
        );
    }

    fn at(leads: Vec<Lead>) -> Vec<(usize, usize)> {
        leads.into_iter().map(|l| (l.at, l.frame)).collect()
    }

    #[test]
    fn leads_behind_one_shared_frame() {
        let p = paras(&[
            "评论强调，改革要落到实处。这是全篇的引言，交代了写作的背景和主要的观点。",
            "评论指出，制度建设要更加完善。制度是管根本、管长远的，必须在改革发展的实践中不断健全和发展。",
            "评论指出，监督检查要更加有力。监督是治理的内在要素，要在常态长效上下功夫，在精准有效上见成效。",
        ]);
        let frame = "评论指出，".len();
        assert_eq!(
            at(run_in_leads(&p, &[], false)),
            vec![(1, frame), (2, frame)]
        );
        // Frames that differ are no shared frame: ordinary openers.
        let p = paras(&[
            "引言。这是全篇的引言，交代了写作的背景和主要的观点，足够长。",
            "同时，制度建设要更加完善，制度是管根本、管长远的，必须在实践中不断健全。",
            "此外，监督检查要更加有力，监督是治理的内在要素，要在常态长效上下功夫。",
        ]);
        assert!(run_in_leads(&p, &[], false).is_empty());
    }

    #[test]
    fn leads_sharing_an_ending_may_head_short_paragraphs() {
        let p = paras(&[
            "根据反馈意见，各单位认真抓好整改，取得了阶段性成效。",
            "思想认识要进一步到位。个别单位重视不够。",
            "责任落实要进一步到位。有的措施没有时限。",
            "跟踪问效要进一步到位。督查还不够经常。",
        ]);
        assert_eq!(
            at(run_in_leads(&p, &[], false)),
            vec![(1, 0), (2, 0), (3, 0)]
        );
        // Short sentences that merely end alike, among others that do not, are no series.
        let p = paras(&[
            "引言部分。这是全篇的引言。",
            "我们看到了问题。问题不少。",
            "他们很快离开了会场。",
            "大家都看到了变化。变化很大。",
            "会议在下午结束。",
            "代表们纷纷发言。",
        ]);
        assert!(run_in_leads(&p, &[], false).is_empty());
    }

    #[test]
    fn an_opening_and_a_closing_paragraph_outside_the_template_are_no_leads() {
        let p = paras(&[
            "学习体会。",
            "近来我认真研读了这本书。书中的许多论述深入浅出，给我留下了深刻的印象，也引发了我的思考。",
            "要坚守为民情怀。为官一任、造福一方，始终把群众的冷暖放在心上，把群众的事当成自己的事来办。",
            "要保持务实作风。说实话、办实事、求实效，不做表面文章，不搞形式主义，真正把工作落到实处。",
            "要养成学习习惯。本领恐慌是最大的恐慌，只有不断学习、终身学习，才能跟上时代前进的步伐。",
            "读书的过程是照镜子。对照书中的要求，我发现自己还有不少差距，今后要在工作中不断加以改进。",
        ]);
        assert_eq!(
            at(run_in_leads(&p, &[], false)),
            vec![(2, 0), (3, 0), (4, 0)]
        );
    }

    #[test]
    fn the_first_paragraph_is_a_lead_when_it_opens_as_the_others() {
        let p = paras(&[
            "坚持项目为王。全年谋划储备重大项目一百二十个，新开工项目六十个，项目投资完成率居全市前列。",
            "坚持要素保障。建立用地用能统筹调度机制，盘活存量土地两千亩，保障重点项目建设需求。",
        ]);
        assert_eq!(at(run_in_leads(&p, &[], false)), vec![(0, 0), (1, 0)]);
        // An introduction that opens otherwise stays the parent's text.
        let p = paras(&[
            "今年以来工作成效明显。全县上下齐心协力，各项工作取得新的进展，为全年目标打下了基础。",
            "坚持项目为王。全年谋划储备重大项目一百二十个，新开工项目六十个，项目投资完成率居全市前列。",
            "坚持要素保障。建立用地用能统筹调度机制，盘活存量土地两千亩，保障重点项目建设需求。",
        ]);
        assert_eq!(at(run_in_leads(&p, &[], false)), vec![(1, 0), (2, 0)]);
    }

    #[test]
    fn leads_opening_with_a_quoted_keyword() {
        let p = paras(&[
            "今年以来，全县经济运行总体平稳，主要指标好于预期，呈现稳中有进的良好态势。",
            "“稳”的态势持续巩固。工业增加值同比增长百分之六，固定资产投资保持两位数增长，就业形势总体稳定。",
            "“进”的步伐更加坚实。新开工重点项目三十个，招商引资到位资金创历史新高，营商环境持续优化。",
        ]);
        assert_eq!(at(run_in_leads(&p, &[], false)), vec![(1, 0), (2, 0)]);
        // A quotation opening a sentence is no keyword.
        assert!(!quoted_keyword("“我们要把人民放在心中最高位置。”他说"));
        assert!(quoted_keyword("“新”的动能加快集聚"));
    }

    #[test]
    fn ordinary_openings_are_no_leads() {
        let p = paras(&[
            "引言。后面还有很长很长的一段话，用来介绍整篇文章的背景和意义，足够长了。",
            "文章指出，我国是社会主义国家。集体经济是多年来在乡村发展历程中逐步形成的。",
            "9 月 4 日，我院举办活动。活动现场气氛热烈，同学们积极参与，收获满满。",
        ]);
        assert!(run_in_leads(&p, &[], false).is_empty());
    }
}
