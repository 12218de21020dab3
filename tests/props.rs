//! Property tests: parsing never panics, and JSON and YAML read back equal to the model.

use proptest::prelude::*;

/// Pieces that real documents are built from, to make generated text hit the grammar.
const PIECES: &[&str] = &[
    "一、",
    "二、",
    "三、",
    "（一）",
    "（二）",
    "(3)",
    "1.",
    "2、",
    "１．",
    "①",
    "⑵",
    "⒊",
    "第一章",
    "第二条",
    "第十二条之一",
    "壹、",
    "● ",
    "一是",
    "二是",
    "一要",
    "第一，",
    "首先，",
    "其次",
    "最后，",
    "其一",
    "另一方面",
    "。",
    "；",
    "：",
    "\n",
    "\r\n",
    "\r",
    "\u{3000}",
    " ",
    "来源：",
    "作者：",
    "编辑：",
    "2024年1月2日",
    "一九四三年六月一日",
    "1.5亿",
    "统一要求",
    "唯一是",
    "坚持",
    "发展",
    "“",
    "”",
    "（",
    "）",
    "\u{0}",
    "\u{1}",
    "\u{fffe}",
    "扫一扫",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<String>(),
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parse_never_panics_on_any_string(s in any::<String>()) {
        let _ = tigang::parse(&s);
    }

    #[test]
    fn json_and_yaml_read_back_equal(s in document()) {
        let doc = tigang::parse(&s);
        let json = tigang::Format::Json.render_to_string(&doc).unwrap();
        let back: tigang::Document = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &doc);
        let yaml = tigang::Format::Yaml.render_to_string(&doc).unwrap();
        let back: tigang::Document = serde_saphyr::from_str(&yaml).unwrap();
        prop_assert_eq!(&back, &doc);
        let opml = tigang::Format::Opml.render_to_string(&doc).unwrap();
        let mut reader = quick_xml::Reader::from_str(&opml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => prop_assert!(false, "OPML not well-formed: {e}\n{opml}"),
            }
        }
    }
}
