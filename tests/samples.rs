//! Every sample in every format, as insta snapshots under `snapshots/`.

use tigang::Format;

#[test]
fn every_sample_in_every_format() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_omit_expression(true);
    settings.set_prepend_module_to_snapshot(false);
    let _guard = settings.bind_to_scope();

    insta::glob!("../samples", "*.txt", |path| {
        let bytes = std::fs::read(path).unwrap();
        let text = tigang::decode(&bytes, None).unwrap().text;
        let doc = tigang::parse(&text);
        // A PNG's text is the SVG it is drawn from, snapshotted already; tests/png.rs looks
        // at the picture.
        for format in Format::ALL.into_iter().filter(|&f| f != Format::Png) {
            let out = format.render_to_string(&doc).unwrap();
            insta::assert_snapshot!(format.name(), out);
        }
    });
}

/// The picture README shows is the seed's map as the tool draws it now.
#[test]
fn readme_picture_is_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/samples/qiushi-four-concepts.txt")).unwrap();
    let svg = Format::Svg.render_to_string(&tigang::parse(&text)).unwrap();
    let committed = std::fs::read_to_string(format!("{root}/docs/seed-map.svg")).unwrap();
    assert!(
        committed == svg,
        "docs/seed-map.svg is stale: outline parse samples/qiushi-four-concepts.txt -o docs/seed-map.svg"
    );
}
