//! PNG renderer: the SVG map ([`Format::Svg`](super::Format::Svg)) drawn by resvg, a pure-Rust renderer, with
//! the system's fonts. Drawn at [`SCALE`] device pixels a CSS pixel so that text stays
//! crisp on slides and in documents, and smaller when a large tree would take more than
//! [`MAX_PIXELS`]. Without a font that has Chinese characters the picture would show boxes
//! in place of every character, so that is an error ([`Error::NoCjkFont`]) instead.
//!
//! Everything that needs resvg sits behind the `png` feature (on by default); without it
//! `-f png` is an error that says so.

use crate::error::Error;
use crate::model::Document;
use std::io;

/// Device pixels a CSS pixel of the SVG: twice, as on a high-density screen.
pub const SCALE: f32 = 2.0;

/// The most pixels a picture may have (RGBA, four bytes each: 256 MB while it is drawn);
/// a larger tree is drawn at a smaller scale. Drawing time grows with the picture too: a
/// flat list of five thousand points fills the cap and takes about half a minute.
pub const MAX_PIXELS: u64 = 64_000_000;

/// The scale a map of `width` × `height` CSS pixels is drawn at: [`SCALE`], or less so that
/// the picture holds at most [`MAX_PIXELS`].
pub fn scale_for(width: f64, height: f64) -> f32 {
    let at_full = width * height * f64::from(SCALE) * f64::from(SCALE);
    if at_full <= MAX_PIXELS as f64 {
        return SCALE;
    }
    // A little under the exact root, so that rounding the sides up stays under the cap.
    let scale = f64::from(SCALE) * (MAX_PIXELS as f64 / at_full).sqrt() * 0.999;
    scale as f32
}

/// The scale the map of `doc` is drawn at (see [`scale_for`]); below [`SCALE`] for a tree
/// too large to draw at full size.
pub fn scale(doc: &Document) -> f32 {
    let (width, height) = super::svg::size(doc);
    scale_for(width, height)
}

/// Writes `doc` as a PNG picture of its map.
///
/// # Errors
/// [`Error::NoCjkFont`] when no installed font has Chinese characters, [`Error::Render`]
/// when the picture cannot be made (or this build has no `png` feature),
/// [`Error::Write`] when `out` fails.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let png = draw(doc)?;
    out.write_all(&png).map_err(super::io_err)
}

#[cfg(not(feature = "png"))]
fn draw(_: &Document) -> Result<Vec<u8>, Error> {
    Err(Error::Render {
        format: "png",
        message: "this build has no PNG output (built without the `png` feature)".into(),
    })
}

#[cfg(feature = "png")]
fn draw(doc: &Document) -> Result<Vec<u8>, Error> {
    use resvg::{tiny_skia, usvg};

    let fail = |message: String| Error::Render {
        format: "png",
        message,
    };
    let fonts = fonts::cjk()?;
    let mut svg = Vec::new();
    super::svg::write_svg(doc, &mut svg).map_err(super::io_err)?;
    let svg = String::from_utf8(svg).map_err(|e| fail(e.to_string()))?;
    let options = usvg::Options {
        fontdb: fonts.db.clone(),
        font_family: fonts.family.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| fail(e.to_string()))?;
    let size = tree.size();
    let scale = scale_for(f64::from(size.width()), f64::from(size.height()));
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width.max(1), height.max(1)).ok_or_else(|| {
        fail(format!(
            "cannot make a picture of {width} × {height} pixels"
        ))
    })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| fail(e.to_string()))
}

#[cfg(feature = "png")]
mod fonts {
    //! The system's fonts, loaded once a process, and the one that draws Chinese.

    use crate::error::Error;
    use resvg::usvg::fontdb::{Database, Family, Query, ID};
    use skrifa::MetadataProvider;
    use std::sync::{Arc, OnceLock};

    /// The system's fonts and the family that draws the map's text.
    pub struct Fonts {
        pub db: Arc<Database>,
        /// A family with Chinese characters; also the database's sans-serif, so that the
        /// SVG's generic fallback finds it.
        pub family: String,
    }

    /// The character whose glyph shows a font covers Chinese: 中 (U+4E2D).
    const PROBE: char = '中';

    /// The system's fonts with one that has Chinese characters, loaded on first use.
    ///
    /// # Errors
    /// [`Error::NoCjkFont`] when no installed font has them.
    pub fn cjk() -> Result<&'static Fonts, Error> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS.get_or_init(load).as_ref().ok_or(Error::NoCjkFont)
    }

    fn load() -> Option<Fonts> {
        let mut db = Database::new();
        db.load_system_fonts();
        let family = chosen(&db)?;
        db.set_sans_serif_family(family.clone());
        Some(Fonts {
            db: Arc::new(db),
            family,
        })
    }

    /// The family that draws Chinese: the first of the SVG's families installed, else any
    /// sans-serif face with Chinese characters, else any face with them.
    fn chosen(db: &Database) -> Option<String> {
        let named = super::super::svg::CJK_FAMILIES.iter().find(|&&name| {
            let query = Query {
                families: &[Family::Name(name)],
                ..Query::default()
            };
            db.query(&query).is_some_and(|id| has_chinese(db, id))
        });
        if let Some(name) = named {
            return Some((*name).to_string());
        }
        let mut covering = db.faces().filter(|f| has_chinese(db, f.id));
        let first = covering.next()?;
        let sans = std::iter::once(first)
            .chain(covering)
            .find(|f| f.families.iter().any(|(n, _)| n.contains("Sans")))
            .unwrap_or(first);
        sans.families.first().map(|(name, _)| name.clone())
    }

    /// Tells whether the face `id` has a glyph for [`PROBE`].
    fn has_chinese(db: &Database, id: ID) -> bool {
        db.with_face_data(id, |data, index| {
            skrifa::FontRef::from_index(data, index)
                .is_ok_and(|font| font.charmap().map(PROBE).is_some())
        })
        .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_map_is_drawn_at_full_scale_and_a_huge_one_under_the_cap() {
        assert_eq!(scale_for(800.0, 600.0), SCALE);
        let (w, h) = (2000.0, 400_000.0);
        let s = f64::from(scale_for(w, h));
        assert!(s < f64::from(SCALE));
        let pixels = (w * s).ceil() * (h * s).ceil();
        assert!(pixels <= MAX_PIXELS as f64, "{pixels}");
        assert!(pixels > MAX_PIXELS as f64 * 0.99, "{pixels}");
    }
}
