//! Small pure nom recognisers: numerals, dates, line markers and inline point markers.

pub mod date;
pub mod marker;
pub mod numeral;
pub mod point;

/// Every text of up to three of `pieces` (for tests that hold a shortcut to a grammar).
#[cfg(test)]
fn texts_of(pieces: &[&str]) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..3 {
        last = last
            .iter()
            .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
            .collect();
        all.extend(last.iter().cloned());
    }
    all
}
