//! Markdown input: headings, paragraphs, list items and quotes become lines of text, as a
//! reader copies them; front matter, rules, images and HTML tags go.

use crate::hint::Hint;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Turns Markdown into plain text, one block a line, with a hint for each heading but the
/// title (the first `#`). A kicker heading above the `#` title gets the title above it too,
/// as on a newspaper page, so that it reads as a kicker.
pub fn to_text(md: &str) -> (String, Vec<Hint>) {
    let (front_title, body) = front_matter(md);
    let mut out = String::with_capacity(body.len());
    // Where each heading but the title starts in `out`, with its level.
    let mut headings: Vec<(usize, u8)> = Vec::new();
    // Ordered lists: the next number of each open list, `None` for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    // Where the first level-1 heading starts and ends in `out`, and whether only headings
    // came before it.
    let (mut h1, mut only_headings, mut in_h1) = (None::<(usize, usize)>, true, false);
    let parser = Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::Item) => {
                block_break(&mut out);
                if h1.is_none() {
                    only_headings = false;
                }
                match lists.last_mut() {
                    Some(Some(n)) => {
                        out.push_str(&format!("{n}. "));
                        *n += 1;
                    }
                    // The bullet as written (`*`, `-`, `+`), so a note `* 这是……` stays one.
                    _ => {
                        let bullet = body[range]
                            .trim_start()
                            .chars()
                            .next()
                            .filter(|c| matches!(c, '*' | '-' | '+'));
                        out.push_str(if bullet == Some('*') { "* " } else { "• " });
                    }
                }
            }
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                block_break(&mut out);
            }
            Event::Start(Tag::Heading { level, .. }) => {
                block_break(&mut out);
                if level == HeadingLevel::H1 && h1.is_none() {
                    h1 = Some((out.len(), out.len()));
                    in_h1 = true;
                } else {
                    headings.push((out.len(), level as u8));
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_h1 {
                    if let Some((start, _)) = h1 {
                        h1 = Some((start, out.len()));
                    }
                    in_h1 = false;
                }
                block_break(&mut out);
            }
            Event::Start(
                Tag::Paragraph
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::TableRow
                | Tag::TableHead,
            ) => {
                if h1.is_none() {
                    only_headings = false;
                }
                if !out.ends_with("• ") && !out.ends_with("* ") && !out.ends_with(". ") {
                    block_break(&mut out);
                }
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => {
                block_break(&mut out);
            }
            Event::Start(Tag::Image { .. }) => out.push('\u{0}'),
            Event::End(TagEnd::Image) => {
                // An image's alt text is no part of the article.
                if let Some(at) = out.rfind('\u{0}') {
                    out.truncate(at);
                }
            }
            Event::End(TagEnd::TableCell) => out.push(' '),
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::Html(h) | Event::InlineHtml(h) => out.push_str(&strip_tags(&h)),
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            _ => {}
        }
    }
    out.retain(|c| c != '\u{0}');
    // Lines are counted now: what follows moves bytes within lines, or adds whole lines
    // above all of them.
    let kicker = h1.is_some_and(|(start, _)| start > 0) && only_headings;
    if let (true, Some((start, _))) = (kicker, h1) {
        // Headings above the title are its kicker, no part of the outline.
        headings.retain(|&(at, _)| at > start);
    }
    let mut hints = Vec::with_capacity(headings.len());
    let (mut line, mut at) = (1, 0);
    for (start, level) in headings {
        let start = start.min(out.len());
        line += out.as_bytes()[at..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        at = start;
        hints.push(Hint { line, level });
    }
    let shift = |hints: Vec<Hint>, by: usize| {
        hints
            .into_iter()
            .map(|h| Hint {
                line: h.line + by,
                ..h
            })
            .collect()
    };
    // `**重点。**一是` is no emphasis under CommonMark's flanking rules (punctuation inside,
    // a letter outside), as often in Chinese: the stars are markup all the same.
    if out.contains("**") {
        out = out.replace("**", "");
    }
    if let (None, Some(title)) = (h1, front_title) {
        // The page's title lives only in the front matter: it leads the text, as on the page.
        return (format!("{title}\n\n{out}"), shift(hints, 2));
    }
    match h1 {
        Some((start, end)) if kicker => {
            let end = end.min(out.len());
            let title = out[start..end].trim().to_string();
            let before = out[..start].to_string();
            // As a newspaper page shows it (and as a reader copies it): title, kicker, title.
            let text = format!("{title}\n\n{before}{}", &out[start..]);
            (text, shift(hints, 2))
        }
        _ => (out, hints),
    }
}

