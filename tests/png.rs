//! PNG output (issue 14, item 3): the seed's map drawn with the system's CJK fonts, the
//! picture decoded and looked at: its size is the SVG's times the scale, it is not blank,
//! and its Chinese text is drawn with real glyphs, not boxes. Without a Chinese font the CLI
//! says so and writes nothing.
#![cfg(feature = "png")]

use resvg::tiny_skia::Pixmap;
use std::path::Path;
use std::process::{Command, Output};
use tigang::render::png;
use tigang::{Error, Format};

const BIN: &str = env!("CARGO_BIN_EXE_outline");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/samples/qiushi-four-concepts.txt"
);
/// The SVG's background, `#f8f9fa`.
const BACKGROUND: [u8; 3] = [0xf8, 0xf9, 0xfa];

/// Draws `doc` as PNG and decodes it; `None` (with a message) on a machine with no
/// Chinese font, which CI never is: `.ci/run` installs fonts-noto-cjk.
fn draw(doc: &tigang::Document) -> Option<Pixmap> {
    let mut bytes = Vec::new();
    match Format::Png.render(doc, &mut bytes) {
        Ok(()) => Some(Pixmap::decode_png(&bytes).expect("a PNG that decodes")),
        Err(Error::NoCjkFont) if std::env::var_os("CI").is_none() => {
            eprintln!(
                "SKIPPED: no font with Chinese characters here (apt-get install fonts-noto-cjk)"
            );
            None
        }
        Err(e) => panic!("png: {e}"),
    }
}

/// The SVG's `viewBox` size, in CSS pixels.
fn view_box(svg: &str) -> (f32, f32) {
    let at = svg.find("viewBox=\"0 0 ").expect("a viewBox") + "viewBox=\"0 0 ".len();
    let mut numbers = svg[at..].split(['"', ' ']).map(|n| n.parse().unwrap());
    (numbers.next().unwrap(), numbers.next().unwrap())
}

/// Pixels whose colour is far from the background.
fn ink(pixmap: &Pixmap, x0: u32, y0: u32, x1: u32, y1: u32) -> usize {
    let mut count = 0;
    for y in y0..y1.min(pixmap.height()) {
        for x in x0..x1.min(pixmap.width()) {
            let p = pixmap.pixel(x, y).unwrap().demultiply();
            let rgb = [p.red(), p.green(), p.blue()];
            let distance: u32 = rgb
                .iter()
                .zip(BACKGROUND)
                .map(|(&a, b)| u32::from(a.abs_diff(b)))
                .sum();
            count += usize::from(distance > 60);
        }
    }
    count
}

/// Pixels darker than mid-grey (text on the white boxes of the second level).
fn dark(pixmap: &Pixmap, x0: u32, y0: u32, x1: u32, y1: u32) -> Vec<bool> {
    let mut marks = Vec::new();
    for y in y0..y1.min(pixmap.height()) {
        for x in x0..x1.min(pixmap.width()) {
            let p = pixmap.pixel(x, y).unwrap().demultiply();
            let luma =
                (u32::from(p.red()) * 3 + u32::from(p.green()) * 6 + u32::from(p.blue())) / 10;
            marks.push(luma < 110);
        }
    }
    marks
}

/// The first text drawn dark on a white box: its place in CSS pixels and its words.
fn first_dark_text(svg: &str) -> (f32, f32, String) {
    let line = svg
        .lines()
        .find(|l| l.starts_with("<text") && l.contains("fill=\"#212529\""))
        .expect("a second-level title");
    let attr = |name: &str| -> f32 {
        let at = line.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        line[at..].split('"').next().unwrap().parse().unwrap()
    };
    let words = line[line.find('>').unwrap() + 1..line.rfind("</text>").unwrap()].to_string();
    (attr("x"), attr("y"), words)
}

