//! A table of contents, recognised by what it does rather than how it is labelled: a run of
//! heading lines without bodies whose sequence the text repeats later, each heading there
//! with its body. A label line above it (`目录`, `目　　录`, `目錄`, `目次`, however spaced)
//! is part of it; an unlabelled run counts too when the repetition is plain.

use crate::scan::marker::{line_marker, Family};
use crate::text::{count_to, is_terminator, Line};

/// A contents entry is a heading line: at most this many characters (a chapter title with
/// its number; the longest in national laws runs to about 30).
const ENTRY_MAX: usize = 40;

/// An unlabelled run must list at least this many headings: two bodiless chapter lines in a
/// row can be a chapter followed by its first section.
const UNLABELLED_MIN: usize = 3;

/// What the contents were found to be: the label line (if any) and the entry lines, as
/// indexes into the lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    /// The `目录` line above the entries.
    pub label: Option<usize>,
    /// The entry lines, in order.
    pub entries: Vec<usize>,
}

/// The text a heading is compared by: spaces of every width, leader dots and a trailing page
/// number dropped, full-width letters and digits folded to ASCII, so `第一章　适用　范围 …… 1`,
/// `1 总则<tab>3` and `第一章 适用范围` compare as `第一章 适用范围` and `1 总则` do.
pub fn key(text: &str) -> String {
    let text = before_laid_out_page(text).unwrap_or(text);
    let folded: String = crate::names::join_spaces(text)
        .chars()
        .map(crate::text::fold_width)
        .collect();
    let leaders = |c: char| matches!(c, '.' | '…' | '·' | '-' | '—' | '_' | '⋯' | '•');
    // A page number counts only after leaders; otherwise the digits are the heading's own.
    let base = before_page(&folded, leaders).unwrap_or(&folded);
    // A bullet before an entry (`★某镇探索……`) is the list's, not the heading's.
    let base = base.trim_start_matches(ENTRY_BULLETS);
    base.trim_end_matches(leaders).to_string()
}

/// Bullets a contents list may set before its entries (a bulletin's `本期要目` of `★` lines).
const ENTRY_BULLETS: &[char] = &['★', '☆', '●', '○', '◆', '◇', '■', '□', '▪', '•', '▶', '►'];

/// The text before a trailing page number that follows leaders (`第一章 总则 …… 3`, spaces
/// between allowed), or `None` when no page number stands after leaders.
fn before_page(text: &str, leader: impl Fn(char) -> bool) -> Option<&str> {
    let t = text.trim_end();
    // A front matter's pages are numbered in Roman numerals (`前言 …… Ⅱ`).
    let without_page = t.trim_end_matches(|c: char| {
        c.is_ascii_digit() || crate::text::is_roman_numeral(c) || matches!(c, 'I' | 'V' | 'X')
    });
    let before = without_page.trim_end();
    (without_page.len() < t.len() && before.ends_with(leader)).then_some(before)
}

/// The text before a trailing page number set off by layout rather than leaders (a word
/// processor's tab, two or more spaces, an ideographic space): `1 总则<tab>3`,
/// `第二章 职责  12`. A number after one plain space is the heading's own (`到 2035`).
fn before_laid_out_page(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let without_page = t.trim_end_matches(|c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || crate::text::is_roman_numeral(c)
    });
    if without_page.len() == t.len() || without_page.is_empty() {
        return None;
    }
    let before = without_page.trim_end_matches([' ', '\t', '\u{3000}']);
    let gap = &without_page[before.len()..];
    let laid_out = gap.contains(['\t', '\u{3000}']) || gap.len() >= 2;
    (laid_out && !before.is_empty()).then_some(before)
}

