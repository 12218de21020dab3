//! The paragraph numbers of a law's articles as Taiwan's law database sets them out: the
//! article's number alone on its line, each of its paragraphs (項) under it opening with
//! its number and a gap (`第 5 條` / `1   人民對於……` / `2   訴願管轄……`). The numbers are
//! layout, like Markdown's `#`: taken off the lines and listed as dropped, so that the
//! article takes its first paragraph's words and the paragraphs stay its text.

use crate::nest::Mark;
use crate::scan::marker::Family;
use crate::text::Line;

/// The most digits of a paragraph number (an article has at most a few dozen paragraphs).
const NUMBER_DIGITS_MAX: usize = 2;

/// The ASCII spaces that part a paragraph number from its words (`1   人民……`): more than
/// one, so that `1 總則` (a section's number and title) is not one.
const GAP_SPACES_MIN: usize = 2;

/// Takes the paragraph numbers off the lines of `lines` that carry them, returning each
/// line's number as written, by line, for the dropped list. A number counts only in its
/// series: `1` on the line right under an article's number alone, then `2`, `3` … on later
/// lines before the next article.
pub fn take(lines: &mut [Line<'_>]) -> Vec<(usize, String)> {
    let mut taken = Vec::new();
    // The number the next paragraph of the current article must have, or none outside an
    // article whose number stands alone.
    let mut next: Option<u32> = None;
    let mut last_was_article = false;
    for l in lines.iter_mut() {
        if l.text.is_empty() {
            continue;
        }
        // (A law's divisions and articles open with `第`: other lines are not read.)
        let by_law = l.text.starts_with('第');
        if by_law && article_alone(l.text) {
            next = Some(1);
            last_was_article = true;
            continue;
        }
        let numbered = next.and_then(|want| {
            let (n, words) = paragraph_number(l.text)?;
            // The first paragraph opens right under the article's number.
            (n == want && (n > 1 || last_was_article)).then_some((n, words))
        });
        last_was_article = false;
        // A line that is no sentence's (`附表`, a table's cell `臺北市`) ends the article's
        // paragraphs: numbers after it are a table's.
        if numbered.is_none()
            && !l
                .text
                .contains(|c: char| crate::text::is_terminator(c) || matches!(c, '：' | ':' | '，'))
        {
            next = None;
        }
        if let Some((n, words)) = numbered {
            let end = l.text.len() - words.len();
            taken.push((l.no, crate::text::trim(&l.text[..end]).to_string()));
            l.text = words;
            next = Some(n + 1);
        } else if next.is_some()
            && by_law
            && Mark::of(l.text).is_some_and(|m| m.family.law_rank().is_some())
        {
            // A chapter's or a section's heading, or an article with its words on its line.
            next = None;
        }
    }
    taken
}

/// Tells whether `text` is an article's number and nothing else: `第 5 條`, `第五条`.
fn article_alone(text: &str) -> bool {
    text.len() <= 40
        && Mark::of(text)
            .is_some_and(|m| m.family == Family::Article && m.rest_start as usize == text.len())
}

/// Reads a paragraph number and the gap after it (`1   人民……`): the number and the words.
fn paragraph_number(text: &str) -> Option<(u32, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > NUMBER_DIGITS_MAX {
        return None;
    }
    let rest = &text[digits..];
    let words = rest.trim_start_matches([' ', '\t', '\u{3000}']);
    let gap = &rest[..rest.len() - words.len()];
    let wide = gap.contains(['\t', '\u{3000}']) || gap.len() >= GAP_SPACES_MIN;
    let opens_words = words.chars().next().is_some_and(crate::text::is_cjk);
    if !(wide && opens_words) {
        return None;
    }
    Some((text[..digits].parse().ok()?, words))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taken(text: &str) -> (Vec<String>, Vec<(usize, String)>) {
        let mut lines = crate::text::lines(text);
        let numbers = take(&mut lines);
        (lines.iter().map(|l| l.text.to_string()).collect(), numbers)
    }

    #[test]
    fn an_articles_paragraph_numbers_are_layout() {
        let (lines, numbers) =
            taken("第 5 條\n1   人民得提起訴願。\n2   法律另有規定者，從其規定。\n第 6 條\n本辦法由市政府負責解釋。\n");
        assert_eq!(
            lines,
            [
                "第 5 條",
                "人民得提起訴願。",
                "法律另有規定者，從其規定。",
                "第 6 條",
                "本辦法由市政府負責解釋。"
            ]
        );
        assert_eq!(numbers, [(2, "1".to_string()), (3, "2".to_string())]);
    }

    #[test]
    fn a_number_out_of_its_series_stays() {
        // Not under an article's number alone; a section's `1 總則`; a number skipping one.
        for text in [
            "前言\n1   人民得提起訴願。\n",
            "第 5 條\n1 總則\n",
            "第 5 條\n2   人民得提起訴願。\n",
            "第五條　人民得提起訴願。\n2   法律另有規定者。\n",
        ] {
            assert!(taken(text).1.is_empty(), "{text}");
        }
        // A table after the last article numbers its rows: a line that is no sentence's
        // (`附表`) ends the article's paragraphs.
        let (_, numbers) = taken("第 30 條\n1   本辦法由市政府負責解釋。\n附表\n2   新北市\n");
        assert_eq!(numbers, [(2, "1".to_string())]);
    }
}
