//! The page: one HTML file, its script and its style, embedded in the binary and served
//! with a Content-Security-Policy that allows nothing but this server (no CDN, no inline
//! script). Chinese unless the browser's `Accept-Language` puts English first.

use super::Shared;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use std::sync::Arc;

/// The page, with `{{lang}}` and `{{max_bytes}}` to fill.
const INDEX: &str = include_str!("page/index.html");
/// The page's script.
const SCRIPT: &str = include_str!("page/app.js");
/// The page's style.
const STYLE: &str = include_str!("page/app.css");

/// What every answer may load: this server's script, style and API, pictures from it and
/// from the page's own `blob:` and `data:` URLs, nothing inline, nothing from elsewhere.
pub const POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

/// `GET /`: the page in the language the browser prefers.
pub async fn index(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Html<String> {
    let lang = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or("zh-CN", language);
    Html(
        INDEX
            .replace("{{lang}}", lang)
            .replace("{{max_bytes}}", &shared.max_bytes.to_string()),
    )
}

/// `GET /app.js`.
pub async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
        .into_response()
}

/// `GET /app.css`.
pub async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response()
}

/// The page's language for an `Accept-Language` header: `en` when an English tag weighs
/// more than any Chinese one, else `zh-CN` (the default).
pub fn language(accept: &str) -> &'static str {
    let mut best: Option<(f32, &'static str)> = None;
    for (i, item) in accept.split(',').enumerate() {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let lang = if tag.starts_with("zh") {
            "zh-CN"
        } else if tag.starts_with("en") {
            "en"
        } else {
            continue;
        };
        // Earlier items win ties: a small step down keeps the order.
        let q = q - i as f32 * 1e-4;
        if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
            best = Some((q, lang));
        }
    }
    best.map_or("zh-CN", |(_, lang)| lang)
}

/// Adds the policy and the headers that keep answers from being sniffed, framed or
/// followed with a referrer, to every answer.
pub async fn secure(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

#[cfg(test)]
mod tests {
    use super::language;

    #[test]
    fn english_only_when_the_browser_puts_it_before_chinese() {
        assert_eq!(language("en-US,en;q=0.9"), "en");
        assert_eq!(language("zh-CN,zh;q=0.9,en;q=0.8"), "zh-CN");
        assert_eq!(language("en;q=0.5,zh-TW;q=0.8"), "zh-CN");
        assert_eq!(language("fr-FR,en;q=0.3"), "en");
        assert_eq!(language("fr-FR"), "zh-CN");
        assert_eq!(language(""), "zh-CN");
    }
}
