//! The samples' outlines as insta snapshots under `snapshots/`, kept to what a reviewer
//! reads: the tree (JSON) and its text for every sample; the other text formats on three
//! samples that show their shapes (a commentary with run-in points, a law of chapters and
//! articles, a notice with fields and nested items). The map (SVG) and the page (HTML) are
//! held by what they must show (a box for every node with its text, no two boxes
//! overlapping, the page around the map) rather than by coordinates.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::path::Path;
use tigang::{Document, Format, Node};

/// The samples whose every text format is snapshotted.
const REPRESENTATIVE: [&str; 3] = [
    "qiushi-four-concepts.txt",
    "law-chapters-articles.txt",
    "notice-sections-items.txt",
];

fn parsed(path: &Path, each: impl FnOnce(&Document)) {
    let bytes = std::fs::read(path).unwrap();
    let text = tigang::decode(&bytes, None).unwrap().text;
    each(&tigang::parse(&text));
}

#[test]
fn every_sample_as_json_and_text() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_omit_expression(true);
    settings.set_prepend_module_to_snapshot(false);
    let _guard = settings.bind_to_scope();

    insta::glob!("../samples", "*.txt", |path| {
        parsed(path, |doc| {
            let name = path.file_name().unwrap().to_str().unwrap();
            let formats: &[Format] = if REPRESENTATIVE.contains(&name) {
                &[
                    Format::Json,
                    Format::Text,
                    Format::Jsonl,
                    Format::Yaml,
                    Format::Opml,
                    Format::Markdown,
                    Format::Mermaid,
                    Format::Freemind,
                    Format::Xmind,
                ]
            } else {
                &[Format::Json, Format::Text]
            };
            for &format in formats {
                let out = format.render_to_string(doc).unwrap();
                insta::assert_snapshot!(format.name(), out);
            }
        });
    });
}

/// A box of the map: its place, and the text of the lines drawn in it.
#[derive(Debug)]
struct Drawn {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    text: String,
}

/// The picture's size and boxes, read as XML (which it must be).
fn boxes(svg: &str) -> ((f64, f64), Vec<Drawn>) {
    let mut reader = Reader::from_str(svg);
    let (mut size, mut drawn, mut in_text) = ((0.0, 0.0), Vec::<Drawn>::new(), false);
    let number = |e: &quick_xml::events::BytesStart, key: &str| -> Option<f64> {
        let a = e.try_get_attribute(key).unwrap()?;
        Some(a.unescape_value().unwrap().parse().unwrap())
    };
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"svg" => size = (number(&e, "width").unwrap(), number(&e, "height").unwrap()),
                // The background has no place of its own; a node's box has rounded corners.
                b"rect" if number(&e, "rx").is_some() => drawn.push(Drawn {
                    x: number(&e, "x").unwrap(),
                    y: number(&e, "y").unwrap(),
                    w: number(&e, "width").unwrap(),
                    h: number(&e, "height").unwrap(),
                    text: String::new(),
                }),
                b"text" => in_text = true,
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == b"text" => in_text = false,
            Event::Text(t) if in_text => drawn.last_mut().unwrap().text += &t.decode().unwrap(),
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().unwrap();
                let entity = format!("&{name};");
                let text = quick_xml::escape::unescape(&entity).unwrap();
                drawn.last_mut().unwrap().text += &text;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (size, drawn)
}

/// The text of the map's root: the title, or `提纲` for a document without one.
fn root<'d>(doc: &'d Document) -> &'d str {
    doc.title
        .as_deref()
        .filter(|t| !t.is_empty())
        .unwrap_or("提纲")
}

/// What the map should show: the root's text, then every node's, in any order.
fn titles(doc: &Document) -> Vec<String> {
    fn walk(nodes: &[Node], out: &mut Vec<String>) {
        for n in nodes {
            out.push(n.display());
            walk(&n.children, out);
        }
    }
    let mut out = vec![root(doc).to_string()];
    walk(&doc.children, &mut out);
    // The map draws no control characters.
    out.iter()
        .map(|t| t.chars().filter(|c| !c.is_control()).collect())
        .collect()
}

