//! A bounded load test of `outline serve` on loopback: 16 clients post real samples for a
//! while (`SERVE_LOAD_SECONDS`, 2 by default; CI runs 15) and every answer must be the
//! bytes a lone request gets; then the same with clients sending oversized, malformed,
//! slow and vanishing bodies beside them, which must not disturb a good request. Prints
//! requests/s, p50/p99 latency and the server's peak resident memory (run with
//! `--nocapture` to see them).
#![cfg(feature = "serve")]

include!("support/http.rs");

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

const CLIENTS: usize = 16;

/// The good requests: samples in every input format, to several output formats.
const GOOD: [(&str, &str); 8] = [
    ("qiushi-four-concepts.txt", "json"),
    ("fullwidth-gbk.txt", "opml"),
    ("word-auto-numbering.docx", "xmind"),
    ("news-page-saved.html", "json"),
    ("markdown-commentary.md", "markdown"),
    ("law-chapters-articles.txt", "freemind"),
    ("gov-report-dash-dateline.txt", "svg"),
    ("utf16-speech.txt", "yaml"),
];

fn seconds() -> f64 {
    std::env::var("SERVE_LOAD_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2.0)
}

/// One good request's target and body, with the bytes a lone request got.
struct Case {
    target: String,
    body: Vec<u8>,
    want: Vec<u8>,
}

fn cases(server: &Server) -> Vec<Case> {
    GOOD.iter()
        .map(|(name, format)| {
            let body = std::fs::read(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("samples")
                    .join(name),
            )
            .unwrap();
            let target = format!("/api/parse?format={format}&name={name}");
            let a = server.request("POST", &target, &[], &body);
            assert_eq!(a.status, 200, "{name}");
            Case {
                target,
                body,
                want: a.body,
            }
        })
        .collect()
}

/// What a run measured.
struct Figures {
    latencies: Vec<Duration>,
    wrong: usize,
    seconds: f64,
}

impl Figures {
    fn report(&mut self, what: &str, server: &Server) {
        self.latencies.sort();
        let at = |p: f64| {
            let i = ((self.latencies.len() as f64 * p) as usize).min(self.latencies.len() - 1);
            self.latencies[i].as_secs_f64() * 1000.0
        };
        let peak = std::fs::read_to_string(format!("/proc/{}/status", server.child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
            })
            .unwrap_or_else(|| "unknown".into());
        eprintln!(
            "{what}: {} good requests in {:.1} s by {CLIENTS} clients: {:.0} requests/s, \
             p50 {:.1} ms, p99 {:.1} ms, {} wrong; server peak RSS {peak}",
            self.latencies.len(),
            self.seconds,
            self.latencies.len() as f64 / self.seconds,
            at(0.5),
            at(0.99),
            self.wrong
        );
    }
}

/// 16 clients posting the good cases until the time is up.
fn good_load(server: &Server, cases: &Arc<Vec<Case>>, stop: &Arc<AtomicBool>) -> Figures {
    let start = Instant::now();
    let handles: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (cases, stop, addr) = (Arc::clone(cases), Arc::clone(stop), server.addr.clone());
            std::thread::spawn(move || {
                let client = Client { addr };
                let (mut latencies, mut wrong) = (Vec::new(), 0);
                let mut i = c;
                while !stop.load(Ordering::Relaxed) {
                    let case = &cases[i % cases.len()];
                    i += 1;
                    let t = Instant::now();
                    let a = client.request("POST", &case.target, &case.body);
                    latencies.push(t.elapsed());
                    if a.status != 200 || a.body != case.want {
                        wrong += 1;
                    }
                }
                (latencies, wrong)
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs_f64(seconds()));
    stop.store(true, Ordering::Relaxed);
    let mut figures = Figures {
        latencies: Vec::new(),
        wrong: 0,
        seconds: 0.0,
    };
    for h in handles {
        let (l, w) = h.join().unwrap();
        figures.latencies.extend(l);
        figures.wrong += w;
    }
    figures.seconds = start.elapsed().as_secs_f64();
    figures
}

/// A client of one address.
struct Client {
    addr: String,
}

impl Client {
    fn request(&self, method: &str, target: &str, body: &[u8]) -> Answer {
        request(&self.addr, method, target, &[], body)
    }
}

/// One run at a time: the figures are of one server on the machine's cores.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn sixteen_clients_get_every_answer_right() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Server::start(&["--max-bytes", "2000000"]);
    let cases = Arc::new(cases(&server));
    let stop = Arc::new(AtomicBool::new(false));
    let mut figures = good_load(&server, &cases, &stop);
    figures.report("good load", &server);
    assert_eq!(figures.wrong, 0);
    assert!(!figures.latencies.is_empty());
}

#[test]
fn bad_bodies_beside_do_not_disturb_the_good_requests() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let server = Server::start(&["--max-bytes", "2000000"]);
    let cases = Arc::new(cases(&server));
    let stop = Arc::new(AtomicBool::new(false));
    let refused = Arc::new(AtomicUsize::new(0));
    let unexpected = Arc::new(AtomicUsize::new(0));
    // Four hostile clients: oversized (announced and sent), a PDF, a broken Word file, an
    // unknown format, a sender that stalls mid-body and one that vanishes.
    let hostile: Vec<_> = (0..4)
        .map(|c| {
            let (stop, addr) = (Arc::clone(&stop), server.addr.clone());
            let (refused, unexpected) = (Arc::clone(&refused), Arc::clone(&unexpected));
            std::thread::spawn(move || {
                let client = Client { addr: addr.clone() };
                let big = vec![b'a'; 3_000_000];
                let mut i = c;
                while !stop.load(Ordering::Relaxed) {
                    i += 1;
                    let expect = |a: Answer, status: u16| {
                        if a.status == status {
                            refused.fetch_add(1, Ordering::Relaxed);
                        } else {
                            unexpected.fetch_add(1, Ordering::Relaxed);
                        }
                    };
                    match i % 6 {
                        0 => expect(client.request("POST", "/api/parse", &big), 413),
                        1 => expect(client.request("POST", "/api/parse?name=a.txt", b"%PDF-1.5\n"), 422),
                        2 => expect(client.request("POST", "/api/parse?name=a.docx", b"PK\x03\x04junk"), 422),
                        3 => expect(client.request("POST", "/api/parse?format=gif", b"x"), 400),
                        4 => {
                            // Announces a megabyte, sends a little, stalls, then vanishes.
                            let mut s = TcpStream::connect(&addr).unwrap();
                            let _ = write!(s, "POST /api/parse HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
                            let _ = s.write_all(&[b'a'; 1000]);
                            std::thread::sleep(Duration::from_millis(1500));
                            refused.fetch_add(1, Ordering::Relaxed);
                        }
                        _ => {
                            // Vanishes right after the headers.
                            let mut s = TcpStream::connect(&addr).unwrap();
                            let _ = write!(s, "POST /api/parse HTTP/1.1\r\nHost: x\r\nContent-Length: 500000\r\n\r\nabc");
                            refused.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
            })
        })
        .collect();
    let mut figures = good_load(&server, &cases, &stop);
    for h in hostile {
        h.join().unwrap();
    }
    figures.report("good load beside hostile clients", &server);
    eprintln!(
        "hostile requests answered as expected or dropped: {}, otherwise: {}",
        refused.load(Ordering::Relaxed),
        unexpected.load(Ordering::Relaxed)
    );
    assert_eq!(figures.wrong, 0, "a good request was disturbed");
    assert_eq!(unexpected.load(Ordering::Relaxed), 0);
    // The server is still there and well.
    assert_eq!(server.request("GET", "/healthz", &[], b"").status, 200);
}
