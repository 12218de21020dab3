//! `line` in the JSON and in `--explain` is the line of the input file itself, for text,
//! Markdown and HTML (issue 14): an editor can jump from a node to its line.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_outline");

fn sample(name: &str) -> String {
    format!("{}/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn outline(path: &str, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .arg("parse")
        .arg(path)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every node of the outline: its kind, line and title.
fn nodes(json: &str) -> Vec<(String, usize, String)> {
    let doc: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut out = Vec::new();
    let mut stack: Vec<&serde_json::Value> =
        doc["children"].as_array().unwrap().iter().rev().collect();
    while let Some(n) = stack.pop() {
        out.push((
            n["kind"].as_str().unwrap().to_string(),
            n["line"].as_u64().unwrap() as usize,
            n["title"].as_str().unwrap().to_string(),
        ));
        if let Some(children) = n["children"].as_array() {
            stack.extend(children.iter().rev());
        }
    }
    out
}

/// Checks that each node's title stands on its line of `file` (an inline point: on its
/// line or in the lines of its paragraph below it).
fn titles_on_their_lines(file: &str, json: &str) {
    let lines: Vec<&str> = file.lines().collect();
    let found = nodes(json);
    assert!(found.len() >= 3, "{json}");
    for (kind, line, title) in found {
        let head: String = title.chars().take(6).collect();
        let reach = if kind == "inline" { 6 } else { 1 };
        let near = lines[line - 1..(line - 1 + reach).min(lines.len())].concat();
        assert!(
            near.contains(&head),
            "{kind} {title:?} is not on line {line}: {near:?}"
        );
    }
}

#[test]
fn markdown_nodes_name_their_line_in_the_file() {
    let path = sample("markdown-commentary.md");
    let file = std::fs::read_to_string(&path).unwrap();
    titles_on_their_lines(&file, &outline(&path, &[]));
}

#[test]
fn html_nodes_name_their_line_in_the_file() {
    let path = sample("news-page-saved.html");
    let bytes = std::fs::read(&path).unwrap();
    let (file, _, _) = encoding_rs::GB18030.decode(&bytes);
    titles_on_their_lines(&file, &outline(&path, &[]));
}

#[test]
fn text_nodes_keep_their_own_lines() {
    let path = sample("notice-sections-items.txt");
    let file = std::fs::read_to_string(&path).unwrap();
    titles_on_their_lines(&file, &outline(&path, &[]));
}

#[test]
fn a_markdown_heading_is_at_its_line_and_explain_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.md");
    let md = "---\ntitle: 计划\n---\n\n# 工作计划\n\n前言。\n\n\n\n## 一、总体要求\n\n正文第一行\n正文第二行。\n\n## 二、主要任务\n\n- 第一项任务\n- 第二项任务\n";
    std::fs::write(&path, md).unwrap();
    let path = path.to_str().unwrap();
    let found = nodes(&outline(path, &[]));
    let at: Vec<(usize, &str)> = found.iter().map(|(_, l, t)| (*l, t.as_str())).collect();
    assert_eq!(
        at,
        [
            (11, "总体要求"),
            (16, "主要任务"),
            (18, "第一项任务"),
            (19, "第二项任务")
        ]
    );
    let explained = outline(path, &["--explain"]);
    assert!(explained.contains("   11  一、总体要求\n"), "{explained}");
    assert!(explained.contains("   14  正文第二行。\n"), "{explained}");
}

#[test]
fn word_nodes_name_their_paragraph() {
    let path = sample("word-auto-numbering.docx");
    let text = outline(&path, &["-f", "json"]);
    let found = nodes(&text);
    // Paragraph numbers rise with the outline and stay within the document's paragraphs.
    let lines: Vec<usize> = found.iter().map(|(_, l, _)| *l).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    let schema = Command::new(BIN).args(["schema"]).output().unwrap();
    let schema = String::from_utf8(schema.stdout).unwrap();
    assert!(schema.contains("for a Word document, the"), "{schema}");
}
