//! Lines back into paragraphs: text copied from a PDF is broken mid-sentence at a fixed
//! width, and a heading or clause may run on after a comma. Real heading lines are never
//! glued to their neighbours.

use crate::hint::Hint;
use crate::inline::Para;
use crate::nest::{Mark, Marks};
use crate::scan::marker::{decimal_alone, digits_alone, Family};
use crate::text::{chars, first_sentence, is_terminator};
use std::borrow::Cow;

/// Display width: CJK and full-width characters count 2, others 1; counted up to twice
/// [`crate::text::CHARS_CAP`] (far wider than any wrapped line).
fn width(s: &str) -> usize {
    let cap = crate::text::CHARS_CAP;
    let s = if s.len() > cap && s.chars().count() > cap {
        s.char_indices().nth(cap).map_or(s, |(end, _)| &s[..end])
    } else {
        s
    };
    let bytes = s.as_bytes();
    if memchr::memchr2(0xE0, 0xE1, bytes).is_some() {
        // U+0800..U+1FFF: some narrow, some wide; rare enough to decode.
        return s
            .chars()
            .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
            .sum();
    }
    // Otherwise a character is narrow when it takes one or two bytes and wide when it takes
    // three or four: one for each lead byte, one more for each lead of three or four.
    // Summed in blocks with byte counters (at most 2 × 96), so that the loop is vectorised
    // (96 bytes: whole vectors, no scalar tail in each block).
    bytes
        .chunks(96)
        .map(|block| {
            let mut n = 0u8;
            for &b in block {
                n += u8::from((b as i8) >= -0x40) + u8::from(b >= 0xE0);
            }
            usize::from(n)
        })
        .sum()
}

/// A paragraph's first line in a PDF is indented two characters (4 columns), which a copy
/// loses: the first lines of wrapped paragraphs are this much narrower than the wrap.
const INDENT: usize = 4;

/// A full line may come this many columns (one ideograph) short of the wrap: the rule that
/// no line starts with closing punctuation moves a character to the next line.
const KINSOKU: usize = 2;

/// The fewest lines at one width that show a wrap where short lines outnumber them: ten
/// lines of prose ending within a column of each other do not happen by chance.
const WRAPPED_MIN: usize = 10;

/// The width PDF text was wrapped at, when most long lines come to it: the width of 30 or
/// more with the most lines at it (±2) or an indent narrower (first lines); on a tie the
/// one with the most lines within ±2, then the wider.
/// Counted in a table indexed by width ([`width`] stops at twice [`crate::text::CHARS_CAP`],
/// so the table is small); a sort of every width had cost more than the joining itself.
fn wrap_width(all: &[usize], paragraphs: usize) -> Option<usize> {
    const MIN: usize = 30;
    let widest = all.iter().copied().max().unwrap_or(0);
    // Room for the neighbourhood of the widest.
    let mut table = vec![0u32; widest + 3];
    let mut long = 0;
    for &w in all.iter().filter(|&&w| w >= MIN) {
        table[w] += 1;
        long += 1;
    }
    if long < 5 {
        return None;
    }
    let sum = |from: usize, to: usize| table[from..=to].iter().map(|&c| c as usize).sum::<usize>();
    let (best, count, near) = all
        .iter()
        .filter(|&&w| w >= MIN)
        .map(|&w| (w, sum(w - INDENT - 2, w + 2), sum(w - 2, w + 2)))
        .max_by_key(|&(w, at_wrap, near)| (at_wrap, near, w))?;
    // Wrapped lines dominate, or they are many and most long lines come to one width (an
    // official paper's many heading lines are short, but its prose is wrapped); and no
    // paragraph is much wider than the wrap.
    let wider = all.iter().filter(|&&w| w > best + 4).count();
    let dominate = count * 2 >= paragraphs || near >= WRAPPED_MIN && near * 2 >= long;
    (dominate && wider * 10 <= long).then_some(best)
}

/// The fewest lines, each over a line with no blank between them, that show the width a
/// text parting its paragraphs with blank lines was wrapped at: three lines of prose broken
/// off mid-sentence within a column of one width do not happen by chance.
const BLOCK_WRAPPED_MIN: usize = 3;

