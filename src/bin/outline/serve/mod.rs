//! `outline serve`: a page and an HTTP API on loopback that turn a pasted or dropped
//! document into its outline, with the library's reading, parsing and rendering (a
//! download's bytes are what `outline parse` writes for the same input and format).
//!
//! Limits that hold under abuse: a body cap answered 413 before the body is read whole, a
//! time limit on every request and a shorter one on receiving its body, bounds on the bodies
//! held and on the parses running (each request holds its permits until its parse has
//! ended), parses on blocking threads, and nothing written to disk.

mod api;
mod body;
mod media;
mod page;
mod problem;

use crate::cli::ServeArgs;
use crate::lang::t;
use axum::routing::{get, post};
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tigang::Error;
use tokio::sync::Semaphore;

/// What every request shares: the limits, and the permits of the requests in flight.
pub struct Shared {
    /// The largest body accepted, in bytes.
    pub max_bytes: u64,
    /// The longest a request may take, from its first byte to its answer.
    pub timeout: Duration,
    /// The longest a body may take to arrive.
    pub read_timeout: Duration,
    /// One permit a body being received or held: bounds the memory bodies take.
    pub receiving: Arc<Semaphore>,
    /// One permit a parse running: bounds the blocking threads at work.
    pub parsing: Arc<Semaphore>,
}

/// The longest a request may take: waiting for a permit, reading the body and the parse.
const TIMEOUT: Duration = Duration::from_secs(30);

/// The longest a body may take to arrive: a slow or vanished sender lets go by then.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Bodies received or held at once (each up to `--max-bytes`).
const RECEIVING: usize = 16;

/// Parses at once: two a core, at least four.
fn parsing() -> usize {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    (2 * cores).max(4)
}

/// The routes: the page and its script and style, the API, and the health check.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(page::index))
        .route("/app.js", get(page::script))
        .route("/app.css", get(page::style))
        .route("/api/parse", post(api::parse))
        .route("/api/formats", get(api::formats))
        .route("/healthz", get(api::health))
        .fallback(api::not_found)
        // The form reader's own cap, a little above ours (a form has its boundaries).
        .layer(axum::extract::DefaultBodyLimit::max(
            usize::try_from(shared.max_bytes.saturating_add(body::FORM_ROOM)).unwrap_or(usize::MAX),
        ))
        .layer(axum::middleware::from_fn(page::secure))
        .with_state(shared)
}

/// Runs the server until Ctrl-C.
///
/// # Errors
/// [`Error::Usage`] when the address cannot be listened on or the runtime cannot start.
pub fn run(args: &ServeArgs) -> Result<(), Error> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .max_blocking_threads(parsing() + 2)
        .enable_all()
        .build()
        .map_err(|e| Error::Usage(t!("serve-cannot-start", why = e.to_string())))?;
    let shared = Arc::new(Shared {
        max_bytes: args.max_bytes,
        timeout: TIMEOUT,
        read_timeout: READ_TIMEOUT,
        receiving: Arc::new(Semaphore::new(RECEIVING)),
        parsing: Arc::new(Semaphore::new(parsing())),
    });
    runtime.block_on(async {
        let place = format!("{}:{}", args.host, args.port);
        let listener = tokio::net::TcpListener::bind(
            // `[::1]` is how a URL writes an IPv6 host; the socket wants it bare.
            (args.host.trim_matches(['[', ']']), args.port),
        )
        .await
        .map_err(|e| {
            Error::Usage(t!(
                "serve-cannot-listen",
                place = place.clone(),
                why = crate::words::io_words(&e)
            ))
        })?;
        let addr = listener.local_addr().map_err(|e| {
            Error::Usage(t!(
                "serve-cannot-listen",
                place = place,
                why = crate::words::io_words(&e)
            ))
        })?;
        announce(addr, args.open);
        axum::serve(listener, router(shared))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| Error::Usage(t!("serve-cannot-start", why = e.to_string())))
    })
}

/// Prints the address (on standard output, one line, for people and scripts), warns when
/// it is reachable from other machines, and opens the page when asked.
fn announce(addr: SocketAddr, open: bool) {
    let url = format!("http://{addr}/");
    println!("{}", t!("serve-listening", url = url.as_str()));
    if !addr.ip().is_loopback() {
        crate::voice::say(&t!("serve-not-loopback", addr = addr.to_string()));
    }
    if open {
        open_in_browser(&url);
    }
}

/// Opens `url` in the default browser, saying so when no opener can be started.
fn open_in_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let started = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if started.is_err() {
        crate::voice::say(&t!("serve-cannot-open", url = url));
    }
}
