//! The API's errors: a status and a JSON body `{"error": "...", "code": N}`, where `code`
//! is the exit code `outline parse` gives for the same kind of failure.

use crate::exit;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tigang::{DecodeProblem, Error};

/// An error answered to a client.
#[derive(Debug)]
pub struct Problem {
    /// The HTTP status.
    pub status: StatusCode,
    /// What went wrong, in English (as the library says it).
    pub message: String,
    /// The CLI's exit code for this kind of failure.
    pub code: u8,
}

impl Problem {
    /// A request the API cannot take: an unknown format, a malformed query (400, exit 2).
    pub fn bad_request(message: impl Into<String>) -> Problem {
        Problem {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            code: exit::USAGE,
        }
    }

    /// A body larger than the cap (413): never read, so the input cannot be read (exit 3).
    pub fn too_large(max_bytes: u64) -> Problem {
        Problem {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            message: format!("the document is larger than the limit of {max_bytes} bytes"),
            code: exit::READ,
        }
    }

    /// A body that could not be received (400, exit 3): the client went away or sent a
    /// malformed form.
    pub fn unreadable(message: impl Into<String>) -> Problem {
        Problem {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            code: exit::READ,
        }
    }

    /// The request took longer than the time limit, or waited that long for its turn (503).
    pub fn busy(message: impl Into<String>) -> Problem {
        Problem {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: message.into(),
            code: exit::WRITE,
        }
    }

    /// The body did not arrive in time (408, exit 3): a slow or vanished sender.
    pub fn slow(limit: std::time::Duration) -> Problem {
        Problem {
            status: StatusCode::REQUEST_TIMEOUT,
            message: format!("the body did not arrive within {} s", limit.as_secs()),
            code: exit::READ,
        }
    }

    /// No such route (404).
    pub fn not_found() -> Problem {
        Problem {
            status: StatusCode::NOT_FOUND,
            message: "no such page: the API is POST /api/parse, GET /api/formats, GET /healthz"
                .into(),
            code: exit::USAGE,
        }
    }
}

impl From<Error> for Problem {
    /// The library's error with its status: a Word 97–2003 file without LibreOffice to
    /// read it is 415, other bytes that are no document we read (a scanned or encrypted
    /// PDF too) 422, usage 400, failures to render 500.
    fn from(e: Error) -> Problem {
        let status = match &e {
            Error::Decode {
                problem: DecodeProblem::NeedsLibreOffice { .. },
                ..
            } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Error::Decode { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Error::Usage(_) | Error::UnknownEncoding(_) | Error::Read { .. } => {
                StatusCode::BAD_REQUEST
            }
            Error::Write { .. } | Error::Render { .. } | Error::NoCjkFont => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let message = match &e {
            // A body sent without a name is no path to name.
            Error::Decode { path, problem } if path == "-" => {
                format!("cannot decode the document: {problem}")
            }
            _ => e.to_string(),
        };
        Problem {
            status,
            message,
            code: exit::code(&e),
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.message, "code": self.code });
        (self.status, axum::Json(body)).into_response()
    }
}
