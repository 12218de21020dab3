//! The library's words in the reader's language: errors, warnings and `--explain` notes.
//! Errors are rebuilt from their fields; warnings and notes, which the library writes as
//! English sentences, are translated by their stable English shape (a role before `:`,
//! fixed reasons keyed by their words), and what no message knows stays English.

use crate::lang::{self, known_words, t, words, Lang};
use std::io;
use tigang::{DecodeProblem, Error};

/// An error in the run's language, as one line without the `outline: ` prefix.
pub fn error(e: &Error) -> String {
    match e {
        Error::Read { path, message } => {
            t!(
                "error-read",
                path = path.as_str(),
                message = words("phrase", message)
            )
        }
        Error::Decode { path, problem } => {
            t!(
                "error-decode",
                path = path.as_str(),
                problem = decode(problem)
            )
        }
        Error::Usage(message) => message.clone(),
        Error::UnknownEncoding(name) => t!(
            "error-unknown-encoding",
            name = format!("{name:?}"),
            common = tigang::COMMON_ENCODINGS.join(", ")
        ),
        Error::Write { path, source } => {
            t!(
                "error-write",
                path = path.as_str(),
                reason = io_words(source)
            )
        }
        Error::Render { format, message } => {
            t!("error-render", format = *format, message = message.as_str())
        }
        Error::NoCjkFont => t!("error-no-cjk-font"),
    }
}

/// Why bytes could not be decoded.
fn decode(problem: &DecodeProblem) -> String {
    match problem {
        DecodeProblem::Binary => t!("decode-binary"),
        DecodeProblem::Malformed(encoding) => t!("decode-malformed", encoding = *encoding),
        DecodeProblem::Document(why) => t!("decode-document", why = why.as_str()),
        DecodeProblem::NoTextLayer => t!("decode-no-text-layer"),
        DecodeProblem::Encrypted => t!("decode-encrypted"),
        DecodeProblem::NeedsLibreOffice { package } => {
            t!("decode-needs-libreoffice", package = *package)
        }
        DecodeProblem::Unknown(guess) => t!("decode-unknown", guess = *guess),
    }
}

/// An I/O error in the words of the other messages: lowercase, without the system's error
/// number (`No space left on device (os error 28)` → `no space left on device`), in the
/// run's language when a message has those words.
pub fn io_words(e: &io::Error) -> String {
    let text = e.to_string();
    let text = match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => &text[..at],
        _ => &text,
    };
    let mut chars = text.chars();
    let text = match chars.next() {
        // Only a capital that starts a word is lowered: `PDF` and `Word` keep theirs.
        Some(c)
            if c.is_ascii_uppercase() && chars.next().is_some_and(|n| n.is_ascii_lowercase()) =>
        {
            c.to_ascii_lowercase().to_string() + &text[1..]
        }
        _ => text.to_string(),
    };
    words("phrase", &text)
}

/// A warning's sentence in the run's language: numbering gaps and repeats, a count in
/// the title, capped nesting; other warnings stay English.
pub fn warning(message: &str) -> String {
    if lang::lang() == Lang::En {
        return message.to_string();
    }
    let said = || -> Option<String> {
        if let Some(rest) = message.strip_prefix("numbering gap: ") {
            let (marker, rest) = rest.split_once(" follows ")?;
            let (prev, missing) = rest.split_once("; missing ")?;
            return Some(t!(
                "warn-gap",
                marker = marker,
                prev = prev,
                missing = missing
            ));
        }
        // The summary of warnings of one kind left out (`tigang::internal::more_like_it`).
        if let Some((kind, rest)) = message.split_once(": … and ") {
            let count = rest.strip_suffix(" more like it")?;
            let kind = match kind {
                "numbering gap" => t!("warn-kind-gap"),
                "numbering repeat" => t!("warn-kind-repeat"),
                "nesting capped" => t!("warn-kind-capped"),
                _ => return None,
            };
            return Some(t!("warn-more", kind = kind, count = count));
        }
        if let Some(rest) = message.strip_prefix("numbering repeat: ") {
            let marker = rest.strip_suffix(" twice")?;
            return Some(t!("warn-repeat", marker = marker));
        }
        if let Some(rest) = message.strip_prefix("the title announces ") {
            let (word, rest) = rest.split_once(" but the outline has ")?;
            let count = rest.strip_suffix(" top-level nodes")?;
            return Some(t!("warn-announced", word = word, count = count));
        }
        if let Some(rest) = message.strip_prefix("nesting capped at ") {
            let (depth, marker) = rest.split_once(" levels: ")?;
            let marker = marker.strip_suffix(" made a sibling")?;
            return Some(t!("warn-capped", depth = depth, marker = marker));
        }
        None
    };
    said().unwrap_or_else(|| message.to_string())
}

/// An `--explain` note in the run's language: its role (`furniture`, `meta`, `title` …)
/// and the most common reasons, each of the parts it joins with `; `; what no message
/// knows stays English.
pub fn note(note: &str) -> String {
    if lang::lang() == Lang::En {
        return note.to_string();
    }
    let parts: Vec<String> = note.split("; ").map(part).collect();
    parts.join(&t!("separator"))
}

