//! The head and tail of a document: which lines are furniture or metadata, the title and
//! its column, and a dateline under the title.

use crate::classify::{classify, set_date, LineClass};
use crate::hint::{Hint, CONTENTS, LINK, MAX_LEVEL};
use crate::model::{Dropped, Meta};
use crate::names::join_spaces;
use crate::scan::date::find_date;
use crate::scan::marker::{line_marker, Family};
use crate::scan::numeral::{is_any_digit, is_cn_numeral_char};
use crate::text::{chars, is_terminator, trim, Line};
use crate::title::{judge, looks_like_title, split_column, Candidate, Shape};

/// What the head and tail say, and which lines they used.
#[derive(Debug, Default)]
pub struct Head {
    /// The title without its column.
    pub title: Option<String>,
    /// Everything else read.
    pub meta: Meta,
    /// Indexes (into the lines) that are not body text, with why.
    pub used: Used,
    /// The line of a bare `时间：` field the date was read from, if it was.
    bare_date: Option<usize>,
    /// Unnumbered parts a table of contents lists beside numbered ones (`前言`, `结束语`),
    /// by their key ([`crate::toc::key`]), with the family of the numbered entries: where
    /// the text has them they are headings of that level.
    pub parts: Vec<(String, Family)>,
    /// The headlines a list of contents without section numbers names (a bulletin's
    /// `本期要目` of `★` lines), by their key: where the text has them they are subtitles.
    pub headlines: Vec<String>,
    /// The families of the numbered entries a table of contents lists (`1　范围` gives
    /// `Decimal(1)`): the text numbers its outline so.
    pub listed: Vec<Family>,
    /// The lines (by number) of a bulletin's column tags (`【工作动态】`): each heads the
    /// headlines filed under it.
    pub columns: Vec<usize>,
    /// The lines (by number) of the samples' headlines a page collects (`……篇1` `……篇2`):
    /// each heads its sample.
    pub samples: Vec<usize>,
    /// The last line (by index) of the site's menu that opens the page, if one does.
    menu_end: Option<usize>,
}

/// The lines used, by index, with why: in line order, and asked about in constant time
/// (every pass over the lines asks of each line).
#[derive(Debug, Default)]
pub struct Used {
    why: std::collections::BTreeMap<usize, String>,
    mask: Vec<bool>,
}

impl Used {
    /// Marks line `i` as used, for this reason.
    pub fn insert(&mut self, i: usize, why: String) {
        if self.mask.len() <= i {
            self.mask.resize(i + 1, false);
        }
        self.mask[i] = true;
        self.why.insert(i, why);
    }

    /// Takes line `i` back into the text.
    pub fn remove(&mut self, i: usize) {
        if let Some(m) = self.mask.get_mut(i) {
            *m = false;
        }
        self.why.remove(&i);
    }

    /// Tells whether line `i` is used.
    pub fn contains_key(&self, i: &usize) -> bool {
        self.mask.get(*i).copied().unwrap_or(false)
    }

    /// Why line `i` is used, if it is.
    pub fn why(&self, i: usize) -> Option<&str> {
        self.why.get(&i).map(String::as_str)
    }

    /// The used lines and why, in line order.
    pub fn iter(&self) -> std::collections::btree_map::Iter<'_, usize, String> {
        self.why.iter()
    }
}

impl Head {
    /// Lists the lines used as furniture or metadata, in order (`used` is ordered by line),
    /// as `Dropped` entries.
    pub fn dropped(&self, lines: &[Line]) -> Vec<Dropped> {
        // Sized once: a vector grown by doubling takes fresh memory at every step.
        let mut out = Vec::with_capacity(self.used.why.len());
        out.extend(
            self.used
                .iter()
                .filter(|(_, why)| !why.starts_with("title:"))
                .map(|(i, why)| Dropped {
                    page: None,
                    line: lines[*i].no,
                    text: lines[*i].text.to_string(),
                    reason: why.clone(),
                }),
        );
        out
    }

    /// The title's line (its index) and why, where the head read one.
    pub fn title_at(&self) -> Option<(usize, &str)> {
        self.used
            .iter()
            .find(|(_, why)| why.starts_with("title:"))
            .map(|(i, why)| (*i, why.as_str()))
    }

    /// Tells whether line `i` was used.
    pub fn uses(&self, i: usize) -> bool {
        self.used.contains_key(&i)
    }
}

/// Why a running head or foot is set aside.
const RUNNING_WHY: &str = "furniture: a short line repeated through the text (page head or foot)";

/// Reads the head and tail of `lines`.
#[cfg(test)]
pub fn read(lines: &[Line]) -> Head {
    read_with_headline(lines, None)
}

/// Reads the head and tail of `lines`, where the format states which line (by number) is
/// the document's headline (a page's `<h1>`, a Word title style).
#[cfg(test)]
pub fn read_with_headline(lines: &[Line], headline: Option<usize>) -> Head {
    read_with_hints(lines, headline, &[])
}

/// Reads the head and tail of `lines`, with what the format states: the headline's line
/// and the other [`Hint`]s by line (headings, lists of links).
pub fn read_with_hints(lines: &[Line], headline: Option<usize>, hints: &[Hint]) -> Head {
    let mut head = Head::default();
    head.used.mask = vec![false; lines.len()];
    // Whether a paragraph of running text was met: before it, a bulleted line may be a
    // document field (`- 执笔：张三　李四` under a Markdown title).
    let mut text_met = false;
    // Whether a line of prose stands above (a sentence, or words leading to a colon): a
    // headnote or a speaker's subtitle is read only among the title's lines (the title, a
    // dateline, a byline) above the text.
    let mut prose_met = false;
    // (A sentence of the text's met: what is read only among the head's lines is text below.)
    let mut sentence_met = false;
    // A code block the format sets apart is shown as written: no field, byline or title
    // (page furniture in it, an HTML block's widget, is still furniture).
    let verbatim: Vec<usize> = hints
        .iter()
        .filter(|h| h.level == crate::hint::VERBATIM)
        .map(|h| h.line)
        .collect();
    let is_verbatim = |no: usize| verbatim.binary_search(&no).is_ok();
    for (i, l) in lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
        }
        if is_verbatim(l.no) {
            if let LineClass::Furniture(why) = classify(l.text, &mut Meta::default()) {
                head.used.insert(i, format!("furniture: {why}"));
            }
            continue;
        }
        let dated = head.meta.date.is_some();
        let class = match bulleted_field(l.text) {
            Some(field) if !text_met => {
                // A byline above named the author: a bulleted block's `作者：` is whose
                // the book or the work described is (`- 书名：…` `- 作者：…`), not the text's.
                let authors = head.meta.author.len();
                match classify(field, &mut head.meta) {
                    LineClass::Meta(_) if authors > 0 && head.meta.author.len() > authors => {
                        head.meta.author.truncate(authors);
                        LineClass::Meta(
                            "meta: document field (a bulleted field; the byline above named the author)"
                                .into(),
                        )
                    }
                    LineClass::Meta(why) => LineClass::Meta(why + " (a bulleted field)"),
                    _ => LineClass::Text,
                }
            }
            // (Below the first paragraph, what is read only among the head's lines stays text.)
            _ if sentence_met && crate::classify::head_only(l.text) => LineClass::Text,
            _ => classify(l.text, &mut head.meta),
        };
        // A heading the format states among the text's headings (`<h2>对话社区书记</h2>`)
        // is no byline, though its words end in a role; nor is one of numbers alone
        // (`### 25_7.21 --- 25_7.28`, a week's dates) furniture for having no words.
        let stated = || {
            hints
                .iter()
                .any(|h| h.line == l.no && (1..=crate::hint::MAX_LEVEL).contains(&h.level))
        };
        let class = match class {
            LineClass::Meta(why) if why == crate::classify::ROLE_BYLINE && stated() => {
                LineClass::Text
            }
            LineClass::Furniture(why) if why == crate::classify::NO_WORDS && stated() => {
                LineClass::Text
            }
            class => class,
        };
        // The first paragraph under the title, before any byline, may be an editor's
        // headnote that says whose work the text is (`这是某某在……上的讲话。`), or a
        // subtitle that says who gave it where (`——某某在……上的讲话`).
        let class = match class {
            LineClass::Text if !prose_met && i > 0 && is_red_head(l.text) => LineClass::Furniture(
                "a red head (某某文件): the issuer's letterhead over the paper",
            ),
            // (A headline of parallel phrases, `春风十里，桃花千树，……`, stays a title.)
            LineClass::Text if !prose_met && keyword_list(l.text) && !looks_like_title(l.text) => {
                LineClass::Furniture(
                    "a list of keywords before the text (a page's tags, or words a site stuffs in)",
                )
            }
            LineClass::Text if !prose_met && i > 0 && head.meta.author.is_empty() => {
                if let Some(name) = crate::classify::headnote_author(l.text) {
                    head.meta.author.push(name);
                    LineClass::Meta("meta: editorial headnote (names the writer)".into())
                } else if let Some(name) =
                    crate::classify::dash_speaker(l.text).filter(|_| !after_quotation(lines, i))
                {
                    head.meta.author.push(name);
                    LineClass::Meta(
                        "meta: speaker (a subtitle under the title: ——某某在……上的讲话)".into(),
                    )
                } else {
                    LineClass::Text
                }
            }
            class => class,
        };
        let class = match class {
            // A paper's byline set after its square (`□某某（某报评论部主任）`), among the
            // first lines, past an editor's note: the writer.
            LineClass::Text if i <= PRINT_BYLINE_REACH && head.meta.author.is_empty() => {
                match print_byline(lines, i) {
                    Some(Some(byline)) => {
                        take_byline(&mut head.meta, byline);
                        LineClass::Meta("meta: byline after a square (□某某)".into())
                    }
                    // (A role alone after it, `□本报评论员`: a byline that names no one.)
                    Some(None) => LineClass::Meta(crate::classify::ROLE_BYLINE.into()),
                    None => LineClass::Text,
                }
            }
            class => class,
        };
        text_met |= matches!(class, LineClass::Text) && is_running_text(l.text);
        prose_met |= matches!(class, LineClass::Text) && says_something(l.text);
        // (Or a clause that introduces what follows: `经评选，现将名单公布如下：`.)
        // (A clause and its comma, or a sentence's length: `欢迎访问某某网站！` and a site's
        // notice above the headline are no text's.)
        sentence_met |= matches!(class, LineClass::Text)
            && l.text
                .contains(['，', ',', '：', ':', '。', '！', '？', '；'])
            && (l.text.contains(['，', ','])
                || crate::text::count_to(l.text, SENTENCE_MIN) >= SENTENCE_MIN)
            && (l.text.contains(crate::text::is_terminator) || l.text.ends_with(['：', ':']));
        match class {
            LineClass::Furniture(why) => {
                head.used.insert(i, format!("furniture: {why}"));
            }
            // A bare `时间：` field under a sentence of the text, beside other fields
            // (`……通知如下：` over `时间：2月20日上午9时` `地点：……`), is the time of what
            // the text announces, a record of fields: the paper's date it is not, and it
            // stays text. (Alone under the text, `时间：2019-09-24 17:08` over a share
            // widget, it is the page's stamp.)
            LineClass::Meta(why)
                if !dated
                    && why == crate::classify::BARE_DATE_FIELD
                    && prose_met
                    && beside_field(lines, i) =>
            {
                head.meta.date = None;
                head.meta.time = None;
            }
            // A stamp under a sentence of the text, or beside the fields of a record (`会议
            // 时间：……` over `会议地点：……`), is an event's: it stays text, and the date is
            // the page's no more.
            LineClass::Meta(why)
                if why == crate::classify::STAMP_DATE_FIELD
                    && (prose_met || beside_field(lines, i)) =>
            {
                head.meta.date = None;
                head.meta.time = None;
            }
            LineClass::Meta(why) => {
                if !dated && why == crate::classify::BARE_DATE_FIELD {
                    head.bare_date = Some(i);
                }
                head.used.insert(i, why);
            }
            LineClass::Text => {}
        }
    }
    bulleted_fields(lines, &mut head);
    bracketed_record(lines, &mut head);
    issue_and_effect(lines, &mut head);
    head.menu_end = bulleted_menu(lines, &mut head);
    crate::fields::read_fields(lines, &mut head, headline);
    let table_dates = crate::fields::read_disclosure_table(lines, &mut head);
    number_lines(lines, &mut head);
    // A heading the format states (`### 总结与反思` under each stage) is no running head,
    // however often its words come again.
    // (The hints are in line order, one a line.)
    let stated_heading = |no: usize| {
        hints
            .binary_search_by_key(&no, |h| h.line)
            .is_ok_and(|k| (1..=MAX_LEVEL).contains(&hints[k].level))
    };
    // Samples' headlines differ by their numbers alone (`……篇1` `……篇2`): headings, no
    // running head.
    let samples =
        crate::title::sample_headlines(lines.iter().enumerate().map(|(i, l)| (i, l.text)));
    let sample = |i: usize| samples.binary_search(&i).is_ok();
    for i in crate::repeated::running_lines(lines, |i| {
        !head.uses(i) && !stated_heading(lines[i].no) && !sample(i)
    }) {
        head.used.insert(i, RUNNING_WHY.into());
    }
    top_counts(lines, &mut head);
    empty_fields(lines, &mut head);
    // Before the title: a line taken back into the text may stand above it.
    related_links(lines, &mut head);
    file_lists(lines, &mut head);
    link_lists(lines, hints, &mut head);
    head.columns = column_tag_lines(lines);
    head.samples = samples.iter().map(|&i| lines[i].no).collect();
    // The lines the format states as headings of the text (`## 要点`).
    let headed: Vec<(usize, u8)> = hints
        .iter()
        .filter(|h| (1..=MAX_LEVEL).contains(&h.level))
        .map(|h| (h.line, h.level))
        .collect();
    read_title(lines, &mut head, headline, &verbatim, &headed);
    if head.title.is_none() {
        footer_title(lines, &mut head);
    }
    occasion_over_byline(lines, &mut head);
    if head.title.is_none() {
        untitled_speech(lines, &mut head);
    }
    headline_date_lines(lines, &mut head);
    page_tools(lines, &mut head);
    // A disclosure table's date of issue, where the page's own stamp gave none.
    if head.meta.date.is_none() {
        crate::fields::set_best_date(&mut head.meta, table_dates);
    }
    table_of_contents(lines, &mut head);
    notes(lines, &mut head);
    sign_off(lines, &mut head);
    first_date_line(lines, &mut head);
    inner_sign_offs(lines, &mut head);
    self_introduction(lines, &mut head);
    after_credits(lines, &mut head);
    news_opening_credits(lines, &mut head);
    wechat_account(lines, &mut head);
    headline_speaker(&mut head);
    dedup_authors(&mut head.meta.author);
    if head
        .meta
        .source
        .as_deref()
        .is_some_and(|s| NO_SOURCE.contains(&s.trim()))
    {
        head.meta.source = None;
    }
    head
}

/// Words by which a dash line cites where a text was taken from (`——摘自《某某报》`): no
/// headline of it.
const CITED: &[&str] = &[
    "摘自", "选自", "選自", "转自", "轉自", "引自", "来源", "來源",
];

/// Tells whether line `i` opens with a word-bearing ordinal (`第十届`, `第7课`, `案例三`: a
/// word and a number, or a chapter's or a part's) that no other line of the text continues
/// or shares (the same line said again aside).
fn lone_marker(lines: &[Line], i: usize) -> bool {
    // (Words after it: `第一章` alone names nothing.)
    let Some((m, words)) = line_marker(lines[i].text) else {
        return false;
    };
    // (A first chapter or part, `第一章 总则`, starts a series an excerpt may hold alone.)
    let first_division = matches!(m.family, Family::Part | Family::Chapter) && m.number == Some(1);
    if words.trim().is_empty()
        || first_division
        || !matches!(m.family, Family::Stem(..) | Family::Part | Family::Chapter)
    {
        return false;
    }
    !lines.iter().enumerate().any(|(k, l)| {
        k != i
            && l.text != lines[i].text
            && line_marker(l.text).is_some_and(|(n, _)| n.family == m.family)
    })
}

/// The words after line `i`'s bullet when that bullet makes no list of headings: no other
/// line under the same bullet, that the head has not read as a field, looks like a title
/// (a lead paragraph under it, `• 近年来，……。`, is no heading). `None` for a line with no
/// bullet, a `【】` tag or a `——` dash (their own rules), or a bullet that heads a list.
fn laid_out_bullet<'a>(lines: &[Line<'a>], head: &Head, i: usize) -> Option<&'a str> {
    let text = lines[i].text;
    let (m, rest) = line_marker(text)?;
    let Family::Bullet(c) = m.family else {
        return None;
    };
    // (`- 目录` is a page's link to its contents: no headline.)
    if matches!(c, '【' | '—') || !looks_like_title(rest) || crate::toc::may_be_label(rest) {
        return None;
    }
    // What a line says under the same bullet, if it has that bullet.
    let under_bullet = |t: &'a str| line_marker(t).filter(|(n, _)| n.family == m.family);
    // (The next line of the text under the same bullet: a list, whatever its items say.)
    let next_alike = lines[i + 1..]
        .iter()
        .enumerate()
        .find(|(k, _)| !head.uses(i + 1 + k))
        .is_some_and(|(_, l)| under_bullet(l.text).is_some());
    let heads_a_list = next_alike
        || lines.iter().enumerate().any(|(k, l)| {
            k != i
                && !head.uses(k)
                && under_bullet(l.text).is_some_and(|(_, r)| looks_like_title(r))
        });
    (!heads_a_list).then_some(rest)
}

/// Takes the speaker a speech's headline names (`某某在……上的讲话`) as the author where
/// nothing else named one.
fn headline_speaker(head: &mut Head) {
    if !head.meta.author.is_empty() {
        return;
    }
    let Some(name) = head
        .title
        .as_deref()
        .and_then(crate::classify::headline_speaker)
    else {
        return;
    };
    head.meta.author.push(name);
    if let Some((i, why)) = head.title_at() {
        let why = format!("{why}; its speaker (某某在……上的讲话) is the author");
        head.used.insert(i, why);
    }
}

/// The words that greet the one a letter is to, under its salutation (`您好！`).
const GREETINGS: &[&str] = &["您好", "你好", "你们好", "你們好", "大家好"];

/// Marks the labels a page prints with no value beside its info line (`来源：…　日期：…` over
/// `视力保护色：` and `浏览量：`, whose values a script fills in) as furniture: a label alone,
/// right under a metadata line or another such label, with no value on the line under it
/// (a blank line, another label or a line too long for a value follows). Only above the
/// first paragraph.
///
/// So is a label that opens the page, a blank line under it and the article's head under
/// that (`手机终端下载：` over the headline: its value a code's picture the copy lost). A
/// salutation there (`同志们：`, `各单位：`) opens the text under it, and stays.
fn empty_fields(lines: &[Line], head: &mut Head) {
    let mut after_meta = false;
    let mut first = true;
    for (i, l) in lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
        }
        if is_prose(l.text) {
            break;
        }
        let valueless = || {
            lines.get(i + 1).is_none_or(|n| {
                n.text.is_empty()
                    || n.no > l.no + 1
                    || crate::fields::bare_label(n.text).is_some()
                    || crate::text::count_to(n.text, PROSE_MIN) >= PROSE_MIN
            })
        };
        // (A salutation over its greeting, `某某委员：` over `您好！……`, opens a letter: a
        // page's field counts or records, `浏览次数：`, `发布机构：`, whatever stands under it.)
        let greeted = || {
            let salutes = crate::fields::bare_label(l.text).is_some_and(|label| {
                !label.ends_with(['数', '數', '量']) && !crate::title::is_field_label(label)
            });
            salutes
                && lines[i + 1..]
                    .iter()
                    .find(|n| !n.text.is_empty())
                    .is_some_and(|n| GREETINGS.iter().any(|g| n.text.starts_with(g)))
        };
        if after_meta
            && !head.uses(i)
            && crate::fields::bare_label(l.text).is_some()
            && valueless()
            && !greeted()
        {
            head.used
                .insert(i, "furniture: a page's field left empty (浏览量：)".into());
            continue;
        }
        if std::mem::take(&mut first) && !head.uses(i) && opens_page_empty(lines, i) {
            head.used.insert(
                i,
                "furniture: a page's label without its value, above the headline".into(),
            );
            continue;
        }
        after_meta = head.used.why(i).is_some_and(|w| w.starts_with("meta:"));
    }
}

/// Tells whether line `i`, the first of the text, is a page's label whose value the copy
/// lost: a bare label (no salutation, no addressee `各单位`), a blank line under it, and
/// under that a line shaped as a headline or as the page's furniture, no paragraph.
fn opens_page_empty(lines: &[Line], i: usize) -> bool {
    let Some(label) = crate::fields::bare_label(lines[i].text) else {
        return false;
    };
    let next = lines[i + 1..].iter().find(|l| !l.text.is_empty());
    let blank_under = next.is_some_and(|n| n.no > lines[i].no + 1);
    // (One addressed, a person, a body or an audience, `王老师：` `某局：` `居民朋友们：`, opens
    // a letter: what stands under it is the letter's, `您好！` too.)
    let addressed = crate::glued::is_addressee(label)
        || label.starts_with(['各', '致'])
        || crate::title::ends_as_org(label)
        || crate::names::is_bare_name(label)
        || ADDRESSED_ENDINGS.iter().any(|e| label.ends_with(e));
    !addressed
        && blank_under
        && next.is_some_and(|n| {
            !is_prose(n.text)
                && !n.text.ends_with(['！', '!'])
                && matches!(
                    crate::title::judge(n.text),
                    crate::title::Shape::Candidate(_) | crate::title::Shape::Rejected(_)
                )
        })
}

/// The fewest characters of a sentence of the text that says nothing of a clause's comma
/// (`请各科室认真学习借鉴并抓好落实。`): a site's greeting or notice is shorter.
const SENTENCE_MIN: usize = 16;

/// Words that end a label addressing people (`王老师：`, `全体居民朋友：`, `各位家长：`): a
/// letter's salutation, no page's label.
const ADDRESSED_ENDINGS: &[&str] = &[
    "老师", "教授", "同志", "先生", "女士", "朋友", "同学", "家长", "居民", "们", "們",
];

/// The fewest items of a bulleted list above the headline that is the page's bar.
const BAR_ITEMS_MIN: usize = 2;

/// Marks a bulleted list that opens the text above its headline as the page's bar: its
/// counts and tools (`- 约1.98千字` `- 2026-03-17 发布于浙江` `- 举报`), its menu (`• 设为首页|`
/// `• 加入收藏|`) or its notices to the reader, whatever the items say. What shows it is
/// where it stands: first in the text (or right under a first line that is a headline),
/// with a line under it that is no paragraph (a
/// headline, a breadcrumb, a field: the article's head starts there). A list of points
/// that opens a note goes on with its text (`以上三点，……。`) and stays. A date among the
/// items is the page's date.
fn top_counts(lines: &[Line], head: &mut Head) {
    // (Any bullet the grammar reads, `▶ 首页` `★ 收藏` `●阅读`; not a tag in `【】` nor a
    // dash, which open a headline or a subtitle.)
    let bulleted = |t: &str| {
        crate::scan::marker::bullet(t)
            .is_ok_and(|(rest, c)| !rest.is_empty() && c != '【' && c != '—')
    };
    // (The page's headline may stand over the bar, and its article's head under it.)
    let mut filled = lines.iter().enumerate().filter(|(_, l)| !l.text.is_empty());
    let first = filled.clone().next().map(|(_, l)| l.text);
    // (Or under a first line of the page's furniture, `某某吧 关注:2贴子:139`.)
    let first_shape = first.filter(|t| !bulleted(t)).map(crate::title::judge);
    let under_headline = matches!(first_shape, Some(crate::title::Shape::Candidate(_)));
    if under_headline || matches!(first_shape, Some(crate::title::Shape::Rejected(_))) {
        filled.next();
    }
    let items: Vec<usize> = filled
        .take_while(|(_, l)| bulleted(l.text))
        .map(|(i, _)| i)
        .collect();
    let under = items
        .last()
        .and_then(|&last| lines[last + 1..].iter().find(|l| !l.text.is_empty()));
    let item_text = |i: usize| {
        let t = lines[i].text;
        t[t.chars().next().map_or(0, char::len_utf8)..].trim()
    };
    let headed = under.is_some_and(|l| {
        !is_prose(l.text) && !matches!(crate::title::judge(l.text), crate::title::Shape::Body)
    });
    // Under the headline the bar counts (`● 阅读 2356　● 点赞 18`): each item a short label
    // and a number, where a list under a headline (its points, its figures: `● 全市生产总值
    // 增长5.2%`) says something. (Or the article's own head starts under it, as above.)
    let counts = under_headline
        && under.is_some()
        && items.iter().all(|&i| {
            let t = lines[i].text;
            let c = t.chars().next().unwrap_or(' ');
            t.split(c)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .all(is_count_item)
        });
    // (Items may stand side by side on a line, a bullet after a space opening the next.)
    let count: usize = items
        .iter()
        .map(|&i| {
            let t = lines[i].text;
            let c = t.chars().next().unwrap_or(' ');
            1 + t
                .split([' ', '\u{3000}'])
                .skip(1)
                .filter(|w| w.starts_with(c))
                .count()
        })
        .sum();
    // (Under a headline, a head starting under the list shows a bar only where its items
    // are the page's notices, sentences each: a list of names under a headline is the
    // text's own.)
    let notices = items
        .iter()
        .all(|&i| item_text(i).contains(['。', '，', ',']));
    if count < BAR_ITEMS_MIN || !(counts || headed && (!under_headline || notices)) {
        return;
    }
    for i in items {
        if head.uses(i) {
            continue;
        }
        let why = if head.meta.date.is_none() && set_date(item_text(i), &mut head.meta) {
            "meta: date (among a page's bulleted counts above the headline)"
        } else {
            "furniture: a page's bar (counts, tools, menu), bulleted at the top of the page"
        };
        head.used.insert(i, why.into());
    }
}