/// The width a text that parts its paragraphs with blank lines (at least every other
/// paragraph) was wrapped at, read from the lines that have another line right under them
/// and end mid-sentence: the width of 30 or more with [`BLOCK_WRAPPED_MIN`] or more of them
/// within ±2 columns (the most, then the wider), where such lines are no more than half the
/// lines. A text that parts its paragraphs by blank lines breaks a paragraph's lines only
/// where it wraps them, however few its wrapped paragraphs are.
fn block_wrap_width(paras: &[Para<'_>]) -> Option<usize> {
    const MIN: usize = 30;
    let parted = paras
        .windows(2)
        .filter(|w| w[1].line > w[0].line + 1)
        .count();
    if parted * 2 < paras.len() {
        return None;
    }
    // Counted in a table indexed by width, as in [`wrap_width`] (a width is at most twice
    // [`crate::text::CHARS_CAP`]).
    let mut table: Vec<usize> = Vec::new();
    for w in paras
        .windows(2)
        .filter(|w| w[1].line == w[0].line + 1 && !ends_clean(&w[0].text))
        .map(|w| width(&w[0].text))
        .filter(|&w| w >= MIN)
    {
        if table.len() < w + 3 {
            table.resize(w + 3, 0);
        }
        table[w] += 1;
    }
    (MIN..table.len().saturating_sub(2))
        .filter(|&w| table[w] > 0)
        .map(|w| (table[w - 2..=w + 2].iter().sum::<usize>(), w))
        .filter(|&(n, _)| n >= BLOCK_WRAPPED_MIN)
        .max()
        .map(|(_, w)| w)
}

/// How far into a paragraph a sentence under way is looked for (bytes): a wrapped line's
/// worth many times over. A paragraph that grew line by line past it (a long list glued as
/// one) is not read whole again at every line.
const OPENING_MAX: usize = 2048;

/// The first [`OPENING_MAX`] bytes of `text` or fewer, cut at a character's start.
fn opening(text: &str) -> &str {
    let mut end = text.len().min(OPENING_MAX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Tells whether `p` ends where a sentence or heading may end.
fn ends_clean(text: &str) -> bool {
    text.ends_with(|c: char| {
        is_terminator(c) || matches!(c, '：' | ':' | '”' | '」' | '）' | ')' | '…')
    })
}

/// Joins paragraphs broken mid-sentence, returning the joined paragraphs, the marker that
/// opens each (looked for once, here) and, with `explain`, a note for each line taken in.
#[cfg(test)]
pub fn join(paras: Vec<Para<'_>>, explain: bool) -> Joined<'_> {
    join_between(paras, &[], "", explain)
}

/// The least width (an ideograph counts two) of an indented line that a wrap broke off in
/// a text too short to measure its wrap: twenty ideographs.
const SHORT_WRAP_MIN: usize = 40;

/// The fewest indented lines that show a text opens its paragraphs with an indent (and
/// at least a quarter of its lines must be).
const INDENTED_MIN: usize = 5;

/// Tells whether a line, trimmed, was indented in `source` (the text it is a slice of):
/// spaces, ideographic spaces or a tab before it. `false` for a line not from `source`.
fn indented(source: &str, line: &str) -> bool {
    let start = (line.as_ptr() as usize).wrapping_sub(source.as_ptr() as usize);
    start <= source.len()
        && source
            .get(..start)
            .is_some_and(|before| before.ends_with([' ', '\u{3000}', '\t']))
}

/// Joins like [`join`], leaving the lines of `whole` (headings the format states, sorted by
/// line) as they are: nothing is glued to them, and they are glued to nothing. `source` is
/// the text the lines are slices of: where it opens paragraphs with an indent, a line
/// without one under an indented line that ends mid-sentence goes on that paragraph,
/// however short the line above (a wrap that kept `1000万` whole).
pub fn join_between<'a>(
    paras: Vec<Para<'a>>,
    whole: &[Hint],
    source: &str,
    explain: bool,
) -> Joined<'a> {
    let is_whole =
        |line: usize| !whole.is_empty() && whole.binary_search_by_key(&line, |h| h.line).is_ok();
    let mut widths: Vec<usize> = paras.iter().map(|p| width(&p.text)).collect();
    let wrap = wrap_width(&widths, paras.len());
    // Where no wrap shows over the whole text: the wrap its blank-parted paragraphs show.
    let block_wrap = if wrap.is_none() {
        block_wrap_width(&paras)
    } else {
        None
    };
    // Whether a numeral alone stands over a paragraph of several sentences set apart by a
    // blank line (`二` / `但是……。据我看来，……。`): the text's sections carry numbers and
    // no titles, so a one-sentence paragraph under another numeral is its words too.
    let untitled_numerals = paras.windows(2).any(|w| {
        w[1].line > w[0].line + 1
            && bare_numeral(&w[0].text)
            && !first_sentence(&w[1].text).2.is_empty()
            && chars(&w[1].text) > DIVISION_TITLE_MAX
    });
    let mut last_line = 0;
    let indents = if source.is_empty() {
        0
    } else {
        paras.iter().filter(|p| indented(source, &p.text)).count()
    };
    // Or, in a text that parts its paragraphs with blank lines, more than half of the lines
    // after a blank line (the paragraphs' first lines) are indented, however many lines a
    // paragraph has.
    let first_lines_indented = || {
        let (mut after_blank, mut indented_after_blank) = (0, 0);
        for w in paras.windows(2).filter(|w| w[1].line > w[0].line + 1) {
            after_blank += 1;
            indented_after_blank += usize::from(indented(source, &w[1].text));
        }
        indented_after_blank * 2 > after_blank
    };
    let indenting = indents >= INDENTED_MIN
        && (indents * 4 >= paras.len() || !source.is_empty() && first_lines_indented());
    // A line above that is to go on must be near the width most long lines have (the wrap,
    // or where none could be measured, the fifth widest of every line in five: a table's
    // rows, wider than the text, are fewer): a subtitle or a heading above an unindented
    // byline is no paragraph.
    // (Picked out of the widths themselves, read no more: a sorted copy of them had been
    // the largest thing held while joining 2.8 million lines.)
    let near_common = wrap.unwrap_or_else(|| {
        let k = widths.len() * 4 / 5;
        if k < widths.len() {
            *widths.select_nth_unstable(k).1
        } else {
            0
        }
    }) * 3
        / 4;
    // Measured again line by line below, rather than held beside the marks being made
    // (8 bytes a line, for texts of a million lines).
    drop(widths);
    // Whether the last physical line was indented, and whether it went on the paragraph
    // above it.
    let mut last_indented = false;
    let mut last_raw_indented = false;
    let mut last_joined = false;
    // The joined paragraphs are written over the lines, in the same vector: output `kept`
    // never passes input `at`, and a second vector of every paragraph had been the largest
    // thing held while joining.
    let mut paras = paras;
    let mut kept = 0;
    let mut marks = Marks::with_capacity(paras.len());
    // Paragraphs that took a line in: their marker is looked for again at the end.
    let mut grown: Vec<usize> = Vec::new();
    // Numbers alone that took their heading in: the paragraph, the number, where it ends.
    let mut numbers: Vec<(usize, u32, u16)> = Vec::new();
    // The last number each family of markers has reached, for a marker at a seam.
    let mut last_of: Vec<(Family, u32)> = Vec::new();
    // The width of the last physical line of each output paragraph.
    let mut last_width = 0;
    let mut notes = Vec::new();
    for at in 0..paras.len() {
        let p = std::mem::replace(
            &mut paras[at],
            Para {
                line: 0,
                text: Cow::Borrowed(""),
            },
        );
        let w = width(&p.text);
        let out = &mut paras[..kept];
        let mark = Mark::of(&p.text);
        let raw_indented = !source.is_empty() && indented(source, &p.text);
        let this_indented = indenting && raw_indented;
        let glue = out.last().is_some_and(|prev| {
            // The previous line came to the wrap and ends mid-sentence: a seam. A full line
            // may end a character short of the wrap (a line may not start with `，` or `。`,
            // so the typesetter moves one character down), besides a first line's indent.
            let seam =
                wrap.is_some_and(|w| last_width + INDENT + KINSOKU >= w && !ends_clean(&prev.text));
            // A stated heading that is a number alone (`## 三` over its text, `## 第五条`)
            // takes the line under it, as a number alone on its line does. (Digits alone,
            // `## 1` `## 1.1`, are a heading of their own over a paragraph of text: a
            // chapter's number in a reader's notes.)
            let lone_number = |t: &str| bare_numeral(t) || number_alone(t);
            if is_whole(p.line) || (is_whole(prev.line) && !lone_number(&prev.text)) {
                return false;
            }
            // An article number that goes on from the last article, after a blank line
            // (`……应当保持相对稳定` / blank / `第五条……` after `第四条`), opens that article:
            // a marker that continues its series beats a sentence that looks broken off.
            // (Unless its words read on as a reference's, `第三条规定的情形除外`.)
            let cited = || CITING_ENDS.iter().any(|w| prev.text.trim_end().ends_with(w));
            let next_article = p.line > last_line + 1
                && mark.is_some_and(|m| {
                    m.family == Family::Article
                        && m.number.is_some_and(|n| {
                            last_of
                                .iter()
                                .any(|&(f, last)| f == Family::Article && last + 1 == n)
                        })
                        && !REFERENCE_GOES_ON
                            .iter()
                            .any(|w| p.text[m.rest_start as usize..].trim_start().starts_with(w))
                })
                && !cited();
            if let Some(why) = continues(&prev.text, &p.text, mark).filter(|_| !next_article) {
                if explain {
                    notes.push((p.line, why.to_string()));
                }
                return true;
            }
            // A numbered clause broken off mid-sentence near the widest lines
            // (`4.1.1　服务机构应……设施设备和专` / `业人员。`): its sentence goes on, whether or
            // not the text's wrap could be measured.
            // (The cheap looks first: the marker is read only for a line that may be one.)
            let clause = || {
                last_width >= near_common
                    && !ends_clean(&prev.text)
                    && Mark::of(&prev.text).is_some_and(|m| m.number.is_some())
                    && opening(&prev.text).contains(['，', ','])
            };
            if let Some(m) = mark {
                // A line opening `3.` under a paragraph whose own words enumerate `1.`
                // `2.` (`三种模式：1.……；2.……；`) is that enumeration's next item, broken
                // off by the wrap: unless a series of `2.` lines stands above it.
                let line_series = |n: u32| last_of.iter().any(|&(f, l)| f == m.family && l + 1 == n);
                if m.family == Family::Arabic
                    && m.number.is_some_and(|n| {
                        n >= 2 && !line_series(n) && last_inline_number(&prev.text) == Some(n - 1)
                    })
                {
                    if explain {
                        notes.push((
                            p.line,
                            "the next number of the `1.` `2.` the paragraph above enumerates in its words".into(),
                        ));
                    }
                    return true;
                }
                // At a wrapped line's seam, a marker that repeats or goes back in its
                // series (`（三）项……` under the heading `（三）`) is the sentence's words.
                let behind = m.number.is_some_and(|n| {
                    last_of
                        .iter()
                        .any(|&(f, last)| f == m.family && n <= last)
                });
                // Nor does a number that jumps ahead of its series under a clause broken
                // off (`……室温宜保持在24 ℃～` / `26 ℃，水温……`).
                let astray = m.number.is_some_and(|n| {
                    n != 1
                        && last_of
                            .iter()
                            .find(|&&(f, _)| f == m.family)
                            .is_none_or(|&(_, last)| n != last + 1)
                });
                if seam && behind || astray && clause() {
                    if explain {
                        notes.push((
                            p.line,
                            "a marker that does not continue its series, at a wrapped line's seam: the sentence's words".into(),
                        ));
                    }
                    return true;
                }
                return false;
            }
            // A line without the indent the text opens paragraphs with, under a line of a
            // paragraph (its indented first line, or a line that went on it) that ends
            // mid-sentence: the paragraph goes on.
            if indenting
                && (last_indented || last_joined)
                && !this_indented
                && last_width >= near_common
                && !ends_clean(&prev.text)
            {
                if explain {
                    notes.push((
                        p.line,
                        "no indent, under an indented line that ends mid-sentence (the text indents its paragraphs)".into(),
                    ));
                }
                return true;
            }
            // In a text too short to show that it indents its paragraphs: an indented line
            // with a sentence under way that ends mid-sentence, an unindented line right
            // under it (`　　……第一，要夯实数` / `字基础设施……`): the paragraph goes on.
            if !indenting
                && last_raw_indented
                && !raw_indented
                && p.line == last_line + 1
                && last_width >= SHORT_WRAP_MIN
                && !ends_clean(&prev.text)
                && opening(&prev.text).contains(['，', '。', '；', ','])
            {
                if explain {
                    notes.push((
                        p.line,
                        "no indent, right under an indented line with a sentence under way that ends mid-sentence".into(),
                    ));
                }
                return true;
            }
            if clause() {
                if explain {
                    notes.push((
                        p.line,
                        "under a numbered clause broken off mid-sentence near the widest lines"
                            .into(),
                    ));
                }
                return true;
            }
            // A line right under a line that came to the wrap of a blank-parted text and
            // ends mid-sentence: the same paragraph.
            let block_seam = p.line == last_line + 1
                && block_wrap.is_some_and(|w| last_width + INDENT + KINSOKU >= w)
                && !ends_clean(&prev.text);
            if block_seam {
                if explain {
                    notes.push((
                        p.line,
                        "no blank line under a line that came to the wrap and ends mid-sentence, in a text that parts its paragraphs with blank lines".into(),
                    ));
                }
                return true;
            }
            let trailing_comma = prev.text.ends_with(['，', '、', ',']);
            // (A line that opens with a cell's rule, `| 某某路1号`, is the next cell of a
            // table a copy set one cell a line: a number over it is its row's.)
            let cell = p.text.starts_with(['|', '｜']);
            let number_line = digits_alone(&prev.text).is_some() && !cell;
            let term_number = decimal_alone(&prev.text).is_some() && mark.is_none() && !cell;
            // A numeral alone over a paragraph of sentences set apart by a blank line (`一` /
            // `党的十八大以来，……。一是……。`) is a section's number with no title. A
            // title-shaped line under it is its title, and a line right under it or a single
            // sentence (`三` / `某通知同时废止。`) its words.
            let titled = || {
                p.line == prev.line + 1
                    || chars(&p.text) <= DIVISION_TITLE_MAX
                        && !p.text.contains(is_terminator)
                        && !(untitled_numerals && p.text.ends_with(['：', ':']))
                    || !untitled_numerals && first_sentence(&p.text).2.is_empty()
            };
            if (bare_numeral(&prev.text) && titled())
                || number_line
                || term_number
                || matches!(&*p.text, "：" | ":")
            {
                return true;
            }
            trailing_comma || seam
        });
        last_width = w;
        last_line = p.line;
        last_indented = this_indented;
        // (A line that went on the one above takes its place: its paragraph's first line
        // was the indented one.)
        last_raw_indented = raw_indented || glue && last_raw_indented;
        last_joined = glue;
        let last = out.len().wrapping_sub(1);
        match out.last_mut() {
            Some(prev) if glue => {
                let ascii_seam = prev.text.ends_with(|c: char| c.is_ascii_alphanumeric())
                    && p.text.starts_with(|c: char| c.is_ascii_alphanumeric());
                let joined = prev.text.to_mut();
                let number_line = digits_alone(joined);
                if ascii_seam
                    || bare_numeral(joined)
                    || number_alone(joined)
                    || number_line.is_some()
                    || decimal_alone(joined).is_some()
                {
                    joined.push(' ');
                }
                // (A number alone is a few digits: its end fits a `Mark`'s `u16`.)
                if let (Some(n), Ok(end)) = (number_line, u16::try_from(joined.len() - 1)) {
                    numbers.push((last, n, end));
                }
                joined.push_str(&p.text);
                if grown.last() != Some(&last) {
                    grown.push(last);
                }
                if explain {
                    notes.push((
                        p.line,
                        format!("joined to the paragraph of line {}", prev.line),
                    ));
                }
            }
            _ => {
                if let Some(Mark {
                    family,
                    number: Some(n),
                    ..
                }) = mark
                {
                    match last_of.iter_mut().find(|(f, _)| *f == family) {
                        Some(last) => last.1 = n,
                        None => last_of.push((family, n)),
                    }
                }
                // A numeral alone on its line over a paragraph is a section's number
                // without a title (`一` / `党的十八大以来，……`): `一　` without its words.
                let mark = mark.or_else(|| numeral_alone(&p.text));
                paras[kept] = p;
                kept += 1;
                marks.push(mark);
            }
        }
    }
    paras.truncate(kept);
    let out = paras;
    // A line taken in may complete a marker (`三` and `观察的方法` make `三 观察的方法`).
    for &k in &grown {
        marks.set(k, Mark::of(&out[k].text));
    }
    // A number alone over its heading (`01` / `种下一片希望田`) is that heading's marker.
    for (k, n, end) in numbers {
        marks.set(
            k,
            Some(Mark {
                family: Family::NumberLine,
                number: Some(n),
                separated: true,
                marker_end: end,
                rest_start: u32::from(end) + 1,
            }),
        );
    }
    marks.fit();
    Joined {
        paras: out,
        marks,
        notes,
        grown,
    }
}

/// The number of the last `1.`-style point that `text` enumerates in its words, after a
/// sentence's start that is not the paragraph's own (`三种模式：1.……；2.……`).
fn last_inline_number(text: &str) -> Option<u32> {
    crate::text::sentence_starts(text)
        .filter(|&at| at > 0)
        .filter_map(|at| crate::scan::point::point_marker(&text[at..]))
        .filter(|m| m.series == crate::scan::point::Series::ArabicDot)
        .last()
        .map(|m| m.number)
}

/// The words that go on from an article's number cited in a sentence (`第三条规定的`,
/// `第三条第二款`, `第三条所列`, `第三条、第五条`): a reference, no article's text. (Not
/// `有关` `中` `以` `（`: articles open with `有关部门` `中华人民共和国` `以欺骗手段` `（一）`.)
const REFERENCE_GOES_ON: &[&str] = &[
    "规定", "規定", "的", "所", "第", "款", "项", "項", "之", "至", "、", "，", "和", "或", "及",
    "等",
];

/// The words that end a sentence broken off before the article it cites (`……依照` /
/// `第四条……`): a verb that takes the article as its object.
const CITING_ENDS: &[&str] = &[
    "依照", "按照", "根据", "根據", "依据", "依據", "违反", "違反", "适用", "適用", "参照", "參照",
    "对照", "對照",
];

/// A division title on its own line after a number alone is at most this long: `总则`,
/// `法规之制定`; a chapter title runs to about 30 characters.
const DIVISION_TITLE_MAX: usize = 30;

/// Tells why line `next` (opening with `mark`, if any) continues paragraph `prev` although
/// the general rules would keep them apart, or `None`:
/// - a law number alone on its line (`第五条`, `第 1 條`, `第一章`) takes the line after it,
///   its text (an article) or its title (a division);
/// - a line opening with an article number run into its words (`第十条规定的情形除外。`)
///   after a sentence broken off mid-way (`……但`) is that sentence's cross-reference, not
///   a new article: the marker is text and the line goes back into its sentence;
/// - an asker's label alone (`新华社记者：`, `问：`) takes the question under it.
fn continues(prev: &str, next: &str, mark: Option<Mark>) -> Option<&'static str> {
    if number_alone(prev) && mark.is_none() {
        let article =
            Mark::of(prev).is_some_and(|m| m.family == crate::scan::marker::Family::Article);
        let title_like = chars(next) <= DIVISION_TITLE_MAX && !next.contains(is_terminator);
        if (article || title_like) && !next.starts_with(['|', '｜']) {
            return Some("a law number alone on its line takes the next line as its text");
        }
    }
    // An appendix's label (`附　录　A`), maybe with its status (`（资料性）`) taken in
    // already, takes its status and its title from the lines under it.
    let appendix = Mark::of(prev).filter(|m| m.family == crate::scan::marker::Family::Appendix);
    if let Some(m) = appendix {
        let after = prev.get(m.rest_start as usize..).unwrap_or("").trim();
        let status_only =
            after.is_empty() || after.starts_with(['（', '(']) && after.ends_with(['）', ')']);
        let titled = chars(next) <= DIVISION_TITLE_MAX && !next.contains(is_terminator);
        if status_only && titled && mark.is_none() {
            return Some("an appendix's label takes its status and title from the lines under it");
        }
    }
    // A bracket opened at a line's end (`……符合第三条第（` / `1）项规定的……`) is closed on
    // the line under it: one sentence, whatever that line opens with.
    if prev.ends_with(['（', '(']) {
        return Some("a bracket opened at the line's end closes on the line under it");
    }
    // An asker's label alone (`新华社记者：`) takes the question on the line under it.
    if mark.is_none() && crate::subtitle::asker_alone(prev) {
        return Some("an asker's label alone on its line takes the question under it");
    }
    let cross_reference =
        mark.is_some_and(|m| m.family == crate::scan::marker::Family::Article && !m.separated);
    // (An article's own line with its words begun, `第十七条　违反本办法`, is a sentence
    // under way too, though no comma came yet.)
    let article_begun = || {
        Mark::of(prev).is_some_and(|m| {
            m.family == crate::scan::marker::Family::Article
                && !prev[m.rest_start as usize..].trim().is_empty()
        })
    };
    let broken_off = || {
        !ends_clean(prev)
            && !prev.ends_with(|c: char| c.is_ascii_punctuation())
            && (prev.contains(['，', '。', '；', ',']) || article_begun())
    };
    (cross_reference && broken_off())
        .then_some("an article number run into the words of a broken sentence is a cross-reference")
}

/// Tells whether `text` is a law number and nothing else: `第五条`, `第 1 條`, `第一章`.
fn number_alone(text: &str) -> bool {
    // The longest, `第 一 百 二 十 三 條`, has under 40 bytes.
    // (A word and its number, `案例一` alone over the case's name, labels the same way;
    // with a colon, `活动一：`, it opens what is said of it, no name; and an issue's
    // ordinal, `第5期`, names nothing under it.)
    text.len() <= 40
        && Mark::of(text).is_some_and(|m| {
            m.rest_start as usize == text.len()
                && (m.family.law_rank().is_some()
                    || matches!(m.family, crate::scan::marker::Family::Stem(..))
                        && !text.ends_with(['：', ':'])
                        && !text.starts_with('第'))
        })
}

/// Paragraphs after joining, the marker opening each, and notes for `--explain`.
#[derive(Debug)]
pub struct Joined<'a> {
    /// The paragraphs.
    pub paras: Vec<Para<'a>>,
    /// What [`Mark::of`] finds in each.
    pub marks: Marks,
    /// Which lines were taken in, by line.
    pub notes: Vec<(usize, String)>,
    /// The paragraphs (by index, in order) that took a line in.
    pub grown: Vec<usize>,
}