/// Ends the current block with a blank line, once.
fn block_break(out: &mut String) {
    let trimmed = out.trim_end_matches([' ', '\t']).len();
    out.truncate(trimmed);
    if out.is_empty() || out.ends_with("\n\n") {
        return;
    }
    out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
}

/// Splits off a YAML front matter block (`---` … `---`) at the very start, returning its
/// `title:` value and the Markdown after it.
fn front_matter(md: &str) -> (Option<String>, &str) {
    let trimmed = md.trim_start_matches(['\n', '\r', '\u{feff}']);
    let Some(rest) = trimmed
        .strip_prefix("---\n")
        .or_else(|| trimmed.strip_prefix("---\r\n"))
    else {
        return (None, md);
    };
    let mut offset = 0;
    let mut title = None;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return (title, &rest[offset..]);
        }
        if let Some(value) = line.strip_prefix("title:") {
            let value = value.trim().trim_matches(['"', '\'']).trim();
            if !value.is_empty() {
                title = Some(value.to_string());
            }
        }
    }
    (None, md)
}

/// Removes HTML tags, keeping the text between them.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_and_paragraphs_become_lines() {
        let md = "---\ntitle: x\n---\n\n# 标题\n\n> 作者 某某\n\n## 一、总体要求\n\n正文**加粗**。\n\n- 甲\n- 乙\n\n1. 子\n2. 丑\n";
        assert_eq!(
            to_text(md).0,
            "标题\n\n作者 某某\n\n一、总体要求\n\n正文加粗。\n\n• 甲\n\n• 乙\n\n1. 子\n\n2. 丑\n\n"
        );
    }

    #[test]
    fn headings_but_the_title_give_hints_by_line() {
        let (text, hints) = to_text("# 标题\n\n## 工作背景\n\n正文。\n\n### 细节\n\n## 下一步\n");
        let line = |n: usize| text.lines().nth(n - 1).unwrap();
        assert_eq!(
            hints,
            [
                Hint { line: 3, level: 2 },
                Hint { line: 7, level: 3 },
                Hint { line: 9, level: 2 }
            ]
        );
        assert_eq!((line(3), line(7), line(9)), ("工作背景", "细节", "下一步"));
    }

    #[test]
    fn a_kicker_gives_no_hint_and_the_lines_move_down() {
        let (text, hints) = to_text("### 理论热词\n\n# 标题\n\n## 一\n");
        assert_eq!(hints, [Hint { line: 7, level: 2 }]);
        assert_eq!(text.lines().nth(6), Some("一"));
    }

    #[test]
    fn a_kicker_above_the_title_moves_below_it() {
        assert_eq!(
            to_text("### 理论热词\n\n# 标题\n\n正文。\n").0,
            "标题\n\n理论热词\n\n标题\n\n正文。\n\n"
        );
    }

    #[test]
    fn bold_that_commonmark_misses_is_still_markup() {
        assert_eq!(to_text("**重点。**一是甲。\n").0, "重点。一是甲。\n\n");
    }

    #[test]
    fn star_bullets_stay_stars() {
        assert_eq!(to_text("* 这是某某写的。\n").0, "* 这是某某写的。\n\n");
    }

    #[test]
    fn html_and_images_leave_their_text_only() {
        assert_eq!(
            to_text("<center>=====</center>\n\n![图](a.png)文字\n").0,
            "=====\n\n文字\n\n"
        );
    }
}
