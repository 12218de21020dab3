//! PDF and Word 97 inputs: LibreOffice's PDFs of the project's own samples give their
//! sources' outlines; a scan, an encrypted file and hostile files are refused within
//! their limits; a `.doc` goes through LibreOffice, or says what to install.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tigang::{DecodeProblem, Document, Error, InputFormat, Node};

const BIN: &str = env!("CARGO_BIN_EXE_outline");

fn sample(name: &str) -> String {
    format!("{}/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn read(name: &str) -> Document<'static> {
    let path = sample(name);
    let bytes = std::fs::read(&path).unwrap();
    let format = InputFormat::from_path(&path).unwrap_or(InputFormat::Text);
    let decoded = tigang::read_document(&path, bytes, format, None).unwrap();
    tigang::parse_hinted(&decoded.text, &decoded.hints, false)
        .0
        .into_owned()
}

fn shape(nodes: &[Node], depth: usize, out: &mut Vec<String>) {
    for n in nodes {
        out.push(format!(
            "{}{:?} {}{} | {}",
            "  ".repeat(depth),
            n.kind,
            n.marker,
            n.title,
            n.body()
        ));
        shape(&n.children, depth + 1, out);
    }
}

/// The title, the nodes (kind, marker, title and body, by level), lead and closing.
fn outline(doc: &Document) -> Vec<String> {
    let mut out = vec![format!("{:?}", doc.title)];
    shape(&doc.children, 0, &mut out);
    out.push(format!("{:?} {:?}", doc.lead, doc.tail));
    out
}

#[test]
fn each_pdf_gives_the_outline_of_its_source() {
    for (pdf, source) in [
        ("pdf-notice-sections-items.pdf", "notice-sections-items.txt"),
        ("pdf-law-table-of-contents.pdf", "law-table-of-contents.txt"),
        ("pdf-inline-yishi-points.pdf", "inline-yishi-points.txt"),
        ("pdf-libreoffice-notice.pdf", "libreoffice-notice.docx"),
        ("pdf-notice-running-heads.pdf", "notice-running-heads.txt"),
    ] {
        let (a, b) = (read(pdf), read(source));
        assert_eq!(outline(&a), outline(&b), "{pdf} vs {source}");
        assert_eq!(a.meta.date, b.meta.date, "{pdf}");
    }
}

#[test]
fn a_pdfs_lines_are_its_pages_and_lines_on_them() {
    let path = sample("pdf-law-table-of-contents.pdf");
    let decoded =
        tigang::read_document(&path, std::fs::read(&path).unwrap(), InputFormat::Pdf, None)
            .unwrap();
    let (mut doc, _) = tigang::parse_hinted(&decoded.text, &decoded.hints, false);
    assert!(
        doc.children.iter().all(|n| n.page.is_none()),
        "text lines before"
    );
    decoded.relocate(&mut doc);
    // One page: the first chapter on its ninth line (title, contents, then 第一章).
    let first = &doc.children[0];
    assert_eq!((first.page.map(|p| p.get()), first.line), (Some(1), 9));
    assert_eq!(first.place().to_string(), "p.1:9");
    assert!(
        doc.dropped.iter().all(|d| d.page.is_some()),
        "{:?}",
        doc.dropped
    );
}

/// Every text of the outline: title, lead, each node's frame, marker, title, body and
/// tail, the closing paragraphs.
fn outline_texts(doc: &Document) -> Vec<String> {
    fn walk(nodes: &[Node], out: &mut Vec<String>) {
        for n in nodes {
            out.extend([n.frame(), &n.marker, &n.title, n.body(), n.tail()].map(str::to_string));
            walk(&n.children, out);
        }
    }
    let mut out: Vec<String> = doc.title.iter().cloned().collect();
    out.extend(doc.lead.iter().map(|p| p.to_string()));
    walk(&doc.children, &mut out);
    out.extend(doc.tail.iter().map(|p| p.to_string()));
    out
}

#[test]
fn running_heads_feet_and_page_numbers_are_dropped_and_in_no_node() {
    // Made by scripts/make-pdf-running-heads.py: five pages under the office's name, with
    // `-1-`, `第2页 共5页`, `— 3 —` …; paragraphs run on from page to page.
    let path = sample("pdf-notice-running-heads.pdf");
    let decoded =
        tigang::read_document(&path, std::fs::read(&path).unwrap(), InputFormat::Pdf, None)
            .unwrap();
    let (mut doc, _) = tigang::parse_hinted(&decoded.text, &decoded.hints, false);
    decoded.relocate(&mut doc);
    let furniture = ["-1-", "第2页 共5页", "— 3 —", "第4页 共5页", "— 5 —"];
    for f in furniture {
        let d = doc.dropped.iter().find(|d| d.text == f);
        assert!(
            d.is_some_and(|d| d.reason.starts_with("furniture")),
            "{f}: {:?}",
            doc.dropped
        );
    }
    // The head over each page is furniture; over the date on the last page, the issuer.
    let heads: Vec<String> = doc
        .dropped
        .iter()
        .filter(|d| d.text == "某市生态环境局")
        .map(|d| format!("{} {}", d.place(), d.reason))
        .collect();
    assert_eq!(heads.len(), 6, "{heads:#?}");
    assert!(heads[1..5]
        .iter()
        .zip(2..)
        .all(|(h, page)| h.starts_with(&format!("p.{page}:1 furniture"))));
    assert!(heads[5].ends_with("meta: issuer"), "{heads:#?}");
    assert_eq!(doc.meta.issuer.as_deref(), Some("某市生态环境局"));
    for text in outline_texts(&doc) {
        for f in furniture.iter().chain(&["某市生态环境局", "页"]) {
            assert!(!text.contains(f), "{f:?} in {text:?}");
        }
    }
    // A paragraph broken by a page break is one again, placed where it starts.
    let split = doc.children[1].children[1].body();
    assert!(split.contains("。对发现的问题，能立即整改"), "{split}");
    let third = &doc.children[2];
    assert_eq!(third.place().to_string(), "p.3:16", "三、工作要求");
}

/// Runs the command with `args`, `PATH` as given (or as it is).
fn run(args: &[&str], path: Option<&str>) -> (Option<i32>, String, String) {
    let mut c = Command::new(BIN);
    c.args(args).stdin(Stdio::null());
    if let Some(p) = path {
        c.env("PATH", p);
    }
    let o = c.output().unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn explain_and_json_name_a_pdfs_page_and_line() {
    let path = sample("pdf-notice-running-heads.pdf");
    let (code, explained, err) = run(&["parse", &path, "--explain"], None);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        explained.contains("\n   p.3:16  三、工作要求\n           → 三、"),
        "{explained}"
    );
    let (_, json, _) = run(&["parse", &path], None);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let third = &doc["children"][2];
    assert_eq!((&third["page"], &third["line"]), (&3.into(), &16.into()));
    // Without pages, no `page`.
    let (_, json, _) = run(&["parse", &sample("notice-running-heads.txt")], None);
    assert!(!json.contains("\"page\""), "{json}");
}

#[test]
fn a_scanned_pdf_is_refused_with_how_to_read_it() {
    let path = sample("pdf-scanned-image.pdf");
    let (code, _, err) = run(&["parse", &path], None);
    assert_eq!(code, Some(4), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("pdf-scanned-image.pdf")
            && err.contains("this PDF has no text layer: OCR it first (e.g. `ocrmypdf`)"),
        "{err}"
    );
}

/// A PDF made of `objects` (object 1 the catalog), with its cross-reference table.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (k, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", k + 1).bytes());
        out.extend(o);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

/// A stream object.
fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut o = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    o.extend(data);
    o.extend(b"\nendstream");
    o
}

