//! `parse(&str) -> Document`: lines → head and tail → body items → tree → warnings.

use crate::hint::{
    markdown_headings, Hint, CONTENTS, HEADLINE, ITEM, LEAD, LINK, MAX_LEVEL, QUOTE, VERBATIM,
};
use crate::inline::Para;
use crate::join::{join_between, Joined};
use crate::meta;
use crate::model::{Document, Dropped, Node, Warning};
use crate::nest::{Item, Mark, Marks, Nest};
use crate::scan::date::news_dateline;
use crate::scan::marker::Family;
use crate::scan::numeral::cn_numeral;
use crate::subtitle::{list_intro, subtitle_decisions};
use crate::text::lines;
use std::borrow::Cow;
use std::collections::VecDeque;

/// Parses a document's text into its outline. Never fails: what it cannot classify stays
/// body text.
///
/// ```
/// let doc = tigang::parse("关于做好工作的通知\n\n一、总体要求\n\n坚持稳中求进。\n\n二、重点任务\n");
/// assert_eq!(doc.title.as_deref(), Some("关于做好工作的通知"));
/// let markers: Vec<&str> = doc.children.iter().map(|n| n.marker.as_ref()).collect();
/// assert_eq!(markers, ["一、", "二、"]);
/// assert_eq!(doc.children[0].body(), "坚持稳中求进。");
/// ```
pub fn parse(text: &str) -> Document<'_> {
    run(text, &[], false).0
}

/// Parses like [`parse`], also returning, line by line, how each line was classified and
/// by which rule.
///
/// ```
/// let (doc, notes) = tigang::parse_explained("关于做好工作的通知\n\n一、总体要求\n");
/// assert_eq!(doc.children.len(), 1);
/// assert!(notes.iter().any(|(line, _)| *line == 3));
/// ```
pub fn parse_explained(text: &str) -> (Document<'_>, Vec<(usize, String)>) {
    run(text, &[], true)
}

/// Parses a text with the headings its reader found in the format (Markdown `#`, HTML
/// `<h2>`, Word heading styles): a hinted line is a heading at its level unless it carries
/// a marker of its own. With `explain`, also returns the notes of [`parse_explained`].
///
/// ```
/// use tigang::Hint;
/// // A reader found that line 3 is a level-2 heading (`<h2>`, `##`), though it has no number.
/// let text = "关于做好工作的通知\n\n总体要求\n\n坚持稳中求进。\n";
/// let (doc, _) = tigang::parse_hinted(text, &[Hint { line: 3, level: 2 }], false);
/// assert_eq!(doc.children[0].title, "总体要求");
/// ```
pub fn parse_hinted<'a>(
    text: &'a str,
    hints: &[Hint],
    explain: bool,
) -> (Document<'a>, Vec<(usize, String)>) {
    run(text, hints, explain)
}

/// The bullet that keys the items of a list the format draws (`<li>`): no character of
/// the text, so that those items are one series of their own.
const DRAWN_BULLET: char = '\u{2063}';

