fn main() {
    let p = std::env::args().nth(1).unwrap();
    let b = std::fs::read(&p).unwrap();
    match tigang::read_document(&p, b, tigang::InputFormat::Pdf, None) {
        Ok(d) => print!("{}", d.text),
        Err(e) => eprintln!("{e}"),
    }
}