fn zlib(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

/// Pages whose contents are given; object 3 a Helvetica font; page k is object 4 + 2k.
fn pages(contents: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let kids: Vec<String> = (0..contents.len())
        .map(|k| format!("{} 0 R", 4 + 2 * k))
        .collect();
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            contents.len()
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    for (k, c) in contents.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im 99 0 R >> >> /Contents {} 0 R >>",
                5 + 2 * k
            )
            .into_bytes(),
        );
        objects.push(c.clone());
    }
    objects
}

fn decode(bytes: Vec<u8>) -> Result<tigang::Decoded, Error> {
    tigang::read_document("hostile.pdf", bytes, InputFormat::Pdf, None)
}

fn problem(bytes: Vec<u8>) -> DecodeProblem {
    match decode(bytes) {
        Err(Error::Decode { problem, .. }) => problem,
        other => panic!("not refused: {other:?}"),
    }
}

#[test]
fn a_made_pdf_is_read_line_by_line_top_to_bottom() {
    // Drawn bottom line first: the reader orders by position, not by drawing.
    let content = stream(
        "",
        b"BT /F1 12 Tf 72 700 Td (second line) Tj ET BT /F1 12 Tf 72 720 Td (first line) Tj ET",
    );
    let d = decode(pdf(&pages(&[content]))).unwrap();
    assert_eq!(d.text, "first line\nsecond line\n");
}