/// Tells whether a line is a contents label: `目录` or `目次` (simplified or traditional),
/// whatever spaces are laid between and around the characters.
/// A colon and an ellipsis may close it, and another name for the list may follow a slash
/// (`目录/提纲:……`, a document site's label over the headings it lists).
pub fn is_label(text: &str) -> bool {
    let k = key(text);
    let k = k.trim_end_matches(['…', '.', '。', '：', ':']);
    let first = k.split(['/', '／']).next().unwrap_or(k);
    matches!(first, "目录" | "目錄" | "目次")
}

/// [`is_label`], settled from the bytes for the lines that have no `目` or are long.
pub fn may_be_label(text: &str) -> bool {
    // `目　　录` with layout spaces takes at most 30 bytes.
    text.len() <= 30 && text.contains('目') && is_label(text)
}

/// Tells whether a line has the shape of a contents entry: a heading marker of a family that
/// heads divisions (not an article or item, which carry text), short, no sentence inside.
fn is_entry(text: &str) -> bool {
    // Forty characters take at most 160 bytes: longer lines are settled without a look.
    if text.len() > ENTRY_MAX * 4 {
        return false;
    }
    heads_division(text)
        && !stem_alone(text)
        && count_to(text, ENTRY_MAX + 1) <= ENTRY_MAX
        && !text.contains(is_terminator)
}

/// The name an entry lists, without its bullet, its number and a tagline after a dash
/// (`▶ 一、某某案——守住底线` → `某某案`), keyed as [`key`] keys: empty for a line without a
/// number.
fn entry_name(text: &str) -> String {
    let t = text.trim_start_matches(ENTRY_BULLETS).trim_start();
    let Some((_, rest)) = line_marker(t) else {
        return String::new();
    };
    let rest = rest.split("——").next().unwrap_or(rest);
    key(rest)
}

/// Tells whether a line is a word and its number alone (`案例一`, its name on the line under
/// it): a heading of the text, never a contents entry, which carries its name.
fn stem_alone(text: &str) -> bool {
    // (A word of two to four characters and a number: a few characters, 40 bytes at most.)
    text.len() <= 40
        && line_marker(text)
            .is_some_and(|(m, rest)| matches!(m.family, Family::Stem(..)) && rest.is_empty())
}

/// Tells whether a line opens the way a contents entry does: a marker of a family that
/// heads divisions (not an article or an item, which carry text), or a list's bullet.
fn heads_division(text: &str) -> bool {
    let heading_family = line_marker(text).is_some_and(|(m, _)| {
        matches!(
            m.family,
            Family::Part
                | Family::Chapter
                | Family::Section
                | Family::Upper
                | Family::Roman
                | Family::CnComma
                | Family::CnParen
                | Family::Decimal(_)
                // (A word and its number, `议题1、` `专题二：`: a meeting's agenda lists its
                // items, each heading its minutes below.)
                | Family::Stem(..)
        )
    });
    // A bulleted headline (`★某镇探索……`) lists a piece of a bulletin.
    heading_family || text.starts_with(ENTRY_BULLETS)
}

/// The dots that lead an entry to its page (`…… 3`, `. . . 3`).
const DOTS: [char; 4] = ['.', '…', '·', '⋯'];

/// Tells whether a line is an entry laid out with leader dots and a page number
/// (`关于本报告 ………… 03`): a contents line whatever its words, numbered or not.
fn has_leaders_and_page(text: &str) -> bool {
    // Dots and rules only: a dash before digits is a range (`2021-2025`), not a leader.
    before_page(text, |c| DOTS.contains(&c) || c == '_').is_some()
        && count_to(text, ENTRY_MAX * 2 + 1) <= ENTRY_MAX * 2
}

/// The most characters of an unnumbered part listed in a labelled table of contents: a
/// front or back part's name (`前言`, `结束语`, `附录`), not a heading of the argument.
const PLAIN_ENTRY_MAX: usize = 6;

/// Tells whether a line may be an unnumbered part listed under a contents label: a few
/// ideographs, nothing else.
fn is_plain_entry(text: &str) -> bool {
    (2..=PLAIN_ENTRY_MAX).contains(&count_to(text, PLAIN_ENTRY_MAX + 1))
        && text.chars().all(crate::text::is_cjk)
}

