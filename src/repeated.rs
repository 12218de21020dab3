//! Running heads and feet: a short line that comes back word for word three times or more
//! through the text (a watermark or page foot copied from a PDF, a site slogan between
//! blocks) is page furniture, not text of the document.

use crate::scan::marker::line_marker;
use crate::scan::numeral::is_any_digit;
use crate::text::{count_to, is_closer, is_terminator, Line};
use std::collections::HashMap;

/// A running line comes back at least this often: twice can be a heading that a contents
/// list or a summary repeats; three times in the same words is layout.
const RUNNING_MIN: usize = 3;
/// A running line is at most this many characters, spaces left out and a number counted as
/// one: a slogan, a site or account name, or a paper's name with its page number
/// (`某省2025年考试　申论　第 1 页（共 6 页）`).
const RUNNING_MAX: usize = 30;

/// A page head or foot needs only two places when each after the first stands at a page
/// break: this many lines from a page number at most (the number, then the head).
const BREAK_REACH: usize = 2;

/// The most characters of a page number line: `— 12 —`, `- 3 -`, `第 3 页`, `3/12`.
const PAGE_NUMBER_MAX: usize = 12;

/// Tells whether a line is a page number and nothing else: digits with dashes, brackets or
/// spaces around them (`— 12 —`, `-3-`, `（3）`), or a page count (`第 3 页` `第3页 共12页`,
/// `3/12`). A number alone (`3`) may be a section's: the head settles those.
pub fn is_page_number(text: &str) -> bool {
    // Word's page fields leave their names in a converted text (`第PAGE3页共NUMPAGES3页`):
    // the field's name is no word of the line.
    let unfielded;
    let text = if text.contains("PAGE") {
        unfielded = text.replace("NUMPAGES", "").replace("PAGE", "");
        unfielded.trim()
    } else {
        text.trim()
    };
    if count_to(text, PAGE_NUMBER_MAX + 1) > PAGE_NUMBER_MAX || !text.contains(is_any_digit) {
        return false;
    }
    let digits_only = text.chars().all(is_any_digit);
    // One number (`— 12 —`), or a page of pages (`3/12`): a date has three.
    let mut runs = 0;
    let mut in_run = false;
    for c in text.chars() {
        let digit = is_any_digit(c);
        runs += usize::from(digit && !in_run);
        in_run = digit;
    }
    let framed = !digits_only
        && (runs == 1 || runs == 2 && text.contains(['/', '／']))
        && text.chars().all(|c| {
            is_any_digit(c)
                || c.is_whitespace()
                || matches!(
                    c,
                    '—' | '-' | '－' | '–' | '─' | '/' | '／' | '(' | ')' | '（' | '）'
                )
        });
    let counted = text.contains(['页', '頁'])
        && text
            .chars()
            .all(|c| is_any_digit(c) || c.is_whitespace() || "第页頁共/／,，".contains(c));
    framed || counted
}

/// Lines this near the top hold the title: a running head there is kept once, as text.
const TOP_LINES: usize = 3;

/// A line's words with each run of digits as one `#`: the lines of a page foot that differ
/// in their page number only (`第 1 页` `第 2 页`) have one key.
fn page_key(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(is_any_digit) {
        return text.into();
    }
    let mut key = String::with_capacity(text.len());
    for c in text.chars() {
        if is_any_digit(c) {
            if !key.ends_with('#') {
                key.push('#');
            }
        } else {
            key.push(c);
        }
    }
    key.into()
}