/// The pipeline; notes are gathered only when `explain` asks for them.
fn run<'a>(text: &'a str, given: &[Hint], explain: bool) -> (Document<'a>, Vec<(usize, String)>) {
    let mut lines = lines(text);
    // Lines that ran paragraphs together, parted by `lines`: said where it is asked.
    let mut parted: Vec<usize> = if explain {
        lines
            .windows(2)
            .filter(|w| w[0].no == w[1].no)
            .map(|w| w[0].no)
            .collect()
    } else {
        Vec::new()
    };
    parted.dedup();
    // A plain text written in Markdown states its headings with `#`.
    let (mut hints, marks) = if given.is_empty() {
        markdown_headings(&mut lines)
    } else {
        (given.to_vec(), Vec::new())
    };
    // A law's paragraph numbers under its articles' numbers are layout.
    let numbers = crate::law_paragraphs::take(&mut lines);
    // Numbered items of lists the format nests, with their depth: a line's other hint (a
    // quotation's, a list of contents') stands beside it.
    let mut nested_at: Vec<(usize, u8)> = hints
        .iter()
        .filter_map(|h| crate::hint::nested_depth(h.level).map(|d| (h.line, d)))
        .collect();
    nested_at.sort_unstable();
    hints.retain(|h| crate::hint::nested_depth(h.level).is_none());
    hints.sort_unstable();
    hints.dedup_by_key(|h| h.line);
    // The headline the format states is a title candidate, not a heading of the outline.
    let headline = hints.iter().find(|h| h.level == HEADLINE).map(|h| h.line);
    hints.retain(|h| h.level != HEADLINE);
    let head = meta::read_with_hints(&lines, headline, &hints);
    // Lines the format shows as links alone were judged with the head: no headings. Its
    // bold leads are evidence for the nesting.
    let bold: Vec<usize> = hints
        .iter()
        .filter(|h| h.level == LEAD)
        .map(|h| h.line)
        .collect();
    // Paragraphs it sets apart as quotations are someone else's words: text, no points.
    let quoted: Vec<usize> = hints
        .iter()
        .filter(|h| h.level == QUOTE)
        .map(|h| h.line)
        .collect();
    // Items of a list the format draws (`<li>`): a list's items where the text writes no
    // marker of its own.
    let items_at: Vec<usize> = hints
        .iter()
        .filter(|h| h.level == ITEM)
        .map(|h| h.line)
        .collect();
    hints.retain(|h| {
        h.level != LINK
            && h.level != LEAD
            && h.level != QUOTE
            && h.level != ITEM
            && h.level != CONTENTS
    });
    let mut notes: Vec<(usize, String)> = Vec::new();
    if explain {
        notes.extend(head.used.iter().map(|(i, why)| (lines[*i].no, why.clone())));
        notes.extend(parted.into_iter().map(|no| {
            (
                no,
                "paragraphs run together on one line, parted at the gaps after their sentences' ends, before the numbers of a numbering the line holds, or after the headline run into the text".to_string(),
            )
        }));
    }
    // What the tree needs of the lines is taken: they become the body.
    let mut dropped = head.dropped(&lines);
    dropped.extend(marks.into_iter().map(|(line, text)| Dropped {
        page: None,
        line,
        text,
        reason: "markup: Markdown heading marks".into(),
    }));
    dropped.extend(numbers.into_iter().map(|(line, text)| Dropped {
        page: None,
        line,
        text,
        reason: "markup: a law's paragraph number".into(),
    }));
    dropped.sort_by_key(|d| d.line);
    // The title's line: text above it (a paper's materials before its essay) is its
    // preamble, where no unnumbered line heads a part of the outline.
    let title_line = head.title_at().map_or(0, |(i, _)| lines[i].no);
    // Made in the lines' own memory (a line is a paragraph's size, and the vector's items
    // are taken in order, mapped and kept in place).
    let body: Vec<Para> = lines
        .into_iter()
        .enumerate()
        .filter(|(i, l)| !l.text.is_empty() && !head.uses(*i))
        .map(|(_, l)| Para {
            line: l.no,
            text: Cow::Borrowed(l.text),
        })
        .collect();
    // Which lines the head and tail took, a byte a line, is read no more.
    drop(head.used);
    let Joined {
        mut paras,
        marks,
        notes: joined,
        grown,
    } = if nested_at.is_empty() {
        join_between(body, &hints, text, explain)
    } else {
        // A nested list's items are blocks of the format: nothing is glued to them, and
        // they are glued to nothing (`2.` after a nested `2.` is no sentence's words).
        let mut whole = hints.clone();
        whole.extend(nested_at.iter().map(|&(line, depth)| Hint {
            line,
            level: crate::hint::NESTED + depth,
        }));
        whole.sort_unstable();
        join_between(body, &whole, text, explain)
    };
    let mut meta = head.meta;
    // The writers credited in brackets at the very end of the text, glued to its last
    // sentence (`……工作。（记者 某某 某某）`, `……工作。(某某 某某)`): its byline, kept out of
    // the text and listed with what is dropped.
    if meta.author.is_empty() {
        // (A news report opens with the day it tells of: `5月14日，县政府召开……`. Its first
        // sentence, past what the head left of a page, a headline's repeat and the like.)
        let news = paras
            .iter()
            .find(|p| p.text.contains(['，', ',', '。']))
            .is_some_and(|p| crate::scan::date::month_day(&p.text).is_ok());
        if let Some(last) = paras.last_mut() {
            if let Some((at, names)) = closing_credit(&last.text, news) {
                meta.author = names;
                dropped.push(Dropped {
                    page: None,
                    line: last.line,
                    text: last.text[at..].to_string(),
                    reason: "meta: author (credits in brackets closing the text)".into(),
                });
                dropped.sort_by_key(|d| d.line);
                if explain {
                    notes.push((
                        last.line,
                        "meta: author, credited in brackets at the text's end".into(),
                    ));
                }
                match &mut last.text {
                    Cow::Borrowed(t) => *t = &t[..at],
                    Cow::Owned(t) => t.truncate(at),
                }
            }
        }
    }
    let parts = head.parts;
    let headlines = head.headlines;
    let listed = head.listed;
    let columns = head.columns;
    let samples = head.samples;
    // A dateline alone on its line (`据新华社北京3月7日电`) heads nothing.
    let mut dateline_alone = None;
    if let Some((i, p)) = paras
        .iter()
        .enumerate()
        .take(3)
        .find(|(_, p)| news_dateline(&p.text).is_ok())
    {
        if let Ok((after, dateline)) = news_dateline(&p.text) {
            if crate::text::trim(after).is_empty() {
                dateline_alone = Some(i);
            }
            meta.dateline = Some(dateline.to_string());
            if meta.author.is_empty() {
                meta.author = dateline_reporters(after);
            }
            if explain {
                notes.push((
                    p.line,
                    format!("news dateline {dateline} (kept in the text)"),
                ));
            }
        }
    }
    notes.extend(joined);
    let mut marks = marks;
    // Lines the format shows verbatim (a code block) open no series and head nothing.
    let verbatim: Vec<usize> = if hints.iter().any(|h| h.level == VERBATIM) {
        (0..paras.len())
            .filter(|&i| {
                hints
                    .binary_search_by_key(&paras[i].line, |h| h.line)
                    .is_ok_and(|k| hints[k].level == VERBATIM)
            })
            .collect()
    } else {
        Vec::new()
    };
    for &i in &verbatim {
        marks.set(i, None);
        if explain {
            notes.push((paras[i].line, "verbatim (a code block): text".into()));
        }
    }
    if !quoted.is_empty() {
        // Quoted lines numbered as a series of their own from 1 (`>1、……` `>2、……`, notes
        // that set their own answers apart) are the writer's items; a quotation's stray
        // number (`> 二、……` from a report quoted) is its words.
        let is_quoted = |i: usize| quoted.binary_search(&paras[i].line).is_ok();
        let quoted_series = quoted_series(&marks, &is_quoted);
        for i in 0..paras.len() {
            if is_quoted(i) && marks[i].is_some() && quoted_series.binary_search(&i).is_err() {
                marks.set(i, None);
                if explain {
                    notes.push((
                        paras[i].line,
                        "a quotation the format sets apart: text".into(),
                    ));
                }
            }
        }
    }
    // Titles of papers appended after the text: no subtitles of the text.
    let mut appended = Vec::new();
    for (i, why) in crate::series::settle(&mut marks, &paras, &listed, given.is_empty()) {
        if why == crate::series::APPENDED_TITLE {
            appended.push(i);
        }
        if explain {
            notes.push((paras[i].line, why.into()));
        }
    }
    // The unnumbered parts a table of contents lists beside numbered ones (`前言`,
    // `结束语`) are headings of the numbered entries' level, once each, where the text has
    // them.
    let mut parts = parts;
    for (i, p) in paras.iter().enumerate() {
        if parts.is_empty() {
            break;
        }
        if marks[i].is_some() {
            continue;
        }
        let key = crate::toc::key(&p.text);
        if let Some(k) = parts.iter().position(|(part, _)| *part == key) {
            let (_, family) = parts.remove(k);
            marks.set(i, Some(Mark::whole_line(family)));
            if explain {
                notes.push((
                    p.line,
                    "a part the table of contents lists beside its numbered sections".into(),
                ));
            }
        }
    }
    // A heading the format states, with no marker of its own, is a heading of its level.
    let mut stated = vec![false; paras.len()];
    // Lines the format states as headings that are no part of the outline (a sent paper's
    // title): no subtitles either.
    let mut unheaded: Vec<usize> = Vec::new();
    // The levels of the stated lines, by paragraph, in order.
    let mut levels: Vec<(usize, u8)> = Vec::new();
    // Headings the format states that are a paper's kind alone (`## 办法`): one is the label
    // of the rules a notice sends; several (`## 章程` `## 细则`) are the papers of a
    // compilation, its sections.
    let kind_labels = if hints.is_empty() {
        0
    } else {
        paras
            .iter()
            .filter(|p| {
                hints
                    .binary_search_by_key(&p.line, |h| h.line)
                    .is_ok_and(|k| (1..=MAX_LEVEL).contains(&hints[k].level))
                    && crate::title::is_paper_kind_alone(&p.text)
            })
            .count()
    };
    if !hints.is_empty() {
        // The papers the text sends, each with the paragraph that first names it (the
        // headline before them all); sent titles the format states as headings, and whether
        // there is one alone (two papers sent are two parts, each under its title).
        let mut sent = crate::title::SentPapers::default();
        if let Some(title) = &head.title {
            sent.read(title, 0);
        }
        for (i, p) in paras.iter().enumerate() {
            sent.read(&p.text, i + 1);
        }
        let stated_level = |line: usize| {
            hints
                .binary_search_by_key(&line, |h| h.line)
                .is_ok_and(|k| (1..=MAX_LEVEL).contains(&hints[k].level))
        };
        let sent_headings = paras
            .iter()
            .enumerate()
            .filter(|(i, p)| stated_level(p.line) && sent.sends(&p.text, i + 1))
            .take(2)
            .count();
        // The highest level (the least number) the format states after each heading: a
        // sent paper's title runs to the end, no heading of its level or above after it.
        let mut above_after = vec![usize::MAX; hints.len() + 1];
        for k in (0..hints.len()).rev() {
            let level = hints[k].level;
            above_after[k] = if (1..=MAX_LEVEL).contains(&level) {
                above_after[k + 1].min(usize::from(level))
            } else {
                above_after[k + 1]
            };
        }
        for (i, p) in paras.iter().enumerate() {
            let Ok(k) = hints.binary_search_by_key(&p.line, |h| h.line) else {
                continue;
            };
            if hints[k].level == VERBATIM {
                continue;
            }
            // A dash line (`——记……`) is a title's subtitle or an attribution, whatever
            // its markup: never a section.
            if crate::title::is_dash_line(&p.text) {
                if explain {
                    notes.push((
                        p.line,
                        "a dash line: no heading, whatever the format says".into(),
                    ));
                }
                continue;
            }
            // A paper's kind alone over its first article (`## 办法` / `第一条 ……`, the
            // rules a notice sends): the paper's label, no section of the text.
            let first_article = paras.get(i + 1).is_some_and(|_| {
                marks
                    .get(i + 1)
                    .and_then(|m| *m)
                    .is_some_and(|m| m.family == Family::Article && m.number == Some(1))
            });
            if first_article && crate::title::is_paper_kind_alone(&p.text) && kind_labels == 1 {
                if explain {
                    notes.push((
                        p.line,
                        "a paper's kind alone over its first article: its label, no heading".into(),
                    ));
                }
                continue;
            }
            // The title of the paper a notice sends (`# 关于……的意见` after the notice that
            // names it `《关于……的意见》`): the appended paper's title, no section of the text,
            // when the paper runs to the end (no heading of its level or above after it:
            // two papers sent are two parts).
            if sent_headings == 1
                && sent.sends(&p.text, i + 1)
                && above_after[k + 1] > usize::from(hints[k].level)
            {
                if explain {
                    notes.push((
                        p.line,
                        "the title of the paper the text above sends, named there in 《》: \
                         no heading"
                            .into(),
                    ));
                }
                unheaded.push(i);
                continue;
            }
            stated[i] = true;
            let level = hints[k].level.clamp(1, MAX_LEVEL);
            levels.push((i, level));
            // `## 二、三个月的时间怎么分配` after `## 一、……`: a heading the format states
            // whose opening reads as a range (`二、三个月`) takes its marker when the number
            // continues the series above it.
            if marks[i].is_none() {
                marks.set(i, continued_range_marker(&p.text, &marks, i));
                if marks[i].is_some() && explain {
                    notes.push((
                        p.line,
                        "a stated heading whose number continues the series above it, \
                         though its words read on as a range"
                            .into(),
                    ));
                }
            }
            if marks[i].is_none() {
                marks.set(i, Some(Mark::whole_line(Family::Heading(level))));
                if explain {
                    notes.push((
                        p.line,
                        format!("heading of level {level}, as the format states"),
                    ));
                }
            }
        }
    }
    if !items_at.is_empty() {
        for (i, p) in paras.iter().enumerate() {
            if marks[i].is_none() && items_at.binary_search(&p.line).is_ok() {
                marks.set(i, Some(Mark::whole_line(Family::Bullet(DRAWN_BULLET))));
                if explain {
                    notes.push((p.line, "an item of a list the format draws".into()));
                }
            }
        }
    }
    // A numbered item of a list nested in another's item is a level of its own under it.
    if !nested_at.is_empty() {
        for (i, p) in paras.iter().enumerate() {
            let Ok(k) = nested_at.binary_search_by_key(&p.line, |n| n.0) else {
                continue;
            };
            if let Some(m) = marks[i].filter(|m| m.number.is_some()) {
                let depth = nested_at[k].1;
                marks.set(
                    i,
                    Some(Mark {
                        family: Family::Nested(depth),
                        ..m
                    }),
                );
                if explain {
                    notes.push((
                        p.line,
                        format!("an item of a numbered list the format nests at depth {depth}"),
                    ));
                }
            }
        }
    }
    let mut numbered: Vec<bool> = marks.iter().map(Option::is_some).collect();
    // A bulletin's column tags (`【工作动态】`) head the headlines filed under them.
    for i in (0..paras.len()).filter(|&i| columns.binary_search(&paras[i].line).is_ok()) {
        marks.set(i, Some(Mark::whole_line(Family::Column)));
        numbered[i] = true;
        if explain {
            notes.push((
                paras[i].line,
                "a column's tag alone on its line, over a headline (one of several tags)".into(),
            ));
        }
    }
    // The samples' headlines a page collects (`……篇1` `……篇2`) head their samples; so does
    // the first sample's headline alone (`公司考勤管理制度 篇1`) at the top of the text under
    // the page's headline, where the page was cut before the others.
    let lone_first = samples
        .is_empty()
        .then(|| {
            (0..paras.len().min(LONE_SAMPLE_REACH)).find(|&i| {
                marks[i].is_none()
                    && !paras[i].text.contains(crate::text::is_terminator)
                    && crate::text::count_to(&paras[i].text, crate::title::TITLE_MAX + 1)
                        <= crate::title::TITLE_MAX
                    && crate::title::sample_number(&paras[i].text).is_some_and(|(_, n)| n == 1)
            })
        })
        .flatten();
    let sample_heads: Vec<(usize, &str)> = (0..paras.len())
        .filter(|&i| samples.binary_search(&paras[i].line).is_ok())
        .map(|i| (i, "a sample's headline, one of several the page numbers (……篇1 ……篇2)"))
        .chain(lone_first.map(|i| {
            (
                i,
                "the first sample's headline (……篇1) at the top of the text, under the page's headline",
            )
        }))
        .collect();
    for (i, why) in sample_heads {
        if marks[i].is_none() {
            marks.set(i, Some(Mark::whole_line(Family::Heading(1))));
            numbered[i] = true;
            if explain {
                notes.push((paras[i].line, why.into()));
            }
        }
    }
    // (Held apart from the subtitles as a numbered line is.)
    for i in appended.into_iter().chain(verbatim).chain(dateline_alone) {
        numbered[i] = true;
    }
    // A line over a paragraph that opens with the byline's author (`【作者简介】` over
    // `某某某，某校副教授……`) introduces the writer, no part of the text.
    if !meta.author.is_empty() {
        for i in 1..paras.len() {
            if !numbered[i - 1] && opens_with_name(&paras[i].text, &meta.author) {
                numbered[i - 1] = true;
                if explain {
                    notes.push((
                        paras[i - 1].line,
                        "over a paragraph about the byline's author: no subtitle".into(),
                    ));
                }
            }
        }
    }
    // The length of the subtitle block starting at each paragraph (0: none). (`u8`: one is
    // held for every paragraph, and a block is one to three lines; made once the blocks are
    // found, as the search for them holds vectors of its own, a byte a paragraph each.)
    let blocks = subtitle_decisions(&paras, &numbered);
    let mut block_at = vec![0u8; paras.len() + 1];
    // Which rule made each block, by paragraph: what `--explain` says of it (kept only
    // where it is asked).
    let mut block_why: std::collections::HashMap<usize, &'static str> = Default::default();
    for (i, len, why) in blocks {
        if explain {
            block_why.insert(i, why);
        }
        if paras[i].line < title_line {
            if explain {
                notes.push((
                    paras[i].line,
                    "above the title: its preamble's line, no subtitle".into(),
                ));
            }
            continue;
        }
        block_at[i] = u8::try_from(len).unwrap_or(u8::MAX);
    }
    let starts_at_one: Vec<bool> = marks
        .iter()
        .map(|m| m.is_some_and(|m| m.number == Some(1)))
        .collect();
    for i in crate::subtitle::part_headings(&paras, &numbered, &starts_at_one) {
        block_at[i] = block_at[i].max(1);
        if explain {
            block_why.entry(i).or_insert(
                "subtitle: a part's heading (an unnumbered line beside numbered parts from 1)",
            );
        }
    }
    drop(starts_at_one);
    // Headlines a list of contents names are subtitles where the text has them (once
    // each); so is the line right under a column's tag.
    let mut headlines = headlines;
    for i in 0..paras.len() {
        if marks[i].is_some() || block_at[i] > 0 {
            continue;
        }
        let under_column = i > 0 && marks[i - 1].is_some_and(|m| m.family == Family::Column);
        let listed = !headlines.is_empty() && {
            let key = crate::toc::key(&paras[i].text);
            headlines
                .iter()
                .position(|h| *h == key)
                .map(|k| headlines.swap_remove(k))
                .is_some()
        };
        if under_column || listed {
            block_at[i] = 1;
            if explain {
                let why = if listed {
                    "a headline the list of contents names"
                } else {
                    "a headline right under a column's tag"
                };
                notes.push((paras[i].line, why.into()));
            }
        }
    }
    drop(headlines);
    // A stated heading is what the format says it is: no subtitle block starts there.
    for (b, _) in block_at.iter_mut().zip(&stated).filter(|(_, s)| **s) {
        *b = 0;
    }
    for i in unheaded {
        block_at[i] = 0;
    }
    let mut label_at = vec![false; paras.len()];
    for i in crate::subtitle::list_labels(&paras, &numbered) {
        label_at[i] = true;
    }
    // Labels over paragraphs in parallel (`后勤保障组：` over its duties) are subtitles, all of
    // them: the first too, though a lead's paragraph stands right above it.
    for i in crate::subtitle::prose_labels(&paras, &numbered) {
        if block_at[i] == 0 && !stated[i] {
            block_at[i] = 1;
            if explain {
                notes.push((
                    paras[i].line,
                    "subtitle: one of two or more labels ending in a colon, each over a paragraph of its own".into(),
                ));
            }
        }
    }
    // Gone before the tree grows, which is the largest thing held while it is built.
    drop(numbered);
    // Question lines that head answers go a level below when the text shows it: a
    // subtitle of another form (`【政策问答】`) right above the first of them.
    let question_at: Vec<bool> = (0..paras.len())
        .map(|i| {
            block_at[i] == 1
                && (crate::subtitle::question_line(&paras[i].text)
                    || crate::subtitle::asking_turn(&paras[i].text))
        })
        .collect();
    // Or each of them, two or more, under a subtitle of another form of its own with text
    // between (`某某高新区——` / its headline / its byline / `记者：……？`): the parts of a
    // round of interviews, each asked once.
    let under_own = || {
        let mut asked = 0;
        for q in (0..paras.len()).filter(|&i| question_at[i]) {
            let above = (0..q).rev().find(|&j| block_at[j] > 0);
            if above.is_none_or(|j| question_at[j]) {
                return false;
            }
            asked += 1;
        }
        asked >= 2
    };
    // Or subtitles of another form, two or more, each the head of a section whose first
    // block is a question (`某某理念的时代价值` / its lead / `主持人：……？` …): a round
    // table's parts, each holding its questions.
    let sections_of_questions = || {
        let blocks: Vec<usize> = (0..paras.len()).filter(|&i| block_at[i] == 1).collect();
        let heads: Vec<usize> = (0..blocks.len())
            .filter(|&k| !question_at[blocks[k]])
            .collect();
        heads.len() >= 2
            && blocks.first().is_some_and(|&b| !question_at[b])
            && heads
                .iter()
                .all(|&k| blocks.get(k + 1).is_some_and(|&next| question_at[next]))
    };
    let questions_below = (1..paras.len())
        .find(|&i| question_at[i])
        .is_some_and(|q| block_at[q - 1] == 1 && !question_at[q - 1])
        || under_own()
        || sections_of_questions();
    let intros = intro_nodes(&paras, &marks, &block_at, &label_at, &stated);
    let mut intros = intros.into_iter().peekable();
    // Each paragraph goes into the tree as it is read: no list of items is held.
    let top = marks.iter().flatten().count() + block_at.iter().filter(|&&b| b > 0).count();
    let starts = crate::series::excerpt_starts(&marks);
    let restarts = crate::series::restarts(&marks, &levels);
    // Most paragraphs under the headings, several, opening with a phrase-form lead
    // (`农业基础不断夯实。……` `特色产业提质扩面。……`) are the document's way of writing its
    // sections: each section's leads, though one alone in a section would look like chance.
    let phrase_form = {
        let first_heading = (0..paras.len()).find(|&i| marks[i].is_some());
        let under: Vec<usize> = first_heading
            .map(|h| {
                (h + 1..paras.len())
                    .filter(|&i| marks[i].is_none())
                    .collect()
            })
            .unwrap_or_default();
        let led = under
            .iter()
            .filter(|&&i| crate::subtitle::phrase_lead(&paras[i].text))
            .count();
        led >= PHRASE_FORM_MIN && led * 2 > under.len()
    };
    // The paragraphs and the marks there are are read from the front and given back as
    // they are read, while the tree grows: a million sections are 104 MB of nodes, which
    // had stood beside 32 MB of paragraphs and 28 MB of marks.
    // (Taken before the tree's room is, so that the two copies of the marks do not stand
    // beside it.)
    let articles = marks
        .iter()
        .any(|m| m.is_some_and(|m| m.family == Family::Article));
    let mut marks = Shrinking(marks.into_present());
    let mut items = Nest::with_room(explain, top)
        .continuing(starts)
        .with_bold_leads(bold)
        .with_taken_in(
            grown
                .into_iter()
                .filter(|&i| stated[i])
                .map(|i| paras[i].line)
                .collect(),
        )
        .with_quotes(quoted)
        .with_phrase_form(phrase_form)
        .with_articles(articles);
    // Those that fall outside every node go to the back, in order: when every paragraph
    // is read, they are all that is left.
    let mut paras = Shrinking(VecDeque::from(paras));
    let count = paras.0.len();
    let mut next = 0;
    while next < count {
        paras.fit();
        marks.fit();
        let i = next;
        let p = take(&mut paras.0, &mut next);
        if let len @ 1.. = block_at[i] as usize {
            // (A block another rule made, prose labels or a listed headline, was noted
            // where it was made.)
            if let Some(why) = block_why.get(&i) {
                notes.push((p.line, (*why).into()));
            }
            let extra = (1..len.min(count - i))
                .map(|_| take(&mut paras.0, &mut next))
                .collect();
            let back = items.push_keeping_top(Item::Subtitle {
                line: p.line,
                question: questions_below && question_at[i],
                title: p.text,
                extra,
                intro: false,
            });
            paras.0.extend(back);
            continue;
        }
        if intros.next_if_eq(&i).is_some() {
            if explain {
                notes.push((
                    p.line,
                    "list intro: a short line ending in a colon over a list, outside any \
                     section or beside another intro in its section"
                        .into(),
                ));
            }
            let back = items.push_keeping_top(Item::Subtitle {
                line: p.line,
                title: p.text,
                extra: Vec::new(),
                intro: true,
                question: false,
            });
            paras.0.extend(back);
            continue;
        }
        let level = levels
            .binary_search_by_key(&i, |&(k, _)| k)
            .map_or(0, |k| levels[k].1);
        // (A subtitle block's lines may have marks of their own, read past with them.)
        while marks.0.front().is_some_and(|&(k, _)| (k as usize) < i) {
            marks.0.pop_front();
        }
        let mark = marks
            .0
            .front()
            .filter(|&&(k, _)| k as usize == i)
            .map(|&(_, m)| m);
        let back = items.push_keeping_top(
            Item::marked(p, mark).stated(level).restarting(
                restarts
                    .binary_search_by_key(&i, |r| r.0)
                    .ok()
                    .map(|k| restarts[k].1),
            ),
        );
        paras.0.extend(back);
    }
    let paras = Vec::from(paras.0);
    drop((marks, block_at, label_at, stated, question_at));
    let tree = items.finish_with_top(paras);
    notes.extend(tree.notes);
    notes.sort_by_key(|(line, _)| *line);
    let mut warnings = tree.warnings;
    if let Some(w) = count_mismatch(head.title.as_deref(), &tree.children) {
        warnings.push(w);
    }
    let doc = Document {
        title: head.title,
        meta,
        lead: tree.lead,
        tail: tree.tail,
        children: tree.children,
        dropped,
        warnings,
    };
    if explain {
        crate::placed::settle(&doc, &mut notes);
    }
    (doc, notes)
}