/// The most characters of a count's label in a page's bar (`阅读`, `浏览次数`).
const COUNT_LABEL_MAX: usize = 6;

/// Tells whether an item of a page's bar is a count: a short label and a number
/// (`阅读 2356`, `点赞：18`, `评论(3)`).
fn is_count_item(text: &str) -> bool {
    let t = text.trim_end_matches([
        ')', '）', '次', '人', '条', '万', '萬', 'w', 'W', 'k', 'K', '+',
    ]);
    let label = t.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
    if label.len() == t.len() {
        return false;
    }
    let label = trim(label.trim_end_matches([':', '：', '(', '（']));
    (1..=COUNT_LABEL_MAX).contains(&chars(label)) && label.chars().all(crate::text::is_cjk)
}

/// A line of prose has at least this many characters and clauses: a paragraph, not a
/// link's title, a prompt or a footer's row of links.
const PROSE_MIN: usize = 30;

/// Tells whether a line reads as a paragraph of prose: long enough, with a sentence's
/// punctuation (a comma inside it, or a full stop).
fn is_prose(text: &str) -> bool {
    crate::text::count_to(text, PROSE_MIN) >= PROSE_MIN
        && (text.contains(['，', '；']) || text.ends_with(crate::text::is_terminator))
}

/// The article ends at its closing credits (`编辑：` `审核：` `责任编辑：` after the text):
/// what follows, when no paragraph of prose does, is the page's (prompts, links to other
/// posts, counters) — furniture, no part of the outline.
fn after_credits(lines: &[Line], head: &mut Head) {
    let is_credit = |i: usize| {
        head.used
            .why(i)
            .is_some_and(|w| w.starts_with("meta: editors"))
    };
    let Some(last) = (0..lines.len()).rev().find(|&i| is_credit(i)) else {
        return;
    };
    // The credits close the text: prose stands above them, and none below.
    let text_above = (0..last).any(|i| !head.uses(i) && is_prose(lines[i].text));
    let prose_after = lines[last + 1..].iter().any(|l| is_prose(l.text));
    if !text_above || prose_after {
        return;
    }
    for (i, l) in lines.iter().enumerate().skip(last + 1) {
        if !l.text.is_empty() && !head.uses(i) {
            head.used
                .insert(i, "furniture: after the article's closing credits".into());
        }
    }
}

/// A term under its number is at most this many characters: the term and its English name.
const TERM_LINE_MAX: usize = 60;

/// A heading under a number alone on its line is at most this many characters.
const NUMBER_HEADING_MAX: usize = 30;

/// Numbers alone on their lines (`01`, `02`, `03`), each over a short heading line, counting
/// 1, 2, 3 from 1, are section numbers, not page numbers: they go back into the text, for
/// the joiner to put each before its heading. A page number is followed by the text that
/// runs on from the page before, and a lone number proves no series.
fn number_lines(lines: &[Line], head: &mut Head) {
    let heading = |i: usize| {
        lines.get(i + 1).is_some_and(|next| {
            !head.uses(i + 1)
                && crate::text::count_to(next.text, NUMBER_HEADING_MAX + 1) <= NUMBER_HEADING_MAX
                && !next.text.ends_with(crate::text::is_terminator)
                && crate::scan::marker::digits_alone(next.text).is_none()
        })
    };
    let at: Vec<(usize, u32)> = (0..lines.len())
        .filter_map(|i| crate::scan::marker::digits_alone(lines[i].text).map(|n| (i, n)))
        .collect();
    let series = at.len() >= 2
        && at[0].1 == 1
        && at.windows(2).all(|w| w[1].1 == w[0].1 + 1)
        && at.iter().all(|&(i, _)| heading(i));
    // A standard's term numbers alone on their lines (`3.1`), each over its term: two or
    // more go back into the text, for the joiner to put each before its term.
    let terms: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            crate::scan::marker::decimal_alone(lines[i].text).is_some()
                && lines.get(i + 1).is_some_and(|next| {
                    !head.uses(i + 1)
                        && crate::text::count_to(next.text, TERM_LINE_MAX + 1) <= TERM_LINE_MAX
                        && !next.text.contains(crate::text::is_terminator)
                        && line_marker(next.text).is_none()
                })
        })
        .collect();
    if series {
        for (i, _) in at {
            head.used.remove(i);
        }
    }
    if terms.len() >= 2 {
        for i in terms {
            head.used.remove(i);
        }
    }
}

/// How many paragraphs under the title are looked at for a news item's opening
/// (`本报讯（通讯员 某某）`, `新华社某地某月某日电（记者 某某）`): it is the first, maybe after
/// a subtitle or a lead line.
const NEWS_OPENING_REACH: usize = 3;

/// The most characters of the outlet before `讯` (`本报讯`, `本刊讯`, `某某日报讯`).
const NEWS_OUTLET_MAX: usize = 8;

/// Reads the people a news item's opening credits in brackets (`本报讯（通讯员 张某 李某）`,
/// `本报讯（记者 王某 通讯员 赵某）`, `……日电（记者 某某）`), roles taken off, when nothing
/// else named an author. A line that is the opening alone is metadata; one that runs on
/// into the text stays text.
fn news_opening_credits(lines: &[Line], head: &mut Head) {
    if !head.meta.author.is_empty() {
        return;
    }
    let start = head
        .used
        .iter()
        .find(|(_, w)| w.starts_with("title:"))
        .map_or(0, |(i, _)| *i + 1);
    let found = free_from(lines, head, start, NEWS_OPENING_REACH).find_map(|i| {
        let (names, rest) = news_opening(lines[i].text)?;
        Some((i, names, rest))
    });
    let Some((i, names, rest)) = found else {
        return;
    };
    head.meta.author.extend(names);
    if trim(rest).is_empty() {
        head.used.insert(
            i,
            "meta: news opening's credits (names after 讯, roles off)".into(),
        );
    }
}

/// Reads a news item's opening: an outlet's `……讯` or an agency's `……日电`, then the
/// credits in brackets. Returns the names credited and the text after the brackets.
fn news_opening(text: &str) -> Option<(Vec<String>, &str)> {
    let after = match crate::scan::date::news_dateline(text) {
        Ok((after, _)) => after,
        Err(_) => {
            if let Some(found) = unbracketed_credits(text) {
                return Some(found);
            }
            let open = text.find(['（', '('])?;
            if !is_outlet(&text[..open]) {
                return None;
            }
            &text[open..]
        }
    };
    let inner = after.trim_start().strip_prefix(['（', '('])?;
    let close = inner.find(['）', ')'])?;
    let names = crate::names::credited_names(&inner[..close])?;
    let past = inner[close..].chars().next().map_or(1, char::len_utf8);
    Some((names, &inner[close + past..]))
}

/// Tells whether `text` names a news outlet's report: a few ideographs ending in `讯`
/// (`本报讯`, `本网讯`).
fn is_outlet(text: &str) -> bool {
    text.ends_with(['讯', '訊'])
        && (2..=NEWS_OUTLET_MAX).contains(&chars(text))
        && text.chars().all(crate::text::is_cjk)
}

/// The most characters of the credits between an outlet's `……讯` and `报道`
/// (`记者 某某 通讯员 某某某`).
const CREDITS_MAX: usize = 24;

/// Reads a news item's opening credits written without brackets: the outlet's `……讯`, a
/// space, the credits, `报道` (`本网讯 记者某某 报道：……`). Returns the names and the text
/// after `报道` and its colon.
fn unbracketed_credits(text: &str) -> Option<(Vec<String>, &str)> {
    let gap = text.find(crate::scan::marker::is_space)?;
    if !is_outlet(&text[..gap]) {
        return None;
    }
    let rest = trim(&text[gap..]);
    let end = rest.find("报道").or_else(|| rest.find("報道"))?;
    let credits = trim(&rest[..end]);
    if credits.is_empty() || chars(credits) > CREDITS_MAX {
        return None;
    }
    let names = crate::names::credited_names(credits)?;
    let after = &rest[end + "报道".len()..];
    let after = after.trim_start_matches(['：', ':', '，', ',', ' ', '\u{3000}']);
    Some((names, after))
}

/// The most characters of a WeChat account's name taken as the source.
const ACCOUNT_MAX: usize = 20;

/// Takes a WeChat header's account name (`原创 某某 某某观察 2024-05-06`) as the source when
/// no `来源` line named one: the account publishes the article.
fn wechat_account(lines: &[Line], head: &mut Head) {
    let header = head
        .used
        .iter()
        .filter(|(_, w)| w.starts_with("meta: WeChat header"))
        .find_map(|(i, _)| crate::classify::wechat_header(lines[*i].text));
    let Some(header) = header else {
        return;
    };
    // The header's author is the name the post was filed under (often a column's or a
    // desk's): a byline in the text (`文｜周某　何某`, `作者：某`) names the writers.
    if let Some(name) = &header.author {
        if head.meta.author.iter().any(|a| a != name) {
            head.meta.author.retain(|a| a != name);
        }
    }
    if head.meta.source.is_none() {
        head.meta.source = Some(header.account).filter(|a| chars(a) <= ACCOUNT_MAX);
    }
}

/// Keeps each author once, in the order first named: a byline and a closing
/// `（本报记者 某某）` name the same person twice.
fn dedup_authors(authors: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    authors.retain(|a| !is_no_one(a) && seen.insert(a.clone()));
}

/// Words a site writes where no writer is known (`作者：佚名`, `作者：本站编辑`): no author.
const NO_ONE: &[&str] = &[
    "佚名",
    "匿名",
    "未知",
    "不详",
    "不詳",
    "无名",
    "網友",
    "网友",
    "小编",
    "小編",
    "管理员",
    "管理員",
    "admin",
    "Admin",
    "ADMIN",
];

/// Sources a site writes where it names none (`来源：网络`, `来源：本站原创`): no source.
const NO_SOURCE: &[&str] = &[
    "网络",
    "網絡",
    "互联网",
    "互聯網",
    "网友投稿",
    "網友投稿",
    "网友",
    "網友",
    "原创",
    "原創",
    "本站",
    "本网",
    "本網",
    "本站原创",
    "本网原创",
    "未知",
    "佚名",
];

/// Tells whether an author's name is a placeholder ([`NO_ONE`]) or the site's own staff
/// (`本站编辑`, `本网编辑`).
fn is_no_one(name: &str) -> bool {
    NO_ONE.contains(&name) || ["本站", "本网", "本網"].iter().any(|p| name.starts_with(p))
}

/// How many paragraphs at the start of the text a speaker introduces themself in.
const SELF_INTRO_REACH: usize = 4;

/// Reads the author of a speech from the speaker's self-introduction near its start
/// (`大家好！我是来自某学院的某某。`), when nothing else named one. The line stays text.
fn self_introduction(lines: &[Line], head: &mut Head) {
    if !head.meta.author.is_empty() {
        return;
    }
    let found = free_from(lines, head, 0, SELF_INTRO_REACH + 1)
        .find_map(|i| crate::names::self_introduced(lines[i].text));
    if let Some(name) = found {
        head.meta.author.push(name);
    }
}

/// When neither head nor tail gave a date, takes the first date standing alone on a line
/// anywhere (`（2021年10月30日）` under a notice's heading, the sign-off of a notice that
/// a plan follows): a line holding nothing but a date is a dateline or a sign-off.
fn first_date_line(lines: &[Line], head: &mut Head) {
    let found =
        (0..lines.len()).find(|&i| !head.uses(i) && crate::title::is_date_line(lines[i].text));
    let Some(i) = found else { return };
    match &head.meta.date {
        None => {
            set_date(lines[i].text, &mut head.meta);
            head.used.insert(i, "meta: date alone on a line".into());
        }
        // The date read from an info line, alone on a line of its own again.
        Some(date) if find_date(lines[i].text).is_some_and(|(d, _)| d.ymd() == *date) => {
            head.used
                .insert(i, "meta: date alone on a line (the date read above)".into());
        }
        Some(_) => {}
    }
}

/// The most characters of an issuer's name signing a paper (`某某县人民政府办公室`, two
/// bodies' names at most).
const ISSUER_MAX: usize = 30;

/// The most characters of a sign-off's date alone on its line, a weekday after it
/// (`二〇二四年十二月三十一日（星期二）`).
const SIGNED_DATE_MAX: usize = 24;

/// Marks a sign-off inside the text as metadata: the issuer's name (a body's, [`crate::title::
/// ends_as_org`]) on its line right over a date alone on its line, under a paragraph that
/// ends its sentence — a notice's signature over the paper it sends, never a heading of it.
fn inner_sign_offs(lines: &[Line], head: &mut Head) {
    // The last line with words before the one looked at, and the one before that.
    let (mut issuer_at, mut above_at): (Option<usize>, Option<usize>) = (None, None);
    for i in 0..lines.len() {
        if lines[i].text.is_empty() {
            continue;
        }
        let (k, above) = (issuer_at, above_at);
        (above_at, issuer_at) = (issuer_at, Some(i));
        let Some(k) = k else { continue };
        let (issuer, date) = (&lines[k], &lines[i]);
        // (The cheap looks first: most lines are no issuer's name.)
        if date.no > issuer.no + 2
            || crate::text::count_to(date.text, SIGNED_DATE_MAX + 1) > SIGNED_DATE_MAX
            || crate::text::count_to(issuer.text, ISSUER_MAX + 1) > ISSUER_MAX
            || !crate::title::ends_as_org(issuer.text)
            || issuer.text.contains(is_terminator)
            || head.uses(k)
            || line_marker(issuer.text).is_some()
            || !crate::title::is_date_line(date.text)
        {
            continue;
        }
        if !above.is_some_and(|a| lines[a].text.ends_with(is_terminator)) {
            continue;
        }
        head.used.insert(
            k,
            "meta: the issuer of a sign-off inside the text (over its date)".into(),
        );
        if !head.uses(i) {
            // (A date read already stays: `set_date` fills only an empty one.)
            set_date(date.text, &mut head.meta);
            head.used
                .insert(i, "meta: the date of a sign-off inside the text".into());
        }
    }
}

/// Marks each table of contents (its label and entries; see [`crate::toc`]) as furniture.
fn table_of_contents(lines: &[Line], head: &mut Head) {
    for c in crate::toc::find(lines, |i| !head.uses(i)) {
        if let Some(i) = c.label {
            let why = if c.entries.is_empty() {
                "furniture: a table of contents' label, no entries under it"
            } else {
                "furniture: table of contents"
            };
            head.used.insert(i, why.into());
        }
        // The numbered entries' family, and the unnumbered entries: two or more, as
        // unnumbered headings go (a lone one, `关于本报告`, stays text).
        let mut top = None;
        let mut plain: Vec<usize> = Vec::new();
        for &i in &c.entries {
            match line_marker(lines[i].text) {
                Some((m, _)) => top = top.or(Some(m.family)),
                // (A point listed, `二是……`, is a point in the text too: no heading.)
                None if crate::toc::is_point_entry(lines[i].text) => {}
                None => plain.push(i),
            }
        }
        if let Some(f) = top.filter(|f| !matches!(f, Family::Bullet(_))) {
            if !head.listed.contains(&f) {
                head.listed.push(f);
            }
        }
        match (top, plain.len()) {
            // Bullets number nothing: every entry is a headline the text repeats.
            (None | Some(Family::Bullet(_)), _) => head
                .headlines
                .extend(c.entries.iter().map(|&i| crate::toc::key(lines[i].text))),
            (Some(family), 2..) => {
                for i in plain {
                    head.parts.push((crate::toc::key(lines[i].text), family));
                }
            }
            _ => {}
        }
        for i in c.entries {
            head.used.insert(
                i,
                "furniture: contents entry (the text repeats it with a body)".into(),
            );
        }
    }
}

/// Marks the short link lines under `相关新闻` / `相关阅读` as furniture.
fn related_links(lines: &[Line], head: &mut Head) {
    let starts: Vec<usize> = head
        .used
        .iter()
        .filter(|(_, why)| *why == "furniture: related news")
        .map(|(i, _)| *i)
        .collect();
    // Where the last list of links ended: a later `相关新闻` inside it adds nothing.
    let mut covered = 0;
    for start in starts {
        if start < covered {
            continue;
        }
        let mut links = Vec::new();
        covered = lines.len();
        for (i, line) in lines.iter().enumerate().skip(start + 1) {
            if line.text.is_empty() || head.uses(i) {
                continue;
            }
            // Links are titles of other pages: never a sentence, never a numbered heading
            // or item of this document (`（一）`, `二、`), which ends the list.
            let numbered =
                line_marker(line.text).is_some_and(|(m, _)| !matches!(m.family, Family::Bullet(_)));
            if chars(line.text) > 40 || line.text.ends_with(['。', '！', '？']) || numbered {
                covered = i;
                break;
            }
            links.push(i);
        }
        // A phrase such as `推荐阅读` over the document's own numbered items is an ordinary
        // line (`推荐阅读书目如下`) that introduces them: it goes back into the text.
        let numbered_next = (start + 1..lines.len())
            .find(|&i| !head.uses(i))
            .is_some_and(|i| covered == i && links.is_empty());
        if numbered_next {
            head.used.remove(start);
            continue;
        }
        for i in links {
            head.used.insert(i, "furniture: related link".into());
        }
    }
}

/// How many file names in a row make a list of files: one or two may be a text's own
/// attachments or a headline that names its file.
const FILE_LIST_MIN: usize = 3;

/// The most characters of the label over a list of files (`您可能关注的文档`): a phrase.
const FILE_LIST_LABEL_MAX: usize = 12;

/// Marks the lines that each name a document's file alone, three or more in a row
/// (`- 某某考核标准.xlsx` `- 某某指南.pptx`), as furniture: a document site's list of other
/// files, however it is labelled; and the short label right over them (`您可能关注的文档`).
/// Numbered names (`1.合同审批表.docx`) are a text's own attachments, and stay.
fn file_lists(lines: &[Line], head: &mut Head) {
    let name = |i: usize| {
        let text = lines[i].text;
        let text = match line_marker(text) {
            Some((m, rest)) if matches!(m.family, Family::Bullet(_)) => rest,
            Some(_) => return false,
            None => text,
        };
        crate::title::strip_file_ending(text).is_some() && !text.contains(is_terminator)
    };
    let mut i = 0;
    while i < lines.len() {
        let run = (i..lines.len())
            .take_while(|&k| !head.uses(k) && name(k))
            .count();
        if run >= FILE_LIST_MIN {
            for k in i..i + run {
                head.used
                    .insert(k, "furniture: a list of files (a document site's)".into());
            }
            let label = i.checked_sub(1).filter(|&l| {
                let text = lines[l].text;
                !head.uses(l)
                    && chars(text) <= FILE_LIST_LABEL_MAX
                    && !text.contains(is_terminator)
                    && line_marker(text).is_none()
            });
            if let Some(l) = label {
                head.used
                    .insert(l, "furniture: the label of a list of files".into());
            }
        }
        i += run.max(1);
    }
}

/// The fewest keywords that make a line a list of them: four phrases side by side may be
/// a slogan's (`讲政治，顾大局，守纪律，讲规矩`).
const KEYWORDS_MIN: usize = 5;

/// The most characters of one keyword: a phrase, never a clause.
const KEYWORD_MAX: usize = 12;

/// Tells whether a line is a list of keywords, as a page's tags or the words a site stuffs
/// into its head stand before the text: five phrases or more parted by commas or bars
/// (`甲乙精品,丙丁在线,戊己视频,……`), each short, no sentence's end and no field in the line.
fn keyword_list(text: &str) -> bool {
    if text.contains(|c: char| is_terminator(c) || matches!(c, '：' | ':')) {
        return false;
    }
    let mut items = 0;
    for item in text.split([',', '，', '|', '｜']) {
        let n = chars(trim(item));
        if n == 0 || n > KEYWORD_MAX {
            return false;
        }
        items += 1;
    }
    items >= KEYWORDS_MIN
}

/// A paragraph of running text says a sentence of at least this many characters.
const RUNNING_TEXT_MIN: usize = 40;

/// Tells whether a line is running text (a long sentence): the head is over.
/// Tells whether the text line above line `i` closes a quotation: a dash line under it is
/// the quotation's source (an epigraph's `——某某在……上的讲话`), no speaker of the text.
fn after_quotation(lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.text.is_empty())
        .is_some_and(|l| l.text.ends_with(['”', '」', '』', '"']))
}

/// Tells whether a line is an official paper's red head: an issuer's name and `文件`
/// (`某某大学文件`, `某县人民政府文件`), never the paper's title.
fn is_red_head(text: &str) -> bool {
    text.strip_suffix("文件")
        .is_some_and(|issuer| !trim(issuer).is_empty())
        && crate::title::is_doc_type_label(text)
}

/// `text` without a note in brackets at its end (`……对照检查材料（含案例）` →
/// `……对照检查材料`).
fn without_bracket_note(text: &str) -> &str {
    let t = trim(text);
    match t.strip_suffix(['）', ')']) {
        Some(inner) => inner.rfind(['（', '(']).map_or(t, |k| trim(&inner[..k])),
        None => t,
    }
}

/// Marks the page's tools under its info line as furniture: two or more lines right under
/// it, before the text, each a short label whose value the page's script fills or draws
/// (`浏览次数:` `字号:[ ]` `视力保护色:`), none addressing people (`各位代表：` `同志们：`
/// `尊敬的各位领导、来宾：` open a speech). The info line is the first the head read.
fn page_tools(lines: &[Line], head: &mut Head) {
    let Some(info) = (0..lines.len().min(HEAD_WINDOW)).find(|&i| {
        head.used
            .why(i)
            .is_some_and(|w| w.starts_with("meta: info line") || w.starts_with("meta: date"))
    }) else {
        return;
    };
    let tool = |t: &str| {
        t.split_once(['：', ':']).is_some_and(|(label, value)| {
            let label = trim(label);
            let value = trim(value);
            (2..=TOOL_LABEL_MAX).contains(&chars(label))
                && label.chars().all(crate::text::is_cjk)
                && !label.ends_with('们')
                && !label.starts_with(['各', '尊'])
                && !label.contains('、')
                && value.chars().all(|c| {
                    matches!(c, '[' | ']' | '［' | '］' | '【' | '】')
                        || crate::scan::marker::is_space(c)
                })
        })
    };
    let run: Vec<usize> = (info + 1..lines.len())
        .filter(|&i| !lines[i].text.is_empty())
        .take_while(|&i| !head.uses(i) && tool(lines[i].text))
        .collect();
    if run.len() >= 2 {
        for i in run {
            head.used.insert(
                i,
                "furniture: a page's tool (a label whose value the page fills)".into(),
            );
        }
    }
}

/// The most characters of a page tool's label (`视力保护色`).
const TOOL_LABEL_MAX: usize = 6;

/// Tells whether the line right above or below line `i` (blank lines aside) is a field of
/// an event's record: a short label, a colon and a value that is the text's, no page's
/// (`地点：县政府会议室`; `分享到：` is a widget's label, `责任编辑：某某` `来源：……` are the
/// page's own fields).
fn beside_field(lines: &[Line], i: usize) -> bool {
    let near = |k: Option<usize>| {
        k.and_then(|k| lines.get(k)).is_some_and(|l| {
            crate::subtitle::labelled(l.text)
                && l.text
                    .split_once(['：', ':'])
                    .is_some_and(|(_, value)| !trim(value).is_empty())
                && classify(l.text, &mut Meta::default()) == LineClass::Text
        })
    };
    let above = (0..i).rev().find(|&k| !lines[k].text.is_empty());
    let below = (i + 1..lines.len()).find(|&k| !lines[k].text.is_empty());
    near(above) || near(below)
}

/// Tells whether a line is a sentence's, no title's, date's or byline's: it holds a
/// sentence's end, ends leading on with a colon, or runs longer than a heading.
fn says_something(text: &str) -> bool {
    text.contains(is_terminator)
        || text.ends_with(['：', ':'])
        || crate::text::count_to(text, SAYING_MIN) >= SAYING_MIN
}

/// A line of this many characters or more is a sentence's, whatever its punctuation.
const SAYING_MIN: usize = 60;

fn is_running_text(text: &str) -> bool {
    text.ends_with(is_terminator) && chars(text) >= RUNNING_TEXT_MIN
}

