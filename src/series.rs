//! Series: line markers that continue one another. A marker that neither starts its series
//! nor continues it where it stands, while the number it skipped comes next, is the first
//! word of a sentence (`三、四月份正值春耕……` between `一、` and `二、`), not a heading.
//!
//! This is decided before nesting, from the whole run of markers (nesting sees one line at
//! a time and would take `三、` as a gap, then refuse the real `二、` after it).

use crate::inline::Para;
use crate::nest::{Mark, Marks};
use crate::scan::marker::Family;
use crate::subtitle::HEADED_MIN;
use crate::text::{count_to, is_terminator};

/// Takes out of `marks` every marker that does not stand where it is (it becomes text of
/// its paragraph), returning the paragraphs taken with why: `——` and `【】` items without
/// a series of their own, then numbers that break their series.
/// `listed` names the families a table of contents numbers its entries with.
/// `plain`: the text came with no structure its format states (a plain text: a bullet there is
/// the writer's typing, no list the format draws).
pub fn settle(
    marks: &mut Marks,
    paras: &[Para],
    listed: &[Family],
    plain: bool,
) -> Vec<(usize, &'static str)> {
    let mut dropped = table_rows(marks, paras);
    dropped.extend(attachment_lists(marks, paras));
    dropped.extend(lone_dashes(marks));
    dropped.extend(dash_credits(marks, paras));
    dropped.extend(lone_pictographs(marks));
    if plain {
        dropped.extend(only_bullet(marks));
    }
    dropped.extend(few_tags(marks, paras));
    padded_numbers(marks, paras);
    glued_section_heads(marks, paras);
    if !listed.iter().any(|f| matches!(f, Family::Decimal(_))) {
        dropped.extend(lone_decimals(marks, paras));
    }
    // (After the decimals are settled: numbers glued to their words are a numbering of
    // their own, with decimals under them or none.)
    glued_items(marks, paras);
    dropped.extend(sentence_decimals(marks, paras));
    dropped.extend(lone_stems(marks, paras));
    dropped.extend(lone_romans(marks));
    dropped.extend(sentence_divisions(marks, paras));
    dropped.extend(drop_false_markers(marks, paras));
    dropped.extend(lost_chapter_numbers(marks, paras));
    dropped.extend(viewer_pages(marks, paras));
    dropped
}

/// The fewest characters of a page a document viewer cuts a text into, and of the
/// paragraph it cuts mid-sentence: a page's worth, a few hundred characters. A list's item,
/// or a paragraph wrapped in a list, rarely runs so long without a sentence's end (`1、加强
/// 民生保障。……获得感` of a hundred or so).
const VIEWER_PAGE_MIN: usize = 250;

/// Why a viewer's page number is text.
const VIEWER_PAGE_WHY: &str = "not a node: a document viewer's page number (each page after the first goes on with the sentence the page before cut off)";

/// Takes out the numbers a document viewer sets before the pages it cuts a text into (`1、`
/// over the first page, `2、去思考过。……` over the next): a series from 1 whose every item
/// after the first follows a long paragraph cut mid-sentence, no sentence's end, colon or
/// closing mark at its end, the first item a long paragraph too. A list's item follows a
/// sentence ended or a colon, however long.
fn viewer_pages(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    let long = |i: usize| count_to(paras[i].text.trim_end(), VIEWER_PAGE_MIN) >= VIEWER_PAGE_MIN;
    let cut = |i: usize| {
        long(i)
            && !paras[i].text.trim_end().ends_with(|c: char| {
                is_terminator(c)
                    || crate::text::is_closer(c)
                    || matches!(c, '：' | ':' | '…' | '—' | '.')
            })
    };
    let mut found = Vec::new();
    for i in 0..marks.len() {
        let Some(first) = marks[i] else { continue };
        if first.number != Some(1) || !first.family.counts() || !long(i) {
            continue;
        }
        let mut pages = vec![i];
        let mut n = 1;
        let mut k = i;
        while let Some(next) =
            (k + 1..marks.len()).find(|&j| marks[j].is_some_and(|m| m.family == first.family))
        {
            let goes_on = marks[next].is_some_and(|m| m.number == Some(n + 1));
            if !goes_on || !cut(next - 1) {
                break;
            }
            pages.push(next);
            n += 1;
            k = next;
        }
        if pages.len() >= 2 {
            for &p in &pages {
                marks.set(p, None);
                found.push((p, VIEWER_PAGE_WHY));
            }
        }
    }
    found
}

/// The most characters of a chapter's name (`终止程序及终止后的财产处理`).
const CHAPTER_NAME_MAX: usize = 20;

/// Why a line between articles is a chapter's heading.
pub const LOST_CHAPTER_WHY: &str =
    "a chapter's heading that lost its number: a name alone between two articles that continue one another, where chapters hold the articles";

/// Reads the chapters whose numbers a copy lost (`业务范围` alone between `第五条` and
/// `第六条`, where `第一章 总则` holds the first articles) as chapters: a short name with no
/// sentence's mark in it (`、` and spaces aside), after the text's first chapter and an
/// article ended as a sentence, right over the article that continues the last one. An
/// article's own further paragraph says something, and ends as a sentence or an item does.
fn lost_chapter_numbers(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    let mut chapters = false;
    let mut last_article: Option<u32> = None;
    let mut found = Vec::new();
    for i in 0..marks.len() {
        match marks[i] {
            Some(m) if m.family == Family::Chapter => chapters = true,
            Some(m) if m.family == Family::Article => last_article = m.number,
            Some(_) => {}
            None => {
                let Some(last) = last_article.filter(|_| chapters) else {
                    continue;
                };
                let next_continues = marks.get(i + 1).is_some_and(|m| {
                    m.is_some_and(|m| m.family == Family::Article && m.number == Some(last + 1))
                });
                // (The article above ends as a sentence does: its list's last item, `开展
                // 志愿者培训` under `业务范围：`, or a line it broke, ends with none.)
                let after_sentence = i > 0
                    && paras[i - 1]
                        .text
                        .trim_end()
                        .ends_with(['。', '；', ';', '！', '？', '”', '」']);
                let text = paras[i].text.trim();
                let name = after_sentence
                    && (2..=CHAPTER_NAME_MAX).contains(&count_to(text, CHAPTER_NAME_MAX + 1))
                    && text.chars().all(|c| {
                        crate::text::is_cjk(c) || c == '、' || crate::scan::marker::is_space(c)
                    });
                if next_continues && name {
                    found.push(i);
                }
            }
        }
    }
    for &i in &found {
        marks.set(i, Some(Mark::whole_line(Family::Chapter)));
    }
    found.into_iter().map(|i| (i, LOST_CHAPTER_WHY)).collect()
}

/// The most characters of a section's heading glued to its number (`1初冷泵工岗位操作规程`).
const GLUED_HEAD_MAX: usize = 30;

/// How many paragraphs under such a heading its first subsection may stand: the next, or
/// after a line of its own (a note, a figure's caption).
const GLUED_REACH: usize = 2;

