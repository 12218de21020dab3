//! The HTTP API: `POST /api/parse` (a document in, its outline out in any format),
//! `GET /api/formats` and `GET /healthz`.

use super::body::receive;
use super::media::{content_type, disposition, file_name};
use super::problem::Problem;
use super::Shared;
use crate::load;
use axum::extract::{Query, Request, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use std::sync::Arc;
use tigang::{Format, InputFormat, Shape};

/// The query of `POST /api/parse`: the options of `outline parse` that make sense here.
#[derive(Deserialize, Default)]
pub struct ParseQuery {
    /// The output format's name (as `--format`); JSON when absent.
    format: Option<String>,
    /// The input format (as `--input-format`); else the name's ending, else the bytes.
    input: Option<String>,
    /// The document's file name, for its format and a download's name without a title.
    name: Option<String>,
    /// The encoding to read the input in (as `--encoding`).
    encoding: Option<String>,
    /// Keep this many levels (as `--depth`).
    depth: Option<usize>,
    /// Leave the bodies out (as `--no-body`).
    #[serde(default)]
    no_body: bool,
    /// Each body in a child node (as `--notes-as-children`).
    #[serde(default)]
    notes_as_children: bool,
    /// How each line was classified, as plain text, instead of the outline (as `--explain`).
    #[serde(default)]
    explain: bool,
}

/// The settled options of one request.
struct Asked {
    format: Format,
    explain: bool,
    input: Option<InputFormat>,
    encoding: Option<&'static encoding_rs::Encoding>,
    shape: Shape,
}

impl ParseQuery {
    /// The options, or 400 for a name no table knows.
    fn settle(&self) -> Result<Asked, Problem> {
        let format = match self.format.as_deref() {
            None | Some("") => Format::Json,
            Some(name) => name.parse().map_err(Problem::bad_request)?,
        };
        let input = match self.input.as_deref() {
            None | Some("") => None,
            Some(name) => Some(name.parse().map_err(Problem::bad_request)?),
        };
        let encoding = match self.encoding.as_deref() {
            None | Some("") => None,
            Some(label) => Some(tigang::encoding_for_label(label).map_err(Problem::from)?),
        };
        Ok(Asked {
            format,
            explain: self.explain,
            input,
            encoding,
            shape: Shape {
                depth: self.depth,
                no_body: self.no_body,
                notes_as_children: self.notes_as_children,
            },
        })
    }
}

/// `POST /api/parse?format=…&input=…&name=…`: the body (raw, or a form's `file`) read as
/// `outline parse` reads a file, answered with the rendered bytes, their content type and
/// the title as the download's name.
pub async fn parse(
    State(shared): State<Arc<Shared>>,
    query: Result<Query<ParseQuery>, axum::extract::rejection::QueryRejection>,
    request: Request,
) -> Response {
    let timeout = shared.timeout;
    let work = async move {
        let Query(query) = query.map_err(|e| Problem::bad_request(e.body_text()))?;
        let asked = query.settle()?;
        // A body is read under a permit of its own, within its own time: slow senders hold
        // at most those permits, never a parse's.
        let receiving = Arc::clone(&shared.receiving)
            .acquire_owned()
            .await
            .map_err(|_| Problem::busy("the server is stopping"))?;
        let received =
            tokio::time::timeout(shared.read_timeout, receive(request, shared.max_bytes))
                .await
                .map_err(|_| Problem::slow(shared.read_timeout))??;
        let parsing = Arc::clone(&shared.parsing)
            .acquire_owned()
            .await
            .map_err(|_| Problem::busy("the server is stopping"))?;
        let name = received.name.or(query.name);
        let rendered = tokio::task::spawn_blocking(move || {
            // Both permits are held to the end: a body in memory counts until it is let go.
            let _permits = (receiving, parsing);
            outline(received.bytes, name.as_deref(), &asked)
        })
        .await
        .map_err(|e| Problem::busy(format!("the parse failed: {e}")))??;
        Ok::<_, Problem>(rendered)
    };
    match tokio::time::timeout(timeout, work).await {
        Ok(Ok(response)) => response,
        Ok(Err(problem)) => problem.into_response(),
        Err(_) => Problem::busy(format!(
            "the request took longer than {} s",
            timeout.as_secs()
        ))
        .into_response(),
    }
}

/// Reads, parses, reshapes and renders a document as `outline parse` does (the same
/// functions: the same bytes), on a blocking thread.
fn outline(bytes: Vec<u8>, name: Option<&str>, asked: &Asked) -> Result<Response, Problem> {
    let options = tigang::Options {
        path: Some(name.unwrap_or("-")),
        format: asked.input,
        encoding: asked.encoding,
    };
    let loaded = load::decode(bytes, &options)?;
    let (doc, notes) = load::outline(&loaded, asked.explain);
    if asked.explain {
        let text = crate::single::explain(&loaded, &notes);
        let file = file_name(doc.title.as_deref(), name, Format::Text);
        return Ok(answer(Format::Text, &file, text.into_bytes()));
    }
    let doc = if asked.shape.is_identity() {
        doc
    } else {
        asked.shape.apply(&doc)
    };
    let mut out = Vec::new();
    asked.format.render(&doc, &mut out)?;
    let file = file_name(doc.title.as_deref(), name, asked.format);
    Ok(answer(asked.format, &file, out))
}

/// A download: the bytes with their content type and file name, kept by no cache.
fn answer(format: Format, file: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type(format).to_string()),
            (header::CONTENT_DISPOSITION, disposition(file)),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /api/formats`: every output format with its ending, content type, whether it is
/// binary and whether it draws the titles alone.
pub async fn formats() -> Json<serde_json::Value> {
    let list: Vec<serde_json::Value> = Format::ALL
        .into_iter()
        .map(|f| {
            serde_json::json!({
                "name": f.name(),
                "extension": f.extension(),
                "content_type": content_type(f),
                "binary": f.is_binary(),
                "titles_only": f.titles_only(),
                "description": f.description(),
            })
        })
        .collect();
    Json(serde_json::Value::Array(list))
}

/// `GET /healthz`: the server answers.
pub async fn health() -> &'static str {
    "ok\n"
}

/// Any other path: 404 with the routes there are.
pub async fn not_found() -> Problem {
    Problem::not_found()
}