#[test]
fn the_seed_is_a_picture_of_its_map_with_its_chinese_text_drawn() {
    let text = std::fs::read_to_string(SEED).unwrap();
    let doc = tigang::parse(&text);
    let Some(pixmap) = draw(&doc) else { return };
    let svg = Format::Svg.render_to_string(&doc).unwrap();

    // The size is the SVG's times the scale: twice, for a map this small.
    assert_eq!(png::scale(&doc), png::SCALE);
    let (w, h) = view_box(&svg);
    assert_eq!(
        (pixmap.width(), pixmap.height()),
        (
            (w * png::SCALE).ceil() as u32,
            (h * png::SCALE).ceil() as u32
        )
    );

    // Not blank: boxes, links and text cover a good part of it.
    let all = ink(&pixmap, 0, 0, pixmap.width(), pixmap.height());
    let total = (pixmap.width() * pixmap.height()) as usize;
    assert!(all > total / 20, "{all} of {total} pixels drawn");

    // A second-level title (dark text on a white box) has dark pixels where its
    // Chinese characters stand, and none in the margin above the map.
    let (x, y, words) = first_dark_text(&svg);
    assert!(
        words
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{words}"
    );
    let s = png::SCALE;
    let area = dark(
        &pixmap,
        (x * s) as u32,
        ((y - 14.0) * s) as u32,
        ((x + 60.0) * s) as u32,
        ((y + 4.0) * s) as u32,
    );
    let marked = area.iter().filter(|&&d| d).count();
    assert!(
        marked > area.len() / 20,
        "{marked} of {} pixels dark in {words}",
        area.len()
    );
    assert_eq!(
        ink(&pixmap, 0, 0, pixmap.width(), 10),
        0,
        "the top margin is background"
    );
}

/// Boxes in place of missing glyphs all look alike; real glyphs differ. Two maps that
/// differ in one character only must differ where it is drawn.
#[test]
fn different_characters_are_drawn_differently() {
    let one = tigang::parse("中\n\n一、甲\n");
    let other = tigang::parse("国\n\n一、甲\n");
    let (Some(a), Some(b)) = (draw(&one), draw(&other)) else {
        return;
    };
    assert_eq!((a.width(), a.height()), (b.width(), b.height()));
    let differing = a
        .pixels()
        .iter()
        .zip(b.pixels())
        .filter(|(p, q)| p != q)
        .count();
    assert!(
        differing > 40,
        "{differing} pixels differ between 中 and 国"
    );
}

fn run(args: &[&str], envs: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn an_output_ending_in_png_writes_a_png_and_formats_lists_it() {
    let formats = String::from_utf8(run(&["formats"], &[]).stdout).unwrap();
    assert!(
        formats
            .lines()
            .any(|l| l.contains("png") && l.contains(".png")),
        "{formats}"
    );
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("seed.png");
    let o = run(&["parse", SEED, "-q", "-o", target.to_str().unwrap()], &[]);
    let err = String::from_utf8_lossy(&o.stderr);
    if o.status.code() == Some(5) && err.contains("Chinese") && std::env::var_os("CI").is_none() {
        eprintln!("SKIPPED: no font with Chinese characters here");
        return;
    }
    assert!(o.status.success(), "{err}");
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(Pixmap::decode_png(&bytes).is_ok());
}

/// With no Chinese font (fontconfig pointed at an empty font directory) a PNG would show a
/// box for each character: the CLI refuses, says how to install one, and writes nothing.
#[test]
fn without_a_chinese_font_png_is_a_clear_error_not_boxes() {
    let dir = tempfile::tempdir().unwrap();
    let fonts = dir.path().join("fonts");
    std::fs::create_dir(&fonts).unwrap();
    let config = dir.path().join("fonts.conf");
    std::fs::write(
        &config,
        format!(
            "<?xml version=\"1.0\"?>\n<fontconfig><dir>{}</dir></fontconfig>\n",
            fonts.display()
        ),
    )
    .unwrap();
    let target = dir.path().join("seed.png");
    let o = run(
        &["parse", SEED, "-o", target.to_str().unwrap()],
        &[("FONTCONFIG_FILE", &config)],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(5), "{err}");
    assert!(
        err.starts_with("outline: cannot draw png: no installed font has Chinese characters"),
        "{err}"
    );
    assert!(err.contains("fonts-noto-cjk"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!target.exists(), "nothing is written");
}