/// The lines that introduce a list and head it as a node of their own (`目标是：` over its
/// bullets), in order: a short line ending in a colon right over a list (bullets, subtitles,
/// or a series `list_labels` found), standing outside any section, or beside another such
/// line in its section (`后勤保障部：` and `学生所在学院：` under `三、`). A lone one inside a
/// section (`开展以下活动：` under `### 活动安排`) is that section's text: the section heads
/// the list; a lone one above the first section is the text's lead.
fn intro_nodes(
    paras: &[Para],
    marks: &Marks,
    block_at: &[u8],
    label_at: &[bool],
    stated: &[bool],
) -> Vec<usize> {
    let count = paras.len();
    // Each intro with the section it stands in (`None`: none).
    let mut found: Vec<(usize, Option<usize>)> = Vec::new();
    let mut section = None;
    // The family of the list an intro opened, whose items are no sections.
    let mut list: Option<Family> = None;
    for i in 0..count {
        let heads_list = label_at[i]
            || i + 1 < count
                && (block_at[i + 1] > 0
                    || marks[i + 1].is_some_and(|m| matches!(m.family, Family::Bullet(_))));
        let plain = !stated[i] && marks[i].is_none() && block_at[i] == 0;
        // (A table's caption over its numbered rows heads them too: `list_labels` says so.)
        if heads_list && plain && (label_at[i] || list_intro(&paras[i].text)) {
            found.push((i, section));
            list = marks.get(i + 1).copied().flatten().map(|m| m.family);
            continue;
        }
        let family = marks[i].map(|m| m.family);
        if family.is_some() && family == list {
            continue;
        }
        if family.is_some() || stated[i] || block_at[i] > 0 {
            list = None;
            section = Some(i);
        }
    }
    // The intros of one section stand together in `found` (sections only move on). A lone
    // one above the first section (`参会人员：` over its bullets, then `一、`) is the text's
    // lead: its list's items are the top level's.
    let sectioned = section.is_some();
    let mut nodes = Vec::new();
    for group in found.chunk_by(|a, b| a.1 == b.1) {
        if group[0].1.is_none() && !sectioned || group.len() >= 2 {
            nodes.extend(group.iter().map(|(i, _)| *i));
        }
    }
    nodes
}

