//! The native module `tigang._tigang`: documents in, outlines out, for Python. Each call
//! copies its input out of Python, releases the GIL, and reads, parses and renders the
//! document as `outline parse` does; the package `tigang` re-exports it.

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString, PyTuple};
use std::path::PathBuf;
use tigang::{Format, InputFormat};

create_exception!(
    tigang,
    Error,
    PyException,
    "Everything that can go wrong around parsing; parsing itself never fails."
);
create_exception!(
    tigang,
    ReadError,
    Error,
    "A file could not be read (missing, a directory, no permission)."
);
create_exception!(
    tigang,
    DecodeError,
    Error,
    "The bytes are not a document tigang reads: binary data, malformed in every encoding tried, a PDF without text."
);
create_exception!(
    tigang,
    UsageError,
    Error,
    "An argument asks for something that cannot be done, e.g. an unknown format."
);
create_exception!(
    tigang,
    UnknownEncodingError,
    UsageError,
    "`encoding` named an encoding that does not exist."
);
create_exception!(
    tigang,
    RenderError,
    Error,
    "A renderer failed to write the document."
);
create_exception!(
    tigang,
    NoCjkFontError,
    RenderError,
    "PNG was asked for and no installed font has Chinese characters."
);
create_exception!(
    tigang,
    WriteError,
    Error,
    "The output could not be written."
);

/// The Python exception for a library error: one class per kind of `tigang::Error`, with
/// the file's `path` as an attribute where the error names one.
fn py_error(py: Python<'_>, e: tigang::Error) -> PyErr {
    let message = e.to_string();
    let (err, path) = match &e {
        tigang::Error::Read { path, .. } => (ReadError::new_err(message), Some(path)),
        tigang::Error::Decode { path, .. } => (DecodeError::new_err(message), Some(path)),
        tigang::Error::Usage(_) => (UsageError::new_err(message), None),
        tigang::Error::UnknownEncoding(_) => (UnknownEncodingError::new_err(message), None),
        tigang::Error::Write { path, .. } => (WriteError::new_err(message), Some(path)),
        tigang::Error::Render { .. } => (RenderError::new_err(message), None),
        tigang::Error::NoCjkFont => (NoCjkFontError::new_err(message), None),
    };
    if let Some(path) = path {
        // An attribute that cannot be set leaves the error as good as it was.
        let _ = err.value(py).setattr("path", path);
    }
    err
}

/// What a call reads: a document's bytes, or a file to open.
enum Source {
    /// Bytes (or a `str`, as UTF-8) handed over by the caller, with the file name the caller
    /// gave them (its ending picks the input format; errors name it), if any.
    Given {
        bytes: Vec<u8>,
        name: Option<String>,
    },
    /// A file, read while the GIL is released.
    File(PathBuf),
}

/// Copies a `str`, `bytes` or `bytearray` out of Python, so that the GIL can be released.
fn given(
    source: &Bound<'_, PyAny>,
    name: Option<String>,
    encoding: Option<&str>,
) -> PyResult<Source> {
    let bytes = if let Ok(text) = source.cast::<PyString>() {
        if encoding.is_some() {
            return Err(UsageError::new_err(
                "encoding applies to bytes; a str is already decoded",
            ));
        }
        text.to_cow()?.into_owned().into_bytes()
    } else if let Ok(bytes) = source.cast::<PyBytes>() {
        bytes.as_bytes().to_vec()
    } else if let Ok(bytes) = source.cast::<PyByteArray>() {
        bytes.to_vec()
    } else {
        let kind = source.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "expected str or bytes, not {kind}"
        )));
    };
    Ok(Source::Given { bytes, name })
}

/// A format name as Python gave it, e.g. `"opml"` or `"md"`.
fn output_format(name: &str) -> PyResult<Format> {
    name.parse().map_err(UsageError::new_err)
}

/// An input format name as Python gave it, e.g. `"html"` or `"docx"`.
fn input_format(name: Option<&str>) -> PyResult<Option<InputFormat>> {
    name.map(|n| n.parse().map_err(UsageError::new_err))
        .transpose()
}

/// Reads, decodes, parses and renders one document, as `outline parse` does for one input:
/// the input format asked for, else the file's ending, else what the first bytes show,
/// else text; the reader's warnings merged with the parser's; line numbers the file's.
/// Runs without the GIL.
fn outline(
    source: Source,
    asked: Option<InputFormat>,
    encoding: Option<&str>,
    format: Format,
) -> Result<Vec<u8>, tigang::Error> {
    let forced = encoding.map(tigang::encoding_for_label).transpose()?;
    let (name, bytes) = match source {
        Source::Given { bytes, name } => (name.unwrap_or_else(|| "<bytes>".to_string()), bytes),
        Source::File(path) => {
            let name = path.to_string_lossy().into_owned();
            let bytes = std::fs::read(&path).map_err(|e| tigang::Error::Read {
                path: name.clone(),
                message: io_words(&e),
            })?;
            (name, bytes)
        }
    };
    // The command's steps (`tigang::read_bytes`): the format asked for, else the name's
    // ending, else what the bytes show, else text; then decoded and outlined as it does.
    let options = tigang::Options {
        path: Some(&name),
        format: asked,
        encoding: forced,
    };
    let decoded = tigang::read_bytes(bytes, &options)?;
    let doc = decoded.parse();
    let mut out = Vec::new();
    format.render(&doc, &mut out)?;
    Ok(out)
}