/// One part of a note: `ROLE: REASON`, `MARKER: REASON`, a role alone, or a reason.
fn part(part: &str) -> String {
    if let Some(whole) = known_words("role", part) {
        return whole;
    }
    if let Some(line) = part.strip_prefix("joined to the paragraph of line ") {
        return t!("explain-joined", line = line);
    }
    if let Some(rest) = part.strip_prefix("heading of level ") {
        if let Some(level) = rest.strip_suffix(", as the format states") {
            return t!("explain-heading-level", level = level);
        }
    }
    if let Some(count) = part
        .strip_prefix("run-in leads: ")
        .and_then(|r| r.strip_suffix(" parallel short first sentences"))
    {
        return t!("explain-leads", count = count);
    }
    // `inline series 一要/二要: 1 run(s) …`: the markers may hold `: ` themselves.
    if let Some(rest) = part.strip_prefix("inline series ") {
        if let Some((markers, rest)) = rest.rsplit_once(": ") {
            return format!(
                "{}：{}",
                t!("explain-series", markers = markers),
                reason(rest)
            );
        }
    }
    let Some((head, rest)) = part.split_once(": ") else {
        return reason(part);
    };
    // The head is a role (`furniture: app download`) or a marker as written
    // (`第一条: heading node at depth 2`), which stays as it is.
    let head = known_words("role", head).unwrap_or_else(|| head.to_string());
    format!("{head}：{}", reason(rest))
}

/// The reason after a note's role or marker.
fn reason(rest: &str) -> String {
    if let Some(known) = known_words("why", rest) {
        return known;
    }
    if let Some(why) = rest.strip_prefix("not a node, ") {
        return t!("explain-not-a-node", why = reason(why));
    }
    if let Some(why) = rest.strip_prefix("text, ") {
        return t!("explain-text-because", why = reason(why));
    }
    if let Some((kind, depth)) = rest.split_once(" node at depth ") {
        return t!("explain-node", kind = words("kind", kind), depth = depth);
    }
    if let Some((runs, rest)) = rest.split_once(" run(s) of ") {
        if let Some((points, line)) = rest.split_once(" point(s) from line ") {
            return t!("explain-runs", runs = runs, points = points, line = line);
        }
    }
    // `date (a 时间 or 日期 field)`: the reason before its parenthesis, and the words in
    // it, each when known.
    if let Some((before, more)) = rest.split_once(" (") {
        if let Some(known) = known_words("why", before) {
            let inner = more.strip_suffix(')').unwrap_or(more);
            return format!("{known}（{}）", words("why", inner));
        }
    }
    rest.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// These tests set the run's language to Chinese: no other test of the binary reads
    /// a message in English.
    fn in_chinese() {
        lang::set(Lang::Zh);
        assert_eq!(lang::lang(), Lang::Zh, "another test settled English first");
    }

    #[test]
    fn warnings_are_translated_by_their_shape() {
        in_chinese();
        assert_eq!(
            warning("numbering gap: 四、 follows 2; missing 3"),
            "编号不连续：四、 接在 2 之后；缺少 3"
        );
        assert_eq!(
            warning("numbering repeat: （二） twice"),
            "编号重复：（二） 出现两次"
        );
        assert_eq!(
            warning("the title announces 三个 but the outline has 4 top-level nodes"),
            "标题说有三个，但提纲有 4 个顶层节点"
        );
        assert_eq!(
            warning(&tigang::internal::more_like_it("numbering repeat", 7)),
            "编号重复：……另有 7 处同类情况"
        );
        // A warning no message knows stays English.
        assert_eq!(warning("something new"), "something new");
    }

    #[test]
    fn notes_are_translated_by_role_and_reason() {
        in_chinese();
        assert_eq!(note("furniture: app download"), "网页杂项：下载客户端");
        assert_eq!(note("meta: source, date"), "文章信息：来源、日期");
        assert_eq!(
            note("一、: heading node at depth 1"),
            "一、：标题节点，第 1 层"
        );
        assert_eq!(
            note("title: column taken off; the first candidate"),
            "标题：去掉栏目名；第一个候选"
        );
        assert_eq!(
            note("inline series 一要/二要: 1 run(s) of 3 point(s) from line 14"),
            "段内要点系列 一要/二要：从第 14 行起 1 组、3 个要点"
        );
        assert_eq!(
            note("meta: date (a 时间 or 日期 field)"),
            "文章信息：日期（a 时间 or 日期 field）"
        );
        assert_eq!(note("text"), "正文");
        // What no message knows keeps its English words.
        assert_eq!(
            note("furniture: a brand-new reason"),
            "网页杂项：a brand-new reason"
        );
    }

    #[test]
    fn errors_name_the_path_in_chinese() {
        in_chinese();
        let e = Error::Read {
            path: "a.txt".into(),
            message: "no such file".into(),
        };
        assert_eq!(error(&e), "无法读取 a.txt：文件不存在");
        let e = Error::Decode {
            path: "a.pdf".into(),
            problem: DecodeProblem::NoTextLayer,
        };
        assert_eq!(
            error(&e),
            "无法解码 a.pdf：这个 PDF 没有文字层：请先做文字识别（OCR），例如用 `ocrmypdf`"
        );
    }
}