/// Tells whether a line ends in leader dots with no page number after them (`前言 ..`,
/// `引言 ……`): an entry whose page a copy lost, under a contents label. Two dots at the
/// least, or an ellipsis, after words and a space.
fn ends_in_leaders(text: &str) -> bool {
    let t = text.trim_end();
    let words = t.trim_end_matches(|c: char| DOTS.contains(&c) || c == ' ');
    let leaders = &t[words.len()..];
    // (Set apart by a space: a sentence that trails off, `……往事……`, has none.)
    !words.is_empty()
        && leaders.starts_with(' ')
        && count_to(words, ENTRY_MAX + 1) <= ENTRY_MAX
        && (leaders.matches('.').count() >= 2 || leaders.contains(['…', '⋯']))
        && !words.contains(is_terminator)
}

/// Tells whether a line may be a numbered entry listed under a contents label: a marker of
/// any family but an article's (`案例一：……` `专题二 ……`), a heading's length (twice an
/// unlabelled entry's: a case's full name), no sentence inside.
fn is_marked_entry(text: &str) -> bool {
    text.len() <= ENTRY_MAX * 8
        && line_marker(text).is_some_and(|(m, _)| m.family != Family::Article)
        && count_to(text, 2 * ENTRY_MAX + 1) <= 2 * ENTRY_MAX
        && !text.contains(is_terminator)
}

/// Tells whether a line may be a point listed under a contents label, as a document site
/// lists a report's headings and the points under them (`二是做好重点人群工作`): an inline
/// series' marker opening it (`一是` `二要`), a heading's length, no sentence inside.
pub fn is_point_entry(text: &str) -> bool {
    text.len() <= ENTRY_MAX * 4
        && crate::scan::point::point_marker(text)
            .is_some_and(|p| matches!(p.series, crate::scan::point::Series::Verb(_)))
        && count_to(text, ENTRY_MAX + 1) <= ENTRY_MAX
        && !text.contains(is_terminator)
}

/// A key without a note in brackets at its end (`……公益诉讼案（检例第301号）`): the text
/// may set the note on a line of its own under the heading.
fn without_end_note(k: &str) -> Option<&str> {
    let open = k.strip_suffix(['）', ')'])?.rfind(['（', '('])?;
    (open > 0).then(|| &k[..open])
}

/// The key of an entry without a page number set after one plain space (`1 总则 1`: a word
/// processor's tab lost in a copy), for an entry whose heading comes again without it. Only
/// a number after words: the marker's own number (`第 3`) or a lone number stays.
fn key_without_spaced_page(text: &str) -> Option<String> {
    let t = text.trim_end();
    let before = t.trim_end_matches(|c: char| c.is_ascii_digit());
    let before = before.strip_suffix(' ')?;
    let words = before.trim_end();
    (before.len() + 1 < t.len()
        && words.len() == before.len()
        && words.contains(char::is_whitespace))
    .then(|| key(words))
}

/// A contents line: a heading entry, or any line with leader dots and a page number.
fn is_any_entry(text: &str) -> bool {
    is_entry(text) || has_leaders_and_page(text)
}

