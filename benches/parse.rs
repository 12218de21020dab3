//! Throughput of `parse` alone and of parse + JSON, on the seed, on a large generated
//! document (also parse + OPML) and on a corpus of generated articles; and of the Markdown
//! and HTML readers on the same articles written as Markdown and as a web page (`cargo bench`).
//!
//! The generated text comes from `scripts/gen-corpus.py` when Python is there (the same
//! articles `scripts/bench.sh` times through the CLI), else from the samples repeated.

use divan::counter::BytesCount;
use divan::Bencher;
use std::sync::OnceLock;

/// The allocator the `outline` binary uses, so the figures are the CLI's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn root() -> &'static str {
    env!("CARGO_MANIFEST_DIR")
}

fn seed() -> &'static str {
    static SEED: OnceLock<String> = OnceLock::new();
    SEED.get_or_init(|| {
        std::fs::read_to_string(format!("{}/samples/qiushi-four-concepts.txt", root())).unwrap()
    })
}

/// Runs `scripts/gen-corpus.py OUT MB ARGS…` unless OUT is there (the names carry the
/// generator's version, so an older corpus is never reused).
fn gen(out: &std::path::Path, mb: u32, args: &[&str]) {
    if !out.exists() {
        let _ = std::process::Command::new("python3")
            .arg(format!("{}/scripts/gen-corpus.py", root()))
            .arg(out)
            .arg(mb.to_string())
            .args(args)
            .status();
    }
}

/// About `mb` megabytes of generated articles, as one text.
fn generated(mb: u32) -> String {
    let out = std::env::temp_dir().join(format!("tigang-bench-v2-{mb}mb.txt"));
    gen(&out, mb, &["--one-file"]);
    std::fs::read_to_string(&out)
        .unwrap_or_else(|_| seed().repeat((mb as usize * 1_000_000) / seed().len() + 1))
}

/// About 10 MB of generated articles written as Markdown (`gen-corpus.py --markdown`),
/// else the seed under `##` headings.
fn markdown() -> &'static str {
    static MARKDOWN: OnceLock<String> = OnceLock::new();
    MARKDOWN.get_or_init(|| {
        let out = std::env::temp_dir().join("tigang-bench-v2-10mb.md");
        gen(&out, 10, &["--one-file", "--markdown"]);
        std::fs::read_to_string(&out).unwrap_or_else(|_| {
            format!("## 一、总体要求\n\n{}\n", seed()).repeat(10_000_000 / seed().len() + 1)
        })
    })
}

/// The same articles as one saved web page: a heading, paragraph or list item an element,
/// with a navigation bar, a bold run and a footer every fifty blocks.
fn html() -> &'static str {
    static HTML: OnceLock<String> = OnceLock::new();
    HTML.get_or_init(|| {
        let mut page =
            String::from("<html><head><title>t</title><script>x()</script></head><body>");
        let blocks = markdown().split("\n\n").filter(|b| !b.trim().is_empty());
        for (i, block) in blocks.enumerate() {
            if i % 50 == 0 {
                page.push_str(
                    "<div class=nav><a href=/>首页</a><a href=/n>要闻</a></div><div class=content>",
                );
            }
            let block = block.trim();
            if let Some(h) = block.strip_prefix("## ") {
                page.push_str(&format!("<h2>{h}</h2>"));
            } else if let Some(h) = block.strip_prefix("# ") {
                page.push_str(&format!("<h1>{h}</h1>"));
            } else if block.starts_with("- ") {
                page.push_str("<ul>");
                for item in block.lines() {
                    page.push_str(&format!("<li>{}</li>", item.trim_start_matches("- ")));
                }
                page.push_str("</ul>");
            } else if i % 7 == 0 {
                page.push_str(&format!("<p><b>要点</b>{block}</p>"));
            } else {
                page.push_str(&format!("<p>{block}</p>\n"));
            }
            if i % 50 == 49 {
                page.push_str("</div><footer>版权所有 <span>联系我们</span></footer>");
            }
        }
        page.push_str("</body></html>");
        page
    })
}

fn large() -> &'static str {
    static LARGE: OnceLock<String> = OnceLock::new();
    LARGE.get_or_init(|| generated(10))
}