/// The text after a bullet (`• 执笔：张三`), when the line opens with one and a label
/// follows (a colon within its first words).
fn bulleted_field(text: &str) -> Option<&str> {
    if !text.starts_with(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    let (m, rest) = line_marker(text)?;
    let colon = rest.find(['：', ':'])?;
    (matches!(m.family, Family::Bullet(_)) && chars(&rest[..colon]) <= 6).then_some(rest)
}

/// The fewest bulleted fields side by side that make a record whatever their labels.
const BULLETED_RECORD_MIN: usize = 3;

/// The most characters of a value in such a record (`11.97 KB`, `2024-05-06`): a fact,
/// never a sentence.
const BULLETED_VALUE_MAX: usize = 20;

/// The most ideographs in such a value: a unit or two (`6页`, `2024年5月6日` has three).
const BULLETED_VALUE_WORDS_MAX: usize = 3;

/// Marks a block of bulleted label lines before the running text (`- 调研单位：……`
/// `- 执笔：……` `- 时间：2025年7月`) as document fields when one of them was read as a
/// metadata field: the others are fields of the same block, whatever their labels. Three
/// or more whose values are data ([`BULLETED_RECORD_MIN`]) are a record without one.
fn bulleted_fields(lines: &[Line], head: &mut Head) {
    for run in runs_before_text(lines, |t| bulleted_field(t).is_some()) {
        // Three or more side by side, each a short label and a value of data, no words
        // (`- 格式:docx` `- 大小:11.97 KB` `- 文档页数:6`, a shared file's facts), are a
        // record's fields too, whatever their labels. (Values in words, `- 就餐方式：刷卡
        // 或扫码`, are the text's items.)
        let record = run.len() >= BULLETED_RECORD_MIN
            && run.iter().all(|&k| {
                bulleted_field(lines[k].text)
                    .and_then(|f| f.split_once(['：', ':']))
                    .is_some_and(|(_, value)| {
                        let value = trim(value);
                        chars(value) <= BULLETED_VALUE_MAX
                            && value.contains(|c: char| c.is_ascii_alphanumeric())
                            && value.chars().filter(|&c| crate::text::is_cjk(c)).count()
                                <= BULLETED_VALUE_WORDS_MAX
                    })
            });
        if run.len() >= 2 && (record || run.iter().any(|&k| head.uses(k))) {
            for k in run {
                if head.uses(k) {
                    continue;
                }
                head.used.insert(
                    k,
                    "meta: document field (in a bulleted block of fields)".into(),
                );
            }
        }
    }
}

/// The runs of lines of one kind (`row`) before the running text, each line's index, blank
/// lines between them passed over: the blocks a head's record rule weighs.
fn runs_before_text(lines: &[Line], row: impl Fn(&str) -> bool) -> Vec<Vec<usize>> {
    let end = lines
        .iter()
        .position(|l| is_running_text(l.text))
        .unwrap_or(lines.len());
    let mut runs = Vec::new();
    let mut i = 0;
    while i < end {
        let run: Vec<usize> = (i..end)
            .take_while(|&k| lines[k].text.is_empty() || row(lines[k].text))
            .filter(|&k| !lines[k].text.is_empty())
            .collect();
        i = run.last().map_or(i + 1, |&k| k + 1);
        if !run.is_empty() {
            runs.push(run);
        }
    }
    runs
}

/// A day alone and a verb after it (`2025-05-30 发布`): the day, when the line is nothing
/// else.
fn day_then(text: &str, verbs: &[&str]) -> Option<String> {
    let day = verbs
        .iter()
        .find_map(|w| trim(text).strip_suffix(w))
        .map(trim)?;
    find_date(day)
        .filter(|(_, range)| *range == (0..day.len()))
        .map(|(_, range)| day[range].to_string())
}

/// Reads a standard's cover that sets its issue and effective dates on two lines
/// (`2025-05-30 发布` over `2026-06-01 实施`), in the head: the issue date is the paper's
/// date. A day and `发布` alone elsewhere (a related link's stamp at the foot) dates
/// nothing.
fn issue_and_effect(lines: &[Line], head: &mut Head) {
    let window = lines.len().min(HEAD_WINDOW);
    for i in 0..window {
        if head.uses(i) {
            continue;
        }
        let Some(issued) = day_then(lines[i].text, &["发布", "發布"]) else {
            continue;
        };
        let Some(next) = (i + 1..window).find(|&k| !lines[k].text.is_empty()) else {
            return;
        };
        if day_then(lines[next].text, &["实施", "實施"]).is_none() {
            continue;
        }
        crate::classify::set_date(&issued, &mut head.meta);
        head.used.insert(
            i,
            "meta: a standard's issue date (over its effective date)".into(),
        );
        head.used.insert(
            next,
            "meta: a standard's effective date (under its issue date)".into(),
        );
        // The issuers under the dates (`某省市场监督管理局　发布`): the cover's, no byline.
        if let Some(issuer) = (next + 1..window).find(|&k| !lines[k].text.is_empty()) {
            if crate::title::issuer_line(lines[issuer].text).is_some() {
                head.used
                    .insert(issuer, "meta: a standard's issuer (under its dates)".into());
            }
        }
        return;
    }
}

/// The most characters of a label in black brackets opening a record's row (`【发布部门】`
/// `【中文关键词】`): a field's name.
const BRACKET_LABEL_MAX: usize = 8;

/// The fewest rows with values that make a record of bracketed labels.
const BRACKETED_RECORD_MIN: usize = 3;

/// The label in black brackets that opens a line and the value after it on the line (empty
/// where the record left the field blank, never a sentence): `【发布日期】 2008-07-10` →
/// `发布日期`, `2008-07-10`.
fn bracketed_row(text: &str) -> Option<(&str, &str)> {
    let (label, value) = text.strip_prefix('【')?.split_once('】')?;
    let (label, value) = (trim(label), trim(value));
    // (A question mark glued to a figure, `2023.09.15?`, is a character the copy lost, no
    // question.)
    let value = match value.strip_suffix('?') {
        Some(v) if v.ends_with(|c: char| c.is_ascii_digit()) => v,
        _ => value,
    };
    // (A field's value is data or a phrase: a sentence beside the label is the text's, a
    // case's section headed by its label, `【基本案情】 2025年3月，……。`.)
    ((2..=BRACKET_LABEL_MAX).contains(&chars(label))
        && label.chars().all(crate::text::is_cjk)
        && !value.contains(['。', '！', '？'])
        && !value.ends_with(is_terminator))
    .then_some((label, value))
}

/// Tells whether a line is a bracketed label broken by the wrap (`【字` over `号】某教〔2023〕2号`):
/// the bracket opened with a few characters and not closed, or closed after a few with
/// none opened. A record's row all the same, which leaves the run whole.
fn broken_label(text: &str) -> bool {
    let t = trim(text);
    let opened = t
        .strip_prefix('【')
        .is_some_and(|l| !l.contains('】') && (1..BRACKET_LABEL_MAX).contains(&chars(l)));
    let closed = t
        .split_once('】')
        .is_some_and(|(l, _)| !l.contains('【') && (1..BRACKET_LABEL_MAX).contains(&chars(l)));
    opened || closed
}

/// Marks a database record's rows before the running text (`【发布部门】 某某` `【发布日期】
/// ……` `【效力级别】 ……`, a law or a journal database's page) as the page's fields: three
/// rows or more, each a label in black brackets and its value on the same line, the labels
/// all different, blank fields and labels alone (`【摘要】` over the abstract) among them,
/// one row read already as a field of the page (its source or its date). A column's tag
/// alone over its headline (`【工作动态】`) has no value beside it; the title's row is left
/// to the title.
fn bracketed_record(lines: &[Line], head: &mut Head) {
    for run in runs_before_text(lines, |t| bracketed_row(t).is_some() || broken_label(t)) {
        // (Each row with its line, read once.)
        let rows: Vec<(usize, &str, &str)> = run
            .iter()
            .filter_map(|&k| bracketed_row(lines[k].text).map(|(l, v)| (k, l, v)))
            .collect();
        let valued = rows.iter().filter(|(_, _, v)| !v.is_empty()).count();
        let mut labels: Vec<&str> = rows.iter().map(|(_, l, _)| *l).collect();
        labels.sort_unstable();
        labels.dedup();
        // A writer's row names the writer (`【作者】 某某`).
        if head.meta.author.is_empty() && rows.len() >= BRACKETED_RECORD_MIN {
            let named = rows.iter().find_map(|&(k, l, v)| {
                (l == "作者")
                    .then(|| crate::names::names_in(v))
                    .flatten()
                    .map(|names| (k, names))
            });
            if let Some((k, names)) = named {
                head.meta.author.extend(names);
                head.used
                    .insert(k, "meta: author (a record's writer's row)".into());
            }
        }
        // The page's record: a row of it read already as the page's own field (its source,
        // its date, its writer). A notice's or a lesson's own items in brackets
        // (`【活动时间】` `【教学目标】`) give the page nothing.
        let read = run.iter().any(|&k| head.uses(k));
        if valued >= BRACKETED_RECORD_MIN && labels.len() == rows.len() && read {
            // A row of the record above the headline it sets apart (`【期刊名称】 ……` /
            // `论……` / `【英文标题】 ……`): the record's too.
            let above = run[0]
                .checked_sub(2)
                .filter(|&a| !lines[a].text.is_empty())
                .filter(|&a| {
                    bracketed_row(lines[a].text)
                        .is_some_and(|(l, v)| !v.is_empty() && !labels.contains(&l))
                });
            // (The title's row is the title reader's, `【标题】 ……`; not the one above the
            // headline, which names the journal.)
            let titled = |k: usize| {
                rows.iter()
                    .any(|&(r, l, _)| r == k && crate::title::is_title_label(l))
            };
            for k in above.into_iter().chain(run) {
                if !head.uses(k) && !titled(k) {
                    head.used.insert(
                        k,
                        "meta: a record's field (a label in black brackets, its value beside it)"
                            .into(),
                    );
                }
            }
        }
    }
}

/// The fewest short bulleted labels in a row that make a site's menu.
const MENU_MIN: usize = 5;

/// The most characters of a menu's label (`时政` `光明报系` `更多>>`): a channel's name,
/// never a point of the text.
const MENU_LABEL_MAX: usize = 5;

/// How many lines may stand above a site's menu: the site's name, its top bar.
const MENU_ABOVE_MAX: usize = 2;

/// Why a line of a site's menu is furniture.
const MENU_WHY: &str = "furniture: a site's menu (short bulleted labels opening the page)";

/// A site's home in its menu's words.
const HOME_WORDS: &[&str] = &["首页", "首頁", "主页", "主頁"];

/// Tells whether a menu's label goes about the site itself: home (`首页`), more (`更多>>`),
/// another language (`English`).
fn is_nav_label(label: &str) -> bool {
    let words: String = label.split_whitespace().collect();
    let words = words.trim_start_matches(|c: char| !c.is_alphanumeric());
    HOME_WORDS
        .iter()
        .chain(&["更多", "English"])
        .any(|w| words.strip_prefix(w).is_some_and(|rest| chars(rest) <= 2))
}

/// Tells whether a line above a menu goes about the site: it names home (`首页English`) or
/// is a bar of links (`某某网 | 登录 | 注册`).
fn is_nav_line(text: &str) -> bool {
    HOME_WORDS.iter().any(|w| text.contains(w))
        || crate::title::judge(text) == Shape::Rejected(crate::title::MENU_BAR_WHY)
}

/// Takes a byline read as a unit and a name (`某某职校 王某某`): the name the author, the
/// unit (if any, and none known yet) the affiliation.
fn take_byline(meta: &mut Meta, (unit, name): (Option<String>, String)) {
    meta.author.push(name);
    if let Some(unit) = unit {
        meta.affiliation.get_or_insert(unit);
    }
}

/// Marks the run of bulleted labels of a word or two each (`• 时政` `• 国际` `• 时评` …)
/// that opens a page, no sentence mark among them, as the site's menu: furniture. The run
/// must open the page ([`MENU_ABOVE_MAX`] lines at most above it), list [`MENU_MIN`] labels
/// or more, and show it goes about the site: a navigation label among them (`首页`,
/// `更多>>`) or a navigation line above them. A text's short list (`● 身份证` `● 户口簿`
/// under `所需材料`), however long, names no home. Returns the menu's last line.
fn bulleted_menu(lines: &[Line], head: &mut Head) -> Option<usize> {
    let label = |text: &str| {
        text.starts_with(|c: char| !c.is_alphanumeric())
            && line_marker(text).is_some_and(|(m, rest)| {
                let words: String = rest.split_whitespace().collect();
                matches!(m.family, Family::Bullet(_))
                    && (1..=MENU_LABEL_MAX).contains(&chars(&words))
                    && !words.contains(|c: char| {
                        is_terminator(c) || matches!(c, '，' | ',' | '：' | ':' | '、')
                    })
            })
    };
    let filled: Vec<usize> = (0..lines.len().min(HEAD_WINDOW))
        .filter(|&k| !lines[k].text.is_empty())
        .collect();
    let start = filled
        .iter()
        .take(MENU_ABOVE_MAX + 1)
        .position(|&k| label(lines[k].text))?;
    let run: Vec<usize> = filled[start..]
        .iter()
        .copied()
        .take_while(|&k| label(lines[k].text))
        .collect();
    let nav = filled[..start].iter().any(|&k| is_nav_line(lines[k].text))
        || run.iter().any(|&k| is_nav_label(lines[k].text));
    if run.len() < MENU_MIN || !nav {
        return None;
    }
    for &k in &run {
        if !head.uses(k) {
            head.used.insert(k, MENU_WHY.into());
        }
    }
    run.last().copied()
}

/// Marks the lines the format shows as lists of links alone (related news, a sidebar's
/// ranking, navigation: the titles of other pages) as furniture, and a heading the format
/// states right over such a list when nothing but links stands under it (`热点推荐`,
/// whatever its words).
fn link_lists(lines: &[Line], hints: &[Hint], head: &mut Head) {
    if !hints.iter().any(|h| h.level == LINK || h.level == CONTENTS) {
        return;
    }
    let level_of = |i: usize| {
        hints
            .binary_search_by_key(&lines[i].no, |h| h.line)
            .ok()
            .map(|k| hints[k].level)
    };
    let heading = |i: usize| level_of(i).is_some_and(|l| (1..=MAX_LEVEL).contains(&l));
    let link = |i: usize| matches!(level_of(i), Some(LINK | CONTENTS));
    let mut i = 0;
    while i < lines.len() {
        if !link(i) {
            i += 1;
            continue;
        }
        // The run of link lines from here (blank lines and lines already set aside between).
        let start = i;
        let mut end = i;
        let mut k = i;
        while k < lines.len() && (link(k) || lines[k].text.is_empty() || head.uses(k)) {
            if link(k) {
                end = k;
            }
            k += 1;
        }
        let runs: Vec<usize> = (start..=end)
            .filter(|&j| link(j) && !head.uses(j))
            .collect();
        for j in runs {
            let why = match level_of(j) {
                Some(CONTENTS) => {
                    "furniture: a table of contents (links to the document's own headings)"
                }
                _ => "furniture: a list of links (titles of other pages)",
            };
            head.used.insert(j, why.into());
        }
        // The heading over it heads nothing else: the next line is a heading or the end.
        let above = (0..start)
            .rev()
            .find(|&j| !lines[j].text.is_empty() && !head.uses(j));
        let next = (end + 1..lines.len()).find(|&j| !lines[j].text.is_empty() && !head.uses(j));
        // A table of contents heads its own section (`## 第一节` over links to its parts):
        // the heading over it goes only when it labels the contents (`目录`).
        let contents = level_of(start) == Some(CONTENTS);
        if let Some(h) = above
            .filter(|&h| heading(h))
            .filter(|&h| !contents || crate::toc::is_label(lines[h].text))
        {
            if next.is_none_or(|n| heading(n) || link(n)) {
                head.used
                    .insert(h, "furniture: the heading of a list of links".into());
            }
        }
        i = end + 1;
    }
}

/// Marks a notes section at the end (`注释` followed by `[1] ……`) as notes, not body.
fn notes(lines: &[Line], head: &mut Head) {
    const HEADINGS: &[&str] = &[
        "注释",
        "注释：",
        "注：",
        "註釋",
        "注",
        "参考文献",
        "參考文獻",
        "脚注",
    ];
    if !lines.iter().any(|l| HEADINGS.contains(&l.text)) {
        return;
    }
    let free: Vec<usize> = free_from(lines, head, 0, usize::MAX).collect();
    let Some(pos) = free.iter().position(|&i| HEADINGS.contains(&lines[i].text)) else {
        return;
    };
    let numbered_note = |t: &str| {
        t.starts_with(['[', '［', '〔', '【'])
            || t.starts_with(|c: char| ('\u{2460}'..='\u{2473}').contains(&c))
    };
    if !free
        .get(pos + 1)
        .is_some_and(|&i| numbered_note(lines[i].text))
    {
        return;
    }
    head.used.insert(free[pos], "notes: heading".into());
    for &i in &free[pos + 1..] {
        head.used.insert(i, "notes".into());
    }
}

/// How many free lines at the head are looked at for the title: a saved page puts a few
/// dozen menu and navigation lines above its headline; a paragraph ends the look earlier.
const HEAD_WINDOW: usize = 40;

/// Weight of a headline the page marks itself: the last part of a breadcrumb, a page
/// title with its site's name, a `标题：` field. Outweighs being first.
const CRUMB_WEIGHT: i32 = 3;
/// What a column's tag after a line adds: the paper's headline carries it, not the kicker
/// over it (a tie with the first line broken, no more).
const COLUMN_TAG_WEIGHT: i32 = 1;

/// Weight of the line the format states as the headline (a page's `<h1>`, a Word title
/// style): outweighs being first and above the text (a menu line over it is first).
const STATED_WEIGHT: i32 = 4;

/// Weight of a headline that names its subject as official papers do (`关于……的提案`,
/// `关于……的通知`): a meeting's or an issuer's line above it is no headline.
const SUBJECT_WEIGHT: i32 = 2;

/// Tells whether the line `i` (its title `title`) is the first of [`LIKE_LINES_MIN`] or
/// more like lines further down: each alone on its line with no sentence end, opening with
/// the same two characters or more, of about its length ([`LIKE_LENGTH_SPREAD`]), and each
/// over text, as the line itself is. Such lines are the parts of the text, the first among
/// them. (A paper's own headline, `……实施方案`, names its kind: never one of them.)
fn first_of_like_lines(lines: &[Line<'_>], i: usize, title: &str) -> bool {
    // The text under a line: the next line with words.
    let under = |k: usize| {
        lines[k + 1..]
            .iter()
            .find(|l| !l.text.is_empty())
            .map(|l| l.text)
    };
    let text_under =
        |k: usize| under(k).is_some_and(|t| t.ends_with(is_terminator) || chars(t) > LIKE_LINE_MAX);
    let opening: String = title.chars().take(2).collect();
    let like = |t: &str| {
        chars(&opening) == 2
            && t.starts_with(&opening)
            && !t.contains(is_terminator)
            && chars(t).abs_diff(chars(title)) <= LIKE_LENGTH_SPREAD
    };
    if chars(title) > LIKE_LINE_MAX
        || crate::title::ends_with_paper_kind(title)
        || lines.get(i).is_none_or(|l| !like(l.text))
        || !text_under(i)
    {
        return false;
    }
    // (Each like line with how much text it heads, up to a subtitle's paragraph.)
    let heads =
        |k: usize| under(k).map_or(0, |t| crate::text::count_to(t, crate::subtitle::HEADED_MIN));
    let below: Vec<usize> = (i + 1..lines.len())
        .filter(|&k| like(lines[k].text) && text_under(k))
        .collect();
    // The like lines head parts of the text as subtitles do (two over a paragraph's worth),
    // and the first line is no longer than they are: a headline that names what its
    // subtitles share (`做好新时代青年工作` over `做好思想引领工作`) is longer than each.
    below.len() >= LIKE_LINES_MIN
        && below
            .iter()
            .filter(|&&k| heads(k) >= crate::subtitle::HEADED_MIN)
            .count()
            >= 2
        && below.iter().any(|&k| chars(lines[k].text) >= chars(title))
}

/// Like lines below the first are this many at least: with the first, a series of four
/// (a headline and two subtitles may share a word by chance: `学习心得` over `学习要有恒心`
/// and `学习要讲方法`).
const LIKE_LINES_MIN: usize = 3;

/// Tells whether line `i` is a part's name alone (`引　言`, `结语`) over more parts: sections
/// numbered in Chinese numerals from 1 (`一、`, `第一章`), or another part's name, below it
/// (a reference list, `1. 《……》`, is no part). (A preface posted alone, `序言` over its
/// text, is titled by its name.)
fn part_over_parts(lines: &[Line<'_>], i: usize) -> bool {
    use crate::scan::marker::Family;
    crate::subtitle::is_part_word(lines[i].text)
        && lines[i + 1..].iter().any(|l| {
            crate::subtitle::is_bookend(l.text)
                || crate::scan::marker::line_marker(l.text).is_some_and(|(m, _)| {
                    m.number == Some(1)
                        && matches!(
                            m.family,
                            Family::CnComma
                                | Family::Upper
                                | Family::Roman
                                | Family::CnParen
                                | Family::Part
                                | Family::Chapter
                                | Family::Section
                        )
                })
        })
}

/// A label of a part is at most this many characters (`自然资源`, `调查背景与目的`):
/// a headline is longer, or names its paper's kind.
const SHORT_LABEL_MAX: usize = 8;

/// The fewest short labels below the first line, each different, that make it one of
/// them (two may be chance: `学习要有恒心` `学习要讲方法` under `学习心得体会`).
const SHORT_LABELS_MIN: usize = 3;

/// Tells whether the line `i` (its title `title`) is the first of the short labels that
/// head the text's parts: a label of [`SHORT_LABEL_MAX`] characters or fewer, no space, no
/// sentence end, no marker, over text; and below it [`SHORT_LABELS_MIN`] or more such
/// labels, each over text, the longest no shorter than it (`村情概况` over its paragraph,
/// then `自然资源` `基础设施` over theirs). A paper's kind (`工作总结`) names a headline.
fn first_of_short_labels(lines: &[Line<'_>], i: usize, title: &str) -> bool {
    let under = |k: usize| lines[k + 1..].iter().find(|l| !l.text.is_empty());
    let over_text = |k: usize| {
        under(k).is_some_and(|l| {
            crate::text::count_to(l.text, crate::subtitle::HEADED_MIN)
                >= crate::subtitle::HEADED_MIN
        })
    };
    let label = |t: &str| {
        let n = crate::text::reading_chars(t);
        (2..=SHORT_LABEL_MAX).contains(&n)
            && !t.contains(|c: char| is_terminator(c) || c.is_whitespace() || c == '\u{3000}')
            && !t.contains(['：', ':', '，', ','])
            && crate::scan::marker::line_marker(t).is_none()
    };
    let n = crate::text::reading_chars(title);
    if lines
        .get(i)
        .is_none_or(|l| l.text != title || !label(l.text))
        || crate::title::ends_with_paper_kind(title)
        || !over_text(i)
    {
        return false;
    }
    let below: Vec<usize> = (i + 1..lines.len())
        .filter(|&k| label(lines[k].text) && lines[k].text != title && over_text(k))
        .collect();
    let mut distinct: Vec<&str> = below.iter().map(|&k| lines[k].text).collect();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() >= SHORT_LABELS_MIN
        && below
            .iter()
            .any(|&k| crate::text::reading_chars(lines[k].text) >= n)
}

/// Like lines differ in length by at most this many characters (`关于霧霾治理`,
/// `关于就业歧视`, `关于中印关系`: one form's words).
const LIKE_LENGTH_SPREAD: usize = 2;
/// A like line is at most this many characters: a heading's length.
const LIKE_LINE_MAX: usize = 20;

/// The most characters of a one-word label (`法律`, `主页`): a channel's or a menu's, no
/// headline where a headline stands under it.
const WORD_LABEL_MAX: usize = 2;

/// The fewest characters of a headline that outweighs a one-word label above it.
const HEADLINE_MIN: usize = 6;

/// Weight of being the first candidate: a document starts with its title.
const FIRST_WEIGHT: i32 = 2;

/// Weight of a candidate repeated below (a page headline above the article's own).
const REPEATED_WEIGHT: i32 = 3;

/// Weight of a candidate followed by a byline, source or date line: a headline's place.
const BYLINE_WEIGHT: i32 = 2;

/// Weight of a candidate that names the line above it in `《》` (`读《某书》有感` under `某书`).
const NAMES_ABOVE_WEIGHT: i32 = 2;

/// Weight of a candidate right above the text (a paragraph or a salutation follows).
const ABOVE_TEXT_WEIGHT: i32 = 1;

/// The most characters after a publisher's name in its masthead line (`数字报`, `客户端`,
/// `电子版`).
const MASTHEAD_SUFFIX_MAX: usize = 4;

/// How many lines after a candidate are looked at for its byline or date.
const BYLINE_REACH: usize = 3;

/// How many lines after a breadcrumb are looked at for the full headline its short last
/// part ends (`首页 >> 公开信` over `某单位2011年` / `公开信`).
const CRUMB_REACH: usize = 3;

/// A title candidate at the head, with the evidence for it.
struct Scored {
    /// Index into the lines.
    i: usize,
    cand: Candidate,
    score: i32,
    why: Vec<&'static str>,
}

/// Tells whether a dash subtitle stands right under line `i` (`——在……上的讲话`): the line
/// is a headline, a slogan's two halves or not.
fn over_dash(lines: &[Line], i: usize) -> bool {
    lines
        .get(i + 1)
        .is_some_and(|l| crate::title::is_dash_line(l.text))
}

/// Finds the title among the first lines: each line is judged by its shape
/// ([`crate::title::judge`]), the candidates are weighed by the evidence around them
/// (breadcrumb, first place, repetition, a byline or date under it, the text under it), and
/// the best is taken; the lines above it that lost are furniture.
/// Why a line of a code block is no title: it is shown as written, and stays text.
const CODE_BLOCK: &str = "a code block";

/// The most characters of a label of the back matter (`附件`, `结语`, `参考文献`).
const BACK_LABEL_MAX: usize = 4;

/// How many characters two texts share at their ends.
fn shared_ending(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Tells whether a headline names `part` as one of the parts it joins (`……工作总结及2017年
/// 工作计划` names `2017年工作计划`; `备选简答题` names no `简答题`).
fn names_part(headline: &str, part: &str) -> bool {
    ["及", "和", "与", "暨", "、"].iter().any(|joint| {
        headline
            .strip_suffix(part)
            .is_some_and(|before| before.ends_with(joint))
            || headline.contains(&format!("{part}{joint}"))
    })
}

/// `verbatim`: the lines (sorted numbers) of code blocks, which no title is; `headed`: the
/// lines the format states as headings of the text, with their levels, which no title runs
/// on into.
fn read_title(
    lines: &[Line],
    head: &mut Head,
    headline: Option<usize>,
    verbatim: &[usize],
    headed: &[(usize, u8)],
) {
    // A heading the format states with an unnumbered heading of its level further on
    // (`### 备选简答题` … `### 简答题`) is one of the sections, as its sibling is: no title,
    // and the text starts there. Unless it names that sibling (`## ……2016年工作总结及2017年
    // 工作计划` over `## 2017年工作计划`): a title that announces its parts.
    let level_of = |no: usize| {
        headed
            .binary_search_by_key(&no, |&(l, _)| l)
            .ok()
            .map(|at| headed[at].1)
    };
    // (With text between the two: `# 某书` right over `# 读《某书》有感` is the head's to
    // weigh. And only among unnumbered headings: over `## 一、` `## 二、`, a closing `## 结语`
    // is no sibling of the title.)
    let has_sibling = |no: usize, text: &str| {
        let Some(level) = level_of(no) else {
            return false;
        };
        // The first line of text under it (a line the format states no heading).
        let start = lines.partition_point(|x| x.no <= no);
        let Some(text_at) = lines[start..]
            .iter()
            .find(|x| !x.text.is_empty() && level_of(x.no).is_none())
            .map(|x| x.no)
        else {
            return false;
        };
        let marked = |l: usize| {
            lines
                .binary_search_by_key(&l, |x| x.no)
                .map_or(true, |at| line_marker(lines[at].text).is_some())
        };
        let mut sibling = false;
        for &(l, _) in headed.iter().filter(|&&(l, k)| l > no && k == level) {
            if marked(l) {
                return false;
            }
            // (A short label at the back, `## 附件` `## 结语`, is back matter, unless it
            // shares the heading's ending: `### 简答题` after `### 备选简答题`.)
            if l > text_at {
                let at = lines.binary_search_by_key(&l, |x| x.no);
                sibling |= at.is_ok_and(|at| {
                    let other = lines[at].text;
                    !names_part(text, other)
                        && (chars(other) > BACK_LABEL_MAX || shared_ending(text, other) >= 2)
                });
            }
        }
        sibling
    };
    let free: Vec<usize> = free_from(lines, head, 0, HEAD_WINDOW).collect();
    let first_column = head.columns.first().copied();
    let mut shapes: Vec<(usize, Shape)> = Vec::new();
    let mut in_note = false;
    for (k, &i) in free.iter().enumerate() {
        // A scraper's note runs on over the lines right under it (no blank line between).
        let adjacent = k > 0 && lines[free[k - 1]].no + 1 == lines[i].no;
        if in_note && adjacent {
            shapes.push((i, Shape::Rejected("a scraper's note (continued)")));
            continue;
        }
        // A table of contents stands under the title: nothing from its label on heads the
        // document (its first entry comes again below, which would look like a headline
        // repeated).
        if crate::toc::may_be_label(lines[i].text) {
            break;
        }
        // Nor does anything from a bulletin's first column tag on: its pieces start there.
        if first_column.is_some_and(|c| lines[i].no >= c) {
            break;
        }
        if verbatim.binary_search(&lines[i].no).is_ok() {
            shapes.push((i, Shape::Rejected(CODE_BLOCK)));
            continue;
        }
        // A sample's headline heads its sample, no title of the page.
        if head.samples.binary_search(&lines[i].no).is_ok() {
            break;
        }
        let mut shape = judge(lines[i].text);
        // The text's first line, opening with an ordinal that makes no series in the text
        // (`第十届（2015）某某年会`: no other `第……届`): a headline, its ordinal its first word.
        // (Where the format states its headings, they say what the line is.)
        if shape == Shape::Body && k == 0 && headed.is_empty() && lone_marker(lines, i) {
            shape = crate::title::judge_lone_marked(lines[i].text);
        }
        // A bullet the page sets before its headline (`• 某某发布……`, `- 关于……的通知` over
        // `- 发布日期：……`) makes no list of headings: no other line of the text under that
        // bullet reads as one. The line is judged without it. (The text's first line: a
        // bulleted line under others is a page's widget, `• 0回复`.)
        if shape == Shape::Body && k == 0 {
            if let Some(rest) = laid_out_bullet(lines, head, i) {
                match judge(rest) {
                    Shape::Candidate(mut c) => {
                        c.notes
                            .push("its bullet taken off (the page's layout, no list)");
                        shape = Shape::Candidate(c);
                    }
                    rejected @ Shape::Rejected(_) => shape = rejected,
                    _ => {}
                }
            }
        }
        // A headline in black brackets naming its paper's kind right over the addressee it
        // is written to (`【……倡议书】` over `亲爱的市民朋友们：`): the title.
        if shape == Shape::Rejected(crate::title::BRACKET_LABEL_WHY) && k == 0 {
            let addressed = lines.get(i + 1).is_some_and(|l| {
                // (Or the same line's, where the copy ran the two together.)
                l.no <= lines[i].no + 1
                    && l.text
                        .split_once(['：', ':'])
                        .is_some_and(|(who, _)| crate::glued::is_addressee(who.trim()))
            });
            if let Some(c) = addressed
                .then(|| crate::title::bracketed_headline(lines[i].text))
                .flatten()
            {
                shape = Shape::Candidate(c);
            }
        }
        // A field among fields (`会议地点：三楼会议室` under `会议时间：……`): a record's
        // line, whatever its value, no headline (a headline's topic and colon stands alone).
        if matches!(shape, Shape::Candidate(ref c) if !c.field && c.column.is_none() && c.speaker.is_none())
            && crate::subtitle::labelled(lines[i].text)
        {
            // (Right beside it, no blank line between: a record's lines stand together.)
            // (Not a byline, a source or an editor's note the head read: a topic headline
            // stands over those, `聚焦民生：……` over `作者：某某`.)
            let beside = |j: Option<usize>| {
                j.filter(|&j| !head.uses(j))
                    .and_then(|j| lines.get(j))
                    .is_some_and(|l| {
                        l.no.abs_diff(lines[i].no) == 1 && crate::subtitle::labelled(l.text)
                    })
            };
            if beside(i.checked_sub(1)) || beside(Some(i + 1)) {
                shape = Shape::Rejected("a field among fields (label: value)");
            }
        }
        // (The text starts there: what follows is a section's, no title either.)
        if matches!(shape, Shape::Candidate(_))
            && headline.is_none()
            && has_sibling(lines[i].no, lines[i].text)
        {
            shape = Shape::Body;
        }
        // A site's note about itself above everything (`……本站“申论范文”栏目将陆续更新
        // ……`): the page's words, not the text's, and no end of the head.
        let nothing_yet = !shapes.iter().any(|(_, s)| matches!(s, Shape::Candidate(_)));
        if shape == Shape::Body && nothing_yet && speaks_of_site(lines[i].text) {
            shape = Shape::Rejected("a site's note about itself (本站……)");
        }
        in_note = shape == Shape::Rejected("a scraper's note (URL query text)");
        // An editor's note above everything (`核心提示：……。`, `【导读】……`): the page's words
        // about the text, left as text, and no end of the head: the headline may stand under.
        if shape == Shape::Body && nothing_yet && crate::title::is_editor_note(lines[i].text) {
            continue;
        }
        // A label in brackets above everything whose form comes again below, another label
        // in brackets alone over its text (`【案例】` … `【解读】`): the first part's label, left
        // to the text, no page furniture; the headline may stand under it.
        if shape == Shape::Rejected(crate::title::BRACKET_LABEL_WHY)
            && nothing_yet
            && lines[i + 1..].iter().any(|l| {
                l.text != lines[i].text
                    && crate::title::is_bracket_label(l.text)
                    && !crate::title::is_editor_label(l.text)
            })
        {
            continue;
        }
        let body = shape == Shape::Body;
        shapes.push((i, shape));
        if body {
            break;
        }
    }
    // A dash subtitle that opens the text, no headline above it and none beside it
    // (`——读《某书》有感` over the essay): the copy lost the headline, and the subtitle
    // says what the text is. Its words are the title.
    if headline.is_none() && !shapes.iter().any(|(_, s)| matches!(s, Shape::Candidate(_))) {
        // (Alone of its kind: `——坚持……` points are a list, `——你还记得……？` a dialogue;
        // and no citation, `——摘自……`.)
        let alone = |i: usize| {
            !lines
                .iter()
                .enumerate()
                .any(|(k, l)| k != i && crate::title::is_dash_line(l.text))
        };
        if let Some(&(i, Shape::Subtitle)) = shapes.first().filter(|(i, _)| alone(*i)) {
            let words = lines[i]
                .text
                .trim_start_matches(crate::title::DASHES)
                .trim_start_matches('-');
            let said = words.trim_end().ends_with(['？', '！', '?', '!']);
            let cited = CITED.iter().any(|w| words.trim_start().starts_with(w));
            if let (Shape::Candidate(mut c), false, false) = (judge(words), said, cited) {
                c.notes
                    .push("a dash subtitle opening the text, no headline above it: its words");
                shapes[0] = (i, Shape::Candidate(c));
            }
        }
    }
    // The headline the format states (a Markdown note's one `#` heading) is a candidate
    // wherever it stands in the head, below a paragraph of the page's too (a licence note,
    // a repository's blurb).
    if let Some(no) = headline {
        let judged = shapes.iter().any(|(i, _)| lines[*i].no == no);
        let at = free.iter().copied().find(|&i| lines[i].no == no);
        if let (false, Some(i)) = (judged, at) {
            if let Shape::Candidate(c) = judge(lines[i].text) {
                shapes.push((i, Shape::Candidate(c)));
            }
        }
    }
    // The line right above the page's info line (`来源：州人大`, a source or a date the head
    // read) is a candidate wherever in the head it stands: below a page's slogan or a menu's
    // sentence that ended the head's look.
    let mut over_info = None;
    {
        let info = |i: usize| {
            head.used.why(i).is_some_and(|w| {
                ["meta: source", "meta: date", "meta: info line"]
                    .iter()
                    .any(|p| w.starts_with(p))
            })
        };
        let above = (1..lines.len().min(HEAD_WINDOW))
            .find(|&i| info(i))
            .and_then(|i| (0..i).rev().find(|&j| !lines[j].text.is_empty()))
            .filter(|&j| !head.uses(j) && !shapes.iter().any(|(i, _)| *i == j));
        if let Some(j) = above {
            if let Shape::Candidate(c) = judge(lines[j].text) {
                shapes.push((j, Shape::Candidate(c)));
                over_info = Some(j);
            }
        }
    }
    // A breadcrumb whose short last part no line below completes is a path to a channel
    // (`首页 > 时政`), not to the article: it is navigation.
    // A menu's links are the site's channels: a crumb that ends in one of them ends at a
    // channel, whatever its length (`当前位置：某网 > 理论 > 某报理论版`).
    let menu_links: Vec<&str> = shapes
        .iter()
        .filter(|(_, s)| *s == Shape::Rejected(crate::title::MENU_BAR_WHY))
        .flat_map(|(i, _)| {
            lines[*i]
                .text
                .split(['|', '｜', '丨'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
        })
        .collect();
    // Or a crumb whose last part a headline right under it does not complete, that headline
    // over its byline or date line (`首页 > 政务服务 > 政策法规与解读` over `某市2017年教育工作
    // 意见` over `时间：……　来源：……`): the crumb names the channel the article is filed in.
    let over_headline: Vec<usize> = shapes
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| matches!(s, Shape::Candidate(c) if c.crumb))
        .filter(|(k, (i, s))| {
            let Shape::Candidate(c) = s else { return false };
            // (The headline longer than the crumb's last part, no site's name: a channel's
            // label or the site's name set under a crumb that ends with the headline are
            // none, `首页 > 通知公告 > 关于……的通知` over `通知公告`.)
            crumb_headline(lines, &free, *i, &c.title).is_none()
                && shapes.get(k + 1).is_some_and(|(j, next)| {
                    matches!(next, Shape::Candidate(n) if !n.crumb
                        && chars(&n.title) > chars(&c.title)
                        && !crate::title::is_site_name(&n.title))
                        && free.iter().find(|&&f| f > *i) == Some(j)
                        && matches!(after(lines, head, &shapes, *j), After::Byline)
                })
        })
        .map(|(_, (i, _))| *i)
        .collect();
    for (i, shape) in shapes.iter_mut() {
        if let Shape::Candidate(c) = shape {
            if c.crumb && over_headline.contains(i) {
                *shape = Shape::Rejected(
                    "a breadcrumb to a channel (a headline and its byline stand right under it)",
                );
            } else if c.crumb && menu_links.contains(&c.title.as_str()) {
                *shape = Shape::Rejected("a breadcrumb to a channel (the page's menu lists it)");
            } else if c.crumb
                && c.is_short()
                && crumb_headline(lines, &free, *i, &c.title).is_none()
            {
                *shape = Shape::Rejected("a breadcrumb to a channel (no headline ends with it)");
            } else if c.crumb && crate::names::is_role(&c.title) {
                *shape = Shape::Rejected("a breadcrumb to a column (a role, no headline)");
            } else if c.crumb && crumb_column(lines, &free, *i, &c.title) {
                *shape =
                    Shape::Rejected("a breadcrumb to the column that heads the headline below");
            }
        }
    }
    // No candidate before the text starts (a paper's materials and its question, then the
    // essay): a headline right over a dash subtitle further down the head is the title
    // (`守好老街“烟火气”` / `——以“绣花功夫”推进……`), and only it.
    // (The text is prose, and no numbered line stands above: the outline keeps document
    // order, and nothing above its title is a node.)
    let prose_first = shapes
        .last()
        .is_some_and(|(i, s)| *s == Shape::Body && is_running_text(lines[*i].text));
    if prose_first && !shapes.iter().any(|(_, s)| matches!(s, Shape::Candidate(_))) {
        let start = shapes.last().map_or(0, |(i, _)| *i + 1);
        let numbered = |i: usize| {
            line_marker(lines[i].text)
                .is_some_and(|(m, _)| m.number.is_some() || matches!(m.family, Family::Bullet(_)))
        };
        let over_dash = free
            .iter()
            .copied()
            .filter(|&i| i >= start)
            .take_while(|&i| !numbered(i))
            .find(|&i| {
                i + 1 < lines.len()
                    && adjacent(lines, i, i + 1)
                    && crate::title::is_dash_line(lines[i + 1].text)
                    && !crate::title::is_dash_line(lines[i].text)
            });
        if let Some(i) = over_dash {
            if let Shape::Candidate(mut c) = judge(lines[i].text) {
                c.notes
                    .push("over a dash subtitle, below text that no headline heads");
                shapes.retain(|(_, s)| matches!(s, Shape::Rejected(_)));
                shapes.push((i, Shape::Candidate(c)));
            }
        }
    }
    // No candidate before the text starts, nor over a dash: a paper's headline a few lines
    // down, standing alone over text, is the title (a news item's lead `……印发……的通知。` /
    // `文件详情如下：` over the notice; a covering notice and its sign-off over the plan it
    // sends; a site's blurb over the essay). Its kind says it heads a paper
    // ([`heads_a_paper`]), and text starts under it; a line that says nothing of the kind
    // is a section's.
    // (Where the format states its headings, they say which is the title.)
    if headed.is_empty()
        && shapes.last().is_some_and(|(_, s)| *s == Shape::Body)
        && !shapes.iter().any(|(_, s)| matches!(s, Shape::Candidate(_)))
    {
        let start = shapes.last().map_or(0, |(i, _)| *i + 1);
        let below = free
            .iter()
            .copied()
            .filter(|&i| i >= start)
            .take(OPENING_LINES_MAX)
            .take_while(|&i| line_marker(lines[i].text).is_none())
            .find_map(|i| match judge(lines[i].text) {
                Shape::Candidate(mut c)
                    if heads_a_paper(&c.title)
                        && !c.title.contains(['，', ',', '了'])
                        && !ended_alike(lines, i, &c.title)
                        // (Text under it, or its table of contents: `目　录` over the
                        // plan's chapters.)
                        && lines[i + 1..]
                            .iter()
                            .find(|l| !l.text.is_empty())
                            .is_some_and(|l| {
                                crate::toc::may_be_label(l.text) || judge(l.text) == Shape::Body
                            }) =>
                {
                    c.notes
                        .push("a paper's headline below the text's opening lines");
                    Some((i, c))
                }
                _ => None,
            });
        if let Some((i, c)) = below {
            shapes.retain(|(_, s)| matches!(s, Shape::Rejected(_)));
            shapes.push((i, Shape::Candidate(c)));
        }
    }
    // Short labels are navigation only on a page that has chrome: a short notice's first
    // lines are short too.
    let page = shapes
        .iter()
        .any(|(i, s)| matches!(s, Shape::Rejected(_)) || nav_furniture_between(head, *i));
    let short_nav = |k: usize| -> bool {
        let short =
            |s: &Shape| matches!(s, Shape::Candidate(c) if c.is_short() && !c.crumb && !c.field);
        let around = |j: usize| -> bool {
            let Some((i, s)) = shapes.get(j) else {
                return false;
            };
            matches!(s, Shape::Rejected(_)) || short(s) || nav_furniture_between(head, *i)
        };
        page && short(&shapes[k].1)
            && ((k > 0 && around(k - 1))
                || around(k + 1)
                || nav_furniture_between(head, shapes[k].0))
    };
    let mut cands: Vec<Scored> = Vec::new();
    let mut nav: Vec<usize> = Vec::new();
    for (k, (i, shape)) in shapes.iter().enumerate() {
        let Shape::Candidate(c) = shape else { continue };
        if short_nav(k) {
            nav.push(k);
        }
        cands.push(Scored {
            i: *i,
            cand: c.clone(),
            score: 0,
            why: Vec::new(),
        });
    }
    // Navigation labels are set aside when anything else is left.
    if cands.len() > nav.len() {
        let nav_lines: Vec<usize> = nav.iter().map(|&k| shapes[k].0).collect();
        cands.retain(|c| !nav_lines.contains(&c.i));
    }
    // The issuer's name signed under the text (`中共某市纪委办公室` over its date): a line at
    // the head that says the same is the issuer's red head, not the headline.
    let signed = find_sign_off(lines, head).and_then(|s| s.unit);
    let issuer_why = |c: &Scored| -> Option<&'static str> {
        let signs = signed
            .is_some_and(|u| u != c.i && join_spaces(lines[u].text) == join_spaces(&c.cand.title));
        // (A name over its kind alone, `某镇第十二次代表大会` / `开　幕　词`, is a headline
        // broken before its kind: the two are the title.)
        let kind_under = lines[c.i + 1..]
            .iter()
            .find(|l| !l.text.is_empty())
            .is_some_and(|l| crate::title::is_paper_kind_alone(l.text));
        if signs {
            Some("the issuer's name, signed under the text")
        } else if kind_under {
            None
        } else {
            crate::title::issuer_line(&c.cand.title)
        }
    };
    // A page's title bar over the headline, its parts parted by underscores, one of them the
    // headline itself (`某某大会专题_某镇第十二次代表大会` over `某镇第十二次代表大会`): the
    // headline under it is the article's.
    let bar_parts = |t: &str| -> Vec<String> {
        t.split(['_', '＿'])
            .map(crate::names::join_spaces)
            .filter(|p| !p.is_empty())
            .collect()
    };
    let bars: Vec<usize> = cands
        .iter()
        .filter(|c| {
            let parts = bar_parts(&c.cand.title);
            parts.len() >= 2
                && cands
                    .iter()
                    .any(|o| o.i > c.i && parts.contains(&crate::names::join_spaces(&o.cand.title)))
        })
        .map(|c| c.i)
        .collect();
    cands.retain(|c| !bars.contains(&c.i));
    // Issuers' lines (a document-type label, an organisation's name) are set aside when a
    // headline longer than a navigation label is left: a `关于……的通知` or a news headline
    // under them says what the document is about.
    let mut aside: Vec<(usize, &'static str)> = bars
        .iter()
        .map(|&i| {
            (
                i,
                "the page's title bar (parts parted by _, the headline below one of them)",
            )
        })
        .collect();
    // Under a red head (`某某文件`: a paper's own title always follows it, where a bare
    // `某市人民政府公告` may be the title itself) a short headline is enough: `政府工作报告`.
    let paper_label = cands
        .iter()
        .any(|c| c.cand.title.ends_with("文件") && crate::title::is_doc_type_label(&c.cand.title));
    let headline_left = cands
        .iter()
        .any(|c| issuer_why(c).is_none() && (!c.cand.is_short() || paper_label));
    if headline_left {
        for c in &cands {
            if let Some(why) = issuer_why(c) {
                aside.push((c.i, why));
            }
        }
        cands.retain(|c| !aside.iter().any(|(i, _)| *i == c.i));
    }
    // A paper's month and place (`二〇二六年三月·北京`) gives way to any headline left, a
    // short one too (`春天里的中国`): no words of a title are in it.
    let dated = |c: &Scored| crate::title::is_month_and_place(&c.cand.title);
    if cands.iter().any(|c| !dated(c) && issuer_why(c).is_none()) {
        for c in cands.iter().filter(|c| dated(c)) {
            aside.push((
                c.i,
                "a paper's month and the place it was issued (某年某月·北京)",
            ));
        }
        cands.retain(|c| !dated(c));
    }
    // An official paper prints its issuer's red head, then its number (`某大学教务处文件`
    // over `某大教务〔2024〕58号`), then its own title: a candidate above the number is the
    // red head when one is left under it.
    let numbered_at = (0..lines.len().min(free.last().map_or(0, |&l| l + 1)))
        .find(|&i| head.used.why(i) == Some(crate::classify::DOC_NUMBER_WHY));
    if let Some(d) = numbered_at {
        // (One that names its subject, `关于……的通知`: a field's line under the number,
        // `当事人：某公司`, leaves the headline above it, `某局行政处罚决定书`, the title.)
        let headline_under = cands
            .iter()
            .any(|c| c.i > d && names_subject(&c.cand.title));
        if headline_under && cands.iter().any(|c| c.i < d) {
            // (A line naming a kind of paper, `某局行政处罚决定书`, is a paper's own title,
            // whatever stands under its number; `某某文件` is the red head's word.)
            let red_head = |c: &Scored| {
                c.i < d
                    && (c.cand.title.ends_with("文件")
                        || !crate::title::ends_with_paper_kind(&c.cand.title))
            };
            if cands.iter().all(|c| c.i > d || red_head(c)) {
                for c in cands.iter().filter(|c| c.i < d) {
                    aside.push((c.i, "above the document number: the issuer's red head"));
                }
                cands.retain(|c| c.i > d);
            }
        }
    }
    // A breadcrumb to a channel ends the page's chrome: the article starts under it, and
    // the first candidate there is the first of the article (a skip link or a site's
    // slogan above it is no headline). So does a site's menu ([`bulleted_menu`]).
    let crumbs = shapes
        .iter()
        .filter(|(i, s)| {
            matches!(s, Shape::Rejected(_)) && crate::title::is_breadcrumb(lines[*i].text)
        })
        .map(|(i, _)| *i);
    let chrome_end = crumbs.chain(head.menu_end).max();
    // The first line of a series of like lines below (`关于霧霾治理` over its text, then
    // `关于军费增长` `关于中印关系` over theirs): the first of the parts they head, no
    // headline of them all.
    if let Some(c) = cands.first() {
        if chrome_end.is_none()
            && (first_of_like_lines(lines, c.i, &c.cand.title)
                || first_of_short_labels(lines, c.i, &c.cand.title)
                || part_over_parts(lines, c.i))
        {
            let i = c.i;
            cands.retain(|c| c.i != i);
            if cands.is_empty() {
                return;
            }
        }
    }
    let Some(first) = chrome_end
        .and_then(|end| cands.iter().find(|c| c.i > end))
        .or(cands.first())
        .map(|c| c.i)
    else {
        return;
    };
    let block = dash_block(lines, head, &free);
    // A later candidate with a byline or date right under it: the headline the byline
    // belongs to. A first candidate as short as a navigation label above it (an app's or a
    // site's name, `学习强国`) is then first by place only.
    let bylined_later = cands
        .iter()
        .skip(1)
        .filter(|c| {
            // (A headline: longer than a label, neither a date nor a bracketed note.)
            !c.cand.is_short()
                && find_date(&c.cand.title).is_none()
                && !c.cand.title.starts_with(['（', '(', '〔', '['])
        })
        .any(|c| matches!(after(lines, head, &shapes, c.i), After::Byline));
    // The next candidate of a headline's length: a first line of one word (`法律`, `主页`)
    // above it labels a channel.
    // (The next candidate, a headline's words, no question: `问：……？` heads an answer. A
    // part's name, `前言` `后记`, names what the text under it is.)
    let headline_later = cands.first().is_some_and(|c| {
        !crate::subtitle::is_bookend(&c.cand.title) && !crate::subtitle::is_intro(&c.cand.title)
    }) && cands.get(1).is_some_and(|c| {
        chars(&c.cand.title) >= HEADLINE_MIN
            && !c.cand.title.starts_with(['问', '問', '答'])
            && !c.cand.title.ends_with(['？', '?'])
    });
    // The next candidate right under the first, a headline that ends in its paper's kind
    // (`……工程招标公告`), under a first of a label's length that names none (`详细信息`):
    // the page's label over the headline.
    let kind_later = cands.first().is_some_and(|c| {
        c.cand.is_short()
            && !crate::title::ends_with_paper_kind(&c.cand.title)
            && !names_subject(&c.cand.title)
    }) && cands.get(1).is_some_and(|c| {
        chars(&c.cand.title) >= HEADLINE_MIN
            && crate::title::ends_with_paper_kind(&c.cand.title)
            && cands
                .first()
                .is_some_and(|f| lines[c.i].no <= lines[f.i].no + 2)
    });
    let second = cands.get(1).map(|c| c.i);
    let mut under_label = false;
    let mut prev_title: Option<String> = None;
    let several = cands.len() > 1;
    for c in &mut cands {
        // Whether it is first by place only, a label over a headline with its byline.
        let mut labelled = false;
        if names_subject(&c.cand.title) {
            c.score += SUBJECT_WEIGHT;
            c.why.push("names its subject (关于……的……)");
        }
        if block.is_some_and(|(top, _)| top == c.i) {
            c.score += DASH_BLOCK_WEIGHT;
            c.why
                .push("heads the lines set right above a dash subtitle (——在……上的讲话)");
        }
        if headline == Some(lines[c.i].no) {
            c.score += STATED_WEIGHT;
            c.why.push("the format states it as the headline");
        }
        // A paper prints its column's tag after the headline (`……（权威发布）`,
        // `……（政策解读·问答）`), never after the kicker set over it.
        if c.cand.column.is_some() && lines[c.i].text.trim_end().ends_with(['）', ')']) {
            c.score += COLUMN_TAG_WEIGHT;
            c.why.push("its column's tag after it (a paper's headline)");
        }
        if c.cand.crumb || c.cand.field {
            c.score += CRUMB_WEIGHT;
            c.why
                .push("the page marks it (breadcrumb, site name or field)");
        }
        let below = after(lines, head, &shapes, c.i);
        // A site's name heads a page with chrome and never stands over the article's info
        // line: being first is no evidence for it when another candidate is left.
        // Nor is a short line that opens with the publisher's name the head reads
        // (`人民日报数字报` over a piece whose source line names `人民日报`): its masthead.
        let masthead = head.meta.source.as_deref().is_some_and(|s| {
            chars(s) >= 2
                && c.cand
                    .title
                    .strip_prefix(s)
                    .is_some_and(|rest| chars(rest) <= MASTHEAD_SUFFIX_MAX)
        });
        // Nor a short line that is the credited author's own page (`某某的博客`,
        // `某某的个人空间`): a blog's name over every post of that author.
        let own_page = head.meta.author.iter().any(|a| {
            chars(a) >= 2
                && c.cand
                    .title
                    .strip_prefix(a.as_str())
                    .and_then(|rest| rest.strip_prefix('的'))
                    .is_some_and(|rest| chars(rest) <= MASTHEAD_SUFFIX_MAX)
        });
        if own_page && several {
            c.score = i32::MIN / 2;
            c.why
                .push("the credited author's own page (their name, 的, and little more)");
        }
        if masthead && several {
            // Never the title while another candidate is left.
            c.score = i32::MIN / 2;
            c.why
                .push("a publisher's masthead (its name the source line gives, and little more)");
        }
        let site = several
            && (page
                && crate::title::is_site_name(&c.cand.title)
                && !matches!(below, After::Byline)
                || named_in_info_below(lines, head, c.i, &c.cand.title));
        if c.i == first && site {
            c.why.push("first, but shaped as a site's name on a page");
        } else if c.i == first && running_again(lines, head, c.i) {
            // A book's or a gazette's name over every page: first on the first page only.
            c.why.push("first, but the running head of every page");
        } else if c.i == first
            && (c.cand.is_short()
                || crate::title::is_label_row(&c.cand.title) && !over_dash(lines, c.i)
                || crate::title::is_phrase_list(&c.cand.title) && !matches!(below, After::Byline))
            && bylined_later
            && !c.cand.crumb
        {
            c.why.push(
                "first, but a label's length or a list of phrases over a headline with its byline",
            );
            labelled = true;
        } else if c.i == first && kind_later {
            c.why
                .push("first, but a label's length over a headline that ends in its paper's kind");
            under_label = true;
        } else if c.i == first && chars(&c.cand.title) <= WORD_LABEL_MAX && headline_later {
            c.why
                .push("first, but one word (a channel's or a menu's label) over a headline");
            under_label = true;
        } else if c.i == first
            && crate::names::is_bare_name(&c.cand.title)
            && headline_later
            && named_again_under(lines, c.i, &c.cand.title)
        {
            // (A name is no headline: the writer's, set over the headline; said again, it
            // is the byline said again, no title's repeat.)
            c.score = i32::MIN / 2;
            c.why
                .push("first, but a person's name (a byline) over a headline");
            under_label = true;
        } else if under_label && Some(c.i) == second {
            c.score += FIRST_WEIGHT;
            c.why.push("the first candidate under a channel's label");
        } else if c.i == first {
            c.score += FIRST_WEIGHT;
            c.why.push("the first candidate");
        }
        // (A label said again right under itself, `党群之窗` / `党群之窗`, the column's head and
        // its tab, over a headline with its byline: a label said twice, no headline's repeat.)
        let said_twice = |j: usize| labelled && free.iter().find(|&&f| f > c.i) == Some(&j);
        match repeated_at(lines, &free, c.i, &c.cand.title) {
            // The sign-off names the issuer, not the headline: no evidence for a title.
            Some(j) if Some(j) == signed => c.why.push("repeated only as the issuer's sign-off"),
            Some(j) if said_twice(j) => c.why.push("said again right under itself (a label)"),
            Some(_) => {
                c.score += REPEATED_WEIGHT;
                c.why.push("repeated below");
            }
            None => {}
        }
        match below {
            After::Byline => {
                c.score += BYLINE_WEIGHT;
                c.why.push("a byline or date under it");
            }
            After::Text => {
                c.score += ABOVE_TEXT_WEIGHT;
                c.why.push("the text under it");
            }
            After::Other => {}
        }
        if let Some(p) = &prev_title {
            if c.cand.title.contains(&format!("《{p}》")) {
                c.score += NAMES_ABOVE_WEIGHT;
                c.why.push("names the line above in 《》");
            }
        }
        prev_title = Some(c.cand.title.clone());
    }
    // The best supported; the first of equals.
    let Some(best) = cands
        .iter()
        .enumerate()
        .max_by_key(|(k, c)| (c.score, std::cmp::Reverse(*k)))
        .map(|(k, _)| k)
    else {
        return;
    };
    let chosen = cands.swap_remove(best);
    // What stood above the title and lost is page furniture; a date there is the date.
    for (i, shape) in &shapes {
        if *i >= chosen.i {
            break;
        }
        let why = match shape {
            // A code block stays as written, wherever it stands.
            Shape::Rejected(CODE_BLOCK) => continue,
            Shape::Rejected(r) => format!("furniture: {r}"),
            Shape::Candidate(_) if aside.iter().any(|(k, _)| k == i) => {
                let why = aside.iter().find(|(k, _)| k == i).map_or("", |(_, w)| *w);
                format!("furniture: {why}; the headline below says what the text is about")
            }
            Shape::Candidate(_) if nav.iter().any(|&k| shapes[k].0 == *i) => {
                "furniture: navigation label (short, among page furniture)".into()
            }
            // A person's name over the headline: the writer's byline, set above it.
            Shape::Candidate(_) if crate::names::is_bare_name(lines[*i].text) => {
                let name = crate::names::join_spaces(lines[*i].text);
                if !head.meta.author.contains(&name) {
                    head.meta.author.push(name);
                }
                "meta: byline above the title (a name alone)".into()
            }
            Shape::Candidate(_) => format!(
                "furniture: heading above the title (less supported than line {})",
                lines[chosen.i].no
            ),
            Shape::Date => {
                set_date(lines[*i].text, &mut head.meta);
                "meta: date above the title".into()
            }
            // Text never stands above the title (the outline keeps document order).
            Shape::Subtitle => "furniture: a dash line above the title".into(),
            Shape::Body => continue,
        };
        head.used.insert(*i, why);
    }
    // Chosen over its info line, below what ended the look: all above it is the page's
    // chrome (text never stands above the title: the outline keeps document order).
    if over_info == Some(chosen.i) {
        for (k, l) in lines.iter().enumerate().take(chosen.i) {
            if !l.text.is_empty() && !head.uses(k) {
                head.used.insert(
                    k,
                    "furniture: above the headline over its info line (the page's chrome)".into(),
                );
            }
        }
    }
    let t = chosen.i;
    let mut cand = chosen.cand;
    let mut raw_first = t;
    let mut notes: Vec<&str> = cand.notes.clone();
    notes.extend(chosen.why.iter().copied());
    let mut title = cand.title.clone();
    // A short breadcrumb's last part ends the full headline below it, maybe over two lines.
    if cand.crumb && (cand.is_short() || crumb_name(&cand.title).is_some()) {
        if let Some((lo, hi)) = crumb_headline(lines, &free, t, &cand.title) {
            head.used.insert(t, "furniture: breadcrumb".into());
            // (The short lines between, the crumb's channels said again, are the page's.)
            for &i in free.iter().filter(|&&i| i > t && i < free[lo]) {
                if !head.uses(i) {
                    head.used.insert(
                        i,
                        "furniture: a channel's label between the breadcrumb and the headline it ends"
                            .into(),
                    );
                }
            }
            title = free[lo..=hi].iter().map(|&i| lines[i].text).collect();
            for &i in &free[lo + 1..=hi] {
                head.used.insert(i, "title (continued)".into());
            }
            raw_first = free[lo];
            notes.push("the headline its breadcrumb ends");
            let (column, clean) = split_column(&title);
            cand.column = cand.column.or(column);
            title = clean;
        }
    }
    // An issuer's name set on the line right above its `关于……的通知` (no blank line
    // between) opens the headline: `某县人民政府办公室` / `关于印发……的通知`, the title block
    // of a formal paper (issuer, subject, kind), under a red head or not.
    if raw_first == t && t > 0 && adjacent(lines, t - 1, t) && opens_with_about(&title) {
        let above = lines[t - 1].text;
        // Only a line set aside as furniture above the headline: a line read as metadata
        // (a byline, a date) stays what it is.
        let set_aside = head
            .used
            .why(t - 1)
            .is_none_or(|w| w.starts_with("furniture"));
        if crate::title::is_issuers(above) && set_aside {
            title = format!("{above}{title}");
            head.used.insert(t, "title (continued)".into());
            raw_first = t - 1;
            notes.push("its issuer on the line above");
        }
    }
    // A headline that names no owner (`2023年度工作总结`) under an organisation's name set
    // right above it: the name is whose paper it is, the first part of the headline.
    // (A paper's kind set letter by letter, `行 政 处 罚 决 定 书` under the body that
    // serves it, is read as written close.)
    if raw_first == t && t > 0 && adjacent(lines, t - 1, t) && letter_spaced(&title) {
        let close = crate::names::join_spaces(&title);
        if crate::title::ownerless_headline(&close) && crate::title::is_org_name(lines[t - 1].text)
        {
            title = close;
        }
    }
    if raw_first == t
        && t > 0
        && adjacent(lines, t - 1, t)
        && crate::title::ownerless_headline(&title)
        && crate::title::is_org_name(lines[t - 1].text)
        && head
            .used
            .why(t - 1)
            .is_none_or(|w| w.starts_with("furniture"))
    {
        title = format!("{}{title}", lines[t - 1].text);
        head.used.insert(t, "title (continued)".into());
        raw_first = t - 1;
        notes.push("its owner's name on the line above");
    }
    // A page's path before the headline, parted by slashes (`某某公报/一九五四年/第一号/
    // ……的决定`), the headline said again alone right under it: the headline.
    if let Some(last) = path_end(&title) {
        let next = free_from(lines, head, t + 1, HEAD_WINDOW).next();
        if let Some(n) = next.filter(|&n| trim(lines[n].text) == last) {
            title = last.to_string();
            head.used.insert(n, "title repeated".into());
            notes.push("the page's path before it taken off");
        }
    }
    head.used
        .insert(raw_first, format!("title: {}", notes.join("; ")));
    let mut rest = free_from(lines, head, t + 1, HEAD_WINDOW);
    // A title broken over two lines: `在第18期入党积极分子培训班、` / `第20期发展对象培训班……`.
    // And a plan's period or a status alone under it: `某某规划` / `（2025—2027年）`.
    // A headline that names no kind of paper yet and states no sentence may end below.
    let open = !crate::title::ends_with_paper_kind(&title) && !title.contains(is_terminator);
    let tail_under = rest.clone().next().filter(|&n| {
        crate::title::is_title_tail(lines[n].text)
            // A headline broken before its kind of paper, the line right under it
            // (`……人居环境综合` / `整治工作实施方案`).
            || open
                && n == t + 1
                && adjacent(lines, t, n)
                && chars(lines[n].text) <= PAPER_TAIL_MAX
                && line_marker(lines[n].text).is_none()
                && (crate::title::ends_with_paper_kind(lines[n].text)
                    // Or broken inside the kind's word, a note in brackets after it
                    // (`……对照检` / `查材料（含案例）`): the two lines make the kind.
                    || crate::title::ends_with_paper_kind(without_bracket_note(&format!(
                        "{title}{}",
                        lines[n].text
                    ))))
            // The kind alone (`某某协会` / `章　程`), a blank line between or not: a kind
            // of paper stands alone only as the end of its headline.
            || open
                && crate::title::is_paper_kind_alone(lines[n].text)
                && level_of(lines[n].no).is_none()
    });
    // A title set over two to four lines right above its dash subtitle (`坚定信心　真抓实干`
    // / `奋力谱写……新篇章` / `——在……上的讲话`): every line is the title's. A pair is a
    // slogan's two halves, parted by a space; longer, a sentence runs on unless its lines
    // are parted within.
    // (A book's name or a quotation the headline leaves open, asked once.)
    let open_mark = unclosed_mark(&title);
    if let Some(bottom) = run_over_dash(lines, head, raw_first) {
        let pair = bottom == raw_first + 1;
        for k in raw_first + 1..=bottom {
            if pair || lines[k - 1].text.contains([' ', '\u{3000}']) {
                title.push(' ');
            }
            title.push_str(lines[k].text);
            head.used
                .insert(k, "title (continued, above its dash subtitle)".into());
            rest.next();
        }
    } else if let Some(next) = tail_under {
        // A kind alone is spaced out as a heading is (`章　程`): the title joins it up.
        if crate::title::is_paper_kind_alone(lines[next].text) {
            title.push_str(&crate::names::join_spaces(lines[next].text));
        } else {
            title.push_str(lines[next].text);
        }
        head.used.insert(next, "title (continued)".into());
        rest.next();
    } else if let Some(next) = rest.clone().next().filter(|&n| {
        // A speech's title broken inside its frame (`在全县……专项行动` / `动员部署会上的讲话`):
        // the line right under it closes `在……上`.
        title.starts_with('在') && adjacent(lines, t, n) && closes_dash_frame(&title, lines[n].text)
    }) {
        title.push_str(lines[next].text);
        head.used
            .insert(next, "title (continued: it closes 在……上)".into());
        rest.next();
    } else if title.ends_with(['、', '，', '—']) || opens_about(&title) || open_mark.is_some() {
        // A subject opened by `关于` is closed by the `的` of the line that ends it; a book's
        // name or a quotation left open (`……学习《某某文` / `选》第五卷心得体会`), by the mark
        // that closes it.
        let closes = |n: usize| {
            (!opens_about(&title) || lines[n].text.contains('的'))
                && open_mark.is_none_or(|c| closes_first(lines[n].text, c))
        };
        if let Some(next) = rest
            .clone()
            .next()
            .filter(|&n| looks_like_title(lines[n].text) && closes(n))
        {
            title.push_str(lines[next].text);
            head.used.insert(next, "title (continued)".into());
            rest.next();
        }
    }
    if title != lines[raw_first].text {
        head.meta.title_line = Some(lines[raw_first].text.to_string());
    }
    // The title again, broken over two lines right under each other (a paper's own
    // headline under the page's): both lines are the title's.
    let repeat_in_parts = repeated_in_parts(lines, &free, raw_first, &title);
    for &j in &repeat_in_parts {
        head.used
            .insert(j, "title repeated (broken over lines)".into());
    }
    // The title with a count after it (`某某章程5篇`), as a site that collects samples heads
    // its page: the title's, no heading.
    for &j in free.iter().filter(|&&j| j > raw_first) {
        if counted_title(lines[j].text, &title) {
            head.used.insert(
                j,
                "title repeated (with the page's count of samples)".into(),
            );
        }
    }
    // A collection's label of its first piece, the title's words with it (`第一篇：某某知识
    // 问答`, `某某教案【第一篇】`), where no second piece is given: the page's, no heading.
    let pieces: Vec<(usize, u32)> = free
        .iter()
        .filter(|&&j| j > raw_first)
        .filter_map(|&j| piece_label(lines[j].text, &title).map(|n| (j, n)))
        .collect();
    // (Where a second piece is given, each piece is a part of the page.)
    let more = || {
        lines
            .iter()
            .any(|l| piece_number(l.text).is_some_and(|(n, _)| n >= 2))
    };
    if let [(j, 1)] = pieces[..] {
        if !head.uses(j) && !more() {
            head.used.insert(
                j,
                "furniture: a collection's label of its piece (第一篇), the only piece given"
                    .into(),
            );
        }
    }
    // A repeat that is the sign-off stays for the sign-off to read as the issuer.
    let repeat = repeated_at(lines, &free, raw_first, &title).filter(|&j| Some(j) != signed);
    // A repeat run into the text's first paragraph is that paragraph: it stays text.
    let ran_in = repeat
        .is_some_and(|j| lines[j].text.contains(is_terminator) && !title.contains(is_terminator));
    if let Some(j) = repeat {
        if !ran_in {
            head.used.insert(j, "title repeated".into());
        }
        // The other form of it above (the file's name the page gave it): repeated too.
        let forms = [repeat_key(&title), repeat_key(lines[raw_first].text)];
        for k in free.iter().copied().filter(|&k| k > raw_first && k < j) {
            if !head.uses(k) && forms.contains(&repeat_key(lines[k].text)) {
                head.used
                    .insert(k, "title repeated (as the page names its file)".into());
            }
        }
        // Short lines between a headline and its repeat are its kicker: a few lines, no
        // more (a standard repeats its name over its first clause, after its contents,
        // foreword and introduction).
        // (A paragraph between them says the text began above the repeat, page clutter in
        // it: the short lines among its paragraphs are the text's own, its subtitles.)
        let between: Vec<usize> = free
            .iter()
            .copied()
            .filter(|&k| k > raw_first && k < j && !head.uses(k))
            .collect();
        let text_between = between
            .iter()
            .any(|&k| lines[k].text.contains(is_terminator) && !looks_like_title(lines[k].text));
        for &k in free.iter().filter(|&&k| {
            k > raw_first && k < j && between.len() <= KICKER_LINES_MAX && !text_between
        }) {
            // A name, maybe after its office, is the byline the headline was set over
            // before it came again (`某某发言稿` / `王某某` / `某某发言稿`): the author.
            if !head.uses(k) && head.meta.author.is_empty() {
                if let Some(byline) = crate::names::name_byline(lines[k].text) {
                    take_byline(&mut head.meta, byline);
                    head.used.insert(
                        k,
                        "meta: author (a byline between the headline and its repeat)".into(),
                    );
                    continue;
                }
            }
            // (A field, `网站编辑：某某`, is the page's record, no kicker; so is a line that
            // dates the page, `某某 2024-09-20 12:17:01`.)
            if !head.uses(k)
                && looks_like_title(lines[k].text)
                && !crate::title::is_date_line(lines[k].text)
                && find_date(lines[k].text).is_none()
                && !crate::subtitle::labelled(lines[k].text)
            {
                head.used.insert(k, "furniture: kicker".into());
            }
        }
        // A numbered list between a headline and its repeat, each number said twice, with
        // a label over it at most, is the page's (a site's notice to its readers, `1. 1、下载
        // 前……` `2. 2、……`): the paper begins at the repeat, and its own numbering after it.
        if page_list(lines, &between) {
            for &k in &between {
                head.used.insert(
                    k,
                    "furniture: a page's list between the headline and its repeat".into(),
                );
            }
        }
    }
    head.meta.column = cand.column;
    if let Some(stamp) = &cand.date {
        set_date(stamp, &mut head.meta);
    }
    if let Some(speaker) = cand.speaker {
        if head.meta.author.is_empty() {
            head.meta
                .author
                .extend(speaker.split(' ').map(str::to_string));
        }
    }
    // A news agency's dateline under the headline states the headline bare (`某某社北京1月
    // 20日电 题：……`): where the headline holds it with more around it (a column's tag, a
    // mirror's suffix), the title is what the dateline states.
    if let Some(stated) = lines
        .iter()
        .skip(raw_first + 1)
        .take(UNDER_TITLE_MAX + 2)
        .find_map(|l| stated_headline(l.text))
    {
        if stated.len() < title.len() && title.contains(stated) {
            title = stated.to_string();
        }
    }
    head.title = Some(title);
    under_title(lines, head, raw_first);
    // The article's own header under the page's repeat of its headline: its dateline and
    // byline stand there (`在……上的讲话` / `（2025年4月8日）` / `某某`).
    if let Some(j) = repeat
        .filter(|_| !ran_in)
        .or(repeat_in_parts.last().copied())
    {
        under_title(lines, head, j);
    }
}

/// Marks the lines of a headline and its page's date field that the title reader left
/// (`某某通知 发布时间：……` under the page's headline, its repeat): the page's date line,
/// read as such by the classifier, no text.
fn headline_date_lines(lines: &[Line], head: &mut Head) {
    let window = lines.len().min(HEAD_WINDOW);
    for (i, l) in lines.iter().enumerate().take(window) {
        // (The title's own line is used already, by the title.)
        if !head.uses(i) && crate::classify::headline_with_date_field(l.text).is_some() {
            head.used.insert(
                i,
                "meta: date (a headline's line, the title read elsewhere)".into(),
            );
        }
    }
}

/// The most lines of a page's list between a headline and its repeat ([`page_list`]): a
/// label and a few items.
const PAGE_LIST_LINES_MAX: usize = 8;

/// The most characters of the label over a page's list (`合集下载`, `下载须知`): a word or
/// two, no sentence.
const LABEL_CHARS_MAX: usize = 8;

/// Tells whether `between` (the unread lines between a headline and its repeat) is a
/// page's numbered list, `1` `2` … in order, two items or more, under one short label at
/// most (`合集下载`), each number said twice (`1. 1、下载前……`: the web list's counter, then
/// the site's own): nothing of a paper's own, whose text and numbering begin at the repeat.
/// (A list numbered once there may be the paper's, `1、准备身份证。` between a headline and
/// its repeat over the steps' closing words.)
fn page_list(lines: &[Line], between: &[usize]) -> bool {
    if between.len() > PAGE_LIST_LINES_MAX {
        return false;
    }
    let number = |k: usize| {
        let (m, rest) = line_marker(lines[k].text)?;
        let n = m.number?;
        let again = line_marker(trim(rest)).is_some_and(|(a, _)| a.number == Some(n));
        again.then_some((m.family, n))
    };
    let items = match between {
        [label, items @ ..]
            if number(*label).is_none()
                && !lines[*label].text.contains(is_terminator)
                && crate::text::count_to(lines[*label].text, LABEL_CHARS_MAX + 1)
                    <= LABEL_CHARS_MAX =>
        {
            items
        }
        items => items,
    };
    let numbers: Option<Vec<(Family, u32)>> = items.iter().map(|&k| number(k)).collect();
    numbers.is_some_and(|ns| {
        ns.len() >= 2
            && ns
                .iter()
                .zip(1..)
                .all(|(&(family, n), want)| family == ns[0].0 && n == want)
    })
}

/// Takes back a title that is a speech's occasion (`2026年1月19日在某市……会议上`, no dash)
/// with a byline or a salutation right under it (`某市人大常委会主任某某某`, `各位代表：`):
/// the speech's dateline, its headline cut off above. [`untitled_speech`] reads it then.
fn occasion_over_byline(lines: &[Line], head: &mut Head) {
    let Some((t, _)) = head.title_at() else {
        return;
    };
    let text = trim(lines[t].text.trim_start_matches(crate::title::DASHES));
    if !crate::title::is_occasion(text) || head.title.as_deref() != Some(text) {
        return;
    }
    let Some(next) = (t + 1..lines.len()).find(|&k| !lines[k].text.is_empty()) else {
        return;
    };
    let under = lines[next].text;
    // (An office and a name: a speaker's; a reporter's credit or a name alone is a story's.)
    let office = |unit: &str| crate::names::names_a_post(unit) && !crate::names::is_role(unit);
    let byline = crate::names::name_byline(under)
        .is_some_and(|(unit, _)| unit.as_deref().is_some_and(office))
        || crate::names::unit_glued_name(under)
            .is_some_and(|(unit, name)| office(&unit) && crate::names::is_bare_name(&name));
    // (An audience: `各位代表：` `同志们：`, no one person, `亲爱的妈妈：`.)
    let salutation = under.strip_suffix(['：', ':']).is_some_and(|s| {
        crate::glued::is_addressee(s) && (s.contains(['们', '們']) || s.starts_with("各位"))
    });
    if byline || salutation {
        head.title = None;
        head.meta.title_line = None;
        head.used.remove(t);
    }
}

/// Reads the head of a speech or a report copied from below its headline: its first line
/// the occasion (`——2026年1月19日在某市……会议上`, or no dash), the date of it the text's,
/// and the byline under it (`某市人民检察院检察长 某某`) read as under a title.
fn untitled_speech(lines: &[Line], head: &mut Head) {
    let Some(first) = (0..lines.len()).find(|&i| !lines[i].text.is_empty() && !head.uses(i)) else {
        return;
    };
    let text = lines[first].text;
    let words = text.trim_start_matches(crate::title::DASHES);
    if !crate::title::is_occasion(words) {
        return;
    }
    if head.meta.date.is_none() {
        crate::classify::set_date(words, &mut head.meta);
    }
    head.used.insert(
        first,
        "meta: the occasion a speech was given at (a date, 在……上), no headline above".into(),
    );
    under_title(lines, head, first);
}

/// How many lines from the end a page's footer may name the article's title.
const FOOTER_LINES: usize = 12;

/// Reads the title a page's footer names where the head found none (`本文标题：……`,
/// `标题:……</div>`, beside the page's address): a title field among the last lines.
fn footer_title(lines: &[Line], head: &mut Head) {
    let filled: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| !lines[i].text.is_empty())
        .take(FOOTER_LINES)
        .collect();
    for i in filled {
        if head.uses(i) {
            continue;
        }
        let text = lines[i].text;
        // (A tag the copy kept after the value, `……</div>`, is markup.)
        let text = text.find("</").map_or(text, |k| &text[..k]);
        let Some((label, value)) = crate::title::field(text) else {
            continue;
        };
        let value = trim(value);
        if crate::title::is_title_label(label)
            && crate::title::looks_like_title(value)
            && !value.ends_with(is_terminator)
        {
            head.title = Some(value.to_string());
            head.meta.title_line = Some(lines[i].text.to_string());
            head.used
                .insert(i, "title: the title the page's footer names".into());
            return;
        }
    }
}

/// The fewest characters of a unit's name beside a date under the title (`教务处`,
/// `县水利局`): two are words (`西部`).
const SHORT_UNIT_MIN: usize = 3;

/// The most lines between a headline and its repeat that are its kicker.
const KICKER_LINES_MAX: usize = 3;

/// A title set right above its dash subtitle outweighs being first: the kicker above it
/// (`某某工作会议材料之一`) is first, the title is what the subtitle hangs from.
const DASH_BLOCK_WEIGHT: i32 = 3;

/// The most lines of a title set over several lines.
const TITLE_LINES_MAX: usize = 4;

/// The lines set right above the first dash subtitle of the head (`——在……上的讲话`, no
/// blank line between), each shaped as a title, two to [`TITLE_LINES_MAX`] of them: the
/// first and the last, by index. One line alone is the ordinary case and needs no help.
fn dash_block(lines: &[Line], head: &Head, free: &[usize]) -> Option<(usize, usize)> {
    let d = free
        .iter()
        .copied()
        .find(|&i| i > 0 && crate::title::is_dash_line(lines[i].text))?;
    let bottom = d
        .checked_sub(1)
        .filter(|&b| adjacent(lines, b, d) && title_shaped(lines, head, b))?;
    let mut top = bottom;
    while top > 0
        && bottom - top + 1 < TITLE_LINES_MAX
        && adjacent(lines, top - 1, top)
        && title_shaped(lines, head, top - 1)
    {
        top -= 1;
    }
    (top < bottom).then_some((top, bottom))
}

/// The last line of a title set over two to [`TITLE_LINES_MAX`] lines from `first` down,
/// right above a dash subtitle (no blank line between), or `None`.
fn run_over_dash(lines: &[Line], head: &Head, first: usize) -> Option<usize> {
    let mut k = first;
    while k + 1 < lines.len() && adjacent(lines, k, k + 1) {
        if crate::title::is_dash_line(lines[k + 1].text) {
            return (k > first).then_some(k);
        }
        if k + 1 - first >= TITLE_LINES_MAX || !title_shaped(lines, head, k + 1) {
            return None;
        }
        k += 1;
    }
    None
}

/// Tells whether line `k` may be one line of a title set over several: free, shaped as a
/// title, no dash line and no numbered line.
fn title_shaped(lines: &[Line], head: &Head, k: usize) -> bool {
    !head.uses(k)
        && !lines[k].text.is_empty()
        && looks_like_title(lines[k].text)
        && !crate::title::is_dash_line(lines[k].text)
        && line_marker(lines[k].text).is_none()
}

/// The most characters of the line that ends a headline broken before its kind of paper
/// (`整治工作实施方案`): the end of a headline, not a headline of its own.
const PAPER_TAIL_MAX: usize = 16;

/// The lines (by number) of a bulletin's column tags (`【工作动态】`, see
/// [`crate::subtitle::column_tags`]), in order.
fn column_tag_lines(lines: &[Line]) -> Vec<usize> {
    // Most texts have no line that is a tag alone: settled in one look at each line.
    let alone = |t: &str| t.starts_with('【') && t.ends_with('】');
    if !lines.iter().any(|l| alone(l.text)) {
        return Vec::new();
    }
    let text: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].text.is_empty())
        .collect();
    crate::subtitle::column_tags(
        text.len(),
        |k| lines[text[k]].text,
        |k| line_marker(lines[text[k]].text).is_some(),
    )
    .into_iter()
    .map(|k| lines[text[k]].no)
    .collect()
}

/// Tells whether lines `a` and `b` stand one right under the other, no blank line between.
fn adjacent(lines: &[Line], a: usize, b: usize) -> bool {
    lines[a].no + 1 == lines[b].no
}

/// Tells whether a headline starts with its subject (`关于……`).
fn opens_with_about(title: &str) -> bool {
    title.starts_with("关于") || title.starts_with("關於")
}

/// Tells whether a headline names its subject as an official paper's does: `关于`, then `的`
/// and the kind of paper (`关于做好春耕生产的通知`).
fn names_subject(title: &str) -> bool {
    about_subject(title)
        .and_then(|subject| {
            subject
                .rfind('的')
                .map(|at| &subject[at + '的'.len_utf8()..])
        })
        .is_some_and(|kind| {
            (1..=PAPER_KIND_MAX).contains(&chars(kind)) && kind.chars().all(crate::text::is_cjk)
        })
}

/// The most characters of the kind of paper after a subject's `的`: `通知`, `实施方案`,
/// `专题会议纪要`.
const PAPER_KIND_MAX: usize = 6;

/// What a title says after its `关于` (`關於`), if it has one.
fn about_subject(title: &str) -> Option<&str> {
    ["关于", "關於"]
        .iter()
        .find_map(|w| title.find(w).map(|at| &title[at + w.len()..]))
}

/// Tells whether a title line opens its subject with `关于` and does not close it with
/// `的` (`某县委关于省委巡视组` over `巡视反馈意见整改情况的通报`): the line under it ends
/// the title.
fn opens_about(title: &str) -> bool {
    about_subject(title).is_some_and(|subject| !subject.contains('的'))
}

/// Where the date a headnote gives for the text's publication starts, among several
/// (`（2024年5月6日常务会议通过　2024年6月1日公布　自2024年8月1日起施行）`): the date whose
/// words up to the next date say it was published (`公布` `发布` `颁布`). `None` where no
/// date says so.
fn published_at(text: &str) -> Option<usize> {
    let mut dates = Vec::new();
    let mut start = 0;
    while let Some((_, r)) = text.get(start..).and_then(find_date) {
        dates.push(start + r.start..start + r.end);
        start += r.end;
    }
    (0..dates.len()).find_map(|k| {
        let end = dates.get(k + 1).map_or(text.len(), |next| next.start);
        let words = &text[dates[k].end..end];
        crate::fields::PUBLISHED
            .iter()
            .any(|w| words.contains(w))
            .then_some(dates[k].start)
    })
}

/// The headline a news agency's dateline states (`中新社北京1月20日电 题：给“关键少数”上课`):
/// the words after `题：`.
fn stated_headline(text: &str) -> Option<&str> {
    let (after, _) = crate::scan::date::news_dateline(text).ok()?;
    let stated = trim(trim(after).strip_prefix("题")?.strip_prefix(['：', ':'])?);
    (!stated.is_empty()).then_some(stated)
}

/// How many lines below the opening paragraph are looked at for a paper's headline: a
/// news lead's two or three sentences, or a covering notice's addressees, words, issuer,
/// date and release note.
const OPENING_LINES_MAX: usize = 6;

/// Tells whether another short line ends as line `i`'s `title` does (`王老师的读书心得` beside
/// `李老师的读书心得`): lines in parallel are the text's subtitles, none its headline.
fn ended_alike(lines: &[Line], i: usize, title: &str) -> bool {
    let tail = crate::text::last_chars(title, 2);
    lines.iter().enumerate().any(|(k, l)| {
        k != i
            && l.text.ends_with(tail)
            && crate::text::count_to(l.text, crate::subtitle::SUBTITLE_MAX + 1)
                <= crate::subtitle::SUBTITLE_MAX
    })
}

/// Kinds of a personal paper, as its headline names it (`……学习心得体会`, `……读后感`,
/// `在……会上的讲话`), beside the official kinds of [`crate::title::ends_with_paper_kind`].
const OWN_PAPER_KINDS: &[&str] = &[
    "心得",
    "体会",
    "體會",
    "感悟",
    "读后感",
    "讀後感",
    "观后感",
    "觀後感",
    "讲话",
    "講話",
    "发言",
    "發言",
    "讲稿",
    "講稿",
    "致辞",
    "致辭",
    "述职报告",
];

/// Tells whether a headline names the kind of paper it heads: an official one
/// (`……的通知`, `……行动计划`) or a personal one ([`OWN_PAPER_KINDS`]).
fn heads_a_paper(title: &str) -> bool {
    crate::title::ends_with_paper_kind(title) || OWN_PAPER_KINDS.iter().any(|k| title.ends_with(k))
}

/// How many lines under the title are looked at for its dateline and a name byline: the
/// two stand there in either order (`（2024年3月1日）` then `某某`, or the other way).
const UNDER_TITLE_MAX: usize = 2;

/// The most lines a note in brackets under the title is wrapped over.
const WRAPPED_NOTE_MAX: usize = 10;

/// The lines that go on a note in brackets opened on line `d` and not closed there
/// (`(1990年6月28日第七届全国人民代表大会常务委` / `员会第十四次会议通过……` / `……修正)`):
/// the free lines right under it, up to the one that closes the bracket; none when it
/// closes on its line or never closes within [`WRAPPED_NOTE_MAX`] lines.
fn bracket_run(lines: &[Line], head: &Head, d: usize) -> Vec<usize> {
    let depth = |t: &str| {
        t.chars().fold(0i32, |n, c| match c {
            '（' | '(' => n + 1,
            '）' | ')' => n - 1,
            _ => n,
        })
    };
    let text = lines[d].text;
    if !text.starts_with(['（', '(']) || depth(text) <= 0 {
        return Vec::new();
    }
    let mut open = depth(text);
    let mut run = Vec::new();
    let mut prev = d;
    for k in d + 1..lines.len().min(d + 1 + WRAPPED_NOTE_MAX) {
        // (A numbered line is the text's: the bracket was never closed.)
        if lines[k].text.is_empty()
            || head.uses(k)
            || !adjacent(lines, prev, k)
            || line_marker(lines[k].text).is_some()
        {
            break;
        }
        run.push(k);
        open += depth(lines[k].text);
        if open <= 0 {
            return run;
        }
        prev = k;
    }
    Vec::new()
}

/// Words by which a page speaks of itself (`本站`, `小编`).
const SITE_SELF: &[&str] = &["本站", "小编", "小編", "本网站", "本網站"];

/// What a site says it does with its pages (`栏目`, `更新`, `转载`, `整理`).
const SITE_WORK: &[&str] = &[
    "栏目", "欄目", "更新", "转载", "轉載", "收集", "整理", "仅供", "僅供", "网友", "網友", "投稿",
    "下载", "下載",
];

/// Tells whether a paragraph speaks of the site it is on and its pages (`本站“范文”栏目将
/// 陆续更新……`): a station's notice (`本站自3月1日起调整售票时间`) speaks of no pages.
fn speaks_of_site(text: &str) -> bool {
    SITE_SELF.iter().any(|w| text.contains(w)) && SITE_WORK.iter().any(|w| text.contains(w))
}

/// Where the last date of a law's note starts that the note says the law was passed or
/// amended on (`……通过　……2021年1月22日……修订`; a date it takes effect, `自……起施行`,
/// is none of them); `first`, where the first date stands, when none is.
fn last_date_at(text: &str, first: usize) -> usize {
    let mut dates: Vec<std::ops::Range<usize>> = Vec::new();
    let mut from = first;
    while let Some((_, r)) = find_date(&text[from..]) {
        dates.push(from + r.start..from + r.end);
        from += r.end;
    }
    let clause = |k: usize| {
        let end = dates.get(k + 1).map_or(text.len(), |next| next.start);
        &text[dates[k].end..end]
    };
    (0..dates.len())
        .rev()
        .find(|&k| ADOPTION_WORDS.iter().any(|w| clause(k).contains(w)))
        .map_or(first, |k| dates[k].start)
}

/// Tells whether a line is a web address alone (`http://……`, `<https://……>`).
fn is_bare_address(text: &str) -> bool {
    let url = text.trim_start_matches('<').trim_end_matches('>');
    (url.starts_with("http://") || url.starts_with("https://"))
        && !url.contains(char::is_whitespace)
}

/// Words of a law's note of its passing under its title (`……会议通过`, `……批准`).
const ADOPTION_WORDS: &[&str] = &["通过", "通過", "批准", "修正", "修订", "修訂"];

/// Last words of a title that lists people (`……优秀志愿者名单`): the names under it are
/// the listed, not the writers.
const LIST_TITLE_ENDINGS: &[&str] = &["名单", "名單", "名录", "名錄", "名册", "名冊"];

/// Reads a dateline (`（一九四三年六月一日）`, `2015年12月27日 …通过`) and a byline that is
/// a name alone or an office and a name (`某某大学党委书记　某某`) right under the title.
/// The most characters of a page's stamp line: a day and a time among a few labels.
const STAMP_LINE_MAX: usize = 50;

/// The most ideographs of a page's stamp beside its date: its labels and the site's name
/// (`发布` `阅读`, `浏览量` `时间`, `某某人才网` `发布`), a few words, no sentence's.
const STAMP_WORDS_MAX: usize = 8;

/// Tells whether a line is a page's stamp, the date at `date` (a full day, as
/// [`find_date`] finds one) among a few
/// labels, counters and the site's name: short, no sentence's end or comma beside the date.
fn is_page_stamp(text: &str, date: std::ops::Range<usize>) -> bool {
    let (before, after) = (&text[..date.start], &text[date.end..]);
    let words = |s: &str| s.chars().filter(|&c| crate::text::is_cjk(c)).count();
    // (A label right before the date says whose day it is: the page's, `时间：` `发布时间：`;
    // an event's, `会议时间：`, is no stamp.)
    // (So does a word right before it, a colon or none: `出生 1990-05-01`, `截至 2021-06-30`,
    // `会议时间 2023-05-12`; nor is a period, `…… 至 ……`, a stamp.)
    let label = before
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '：' | ':'))
        .rsplit(|c: char| !crate::text::is_cjk(c))
        .next()
        .unwrap_or("");
    let event = !label.is_empty()
        && !crate::fields::dates_the_paper(label)
        && !crate::classify::DAY_LABELS.contains(&label);
    !event
        && !after.contains(['至', '到', '~', '～'])
        && chars(text) <= STAMP_LINE_MAX
        && ![before, after]
            .iter()
            .any(|s| s.contains(|c: char| is_terminator(c) || matches!(c, '，' | ',' | '、')))
        && words(before) + words(after) <= STAMP_WORDS_MAX
}

fn under_title(lines: &[Line], head: &mut Head, title: usize) {
    // A dash subtitle under the title (`——学习……的几点体会`) takes no place of the two.
    let rest: Vec<usize> = free_from(
        lines,
        head,
        title + 1,
        UNDER_TITLE_MAX + 1 + PASSED_OVER_MAX,
    )
    .collect();
    let (mut dated, mut named) = (false, false);
    let mut seen = 0;
    // Lines passed over on the way to the byline: a short label (`某某会议文件（一）`) before
    // it; after one, only a byline of an office and a name is taken.
    let mut passed = 0;
    let headline = head.title.as_deref().map(crate::names::join_spaces);
    // Whether the headline is a speech's or a report's, its subtitle aside (`政府工作报告——
    // 2009年……`): one short label under it may be passed over on the way to the byline
    // (elsewhere the office and name below may be whom the text tells of: `人物名片` over a
    // profile's subject).
    let spoken = headline.as_deref().is_some_and(|h| {
        crate::glued::ends_as_speech(h)
            || h.match_indices("——")
                .any(|(at, _)| crate::glued::ends_as_speech(&h[..at]))
    });
    let mut dash: Option<usize> = None;
    // (Names under a list's title, `……名单`, are the people it lists.)
    let listed = head
        .title
        .as_deref()
        .is_some_and(|t| LIST_TITLE_ENDINGS.iter().any(|e| t.ends_with(e)));
    // The page's stamp right under the title with no word beside its day and time
    // (`2024-02-08 13:07:58 583`, the views counted after them): set aside as furniture for
    // having no words, it still dates the page.
    let no_words = format!("furniture: {}", crate::classify::NO_WORDS);
    if let Some(d) = (title + 1..lines.len()).find(|&k| !lines[k].text.is_empty()) {
        if head.used.why(d) == Some(no_words.as_str())
            && find_date(lines[d].text).is_some()
            && set_date(lines[d].text, &mut head.meta)
        {
            head.used.insert(
                d,
                "meta: date (the page's stamp under the title, no words beside it)".into(),
            );
        }
    }
    for &d in &rest {
        // (A line read already as the rest of a wrapped note above.)
        if head.uses(d) {
            continue;
        }
        let text = lines[d].text;
        // A dash subtitle broken over two lines (`——2025年1月8日在某市第十六届人民代表大会`
        // / `第五次会议上`, a blank line between or none): the second line closes its `在……上`.
        if let Some(p) = dash.take() {
            if lines[d].no <= lines[p].no + 2 && closes_dash_frame(lines[p].text, text) {
                // (A subtitle read as no dateline, `——在……会议上的讲话`, stays text whole;
                // its second line is passed over all the same, the byline may stand under.)
                if head.uses(p) {
                    head.used
                        .insert(d, "meta: dateline (continued: it closes 在……上)".into());
                }
                continue;
            }
        }
        // The page a copy was taken from, its address alone under the title.
        if is_bare_address(text) {
            head.used
                .insert(d, "furniture: a web address alone under the title".into());
            continue;
        }
        if crate::title::is_dash_line(text) {
            dash = Some(d);
        }
        // The headline, or the part of it before its subtitle, said again under it
        // (`政府工作报告` under `政府工作报告——2009年3月25日在……上`): the print's own headline
        // under the page's; the byline may stand below it.
        if headline.as_deref().is_some_and(|h| said_again(h, text))
            && rest
                .iter()
                .find(|&&k| k > d)
                .is_some_and(|&k| heads_a_byline(lines[k].text))
        {
            head.used
                .insert(d, "furniture: the headline said again under it".into());
            continue;
        }
        if !crate::title::is_dash_line(text) {
            seen += 1;
            if seen > UNDER_TITLE_MAX + passed {
                break;
            }
        }
        // A byline and its date on one line, parted by layout space (`张伟　2024年5月6日`,
        // `县水利局  2024-05-06 10:30`): the writer (read as a byline alone under the title
        // is, or the unit that issues it) and the day. Other words before the date (a label,
        // `发布日期`; a site, `某某网`) name no one: the date is still the day.
        if !dated && !named && passed == 0 {
            if let Some((who, day)) = crate::title::trailing_date(text) {
                let unit = chars(who) >= SHORT_UNIT_MIN
                    && who.chars().all(crate::text::is_cjk)
                    && crate::title::ends_as_org(who);
                // (A place or a weekday before the date says where or when, no one.)
                let said = crate::title::is_place_name(who) || crate::title::is_weekday(who);
                let names = if unit || said {
                    None
                } else {
                    crate::names::name_byline(who)
                        .map(|(_, n)| vec![n])
                        .or_else(|| crate::names::names_byline(who))
                };
                if set_date(day, &mut head.meta) {
                    let why = if let Some(names) = names.filter(|_| head.meta.author.is_empty()) {
                        head.meta.author.extend(names);
                        named = true;
                        "meta: byline and dateline on one line"
                    } else if unit {
                        head.meta.issuer.get_or_insert_with(|| who.to_string());
                        "meta: issuer and dateline on one line"
                    } else if crate::title::is_site_name(who) {
                        head.meta.source.get_or_insert_with(|| who.to_string());
                        "meta: source and dateline on one line"
                    } else {
                        "meta: dateline (after a label)"
                    };
                    head.used.insert(d, why.into());
                    dated = true;
                    continue;
                }
            }
        }
        if !dated {
            // A note in brackets wrapped over several lines (a law's note of its passing as a
            // PDF's text breaks it): read whole, to the line that closes its bracket.
            let wrapped = bracket_run(lines, head, d);
            let joined: String;
            let text = match wrapped.last() {
                Some(_) => {
                    joined = std::iter::once(d)
                        .chain(wrapped.iter().copied())
                        .map(|k| lines[k].text)
                        .collect();
                    joined.as_str()
                }
                None => text,
            };
            if let Some((found, range)) = find_date(text) {
                // `（2026年4月23日）`, `——2025年1月15日在…会议上`: only brackets or a dash
                // before it.
                let before = trim(&text[..range.start]).trim_matches(['（', '(', '—', '-']);
                let adopted = ADOPTION_WORDS.iter().any(|w| text.contains(w));
                // A law's note of its passing and amendments dates the version in hand by
                // its last date (`……通过　根据……修正　2021年1月22日……修订`).
                let from = match published_at(text) {
                    Some(at) => at,
                    None if adopted => last_date_at(text, range.start),
                    None => range.start,
                };
                // (A paragraph that opens with the day it tells of, `2021年3月3日，某某主持召开
                // ……。`, is the text's first sentence, no dateline: a date is set off the text.)
                let told = !adopted && text[range.end..].contains(['。', '！', '？']);
                // (Past a label, only a dateline set off by its brackets or dash, or a date
                // alone on its line.)
                let set_off = passed == 0
                    || text.starts_with(['（', '(', '—', '-'])
                    || crate::title::is_date_line(text);
                if before.is_empty() && !told && set_off && set_date(&text[from..], &mut head.meta)
                {
                    // The note dates the law, not the page: a publication date stated
                    // gives way to none.
                    if adopted {
                        head.meta.date_written = true;
                    }
                    // A name set right after the date and time (`2023-05-30 05:08某某某`, a
                    // page's stamp run into its byline) is the author's.
                    // (After a time only, and glued to it: `……3月5日修正` says what was done
                    // that day, `2023-05-30 05:08 北京` where the page was posted.)
                    let after = trim(&text[range.end..]);
                    if head.meta.author.is_empty()
                        && found.time.is_some()
                        && !text[range.end..].starts_with(char::is_whitespace)
                        && !adopted
                        && crate::names::is_personal_name(after)
                    {
                        head.meta.author.push(after.to_string());
                    }
                    head.used.insert(d, "meta: dateline".into());
                    for &k in &wrapped {
                        head.used.insert(
                            k,
                            "meta: dateline (continued: its bracket closes below)".into(),
                        );
                    }
                    dated = true;
                    continue;
                }
                // A dateline alone (`（2025年4月8日）`) when the page gave its date already:
                // the day of the speech, still no text, and the byline may follow it.
                if crate::title::is_date_line(text) {
                    head.used
                        .insert(d, "meta: dateline (the date read above is kept)".into());
                    dated = true;
                    continue;
                }
                // The page's stamp right under the title: the day and time among a few
                // labels and counters, no sentence (`发布 2020-06-05 08:26 阅读 8498`,
                // `浏览量：　时间：2016-01-17 23:45`, `某某网 . 2016-04-28发布`).
                if passed == 0 && is_page_stamp(text, range.clone()) {
                    set_date(&text[range.start..], &mut head.meta);
                    head.used
                        .insert(d, "meta: date (the page's stamp under the title)".into());
                    dated = true;
                    continue;
                }
                // A dash line whose date is not the document's (the page gave its own):
                // the speech's dateline all the same, with the byline still under it. So is
                // such a line in brackets (`（2009年3月25日在某县人民代表大会……上）`).
                // (A speech's: at a meeting, `在……上`; `（2024年1月10日至2月10日）` is a
                // period the text tells of.)
                let at_meeting = text.contains('在')
                    && (text.contains("会议") || text.contains("會議") || text.contains('上'));
                let bracketed = text.starts_with(['（', '('])
                    && text.ends_with(['）', ')'])
                    && before.is_empty()
                    && at_meeting;
                if bracketed {
                    head.used.insert(
                        d,
                        "meta: dateline (a speech's day; the date read for the page is kept)"
                            .into(),
                    );
                    continue;
                }
                if !crate::title::is_dash_line(text) {
                    break;
                }
                // (The day opening it, `——2025年1月8日在……上`: a speech's dateline. A
                // feature's subtitle, `——记2024年7月12日夜间抢险的……`, stays text.)
                if before.is_empty() {
                    head.used.insert(
                        d,
                        "meta: dateline (a speech's day; the date read for the page is kept)"
                            .into(),
                    );
                }
                continue;
            } else if is_partial_dateline(text) {
                head.used
                    .insert(d, "meta: dateline without a full date".into());
                dated = true;
                continue;
            }
        }
        // A dash line under a speech's title (`——在某某会议上的讲话`) is its subtitle: the
        // byline may stand under it.
        if crate::title::is_dash_line(text) && !named {
            // A dash line naming the speaker (`——市委副书记、市长　某某`) is the byline.
            let said = text
                .trim_start_matches(crate::title::DASHES)
                .trim_start_matches(['-', '－'])
                .trim_start();
            if head.meta.author.is_empty() {
                if let Some(byline) = crate::names::name_byline(said) {
                    take_byline(&mut head.meta, byline);
                    head.used
                        .insert(d, "meta: byline under the title, after a dash".into());
                    named = true;
                }
            }
            continue;
        }
        // A name where a byline stands, when no byline named anyone. A magazine sets an
        // ornament before it (`●某某`, `◎ 某某`): one bulleted line alone, not a list.
        if !named && head.meta.author.is_empty() {
            let text = unbulleted_byline(lines, head, d).unwrap_or(text);
            if let Some((unit, name)) =
                crate::names::name_byline(text).filter(|(unit, _)| passed == 0 || unit.is_some())
            {
                let why = match &unit {
                    Some(_) => "meta: byline under the title (an office or unit, then a name)",
                    None => "meta: byline under the title (a name alone)",
                };
                take_byline(&mut head.meta, (unit, name));
                head.used.insert(d, why.into());
                named = true;
                continue;
            }
            if let Some(names) = crate::names::names_byline(text).filter(|_| !listed && passed == 0)
            {
                head.meta.author.extend(names);
                head.used
                    .insert(d, "meta: byline under the title (names alone)".into());
                named = true;
                continue;
            }
        }
        // A short label of no sentence before any byline or date (`某某会议文件（一）`):
        // passed over, once, under a speech's or a report's headline.
        // (Or a label that says the text is a speech, `新春致辞` under a news headline: the
        // speaker's byline may stand under it.)
        let says_speech = || crate::glued::ends_as_speech(&crate::names::join_spaces(text));
        if (spoken || says_speech())
            && !named
            && !dated
            && passed < PASSED_OVER_MAX
            && is_label_line(text)
        {
            passed += 1;
            continue;
        }
        break;
    }
}

/// How many short labels under the title (`某某会议文件（一）`) are passed over on the way
/// to its dateline and byline.
const PASSED_OVER_MAX: usize = 1;

/// Tells whether a line under the title is a short label: a phrase of at most
/// [`crate::subtitle::SUBTITLE_MAX`] characters, no sentence's end, comma or colon in it.
fn is_label_line(text: &str) -> bool {
    chars(text) <= crate::subtitle::SUBTITLE_MAX
        && crate::scan::marker::line_marker(text).is_none()
        && !text.contains(|c: char| {
            crate::text::is_terminator(c) || matches!(c, '，' | ',' | '：' | ':')
        })
}

/// Tells whether `line` says again the headline `title` (spaces aside), or its part before a
/// subtitle or after a year (`政府工作报告` under `2003年某市政府工作报告`): the start or
/// the end of the headline, four characters or more.
fn said_again(title: &str, line: &str) -> bool {
    let line = crate::names::join_spaces(line);
    if chars(&line) < SAID_AGAIN_MIN {
        return false;
    }
    // Its part before a subtitle's dash (`家校合力携手共赢` of `家校合力携手共赢——……`), or
    // its end when that names the kind of paper (`政府工作报告` of `2003年某市政府工作报告`):
    // an issuer's name that opens a notice's headline (`某某市人民政府`) is none.
    let before_dash = title
        .strip_prefix(line.as_str())
        .is_some_and(|rest| rest.starts_with(['—', '-']));
    let kind_end = title.ends_with(&line) && crate::glued::names_its_kind(&line);
    before_dash || kind_end
}

/// Tells whether a line under the title opens the head's lines below a headline said again:
/// a subtitle or dateline after a dash, a dateline in brackets, or a byline of an office
/// and a name.
fn heads_a_byline(text: &str) -> bool {
    crate::title::is_dash_line(text)
        || text.starts_with(['（', '(']) && find_date(text).is_some()
        || crate::names::name_byline(text).is_some_and(|(unit, _)| unit.is_some())
}

/// The fewest characters of a line that says again part of the headline.
const SAID_AGAIN_MIN: usize = 4;

/// The text of line `d` after its bullet, when it is a bulleted line under the title whose
/// neighbours carry no bullet of the same kind (a byline set off by an ornament, `●某某`),
/// not a bulleted list of names.
/// How many lines from the top a byline after a square (`□某某`) may stand: under the title,
/// an editor's note and a field or two.
const PRINT_BYLINE_REACH: usize = 10;

/// The unit and name of a byline set after a square (`□章某某（某网评论中心主任）`, `□ 王某`), a
/// paper's mark for its writer: one such line alone, not an item of a list of squares.
fn print_byline(lines: &[Line], i: usize) -> Option<Option<(Option<String>, String)>> {
    let rest = lines[i].text.strip_prefix('□')?;
    let listed = |k: usize| lines.get(k).is_some_and(|l| l.text.starts_with('□'));
    if listed(i + 1) || i.checked_sub(1).is_some_and(listed) {
        return None;
    }
    let rest = rest.trim_start_matches(crate::scan::marker::is_space);
    match crate::names::name_byline(rest) {
        Some(byline) => Some(Some(byline)),
        None => crate::names::is_role(rest).then_some(None),
    }
}

fn unbulleted_byline<'a>(lines: &[Line<'a>], head: &Head, d: usize) -> Option<&'a str> {
    let text = lines[d].text;
    let bullet = text
        .chars()
        .next()
        .filter(|&c| crate::scan::marker::is_bullet(c))?;
    let listed = |k: usize| {
        lines.get(k).is_some_and(|l| l.text.starts_with(bullet)) && !head.used.contains_key(&k)
    };
    if listed(d + 1) || d.checked_sub(1).is_some_and(listed) {
        return None;
    }
    Some(text[bullet.len_utf8()..].trim_start_matches(crate::scan::marker::is_space))
}