/// Finds every table of contents among `lines`, looking only at the lines `free` allows.
pub fn find(lines: &[Line], free: impl Fn(usize) -> bool) -> Vec<Contents> {
    let mut found = Vec::new();
    // Where each short line's key stands, made only when some line could be an entry: a
    // repetition is then looked up, never searched for line by line.
    let mut index: Option<Index> = None;
    // Where the text's first heading stands, found when a label alone asks.
    let mut first_heading: Option<Option<usize>> = None;
    let mut i = 0;
    while i < lines.len() {
        if !free(i) {
            i += 1;
            continue;
        }
        let label = may_be_label(lines[i].text).then_some(i);
        // Under a label, blank lines may stand before the first entry.
        let start = match label {
            Some(_) => (i + 1..lines.len())
                .find(|&k| !lines[k].text.is_empty())
                .unwrap_or(lines.len()),
            None => i,
        };
        // Under a label, unnumbered parts (`前言`, `结束语`) are entries too.
        let entry = |t: &str| {
            // (A word and its number alone heads the text: [`stem_alone`].)
            (is_any_entry(t)
                || label.is_some()
                    && (is_plain_entry(t)
                        || is_marked_entry(t)
                        || ends_in_leaders(t)
                        || is_point_entry(t)))
                && !stem_alone(t)
        };
        // Words and numbers alone one under another (`案例一` / `案例二` / `案例三`) list
        // them: no name stands under any, each is an entry.
        let next_text = |k: usize| {
            lines[k + 1..]
                .iter()
                .find(|l| !l.text.is_empty())
                .map(|l| l.text)
        };
        let listed_alone = |k: usize| {
            stem_alone(lines[k].text)
                && (next_text(k).is_some_and(stem_alone)
                    || k > start && stem_alone(lines[k - 1].text))
        };
        // Most lines start no run: settled before any key is made.
        if !lines.get(start).is_some_and(|l| {
            free(start) && (entry(l.text) || label.is_some() && listed_alone(start))
        }) {
            // A label with no entry under it (the page folded its contents away, or the
            // copy left them out): the contents' label all the same, no heading of the text.
            // (Above the text's first heading only, where contents stand: `目录` among the
            // articles heads a part of them.)
            // (Looked for among the lines the head left, once, when a label asks: a word and
            // its number, `第12期`, may be an issue's.)
            let above_text = label.is_some() && {
                let first = *first_heading.get_or_insert_with(|| {
                    (0..lines.len()).find(|&k| {
                        free(k)
                            && is_entry(lines[k].text)
                            && !line_marker(lines[k].text)
                                .is_some_and(|(m, _)| matches!(m.family, Family::Stem(..)))
                    })
                });
                first.is_none_or(|f| i < f)
            };
            if above_text {
                found.push(Contents {
                    label,
                    entries: Vec::new(),
                });
            }
            i += 1;
            continue;
        }
        // The run ends where its first entry comes again: the text proper starts there.
        // (Its key is made only for a run of two or more.)
        let mut first: Option<String> = None;
        let mut first_paged: Option<Option<String>> = None;
        let mut end = start;
        // Whether the run ended where its first entry comes again, right under it.
        let mut restarted = false;
        // Under a label, the first entry's number coming again in its family (`十八、请销假`
        // then `一、中小学生守则`) ends the run too, however the text words it there.
        let first_number = label
            .and_then(|_| line_marker(lines[start].text))
            .filter(|(m, _)| m.number.is_some())
            .map(|(m, _)| (m.family, m.number));
        // (Right after an entry of that family, the series run up to it: an appendix's own
        // `一、` under an entry `附件` is one of the contents.)
        let family = |k: usize| line_marker(lines[k].text).map(|(m, _)| (m.family, m.number));
        // (Under a label, an entry of another family than the first's with text right under
        // it, `（一）奖励` over its sentence after `一、` `二、` `三、` listed, is the text's
        // heading: a copy cut before the first section's heading starts there.)
        let first_family = family(start).map(|(f, _)| f);
        // (The first entry's name, made once for the run: [`entry_name`].)
        let first_name = entry_name(lines[start].text);
        let bodied = |k: usize| {
            label.is_some()
                && k > start
                && family(k).map(|(f, _)| f) != first_family
                && lines
                    .get(k + 1)
                    .is_some_and(|n| !n.text.is_empty() && !entry(n.text) && !stem_alone(n.text))
                // (Unless the first entry comes again below: the text starts there, and the
                // paragraph under this entry is a preamble's, `一是……` listed last.)
                && {
                    let first_key = key(lines[start].text);
                    !lines[k + 1..].iter().any(|l| key(l.text) == first_key)
                }
        };
        while end < lines.len()
            && free(end)
            && (entry(lines[end].text) || label.is_some() && listed_alone(end))
        {
            if bodied(end) {
                break;
            }
            if end > start
                && first_number.is_some_and(|f| {
                    family(end) == Some(f)
                        && family(end - 1).is_some_and(|(g, n)| g == f.0 && n > f.1)
                })
            {
                restarted = true;
                break;
            }
            if end > start {
                let k = first.get_or_insert_with(|| key(lines[start].text));
                let here = key(lines[end].text);
                // (Or its name under another number: `▶ 一、某某案` listed, `案例一 某某案`
                // over the case.)
                let named_again =
                    || !first_name.is_empty() && first_name == entry_name(lines[end].text);
                if *k == here
                    || named_again()
                    || without_end_note(k) == Some(here.as_str())
                    || first_paged
                        .get_or_insert_with(|| key_without_spaced_page(lines[start].text))
                        .as_deref()
                        == Some(here.as_str())
                {
                    restarted = true;
                    break;
                }
            }
            end += 1;
        }
        let entries: Vec<usize> = (start..end).collect();
        if entries.is_empty() {
            i += 1;
            continue;
        }
        // Too short a run to be contents unless labelled: no index is made for it.
        if label.is_none() && entries.len() < UNLABELLED_MIN {
            i = end.max(i + 1);
            continue;
        }
        // A list of bullets is contents only when its first headline comes again as a line
        // of its own: looked for as written before any key is made (bulleted lists are
        // common, their headlines repeated rarely).
        let bulleted = lines[start]
            .text
            .strip_prefix(ENTRY_BULLETS)
            .map(str::trim_start);
        // Under a label, enough entries with a body somewhere below are the contents
        // whatever the text makes of them later: the label says what the list is, and a cut
        // copy or bodies numbered another way (`▶ 一、某某案` listed, `案例一` over the case)
        // repeat nothing.
        // (Headings each: items numbered `1.` under the label may be a list of its own. And
        // a heading of the text below them: a catalogue's items over a closing sentence,
        // `以上图书均可借阅`, list nothing the text heads.)
        // (Two will do where the run ended at its first entry said again, `案例一 某某案`
        // under `▶ 一、某某案`: the text starts there.)
        let labelled_run = label.is_some()
            && entries.iter().all(|&e| heads_division(lines[e].text))
            && (restarted && entries.len() >= 2
                || entries.len() >= UNLABELLED_MIN
                    && lines[end..]
                        .iter()
                        .any(|l| !l.text.is_empty() && !entry(l.text))
                    && lines[end..]
                        .iter()
                        .any(|l| !l.text.starts_with(ENTRY_BULLETS) && heads_division(l.text)));
        if !labelled_run && bulleted.is_some_and(|t| !lines[end..].iter().any(|l| l.text == t)) {
            i = end.max(i + 1);
            continue;
        }
        let index = index.get_or_insert_with(|| Index::new(lines));
        // Under a label, entries that each end in a page number, the numbers rising, are
        // contents whether or not the text repeats them (a copy cut before its pieces, a
        // collection whose pieces drop the list's numbers).
        // Nor need it repeat more than its first entry where that entry comes again right
        // under the run (`第一章` … `第八章`, then `第一章` over its first article): the
        // text starts there, however much of it a copy kept. (A body must follow somewhere:
        // headings listed twice and nothing else are no contents.)
        if labelled_run
            || label.is_some() && paged(lines, &entries)
            || restarted
                && entries.len() >= UNLABELLED_MIN
                && lines[end..]
                    .iter()
                    .any(|l| !l.text.is_empty() && !entry(l.text))
            || repeated_later(lines, index, &entries, end, label.is_some())
        {
            // Unlabelled contents take the short line right above them as their label
            // (`本期要目`, `内容提要`): it names the list.
            let label = label.or_else(|| {
                // (Never the document's first line: its title.)
                let above = start.checked_sub(1).filter(|&a| a > 0)?;
                let t = lines[above].text;
                (free(above)
                    && is_plain_entry(t)
                    && line_marker(t).is_none()
                    && lines[above].no + 2 >= lines[start].no)
                    .then_some(above)
            });
            found.push(Contents { label, entries });
            i = end;
        } else {
            // A failed labelled run is looked at again unlabelled; a failed unlabelled run
            // holds no shorter one that repeats (each of its entries was looked up).
            i = if label.is_some() { i + 1 } else { end };
        }
    }
    found
}