/// Every node of `doc` has a box with its text, inside the picture, and no two boxes
/// overlap.
fn assert_map(name: &str, doc: &Document, svg: &str) {
    let ((width, height), drawn) = boxes(svg);
    let mut want = titles(doc);
    let mut got: Vec<String> = drawn.iter().map(|d| d.text.clone()).collect();
    want.sort();
    got.sort();
    assert_eq!(got, want, "{name}: the boxes' texts are not the nodes'");
    for d in &drawn {
        assert!(
            d.x >= 0.0 && d.y >= 0.0 && d.x + d.w <= width && d.y + d.h <= height,
            "{name}: {d:?} is outside the picture ({width} × {height})"
        );
    }
    // Sorted by their left edge, a box can only overlap those that start before it ends.
    let mut by_x: Vec<&Drawn> = drawn.iter().collect();
    by_x.sort_by(|a, b| a.x.total_cmp(&b.x));
    for (i, a) in by_x.iter().enumerate() {
        for b in by_x[i + 1..].iter().take_while(|b| b.x < a.x + a.w) {
            let apart = b.y >= a.y + a.h || a.y >= b.y + b.h;
            assert!(apart, "{name}: {a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn every_sample_maps_every_node_in_a_box_of_its_own() {
    insta::glob!("../samples", "*.txt", |path| {
        parsed(path, |doc| {
            let name = path.display().to_string();
            let svg = Format::Svg.render_to_string(doc).unwrap();
            assert_map(&name, doc, &svg);
        });
    });
}

#[test]
fn every_sample_page_shows_its_title_map_and_every_node() {
    insta::glob!("../samples", "*.txt", |path| {
        parsed(path, |doc| {
            let name = path.display().to_string();
            let page = Format::Html.render_to_string(doc).unwrap();
            let svg = Format::Svg.render_to_string(doc).unwrap();
            // The map, as the SVG output draws it, without its XML declaration.
            let map = svg.split_once("?>\n").map_or(svg.as_str(), |(_, m)| m);
            assert!(page.contains(map), "{name}: the page has not the map");
            let root = quick_xml::escape::escape(root(doc));
            assert!(page.contains(&format!("<title>{root}</title>")), "{name}");
            assert!(page.contains(&format!("<h1>{root}</h1>")), "{name}");
            // One folding branch a topic: the nodes, and the lead and the closing paragraphs.
            fn count(nodes: &[Node]) -> usize {
                nodes.iter().map(|n| 1 + count(&n.children)).sum()
            }
            let topics = doc.topics();
            let branches = count(topics.nodes)
                + usize::from(topics.lead.is_some())
                + usize::from(topics.closing.is_some());
            assert_eq!(page.matches("<li>").count(), branches, "{name}");
            // Each node's title (its marker is a span of its own before it).
            fn each(nodes: &[Node], page: &str, name: &str) {
                for n in nodes {
                    let title: String = n.title.chars().filter(|c| !c.is_control()).collect();
                    let title = quick_xml::escape::escape(title.as_str());
                    assert!(
                        page.contains(title.as_ref()),
                        "{name}: {title} is not on the page"
                    );
                    each(&n.children, page, name);
                }
            }
            each(&doc.children, &page, &name);
        });
    });
}

/// The picture README shows is the seed's map as the tool draws it now.
#[test]
fn readme_picture_is_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/samples/qiushi-four-concepts.txt")).unwrap();
    let svg = Format::Svg.render_to_string(&tigang::parse(&text)).unwrap();
    let committed = std::fs::read_to_string(format!("{root}/docs/seed-map.svg")).unwrap();
    assert!(
        committed == svg,
        "docs/seed-map.svg is stale: outline parse samples/qiushi-four-concepts.txt -o docs/seed-map.svg"
    );
}