/// The mark of a numeral alone on its line (`三`): a section's number of the `一、` rank,
/// with no words after it.
fn numeral_alone(text: &str) -> Option<Mark> {
    if !bare_numeral(text) {
        return None;
    }
    let (_, n) = crate::scan::numeral::cn_numeral(text).ok()?;
    let end = u16::try_from(text.len()).ok()?;
    Some(Mark {
        family: Family::CnComma,
        number: Some(n),
        separated: true,
        marker_end: end,
        rest_start: u32::from(end),
    })
}

/// Tells whether the text is a bare numeral standing for a heading marker, like `三`.
pub fn bare_numeral(text: &str) -> bool {
    // The byte length first: `text` may be a paragraph that has grown long.
    text.len() <= 12
        && (1..=3).contains(&chars(text))
        && crate::scan::numeral::cn_numeral(text).is_ok_and(|(rest, _)| rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraphs_opening_is_cut_at_a_characters_start() {
        assert_eq!(opening("某某，某某"), "某某，某某");
        let long = "甲".repeat(1000);
        let head = opening(&long);
        assert!(head.len() <= OPENING_MAX && head.len() > OPENING_MAX - 3);
        assert!(head.chars().all(|c| c == '甲'));
    }

    /// The first definition of [`wrap_width`]: every width sorted.
    fn wrap_width_sorted(all: &[usize], paragraphs: usize) -> Option<usize> {
        let mut widths: Vec<usize> = all.iter().copied().filter(|&w| w >= 30).collect();
        if widths.len() < 5 {
            return None;
        }
        // The histogram as (width, count) in increasing width.
        widths.sort_unstable();
        let mut histogram: Vec<(usize, usize)> = Vec::new();
        for &w in &widths {
            match histogram.last_mut() {
                Some((v, c)) if *v == w => *c += 1,
                _ => histogram.push((w, 1)),
            }
        }
        let count = |v: usize| {
            histogram
                .binary_search_by_key(&v, |&(w, _)| w)
                .map_or(0, |k| histogram[k].1)
        };
        let sum = |from: usize, to: usize| (from..=to).map(count).sum::<usize>();
        let (best, count, near) = histogram
            .iter()
            .map(|&(w, _)| (w, sum(w - INDENT - 2, w + 2), sum(w - 2, w + 2)))
            .max_by_key(|&(w, at_wrap, near)| (at_wrap, near, w))?;
        let wider = widths.iter().filter(|&&w| w > best + 4).count();
        let dominate = count * 2 >= paragraphs || near >= WRAPPED_MIN && near * 2 >= widths.len();
        (dominate && wider * 10 <= widths.len()).then_some(best)
    }

    #[test]
    fn a_joined_line_can_complete_a_marker() {
        let j = join(paras(&["三", "观察的方法", "正文。"]), false);
        assert_eq!(j.paras.len(), 2);
        assert_eq!(j.paras[0].text, "三 观察的方法");
        let mark = j.marks[0].expect("a marker once joined");
        assert_eq!(mark.family, crate::scan::marker::Family::CnComma);
        assert_eq!(j.marks[1], None);
    }

    #[test]
    fn width_counts_wide_characters_twice() {
        assert_eq!(width("ab"), 2);
        assert_eq!(width("é中"), 3);
        assert_eq!(width("中文，Ab😀"), 10);
        // U+0E01 (Thai) is narrow, U+1100 (Hangul jamo) wide, U+10FF narrow.
        assert_eq!(width("\u{e01}\u{1100}\u{10ff}"), 4);
        let long = "中".repeat(crate::text::CHARS_CAP + 5);
        assert_eq!(width(&long), 2 * crate::text::CHARS_CAP);
    }

    proptest::proptest! {
        #[test]
        fn width_is_the_per_character_sum(s in "\\PC{0,40}") {
            let slow: usize = s
                .chars()
                .take(crate::text::CHARS_CAP)
                .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
                .sum();
            proptest::prop_assert_eq!(width(&s), slow);
        }

        #[test]
        fn wrap_width_is_the_sorted_count(
            mut all in proptest::collection::vec(0usize..120, 0..60),
            wide in proptest::collection::vec(1990usize..2010, 0..12),
            paragraphs in 0usize..80,
        ) {
            all.extend(wide);
            proptest::prop_assert_eq!(wrap_width(&all, paragraphs), wrap_width_sorted(&all, paragraphs));
        }
    }

    #[test]
    fn wrap_width_takes_the_common_long_width() {
        for wrap_width in [wrap_width, wrap_width_sorted] {
            // Around 40 (40 itself: the most lines within ±2, and the wider of a tie with 39).
            let mut all = vec![40, 41, 39, 40, 40, 12, 40, 38, 40, 40, 39, 40, 41, 2000];
            assert_eq!(wrap_width(&all, 10), Some(40));
            // Too many paragraphs much wider than that: no wrap.
            all.extend([2000; 2]);
            assert_eq!(wrap_width(&all, 10), None);
            assert_eq!(wrap_width(&[2000; 6], 6), Some(2000));
            // Short heading lines outnumber the prose, but ten or more lines of it come to
            // one width: a wrap.
            let mut paper = vec![70; WRAPPED_MIN];
            paper.extend([24; 30]);
            paper.extend([44, 52, 36]);
            assert_eq!(wrap_width(&paper, paper.len()), Some(70));
            // Fewer than that at one width among many short lines: no wrap.
            let mut few = vec![70; WRAPPED_MIN - 1];
            few.extend([24; 30]);
            assert_eq!(wrap_width(&few, few.len()), None);
        }
    }

    fn paras<'a>(texts: &[&'a str]) -> Vec<Para<'a>> {
        Para::numbered(texts)
    }

    fn joined(texts: &[&str]) -> Vec<String> {
        join(paras(texts), true)
            .paras
            .into_iter()
            .map(|p| p.text.into_owned())
            .collect()
    }

    #[test]
    fn a_trailing_comma_runs_on() {
        assert_eq!(
            joined(&[
                "四　离开实际调查就要产生唯心的工作指导，",
                "那末，它的结果是盲动主义",
                "下一段。"
            ]),
            vec![
                "四　离开实际调查就要产生唯心的工作指导，那末，它的结果是盲动主义",
                "下一段。"
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let lines = [
            "给定资料1",
            "近日，某市某景区综合行政执法队员在日常巡查过",
            "程中发现有人在景区内违规堆放建筑垃圾。经核实",
            "，当事人违反了有关规定，依法应予以简易程序处",
            "罚。执法队员使用掌上执法端操作，整个过程用时",
            "不到十分钟。",
            "目前，该省已经完成了对全省相关业务主管部门的",
            "专题培训。",
            "给定资料2",
        ];
        let got = joined(&lines);
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0], "给定资料1");
        assert!(got[1].ends_with("不到十分钟。"));
        assert_eq!(
            got[2],
            "目前，该省已经完成了对全省相关业务主管部门的专题培训。"
        );
        assert_eq!(got[3], "给定资料2");
    }

    #[test]
    fn headings_are_never_glued() {
        assert_eq!(joined(&["坚持以群众需求为导向，", "一、总体要求"]).len(), 2);
    }

    #[test]
    fn ordinary_paragraphs_stay_apart() {
        assert_eq!(joined(&["第一段。", "第二段。"]).len(), 2);
    }

    #[test]
    fn a_bare_numeral_takes_the_next_line() {
        assert_eq!(
            joined(&["三", "2000年的通知同时废止。"]),
            vec!["三 2000年的通知同时废止。"]
        );
    }

    #[test]
    fn a_lone_colon_joins_the_line_above() {
        assert_eq!(joined(&["目标是", "：", "● 甲"]), vec!["目标是：", "● 甲"]);
    }

    #[test]
    fn bare_numerals() {
        assert!(bare_numeral("三"));
        assert!(bare_numeral("十二"));
        assert!(!bare_numeral("三要"));
    }

    #[test]
    fn an_article_number_alone_takes_the_next_line() {
        assert_eq!(
            joined(&[
                "第五条",
                "本办法自发布之日起施行。",
                "第六条",
                "由某局负责解释。"
            ]),
            vec!["第五条 本办法自发布之日起施行。", "第六条 由某局负责解释。"]
        );
        assert_eq!(
            joined(&["第 3 條", "本規則經會議通過後施行。"]),
            vec!["第 3 條 本規則經會議通過後施行。"]
        );
        // A chapter number alone takes a short title, never a sentence.
        assert_eq!(joined(&["第二章", "监督管理"]), vec!["第二章 监督管理"]);
        assert_eq!(
            joined(&["第二章", "本章规定监督的办法。"]),
            vec!["第二章", "本章规定监督的办法。"]
        );
        // A number followed by another marker stays alone.
        assert_eq!(
            joined(&["第七条", "（一）甲项内容；"]),
            vec!["第七条", "（一）甲项内容；"]
        );
    }

    #[test]
    fn a_cross_reference_after_a_broken_sentence_goes_back_into_it() {
        assert_eq!(
            joined(&["当事人可以申请复议，但", "第十条规定的情形除外。"]),
            vec!["当事人可以申请复议，但第十条规定的情形除外。"]
        );
        // After a finished sentence, or with a space after the number, it is an article.
        assert_eq!(
            joined(&["当事人可以申请复议。", "第十条规定的情形除外。"]),
            vec!["当事人可以申请复议。", "第十条规定的情形除外。"]
        );
        assert_eq!(
            joined(&[
                "第十七条　违反本办法",
                "第十条规定，擅自占用泊位的，责令改正。"
            ]),
            vec!["第十七条　违反本办法第十条规定，擅自占用泊位的，责令改正。"]
        );
        assert_eq!(joined(&["第十七条", "第十条规定的情形除外。"]).len(), 2);
        assert_eq!(
            joined(&["当事人可以申请复议，但", "第十条 本办法自公布之日起施行。"]),
            vec!["当事人可以申请复议，但", "第十条 本办法自公布之日起施行。"]
        );
        // A heading above is no broken sentence.
        assert_eq!(
            joined(&["第一章 适用范围", "第一条为了规范管理，制定本办法。"]),
            vec!["第一章 适用范围", "第一条为了规范管理，制定本办法。"]
        );
    }
}