/// Tells whether every entry ends in a page number after a space or leaders (`1.某某评论 3`,
/// `第二章 职责 12`, `第三章 附则……15`), at least [`UNLABELLED_MIN`] of them, the numbers
/// never falling: the pages of a table of contents. Front matter's pages in Roman numerals
/// (`前言 Ⅱ`) come before the first.
fn paged(lines: &[Line], entries: &[usize]) -> bool {
    let leader = |c: char| matches!(c, '.' | '…' | '·' | '⋯' | '_' | '-' | '—');
    let page = |text: &str| -> Option<u32> {
        let t = text.trim_end();
        let roman = t.trim_end_matches(|c: char| crate::text::is_roman_numeral(c));
        if roman.len() < t.len() && roman.ends_with(|c: char| c.is_whitespace() || leader(c)) {
            return Some(0);
        }
        let words = t.trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
        let digits: String = t[words.len()..]
            .chars()
            .map(crate::text::fold_width)
            .collect();
        (!digits.is_empty()
            && digits.len() <= PAGE_DIGITS_MAX
            && words.ends_with(|c: char| c.is_whitespace() || leader(c)))
        .then(|| digits.parse().ok())
        .flatten()
    };
    let pages: Option<Vec<u32>> = entries.iter().map(|&e| page(lines[e].text)).collect();
    pages.is_some_and(|p| p.len() >= UNLABELLED_MIN && p.windows(2).all(|w| w[0] <= w[1]))
}

