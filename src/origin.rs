//! Where the lines of a reader's text came from: for each line of the text a Markdown, HTML
//! or Word reader gives, the line of the file (Word: the paragraph) it was read from, so
//! that `line` in the outline is one an editor can jump to.
//!
//! Kept as runs, not a number a line: a run is a line of the text, the file's line for it,
//! and a step by which the file's line grows with the text's — none (many lines from one
//! line of a page, or one Word paragraph), one (a paragraph's lines, one under the other),
//! or one every second line (list items, which the text sets a blank line apart). The
//! largest files are long runs of one shape, and a paragraph of three million lines is one
//! run.
//!
//! A PDF's lines are counted through the whole file, and the file's pages noted by the
//! line each starts at: a line of the file is then a page and a line on it.

use crate::model::Place;
use std::num::NonZeroU32;

/// How the file's line grows along a run, for each line of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Not at all: every line of the run is read from one line of the file.
    None,
    /// By one a line.
    One,
    /// By one every second line.
    Half,
}

impl Step {
    /// The step that takes a run from (0, 0) to the text's line `dl` and the file's `ds`.
    fn fitting(dl: u32, ds: u32) -> Option<Step> {
        match () {
            () if ds == 0 => Some(Step::None),
            () if ds == dl => Some(Step::One),
            () if ds * 2 == dl => Some(Step::Half),
            () => None,
        }
    }

    /// How far the file's line is along the run at the text's line `dl` from its start.
    fn at(self, dl: u32) -> u32 {
        match self {
            Step::None => 0,
            Step::One => dl,
            Step::Half => dl / 2,
        }
    }
}

/// A run of lines: from line `line` of the text, read from line `source` of the file on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    line: u32,
    source: u32,
    /// `None` while the run has one line noted: the next line noted sets it.
    step: Option<Step>,
    /// The last line of the text noted in this run.
    last: u32,
}

/// For each line of a reader's text, the line of the file it was read from; empty when they
/// are the same (plain text).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    runs: Vec<Run>,
    /// A PDF's pages, in rising order: the page and the line of the file it starts at.
    pages: Vec<(u32, u32)>,
}

impl Origin {
    /// No lines noted: every line is the file's own.
    pub fn new() -> Origin {
        Origin::default()
    }

    /// Whether no line was noted (the text's lines are the file's).
    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// Notes that line `line` of the text (lines are noted in rising order; a line noted
    /// again is ignored) was read from line `source` of the file. Lines not noted (blank
    /// lines) take what the run around them gives.
    pub fn note(&mut self, line: usize, source: usize) {
        let (line, source) = (clamp(line), clamp(source));
        if let Some(run) = self.runs.last_mut() {
            if line <= run.last {
                return;
            }
            let (dl, ds) = (line - run.line, source.wrapping_sub(run.source));
            let fits = match run.step {
                Some(step) => source >= run.source && step.at(dl) == ds,
                None => {
                    run.step = (source >= run.source)
                        .then(|| Step::fitting(dl, ds))
                        .flatten();
                    run.step.is_some()
                }
            };
            if fits {
                run.last = line;
                return;
            }
        }
        self.runs.push(Run {
            line,
            source,
            step: None,
            last: line,
        });
    }

    /// Notes that the file's lines from line `source` on (counted through the whole file)
    /// are on page `page` (pages noted in rising order), its first line `source`.
    pub fn page_starts(&mut self, page: usize, source: usize) {
        let (page, source) = (clamp(page), clamp(source));
        if self
            .pages
            .last()
            .is_none_or(|&(p, s)| page > p && source >= s)
        {
            self.pages.push((page, source));
        }
    }

    /// Forgets the lines noted past line `line` of the text (text taken back).
    pub fn forget_after(&mut self, line: usize) {
        let line = clamp(line);
        while self.runs.last().is_some_and(|r| r.line > line) {
            self.runs.pop();
        }
        if let Some(run) = self.runs.last_mut() {
            run.last = run.last.min(line);
        }
    }

    /// Puts `lines` lines above the text, all read from line `source` of the file.
    pub fn lines_above(&mut self, lines: usize, source: usize) {
        let by = clamp(lines);
        for run in &mut self.runs {
            run.line = run.line.saturating_add(by);
            run.last = run.last.saturating_add(by);
        }
        let source = clamp(source);
        let above = Run {
            line: 1,
            source,
            step: Some(Step::None),
            last: by,
        };
        self.runs.insert(0, above);
    }

    /// Moves every line number of a document parsed from the text (its nodes, dropped
    /// lines and warnings) to the line of the file it was read from: for a PDF, its page
    /// and the line on that page.
    pub fn relocate(&self, doc: &mut crate::Document) {
        if self.pages.is_empty() {
            if !self.is_empty() {
                doc.map_lines(|line| self.source_line(line));
            }
        } else {
            doc.place_lines(|line| self.place(line));
        }
    }