/// Reads a line that opens with a number glued to its words (`1初冷泵工岗位操作规程`, no
/// marker by itself: `1年来……` is a sentence) as a section heading when the next numbered
/// line is its first subsection (`1.1工艺概要`): a heading's length, no sentence's end, the
/// first word no unit.
fn glued_section_heads(marks: &mut Marks, paras: &[Para]) {
    for i in 0..paras.len() {
        if marks[i].is_some() {
            continue;
        }
        let text = paras[i].text.as_ref();
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits)
            || count_to(text, GLUED_HEAD_MAX + 1) > GLUED_HEAD_MAX
            || text.contains(is_terminator)
            || !text[digits..]
                .chars()
                .next()
                .is_some_and(crate::scan::marker::opens_heading_words)
        {
            continue;
        }
        let Ok(n) = text[..digits].parse::<u32>() else {
            continue;
        };
        // The next marked paragraph, right under it: `n.1`.
        let first_child = (i + 1..paras.len().min(i + 1 + GLUED_REACH))
            .find(|&k| marks[k].is_some())
            .is_some_and(|k| {
                marks[k].is_some_and(|m| m.family == Family::Decimal(2) && m.number == Some(1))
                    && paras[k]
                        .text
                        .strip_prefix(&text[..digits])
                        .is_some_and(|rest| rest.starts_with(['.', '．']))
            });
        if first_child {
            marks.set(
                i,
                Some(Mark {
                    family: Family::Decimal(1),
                    number: Some(n),
                    separated: false,
                    marker_end: digits as u16,
                    rest_start: digits as u32,
                }),
            );
        }
    }
}

/// A number a paragraph opens with glued to its words, or set off by a space only
/// (`1组织……` `3 走访……`): one or two digits, no stop, before an ideograph.
#[derive(Debug, Clone, Copy)]
struct Bare {
    number: u32,
    /// Where the digits end.
    digits: usize,
    /// Where the words start.
    words: usize,
    /// Whether the first word is an amount's unit (`5两` `2周`) or a word of one character
    /// before a comma (`1日，`): a figure, unless a numbering holds it.
    unit: bool,
}

impl Bare {
    /// The mark it gives its line, of `family`.
    fn mark(self, family: Family) -> Mark {
        Mark {
            family,
            number: Some(self.number),
            separated: self.words > self.digits,
            marker_end: self.digits as u16,
            rest_start: self.words as u32,
        }
    }
}