/// The most digits of a page number in a table of contents.
const PAGE_DIGITS_MAX: usize = 4;

/// Tells whether the entries come again after `after`, in order, as lines of their own:
/// under a label the first entry; unlabelled, at least
/// [`UNLABELLED_MIN`] entries, every one of them, each followed by text that is no entry
/// (a body), so that a run of headings never counts as its own repetition.
fn repeated_later(
    lines: &[Line],
    index: &Index,
    entries: &[usize],
    after: usize,
    labelled: bool,
) -> bool {
    // One entry looked up after `at`: as keyed, without its closing note, or without a page
    // number set after one space.
    let find = |k: &str, entry: usize, at: usize| {
        index
            .next(k, at)
            .or_else(|| without_end_note(k).and_then(|k| index.next(k, at)))
            .or_else(|| key_without_spaced_page(lines[entry].text).and_then(|k| index.next(&k, at)))
    };
    // Under a label, the first entry coming again is the evidence: the text proper starts
    // there, whatever of the rest a cut copy or a reworded heading fails to repeat.
    if labelled {
        return entries
            .first()
            .is_some_and(|&e| find(&key(lines[e].text), e, after).is_some());
    }
    if entries.len() < UNLABELLED_MIN {
        return false;
    }
    let keys: Vec<String> = entries.iter().map(|&e| key(lines[e].text)).collect();
    let mut at = after;
    for (n, k) in keys.iter().enumerate() {
        let Some(pos) = find(k, entries[n], at) else {
            return false;
        };
        if !has_body(lines, pos, keys.get(n + 1)) {
            return false;
        }
        at = pos + 1;
    }
    true
}

