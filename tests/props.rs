//! Property tests. Conservation: every non-blank character of the input appears in the
//! Document exactly once (`Document::text_spans`), and the outline holds its part in
//! document order. Round trips: JSON and YAML read back equal to the model, and the XML
//! formats are well-formed, for any input. (`parse` never panicking is in all of them.)

use proptest::prelude::*;

/// White space, and the invisible U+FEFF and U+200B that the parser trims like white space.
fn blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn visible(s: &str) -> Vec<char> {
    s.chars().filter(|&c| !blank(c)).collect()
}

/// Checks both halves of the invariant, returning what is wrong.
fn conserved(text: &str) -> Result<(), String> {
    let doc = tigang::parse(text);
    let mut want = visible(text);
    let mut got: Vec<char> = doc.text_spans().iter().flat_map(|s| visible(s)).collect();
    // The title is read where the document states it: above the text, or below an opening
    // paragraph (a news lead over the notice it reports), or in a page's footer
    // (`本文标题：……`). It is in the input in its own order; the rest of the outline walk
    // (lead, nodes, tail) is a subsequence of the input: nothing reordered.
    let spans = doc.outline_spans();
    let titled = doc.meta.title_line.is_some() || doc.title.is_some();
    let (title, rest) = spans.split_at(usize::from(titled));
    let subsequence = |part: &[&str]| {
        let mut input = want.iter();
        part.iter()
            .flat_map(|s| visible(s))
            .all(|c| input.any(|d| *d == c))
    };
    if !subsequence(title) || !subsequence(rest) {
        return Err(format!("outline out of document order\n{doc:#?}"));
    }
    want.sort_unstable();
    got.sort_unstable();
    if want != got {
        return Err(format!(
            "characters differ: input {} visible, document {}\n{doc:#?}",
            want.len(),
            got.len()
        ));
    }
    Ok(())
}

#[test]
fn every_sample_is_conserved() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let text = tigang::decode(&bytes, None).unwrap().text;
        if let Err(e) = conserved(&text) {
            panic!("{}: {e}", path.display());
        }
    }
}

/// Pieces real documents are built from, so that generated text hits every rule.
const PIECES: &[&str] = &[
    "一、",
    "二、",
    "三、",
    "四、",
    "（一）",
    "（二）",
    "(3)",
    "1.",
    "2、",
    "１．",
    "①",
    "②",
    "⑵",
    "⒊",
    "第一章",
    "第二章",
    "第一条",
    "第二条",
    "第三条",
    "第十二条之一",
    "第一节",
    "壹、",
    "貳、",
    "● ",
    "• ",
    "一是",
    "二是",
    "三是",
    "一要",
    "二要",
    "第一，",
    "第二，",
    "首先，",
    "其次，",
    "最后，",
    "其一，",
    "其二，",
    "一方面，",
    "另一方面，",
    "。",
    "；",
    "：",
    "！",
    "？",
    "，",
    "、",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{3000}\u{3000}",
    " ",
    "来源：",
    "作者：",
    "编辑：",
    "责任编辑：",
    "本报记者 ",
    "原标题：",
    "2024年1月2日",
    "（一九四三年六月一日）",
    "1.5亿",
    "统一要求",
    "唯一是",
    "坚持党的领导",
    "推动高质量发展",
    "“",
    "”",
    "（",
    "）",
    "*",
    "扫一扫",
    "相关新闻",
    "注释",
    "[1]",
    "目录",
    "三",
    "——",
    "〜",
    "新华社北京3月16日电",
    "《人民日报》（2025年03月17日第 01 版）",
    "\u{feff}",
    "\u{0}",
    "\u{1}",
    "这是一段足够长的正文，用来说明前面那一行短标题所统领的内容，它远远超过三十个字。",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => "[\\PC]{0,6}",
        ],
        0..80,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
    ))]

    #[test]
    fn generated_documents_are_conserved(text in document()) {
        if let Err(e) = conserved(&text) {
            prop_assert!(false, "{:?}\n{}", text, e);
        }
    }

    #[test]
    fn every_format_reads_back(s in document()) {
        let doc = tigang::parse(&s);
        let json = tigang::Format::Json.render_to_string(&doc).unwrap();
        let back: tigang::Document = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &doc);
        let yaml = tigang::Format::Yaml.render_to_string(&doc).unwrap();
        let back: tigang::Document = serde_saphyr::from_str(&yaml).unwrap();
        prop_assert_eq!(&back, &doc);
        for format in [tigang::Format::Opml, tigang::Format::Freemind, tigang::Format::Svg] {
            let xml = format.render_to_string(&doc).unwrap();
            let mut reader = quick_xml::Reader::from_str(&xml);
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => prop_assert!(false, "{format} not well-formed: {e}\n{xml}"),
                }
            }
        }
        for format in tigang::Format::ALL {
            let mut out = Vec::new();
            prop_assert!(format.render(&doc, &mut out).is_ok(), "{format} failed");
        }
    }

    #[test]
    fn other_input_formats_never_panic(text in document(), bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        use tigang::InputFormat;
        let html = format!("<html><body><div class=\"content\"><p>{text}</p><b>一、甲</b><br>{text}</div></body></html>");
        for (format, input) in [
            (InputFormat::Html, html.into_bytes()),
            (InputFormat::Markdown, text.clone().into_bytes()),
            (InputFormat::Docx, bytes.clone()),
            (InputFormat::Html, bytes.clone()),
        ] {
            if let Ok(decoded) = format.to_text(input, None) {
                let _ = tigang::parse(&decoded.text);
            }
        }
    }

    #[test]
    fn any_string_is_conserved(text in any::<String>()) {
        if let Err(e) = conserved(&text) {
            prop_assert!(false, "{:?}\n{}", text, e);
        }
    }
}
