//! Time of the readers on the hostile shapes of issue 13, at a size and four times it
//! (`cargo bench --bench hostile`): linear readers take four times as long at four times
//! the size, quadratic ones sixteen. The tests in `tests/hostile_readers.rs` hold the same
//! shapes to a count of allocations and to the depth limits; time is measured only here.

use divan::Bencher;
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

#[path = "../tests/support/docx.rs"]
mod support;
use support::{docx, level, numbered, one_list};

/// A `.docx` of `n` numbering levels and `n` paragraphs numbered by them.
fn many_levels(n: usize) -> Vec<u8> {
    let levels: String = (0..n)
        .map(|i| level(&i.to_string(), "1", "decimal", "%1."))
        .collect();
    let body: String = (0..n)
        .map(|i| numbered("甲", 1, &(i % 9).to_string()))
        .collect();
    docx(&body, Some(&one_list(&levels, "")))
}

#[divan::bench(args = [2_500, 10_000])]
fn word_levels(b: Bencher, n: usize) {
    let file = many_levels(n);
    b.bench(|| InputFormat::Docx.to_text(file.clone(), None).unwrap());
}

/// `n` lines of one width, each a word and a number over a name without a stop (`案例1
/// 某公司诉某局行政处罚案1`): past `案例99` the numbers are no markers, and the lines read
/// as one paragraph wrapped at their width. The joiner looked at the whole paragraph again
/// at every line it took in; it now looks at its opening only.
fn glued_run(n: usize) -> String {
    let mut text = String::from("某某典型案例汇编\n\n");
    for i in 1..=n {
        text.push_str(&format!("案例{i} 某公司诉某局行政处罚案{i}\n"));
    }
    text
}

#[divan::bench(args = [5_000, 20_000])]
fn long_glued_run(b: Bencher, n: usize) {
    let text = glued_run(n);
    b.bench(|| tigang::parse(divan::black_box(&text)).children.len());
}