/// Lines looked at below a heading for its body: blank lines and headings the contents do
/// not list (`4.2.1` under `4.2`) may stand between.
const BODY_REACH: usize = 8;

/// Tells whether the heading at `pos` has a body: text that is no heading follows it before
/// any other heading the contents list, or the next entry listed (`1 总则` right over
/// `1.1 编制目的`, which needs its own body in turn) follows it.
fn has_body(lines: &[Line], pos: usize, next_key: Option<&String>) -> bool {
    for line in lines.iter().skip(pos + 1).take(BODY_REACH) {
        let t = line.text;
        if t.is_empty() {
            continue;
        }
        if is_label(t) {
            return false;
        }
        if !is_entry(t) {
            return true;
        }
        if next_key.is_some_and(|k| *k == key(t)) {
            return true;
        }
    }
    false
}

/// The lines of heading length by key, each key's lines in increasing order.
struct Index(std::collections::HashMap<String, Vec<usize>>);

impl Index {
    fn new(lines: &[Line]) -> Self {
        let mut map: std::collections::HashMap<String, Vec<usize>> = Default::default();
        for (i, l) in lines.iter().enumerate() {
            // Spaces laid inside a heading may double its length; longer lines are text.
            if count_to(l.text, 2 * ENTRY_MAX + 1) <= 2 * ENTRY_MAX {
                map.entry(key(l.text)).or_default().push(i);
            }
        }
        Index(map)
    }

