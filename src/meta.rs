//! The head and tail of a document: which lines are furniture or metadata, the title and
//! its column, and a dateline under the title.

use crate::classify::{classify, set_date, LineClass};
use crate::model::{Dropped, Meta};
use crate::scan::date::find_date;
use crate::scan::marker::{line_marker, Family};
use crate::text::{chars, is_terminator, trim, Line};

/// What the head and tail say, and which lines they used.
#[derive(Debug, Default)]
pub struct Head {
    /// The title without its column.
    pub title: Option<String>,
    /// Everything else read.
    pub meta: Meta,
    /// Indexes (into the lines) that are not body text, with why.
    pub used: Used,
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
                .filter(|(_, why)| *why != "title")
                .map(|(i, why)| Dropped {
                    line: lines[*i].no,
                    text: lines[*i].text.to_string(),
                    reason: why.clone(),
                }),
        );
        out
    }

    /// Tells whether line `i` was used.
    pub fn uses(&self, i: usize) -> bool {
        self.used.contains_key(&i)
    }
}

/// Column words that end a prefix such as `求是网评:` or `人民日报评论员文章：`.
const COLUMN_ENDINGS: &[&str] = &[
    "评", "论", "评论", "文章", "观察", "声音", "时评", "社论", "短评", "快评", "锐评", "视点",
    "观点", "论坛", "要论", "谈",
];

/// Reads the head and tail of `lines`.
pub fn read(lines: &[Line]) -> Head {
    let mut head = Head::default();
    head.used.mask = vec![false; lines.len()];
    for (i, l) in lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
        }
        match classify(l.text, &mut head.meta) {
            LineClass::Furniture(why) => {
                head.used.insert(i, format!("furniture: {why}"));
            }
            LineClass::Meta(why) => {
                head.used.insert(i, why);
            }
            LineClass::Text => {}
        }
    }
    for i in crate::repeated::running_lines(lines, |i| !head.uses(i)) {
        head.used.insert(
            i,
            "furniture: a short line repeated through the text (page head or foot)".into(),
        );
    }
    // Before the title: a line taken back into the text may stand above it.
    related_links(lines, &mut head);
    read_title(lines, &mut head);
    table_of_contents(lines, &mut head);
    notes(lines, &mut head);
    sign_off(lines, &mut head);
    head
}

