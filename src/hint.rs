//! What a line's format says about it before any rule reads its words: a heading and its
//! level. Readers of formats that state headings (Markdown `#`, HTML `<h1>`–`<h6>`, Word
//! heading styles) pass them on as [`Hint`]s; plain text that is written in Markdown gets
//! them from its `#` lines here, the `#` taken off the text.

use crate::text::{trim, Line};
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::space1;
use nom::combinator::recognize;
use nom::sequence::terminated;
use nom::{IResult, Parser};

/// A heading the format states outright: the line and its level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hint {
    /// 1-based line number in the text the reader gave.
    pub line: usize,
    /// The heading level, 1 (`#`, `<h1>`, 标题 1) to 6; `HEADLINE` (0) for the headline.
    pub level: u8,
}

/// The level of the document's headline as the format states it (a page's first `<h1>`, a
/// Word title style): a title candidate, not a heading of the outline.
pub const HEADLINE: u8 = 0;

/// The "level" of a line the format marks as verbatim (a Markdown code block): shown as
/// written, never a heading, a numbered item or a subtitle, whatever its words.
pub const VERBATIM: u8 = u8::MAX;

/// The "level" of a line the format shows as an item of a list of links and nothing else
/// (a page's related news, a sidebar's ranking): evidence of page furniture, no heading.
pub const LINK: u8 = u8::MAX - 1;

/// The "level" of a paragraph the format opens with a bold run followed by more text (a
/// run-in lead as Markdown shows it: `**推行服务圈标准。**建议……`).
pub const LEAD: u8 = u8::MAX - 2;

/// The "level" of a paragraph the format sets apart as a quotation (a Markdown `>` block):
/// someone else's words, which open no series and hold no points of the outline.
pub const QUOTE: u8 = u8::MAX - 3;

/// The "level" of a line the format shows as an item of a list that is no list of links (an
/// HTML `<li>` of text inside the article): a list's item, the list's bullet or number drawn
/// by the format and not written in the text.
pub const ITEM: u8 = u8::MAX - 4;

/// The "level" of a line the format shows as an entry of a table of contents: an item of a
/// list whose items each only link to a place in the document itself (a Markdown
/// `- [第一节 ……](#di-yi-jie)`). The headings it lists are nodes where the text has them.
pub const CONTENTS: u8 = u8::MAX - 5;

/// The deepest heading level a format has (Markdown and HTML stop at 6; Word's nine outline
/// levels below 6 are read as 6).
pub const MAX_LEVEL: u8 = 6;

/// The level that marks a numbered item of a list the format nests inside another list's
/// item, at depth `d` (2 and more), as `NESTED + d`: the reader knows the depth, which the
/// item's own number (`1.` again) does not tell.
pub const NESTED: u8 = 100;

/// The deepest nesting of lists a hint tells apart (deeper items count as this deep).
pub const NESTED_MAX: u8 = 32;

/// Tells whether a hint's level marks a nested list item, and at which depth.
pub fn nested_depth(level: u8) -> Option<u8> {
    (NESTED + 2..=NESTED + NESTED_MAX)
        .contains(&level)
        .then(|| level - NESTED)
}

/// The opening of a Markdown ATX heading: one to six `#` and a space; returns the level.
/// Chinese notes often leave the space out (`##第一章 总则`, `###二、目标`): the marks then
/// open a heading when an ideograph or a full-width sign follows them and no other `#`
/// stands in the line (`#话题#` is a tag), nor a tab (`#钢材\t万吨\t19.7`: a table's row
/// the copy marked, its cells parted by tabs).
fn atx_open(line: &str) -> IResult<&str, u8> {
    let spaced: IResult<&str, &str> =
        terminated(take_while_m_n(1, 6, |c| c == '#'), recognize(space1)).parse(line);
    if let Ok((rest, hashes)) = spaced {
        return Ok((rest, hashes.len() as u8));
    }
    let (rest, hashes): (&str, &str) = take_while_m_n(1, 6, |c| c == '#').parse(line)?;
    let glued = rest
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii() && !c.is_whitespace())
        && !rest.contains(['#', '\t']);
    if !glued {
        return Err(nom::Err::Error(nom::error::Error::new(
            line,
            nom::error::ErrorKind::Space,
        )));
    }
    Ok((rest, hashes.len() as u8))
}

/// Reads a line as a Markdown ATX heading (`## 标题`, `### 标题 ###`): its level and its
/// text without the `#` marks; `None` for any other line (`#话题#`, `#1`, a bare `##`).
pub fn atx_heading(line: &str) -> Option<(u8, &str)> {
    let (rest, level) = atx_open(line).ok()?;
    // A closing run of `#` after a space goes too (`## 标题 ##`).
    let body = rest.trim_end_matches('#');
    let body = if body.len() < rest.len() && body.ends_with([' ', '\t']) {
        trim(body)
    } else {
        trim(rest)
    };
    (!body.is_empty()).then_some((level, body))
}

/// How many `#` heading lines make a plain text Markdown: two (one `#` line could be a
/// stray mark; two are a format) — or one that opens the text, as a Markdown title does.
const ATX_LINES_MIN: usize = 2;

