//! Word, HTML, Markdown and PDF inputs (the scanned PDF aside): a snapshot of each, and
//! the same outline as their plain-text twins.

use tigang::{Document, InputFormat, Node};

fn read(name: &str) -> Document<'static> {
    let path = format!("{}/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    let format = InputFormat::from_path(&path).unwrap_or(InputFormat::Text);
    let decoded = tigang::read_document(&path, bytes, format, None).unwrap();
    tigang::parse_hinted(&decoded.text, &decoded.hints, false)
        .0
        .into_owned()
}

fn shape(nodes: &[Node], depth: usize, out: &mut Vec<String>) {
    for n in nodes {
        out.push(format!("{}{}{}", "  ".repeat(depth), n.marker, n.title));
        shape(&n.children, depth + 1, out);
    }
}

fn outline(doc: &Document) -> (Option<String>, Vec<String>) {
    let mut out = Vec::new();
    shape(&doc.children, 0, &mut out);
    (doc.title.clone(), out)
}

#[test]
fn every_input_format_sample() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_omit_expression(true);
    settings.set_prepend_module_to_snapshot(false);
    let _guard = settings.bind_to_scope();
    insta::glob!("../samples", "{*.docx,*.html,*.md,pdf-[!s]*.pdf}", |path| {
        let doc = read(path.file_name().unwrap().to_str().unwrap());
        insta::assert_snapshot!(
            "input",
            tigang::Format::Json.render_to_string(&doc).unwrap()
        );
    });
}

#[test]
fn each_input_gives_the_outline_of_its_plain_text_twin() {
    for (input, twin) in [
        ("word-auto-numbering.docx", "word-auto-numbering.txt"),
        ("libreoffice-notice.docx", "notice-sections-items.txt"),
        ("pandoc-commentary.docx", "markdown-commentary.txt"),
        ("news-page-saved.html", "news-page-saved.txt"),
        ("markdown-commentary.md", "markdown-commentary.txt"),
    ] {
        let (a, b) = (read(input), read(twin));
        assert_eq!(outline(&a), outline(&b), "{input} vs {twin}");
        assert_eq!(a.meta.author, b.meta.author, "{input}");
        assert_eq!(a.meta.date, b.meta.date, "{input}");
    }
}

#[test]
fn a_page_declaring_gb2312_is_read_in_it() {
    let path = format!(
        "{}/samples/news-page-saved.html",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap();
    let decoded = tigang::read_document(&path, bytes, InputFormat::Html, None).unwrap();
    assert_eq!(decoded.encoding, "GBK");
    assert!(!decoded.text.contains("相关新闻"), "related list is chrome");
    assert!(!decoded.text.contains("版权所有"), "footer is chrome");
}

#[test]
fn a_broken_docx_is_a_clear_error() {
    let err = tigang::read_document(
        "x.docx",
        b"PK\x03\x04broken".to_vec(),
        InputFormat::Docx,
        None,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot decode x.docx: not a readable document"),
        "{err}"
    );
}

#[test]
fn a_notes_front_matter_dates_it_where_its_text_names_no_date() {
    let md = "---\ntitle: \"读《乡土中国》有感\"\ndate: \"2024-03-18\"\ntags:\n  - 读书\n---\n\n费孝通先生的《乡土中国》，写的是中国基层社会的样子。\n";
    let options = tigang::Options {
        path: Some("读后感.md"),
        ..Default::default()
    };
    let doc = tigang::parse_bytes(md.as_bytes().to_vec(), &options).unwrap();
    assert_eq!(doc.title.as_deref(), Some("读《乡土中国》有感"));
    assert_eq!(doc.meta.date.as_deref(), Some("2024-03-18"));
    // The text's own date wins over the front matter's.
    let dated = md.replace("\n\n费孝通", "\n\n2024年5月6日\n\n费孝通");
    let doc = tigang::parse_bytes(dated.into_bytes(), &options).unwrap();
    assert_eq!(doc.meta.date.as_deref(), Some("2024-05-06"));
}