/// Marks each table of contents (its label and entries; see [`crate::toc`]) as furniture.
fn table_of_contents(lines: &[Line], head: &mut Head) {
    for c in crate::toc::find(lines, |i| !head.uses(i)) {
        if let Some(i) = c.label {
            head.used.insert(i, "furniture: table of contents".into());
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

/// Finds the title (past breadcrumbs and page headings), its column, and a dateline under it.
fn read_title(lines: &[Line], head: &mut Head) {
    // The title is looked for among the first free lines: a few are read, never more than
    // a dozen.
    const NEAR: usize = 16;
    let mut free = free_from(lines, head, 0, NEAR);
    let Some(mut t) = free.next() else { return };
    // Breadcrumbs and page headings above the title: `首页 / 采购焦点资讯 / 标题 … 标题`.
    let window: Vec<usize> = std::iter::once(t)
        .chain(free.clone().take(7))
        .take_while(|&k| chars(lines[k].text) <= 60)
        .filter(|&k| looks_like_title(lines[k].text) && !lines[k].text.ends_with(['！', '!']))
        .collect();
    if let Some(&second) = window.iter().skip(1).find(|&&j| {
        window
            .iter()
            .any(|&k| k < j && lines[k].text == lines[j].text)
    }) {
        let first = *window
            .iter()
            .find(|&&k| lines[k].text == lines[second].text)
            .unwrap_or(&t);
        for &k in window.iter().filter(|&&k| k != first && k <= second) {
            let why = if k == second {
                "title repeated"
            } else if k < first {
                "furniture: navigation"
            } else {
                "furniture: kicker"
            };
            head.used.insert(k, why.into());
        }
        t = first;
        free = free_from(lines, head, first + 1, NEAR);
    } else if is_page_heading(lines[t].text) {
        head.used.insert(t, "furniture: page heading".into());
        match free.next() {
            Some(next) => t = next,
            None => return,
        }
    }
    if !looks_like_title(lines[t].text) {
        return;
    }
    let mut title = lines[t].text.to_string();
    head.used.insert(t, "title".into());
    // A title broken over two lines: `在第18期入党积极分子培训班、` / `第20期发展对象培训班……`.
    if title.ends_with(['、', '，', '—']) {
        if let Some(next) = free
            .clone()
            .next()
            .filter(|&n| looks_like_title(lines[n].text))
        {
            title.push_str(lines[next].text);
            head.used.insert(next, "title (continued)".into());
            free.next();
        }
    }
    let (column, clean) = split_column(title.trim_end_matches(['*', '＊']));
    let clean = strip_site(&clean).to_string();
    if clean != lines[t].text {
        head.meta.title_line = Some(lines[t].text.to_string());
    }
    head.meta.column = column;
    head.title = Some(clean);
    // A dateline right under the title: `（一九四三年六月一日）`, `2015年12月27日 …通过`.
    if let Some(d) = free.next() {
        let text = lines[d].text;
        if let Some((_, range)) = find_date(text) {
            // `（2026年4月23日）`, `——2025年1月15日在…会议上`: only brackets or a dash before it.
            let before = trim(&text[..range.start]).trim_matches(['（', '(', '—', '-']);
            if before.is_empty() && set_date(text, &mut head.meta) {
                head.used.insert(d, "meta: dateline".into());
            }
        } else if is_partial_dateline(text) {
            head.used
                .insert(d, "meta: dateline without a full date".into());
        }
    }
}

/// The first `most` lines from `start` on that are neither blank nor used yet.
fn free_from(lines: &[Line], head: &Head, start: usize, most: usize) -> std::vec::IntoIter<usize> {
    (start..lines.len())
        .filter(|&i| !lines[i].text.is_empty() && !head.uses(i))
        .take(most)
        .collect::<Vec<_>>()
        .into_iter()
}

/// Tells whether a first line is a page's own heading (`接访信息详情`), not the document's title.
fn is_page_heading(text: &str) -> bool {
    chars(text) <= 12
        && [
            "详情", "詳情", "正文", "列表", "频道", "頻道", "首页", "首頁",
        ]
        .iter()
        .any(|e| text.ends_with(e))
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

/// Strips a site suffix from a title: `标题 | nankai.info`, `标题_共产党员网`.
fn strip_site(title: &str) -> &str {
    match title.rfind(['|', '｜', '_']) {
        Some(pos) if pos > 0 && chars(&title[pos..]) <= 16 => trim(&title[..pos]),
        _ => title,
    }
}

/// Reads a sign-off at the end: a date on its own line, and the issuing body above it.
fn sign_off(lines: &[Line], head: &mut Head) {
    let free: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| !lines[i].text.is_empty() && !head.uses(i))
        .take(2)
        .collect();
    let mut free = free.into_iter();
    let Some(d) = free.next() else { return };
    let text = lines[d].text;
    let Some((_, range)) = find_date(text) else {
        return;
    };
    let outside = format!("{}{}", &text[..range.start], &text[range.end..]);
    if !trim(&outside)
        .chars()
        .all(|c| matches!(c, '（' | '）' | '(' | ')'))
    {
        return;
    }
    set_date(text, &mut head.meta);
    head.used.insert(d, "meta: sign-off date".into());
    if let Some(u) = free.next() {
        let unit = lines[u].text;
        let plain =
            !unit.contains(|c: char| is_terminator(c) || matches!(c, '，' | ',' | '：' | ':'));
        if chars(unit) <= 25 && plain && line_marker(unit).is_none() {
            head.meta.issuer = Some(unit.to_string());
            head.used.insert(u, "meta: issuer".into());
        }
    }
}

/// Tells whether a first line reads as a title: short, not a sentence, not numbered.
fn looks_like_title(text: &str) -> bool {
    chars(text) <= 60
        && !text.ends_with(['。', '；', ';', '.'])
        && !text.ends_with(['：', ':', '，', ','])
        && line_marker(text).is_none()
}

/// Splits a column prefix (`求是网评:`) or tag (`（人民要论）`) off a title.
fn split_column(text: &str) -> (Option<String>, String) {
    if let Some(pos) = text.find([':', '：']) {
        let prefix = trim(&text[..pos]);
        let rest = trim(&text[pos + text[pos..].chars().next().map_or(1, char::len_utf8)..]);
        if chars(prefix) <= 12
            && !rest.is_empty()
            && COLUMN_ENDINGS.iter().any(|e| prefix.ends_with(e))
        {
            return (Some(prefix.to_string()), rest.to_string());
        }
    }
    if let Some(stripped) = text.strip_suffix(['）', ')']) {
        if let Some(open) = stripped.rfind(['（', '(']) {
            let tag = &stripped[open + stripped[open..].chars().next().map_or(1, char::len_utf8)..];
            let title = trim(&stripped[..open]);
            if chars(tag) <= 8
                && !title.is_empty()
                && COLUMN_ENDINGS.iter().any(|e| tag.ends_with(e))
            {
                return (Some(tag.to_string()), title.to_string());
            }
        }
    }
    (None, text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    #[test]
    fn column_prefix_and_tag_are_split() {
        assert_eq!(
            split_column("求是网评:树牢“四种理念”"),
            (Some("求是网评".into()), "树牢“四种理念”".into())
        );
        assert_eq!(
            split_column("坚定不移走好之路（人民要论）"),
            (Some("人民要论".into()), "坚定不移走好之路".into())
        );
        assert_eq!(
            split_column("关于加强工作的通知"),
            (None, "关于加强工作的通知".into())
        );
    }

    #[test]
    fn head_reads_title_and_dateline() {
        let text = "关于领导方法的若干问题\n\n（一九四三年六月一日）\n\n正文。";
        let l = lines(text);
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("关于领导方法的若干问题"));
        assert_eq!(h.meta.date.as_deref(), Some("1943-06-01"));
    }

    #[test]
    fn breadcrumbs_before_a_repeated_title_are_navigation() {
        let l = lines("首页\n采购焦点资讯\n关于采购的通知\n\n关于采购的通知\n\n正文。");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("关于采购的通知"));
        assert!(h
            .used
            .iter()
            .any(|(i, why)| l[*i].no == 2 && why == "furniture: navigation"));
        assert!(h
            .used
            .iter()
            .any(|(i, why)| l[*i].no == 5 && why == "title repeated"));
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
        let l = lines("某法\n\n目录\n第一章 总则\n第二章 附则\n\n第一章 总则\n\n第一条 为了。\n");
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
    fn a_sentence_is_no_title() {
        let l = lines("金秋之际，丹桂飘香。这个九月，学院迎来新生。\n");
        assert_eq!(read(&l).title, None);
    }
}