    /// Where line `line` of the text was read from: a line of the file, or a page of a
    /// PDF and the line on it.
    pub fn place(&self, line: usize) -> Place {
        let source = self.source_line(line);
        let at = clamp(source);
        let k = self.pages.partition_point(|&(_, s)| s <= at);
        match k.checked_sub(1).map(|k| self.pages[k]) {
            Some((page, first)) => Place {
                page: NonZeroU32::new(page),
                line: (at - first) as usize + 1,
            },
            // Above the first page noted: its first line.
            None => match self.pages.first() {
                Some(&(page, _)) => Place {
                    page: NonZeroU32::new(page),
                    line: 1,
                },
                None => Place::line(source),
            },
        }
    }

    /// The line of the file that line `line` of the text was read from; `line` itself when
    /// nothing was noted.
    pub fn source_line(&self, line: usize) -> usize {
        let at = clamp(line);
        let k = self.runs.partition_point(|r| r.line <= at);
        let run = match k {
            0 => match self.runs.first() {
                Some(first) => first,
                None => return line,
            },
            k => &self.runs[k - 1],
        };
        let dl = at.saturating_sub(run.line);
        let step = run.step.unwrap_or(Step::None);
        run.source.saturating_add(step.at(dl)) as usize
    }
}

/// A line number as the runs hold it (past four thousand million lines, the last).
fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(noted: &[(usize, usize)]) -> Origin {
        let mut o = Origin::new();
        for &(line, source) in noted {
            o.note(line, source);
        }
        o
    }

    #[test]
    fn nothing_noted_is_the_files_own_lines() {
        let o = Origin::new();
        assert!(o.is_empty());
        assert_eq!(o.source_line(7), 7);
    }

    #[test]
    fn lines_give_back_what_was_noted_in_few_runs() {
        // A paragraph's lines, then list items a blank line apart, then a page's one line.
        let noted = [
            (1, 5),
            (2, 6),
            (3, 7),
            (5, 10),
            (7, 11),
            (9, 12),
            (11, 20),
            (13, 20),
            (14, 20),
            (16, 3),
        ];
        let o = of(&noted);
        for (line, source) in noted {
            assert_eq!(o.source_line(line), source, "line {line}");
        }
        assert_eq!(o.runs.len(), 4, "{:?}", o.runs);
        // A blank line between takes the run's value; past the end, the last run's.
        assert_eq!(o.source_line(4), 8);
        assert_eq!(o.source_line(40), 3);
    }

    #[test]
    fn a_long_paragraph_is_one_run() {
        let mut o = Origin::new();
        for k in 1..=1_000_000 {
            o.note(k, k + 3);
        }
        assert_eq!(o.runs.len(), 1);
        assert_eq!(o.source_line(777_777), 777_780);
    }

    #[test]
    fn a_line_noted_twice_keeps_the_first() {
        let o = of(&[(1, 1), (3, 4), (3, 9)]);
        assert_eq!(o.source_line(3), 4);
    }

    #[test]
    fn lines_above_and_lines_forgotten() {
        let mut o = of(&[(1, 5), (2, 6), (4, 9), (6, 12)]);
        o.forget_after(4);
        o.note(5, 30);
        assert_eq!(o.source_line(4), 9);
        assert_eq!(o.source_line(5), 30);
        o.lines_above(2, 3);
        assert_eq!(o.source_line(1), 3);
        assert_eq!(o.source_line(2), 3);
        assert_eq!(o.source_line(3), 5);
        assert_eq!(o.source_line(7), 30);
    }

    #[test]
    fn a_pdfs_lines_are_pages_and_lines_on_them() {
        // Page 1 has lines 1–3 of the file, page 2 (the third page scanned) from 4 on;
        // text line 2 joins lines 2 and 3 of page 1 into one.
        let mut o = of(&[(1, 1), (2, 2), (4, 4), (5, 5)]);
        o.page_starts(1, 1);
        o.page_starts(3, 4);
        let at = |l| o.place(l).to_string();
        assert_eq!(
            [1, 2, 3, 4, 5].map(at),
            ["p.1:1", "p.1:2", "p.1:3", "p.3:1", "p.3:2"]
        );
        assert_eq!(Origin::new().place(7), Place::line(7));
    }

    #[test]
    fn a_line_read_from_above_starts_a_run() {
        // A kicker written below the title it stood above.
        let o = of(&[(1, 3), (3, 1), (4, 2)]);
        assert_eq!(
            [1, 3, 4].map(|l| o.source_line(l)),
            [3, 1, 2],
            "{:?}",
            o.runs
        );
    }
}