    /// The first line at or after `from` whose key is `k`.
    fn next(&self, k: &str, from: usize) -> Option<usize> {
        let at = self.0.get(k)?;
        at.get(at.partition_point(|&i| i < from)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_may_end_in_leaders_that_lost_their_page() {
        assert!(ends_in_leaders("前言 .."));
        assert!(ends_in_leaders("1 范围 ..."));
        assert!(ends_in_leaders("引言 ……"));
        // A sentence that trails off, no space before its dots; one dot; dots alone.
        assert!(!ends_in_leaders("他想起了往事……"));
        assert!(!ends_in_leaders("前言 ."));
        assert!(!ends_in_leaders(" ..."));
    }
    use crate::text::lines;

    fn contents(text: &str) -> Vec<(Option<usize>, Vec<usize>)> {
        let l = lines(text);
        find(&l, |_| true)
            .into_iter()
            .map(|c| {
                (
                    c.label.map(|i| l[i].no),
                    c.entries.iter().map(|&i| l[i].no).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn keys_ignore_spaces_widths_and_page_numbers() {
        assert_eq!(key("第一章　适用　范围"), "第一章适用范围");
        assert_eq!(key("第一章 适用范围 ………… 12"), "第一章适用范围");
        assert_eq!(key("第三章　２０３５年目标"), "第三章2035年目标");
        assert_eq!(key("一、到2035年"), "一、到2035年");
    }

    #[test]
    fn a_page_number_set_off_by_layout_is_no_part_of_the_key() {
        assert_eq!(key("1 总则\t1"), key("1 总则"));
        assert_eq!(key("2.1 应急组织体系\t３"), key("2.1 应急组织体系"));
        assert_eq!(key("第二章 职责  12"), key("第二章 职责"));
        assert_eq!(key("第二章　职责　12"), key("第二章 职责"));
        // After one plain space, or run into the words, the number is the heading's own.
        assert_ne!(key("二、到 2035"), key("二、到"));
        assert_ne!(key("三、十四五规划2025"), key("三、十四五规划"));
        assert_eq!(key("\t12"), "12");
    }

    #[test]
    fn numbered_sections_of_a_standard_listed_with_tabs_are_contents() {
        let text = "某预案\n目  录\n1 总则\t1\n2 组织机构\t3\n3 附则\t5\n1 总则\n1.1 编制目的\n为规范管理，制定本预案。\n2 组织机构\n公司成立指挥部。\n3 附则\n本预案自发布之日起施行。\n";
        assert_eq!(contents(text), vec![(Some(2), vec![3, 4, 5])]);
        // Unlabelled, with dotted leaders.
        let text = "某报告\n1 引言……1\n2 方法……2\n3 结论……4\n1 引言\n研究背景如下。\n2 方法\n采用抽样调查。\n3 结论\n结论如下。\n";
        assert_eq!(contents(text), vec![(None, vec![2, 3, 4])]);
    }

    #[test]
    fn an_unlabelled_run_may_list_sections_and_their_subsections() {
        let text = "某预案\n1 总则 ……1\n1.1 目的 ……1\n2 职责 ……2\n1 总则\n1.1 目的\n为规范管理。\n2 职责\n明确职责。\n";
        assert_eq!(contents(text), vec![(None, vec![2, 3, 4])]);
        // Headings listed twice without a body under the last are no contents.
        let twice = "某预案\n1 总则\n1.1 目的\n2 职责\n1 总则\n1.1 目的\n2 职责\n";
        assert!(contents(twice).is_empty());
    }

    #[test]
    fn a_bulletins_bulleted_contents_repeated_as_headlines() {
        let text = "工作简报\n本期要目\n★某镇推进清洁行动\n★某村建设文化广场\n★某局开展培训\n某镇推进清洁行动\n全镇开展清洁行动。\n某村建设文化广场\n广场于五月建成。\n某局开展培训\n培训覆盖全体干部。\n";
        assert_eq!(contents(text), vec![(Some(2), vec![3, 4, 5])]);
        // Bulleted points that never come again are a list, not contents.
        let list = "工作要点\n★推进清洁行动\n★建设文化广场\n★开展培训\n全镇开展清洁行动。\n";
        assert!(contents(list).is_empty());
    }

    #[test]
    fn numbered_sections_without_a_repetition_are_no_contents() {
        let text = "某预案\n1 总则\n1.1 编制目的\n1.2 编制依据\n为规范管理，制定本预案。\n2 组织机构\n公司成立指挥部。\n";
        assert!(contents(text).is_empty());
    }

    #[test]
    fn labels_however_spaced() {
        for label in ["目录", "目 录", "目　　录", " 目  錄 ", "目次"] {
            assert!(is_label(label), "{label}");
        }
        assert!(!is_label("目录编制"));
        assert!(!is_label("完成数据目录编制。"));
    }

    #[test]
    fn a_labelled_run_repeated_with_bodies() {
        let text = "某条例\n目　　录\n第一章　适用　范围\n第二章　附　　则\n第一章　适用范围\n第一条　为了规范。\n第二章　附则\n第二条　本条例自公布之日起施行。\n";
        assert_eq!(contents(text), vec![(Some(2), vec![3, 4])]);
    }

    #[test]
    fn an_unlabelled_run_repeated_with_bodies() {
        let text = "某办法\n第一章 适用范围\n第二章 管理\n第三章 附则\n第一章 适用范围\n第一条 为了规范。\n第二章 管理\n第二条 应当管理。\n第三章 附则\n第三条 自公布之日起施行。\n";
        assert_eq!(contents(text), vec![(None, vec![2, 3, 4])]);
    }

    #[test]
    fn headings_without_a_repetition_are_no_contents() {
        // A chapter right above its first section, and sections that never come again.
        let text = "某条例\n第一章 适用范围\n第一节 一般规定\n第一条 为了规范。\n第二节 特别规定\n第二条 应当遵守。\n";
        assert!(contents(text).is_empty());
        let plan = "一、总体要求\n二、重点任务\n三、保障措施\n一是加强领导。\n";
        assert!(contents(plan).is_empty());
    }

    #[test]
    fn a_label_word_inside_a_sentence_is_no_label() {
        let text = "完成数据目录编制。\n一、总体要求\n一、总体要求\n正文。\n";
        assert!(contents(text).is_empty());
    }
}