/// Finds the Markdown headings of a plain text: when the text is written in Markdown (two
/// `#` heading lines, or one as its first line), each heading line loses its `#` marks and
/// gives a hint. Returns the hints and, by line, the marks taken off (listed as dropped
/// markup, so that no character of the input goes unaccounted). Any other text is left as
/// it is.
pub fn markdown_headings(lines: &mut [Line<'_>]) -> (Vec<Hint>, Vec<(usize, String)>) {
    let first_is_atx = lines.first().is_some_and(|l| atx_heading(l.text).is_some());
    let count = lines
        .iter()
        .filter(|l| l.text.starts_with('#') && atx_heading(l.text).is_some())
        .take(ATX_LINES_MIN)
        .count();
    if count < ATX_LINES_MIN && !first_is_atx {
        return (Vec::new(), Vec::new());
    }
    let mut hints = Vec::new();
    let mut marks = Vec::new();
    for l in lines.iter_mut().filter(|l| l.text.starts_with('#')) {
        if let Some((level, text)) = atx_heading(l.text) {
            // `text` lies inside the line: what is before and after it are the marks.
            let start = text.as_ptr() as usize - l.text.as_ptr() as usize;
            let after = trim(&l.text[start + text.len()..]);
            let before = trim(&l.text[..start]);
            marks.push((
                l.no,
                if after.is_empty() {
                    before.to_string()
                } else {
                    format!("{before} {after}")
                },
            ));
            l.text = text;
            // A `#` heading that opens the text is its headline, as a page's `<h1>` is.
            let level = if hints.is_empty() && level == 1 && first_is_atx && l.no == 1 {
                HEADLINE
            } else {
                level
            };
            hints.push(Hint { line: l.no, level });
        }
    }
    // A whole line in bold (`**（一）知识目标**`) is a heading set off by emphasis: the
    // stars are markup, and the line's own marker is read once they are off.
    for l in lines.iter_mut() {
        if let Some(inner) = l
            .text
            .strip_prefix("**")
            .and_then(|t| t.strip_suffix("**"))
            .filter(|t| !t.is_empty() && !t.contains("**"))
        {
            l.text = trim(inner);
            marks.push((l.no, "** **".to_string()));
        }
    }
    marks.sort_by_key(|m| m.0);
    (hints, marks)
}

#[cfg(test)]
mod tests {
    #[test]
    fn nested_items_carry_their_depth() {
        assert_eq!(nested_depth(NESTED + 2), Some(2));
        assert_eq!(nested_depth(NESTED + NESTED_MAX), Some(NESTED_MAX));
        for other in [
            0,
            1,
            MAX_LEVEL,
            NESTED,
            NESTED + 1,
            NESTED + NESTED_MAX + 1,
            ITEM,
            u8::MAX,
        ] {
            assert_eq!(nested_depth(other), None, "{other}");
        }
    }

    use super::*;
    use crate::text::lines;

    #[test]
    fn atx_headings_give_level_and_text() {
        assert_eq!(atx_heading("## 工作要求"), Some((2, "工作要求")));
        assert_eq!(
            atx_heading("##第二章 会员权利"),
            Some((2, "第二章 会员权利"))
        );
        assert_eq!(atx_heading("###二、目标"), Some((3, "二、目标")));
        assert_eq!(atx_heading("#话题#"), None);
        assert_eq!(atx_heading("#钢材\t万吨\t19.7\t14.5"), None);
        assert_eq!(atx_heading("#1"), None);
        assert_eq!(atx_heading("#anki"), None);
        assert_eq!(atx_heading("###\t一、总体要求"), Some((3, "一、总体要求")));
        assert_eq!(atx_heading("# 标题 #"), Some((1, "标题")));
        assert_eq!(atx_heading("## C# 入门"), Some((2, "C# 入门")));
    }

    #[test]
    fn other_hash_lines_are_no_headings() {
        assert_eq!(atx_heading("#乡村振兴#话题讨论"), None);
        assert_eq!(atx_heading("#1 号文件"), None);
        assert_eq!(atx_heading("## "), None);
        assert_eq!(atx_heading("####### 七级"), None);
        assert_eq!(atx_heading("一、# 不在行首"), None);
    }

    #[test]
    fn two_heading_lines_make_a_text_markdown() {
        let text = "前言\n\n## 第一部分\n\n正文。\n\n## 第二部分\n";
        let mut ls = lines(text);
        let (hints, marks) = markdown_headings(&mut ls);
        assert_eq!(marks, [(3, "##".to_string()), (7, "##".to_string())]);
        assert_eq!(
            hints,
            [Hint { line: 3, level: 2 }, Hint { line: 7, level: 2 }]
        );
        assert_eq!(ls[1].text, "第一部分");
    }

    #[test]
    fn one_heading_line_inside_a_text_is_left_alone() {
        let text = "前言\n\n# 这一行只是以井号开头\n\n正文。\n";
        let mut ls = lines(text);
        assert_eq!(markdown_headings(&mut ls), (Vec::new(), Vec::new()));
        assert_eq!(ls[1].text, "# 这一行只是以井号开头");
    }

    #[test]
    fn a_first_line_heading_is_a_markdown_title() {
        let mut ls = lines("# 读书笔记 #\n\n正文。\n");
        assert_eq!(
            markdown_headings(&mut ls),
            (
                vec![Hint {
                    line: 1,
                    level: HEADLINE
                }],
                vec![(1, "# #".to_string())]
            )
        );
        assert_eq!(ls[0].text, "读书笔记");
    }

    #[test]
    fn whole_lines_in_bold_lose_their_stars_in_markdown_text() {
        let mut ls = lines("# 教案\n\n**（一）知识目标**\n\n正文**重点**在此。\n");
        let (_, marks) = markdown_headings(&mut ls);
        assert_eq!(ls[1].text, "（一）知识目标");
        assert_eq!(ls[2].text, "正文**重点**在此。");
        assert_eq!(marks, [(1, "#".to_string()), (3, "** **".to_string())]);
    }
}
