//! Output formats: the `Format` enum and one `render` entry point with one `match`.

mod json;
mod opml;
mod yaml;

use crate::error::Error;
use crate::model::Document;
use std::io;
use std::str::FromStr;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Pretty JSON of the model, UTF-8 unescaped.
    Json,
    /// YAML of the model, through serde-saphyr.
    Yaml,
    /// OPML 2.0, for mind-mapping tools.
    Opml,
}

impl Format {
    /// Every format, in the order `outline formats` lists them.
    pub const ALL: [Format; 3] = [Format::Json, Format::Yaml, Format::Opml];

    /// The format's name, as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Yaml => "yaml",
            Format::Opml => "opml",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        self.name()
    }

    /// Picks the format from a file name's extension (`.json`, `.yaml`, `.yml`, `.opml`).
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = std::path::Path::new(path)
            .extension()?
            .to_str()?
            .to_ascii_lowercase();
        match ext.as_str() {
            "yml" => Some(Format::Yaml),
            other => other.parse().ok(),
        }
    }

    /// Writes `doc` in this format.
    ///
    /// # Errors
    /// [`Error::Write`] when `out` fails, [`Error::Render`] when serialisation fails.
    pub fn render(self, doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
        let render = match self {
            Format::Json => json::render,
            Format::Yaml => yaml::render,
            Format::Opml => opml::render,
        };
        render(doc, out)
    }

    /// Renders `doc` to a string.
    pub fn render_to_string(self, doc: &Document) -> Result<String, Error> {
        let mut buf = Vec::new();
        self.render(doc, &mut buf)?;
        String::from_utf8(buf).map_err(|e| Error::Render {
            format: self.name(),
            message: e.to_string(),
        })
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| {
                f.name().eq_ignore_ascii_case(s)
                    || (s.eq_ignore_ascii_case("yml") && *f == Format::Yaml)
            })
            .ok_or_else(|| {
                let names: Vec<_> = Format::ALL.iter().map(|f| f.name()).collect();
                format!("unknown format {s:?} (one of {})", names.join(", "))
            })
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
