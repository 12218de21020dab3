//! What a download says about itself: the content type of each format, and a
//! `Content-Disposition` that names the file after the document's title.

use tigang::Format;

/// The media type of a format's output.
pub fn content_type(format: Format) -> &'static str {
    match format {
        Format::Json => "application/json",
        Format::Jsonl => "application/jsonl; charset=utf-8",
        Format::Yaml => "application/yaml; charset=utf-8",
        Format::Opml => "text/x-opml; charset=utf-8",
        Format::Markdown => "text/markdown; charset=utf-8",
        Format::Mermaid => "text/vnd.mermaid; charset=utf-8",
        Format::Freemind => "application/x-freemind; charset=utf-8",
        Format::Xmind => "application/vnd.xmind.workbook",
        Format::Svg => "image/svg+xml",
        Format::Png => "image/png",
        Format::Html => "text/html; charset=utf-8",
        Format::Text => "text/plain; charset=utf-8",
    }
}

/// The file name of a download: the title (else the uploaded file's stem, else `提纲`)
/// with what no file system takes made `_`, at most 80 characters, and the format's ending.
pub fn file_name(title: Option<&str>, upload: Option<&str>, format: Format) -> String {
    let stem = upload
        .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n))
        .map(|n| n.rsplit_once('.').map_or(n, |(stem, _)| stem));
    let base = title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .or(stem.filter(|s| !s.trim().is_empty()))
        .unwrap_or("提纲");
    let mut name: String = base
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .take(80)
        .collect();
    // A name that starts with a dot would be hidden.
    if name.starts_with('.') {
        name.insert(0, '_');
    }
    format!("{}.{}", name.trim(), format.extension())
}

/// `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>`
/// (RFC 6266 and RFC 8187).
pub fn disposition(name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' && c != '%' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::with_capacity(name.len() * 3);
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_names_the_file_and_is_percent_encoded() {
        let name = file_name(Some("树牢“四种理念”"), Some("a.txt"), Format::Xmind);
        assert_eq!(name, "树牢“四种理念”.xmind");
        let header = disposition(&name);
        assert!(header.starts_with("attachment; filename=\""), "{header}");
        assert!(
            header.ends_with("filename*=UTF-8''%E6%A0%91%E7%89%A2%E2%80%9C%E5%9B%9B%E7%A7%8D%E7%90%86%E5%BF%B5%E2%80%9D.xmind"),
            "{header}"
        );
    }

    #[test]
    fn without_a_title_the_upload_names_it_and_separators_go() {
        assert_eq!(
            file_name(None, Some("dir/通知.docx"), Format::Opml),
            "通知.opml"
        );
        assert_eq!(file_name(Some("  "), None, Format::Json), "提纲.json");
        assert_eq!(file_name(Some("a/b:c"), None, Format::Svg), "a_b_c.svg");
        assert_eq!(file_name(Some(".x"), None, Format::Svg), "_.x.svg");
    }
}
