//! Series: line markers that continue one another. A marker that neither starts its series
//! nor continues it where it stands, while the number it skipped comes next, is the first
//! word of a sentence (`三、四月份正值春耕……` between `一、` and `二、`), not a heading.
//!
//! This is decided before nesting, from the whole run of markers (nesting sees one line at
//! a time and would take `三、` as a gap, then refuse the real `二、` after it).

use crate::nest::Mark;
use crate::scan::marker::Family;

/// Takes the marks that break their series out of `marks` (they become text), returning
/// the indexes taken with why.
pub fn drop_false_markers(marks: &mut [Option<Mark>]) -> Vec<(usize, &'static str)> {
    // The last number taken per family, in the order the families came: a handful.
    let mut last: Vec<(Family, u32)> = Vec::new();
    let mut dropped = Vec::new();
    for i in 0..marks.len() {
        let Some(m) = marks[i] else { continue };
        let Some(n) = m.number else { continue };
        if matches!(
            m.family,
            Family::Bullet(_) | Family::Subtitle | Family::ListIntro
        ) {
            continue;
        }
        let slot = last.iter().position(|(f, _)| *f == m.family);
        let prev = slot.map(|k| last[k].1);
        let expected = prev.map_or(1, |p| p + 1);
        let breaks = n != 1 && n != expected && prev.is_some_and(|p| n != p);
        if breaks && next_of_family(marks, i, m.family) == Some(expected) {
            marks[i] = None;
            dropped.push((
                i,
                "not a node: its number skips one that comes right after (a sentence opening with a numeral)",
            ));
            continue;
        }
        match slot {
            Some(k) => last[k].1 = n,
            None => last.push((m.family, n)),
        }
    }
    dropped
}

/// The number of the next mark of `family` after `i`.
fn next_of_family(marks: &[Option<Mark>], i: usize, family: Family) -> Option<u32> {
    marks[i + 1..]
        .iter()
        .flatten()
        .find(|m| m.family == family)
        .and_then(|m| m.number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(texts: &[&str]) -> Vec<Option<Mark>> {
        texts.iter().map(|t| Mark::of(t)).collect()
    }

    #[test]
    fn a_number_that_skips_the_next_one_is_text() {
        let mut m = marks(&["一、春耕", "三、各地正在抢抓农时。", "二、防汛", "三、保障"]);
        let dropped: Vec<usize> = drop_false_markers(&mut m)
            .into_iter()
            .map(|d| d.0)
            .collect();
        assert_eq!(dropped, vec![1]);
        assert!(m[1].is_none() && m[2].is_some() && m[3].is_some());
    }

    #[test]
    fn a_real_gap_stays() {
        // 三 never comes: 四 is a gap in the numbering, still a heading.
        let mut m = marks(&["一、甲", "二、乙", "四、丁", "五、戊"]);
        assert!(drop_false_markers(&mut m).is_empty());
    }

    #[test]
    fn sub_series_restart_under_each_heading() {
        let mut m = marks(&[
            "一、甲",
            "（一）子",
            "（二）子",
            "二、乙",
            "（一）子",
            "（二）子",
        ]);
        assert!(drop_false_markers(&mut m).is_empty());
    }

    #[test]
    fn a_repeat_stays() {
        let mut m = marks(&["一、甲", "二、乙", "二、乙", "三、丙"]);
        assert!(drop_false_markers(&mut m).is_empty());
    }
}
