//! Receiving a document: the raw body or the `file` field of a `multipart/form-data` form,
//! read a frame at a time and refused (413) as soon as it passes the cap, so that an
//! oversized body is never held whole. The bytes stay in memory: nothing is written to disk.

use super::problem::Problem;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header;
use http_body_util::BodyExt;

/// What a form may hold besides its file: boundaries, headers, small fields.
pub const FORM_ROOM: u64 = 64 * 1024;

/// A received document: its bytes and the file name it came with, if any.
pub struct Received {
    /// The document's bytes.
    pub bytes: Vec<u8>,
    /// The file name the form gave (a raw body's name comes from the query).
    pub name: Option<String>,
}

/// Receives the document of a request: a form's `file` field (or its first file), or the
/// raw body.
///
/// # Errors
/// 413 past `max` bytes (at once when `Content-Length` says so), 400 when the body breaks
/// off or a form holds no file.
pub async fn receive(request: Request, max: u64) -> Result<Received, Problem> {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    // A form's boundaries and headers come on top of its file.
    let room = if is_form { FORM_ROOM } else { 0 };
    if declared.is_some_and(|n| n > max.saturating_add(room)) {
        return Err(Problem::too_large(max));
    }
    if is_form {
        return from_form(request, max).await;
    }
    let bytes = capped(request.into_body(), max).await?;
    Ok(Received { bytes, name: None })
}

/// Reads a body a frame at a time, refusing it once it passes `max` bytes.
async fn capped(mut body: Body, max: u64) -> Result<Vec<u8>, Problem> {
    let mut bytes = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| Problem::unreadable(format!("the body broke off: {e}")))?;
        if let Ok(data) = frame.into_data() {
            push(&mut bytes, &data, max)?;
        }
    }
    Ok(bytes)
}

/// Appends a chunk, refusing what passes `max` bytes.
fn push(bytes: &mut Vec<u8>, chunk: &[u8], max: u64) -> Result<(), Problem> {
    if (bytes.len() + chunk.len()) as u64 > max {
        return Err(Problem::too_large(max));
    }
    bytes.extend_from_slice(chunk);
    Ok(())
}

/// The `file` field of a form (or the first field with a file name), read chunk by chunk.
async fn from_form(request: Request, max: u64) -> Result<Received, Problem> {
    let mut form = Multipart::from_request(request, &())
        .await
        .map_err(|e| Problem::unreadable(format!("not a readable form: {e}")))?;
    loop {
        let field = form
            .next_field()
            .await
            .map_err(|e| Problem::unreadable(format!("not a readable form: {e}")))?;
        let Some(mut field) = field else {
            return Err(Problem::bad_request("the form has no `file` field"));
        };
        if field.name() != Some("file") && field.file_name().is_none() {
            continue;
        }
        let name = field.file_name().map(str::to_string);
        let mut bytes = Vec::new();
        while let Some(chunk) = field
            .chunk()
            .await
            .map_err(|e| Problem::unreadable(format!("not a readable form: {e}")))?
        {
            push(&mut bytes, &chunk, max)?;
        }
        return Ok(Received { bytes, name });
    }
}