/// The indexes of the running lines among `lines`, looking only at the lines `free` allows:
/// lines that come back in the same words, their numbers aside (a page foot counts its
/// pages). A label (ending in a colon), a numbered line, and a line repeated only in a row
/// (a table's column) are never running lines.
pub fn running_lines(lines: &[Line], free: impl Fn(usize) -> bool) -> Vec<usize> {
    // (Places as `u32`, 4 bytes each: a text of millions of one short line holds them all
    // here, beside its lines; a text of 4 G lines is read up to there.)
    let mut seen: HashMap<std::borrow::Cow<'_, str>, (&str, Vec<u32>)> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        let Ok(place) = u32::try_from(i) else { break };
        if !free(i) || count_to(l.text, 2 * RUNNING_MAX + 1) > 2 * RUNNING_MAX {
            continue;
        }
        // Measured as read: numbers count one, layout spaces none.
        let key = page_key(l.text);
        if key.chars().filter(|c| !c.is_whitespace()).count() <= RUNNING_MAX {
            seen.entry(key)
                .or_insert_with(|| (l.text, Vec::new()))
                .1
                .push(place);
        }
    }
    // A line near a page number, before or after it, stands at a page break.
    let at_break = |i: usize| {
        let near = |j: usize| lines.get(j).is_some_and(|l| is_page_number(l.text));
        (1..=BREAK_REACH).any(|d| i.checked_sub(d).is_some_and(near) || near(i + d))
    };
    let mut groups: Vec<(&str, Vec<usize>)> = seen
        .into_values()
        .filter(|(text, at)| {
            let spread = at.windows(2).filter(|w| w[1] > w[0] + 1).count() + 1;
            // Twice is enough where every place after the first is at a page break: the
            // head of a second page (the first page's stands over the text).
            // (A sentence is no head: `同意。` may close two replies by chance.)
            let paged = spread >= 2
                && !text.ends_with(is_terminator)
                && at[1..].iter().all(|&i| at_break(i as usize));
            // (A number alone is no running line here: the head settles those, page
            // numbers and section numbers alike.)
            // A number glued to its words the same each time (`01知风险` under each
            // section) numbers a part of a template each section repeats: a page's foot
            // counts on (`3 某某学报`, `4 某某学报`).
            // (A padded number glued to an ideograph: lines grouped by `page_key` share
            // their words, and a running head may open with a year, `2024年……`.)
            let padded = text.strip_prefix('0').is_some_and(|rest| {
                let mut cs = rest.chars();
                cs.next().is_some_and(|c| c.is_ascii_digit())
                    && cs.next().is_some_and(crate::text::is_cjk)
            });
            let same_number = padded && at.iter().all(|&i| lines[i as usize].text == *text);
            (spread >= RUNNING_MIN || paged)
                && !text.ends_with(['：', ':'])
                && line_marker(text).is_none()
                && !same_number
                && text.chars().any(char::is_alphabetic)
        })
        .map(|(text, at)| (text, at.into_iter().map(|i| i as usize).collect()))
        .collect();
    let headings = record_headings(&groups, lines);
    groups.retain(|(text, _)| !headings.contains(text));
    // Periods alone (`1959年` `1960年`, or `2015年` twice in a résumé) file entries: each
    // names its part, or dates its entry. Only the same period at each page break, a page
    // number beside it, is a running head.
    groups.retain(|(text, at)| {
        crate::scan::date::period(text.trim()).is_err()
            || at.iter().all(|&i| lines[i].text == *text) && at[1..].iter().all(|&i| at_break(i))
    });
    let mut out: Vec<usize> = groups
        .into_iter()
        // A PDF's running head is often the title: its first place at the top stays text.
        .flat_map(|(_, at)| {
            let skip = usize::from(at[0] < TOP_LINES);
            at.into_iter().skip(skip)
        })
        .collect();
    out.sort_unstable();
    out
}

/// Finds the repeated lines that are the headings of parallel records (`基本案情`
/// `处理结果` `典型意义` under each of five cases): two or more of them take turns in one
/// order, as often each, and none stands inside a sentence that runs on across it (a page
/// head in a PDF copy cuts a wrapped sentence somewhere; a heading follows a paragraph's
/// end). A slogan between blocks repeats alone: it has no turn-taking partner.
fn record_headings<'a>(groups: &[(&'a str, Vec<usize>)], lines: &[Line]) -> Vec<&'a str> {
    turn_takers(groups, |at| {
        !at.iter().any(|&i| {
            i > 0 && {
                let prev = lines[i - 1].text;
                // A numbered heading over it (`案例一：某某诉某某合同纠纷案`) ends too.
                count_to(prev, RUNNING_MAX + 1) > RUNNING_MAX
                    && !prev.ends_with(|c: char| is_terminator(c) || is_closer(c) || c == '：')
                    && line_marker(prev).is_none()
            }
        })
    })
}