#[test]
fn a_partly_scanned_pdf_is_read_and_the_scanned_pages_named() {
    let text = stream("", b"BT /F1 12 Tf 72 720 Td (Some text) Tj ET");
    let image = stream("", b"q 100 0 0 100 0 0 cm /Im Do Q");
    let mut objects = pages(&[text, image.clone(), image]);
    while objects.len() < 98 {
        objects.push(b"null".to_vec());
    }
    objects.push(stream(
        "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8",
        b"\x80",
    ));
    let d = decode(pdf(&objects)).unwrap();
    assert_eq!(d.text, "Some text\n");
    assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
    assert!(
        d.warnings[0]
            .message
            .starts_with("pages 2, 3 of the PDF have no text layer"),
        "{:?}",
        d.warnings
    );
    assert_eq!(
        d.warnings[0].place().to_string(),
        "p.2:1",
        "the first such page"
    );
    // Placed by the reader, the warning keeps its page through relocation.
    let (mut doc, _) = tigang::parse_hinted(&d.text, &d.hints, false);
    doc.warnings.extend(d.warnings.iter().cloned());
    d.relocate(&mut doc);
    assert_eq!(doc.warnings[0].place().to_string(), "p.2:1");
}

#[test]
fn an_encrypted_pdf_is_refused() {
    let mut bytes = pdf(&pages(&[stream("", b"BT /F1 12 Tf (x) Tj ET")]));
    let at = bytes.windows(7).position(|w| w == b"/Root 1").unwrap();
    bytes.splice(
        at..at,
        b"/Encrypt << /Filter /Standard /V 1 /R 2 >> "
            .iter()
            .copied(),
    );
    assert_eq!(problem(bytes), DecodeProblem::Encrypted);
}