/// The [`Bare`] number `text` opens with, where its mark is none or a number and a space
/// (not a table's row, its cells parted by tabs).
fn bare_number(m: Option<Mark>, text: &str) -> Option<Bare> {
    if m.is_some_and(|m| m.family != Family::Decimal(1) || text.contains(['.', '\t'])) {
        return None;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    // (Three digits when two zeros pad them, `001` `002`, as a post numbers its parts; a
    // model's number, `001型`, says what the words after it are of.)
    let model = text
        .get(3..)
        .is_some_and(|r| r.starts_with(['型', '号', '號']));
    let most = if text.starts_with("00") && !model {
        3
    } else {
        2
    };
    if !(1..=most).contains(&digits) {
        return None;
    }
    let after = &text[digits..];
    let words = after.strip_prefix([' ', '\u{3000}']).unwrap_or(after);
    let mut chars = words.chars();
    let first = chars.next().filter(|&c| crate::text::is_cjk(c))?;
    // A word of one character and a comma (`1日，` `3号、`) is a date's or an amount's, as
    // a chronicle opens its entries: no heading's words.
    let clause = chars
        .next()
        .is_some_and(|c| matches!(c, '，' | ',' | '、') || crate::scan::marker::is_space(c));
    Some(Bare {
        number: text[..digits].parse().ok()?,
        digits,
        words: text.len() - words.len(),
        unit: !crate::scan::marker::opens_heading_words(first) || clause,
    })
}

/// Reads paragraphs side by side that open with numbers glued to their words, one, two,
/// three … in order (`1组织清扫楼道。` `2开展政策宣传。`), as items whose stops a copy lost:
/// one such line alone is a sentence (`1年来……`), a run from one that goes on is a list.
fn glued_items(marks: &mut Marks, paras: &[Para]) {
    let mut i = 0;
    while i < paras.len() {
        let mut run = Vec::new();
        while let Some(b) = paras
            .get(i + run.len())
            .and_then(|p| bare_number(marks[i + run.len()], &p.text))
            .filter(|b| !b.unit && b.number == run.len() as u32 + 1)
        {
            run.push(b);
        }
        if run.len() >= 2 {
            for (k, b) in (i..).zip(&run) {
                marks.set(k, Some(b.mark(Family::Arabic)));
            }
        }
        i += run.len().max(1);
    }
    glued_sections(marks, paras);
}

/// How many sections numbered with digits glued to their headings (`1范围` `2规范性引用文件`
/// `3术语和定义`) make a numbering, text between them: one or two such lines could be
/// sentences that open with a figure; three in order from one are a standard's clauses.
const GLUED_SECTIONS_MIN: usize = 3;

/// Reads heading lines apart from one another, each opening with a number glued to its
/// words, one, two, three … in order (`1范围` … `2规范性引用文件` … `3术语和定义`), as the
/// numbered sections of a standard whose spaces a copy lost: at the rank of its first
/// decimals (`3.1清洁` under `3术语和定义`). A heading whose first word could be a unit
/// (`5兩個版本……`) is one between two others of the run, never at its ends.
fn glued_sections(marks: &mut Marks, paras: &[Para]) {
    // (A line that [`glued_section_heads`] read, its first decimal under it, is one.)
    let heads: Vec<(usize, Bare)> = (0..paras.len())
        .filter(|&i| marks[i].is_none_or(|m| m.family == Family::Decimal(1) && !m.separated))
        .filter_map(|i| {
            let text = paras[i].text.as_ref();
            let shaped = count_to(text, GLUED_HEAD_MAX + 1) <= GLUED_HEAD_MAX
                && !text.contains(is_terminator);
            Some((i, bare_number(None, text).filter(|_| shaped)?))
        })
        .collect();
    let mut run: Vec<(usize, Bare)> = Vec::new();
    let mut take = |run: &mut Vec<(usize, Bare)>| {
        while run.last().is_some_and(|(_, b)| b.unit) {
            run.pop();
        }
        if run.len() >= GLUED_SECTIONS_MIN {
            for &(i, b) in run.iter() {
                marks.set(i, Some(b.mark(Family::Decimal(1))));
            }
        }
        run.clear();
    };
    for h in heads {
        match run.last() {
            Some(&(_, last)) if h.1.number == last.number + 1 => run.push(h),
            _ if h.1.number == 1 && !h.1.unit => {
                take(&mut run);
                run.push(h);
            }
            _ => {}
        }
    }
    take(&mut run);
}

/// Reads numbers written with a leading zero (`01 动笔之前……` `02 提纲先行……`, as a post
/// numbers its sections) as the numbers of headings, [`Family::NumberLine`] as when the number
/// stands alone over its heading: a count or a clause number is never padded. Two at
/// least, so that one padded figure stays what the decimals make of it.
fn padded_numbers(marks: &mut Marks, paras: &[Para]) {
    let padded = |i: usize| -> Option<Mark> {
        let text = paras[i].text.as_ref();
        let padded = text
            .strip_prefix(['0', '０'])
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        if !padded {
            return None;
        }
        match marks[i] {
            Some(m) if m.family == Family::Decimal(1) => Some(m),
            // Glued to a heading's words (`01知风险`), as a post sets its parts' numbers.
            None if count_to(text, GLUED_HEAD_MAX + 1) <= GLUED_HEAD_MAX
                && !text.contains(is_terminator) =>
            {
                bare_number(None, text)
                    .filter(|b| !b.unit)
                    .map(|b| b.mark(Family::NumberLine))
            }
            _ => None,
        }
    };
    let found: Vec<(usize, Mark)> = (0..marks.len())
        .filter_map(|i| Some((i, padded(i)?)))
        .collect();
    if found.len() < 2 {
        return;
    }
    for (i, m) in found {
        marks.set(
            i,
            Some(Mark {
                family: Family::NumberLine,
                ..m
            }),
        );
    }
}

/// Takes the markers of a table's rows back to text: a line of cells parted by tabs
/// (`三、本年度办理结果<tab>（一）予以公开<tab>38`), or by runs of layout spaces in two
/// places or more, is a row, whatever its first cell says. A numbered line of one cell
/// between two rows (`三、本年度办理结果` over the rows `（一）予以公开　31` …) labels a
/// group of the table's rows.
fn table_rows(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    // (Counted after the marker: the space that sets a marker off is no cell's.)
    let row = |i: usize| {
        let text = &paras[i].text;
        match marks[i] {
            Some(m) => text
                .get(m.rest_start as usize..)
                .is_some_and(crate::subtitle::table_row),
            None => crate::subtitle::table_row(text),
        }
    };
    // (Only numbered lines and their neighbours are looked at: most lines are neither.)
    let dropped: Vec<(usize, &'static str)> = (0..paras.len())
        .filter(|&i| marks[i].is_some())
        .filter_map(|i| {
            if row(i) {
                Some((
                    i,
                    "not a node: a table's row (cells parted by tabs or layout spaces)",
                ))
            } else if i > 0 && i + 1 < paras.len() && row(i - 1) && row(i + 1) {
                Some((i, "not a node: the label of a group of a table's rows"))
            } else {
                None
            }
        })
        .collect();
    for &(i, _) in &dropped {
        marks.set(i, None);
    }
    dropped
}

/// Why a label alone over an appended paper (`附件1`) is no node.
const APPENDED_LABEL: &str =
    "not a node: the label of a paper appended after the text (back matter)";

/// Why the title under such a label is no node (nor a subtitle among the text's).
pub const APPENDED_TITLE: &str =
    "not a node: the title of a paper appended after the text, under its label (back matter)";

/// The most characters of an item of an attachment list: a file's or a form's name.
const ATTACHMENT_ITEM_MAX: usize = 60;

/// Takes the items of an attachment list back to text: the numbered lines right under a
/// line `附件：` (or `附件：1.……`) name the files sent with the paper, back matter and no
/// sections of it. Items are short and hold no sentence.
fn attachment_lists(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    let mut dropped = Vec::new();
    for i in 0..paras.len() {
        let text = paras[i].text.as_ref();
        let Some(rest) = text.strip_prefix("附件") else {
            continue;
        };
        // A label alone (`附件1`) heads a paper appended after the text: the label and the
        // appended paper's title under it are back matter, no sections of the text.
        if marks[i]
            .is_some_and(|m| m.family == Family::Label && m.rest_start as usize >= text.len())
        {
            marks.set(i, None);
            dropped.push((i, APPENDED_LABEL));
            let title = paras
                .get(i + 1)
                .filter(|p| marks[i + 1].is_none() && crate::title::looks_like_title(&p.text));
            if title.is_some() {
                dropped.push((i + 1, APPENDED_TITLE));
            }
            continue;
        }
        let rest = rest.trim_start_matches([':', '：', ' ', '\u{3000}']);
        // (`附件：1.2024年……表`: a list's first number, though the digits after its dot
        // would read on as a decimal.)
        let opens_list = Mark::of(rest).is_some() || {
            let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            digits.len() < rest.len() && digits.starts_with(['.', '．', '、'])
        };
        if !(rest.is_empty() || marks[i].is_none() && opens_list) {
            continue;
        }
        for k in i + 1..paras.len() {
            let item = paras[k].text.as_ref();
            let numbered = marks[k].is_some_and(|m| m.number.is_some());
            if !numbered
                || count_to(item, ATTACHMENT_ITEM_MAX + 1) > ATTACHMENT_ITEM_MAX
                || item.contains(is_terminator)
            {
                break;
            }
            marks.set(k, None);
            dropped.push((k, "not a node: an item of an attachment list (back matter)"));
        }
    }
    dropped
}

/// Decimal section numbers make an outline only when the document has at least this many
/// with two or more numbers (`1.1` `1.2`): a line opening `3.5 万人` or `2 个方面` is a
/// sentence, and a lone `1 引言` is one only where `1.1` follows somewhere.
const DECIMAL_SERIES_MIN: usize = 2;

/// Takes decimal section numbers back to text in a document without a decimal outline.
fn lone_decimals(marks: &mut Marks, paras: &[Para<'_>]) -> Vec<(usize, &'static str)> {
    let decimal = |m: &Option<Mark>| match m {
        Some(Mark {
            family: Family::Decimal(depth),
            ..
        }) => Some(*depth),
        _ => None,
    };
    let nested = marks
        .iter()
        .filter(|m| decimal(m).is_some_and(|d| d >= 2))
        .take(DECIMAL_SERIES_MIN)
        .count();
    if nested >= DECIMAL_SERIES_MIN {
        return Vec::new();
    }
    let mut dropped = Vec::new();
    for i in 0..marks.len() {
        if decimal(&marks[i]).is_some() && !numbered_intro(marks, paras, i) {
            marks.set(i, None);
            dropped.push((
                i,
                "decimal number: text, the document has no outline of 1.1-style numbers",
            ));
        }
    }
    dropped
}

/// Tells whether paragraph `i` is a paper's first section named as its introduction, a
/// number 0 or 1 alone before it (`1 引言`, `0 引　言`): a section heading though a cut copy
/// holds no `1.1` or `2` after it, as no sentence opens so.
fn numbered_intro(marks: &Marks, paras: &[Para<'_>], i: usize) -> bool {
    let Some(m) = marks[i] else { return false };
    matches!(m.number, Some(0 | 1)) && {
        let rest = paras[i].text.get(m.rest_start as usize..).unwrap_or("");
        let words = crate::names::join_spaces(rest);
        crate::subtitle::is_intro(&words) && !words.contains(['：', ':'])
    }
}

/// Takes back to text a section number that opens a sentence broken off by the wrap
/// (`3 个百分点，且在1%的水平上显著`): a decimal heading is a title on its own line, with
/// no comma or full stop in it.
fn sentence_decimals(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    let mut dropped = Vec::new();
    // The numbers of the last decimal section number kept, and whether they are a
    // heading's of another family.
    let mut last: Vec<u32> = Vec::new();
    let mut from_heading = false;
    let mut headed_clauses = false;
    for (i, p) in paras.iter().enumerate() {
        let Some(mark) = marks[i] else { continue };
        // An appendix (`附录A`) opens the clauses lettered with it (`A.1`).
        if mark.family == Family::Appendix {
            last = vec![APPENDIX_BASE + mark.number.unwrap_or(0)];
            continue;
        }
        // A heading of another family opens the clauses numbered under it (`一、总则` over
        // `1.1 本制度……。` `1.2 ……`, `第二章` over `2.1`): its number is theirs to go on,
        // where the next clause goes on from the first (`1.1 万户受益，……` under `一、` is
        // a sentence).
        if matches!(
            mark.family,
            Family::Part | Family::Chapter | Family::Upper | Family::Roman | Family::CnComma
        ) {
            if let Some(n) = mark.number {
                last = vec![n];
                from_heading = true;
            }
            continue;
        }
        let Family::Decimal(depth) = mark.family else {
            continue;
        };
        let numbers = decimal_numbers(&p.text[..(mark.marker_end as usize).min(p.text.len())]);
        let next = || {
            (i + 1..paras.len()).find_map(|j| {
                let m = marks[j]?;
                matches!(m.family, Family::Decimal(_)).then(|| {
                    decimal_numbers(
                        &paras[j].text[..(m.marker_end as usize).min(paras[j].text.len())],
                    )
                })
            })
        };
        // A clause of a standard (`4.1.1　服务机构应……。`) carries its sentence: its number
        // is two deep or more and follows the one before it (`4.1` → `4.1.1` → `4.1.2`).
        let clause = depth >= 2
            && follows(&last, &numbers)
            && (!from_heading || headed_clauses || next().is_some_and(|n| follows(&numbers, &n)));
        // (Once the document numbers clauses under its headings so, a section of one clause,
        // `二、附则` over `2.1 本办法自发布之日起施行。`, does too.)
        headed_clauses |= clause && from_heading;
        from_heading = false;
        if !clause
            && p.text.get(mark.rest_start as usize..).is_some_and(|rest| {
                rest.contains(|c: char| is_terminator(c) || matches!(c, '，' | ','))
            })
        {
            marks.set(i, None);
            dropped.push((
                i,
                "decimal number: text, a sentence runs on after it (no heading)",
            ));
        } else {
            last = numbers;
        }
    }
    dropped
}

/// Takes back to text a division's number that opens a sentence and has no other of its
/// family in the document (`第一章《乡土本色》可以看作全书的总纲，……。` in a reader's notes):
/// a part, chapter or section heading is a title without a comma or a full stop, and a
/// division alone is no series. (An article carries its sentence: `第一条` is not one.)
fn sentence_divisions(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    let division = |m: &Mark| matches!(m.family, Family::Part | Family::Chapter | Family::Section);
    // How many of each division family the document has, counted once.
    let mut counts: Vec<(Family, usize)> = Vec::new();
    for m in marks.iter().flatten().filter(|m| division(m)) {
        match counts.iter_mut().find(|(f, _)| *f == m.family) {
            Some(slot) => slot.1 += 1,
            None => counts.push((m.family, 1)),
        }
    }
    let alone = |f: Family| counts.iter().any(|&(g, n)| g == f && n == 1);
    let mut dropped = Vec::new();
    for i in 0..marks.len() {
        let Some(m) = marks[i].filter(division) else {
            continue;
        };
        let sentence = paras[i]
            .text
            .get(m.rest_start as usize..)
            .is_some_and(|rest| {
                rest.contains(['，', ',']) && rest.trim_end().ends_with(is_terminator)
            });
        if sentence && alone(m.family) {
            marks.set(i, None);
            dropped.push((
                i,
                "not a node: a division's number opening a sentence, alone of its kind",
            ));
        }
    }
    dropped
}

/// Where an appendix's letter counts from among section numbers (`A` is 1001): apart from
/// any clause's number.
const APPENDIX_BASE: u32 = 1000;

/// The numbers of a decimal section number: `4.2.1` gives 4, 2, 1 (full-width digits and
/// stops read as ASCII).
fn decimal_numbers(marker: &str) -> Vec<u32> {
    marker
        .split(['.', '．'])
        .filter_map(|part| {
            // An appendix's letter (`A.1`) counts apart from the clauses' numbers.
            if let Some(c) = part.trim().chars().next().filter(char::is_ascii_uppercase) {
                return Some(APPENDIX_BASE + (c as u32 - 'A' as u32 + 1));
            }
            let digits: String = part
                .chars()
                .map(crate::text::fold_width)
                .filter(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .collect()
}

/// Tells whether section number `this` comes right after `prev` in an outline of decimal
/// numbers: its first child (`4.1` → `4.1.1`), its next sibling (`4.1.1` → `4.1.2`), or the
/// next at a level above (`4.1.3` → `4.2`).
fn follows(prev: &[u32], this: &[u32]) -> bool {
    let (k, m) = (prev.len(), this.len());
    if k == 0 || m == 0 {
        return false;
    }
    if m == k + 1 {
        return this[..k] == *prev && this[k] == 1;
    }
    m <= k && this[..m - 1] == prev[..m - 1] && this[m - 1] == prev[m - 1] + 1
}

/// A word and a number (`案例一：`) open items only where the document has at least this
/// many of the same word, numbered from 1 on: one `问题一` is a sentence's words.
const STEM_SERIES_MIN: usize = 2;

/// A word and its number heading a line alone names what it heads in at most this many
/// characters after it (`案例一 某公司诉某局罚款案`, the name taken from the line under it):
/// a case's or a topic's name, no sentence.
const STEM_NAME_MAX: usize = 30;

/// Tells whether the word and number `m` opening `text` head it as a line of its own: the
/// number stands alone (`案例一`, `典型案例1`), or a space, no colon, sets it off from a
/// name without a sentence's stop or comma (`案例1 某公司虚假宣传案`, or the name the line
/// under a number alone gave it). Not an ordinal (`第一阶段`), a weekday or a figure's
/// number. Such a heading is a node alone, as `第一章` is: the
/// series it opens may be cut off, or listed only in the contents.
fn stem_heads_line(text: &str, m: &Mark) -> bool {
    // (An ordinal, `第一阶段`, alone once is a sentence's words or an issue's number; a
    // weekday, `星期一 上午九时……`, a schedule's; a figure's, a table's, a photo's or a
    // video's number, `示意图1 ……` `附表2 ……` `照片一`, its caption's.)
    if matches!(
        m.family,
        Family::Stem('第', _)
            | Family::Stem('星' | '礼' | '禮', '期' | '拜')
            | Family::Stem(_, '图' | '圖' | '表' | '片' | '频' | '頻' | '像')
    ) {
        return false;
    }
    let between = text.get(m.marker_end as usize..m.rest_start as usize);
    let rest = text.get(m.rest_start as usize..).unwrap_or("").trim();
    between.is_some_and(|b| b.chars().all(char::is_whitespace))
        && (rest.is_empty()
            || !text[..m.marker_end as usize].ends_with(is_stem_stop)
                && count_to(rest, STEM_NAME_MAX + 1) <= STEM_NAME_MAX
                && !rest.contains(is_terminator)
                && !rest.contains(['，', ',', '：', ':'])
                // (One name: words and names side by side, `产品一 产品二`, `主席台一 张三
                // 李四`, are a table's row.)
                && !rest.contains(char::is_whitespace)
                // (Nor a person's name: `嘉宾一 某某`, a list's row.)
                && !crate::names::is_personal_name(rest))
}

/// What may end a word-and-number marker that does not head a line: a colon or a comma.
fn is_stem_stop(c: char) -> bool {
    matches!(c, '：' | ':' | '、' | '，' | ',')
}

/// Takes back to text the word-and-number markers whose word makes no series: fewer than
/// [`STEM_SERIES_MIN`], or numbers that do not count 1, 2, 3 in order; unless one heads its
/// line alone ([`stem_heads_line`]).
fn lone_stems(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    let stem = |m: &Option<Mark>| match m {
        Some(Mark {
            family: f @ Family::Stem(..),
            number,
            ..
        }) => Some((*f, number.unwrap_or(0))),
        _ => None,
    };
    // Each word's numbers in order; a handful of words at most.
    let mut series: Vec<(Family, Vec<u32>)> = Vec::new();
    for (f, n) in marks.iter().filter_map(stem) {
        match series.iter_mut().find(|(g, _)| *g == f) {
            Some((_, ns)) => ns.push(n),
            None => series.push((f, vec![n])),
        }
    }
    let counts = |ns: &[u32]| {
        ns.len() >= STEM_SERIES_MIN
            && ns.first() == Some(&1)
            && ns.windows(2).all(|w| w[1] == w[0] + 1)
    };
    let mut dropped = Vec::new();
    for i in 0..marks.len() {
        if let Some((f, _)) = stem(&marks[i]) {
            let heads = marks[i].is_some_and(|m| stem_heads_line(&paras[i].text, &m));
            if !series.iter().any(|(g, ns)| *g == f && counts(ns)) && !heads {
                marks.set(i, None);
                dropped.push((i, "word and number: text, the word makes no series 1, 2, 3"));
            }
        }
    }
    dropped
}

/// Takes back to text the Roman numerals that make no series: a document numbers its parts
/// `I.` `II.` only where `II` follows `I` (`I.` after `H.` in a list lettered A to J, or
/// `I. M. Pei`, is a letter).
fn lone_romans(marks: &mut Marks) -> Vec<(usize, &'static str)> {
    let roman = |m: &Option<Mark>| match m {
        Some(Mark {
            family: Family::Roman,
            number,
            ..
        }) => Some(number.unwrap_or(0)),
        _ => None,
    };
    let first_two: Vec<u32> = marks.iter().filter_map(roman).take(2).collect();
    let mut dropped = Vec::new();
    if first_two == [1, 2] {
        return dropped;
    }
    for i in 0..marks.len() {
        if roman(&marks[i]).is_some() {
            marks.set(i, None);
            dropped.push((i, "Roman numeral: text, no series I, II"));
        }
    }
    dropped
}

/// How far (in paragraphs) the next `——` item of a series may stand: the items of one
/// series follow one another, with at most a paragraph or two of text between.
const DASH_SERIES_GAP: usize = 3;

/// Tells whether `m` is a bullet item keyed `key`.
fn item(m: &Option<Mark>, key: char) -> bool {
    m.is_some_and(|m| m.family == Family::Bullet(key))
}

/// A pictograph opens an item only where the document sets it before two lines or more (a
/// list's bullets share their form): one before a single line (`📅 活动时间：……` beside
/// `📍 活动地点：……`) is decoration, and the line stays text.
fn lone_pictographs(marks: &mut Marks) -> Vec<(usize, &'static str)> {
    let pictograph = |m: &Option<Mark>| match m {
        Some(Mark {
            family: Family::Bullet(c),
            ..
        }) if crate::scan::marker::is_pictograph(*c) => Some(*c),
        _ => None,
    };
    let mut counts: Vec<(char, usize)> = Vec::new();
    for c in marks.iter().filter_map(pictograph) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some(slot) => slot.1 += 1,
            None => counts.push((c, 1)),
        }
    }
    let mut dropped = Vec::new();
    for i in 0..marks.len() {
        if let Some(c) = pictograph(&marks[i]) {
            if counts.iter().any(|&(k, n)| k == c && n < 2) {
                marks.set(i, None);
                dropped.push((i, "a pictograph before one line only: decoration, text"));
            }
        }
    }
    dropped
}

/// The one bulleted line of a plain text (`- 目录` over a page, no other bullet anywhere),
/// above every numbered line, is no list: a list of one is the writer's decoration, and the
/// line stays text. (Under a numbered heading it heads its text, `● 坚持学以致用`.) (A format's
/// list of one is the format's; `——` and `【】` items have rules of their own.)
fn only_bullet(marks: &mut Marks) -> Vec<(usize, &'static str)> {
    let bullet = |m: &Option<Mark>| matches!(m, Some(Mark { family: Family::Bullet(c), .. }) if !matches!(c, '—' | '【'));
    let mut at = (0..marks.len()).filter(|&i| bullet(&marks[i]));
    match (at.next(), at.next()) {
        // (Over everything, no numbered heading above it: under one it heads its text.)
        (Some(i), None) if (0..i).all(|k| marks[k].is_none()) => {
            marks.set(i, None);
            vec![(i, "the only bulleted line of the text: no list, text")]
        }
        _ => Vec::new(),
    }
}

/// A `——` line is an item only beside another: alone it is an attribution (`——某某`), a
/// subtitle under a headline or a dateline, and stays text.
fn lone_dashes(marks: &mut Marks) -> Vec<(usize, &'static str)> {
    let at: Vec<usize> = (0..marks.len()).filter(|&i| item(&marks[i], '—')).collect();
    let mut dropped = Vec::new();
    for (k, &i) in at.iter().enumerate() {
        let near = |j: Option<&usize>| j.is_some_and(|&j| j.abs_diff(i) <= DASH_SERIES_GAP);
        if !near(k.checked_sub(1).and_then(|p| at.get(p))) && !near(at.get(k + 1)) {
            marks.set(i, None);
            dropped.push((i, "——: text, no other —— item beside it"));
        }
    }
    dropped
}

/// A `——` line that names a person after an office (`——某某大学校长 某某`), alone under the
/// words above it, credits them to a speaker: an attribution, text, however many such lines
/// stand in the document (each under its own piece). Such lines side by side, or under a
/// colon, are a list of people: items.
fn dash_credits(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    let dashes: Vec<bool> = (0..marks.len()).map(|k| item(&marks[k], '—')).collect();
    let dash = |k: usize| dashes[k];
    let mut dropped = Vec::new();
    for i in 0..marks.len() {
        let Some(m) = marks[i].filter(|m| m.family == Family::Bullet('—')) else {
            continue;
        };
        // (Under the words it credits: not under a colon announcing a list, nor beside
        // another `——` line, as a list of those present is, `出席人员：` `——副市长 王某`.)
        let listed = i
            .checked_sub(1)
            .is_some_and(|a| dash(a) || paras[a].text.trim_end().ends_with(['：', ':']))
            || i + 1 < marks.len() && dash(i + 1);
        if listed {
            continue;
        }
        let words = paras[i].text.get(m.rest_start as usize..).unwrap_or("");
        if crate::names::name_byline(words).is_some_and(|(unit, _)| unit.is_some()) {
            marks.set(i, None);
            dropped.push((i, "——: an attribution (an office and a name), text"));
        }
    }
    dropped
}

/// Items opening with a bracketed tag (`【某某日报】……`) make a series only when the document
/// has at least this many: one or two tags are notes (`【说明】`) or kickers.
const TAG_SERIES_MIN: usize = 3;

/// A bracketed tag opens an item only in a document that uses several, and only over text
/// of its own (a sentence, or another item, follows it: a link list's items have a time or
/// another link under them); otherwise it is text.
fn few_tags(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    let heads_text = |i: usize| {
        paras.get(i + 1).is_some_and(|p| {
            p.text.ends_with(is_terminator) || count_to(&p.text, HEADED_MIN) >= HEADED_MIN
        })
    };
    let few = marks.iter().filter(|m| item(m, '【')).count() < TAG_SERIES_MIN;
    // A tag and a colon (`【释例】：……`) whose words come again on other items is a field's
    // label, as `问：` is: each section's example, each section's comment.
    let label = |i: usize| {
        let t = paras.get(i)?.text.strip_prefix('【')?;
        let (name, after) = t.split_once('】')?;
        after.trim_start().starts_with(['：', ':']).then_some(name)
    };
    let labels: Vec<Option<&str>> = (0..marks.len())
        .map(|i| label(i).filter(|_| item(&marks[i], '【')))
        .collect();
    // The labels take turns in rounds, each round set apart by a line of its own (a term
    // over its `【释义】：` `【解读】：`): a round is a run of labelled lines right after one
    // another, and every round names the same labels in the same order. A digest's lines
    // (`【国内】：……` `【国际】：……` one after another) are one run, no rounds.
    let mut rounds: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        if labels[i].is_none() {
            i += 1;
            continue;
        }
        let start = i;
        while i < labels.len() && labels[i].is_some() {
            i += 1;
        }
        rounds.push((start, i));
    }
    let names =
        |&(a, b): &(usize, usize)| labels[a..b].iter().flatten().copied().collect::<Vec<_>>();
    let turns = rounds.len() >= 2 && {
        let first = names(&rounds[0]);
        rounds.iter().all(|r| {
            let these = names(r);
            // (The last round may be cut short.)
            !these.is_empty() && first.starts_with(&these)
        }) && first.len() < rounds.iter().map(|&(a, b)| b - a).sum::<usize>()
    };
    let repeated = |i: usize| turns && labels[i].is_some();
    let mut dropped = Vec::new();
    for i in 0..marks.len() {
        if repeated(i) {
            marks.set(i, None);
            dropped.push((i, "【】: a field's label, its words on other items too"));
            continue;
        }
        // Over text, over a headline over text (a bulletin's `【工作动态】` over its
        // pieces), or over the next tag.
        // Or over a story's sentences on its own line (`【某台】……。……。`, the last of a
        // digest; a headline's `？` and `！` are no story).
        let own_text = || {
            paras
                .get(i)
                .is_some_and(|p| p.text.trim_end_matches(is_terminator).contains('。'))
        };
        let stands = heads_text(i)
            || heads_text(i + 1)
            || marks.get(i + 1).is_some_and(|m| item(m, '【'))
            || own_text();
        if item(&marks[i], '【') && (few || !stands) {
            marks.set(i, None);
            dropped.push((
                i,
                "【】: text, too few tagged items for a series, or no text under it",
            ));
        }
    }
    dropped
}

/// Takes the marks that break their series out of `marks` (they become text), returning
/// the indexes taken with why.
fn drop_false_markers(marks: &mut Marks, paras: &[Para]) -> Vec<(usize, &'static str)> {
    // The last number taken per family, in the order the families came: a handful.
    let mut last: Vec<(Family, u32)> = Vec::new();
    let mut dropped = Vec::new();
    for i in 0..marks.len() {
        let Some(m) = marks[i] else { continue };
        let Some(n) = m.number else { continue };
        if !m.family.counts() {
            continue;
        }
        let slot = last.iter().position(|(f, _)| *f == m.family);
        let prev = slot.map(|k| last[k].1);
        let expected = prev.map_or(1, |p| p + 1);
        let breaks = n != 1 && n != expected && prev.is_some_and(|p| n != p);
        if breaks && next_of_family(marks, i, m.family) == Some(expected) {
            marks.set(i, None);
            dropped.push((
                i,
                "not a node: its number skips one that comes right after (a sentence opening with a numeral)",
            ));
            continue;
        }
        // `三、四线城市……` between `二、` and `三、`: a range of numerals opens the sentence;
        // the number comes again right after, on the real heading.
        let range = paras[i]
            .text
            .get(m.marker_end as usize..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| "一二三四五六七八九十".contains(c));
        // (`二、三产业……` under the heading `二、`: a range that repeats the number it is
        // under is text too.)
        // (The look ahead only for a range: most markers are settled without it.)
        let repeats =
            || prev == Some(n) || n == expected && next_of_family(marks, i, m.family) == Some(n);
        // (`一、二审法院均认为` with no `二、` after it: the range's second numeral is the
        // next number, which no heading takes up.)
        let next_numeral = paras[i]
            .text
            .get(m.marker_end as usize..)
            .and_then(|rest| rest.chars().next())
            .and_then(|c| "一二三四五六七八九十".chars().position(|d| d == c))
            .is_some_and(|k| k as u32 + 1 == n + 1);
        let unanswered = || next_of_family(marks, i, m.family) != Some(n + 1);
        if range && (repeats() || next_numeral && unanswered()) {
            marks.set(i, None);
            dropped.push((
                i,
                "not a node: a range of numerals opening a sentence (三、四月份), its number comes again next",
            ));
            continue;
        }
        match slot {
            Some(k) => last[k].1 = n,
            None => last.push((m.family, n)),
        }
    }
    dropped
}

/// The highest number a first mark alone over a list of its own may have and still be a
/// part a page begins with (`二、` cut before `三、`): parts run to a score at most, and a
/// year in brackets (`(2020)沪0110民初1号`) is a case's number, no part.
const EXCERPT_ALONE_MAX: u32 = 20;

/// The series a document takes up in the middle, as an excerpt does (`三、` then `四、`, or
/// `第五条` `第六条` … copied out of a longer law): when the document's first numbered mark
/// is past 1 and the next of its family continues it, that family and the number before
/// its first. A number past 1 further down (`附件：1.……` then `2.` `3.` on lines of their
/// own) or alone stays what nesting makes of it: a new series starts at 1.
///
/// A division of a law or a plan (`第八章` under `第三篇`, `第三十条`), or a worded label
/// (`专栏5`, `案例3`), is a heading of its own wherever it stands: the first of its kind past
/// 1 that the next of its kind continues takes its series up too (`第三篇` then `第八章`
/// `第九章`, `专栏5` then `专栏6`: copied out of the middle).
pub fn excerpt_starts(marks: &Marks) -> Vec<(Family, u32)> {
    let mut starts = Vec::new();
    let takes_up = |i: usize, m: &Mark| match m.number {
        Some(n @ 2..) if next_of_family(marks, i, m.family) == Some(n + 1) => Some(n - 1),
        _ => None,
    };
    let first = marks
        .iter()
        .enumerate()
        .find_map(|(i, m)| m.filter(|m| m.family.counts()).map(|m| (i, m)));
    if let Some((i, m)) = first {
        // (Or the first mark stands alone past 1 over a list of its own from 1: a page
        // that begins at `二、` and was cut before `三、`.)
        let alone_over_list = || {
            m.number.filter(|&n| {
                (2..=EXCERPT_ALONE_MAX).contains(&n)
                    && next_of_family(marks, i, m.family).is_none()
                    && heads_list_from_one(marks, i, m.family)
            })
        };
        if let Some(before) = takes_up(i, &m).or_else(|| alone_over_list().map(|n| n - 1)) {
            starts.push((m.family, before));
        }
    }
    let mut seen: Vec<Family> = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        let division =
            |f: Family| f.law_rank().is_some() || matches!(f, Family::Stem(..) | Family::Label);
        let Some(m) = m.filter(|m| division(m.family)) else {
            continue;
        };
        if seen.contains(&m.family) {
            continue;
        }
        seen.push(m.family);
        // A part copied alone (`第二篇` with no `第三篇` below) takes up its series when
        // the next mark is a division of a lower rank: it heads divisions of its own.
        let heads_lower = || {
            next_of_family(marks, i, m.family).is_none()
                && m.number.is_some_and(|n| n >= 2)
                && marks.range(i + 1..).flatten().next().is_some_and(|next| {
                    next.family
                        .law_rank()
                        .zip(m.family.law_rank())
                        .is_some_and(|(low, high)| low > high)
                })
        };
        let before = takes_up(i, &m).or_else(|| heads_lower().then(|| m.number.unwrap_or(1) - 1));
        if let Some(before) = before {
            if !starts.iter().any(|(f, _)| *f == m.family) {
                starts.push((m.family, before));
            }
        }
    }
    starts
}

/// The paragraphs (by index) where a series starts again at 1 at the level it stood on
/// (`一、` after `三、`, as a report lists this year's work, then next year's plans): the
/// family had reached 2 or more (or 1, where the old series goes on after the new run),
/// and its next marker is `二、`, continuing the new run. A
/// `一、` that nothing continues is no start (it stays what the nesting makes of it).
/// `stated`: the levels of the paragraphs the format states as headings, by paragraph, in
/// order. Headings the format states, each level of them, and the items of its lists are
/// series apart (`### 1.` after `### 3.` and the list items `1.` `2.` `3.` under it: the
/// headings' series starts again, whatever the lists do).
///
/// Each start says where it stands ([`Restart`]): the old series going on after the new
/// run (`2.活动内容` / `1.` `2.` `3.` / `3.组织管理`) puts the run under the old series' last
/// item.
pub fn restarts(marks: &Marks, stated: &[(usize, u8)]) -> Vec<(usize, Restart)> {
    let mut last: Vec<((Family, u8), u32)> = Vec::new();
    let mut found = Vec::new();
    let stated_at = |i: usize| {
        stated
            .binary_search_by_key(&i, |&(at, _)| at)
            .map_or(0, |k| stated[k].1)
    };
    for (i, m) in marks.iter().enumerate() {
        // (`2.1` after `1.5` is no restart: its first part says it is under another.)
        let Some(m) = m.filter(|m| m.family.counts() && !matches!(m.family, Family::Decimal(2..)))
        else {
            continue;
        };
        let Some(n) = m.number else { continue };
        let key = (m.family, stated_at(i));
        let before = last.iter().find(|(k, _)| *k == key).map(|&(_, k)| k);
        let next = || {
            marks
                .range(i + 1..)
                .zip(i + 1..)
                .find(|(x, j)| x.is_some_and(|x| (x.family, stated_at(*j)) == key))
                .and_then(|(x, _)| x.and_then(|x| x.number))
        };
        // Or, where its `二、` is not in the text (an excerpt cut), it heads a list of its
        // own from 1, the list going on to 2: an attachment's first section after the
        // notice's last (`一、主要预期目标` over `（一）` `（二）`).
        let heads_list = || heads_list_from_one(marks, i, m.family) && next().is_none();
        if n == 1 && before.is_some_and(|k| k >= 1) && (next() == Some(2) || heads_list()) {
            let resumed = before.is_some_and(|k| {
                resumes_after_run(marks, i, k, &|j, x| (x.family, stated_at(j)) == key)
            });
            // (After the old series' first item, `1.技术` over `1.` … `8.`, a new run is a
            // start only where the old series goes on after it, `2.工作`: else `1.` again
            // is the same item said twice.)
            if resumed || before.is_some_and(|k| k >= 2) {
                found.push((
                    i,
                    if resumed {
                        Restart::Under
                    } else {
                        Restart::Beside
                    },
                ));
            }
        }
        match last.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = n,
            None => last.push((key, n)),
        }
    }
    found
}

/// Where a series that starts again at 1 stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restart {
    /// On the level the old series stood on: a sibling of its last number.
    Beside,
    /// Under the old series' last item: the old series goes on after the new run, with
    /// the number that follows its last (`2.` / `1.` `2.` `3.` / `3.`).
    Under,
}

/// Whether, after the run that starts again at `i` (its numbers going on one by one), the
/// next mark of the same series (`same`) goes on from `before`, the old series' last
/// number, and not from the run's.
fn resumes_after_run(
    marks: &Marks,
    i: usize,
    before: u32,
    same: &dyn Fn(usize, &Mark) -> bool,
) -> bool {
    let mut last = 1;
    for (x, j) in marks.range(i + 1..).zip(i + 1..) {
        let Some(x) = x.filter(|x| same(j, x)) else {
            continue;
        };
        match x.number {
            Some(n) if n == last + 1 => last = n,
            Some(n) => return n == before + 1,
            None => return false,
        }
    }
    false
}

/// Whether the mark right after `i` opens a list of another numbering from 1, the list
/// going on to 2 (`二、……` over `（一）` `（二）`): the mark at `i` (of `family`) heads it.
fn heads_list_from_one(marks: &Marks, i: usize, family: Family) -> bool {
    marks
        .range(i + 1..)
        .zip(i + 1..)
        .find_map(|(x, j)| x.map(|x| (x, j)))
        .is_some_and(|(x, j)| {
            x.family != family
                && x.family.counts()
                && x.number == Some(1)
                && next_of_family(marks, j, x.family) == Some(2)
        })
}

/// The number of the next mark of `family` after `i`.
fn next_of_family(marks: &Marks, i: usize, family: Family) -> Option<u32> {
    marks
        .range(i + 1..)
        .flatten()
        .find(|m| m.family == family)
        .and_then(|m| m.number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(texts: &[&str]) -> Marks {
        texts.iter().map(|t| Mark::of(t)).collect()
    }

    #[test]
    fn a_word_and_number_heads_its_line_alone_or_over_a_name() {
        let heads = |t: &str| Mark::of(t).is_some_and(|m| stem_heads_line(t, &m));
        assert!(heads("案例一"));
        assert!(heads("典型案例1 对困境儿童开展综合救助"));
        assert!(heads("案例二　某商户诉区城管局行政处罚案"));
        // A sentence after it, a colon before a name, an ordinal: no heading alone.
        assert!(!heads("案例一 某公司被责令整改，目前已整改到位。"));
        assert!(!heads("问题一：如何理解新发展理念"));
        assert!(!heads("第一阶段"));
        assert!(!heads("上午08:30—11:40"));
    }

    #[test]
    fn a_series_restarts_where_its_next_number_continues_it() {
        let m = marks(&[
            "一、甲",
            "正文",
            "二、乙",
            "三、丙",
            "过渡",
            "一、丁",
            "二、戊",
        ]);
        assert_eq!(restarts(&m, &[]), vec![(5, Restart::Beside)]);
        // Nothing continues it: no start.
        let m = marks(&["一、甲", "二、乙", "三、丙", "一、二月份天气好。"]);
        assert!(restarts(&m, &[]).is_empty());
        // Its `二、` cut off: a `一、` over a list of its own from 1 starts again.
        let m = marks(&[
            "一、甲",
            "二、乙",
            "三、丙",
            "一、丁",
            "（一）子",
            "（二）丑",
        ]);
        assert_eq!(restarts(&m, &[]), vec![(3, Restart::Beside)]);
        // But not over one item alone.
        let m = marks(&["一、甲", "二、乙", "三、丙", "一、丁", "（一）子"]);
        assert!(restarts(&m, &[]).is_empty());
        // The series had not passed 1: a repeat, no restart.
        let m = marks(&["一、甲", "一、乙", "二、丙"]);
        assert!(restarts(&m, &[]).is_empty());
        // The old series goes on after the new run: the run is under its last item.
        let m = marks(&["1.甲", "2.乙", "1.子", "2.丑", "3.寅", "3.丙", "4.丁"]);
        assert_eq!(restarts(&m, &[]), vec![(2, Restart::Under)]);
        // The run and the old series both go on with the next number (`3.` after `2.`
        // and `2.`): no telling, and it stands beside.
        let m = marks(&["1.甲", "2.乙", "1.子", "2.丑", "3.丙"]);
        assert_eq!(restarts(&m, &[]), vec![(2, Restart::Beside)]);
        // A number that goes on from neither: beside.
        let m = marks(&["1.甲", "2.乙", "1.子", "2.丑", "3.寅", "6.丙"]);
        assert_eq!(restarts(&m, &[]), vec![(2, Restart::Beside)]);
        // `2.1` after `1.5`: its first part says it is under another.
        let m = marks(&["1.1 甲", "1.2 乙", "2.1 丙", "2.2 丁"]);
        assert!(restarts(&m, &[]).is_empty());
    }

    #[test]
    fn a_number_that_skips_the_next_one_is_text() {
        let texts = ["一、春耕", "三、各地正在抢抓农时。", "二、防汛", "三、保障"];
        let mut m = marks(&texts);
        let dropped: Vec<usize> = drop_false_markers(&mut m, &Para::numbered(&texts))
            .into_iter()
            .map(|d| d.0)
            .collect();
        assert_eq!(dropped, vec![1]);
        assert!(m[1].is_none() && m[2].is_some() && m[3].is_some());
    }

    #[test]
    fn a_range_of_numerals_before_the_real_heading_is_text() {
        let texts = ["一、甲", "二、乙", "三、四线城市尤为突出。", "三、丙"];
        let mut m = marks(&texts);
        let dropped = drop_false_markers(&mut m, &Para::numbered(&texts));
        assert_eq!(dropped.iter().map(|d| d.0).collect::<Vec<_>>(), vec![2]);
        let texts = [
            "一、甲",
            "二、乙",
            "二、三产业融合的地方要统筹推进。",
            "三、丙",
        ];
        let mut m = marks(&texts);
        let dropped = drop_false_markers(&mut m, &Para::numbered(&texts));
        assert_eq!(dropped.iter().map(|d| d.0).collect::<Vec<_>>(), vec![2]);
        // Where the number does not come again, the heading stands.
        let texts = ["一、甲", "二、乙", "三、四个坚持", "四、丁"];
        let mut m = marks(&texts);
        assert!(drop_false_markers(&mut m, &Para::numbered(&texts)).is_empty());
    }

    #[test]
    fn an_attachment_list_is_back_matter() {
        let texts = [
            "一、总则",
            "附件：",
            "1.合同审批表.docx",
            "2.经费预算表.xlsx",
        ];
        let p = Para::numbered(&texts);
        let mut m = marks(&texts);
        let dropped = attachment_lists(&mut m, &p);
        assert_eq!(dropped.len(), 2);
        assert!(m[0].is_some() && m[2].is_none() && m[3].is_none());
        // The first item on the label's line, its name opening with a year.
        let texts = [
            "一、总则",
            "附件：1.2024—2025学年考试安排表",
            "2.考场规则",
            "3.缓考申请表",
        ];
        let p = Para::numbered(&texts);
        let mut m = marks(&texts);
        assert_eq!(attachment_lists(&mut m, &p).len(), 2);
        // Sections after a sentence that names an attachment are the text's own.
        let texts = ["附件所列材料须于月底前报送。", "1.报送范围", "2.报送方式"];
        let p = Para::numbered(&texts);
        let mut m = marks(&texts);
        assert!(attachment_lists(&mut m, &p).is_empty());
    }

    #[test]
    fn an_excerpt_takes_up_its_series() {
        let m = marks(&[
            "三、工作要求",
            "要抓好落实。",
            "四、保障措施",
            "（二）加强领导",
        ]);
        assert_eq!(excerpt_starts(&m), vec![(m[0].unwrap().family, 2)]);
        // A lone number past one, or one that the next does not continue, is no excerpt.
        let m = marks(&["三、工作要求", "一、总体目标", "二、主要任务"]);
        assert!(excerpt_starts(&m).is_empty());
        let m = marks(&["5.资金来源", "7.其他"]);
        assert!(excerpt_starts(&m).is_empty());
        // Nor is a series that starts past one further down.
        let m = marks(&[
            "一、总体目标",
            "二、主要任务",
            "附件：1.申请表",
            "2.承诺书",
            "3.汇总表",
        ]);
        assert!(excerpt_starts(&m).is_empty());
    }

    #[test]
    fn a_real_gap_stays() {
        // 三 never comes: 四 is a gap in the numbering, still a heading.
        let texts = ["一、甲", "二、乙", "四、丁", "五、戊"];
        let mut m = marks(&texts);
        assert!(drop_false_markers(&mut m, &Para::numbered(&texts)).is_empty());
    }

    #[test]
    fn sub_series_restart_under_each_heading() {
        let texts = [
            "一、甲",
            "（一）子",
            "（二）子",
            "二、乙",
            "（一）子",
            "（二）子",
        ];
        let mut m = marks(&texts);
        assert!(drop_false_markers(&mut m, &Para::numbered(&texts)).is_empty());
    }

    #[test]
    fn a_repeat_stays() {
        let texts = ["一、甲", "二、乙", "二、乙", "三、丙"];
        let mut m = marks(&texts);
        assert!(drop_false_markers(&mut m, &Para::numbered(&texts)).is_empty());
    }
}