/// The most characters of the second line of a broken dash subtitle (`第五次会议上`,
/// `全体会议上的讲话`).
const DASH_TAIL_MAX: usize = 20;

/// Tells whether `next` ends a dash subtitle `dash` that opened `在……` and has not closed it
/// with `上`: short, no sentence, ending the frame (`第五次会议上`, `会议上的讲话`).
fn closes_dash_frame(dash: &str, next: &str) -> bool {
    let open = dash
        .rfind('在')
        .is_some_and(|at| !dash[at..].contains('上'));
    let closes = next.ends_with('上') || next.contains("上的");
    open && closes
        && chars(next) <= DASH_TAIL_MAX
        && !next.contains(is_terminator)
        && line_marker(next).is_none()
}

/// What follows a title candidate.
enum After {
    /// A byline, source or date line (maybe past a `——` subtitle).
    Byline,
    /// A paragraph or a salutation: the text starts.
    Text,
    /// Another candidate or nothing.
    Other,
}

/// Looks at the lines after candidate `i`: a metadata line or a date within reach, past
/// furniture and subtitles, or the text.
fn after(lines: &[Line], head: &Head, shapes: &[(usize, Shape)], i: usize) -> After {
    let shape_of = |j: usize| shapes.iter().find(|(k, _)| *k == j).map(|(_, s)| s);
    let mut seen = 0;
    for (j, line) in lines.iter().enumerate().skip(i + 1) {
        if seen == BYLINE_REACH {
            break;
        }
        if let Some(why) = head.used.why.get(&j) {
            if why.starts_with("meta") {
                return After::Byline;
            }
            continue;
        }
        seen += 1;
        match shape_of(j) {
            Some(Shape::Date) => return After::Byline,
            Some(Shape::Subtitle) => continue,
            Some(Shape::Body) => return After::Text,
            Some(_) => return After::Other,
            // Past the head's window: a line never judged.
            None => {
                return if crate::title::is_date_line(line.text) {
                    After::Byline
                } else {
                    After::Other
                }
            }
        }
    }
    After::Other
}

