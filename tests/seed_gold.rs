//! Holds the seed article's outline against the gold outline in `../shared/seed` when the
//! shared folder is present (it is on developers' machines and in CI).

use std::path::Path;

/// Keeps letters and digits only, as the scorer compares node texts.
fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn lines_of(nodes: &[tigang::Node], depth: usize, out: &mut Vec<String>) {
    for n in nodes {
        out.push(format!("{}{}", "  ".repeat(depth), norm(&n.text())));
        lines_of(&n.children, depth + 1, out);
    }
}

#[test]
fn seed_outline_matches_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(dir.join("qiushi-four-concepts.txt")),
        std::fs::read_to_string(dir.join("qiushi-four-concepts.gold")),
    ) else {
        eprintln!("../shared/seed not present; skipping");
        return;
    };
    let doc = tigang::parse(&text);
    let (head, body) = gold.split_once("\n---\n").unwrap();
    for line in head.lines().filter(|l| !l.starts_with('#')) {
        let (key, value) = line.split_once(':').unwrap();
        let value = value.trim();
        let got = match key.trim() {
            "title" => doc.title.clone().unwrap_or_default(),
            "author" => doc.meta.author.join(" "),
            "source" => doc.meta.source.clone().unwrap_or_default(),
            "date" => doc.meta.date.clone().unwrap_or_default(),
            other => panic!("unknown gold key {other}"),
        };
        assert_eq!(norm(&got), norm(value), "{key}");
    }
    let want: Vec<String> = body
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let depth = (l.len() - l.trim_start_matches(' ').len()) / 2;
            format!("{}{}", "  ".repeat(depth), norm(l))
        })
        .collect();
    let mut got = Vec::new();
    lines_of(&doc.children, 0, &mut got);
    assert_eq!(got, want);
    assert_eq!(want.len(), 16);
}
