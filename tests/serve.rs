//! `outline serve` end to end: the built binary on a free loopback port, asked over HTTP.
//! Every download is the bytes `outline parse` writes for the same file and format; the
//! limits and refusals answer with their status and the CLI's exit code.
#![cfg(feature = "serve")]

include!("support/http.rs");

use std::path::Path;
use tigang::Format;

const SEED: &str = "qiushi-four-concepts.txt";

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(name),
    )
    .unwrap()
}

/// `outline parse samples/NAME -f FORMAT -o FILE`: its bytes, or its exit code.
fn cli(name: &str, format: Format, extra: &[&str]) -> Result<Vec<u8>, i32> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("out.{}", format.extension()));
    let input = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name);
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_outline"))
        .arg("parse")
        .arg(&input)
        .args(["-q", "-f", format.name(), "-o"])
        .arg(&out)
        .args(extra)
        .output()
        .unwrap();
    if o.status.success() {
        Ok(std::fs::read(&out).unwrap())
    } else {
        Err(o.status.code().unwrap())
    }
}

#[test]
fn the_seed_gives_four_sections_of_three_points() {
    let server = Server::start(&[]);
    let a = server.parse("format=json", &sample(SEED));
    assert_eq!(a.status, 200);
    assert_eq!(a.header("content-type"), Some("application/json"));
    let doc = a.json();
    assert_eq!(doc["title"], "树牢“四种理念”坚定深化组织工作改革");
    let sections = doc["children"].as_array().unwrap();
    assert_eq!(sections.len(), 4);
    for s in sections {
        assert_eq!(s["children"].as_array().unwrap().len(), 3, "{s}");
    }
    let disposition = a.header("content-disposition").unwrap();
    assert!(
        disposition.starts_with("attachment; ")
            && disposition.ends_with(
                "filename*=UTF-8''%E6%A0%91%E7%89%A2%E2%80%9C%E5%9B%9B%E7%A7%8D%E7%90%86%E5%BF%B5%E2%80%9D%E5%9D%9A%E5%AE%9A%E6%B7%B1%E5%8C%96%E7%BB%84%E7%BB%87%E5%B7%A5%E4%BD%9C%E6%94%B9%E9%9D%A9.json"
            ),
        "{disposition}"
    );
}

#[test]
fn every_format_is_the_clis_bytes() {
    let server = Server::start(&[]);
    let seed = sample(SEED);
    for format in Format::ALL {
        let a = server.parse(&format!("format={}&name={SEED}", format.name()), &seed);
        match cli(SEED, format, &[]) {
            Ok(bytes) => {
                assert_eq!(
                    a.status,
                    200,
                    "{format}: {}",
                    String::from_utf8_lossy(&a.body)
                );
                assert!(
                    a.body == bytes,
                    "{format}: the API's bytes differ from the CLI's"
                );
                let disposition = a.header("content-disposition").unwrap();
                assert!(
                    disposition.ends_with(&format!(".{}", format.extension())),
                    "{format}: {disposition}"
                );
            }
            // A PNG with no Chinese font: the same failure, the same code.
            Err(code) => {
                assert_eq!(a.status, 500, "{format}");
                assert_eq!(a.json()["code"], code, "{format}");
            }
        }
    }
    // The options of `parse` too.
    let a = server.parse("format=opml&depth=1&no_body=true", &seed);
    assert_eq!(
        a.body,
        cli(SEED, Format::Opml, &["--depth", "1", "--no-body"]).unwrap()
    );
    let a = server.parse("format=opml&notes_as_children=true", &seed);
    assert_eq!(
        a.body,
        cli(SEED, Format::Opml, &["--notes-as-children"]).unwrap()
    );
}

#[test]
fn a_gbk_file_and_a_word_file_arrive_right() {
    let server = Server::start(&[]);
    let gbk = "fullwidth-gbk.txt";
    let a = server.parse("format=json", &sample(gbk));
    assert_eq!(a.status, 200);
    assert_eq!(a.body, cli(gbk, Format::Json, &[]).unwrap());
    let title = a.json()["title"].as_str().unwrap().to_string();
    assert!(
        title
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{title}"
    );

    let docx = "word-auto-numbering.docx";
    let want = cli(docx, Format::Json, &[]).unwrap();
    // Named, sniffed (zip magic), and as a form's file.
    assert_eq!(
        server.parse(&format!("name={docx}"), &sample(docx)).body,
        want
    );
    assert_eq!(server.parse("", &sample(docx)).body, want);
    let boundary = "XyZ0123456789";
    let mut form = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{docx}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    form.extend_from_slice(&sample(docx));
    form.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let a = server.request(
        "POST",
        "/api/parse?format=json",
        &[(
            "Content-Type",
            &format!("multipart/form-data; boundary={boundary}"),
        )],
        &form,
    );
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.body, want);
    let doc = a.json();
    assert_eq!(doc["children"][0]["marker"], "一、", "{doc}");
}

