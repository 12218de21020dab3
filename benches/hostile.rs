//! Time of the readers on the hostile shapes of issue 13, at a size and four times it
//! (`cargo bench --bench hostile`): linear readers take four times as long at four times
//! the size, quadratic ones sixteen. The tests in `tests/hostile_readers.rs` hold the same
//! shapes to a count of allocations and to the depth limits; time is measured only here.

use divan::Bencher;
use std::io::Write;
use tigang::InputFormat;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// A page of `n` nested `tag` elements around a heading.
fn nested(tag: &str, n: usize) -> Vec<u8> {
    format!("<p>{}一、甲", format!("<{tag}>").repeat(n)).into_bytes()
}

#[divan::bench(args = [4_000, 16_000])]
fn nested_b(b: Bencher, n: usize) {
    let page = nested("b", n);
    b.bench(|| InputFormat::Html.to_text(page.clone(), None).unwrap());
}

#[divan::bench(args = [4_000, 16_000])]
fn nested_span(b: Bencher, n: usize) {
    let page = nested("span", n);
    b.bench(|| InputFormat::Html.to_text(page.clone(), None).unwrap());
}

#[divan::bench(args = [4_000, 16_000])]
fn nested_div(b: Bencher, n: usize) {
    let page = nested("div", n);
    b.bench(|| InputFormat::Html.to_text(page.clone(), None).unwrap());
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A `.docx` of `n` numbering levels and `n` paragraphs numbered by them.
fn many_levels(n: usize) -> Vec<u8> {
    let levels: String = (0..n)
        .map(|i| {
            format!(
                r#"<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>"#
            )
        })
        .collect();
    let body: String = (0..n)
        .map(|i| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>"#,
                i % 9
            )
        })
        .collect();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", deflated).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    )
    .unwrap();
    zip.start_file("word/numbering.xml", deflated).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0"?><w:numbering {W}><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

#[divan::bench(args = [2_500, 10_000])]
fn word_levels(b: Bencher, n: usize) {
    let file = many_levels(n);
    b.bench(|| InputFormat::Docx.to_text(file.clone(), None).unwrap());
}
