//! Hostile Word and HTML files (issue 13): each reproduction, built here, must read in
//! linear time and bounded memory, with a warning or a clear error where the reader had to
//! clamp or refuse. `scripts/make-hostile-inputs.py` writes the same shapes for timing by hand.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::process::Command;
use std::sync::Mutex;
use tigang::{Decoded, InputFormat};

#[path = "support/docx.rs"]
mod support;
use support::{docx, level, numbered, one_list};

fn read_docx(bytes: Vec<u8>) -> Decoded {
    InputFormat::Docx
        .to_text(bytes, None)
        .expect("a readable .docx")
}

fn warned(decoded: &Decoded, words: &str) -> bool {
    decoded.warnings.iter().any(|w| w.message.contains(words))
}

/// Held by the test that takes a core for seconds, so that it runs beside no other.
static ALONE: Mutex<()> = Mutex::new(());

/// The system allocator, counting the allocations and bytes each thread asks for: a count
/// of work that does not depend on the machine's load, unlike a clock. Linear readers
/// allocate in proportion to the input; a map copied per paragraph, a label rebuilt per
/// level or a text gathered again for every ancestor shows as a count that grows faster.
/// (Time itself is measured by `cargo bench --bench hostile`, never asserted here.)
struct Counting;

thread_local! {
    static WORK: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

fn count(bytes: usize) {
    // `try_with`: a thread being torn down has no counter, and needs none.
    let _ = WORK.try_with(|w| {
        let (calls, total) = w.get();
        w.set((calls + 1, total + bytes as u64));
    });
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The allocations and bytes this thread asks for while `f` runs.
fn work(f: impl FnOnce()) -> (u64, u64) {
    let (calls, bytes) = WORK.with(Cell::get);
    f();
    let (calls_after, bytes_after) = WORK.with(Cell::get);
    (calls_after - calls, bytes_after - bytes)
}

/// Asserts that `f(4n)` asks for less than eight times the allocations and bytes of `f(n)`:
/// linear work asks for four times, quadratic sixteen.
fn assert_linear(what: &str, n: usize, mut f: impl FnMut(usize)) {
    let small = work(|| f(n));
    let large = work(|| f(4 * n));
    assert!(
        large.0 < small.0 * 8 && large.1 < small.1 * 8,
        "{what}: {n} took {small:?} (allocations, bytes), {} took {large:?}",
        4 * n
    );
}

// Item 1: nested HTML.

#[test]
fn thirty_two_thousand_nested_spans_do_not_abort() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("s.html");
    std::fs::write(&page, format!("<p>{}x", "<span>".repeat(32_000))).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_outline"))
        .args(["parse", page.to_str().unwrap(), "-f", "markdown"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains('x'));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nested deeper than"));
}

/// Depth is what made nesting slow (html5ever checks the open elements' scope on every
/// tag; bold runs were measured again for every ancestor), and a count of allocations does
/// not see it: what keeps the reader linear is that the tree builder never gets past
/// 256 elements or eight formatting ones, which the warning shows. Allocations
/// must still grow in proportion.
#[test]
fn nested_html_reads_in_linear_time() {
    for tag in ["b", "span", "font", "div"] {
        assert_linear(tag, 4_000, |n| {
            let page = format!("<p>{}一、甲", format!("<{tag}>").repeat(n));
            let text = InputFormat::Html.to_text(page.into_bytes(), None).unwrap();
            assert_eq!(text.text.trim(), "一、甲", "{tag}");
            assert!(
                warned(&text, "nested deeper than"),
                "{tag}: {:?}",
                text.warnings
            );
        });
    }
}

/// Formatting left open is opened again in every paragraph after (80 elements each here,
/// a thousand times the page's size in memory): past eight its tags are left out.
#[test]
fn formatting_left_open_keeps_its_text() {
    let open: String = (0..40)
        .map(|i| format!("<font size={i}><b id={i}>"))
        .collect();
    let page = format!("<p>{open}甲</p>{}", "<p>乙</p>".repeat(5_000));
    let text = InputFormat::Html.to_text(page.into_bytes(), None).unwrap();
    assert_eq!(text.text, format!("甲\n{}", "\n乙\n".repeat(5_000)));
    assert_eq!(text.warnings.len(), 1);
}

#[test]
fn deep_block_elements_still_end_lines() {
    let page = format!(
        "{}<p>一、甲</p><p>二、乙</p>{}",
        "<div>".repeat(1_000),
        "</div>".repeat(1_000)
    );
    let text = InputFormat::Html.to_text(page.into_bytes(), None).unwrap();
    assert_eq!(text.text, "一、甲\n\n二、乙\n");
    assert_eq!(text.warnings.len(), 1);
}

#[test]
fn ordinary_nesting_gets_no_warning() {
    let page = format!("{}<p>一、甲</p>", "<div><b><i>".repeat(4));
    let text = InputFormat::Html.to_text(page.into_bytes(), None).unwrap();
    assert_eq!(text.text, "一、甲\n");
    assert!(text.warnings.is_empty(), "{:?}", text.warnings);
}

// Item 9: server tags.

#[test]
fn an_unclosed_server_tag_keeps_the_rest_of_the_page() {
    let page = "<p>一、甲</p><% x <p>二、乙</p>";
    let text = InputFormat::Html.to_text(page.into(), None).unwrap().text;
    assert!(text.contains("二、乙"), "{text:?}");
}

// Item 2: Word numbering.

#[test]
fn a_level_past_nine_is_left_out_with_a_warning() {
    let numbering = one_list(&level("4294967295", "1", "decimal", "%1."), "");
    let d = read_docx(docx(&numbered("甲", 1, "4294967295"), Some(&numbering)));
    assert_eq!(d.text, "甲\n\n");
    assert!(warned(&d, "past Word's nine"), "{:?}", d.warnings);
}

#[test]
fn a_huge_start_is_clamped_with_a_warning() {
    let body = numbered("甲", 1, "0").repeat(10);
    for (start, format, first) in [
        ("4294967275", "upperLetter", "32767."),
        ("4294967295", "decimal", "32767."),
        ("99999999999999999999", "decimal", "32767."),
    ] {
        let numbering = one_list(&level("0", start, format, "%1."), "");
        let d = read_docx(docx(&body, Some(&numbering)));
        assert!(
            d.text.starts_with(&format!("{first}甲")),
            "{start}: {:?}",
            d.text
        );
        assert!(d.text.contains("32776.甲"), "{start}");
        assert!(
            warned(&d, "past Word's largest"),
            "{start}: {:?}",
            d.warnings
        );
    }
}

#[test]
fn a_start_override_of_zero_counts_from_zero() {
    let overrides = r#"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="0"/></w:lvlOverride>"#;
    let numbering = one_list(&level("0", "1", "decimal", "%1."), overrides);
    let d = read_docx(docx(&numbered("甲", 1, "0").repeat(2), Some(&numbering)));
    assert_eq!(d.text, "0.甲\n\n1.甲\n\n");
}

#[test]
fn a_long_level_text_is_cut_to_a_line() {
    let numbering = one_list(&level("0", "1", "decimal", &"%1".repeat(100_000)), "");
    let d = read_docx(docx(
        &numbered("甲", 1, "0").repeat(1_000),
        Some(&numbering),
    ));
    assert!(d.text.len() < 200_000, "{} bytes", d.text.len());
    assert!(d.text.starts_with(&format!("{}甲", "1".repeat(80))));
    assert!(warned(&d, "longer than 80"), "{:?}", d.warnings);
}

#[test]
fn many_levels_and_lists_read_in_linear_time() {
    assert_linear("levels", 2_500, |n| {
        let levels: String = (0..n)
            .map(|i| level(&i.to_string(), "1", "decimal", "%1."))
            .collect();
        let body: String = (0..n)
            .map(|i| numbered("甲", 1, &(i % 9).to_string()))
            .collect();
        read_docx(docx(&body, Some(&one_list(&levels, ""))));
    });
    assert_linear("lists", 2_500, |n| {
        let mut numbering = String::new();
        for i in 0..n {
            numbering.push_str(&format!(
                r#"<w:abstractNum w:abstractNumId="{i}">{}</w:abstractNum>"#,
                level("0", "1", "decimal", "%1.")
            ));
        }
        for i in 0..n {
            numbering.push_str(&format!(
                r#"<w:num w:numId="{i}"><w:abstractNumId w:val="{i}"/></w:num>"#
            ));
        }
        let body: String = (0..n).map(|i| numbered("甲", i, "0")).collect();
        read_docx(docx(&body, Some(&numbering)));
    });
}

// Item 3: a zip bomb that lies about its size.

/// Writes the low `n` bits of `value`, least significant first, as deflate packs them.
struct Bits {
    bytes: Vec<u8>,
    used: u32,
}

impl Bits {
    fn put(&mut self, value: u32, n: u32) {
        for i in 0..n {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            *self.bytes.last_mut().unwrap() |= (((value >> i) & 1) as u8) << (self.used % 8);
            self.used += 1;
        }
    }

    /// A Huffman code: most significant bit first.
    fn code(&mut self, code: u32, n: u32) {
        for i in (0..n).rev() {
            self.put((code >> i) & 1, 1);
        }
    }
}

/// A raw deflate stream (one block, fixed codes) of `a` repeated at least `len` times: a
/// literal, then copies of 258 bytes at distance 1.
fn deflated_run(len: u64) -> Vec<u8> {
    let copy = |bits: &mut Bits| {
        bits.code(0b1100_0101, 8); // length code 285: 258 bytes
        bits.code(0, 5); // distance code 0: 1 byte back
    };
    let mut bits = Bits {
        bytes: Vec::new(),
        used: 0,
    };
    bits.put(1, 1); // the last block
    bits.put(1, 2); // fixed Huffman codes
    bits.code(0x30 + u32::from(b'a'), 8); // literal 'a'
    copy(&mut bits); // 24 bits: the copies now start on a byte
                     // Eight copies are 13 bytes, the same every time.
    let mut eight = Bits {
        bytes: Vec::new(),
        used: 0,
    };
    (0..8).for_each(|_| copy(&mut eight));
    for _ in 0..len.div_ceil(258 * 8) {
        bits.bytes.extend_from_slice(&eight.bytes);
        bits.used += 104;
    }
    bits.code(0, 7); // end of block
    bits.bytes
}

/// A `.docx` whose document.xml inflates to `len` bytes while both its headers say 1 000.
fn lying_bomb(len: u64) -> Vec<u8> {
    let data = deflated_run(len);
    let name = b"word/document.xml";
    let mut zip = Vec::new();
    // Local header: version, flags, deflate, time, date, CRC, sizes, name length, extra.
    zip.extend_from_slice(b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00");
    zip.extend_from_slice(&0u32.to_le_bytes());
    zip.extend_from_slice(&(data.len() as u32).to_le_bytes());
    zip.extend_from_slice(&1000u32.to_le_bytes());
    zip.extend_from_slice(&(name.len() as u16).to_le_bytes());
    zip.extend_from_slice(&[0, 0]);
    zip.extend_from_slice(name);
    zip.extend_from_slice(&data);
    let central_at = zip.len() as u32;
    zip.extend_from_slice(b"PK\x01\x02\x14\x00\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00");
    zip.extend_from_slice(&0u32.to_le_bytes());
    zip.extend_from_slice(&(data.len() as u32).to_le_bytes());
    zip.extend_from_slice(&1000u32.to_le_bytes());
    zip.extend_from_slice(&(name.len() as u16).to_le_bytes());
    zip.extend_from_slice(&[0; 12]); // extra, comment, disk, attributes
    zip.extend_from_slice(&0u32.to_le_bytes()); // local header offset
    zip.extend_from_slice(name);
    let central_len = zip.len() as u32 - central_at;
    zip.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00");
    zip.extend_from_slice(&central_len.to_le_bytes());
    zip.extend_from_slice(&central_at.to_le_bytes());
    zip.extend_from_slice(&[0, 0]);
    zip
}

#[test]
fn a_zip_bomb_that_lies_about_its_size_is_refused() {
    let _alone = ALONE.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.docx");
    std::fs::write(&bomb, lying_bomb(600 << 20)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_outline"))
        .args(["parse", bomb.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("bomb.docx") && stderr.contains("unpacks to more than 512 MB"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(out.stdout.is_empty());
}

// Item 6: Word text lost or leaked.

#[test]
fn a_text_box_follows_the_paragraph_that_holds_it_once() {
    let box_paragraph = "<w:txbxContent><w:p><w:r><w:t>框中</w:t></w:r></w:p></w:txbxContent>";
    let body = format!(
        "<w:p><w:r><w:t>甲</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">\
         <w:drawing><wps:txbx>{box_paragraph}</wps:txbx></w:drawing></mc:Choice><mc:Fallback>\
         <w:pict><v:textbox>{box_paragraph}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>\
         </w:r><w:r><w:t>乙</w:t></w:r></w:p>"
    );
    let d = read_docx(docx(&body, None));
    assert_eq!(d.text, "甲乙\n\n框中\n\n");
}

#[test]
fn deleted_text_and_field_codes_do_not_leak() {
    let body = r#"<w:p><w:r><w:t/></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:instrText> HYPERLINK "http://example.com" </w:instrText></w:r><w:r><w:t>留下</w:t></w:r><w:r><w:t xml:space="preserve"></w:t><w:delText>又删</w:delText></w:r></w:p>"#;
    let d = read_docx(docx(body, None));
    assert_eq!(d.text, "留下\n\n");
}

#[test]
fn references_in_attributes_and_cdata_are_read() {
    let numbering = one_list(&level("0", "1", "chineseCounting", "%1&#x3001;"), "");
    let body = format!(
        "{}<w:p><w:r><w:t><![CDATA[甲<乙>&丙]]></w:t></w:r></w:p>",
        numbered("总体要求", 1, "0")
    );
    let d = read_docx(docx(&body, Some(&numbering)));
    assert_eq!(d.text, "一、总体要求\n\n甲<乙>&丙\n\n");
}