/// How many lines under a candidate are looked at for an info line that names it.
const INFO_REACH: usize = 4;

/// Tells whether an info line under the next line names candidate `i` as one of its words
/// (`城市漫游指南` over the headline and `原创 某某 城市漫游指南 2025-04-02`): the
/// candidate is the account or site that published the headline, not the headline.
fn named_in_info_below(lines: &[Line], head: &Head, i: usize, title: &str) -> bool {
    lines
        .iter()
        .enumerate()
        .skip(i + 2)
        .take(INFO_REACH)
        .any(|(j, line)| {
            head.used.why.get(&j).is_some_and(|w| w.starts_with("meta"))
                && line
                    .text
                    .split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '丨'))
                    .any(|w| w == title)
        })
}

/// Tells whether furniture (a navigation line such as `返回`) stands right next to line `i`.
fn nav_furniture_between(head: &Head, i: usize) -> bool {
    let near = |j: usize| {
        head.used
            .why
            .get(&j)
            // A table of contents is the document's own, no page chrome.
            .is_some_and(|w| w.starts_with("furniture") && !w.contains("contents"))
    };
    (i > 0 && near(i - 1)) || near(i + 1)
}

/// Tells whether `text` is `title` with a count of samples after it (`5篇`, `五篇`), spaces
/// aside. (A sample's number, `某某章程1`, heads that sample: [`crate::title::sample_headlines`]
/// reads those.)
fn counted_title(text: &str, title: &str) -> bool {
    let squeeze = crate::names::join_spaces;
    let (text, title) = (squeeze(text), squeeze(title));
    let Some(number) = text
        .strip_prefix(title.as_str())
        .filter(|_| !title.is_empty())
        .and_then(|rest| rest.strip_suffix('篇'))
    else {
        return false;
    };
    (1..=3).contains(&number.chars().count())
        && (number
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
            || number.chars().all(is_cn_numeral_char))
}