/// Among repeated texts, each with its (increasing) places, the ones that take turns with
/// another in one order and as often (A B C A B C …) where `stands` accepts both: the
/// field headings of parallel records, not a label repeated alone.
pub fn turn_takers<'a>(
    groups: &[(&'a str, Vec<usize>)],
    stands: impl Fn(&[usize]) -> bool,
) -> Vec<&'a str> {
    // `a` and `b` take turns: one of `b` after each of `a`, before the next `a`.
    let alternate = |a: &[usize], b: &[usize]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .enumerate()
                .all(|(k, (&x, &y))| x < y && a.get(k + 1).is_none_or(|&next| y < next))
    };
    let mut out = Vec::new();
    for (a, at_a) in groups {
        let partner = groups.iter().any(|(b, at_b)| {
            b != a && (alternate(at_a, at_b) || alternate(at_b, at_a)) && stands(at_b)
        });
        if partner && stands(at_a) {
            out.push(*a);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    fn running(text: &str) -> Vec<usize> {
        let l = lines(text);
        running_lines(&l, |_| true)
            .into_iter()
            .map(|i| l[i].no)
            .collect()
    }

    #[test]
    fn a_page_foot_three_times_is_running() {
        let text = "标题\n导语。\n第一段正文。\n某某资料站 欢迎关注\n第二段正文。\n某某资料站 欢迎关注\n第三段正文。\n某某资料站 欢迎关注\n";
        assert_eq!(running(text), vec![4, 6, 8]);
    }

    #[test]
    fn a_running_head_at_the_top_stays_once() {
        let text = "某某条例解读\n第一段正文。\n某某条例解读\n第二段正文。\n某某条例解读\n";
        assert_eq!(running(text), vec![3, 5]);
    }

    #[test]
    fn labels_numbers_twice_and_rows_are_not() {
        // A label before each list, a heading twice, a value repeated down a column.
        let text = "主要举措：\n甲。\n主要举措：\n乙。\n主要举措：\n丙。\n";
        assert!(running(text).is_empty());
        assert!(running("总则\n正文。\n总则\n正文。\n").is_empty());
        assert!(running("是\n是\n是\n").is_empty());
        assert!(running("1.\n甲。\n1.\n乙。\n1.\n丙。\n").is_empty());
        // A chronicle's years and months, each over its entries.
        assert!(running("1958年\n甲。\n1959年\n乙。\n1960年\n丙。\n").is_empty());
        assert!(running("标题\n导语。\n3月\n甲。\n4月份\n乙。\n5月\n丙。\n").is_empty());
        // The same period twice is an entry's date; at each page break, a page's head.
        assert!(running("标题\n2015年\n甲。\n2015年\n乙。\n2016年\n丙。\n").is_empty());
        assert_eq!(
            running("标题\n导语。\n2023年\n甲。\n- 1 -\n2023年\n乙。\n- 2 -\n2023年\n丙。\n"),
            vec![6, 9]
        );
    }

    #[test]
    fn a_page_foot_that_counts_its_pages_is_running() {
        let text = "标题\n导语。\n甲。\n某市考试 第 1 页（共 3 页）\n乙。\n某市考试 第 2 页（共 3 页）\n丙。\n某市考试 第 3 页（共 3 页）\n";
        assert_eq!(running(text), vec![4, 6, 8]);
        // Lines that differ in their words are no page foot.
        assert!(running("甲。\n2021年增长5%\n乙。\n2022年回落3%\n丙。\n2023年持平\n").is_empty());
    }

    #[test]
    fn a_page_head_twice_at_a_page_break_is_running() {
        let text = "某某文集 · 第二辑\n标题\n正文。\n— 2 —\n某某文集 · 第二辑\n正文。\n";
        // (`正文。` twice, once near the number: a sentence, no head.)
        assert_eq!(running(text), vec![5]);
        let foot =
            "标题\n导语。\n正文。\n某某市人民政府公报\n- 1 -\n正文。\n某某市人民政府公报\n- 2 -\n";
        assert_eq!(running(foot), vec![4, 7]);
        // Twice without a page number beside it: a heading a summary repeats.
        assert!(running("某某文集\n正文。\n某某文集\n正文。\n").is_empty());
    }

    #[test]
    fn page_numbers_are_numbers_framed_or_counted() {
        for yes in [
            "— 12 —",
            "-3-",
            "- 3 -",
            "（3）",
            "第 3 页",
            "第3页 共12页",
            "3/12",
            "第PAGE3页共NUMPAGES3页",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in [
            "3",
            "三、",
            "第3页的表格",
            "2024",
            "1.5",
            "（三）",
            "2025-03-10",
            "3-5",
        ] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn headings_that_take_turns_are_not_running() {
        let case =
            |n: &str| format!("案例{n}：某事\n基本情况\n某人申请补助。\n办理结果\n予以支持。\n");
        let text: String = ["一", "二", "三"].map(case).concat();
        assert!(running(&text).is_empty());
    }

    #[test]
    fn page_heads_that_take_turns_but_cut_a_sentence_are_running() {
        let long = "这是一段从版式文件复制下来的正文，每一行都排得很满，在页面末尾被截断而没有结束";
        let text = format!(
            "标题\n导语。\n{long}\n某某学报\n接着写完。\n某某论文题目\n{long}\n某某学报\n接着写完。\n某某论文题目\n正文。\n某某学报\n正文。\n某某论文题目\n"
        );
        assert_eq!(running(&text), vec![4, 6, 8, 10, 12, 14]);
    }
}
