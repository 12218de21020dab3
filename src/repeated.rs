//! Running heads and feet: a short line that comes back word for word three times or more
//! through the text (a watermark or page foot copied from a PDF, a site slogan between
//! blocks) is page furniture, not text of the document.

use crate::scan::marker::line_marker;
use crate::text::{count_to, Line};
use std::collections::HashMap;

/// A running line comes back at least this often: twice can be a heading that a contents
/// list or a summary repeats; three times in the same words is layout.
const RUNNING_MIN: usize = 3;
/// A running line is at most this many characters: a slogan, a site or account name.
const RUNNING_MAX: usize = 30;

/// Lines this near the top hold the title: a running head there is kept once, as text.
const TOP_LINES: usize = 3;

/// The indexes of the running lines among `lines`, looking only at the lines `free` allows.
/// A label (ending in a colon), a numbered line, and a line repeated only in a row (a
/// table's column) are never running lines.
pub fn running_lines(lines: &[Line], free: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if free(i) && count_to(l.text, RUNNING_MAX + 1) <= RUNNING_MAX {
            seen.entry(l.text).or_default().push(i);
        }
    }
    let mut out: Vec<usize> = seen
        .into_iter()
        .filter(|(text, at)| {
            let spread = at.windows(2).filter(|w| w[1] > w[0] + 1).count() + 1;
            spread >= RUNNING_MIN && !text.ends_with(['：', ':']) && line_marker(text).is_none()
        })
        // A PDF's running head is often the title: its first place at the top stays text.
        .flat_map(|(_, at)| {
            let skip = usize::from(at[0] < TOP_LINES);
            at.into_iter().skip(skip)
        })
        .collect();
    out.sort_unstable();
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
    }
}
