//! YAML renderer: the model through serde-saphyr, which quotes ambiguous scalars.

use crate::error::Error;
use crate::model::Document;
use std::io;

/// Writes `doc` as YAML.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let text = serde_saphyr::to_string(doc).map_err(|e| Error::Render {
        format: "yaml",
        message: e.to_string(),
    })?;
    out.write_all(text.as_bytes())
        .map_err(|e| Error::write("-", e))
}