/// Takes the paragraph at `next`, the front of the paragraphs not yet read, and moves `next`
/// on.
fn take<'a>(paras: &mut VecDeque<Para<'a>>, next: &mut usize) -> Para<'a> {
    *next += 1;
    paras
        .pop_front()
        .expect("a paragraph not yet read is in front of those read")
}

/// A queue read from the front, that gives its memory back as it empties.
struct Shrinking<T>(VecDeque<T>);

impl<T> Shrinking<T> {
    /// Below this many items, a queue keeps its room (a document's usual size).
    const KEPT: usize = 1 << 12;

    /// Gives back the room the queue's read items held, once it is more than half empty.
    /// (Not before: mimalloc leaves a block in place when asked to shrink by half or less.
    /// Done before an item is read, so that one given back after it finds its room.)
    fn fit(&mut self) {
        if self.0.capacity() >= Self::KEPT && self.0.len() < self.0.capacity() / 2 {
            self.0.shrink_to_fit();
        }
    }
}

/// Reads the reporters a dateline names in brackets: `（记者张三、李四）` after
/// `新华社北京3月16日电`.
fn dateline_reporters(after: &str) -> Vec<String> {
    let Some(inner) = after
        .trim_start()
        .strip_prefix(['（', '('])
        .and_then(|s| s.split([')', '）']).next())
    else {
        return Vec::new();
    };
    let Some(names) = inner
        .strip_prefix("记者")
        .or_else(|| inner.strip_prefix("本报记者"))
    else {
        return Vec::new();
    };
    let names: Vec<String> = names
        .split(['、', '，', ',', ' ', '\u{3000}'])
        .map(crate::text::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    let ok = names.iter().all(|n| crate::names::is_personal_name(n));
    if ok {
        names
    } else {
        Vec::new()
    }
}

/// Phrase-form leads make a document's way of writing its sections when there are at least
/// this many (a few sections' worth, two each).
const PHRASE_FORM_MIN: usize = 4;

/// Tells whether `text` opens with one of `names` set off from what follows (`林书远，……`
/// `林书远（1980— ），……`): a paragraph about that person.
fn opens_with_name(text: &str, names: &[String]) -> bool {
    names.iter().any(|name| {
        name.chars().count() >= 2
            && text
                .strip_prefix(name.as_str())
                .is_some_and(|rest| rest.starts_with(['，', ',', '（', '(', ' ', '\u{3000}']))
    })
}

/// Warns when the title announces a count (`四种理念`) that the sections do not match.
fn count_mismatch(title: Option<&str>, children: &[Node]) -> Option<Warning> {
    let title = title?;
    if children.len() < 2 {
        return None;
    }
    let mut before = None;
    for (pos, c) in title.char_indices() {
        // A count starts a numeral: not its tail (`十五个` read from `五`), not an ordinal
        // (`第十五个五年规划`).
        let inside =
            before.is_some_and(|b| b == '第' || crate::scan::numeral::is_cn_numeral_char(b));
        before = Some(c);
        if inside {
            continue;
        }
        let Ok((rest, n)) = cn_numeral(&title[pos..]) else {
            continue;
        };
        let counter = rest.chars().next();
        let counted = matches!(
            counter,
            Some('种' | '个' | '大' | '项' | '点' | '条' | '类' | '件' | '方')
        );
        if counted && (2..=20).contains(&n) && n as usize != children.len() {
            let word = &title[pos..title.len() - rest.len() + counter.map_or(0, char::len_utf8)];
            return Some(Warning {
                page: None,
                line: children[0].line,
                message: format!(
                    "the title announces {word} but the outline has {} top-level nodes",
                    children.len()
                ),
            });
        }
    }
    None
}

/// The paragraphs (in order) of the quoted ones whose marks make a series of their own:
/// counted from 1 among the quoted paragraphs of their family, each the next number, at
/// least two of them (an unquoted mark of the family between ends a run).
fn quoted_series(marks: &Marks, is_quoted: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let mut kept = Vec::new();
    // Per family, the run being read: its paragraphs and its last number.
    let mut runs: Vec<(Family, Vec<usize>, u32)> = Vec::new();
    let close = |run: Vec<usize>, kept: &mut Vec<usize>| {
        if run.len() >= 2 {
            kept.extend(run);
        }
    };
    for (i, m) in marks.iter().enumerate() {
        // (A quoted `一、` `二、`, a report's sections cited, stays the quotation's: the
        // writer's own items set apart are lists, `1、` `（1）` `①`.)
        let Some(m) = m.filter(|m| {
            m.family.counts()
                && m.family.law_rank().is_none()
                && !matches!(
                    m.family,
                    Family::CnComma | Family::Upper | Family::Roman | Family::CnParen
                )
        }) else {
            continue;
        };
        let Some(n) = m.number else { continue };
        let at = runs.iter().position(|(f, _, _)| *f == m.family);
        if !is_quoted(i) {
            if let Some(k) = at {
                let (_, run, _) = runs.swap_remove(k);
                close(run, &mut kept);
            }
            continue;
        }
        match at {
            Some(k) if runs[k].2 + 1 == n => {
                runs[k].1.push(i);
                runs[k].2 = n;
            }
            Some(k) => {
                let (_, run, _) = runs.swap_remove(k);
                close(run, &mut kept);
                if n == 1 {
                    runs.push((m.family, vec![i], 1));
                }
            }
            None if n == 1 => runs.push((m.family, vec![i], 1)),
            None => {}
        }
    }
    for (_, run, _) in runs {
        close(run, &mut kept);
    }
    kept.sort_unstable();
    kept
}

/// The `n、` marker opening `text` whatever follows it (`二、三个月……`, which alone reads as
/// the range `二、三`), when the last `、` marker above it (before paragraph `i`) numbers
/// `n - 1`.
fn continued_range_marker(text: &str, marks: &Marks, i: usize) -> Option<Mark> {
    let (rest, n) = crate::scan::marker::cn_comma_or_range(text).ok()?;
    let last = marks
        .range(..i)
        .rev()
        .flatten()
        .find(|m| m.family == Family::CnComma)?;
    (last.number? + 1 == n).then(|| {
        let end = text.len() - rest.len();
        Mark {
            family: Family::CnComma,
            number: Some(n),
            separated: true,
            marker_end: u16::try_from(end).unwrap_or(u16::MAX),
            rest_start: u32::try_from(end).unwrap_or(u32::MAX),
        }
    })
}

/// Reads the credits in brackets that close a text, after its last sentence's end
/// (`……工作。（记者 某某 某某）`, `……工作。(某某 某某)`): where the brackets open, and the names,
/// each a person's: after a role ([`crate::names::credited_names`]), or in a news report
/// (`news`) two or three that read as names without one ([`crate::names::bare_names`]).
/// (Elsewhere names alone in brackets are what the text tells of: `名单如下。（某某 某某）`.)
fn closing_credit(text: &str, news: bool) -> Option<(usize, Vec<String>)> {
    let body = text.trim_end();
    let inner = body.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let before = inner[..open].trim_end();
    // (After a sentence's end or a closing quote: a bracket of its own is no sentence's.)
    if !before.ends_with(|c: char| {
        crate::text::is_terminator(c) || matches!(c, '”' | '’' | '」' | '』' | '》')
    }) {
        return None;
    }
    let credits = &inner[open + inner[open..].chars().next().map_or(1, char::len_utf8)..];
    if credits.chars().count() > CLOSING_CREDIT_MAX {
        return None;
    }
    let names = crate::names::credited_names(credits)
        .or_else(|| news.then(|| crate::names::bare_names(credits)).flatten())?;
    Some((before.len(), names))
}

/// How many paragraphs from the top of the text the first sample's headline alone
/// (`……篇1`) is looked for: it opens the text under the page's headline, its blurb at most
/// between.
const LONE_SAMPLE_REACH: usize = 3;

/// The most characters of the credits in brackets that close a text
/// (`记者 某某 某某 通讯员 某某`).
const CLOSING_CREDIT_MAX: usize = 24;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_closing_the_text() {
        let names = |t: &str| closing_credit(t, true).map(|(at, n)| (at, n.join(" ")));
        assert_eq!(
            names("会议强调，要抓好安全。（记者 王小明 李华）"),
            Some(("会议强调，要抓好安全。".len(), "王小明 李华".into()))
        );
        assert_eq!(
            names("会议强调，要抓好安全。(王小明 李华)"),
            Some(("会议强调，要抓好安全。".len(), "王小明 李华".into()))
        );
        // Not glued after a sentence's end, no names, or words that only look so.
        assert_eq!(names("会议由（王小明 李华）主持"), None);
        assert_eq!(names("活动圆满结束。（完）"), None);
        assert_eq!(names("活动圆满结束。（图片来源：网络）"), None);
        assert_eq!(names("活动圆满结束。（本文有删节）"), None);
        assert_eq!(names("（记者 王小明）"), None);
        assert_eq!(names("要抓好落实。)(记者 王小明 李华)"), None);
        // Names alone, outside a news report, are what the text tells of.
        assert_eq!(closing_credit("名单如下。（王小明 李华）", false), None);
        assert!(closing_credit("要抓好落实。（记者 王小明）", false).is_some());
        // One word alone in the bracket is no credit, news or not: a name cannot be told
        // from a place, a day or a note by its shape (`（全文完）` `（周一）` `（石家庄）`).
        assert_eq!(names("确保工作有序推进。（全文完）"), None);
        assert_eq!(names("确保工作有序推进。（石家庄）"), None);
        assert_eq!(closing_credit("这是他的名言。（鲁迅）", false), None);
    }

    #[test]
    fn explain_names_the_rule_that_made_each_subtitle() {
        let text = "会议安排\n\n报名方式：\n各班统一报名。\n评审办法：\n专家组集中评审。\n";
        let (doc, notes) = parse_explained(text);
        assert_eq!(doc.children.len(), 2);
        let said = |line: usize| -> Vec<&str> {
            notes
                .iter()
                .filter(|(l, _)| *l == line)
                .map(|(_, w)| w.as_str())
                .collect()
        };
        assert!(
            said(3).iter().any(|w| w.contains("labels")),
            "{:?}",
            said(3)
        );
        // Plain short lines over long paragraphs say what made them, not a note of another.
        let text = "乡村振兴的几点做法\n\n产业先行\n全镇发展特色种植面积三千亩，带动农户增收，群众得到了实实在在的好处。\n人才支撑\n引进农技人员二十名，培训新型职业农民五百人次，为产业发展提供了保障。\n";
        let (doc, notes) = parse_explained(text);
        assert_eq!(doc.children.len(), 2);
        assert!(
            notes
                .iter()
                .any(|(l, w)| *l == 3 && w.contains("one of two or more such")),
            "{notes:?}"
        );
    }

    #[test]
    fn count_mismatch_warns_on_three_of_four() {
        let doc = parse("树牢“四种理念”\n\n一、甲\n\n二、乙\n\n三、丙\n");
        assert_eq!(doc.children.len(), 3);
        assert!(doc.warnings.iter().any(|w| w.message.contains("四种")));
    }

    #[test]
    fn an_ordinal_or_a_numeral_s_tail_announces_no_count() {
        // `第十五个五年规划`: an ordinal, and `五个` is the tail of `十五个`.
        let doc = parse("某市第十五个五年规划纲要\n\n第一章 甲\n\n第二章 乙\n");
        assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
        // `十五个` counted outright still warns.
        let doc = parse("十五个重点任务\n\n一、甲\n\n二、乙\n");
        assert!(doc.warnings.iter().any(|w| w.message.contains("十五个")));
    }

    #[test]
    fn count_match_is_quiet() {
        let doc = parse("两个要点\n\n一、甲\n\n二、乙\n");
        assert!(doc.warnings.is_empty());
    }

    #[test]
    fn dateline_brackets_name_the_reporters() {
        assert_eq!(
            dateline_reporters("（记者张三、李四）近日"),
            vec!["张三", "李四"]
        );
        assert!(dateline_reporters("近日，记者获悉").is_empty());
        let doc = parse("标题\n\n本报北京3月16日电（记者王芳）近日，某部门召开会议。\n");
        assert_eq!(doc.meta.author, vec!["王芳"]);
    }

    #[test]
    fn dash_items_need_a_sibling() {
        let doc = parse("讲话\n\n一、把握重点\n\n——着力提升服务效能。要深化改革。\n\n——着力降低经营成本。要落实政策。\n\n二、加强保障\n");
        let items: Vec<String> = doc.children[0].children.iter().map(|n| n.text()).collect();
        assert_eq!(items, vec!["——着力提升服务效能", "——着力降低经营成本"]);
        // One dash line alone is an attribution, text of its section.
        let doc =
            parse("讲话\n\n一、把握重点\n\n要深化改革，这是关键。\n\n——摘自某书\n\n二、加强保障\n");
        assert!(doc.children[0].children.is_empty());
    }

    #[test]
    fn odd_text_never_fails() {
        for s in [
            "",
            "\n\n",
            "（",
            "第",
            "一、",
            "①",
            "●",
            "一是",
            "\u{0}\u{1}",
            "第一条之",
        ] {
            let _ = parse(s);
        }
    }
}
