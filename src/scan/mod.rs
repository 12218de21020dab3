//! Small pure nom recognisers: numerals, dates, line markers and inline point markers.

pub mod date;
pub mod marker;
pub mod numeral;
pub mod point;