/// The fewest characters a piece's label shares with the start of the title
/// (`思政课教案` of `思政课教案范例优质8篇`).
const PIECE_TITLE_SHARED_MIN: usize = 4;

/// The number of a collection's piece in its label (`第一篇：某某知识问答`,
/// `某某教案【第一篇】`), where its words open as the title does, spaces aside.
fn piece_label(text: &str, title: &str) -> Option<u32> {
    if !text.contains('篇') {
        return None;
    }
    let (n, words) = piece_number(&crate::names::join_spaces(text))?;
    let shared = words
        .chars()
        .zip(crate::names::join_spaces(title).chars())
        .take_while(|(a, b)| a == b)
        .count();
    (shared >= PIECE_TITLE_SHARED_MIN).then_some(n)
}

/// The number of a collection's piece in a label (`第二篇：……`, `……【第二篇】`), with the
/// label's words.
fn piece_number(text: &str) -> Option<(u32, String)> {
    // (The label opens the line, or closes it in brackets.)
    if !text.contains('篇') || !text.starts_with('第') && !text.ends_with(['】', '）', ')', ']'])
    {
        return None;
    }
    let piece = |s: &str| -> Option<(u32, usize)> {
        let (rest, (family, n)) = crate::scan::marker::law_division(s).ok()?;
        (family == crate::scan::marker::Family::Part && s.contains('篇'))
            .then_some((n, s.len() - rest.len()))
    };
    let (n, words) = if let Some((n, end)) = piece(text) {
        (
            n,
            text[end..].trim_start_matches([':', '：', ' ', '\u{3000}']),
        )
    } else {
        // (After the words, in brackets: `某某教案【第一篇】`.)
        let open = text.rfind(['【', '（', '(', '['])?;
        let inner = text[open..]
            .get(open_len(&text[open..])..)?
            .strip_suffix(['】', '）', ')', ']'])?;
        let (n, end) = piece(inner)?;
        (end == inner.len()).then_some((n, &text[..open]))?
    };
    Some((n, words.to_string()))
}