#[test]
fn a_stream_that_inflates_past_the_limit_is_refused_without_inflating_it_all() {
    // 200 MB of zeros in a few hundred kilobytes.
    let zeros = vec![0u8; 200 << 20];
    let bomb = zlib(&zeros);
    drop(zeros);
    let started = Instant::now();
    let p = problem(pdf(&pages(&[stream("/Filter /FlateDecode", &bomb)])));
    assert!(
        matches!(&p, DecodeProblem::Document(why) if why.contains("compression bomb")),
        "{p:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    // Twice compressed: the second layer counts too.
    let inner = zlib(&vec![0u8; 100 << 20]);
    let p = problem(pdf(&pages(&[stream(
        "/Filter [/FlateDecode /FlateDecode]",
        &zlib(&inner),
    )])));
    assert!(matches!(p, DecodeProblem::Document(_)), "{p:?}");
}

#[test]
fn streams_used_by_many_pages_count_each_time() {
    // One content stream of 40 MB (kilobytes packed), drawn by 20 pages: 800 MB read.
    let mut big = Vec::with_capacity(40 << 20);
    while big.len() < 40 << 20 {
        big.extend_from_slice(b"0 0 m\n");
    }
    let packed = zlib(&big);
    drop(big);
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        Vec::new(),
        stream("/Filter /FlateDecode", &packed),
    ];
    let kids: Vec<String> = (0..20).map(|k| format!("{} 0 R", 4 + k)).collect();
    objects[1] = format!("<< /Type /Pages /Kids [{}] /Count 20 >>", kids.join(" ")).into_bytes();
    for _ in 0..20 {
        objects.push(b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>".to_vec());
    }
    let p = problem(pdf(&objects));
    assert!(matches!(p, DecodeProblem::Document(_)), "{p:?}");
}

#[test]
fn deep_nesting_long_chains_and_cycles_do_not_overflow_the_stack() {
    // Arrays nested a hundred thousand deep in a page's dictionary.
    let deep = format!(
        "<< /Type /Page /Parent 2 0 R /X {}{} >>",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let mut objects = pages(&[stream("", b"BT /F1 12 Tf (x) Tj ET")]);
    objects[3] = deep.into_bytes();
    let _ = decode(pdf(&objects));
    // A thousand forms, each drawing the next, and one drawing itself.
    let mut objects = pages(&[stream("", b"/Fm0 Do BT /F1 12 Tf 72 720 Td (kept) Tj ET")]);
    for k in 0..1000 {
        objects.push(stream(
            &format!(
                "/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /Fm0 {} 0 R >> >>",
                // The last draws itself.
                objects.len() + if k == 999 { 1 } else { 2 }
            ),
            b"/Fm0 Do",
        ));
    }
    // The page's resources name the first form.
    let first = 6;
    objects[3] = format!(
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Fm0 {first} 0 R >> >> /Contents 5 0 R >>"
    )
    .into_bytes();
    let d = decode(pdf(&objects)).unwrap();
    assert_eq!(d.text, "kept\n");
    // A page whose parents go round in a circle, and a long chain of references.
    let mut objects = pages(&[stream("", b"BT /F1 12 Tf (x) Tj ET")]);
    objects[1] = b"<< /Type /Pages /Kids [4 0 R] /Count 1 /Parent 2 0 R >>".to_vec();
    objects[3] = b"<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>".to_vec();
    let _ = decode(pdf(&objects));
    let mut objects = pages(&[stream("", b"BT /F1 12 Tf (x) Tj ET")]);
    let n = objects.len();
    for k in 0..10_000 {
        objects.push(format!("{} 0 R", n + k + 2).into_bytes());
    }
    objects[3] = format!(
        "<< /Type /Page /Parent 2 0 R /Resources {} 0 R /Contents 5 0 R >>",
        n + 1
    )
    .into_bytes();
    let _ = decode(pdf(&objects));
}

#[test]
fn garbage_after_the_magic_never_panics() {
    let seed = std::fs::read(sample("pdf-notice-sections-items.pdf")).unwrap();
    // Cut short at many places, and bytes flipped through it: refused or read, never a panic.
    for cut in (0..seed.len()).step_by(997) {
        let _ = decode(seed[..cut].to_vec());
    }
    let mut x: u32 = 12345;
    for _ in 0..200 {
        let mut bytes = seed.clone();
        for _ in 0..8 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let at = (x as usize >> 3) % bytes.len();
            bytes[at] = (x >> 24) as u8;
        }
        let _ = decode(bytes);
    }
}

fn soffice_installed() -> bool {
    Command::new("soffice")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn a_doc_gives_the_outline_of_its_source_through_libreoffice() {
    if !soffice_installed() {
        eprintln!("skipped: soffice is not installed (CI installs libreoffice-writer-nogui)");
        return;
    }
    let (a, b) = (
        read("doc-notice-sections-items.doc"),
        read("notice-sections-items.txt"),
    );
    assert_eq!(outline(&a), outline(&b));
}

#[test]
fn without_libreoffice_a_doc_names_the_package_to_install() {
    let dir = tempfile::tempdir().unwrap();
    let path = sample("doc-notice-sections-items.doc");
    // A .wps is the same compound file: read whatever its name.
    let wps = dir.path().join("通知.wps");
    std::fs::copy(&path, &wps).unwrap();
    let empty = dir.path().join("bin");
    std::fs::create_dir(&empty).unwrap();
    for input in [path.as_str(), wps.to_str().unwrap()] {
        let (code, _, err) = run(&["parse", input], Some(empty.to_str().unwrap()));
        assert_eq!(code, Some(4), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(Path::new(input).file_name().unwrap().to_str().unwrap())
                && err.contains("apt-get install libreoffice-writer"),
            "{err}"
        );
    }
}