#[test]
fn refusals_answer_with_their_status_and_the_clis_exit_code() {
    let server = Server::start(&["--max-bytes", "100000"]);
    let refusal = |a: &Answer, status: u16, code: u8| {
        assert_eq!(a.status, status, "{}", String::from_utf8_lossy(&a.body));
        assert_eq!(a.header("content-type"), Some("application/json"));
        assert_eq!(a.json()["code"], code, "{:?}", a.json());
        assert!(a.json()["error"].as_str().is_some_and(|e| !e.is_empty()));
    };
    // 400: an unknown format, input format or encoding (exit 2: bad usage).
    refusal(&server.parse("format=gif", b"text"), 400, 2);
    refusal(&server.parse("input=rtf", b"text"), 400, 2);
    refusal(&server.parse("encoding=klingon", b"text"), 400, 2);
    refusal(&server.parse("depth=deep", b"text"), 400, 2);
    // 422: a broken PDF, whatever its name (exit 4).
    refusal(
        &server.parse("name=a.txt", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"),
        422,
        4,
    );
    // 422: a broken Word file, and binary data (exit 4).
    refusal(
        &server.parse("name=a.docx", b"PK\x03\x04 not really a zip"),
        422,
        4,
    );
    refusal(
        &server.parse("input=markdown", b"\xff\xfe\0\0\0\x01\x02\0\0\0\x03"),
        422,
        4,
    );
    // 413: past the cap (exit 3: the input is not read).
    refusal(&server.parse("", &vec![b'a'; 100_001]), 413, 3);
    assert_eq!(server.parse("", &vec![b'a'; 100_000]).status, 200);
    // In a form, the cap is the file's: its boundaries come on top.
    let form = |size: usize| {
        let mut body = b"--B0undary\r\nContent-Disposition: form-data; name=\"file\"; \
            filename=\"a.txt\"\r\n\r\n"
            .to_vec();
        body.resize(body.len() + size, b'a');
        body.extend_from_slice(b"\r\n--B0undary--\r\n");
        let kind = [("Content-Type", "multipart/form-data; boundary=B0undary")];
        server.request("POST", "/api/parse", &kind, &body)
    };
    assert_eq!(form(100_000).status, 200);
    refusal(&form(100_001), 413, 3);
    // 404 for another path, and the health check.
    assert_eq!(server.request("GET", "/nothing", &[], b"").status, 404);
    let health = server.request("GET", "/healthz", &[], b"");
    assert_eq!((health.status, health.body.as_slice()), (200, &b"ok\n"[..]));
}

#[test]
fn an_oversized_body_is_refused_before_it_is_sent() {
    let server = Server::start(&[]);
    // 60 MB announced, not a byte sent: the answer comes at once, from the header alone.
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "POST /api/parse HTTP/1.1\r\nHost: x\r\nContent-Length: 60000000\r\n\r\n"
    )
    .unwrap();
    let a = read_answer(&mut stream);
    assert_eq!(a.status, 413);
    assert_eq!(a.json()["code"], 3);
    // A chunked body without a length is cut off where it passes the cap.
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "POST /api/parse HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    .unwrap();
    let chunk = vec![b'a'; 1 << 20];
    for _ in 0..51 {
        let sent = write!(stream, "{:x}\r\n", chunk.len())
            .and_then(|()| stream.write_all(&chunk))
            .and_then(|()| stream.write_all(b"\r\n"));
        // The answer may come, and the connection close, before the last chunk is sent.
        if sent.is_err() {
            break;
        }
    }
    let a = read_answer(&mut stream);
    assert_eq!(a.status, 413);
}

#[test]
fn the_formats_the_page_and_its_policy() {
    let server = Server::start(&[]);
    let a = server.request("GET", "/api/formats", &[], b"");
    assert_eq!(a.status, 200);
    let list = a.json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, Format::ALL.map(Format::name));
    assert_eq!(list[7]["name"], "xmind");
    assert_eq!(list[7]["binary"], true);
    assert_eq!(list[7]["extension"], "xmind");

    let page = server.request("GET", "/", &[], b"");
    assert_eq!(page.status, 200);
    let policy = page.header("content-security-policy").unwrap();
    assert!(policy.starts_with("default-src 'self'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    let html = String::from_utf8(page.body.clone()).unwrap();
    assert!(html.contains("<html lang=\"zh-CN\""), "Chinese by default");
    assert!(!html.contains("<script>"), "no inline script");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "nothing from elsewhere"
    );
    let en = server.request("GET", "/", &[("Accept-Language", "en-GB,en;q=0.9")], b"");
    assert!(String::from_utf8(en.body)
        .unwrap()
        .contains("<html lang=\"en\""));
    let js = server.request("GET", "/app.js", &[], b"");
    assert_eq!(js.status, 200);
    assert!(js
        .header("content-type")
        .unwrap()
        .starts_with("text/javascript"));
}