/// The length in bytes of the first character of `s` (an opening bracket's).
fn open_len(s: &str) -> usize {
    s.chars().next().map_or(0, char::len_utf8)
}

/// Finds where a candidate's headline comes again below it in the head (the raw line or
/// the cleaned title, spaces and marks aside).
/// A line's words as a headline's repeat is compared: no spaces, no stars.
fn repeat_key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '＊' | '※' | '\u{3000}'))
        .collect()
}

fn repeated_at(lines: &[Line], free: &[usize], i: usize, title: &str) -> Option<usize> {
    let key = repeat_key;
    let want = key(title);
    let raw = key(lines[i].text);
    if want.is_empty() {
        return None;
    }
    // A headline comes again once (the page's and the article's); a line that comes again
    // and again is a label of the layout (`【题目】` before each question).
    // (Or run into the text's first paragraph, a space after it: `某某 习近平总书记强调，……`,
    // a document site's preview that lost the line break.)
    let run_in = |t: &str| {
        t.strip_prefix(title.trim()).is_some_and(|rest| {
            rest.starts_with(char::is_whitespace) && rest.contains(is_terminator)
        })
    };
    // (The head's free lines: a few dozen at most.)
    let exact: Vec<usize> = free
        .iter()
        .copied()
        .filter(|&j| j > i && [want.as_str(), raw.as_str()].contains(&key(lines[j].text).as_str()))
        .collect();
    // (Run into a paragraph only where it stands nowhere else.)
    let found = if exact.is_empty() {
        free.iter()
            .copied()
            .filter(|&j| j > i && run_in(lines[j].text))
            .collect()
    } else {
        exact
    };
    match found.as_slice() {
        [one] => Some(*one),
        // The headline as the page gave it and as the title reads, once each (a document
        // site's file name, `某某预案.docx`, then the paper's own `某某预案`): the later one
        // stands over the text.
        [first, then] if key(lines[*first].text) != key(lines[*then].text) => Some(*then),
        _ => None,
    }
}

/// The last part of a path parted by slashes (`某某公报/一九五四年/第一号/某某的决定`): three
/// parts or more, none empty or spaced; `None` for any other text.
fn path_end(text: &str) -> Option<&str> {
    let parts: Vec<&str> = text.split(['/', '／']).collect();
    (parts.len() >= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && !p.contains(char::is_whitespace)))
    .then(|| parts[parts.len() - 1])
}

/// Tells whether the name on line `i` is said again, alone on its line, right under the
/// line after it (`某某` / headline / `某某`): a byline set over the headline and under it.
fn named_again_under(lines: &[Line<'_>], i: usize, name: &str) -> bool {
    lines
        .get(i + 2)
        .is_some_and(|l| crate::names::join_spaces(l.text) == crate::names::join_spaces(name))
}

/// The closing mark a headline leaves open at its end (`……学习《某某文` leaves `》`), if any:
/// a book's name, a quotation or a bracket opened and not closed.
fn unclosed_mark(title: &str) -> Option<char> {
    const PAIRS: [(char, char); 4] = [('《', '》'), ('“', '”'), ('（', '）'), ('〈', '〉')];
    PAIRS.iter().find_map(|&(open, close)| {
        let last_open = title.rfind(open)?;
        (!title[last_open..].contains(close)).then_some(close)
    })
}

/// Tells whether `text` closes the mark `close` before it opens anything of its own: the
/// second half of a name or a quotation broken over two lines.
fn closes_first(text: &str, close: char) -> bool {
    text.find(close).is_some_and(|k| {
        !text[..k].contains(['《', '“', '（', '〈']) && !text[..k].contains(is_terminator)
    })
}

/// The most lines below the title a repeat broken over lines may start (blank lines
/// counted): the page's info lines and widgets stand between, a few of them.
const REPEAT_REACH: usize = 24;

/// The fewest characters of a title that a repeat broken over lines is looked for: a
/// headline long enough to be set over two lines.
const REPEAT_TITLE_MIN: usize = 8;

/// The most lines a headline's repeat is broken over (`关于某省2020年度省级预算` / `执行和
/// 其他财政收支审计查出问题` / `的整改情况报告`, as a report's cover sets it).
const REPEAT_PARTS_MAX: usize = 4;

/// Finds the title of line `i` again below it, once, broken over two to
/// [`REPEAT_PARTS_MAX`] free lines under each other, a blank line between them or none
/// (`某某大学本科毕业论文（设计）` / `工作指导意见`): the lines.
fn repeated_in_parts(lines: &[Line], free: &[usize], i: usize, title: &str) -> Vec<usize> {
    let key = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    let want = key(title);
    if want.is_empty() {
        return Vec::new();
    }
    // (A headline's repeat, under the page's info lines: a few lines below it, no more;
    // and a headline's length, no word or two, `春` / `风`.)
    if chars(title) < REPEAT_TITLE_MIN {
        return Vec::new();
    }
    let near = |s: usize| free[s] > i && lines[free[s]].no <= lines[i].no + REPEAT_REACH;
    let mut found = (0..free.len()).filter(|&s| near(s)).filter_map(|s| {
        let mut got = String::new();
        for (n, w) in free[s..].iter().enumerate().take(REPEAT_PARTS_MAX) {
            // (Under each other: a blank line between at most.)
            if n > 0 && lines[*w].no > lines[free[s + n - 1]].no + 2 {
                return None;
            }
            got.push_str(&key(lines[*w].text));
            if got.len() >= want.len() {
                return (n > 0 && got == want).then(|| free[s..=s + n].to_vec());
            }
            if !want.starts_with(&got) {
                return None;
            }
        }
        None
    });
    let parts = found.next().unwrap_or_default();
    if found.next().is_some() {
        return Vec::new();
    }
    parts
}

/// Tells whether a line is set out letter by letter (`行 政 处 罚 决 定 书`): three words or
/// more, each one ideograph.
fn letter_spaced(text: &str) -> bool {
    let mut words = text
        .split(crate::scan::marker::is_space)
        .filter(|w| !w.is_empty());
    words.clone().count() >= 3
        && words.all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(crate::text::is_cjk) && cs.next().is_none()
        })
}

/// Tells whether line `i` comes again below as a running head or foot (set aside as such).
fn running_again(lines: &[Line], head: &Head, i: usize) -> bool {
    let words = |t: &str| t.split_whitespace().collect::<String>();
    let want = words(lines[i].text);
    (i + 1..lines.len()).any(|j| {
        head.used.why(j).is_some_and(|w| w.starts_with(RUNNING_WHY)) && words(lines[j].text) == want
    })
}

/// The name a breadcrumb's last part gives the text after its year (`2021-某某法`): a
/// site's short name for a version, which the full headline below ends with.
fn crumb_name(last: &str) -> Option<&str> {
    last.trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix(['-', '_', '年', ' '])
        .filter(|name| last.starts_with(|c: char| c.is_ascii_digit()) && chars(name) >= 3)
}

/// Finds the free lines below breadcrumb line `t` that make the full headline its short
/// last part ends: one line ending with it, or two title lines of which the second does.
/// Tells whether a line under breadcrumb `t` opens with the crumb's last part and a colon
/// (`人民日报评论员：让……`): the crumb names the headline's column, the line is the headline.
fn crumb_column(lines: &[Line], free: &[usize], t: usize, last: &str) -> bool {
    let Some(at) = free.iter().position(|&i| i == t) else {
        return false;
    };
    free[at + 1..(at + 1 + CRUMB_REACH).min(free.len())]
        .iter()
        .any(|&i| {
            lines[i]
                .text
                .strip_prefix(last)
                .is_some_and(|rest| rest.starts_with(['：', ':']) && rest.chars().count() > 1)
        })
}

fn crumb_headline(lines: &[Line], free: &[usize], t: usize, last: &str) -> Option<(usize, usize)> {
    let at = free.iter().position(|&i| i == t)?;
    for k in at + 1..(at + 1 + CRUMB_REACH).min(free.len()) {
        let text = lines[free[k]].text;
        if !looks_like_title(text) {
            return None;
        }
        // (The crumb's own short words alone again, `教学教研` under `首页 > 教学教研`: the
        // channel's heading over its list, no headline completing it.)
        if text == last && chars(last) <= crate::title::NAV_LABEL_MAX {
            continue;
        }
        if text.ends_with(last) || crumb_name(last).is_some_and(|name| text.ends_with(name)) {
            // Two lines make the headline when the one above ends with no mark.
            let lo = if k > at + 1 && k - (at + 1) == 1 {
                at + 1
            } else {
                k
            };
            return Some((lo, k));
        }
    }
    None
}

/// The first `most` lines from `start` on that are neither blank nor used yet.
fn free_from(lines: &[Line], head: &Head, start: usize, most: usize) -> std::vec::IntoIter<usize> {
    (start..lines.len())
        .filter(|&i| !lines[i].text.is_empty() && !head.uses(i))
        .take(most)
        .collect::<Vec<_>>()
        .into_iter()
}

/// A dateline with a year but no day: `（一九三○年五月）`.
fn is_partial_dateline(text: &str) -> bool {
    let inner = text
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    inner.len() != text.len()
        && inner.contains('年')
        && inner.chars().all(|c| {
            c.is_ascii_digit()
                || crate::scan::numeral::is_cn_numeral_char(c)
                || matches!(c, '年' | '月' | '日' | 'Ｏ' | ' ')
        })
}

/// How many remark lines in brackets may stand under a sign-off (`（此件公开发布）`,
/// `（联系人：某某，电话：…）`): a notice puts one or two there, never more.
const REMARKS_MAX: usize = 2;

/// How many attachment lines a web page may list under the sign-off (`附件：某某.pdf`, one
/// download link a file).
const ATTACHMENTS_MAX: usize = 5;

/// The most characters of an attachment line: a label and a file's name.
const ATTACHMENT_MAX: usize = 80;

/// Tells whether a line names an attachment, as pages list their downloads under the
/// sign-off: `附件：某某.pdf`, `附件2：某某表.xlsx` — a label, a name, no sentence.
fn is_attachment(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("附件") else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| is_any_digit(c) || is_cn_numeral_char(c));
    let short = chars(text) <= ATTACHMENT_MAX && !rest.contains(is_terminator);
    // A download link named by its file alone (`附件1.xlsx`): the ending says it is a file.
    let file = rest
        .rsplit_once('.')
        .is_some_and(|(_, ext)| FILE_ENDINGS.contains(&ext.to_ascii_lowercase().as_str()));
    short
        && (file
            || rest
                .strip_prefix(['：', ':'])
                .is_some_and(|name| !trim(name).is_empty()))
}

/// The endings of the files a page offers for download under its text.
const FILE_ENDINGS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "wps", "et", "ofd", "zip", "rar", "7z", "jpg", "png",
    "ppt", "pptx", "txt",
];

/// The most characters of a remark line under a sign-off: a note, a contact, a phone.
const REMARK_MAX: usize = 40;

