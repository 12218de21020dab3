//! The head and tail of a document: which lines are furniture or metadata, the title and
//! its column, and a dateline under the title.

use crate::classify::{classify, set_date, LineClass};
use crate::model::{Dropped, Meta};
use crate::scan::date::find_date;
use crate::scan::marker::line_marker;
use crate::text::{chars, is_terminator, trim, Line};

/// What the head and tail say, and which lines they used.
#[derive(Debug, Default)]
pub struct Head {
    /// The title without its column.
    pub title: Option<String>,
    /// Everything else read.
    pub meta: Meta,
    /// Indexes (into the lines) that are not body text, with why.
    pub used: Vec<(usize, String)>,
}

impl Head {
    /// Lists the lines used as furniture or metadata, in order, as `Dropped` entries.
    pub fn dropped(&self, lines: &[Line]) -> Vec<Dropped> {
        let mut out: Vec<Dropped> = self
            .used
            .iter()
            .filter(|(_, why)| why != "title")
            .map(|(i, why)| Dropped {
                line: lines[*i].no,
                text: lines[*i].text.to_string(),
                reason: why.clone(),
            })
            .collect();
        out.sort_by_key(|d| d.line);
        out
    }

    /// Tells whether line `i` was used.
    pub fn uses(&self, i: usize) -> bool {
        self.used.iter().any(|(j, _)| *j == i)
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
    for (i, l) in lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
        }
        match classify(l.text, &mut head.meta) {
            LineClass::Furniture(why) => head.used.push((i, format!("furniture: {why}"))),
            LineClass::Meta(why) => head.used.push((i, why)),
            LineClass::Text => {}
        }
    }
    sign_off(lines, &mut head);
    let free_lines: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].text.is_empty() && !head.uses(i))
        .collect();
    let mut free = free_lines.into_iter();
    let Some(t) = free.next() else { return head };
    if !looks_like_title(lines[t].text) {
        return head;
    }
    let (column, title) = split_column(lines[t].text);
    head.meta.column = column;
    head.title = Some(title);
    head.used.push((t, "title".into()));
    // A dateline right under the title: `（一九四三年六月一日）`, `2015年12月27日 …通过`.
    if let Some(d) = free.next() {
        let text = lines[d].text;
        if let Some((_, range)) = find_date(text) {
            let before = trim(&text[..range.start]);
            if (before.is_empty() || before == "（" || before == "(")
                && set_date(text, &mut head.meta)
            {
                head.used.push((d, "meta: dateline".into()));
            }
        }
    }
    head
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
    head.used.push((d, "meta: sign-off date".into()));
    if let Some(u) = free.next() {
        let unit = lines[u].text;
        let plain =
            !unit.contains(|c: char| is_terminator(c) || matches!(c, '，' | ',' | '：' | ':'));
        if chars(unit) <= 25 && plain && line_marker(unit).is_none() {
            head.meta.issuer = Some(unit.to_string());
            head.used.push((u, "meta: issuer".into()));
        }
    }
}

/// Tells whether a first line reads as a title: short, not a sentence, not numbered.
fn looks_like_title(text: &str) -> bool {
    chars(text) <= 60
        && !text.ends_with(is_terminator)
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
    fn a_sentence_is_no_title() {
        let l = lines("金秋之际，丹桂飘香。这个九月，学院迎来新生。\n");
        assert_eq!(read(&l).title, None);
    }
}