/// About 10 MB of generated articles, one string each (a directory from
/// `scripts/gen-corpus.py`, paragraphs as long as in real documents), else the samples
/// repeated.
fn corpus() -> &'static Vec<String> {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| articles("tigang-bench-v2-corpus", &[]))
}

/// The same with `--dense`: short paragraphs, 2.4 times the lines per megabyte of real
/// documents (a stress case).
fn dense() -> &'static Vec<String> {
    static DENSE: OnceLock<Vec<String>> = OnceLock::new();
    DENSE.get_or_init(|| articles("tigang-bench-v2-dense", &["--dense"]))
}

fn articles(name: &str, args: &[&str]) -> Vec<String> {
    let dir = std::env::temp_dir().join(name);
    gen(&dir, 10, args);
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                files.push(text);
            }
        }
    }
    if files.is_empty() {
        files = vec![seed().to_string(); 2000];
    }
    files.sort();
    files
}

/// Parse + `format` of `text`, rendered into a vector.
fn parse_render(b: Bencher, text: &'static str, format: tigang::Format) {
    b.counter(BytesCount::of_str(text)).bench(|| {
        let doc = tigang::parse(divan::black_box(text));
        let mut out = Vec::with_capacity(text.len() * 2);
        format.render(&doc, &mut out).unwrap();
        out
    });
}

#[divan::bench]
fn parse_seed(b: Bencher) {
    b.counter(BytesCount::of_str(seed()))
        .bench(|| tigang::parse(divan::black_box(seed())));
}

#[divan::bench]
fn parse_json_seed(b: Bencher) {
    parse_render(b, seed(), tigang::Format::Json);
}

#[divan::bench(sample_count = 10)]
fn parse_large(b: Bencher) {
    b.counter(BytesCount::of_str(large()))
        .bench(|| tigang::parse(divan::black_box(large())));
}

#[divan::bench(sample_count = 10)]
fn parse_json_large(b: Bencher) {
    parse_render(b, large(), tigang::Format::Json);
}

/// Parse + OPML, the format `scripts/bench.sh` sets against pandoc.
#[divan::bench(sample_count = 10)]
fn parse_opml_large(b: Bencher) {
    parse_render(b, large(), tigang::Format::Opml);
}

/// Parse + JSON Lines over many articles, as `outline parse DIR` does on one core.
fn json_lines(b: Bencher, articles: &[String]) {
    let bytes: usize = articles.iter().map(String::len).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        let mut out = Vec::with_capacity(bytes * 2);
        for text in articles {
            let doc = tigang::parse(divan::black_box(text));
            tigang::Format::Jsonl.render(&doc, &mut out).unwrap();
        }
        out
    });
}

#[divan::bench(sample_count = 10)]
fn parse_jsonl_corpus(b: Bencher) {
    json_lines(b, corpus());
}

#[divan::bench(sample_count = 10)]
fn parse_jsonl_corpus_dense(b: Bencher) {
    json_lines(b, dense());
}

/// Parse + pretty JSON (the one-file default) over the same articles.
#[divan::bench(sample_count = 10)]
fn parse_json_corpus(b: Bencher) {
    let bytes: usize = corpus().iter().map(String::len).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        let mut out = Vec::with_capacity(bytes * 3);
        for text in corpus() {
            let doc = tigang::parse(divan::black_box(text));
            tigang::Format::Json.render(&doc, &mut out).unwrap();
        }
        out
    });
}

/// The Markdown reader alone on about 10 MB of articles.
#[divan::bench(sample_count = 10)]
fn read_markdown(b: Bencher) {
    b.counter(BytesCount::of_str(markdown())).bench(|| {
        tigang::InputFormat::Markdown
            .to_text(divan::black_box(markdown()).as_bytes().to_vec(), None)
            .unwrap()
    });
}

/// The HTML reader alone on the same articles as a web page.
#[divan::bench(sample_count = 10)]
fn read_html(b: Bencher) {
    b.counter(BytesCount::of_str(html())).bench(|| {
        tigang::InputFormat::Html
            .to_text(divan::black_box(html()).as_bytes().to_vec(), None)
            .unwrap()
    });
}