/// Tells whether a line is a remark in brackets under a sign-off: one short bracketed
/// note, no date in it, no sentence inside running past the bracket.
fn is_remark(text: &str) -> bool {
    let inner = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']));
    inner.is_some_and(|t| {
        !t.is_empty()
            && chars(text) <= REMARK_MAX
            && !t.contains(['（', '(', '）', ')'])
            && find_date(t).is_none()
    })
}

/// A sign-off found at the end: the date's line, the issuer's line above it, and how many
/// remark lines in brackets stand under the date.
struct SignOff {
    date: usize,
    unit: Option<usize>,
    remarks: usize,
    /// The attachment lines under the date, bottom up (a page's downloads).
    downloads: Vec<usize>,
}

/// Finds a sign-off at the end among the lines not used yet: a date on its own line, and
/// the issuing body above it; remark lines in brackets under the date are passed over.
/// Reads nothing: the title looks for it too (a headline is never the issuer's name).
fn find_sign_off(lines: &[Line], head: &Head) -> Option<SignOff> {
    let tail: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| !lines[i].text.is_empty() && !head.uses(i))
        .take(REMARKS_MAX + ATTACHMENTS_MAX + 2)
        .collect();
    let attachments = tail
        .iter()
        .take(ATTACHMENTS_MAX)
        .take_while(|&&i| is_attachment(lines[i].text))
        .count();
    let remarks = attachments
        + tail[attachments..]
            .iter()
            .take(REMARKS_MAX)
            .take_while(|&&i| is_remark(lines[i].text))
            .count();
    let downloads = tail[..attachments].to_vec();
    let mut free = tail.into_iter().skip(remarks).take(2);
    let d = free.next()?;
    let text = lines[d].text;
    let (_, range) = find_date(text)?;
    let outside = format!("{}{}", &text[..range.start], &text[range.end..]);
    if !trim(&outside)
        .chars()
        .all(|c| matches!(c, '（' | '）' | '(' | ')'))
    {
        return None;
    }
    let unit_shaped = |u: &usize| {
        let unit = lines[*u].text;
        let plain =
            !unit.contains(|c: char| is_terminator(c) || matches!(c, '，' | ',' | '：' | ':'));
        chars(unit) <= 25 && plain && line_marker(unit).is_none()
    };
    // A PDF's running head that names the issuer (`某市生态环境局` over every page) stands
    // over the sign-off's date too: there it is the signature, not a page's head.
    let running_above = (0..d)
        .rev()
        .find(|&i| !lines[i].text.is_empty())
        .filter(|&u| head.used.why(u).is_some_and(|w| w.starts_with(RUNNING_WHY)))
        .filter(unit_shaped);
    let unit = running_above.or_else(|| free.next().filter(unit_shaped));
    Some(SignOff {
        date: d,
        unit,
        remarks,
        downloads,
    })
}

/// Tells whether a sentence of the text (a free line ending as a sentence ends) stands above
/// line `i`: `i` is in the body, not the head.
fn text_above(lines: &[Line], head: &Head, i: usize) -> bool {
    lines[..i]
        .iter()
        .enumerate()
        .any(|(k, l)| !head.uses(k) && l.text.ends_with(['。', '！', '？']))
}

/// Reads a sign-off at the end ([`find_sign_off`]): its date and the issuing body; remark
/// lines in brackets under the date stay text.
fn sign_off(lines: &[Line], head: &mut Head) {
    let Some(s) = find_sign_off(lines, head) else {
        return;
    };
    // A bare `时间：` field under a paragraph of the text is an event's time: it goes back
    // to the text, and the sign-off dates the document.
    if let Some(b) = head
        .bare_date
        .filter(|&b| b < s.date && text_above(lines, head, b))
    {
        head.used.remove(b);
        head.meta.date = None;
        head.meta.time = None;
        head.bare_date = None;
    }
    set_date(lines[s.date].text, &mut head.meta);
    let why = if s.remarks > 0 {
        "meta: sign-off date (above remarks or attachments)"
    } else {
        "meta: sign-off date"
    };
    head.used.insert(s.date, why.into());
    // A page's downloads under the date (`附件1.xlsx`): the files sent with it, no text.
    for &i in &s.downloads {
        head.used.insert(
            i,
            "furniture: an attachment's download under the sign-off".into(),
        );
    }
    // A person signing over the date, maybe after the unit (`某某职校 王某某`): the author.
    let signer = s
        .unit
        .filter(|_| head.meta.author.is_empty())
        .and_then(|u| crate::names::name_byline(lines[u].text).map(|found| (u, found)));
    if let Some((u, byline)) = signer {
        take_byline(&mut head.meta, byline);
        head.used
            .insert(u, "meta: author (signing over the date)".into());
    } else if let Some(u) = s.unit {
        head.meta.issuer = Some(lines[u].text.to_string());
        head.used.insert(u, "meta: issuer".into());
    } else if let Some(u) = (0..s.date).rev().find(|&i| !lines[i].text.is_empty()) {
        // The writer signing with a label (`汇报人：某某`, `申请人：某某`) over the date; or
        // those who sign for a body, each after their office (`党委书记：某某` / `校长：某某`),
        // a few lines right above it.
        let signers: Vec<(usize, String)> = (0..=u)
            .rev()
            .take(SIGNERS_MAX)
            .map_while(|i| {
                let free = !head.uses(i) && !lines[i].text.is_empty();
                free.then(|| labelled_signer(lines[i].text).map(|name| (i, name)))
                    .flatten()
            })
            .collect();
        let authored = !head.meta.author.is_empty();
        for (i, name) in signers.into_iter().rev() {
            if !authored {
                head.meta.author.push(name);
            }
            head.used.insert(
                i,
                "meta: the writer's signature (a label and a name)".into(),
            );
        }
    }
}

/// The most characters of a signature's label: `汇报人` `申请人` `报告人`, an office
/// (`党委书记`, `校长`).
const SIGNER_LABEL_MAX: usize = 6;

/// The most signatures, each on its line, over a sign-off's date (a body's leaders signing a
/// letter together).
const SIGNERS_MAX: usize = 4;

/// The name of a labelled signature (`汇报人：林某某`, `党委书记：唐某某`, `校　长：王某某`): a
/// label of a few characters ending in `人` or naming an office, a colon, a personal name;
/// or `None`.
fn labelled_signer(text: &str) -> Option<String> {
    let (label, name) = trim(text).split_once(['：', ':'])?;
    let label = crate::names::join_spaces(trim(label));
    let name = trim(name);
    (label.chars().all(crate::text::is_cjk)
        && (2..=SIGNER_LABEL_MAX).contains(&chars(&label))
        && (label.ends_with('人') || crate::names::is_role(&label))
        && crate::names::is_personal_name(name))
    .then(|| crate::names::join_spaces(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    #[test]
    fn a_bracketed_row_is_a_label_and_a_value_no_sentence() {
        assert_eq!(
            bracketed_row("【发布日期】 2008-07-10"),
            Some(("发布日期", "2008-07-10"))
        );
        assert_eq!(bracketed_row("【发文字号】"), Some(("发文字号", "")));
        assert_eq!(bracketed_row("【基本案情】 2025年3月，林某入职。"), None);
        assert_eq!(bracketed_row("【A】 值"), None);
        assert_eq!(bracketed_row("发布日期 2008-07-10"), None);
    }

    #[test]
    fn a_day_and_a_verb_alone() {
        assert_eq!(
            day_then("2025-05-30 发布", &["发布"]).as_deref(),
            Some("2025-05-30")
        );
        assert_eq!(
            day_then("2026年6月1日实施", &["实施"]).as_deref(),
            Some("2026年6月1日")
        );
        assert_eq!(day_then("本办法自2026年6月1日起实施", &["实施"]), None);
    }

    #[test]
    fn head_reads_title_and_dateline() {
        let text = "关于工作方法的几个问题\n\n（一九五二年六月一日）\n\n正文。";
        let l = lines(text);
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("关于工作方法的几个问题"));
        assert_eq!(h.meta.date.as_deref(), Some("1952-06-01"));
    }

    #[test]
    fn a_dash_frame_is_closed_by_its_second_line_only_when_open() {
        assert!(closes_dash_frame(
            "——2025年1月8日在某市人民代表大会",
            "第五次会议上"
        ));
        assert!(closes_dash_frame("——在全县工作", "会议上的讲话"));
        // Closed already, never opened, or a sentence under it.
        assert!(!closes_dash_frame("——在全县工作会议上的讲话", "大会上"));
        assert!(!closes_dash_frame("——学习体会", "在会议上"));
        assert!(!closes_dash_frame("——在全县工作", "会上大家踊跃发言。"));
        assert!(!closes_dash_frame("——在全县工作", "一、会议上"));
    }

    #[test]
    fn a_headline_names_the_parts_it_joins() {
        assert!(names_part(
            "某组2016年工作总结及2017年工作计划",
            "2017年工作计划"
        ));
        assert!(names_part("学习心得与体会", "学习心得"));
        assert!(!names_part("备选简答题", "简答题"));
        assert!(!names_part("课程教学内容和要求", "实验教学内容和要求"));
    }

    #[test]
    fn the_stated_headline_is_no_field_among_fields() {
        // A page's `<h1>` with its column between the crumb and the info line.
        let text = "您的位置：某网 >> 观点 >> 网评\n某网评：以小切口推动减负见实效\n作者：王某　2025年03月18日08:21　来源：某网\n\n正文第一段。\n";
        let l = lines(text);
        let h = read_with_headline(&l, Some(2));
        assert_eq!(h.title.as_deref(), Some("以小切口推动减负见实效"));
        // Without the format's word, the column's prefix tells the headline from a field.
        assert_eq!(read(&l).title.as_deref(), Some("以小切口推动减负见实效"));
    }

    #[test]
    fn breadcrumbs_before_a_repeated_title_are_navigation() {
        let l = lines("首页\n采购焦点资讯\n关于采购的通知\n\n关于采购的通知\n\n正文。");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("关于采购的通知"));
        assert!(h
            .used
            .iter()
            .any(|(i, why)| l[*i].no == 2 && why.starts_with("furniture: navigation")));
        assert!(h
            .used
            .iter()
            .any(|(i, why)| l[*i].no == 5 && why == "title repeated"));
    }

    #[test]
    fn lines_set_letter_by_letter() {
        assert!(letter_spaced("行 政 处 罚 决 定 书"));
        assert!(letter_spaced("会　议　纪　要"));
        assert!(!letter_spaced("章 程"));
        assert!(!letter_spaced("民事 裁定书"));
        assert!(!letter_spaced("A B C D"));
    }

    #[test]
    fn a_title_over_two_lines_is_joined() {
        let l = lines("在第18期培训班、\n\n第20期培训班开班典礼上的致辞\n\n（2026年 4月23日）\n");
        let h = read(&l);
        assert_eq!(
            h.title.as_deref(),
            Some("在第18期培训班、第20期培训班开班典礼上的致辞")
        );
        assert_eq!(h.meta.date.as_deref(), Some("2026-04-23"));
    }

    #[test]
    fn a_notes_section_is_kept_out_of_the_body() {
        let l = lines("标题\n\n一、正文。\n\n注释\n\n[1] 见某书。\n\n[2] 同上。\n");
        let h = read(&l);
        let notes: Vec<usize> = h
            .used
            .iter()
            .filter(|(_, w)| w.starts_with("notes"))
            .map(|(i, _)| l[*i].no)
            .collect();
        assert_eq!(notes, vec![5, 7, 9]);
    }

    #[test]
    fn a_table_of_contents_is_furniture() {
        let l = lines(
            "某法\n\n目录\n第一章 适用范围\n第二章 附则\n\n第一章 适用范围\n\n第一条 为了。\n",
        );
        let h = read(&l);
        let used: Vec<usize> = h
            .used
            .iter()
            .filter(|(_, w)| w.contains("contents"))
            .map(|(i, _)| l[*i].no)
            .collect();
        assert_eq!(used, vec![3, 4, 5]);
    }

    #[test]
    fn a_related_phrase_over_numbered_items_is_text() {
        let l =
            lines("标题\n\n推荐阅读书目如下\n（一）《某书》\n（二）《另一本书》\n二、工作要求\n");
        let h = read(&l);
        assert!(
            h.used.iter().all(|(_, w)| !w.contains("related")),
            "{:?}",
            h.used
        );
    }

    #[test]
    fn related_links_are_furniture() {
        let l = lines("标题\n\n正文很长的一段话。\n\n相关新闻\n某地召开会议\n某市出台措施\n");
        let h = read(&l);
        assert_eq!(
            h.used
                .iter()
                .filter(|(_, w)| *w == "furniture: related link")
                .count(),
            2
        );
    }

    #[test]
    fn a_date_alone_in_the_text_is_the_date() {
        let l = lines("某市关于某事的通告\n\n为做好工作，现通告如下：\n\n（2021年3月5日）\n\n一、暂停营业。\n");
        assert_eq!(read(&l).meta.date.as_deref(), Some("2021-03-05"));
        let l = lines("某报告\n\n会议纪要如下。\n\n2021年3月5日，会议召开。\n");
        assert_eq!(read(&l).meta.date, None);
    }

    #[test]
    fn a_speaker_who_introduces_themself_is_the_author() {
        let l = lines("发言稿\n\n各位老师：\n\n大家好！我是来自化学系的吴小雨。\n\n谢谢大家！\n");
        assert_eq!(read(&l).meta.author, vec!["吴小雨"]);
    }

    #[test]
    fn page_furniture_above_a_headline_loses() {
        let l = lines(
            "example.com.cn\n首页\n新闻动态\n通知公告\n客服热线：400-123-4567\n某校召开年度工作会议\n2024年1月5日 10:00\n来源：某校新闻网\n会议认为，要继续做好各项工作。\n",
        );
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("某校召开年度工作会议"));
        assert_eq!(h.meta.date.as_deref(), Some("2024-01-05"));
    }

    #[test]
    fn a_short_breadcrumb_ends_the_headline_below() {
        let l = lines("您的位置：首页 >> 工作方案\n\n某局2024年度\n\n宣传工作方案\n\n为做好宣传工作，制定本方案。\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("某局2024年度宣传工作方案"));
    }

    #[test]
    fn a_site_name_over_a_contact_line_is_not_the_headline() {
        let l = lines("某某县融媒体新闻网\n热线电话：0000-7654321　投稿邮箱：tips@example.cn\n首页 > 本地新闻 > 正文\n\n某镇：小茶叶做成大产业\n\n来源：某某日报  发布时间：2024-05-06 09:10\n\n走进某镇，茶园连片。\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("某镇：小茶叶做成大产业"));
        assert_eq!(h.meta.date.as_deref(), Some("2024-05-06"));
        // A headline ending in 网 over its info line stays the title.
        let l = lines("首页 > 要闻\n织密基层社会保障安全网\n来源：某日报 作者：孔一凡\n\n日前，某市出台新举措。\n");
        assert_eq!(read(&l).title.as_deref(), Some("织密基层社会保障安全网"));
    }

    #[test]
    fn a_breadcrumb_to_a_channel_is_navigation() {
        let l = lines("某某网\n首页 > 时政\n某省召开全省经济工作会议\n2024年12月20日 08:12  来源：某日报\n会议指出，明年要继续做好稳增长工作。\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("某省召开全省经济工作会议"));
        let l = lines("当前位置：首页 > 新闻中心 > 图片新闻\n\n学校举办第十届运动会\n\n发布时间：2023-10-20  浏览次数：120\n\n10月19日，学校运动会开幕。\n");
        assert_eq!(read(&l).title.as_deref(), Some("学校举办第十届运动会"));
    }

    #[test]
    fn a_role_over_the_headline_is_a_byline() {
        let l = lines("本报评论员\n\n以实干笃定前行\n\n本报评论员\n\n新年伊始，万象更新。\n");
        assert_eq!(read(&l).title.as_deref(), Some("以实干笃定前行"));
    }

    #[test]
    fn a_book_name_above_its_review() {
        let l = lines("某书\n\n读《某书》有感\n\n这本书我读了一个月。\n");
        assert_eq!(read(&l).title.as_deref(), Some("读《某书》有感"));
    }

    #[test]
    fn a_scraper_note_over_the_title() {
        let l = lines("本页由程序从公开页面提取，以原文为准。&pageId=12\n依某法规定，本文可以转载。\n\n关于做好某项工作的通知\n\n各单位：\n");
        assert_eq!(read(&l).title.as_deref(), Some("关于做好某项工作的通知"));
    }

    #[test]
    fn a_dash_line_above_the_title_is_not_left_in_the_text() {
        let doc = crate::parse("——某栏目\n关于某事的通知\n\n各单位：\n");
        assert_eq!(doc.title.as_deref(), Some("关于某事的通知"));
        assert!(doc.lead.iter().all(|p| !p.contains("某栏目")));
    }

    #[test]
    fn an_author_named_twice_is_kept_once() {
        let l = lines(
            "某村修通致富路\n\n本报记者 林小禾 何远\n\n村里的路修好了。\n\n（本报记者 林小禾）\n",
        );
        assert_eq!(read(&l).meta.author, vec!["林小禾", "何远"]);
    }

    #[test]
    fn a_sign_off_above_a_remark() {
        let l = lines("关于开展某项检查的通知\n\n各单位：\n\n现将有关事项通知如下，请遵照执行。\n\n某市某局\n\n2023年9月4日\n\n（此件主动公开）\n");
        let h = read(&l);
        assert_eq!(h.meta.date.as_deref(), Some("2023-09-04"));
        assert_eq!(h.meta.issuer.as_deref(), Some("某市某局"));
        let l = lines("关于开展某项检查的通知\n\n各单位：\n\n请遵照执行。\n\n某市某局\n\n2023年9月4日\n\n（联系人：郑某，电话：1234567）\n\n（此件主动公开）\n");
        assert_eq!(read(&l).meta.date.as_deref(), Some("2023-09-04"));
        // A bracketed sentence closing the text is no remark: a date above it is not the
        // sign-off.
        assert!(!is_remark(
            "（据某报报道，2023年9月4日会议召开，与会者讨论了许多问题，最后形成了一致意见）"
        ));
        assert!(!is_remark("全文完"));
    }

    #[test]
    fn a_name_under_the_title_is_the_author() {
        // Before the dateline: both are read.
        let l = lines("在全市某某工作会议上的讲话\n\n某某大学党委书记　沈雨桐\n\n（2024年5月9日）\n\n同志们：\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("在全市某某工作会议上的讲话"));
        assert_eq!(h.meta.author, vec!["沈雨桐"]);
        assert_eq!(h.meta.affiliation.as_deref(), Some("某某大学党委书记"));
        assert_eq!(h.meta.date.as_deref(), Some("2024-05-09"));
        // After the dateline, a name alone.
        let l = lines("在某某开班式上的讲话\n\n（2023年2月6日）\n\n陈思远\n\n各位学员：\n");
        let h = read(&l);
        assert_eq!(h.meta.author, vec!["陈思远"]);
        assert_eq!(h.meta.date.as_deref(), Some("2023-02-06"));
    }

    #[test]
    fn a_short_line_under_the_title_that_is_no_name_stays() {
        let l = lines("某某村的变化\n\n春风 十里\n\n村里的路修好了。\n");
        assert!(read(&l).meta.author.is_empty());
        // A byline already read: the line under the title is not a second author.
        let l = lines("某某村的变化\n\n作者：何远\n\n林小禾\n\n村里的路修好了。\n");
        assert_eq!(read(&l).meta.author, vec!["何远"]);
    }

    #[test]
    fn a_sentence_is_no_title() {
        let l = lines("金秋之际，丹桂飘香。这个九月，学院迎来新生。\n");
        assert_eq!(read(&l).title, None);
    }

    #[test]
    fn a_release_label_and_its_issuer_lose_to_the_headline() {
        let l = lines("某某厅新闻稿\n\n2024年6月3日\n\n某某厅办公室\n\n某某厅部署汛期安全工作\n\n6月2日，某某厅召开会议。\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("某某厅部署汛期安全工作"));
        assert_eq!(h.meta.date.as_deref(), Some("2024-06-03"));
        assert!(h
            .used
            .iter()
            .any(|(i, w)| l[*i].no == 1 && w.contains("document-type label")));
        // With no headline left, the label stays the title (a bare 公告 and its number).
        let l = lines("某市人民政府公告\n\n第1号\n\n为做好工作，现公告如下：\n\n一、暂停营业。\n");
        assert_eq!(read(&l).title.as_deref(), Some("某市人民政府公告"));
    }

    #[test]
    fn an_issuer_signed_below_is_not_the_headline() {
        let l = lines("某县教育局办公室\n\n关于做好暑期安全工作的通知\n\n各学校：\n\n请认真落实。\n\n某县教育局办公室\n\n2024年7月1日\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("关于做好暑期安全工作的通知"));
        assert_eq!(h.meta.issuer.as_deref(), Some("某县教育局办公室"));
        assert_eq!(h.meta.date.as_deref(), Some("2024-07-01"));
        // A headline repeated in the head (not in a sign-off) still counts as repeated.
        let l =
            lines("首页\n某校召开教学工作会议\n\n某校召开教学工作会议\n\n会议指出，要抓好教学。\n");
        assert_eq!(read(&l).title.as_deref(), Some("某校召开教学工作会议"));
    }

    #[test]
    fn piece_labels_name_a_collection_s_piece() {
        assert_eq!(
            piece_label("第一篇：校园安全知识问答", "校园安全知识问答"),
            Some(1)
        );
        assert_eq!(
            piece_label("思政课教案【第一篇】", "思政课教案范例优质8篇"),
            Some(1)
        );
        assert_eq!(
            piece_label("第二篇: 学习党史心得体会", "学习党史心得体会"),
            Some(2)
        );
        // Other words than the title's, or no piece's number, or one inside the words.
        assert_eq!(piece_label("第一篇：总论", "某某市城市总体规划"), None);
        assert_eq!(piece_label("校园安全知识问答", "校园安全知识问答"), None);
        assert_eq!(
            piece_label("本书第一篇讲校园安全", "校园安全知识问答"),
            None
        );
    }

    #[test]
    fn a_news_opening_credits_its_authors() {
        let l = lines("某校举办青年教师讲课比赛\n\n本报讯（通讯员 张小明 李大伟）近日，某校举办讲课比赛。\n\n比赛分两个阶段。\n");
        let h = read(&l);
        assert_eq!(h.meta.author, vec!["张小明", "李大伟"]);
        // The opening runs on into the text: it stays text.
        assert!(h.used.iter().all(|(i, _)| l[*i].no != 3));
        let l = lines("某校召开新学期工作会议\n\n本报讯（记者 王晓红 通讯员 赵一鸣）\n\n2月26日，某校召开会议。\n");
        let h = read(&l);
        assert_eq!(h.meta.author, vec!["王晓红", "赵一鸣"]);
        assert!(h
            .used
            .iter()
            .any(|(i, w)| l[*i].no == 3 && w.starts_with("meta: news opening")));
        let l = lines("某地春耕忙\n\n新华社某地3月1日电（记者 陈一帆）连日来，某地春耕忙。\n");
        assert_eq!(read(&l).meta.author, vec!["陈一帆"]);
        // Brackets after 讯 that credit no one, or a sentence: no author.
        let l = lines("某地春耕忙\n\n本报讯（图片由某单位提供）连日来，某地春耕忙。\n");
        assert!(read(&l).meta.author.is_empty());
        // Not the paragraph's opening: the credits of a quoted item.
        let l = lines("某地春耕忙\n\n连日来，某报讯（记者 陈一帆）称，某地春耕忙。\n");
        assert!(read(&l).meta.author.is_empty());
    }

    #[test]
    fn a_wechat_page_gives_its_headline_author_and_account() {
        let l = lines("原创 林晓雨 某某观察 2024-05-06 08:00 北京\n\n点击上方蓝字关注我们\n\n乡村振兴的三点思考\n\n乡村振兴是一篇大文章。\n\n阅读原文\n\n分享 收藏 点赞 在看\n\n继续滑动看下一个\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("乡村振兴的三点思考"));
        assert_eq!(h.meta.author, vec!["林晓雨"]);
        assert_eq!(h.meta.date.as_deref(), Some("2024-05-06"));
        assert_eq!(h.meta.source.as_deref(), Some("某某观察"));
        // The date, time and place on a line of their own under the names.
        let l = lines("原创 林晓雨 某某观察\n2024-05-06 08:00 北京\n\n乡村振兴的三点思考\n\n乡村振兴是一篇大文章。\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("乡村振兴的三点思考"));
        assert_eq!(h.meta.date.as_deref(), Some("2024-05-06"));
        // A 来源 line names the source: it wins over the account.
        let l = lines("原创 林晓雨 某某观察 2024-05-06 08:00 北京\n\n乡村振兴的三点思考\n\n来源：某某日报\n\n乡村振兴是一篇大文章。\n");
        assert_eq!(read(&l).meta.source.as_deref(), Some("某某日报"));
    }

    #[test]
    fn a_speaker_under_the_title_is_the_author() {
        let l = lines("深入学习贯彻全会精神专题党课\n\n主讲人：某某大学党委书记 冯志远\n\n同志们：\n\n今天我们一起学习。\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("深入学习贯彻全会精神专题党课"));
        assert_eq!(h.meta.author, vec!["冯志远"]);
    }
}