/// Words for an I/O error as the command line gives them: lowercase and short.
fn io_words(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}

/// Runs [`outline`] with the GIL released, and turns its error into the Python exception.
fn outline_released(
    py: Python<'_>,
    source: Source,
    asked: Option<InputFormat>,
    encoding: Option<&str>,
    format: Format,
) -> PyResult<Vec<u8>> {
    let encoding = encoding.map(str::to_owned);
    py.detach(move || outline(source, asked, encoding.as_deref(), format))
        .map_err(|e| py_error(py, e))
}

/// The JSON of `outline parse -f json` as a Python dict.
fn json_dict<'py>(py: Python<'py>, json: Vec<u8>) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?
        .call_method1("loads", (PyBytes::new(py, &json),))
}

/// Parses a document into its outline, as a dict of the JSON `outline parse -f json` writes.
///
/// `source` is the text (str) or the file's bytes in any encoding tigang reads, or a Word,
/// PDF or saved web page. `input_format` ("text", "docx", "html", "markdown", "pdf", "doc")
/// overrides the ending of `name` and what the first bytes show; `encoding` (e.g. "gbk")
/// overrides detection for bytes. `name` is the file the bytes came from, if any: its ending
/// picks the input format, and errors name it.
#[pyfunction]
#[pyo3(signature = (source, input_format=None, *, encoding=None, name=None))]
fn parse<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    input_format: Option<&str>,
    encoding: Option<&str>,
    name: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let source = given(source, name, encoding)?;
    let asked = self::input_format(input_format)?;
    let json = outline_released(py, source, asked, encoding, Format::Json)?;
    json_dict(py, json)
}

/// Parses a document and writes its outline in `format` ("json", "yaml", "opml",
/// "markdown", "mermaid", "freemind", "xmind", "svg", "png", "html", "text", "jsonl"):
/// a str, or bytes for the binary formats (xmind, png). The other arguments are `parse`'s.
#[pyfunction]
#[pyo3(signature = (source, format, input_format=None, *, encoding=None, name=None))]
fn render<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    format: &str,
    input_format: Option<&str>,
    encoding: Option<&str>,
    name: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let source = given(source, name, encoding)?;
    let format = output_format(format)?;
    let asked = self::input_format(input_format)?;
    let out = outline_released(py, source, asked, encoding, format)?;
    if format.is_binary() {
        return Ok(PyBytes::new(py, &out).into_any());
    }
    let text = String::from_utf8(out).map_err(|e| {
        py_error(
            py,
            tigang::Error::Render {
                format: format.name(),
                message: e.to_string(),
            },
        )
    })?;
    Ok(PyString::new(py, &text).into_any())
}

/// Reads a file and parses it into its outline, as a dict (see `parse`); the input format
/// comes from the file's ending unless `input_format` names one.
#[pyfunction]
#[pyo3(signature = (path, input_format=None, *, encoding=None))]
fn parse_file<'py>(
    py: Python<'py>,
    path: PathBuf,
    input_format: Option<&str>,
    encoding: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let asked = self::input_format(input_format)?;
    let json = outline_released(py, Source::File(path), asked, encoding, Format::Json)?;
    json_dict(py, json)
}

/// The module: the three functions and the exceptions.
#[pymodule]
fn _tigang(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(render, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add("Error", py.get_type::<Error>())?;
    m.add("ReadError", py.get_type::<ReadError>())?;
    m.add("DecodeError", py.get_type::<DecodeError>())?;
    m.add("UsageError", py.get_type::<UsageError>())?;
    m.add(
        "UnknownEncodingError",
        py.get_type::<UnknownEncodingError>(),
    )?;
    m.add("RenderError", py.get_type::<RenderError>())?;
    m.add("NoCjkFontError", py.get_type::<NoCjkFontError>())?;
    m.add("WriteError", py.get_type::<WriteError>())?;
    let formats: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
    m.add("FORMATS", PyTuple::new(py, formats)?)?;
    let inputs: Vec<&str> = InputFormat::ALL.iter().map(|f| f.name()).collect();
    m.add("INPUT_FORMATS", PyTuple::new(py, inputs)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
