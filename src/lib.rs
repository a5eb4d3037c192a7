//! `summit`: a sourced record of the contacts between Donald Trump and
//! Vladimir Putin (their meetings in person, those cancelled or only
//! proposed, their calls, and each one's meetings with the other's envoy),
//! and the model behind the `summit` command.
//!
//! The library loads a dataset (the bundled one, or any file in the same
//! JSON format), checks it, and answers questions about it: which records
//! match a [`Filter`], in what order ([`SortKey`]), and how to render them
//! ([`render`]). It does no terminal detection and reads no environment: the
//! caller decides colour and width.
//!
//! A dataset parsed from text or bytes ([`Dataset::from_bytes`]) borrows
//! its records' text from them, which keeps large files cheap to load;
//! [`Dataset::from_path`] and [`Dataset::into_owned`] give one that owns
//! its text.
//!
//! ```
//! use summit::{Channel, Dataset, Filter, Outcome, SortKey};
//!
//! let dataset = Dataset::bundled()?;
//! let filter = Filter {
//!     years: vec![2018..=2018],
//!     outcomes: vec![Outcome::Held],
//!     channels: vec![Channel::Meeting],
//!     ..Filter::default()
//! };
//! let mut found = filter.apply(&dataset.encounters);
//! summit::query::sort(&mut found, SortKey::Date, false);
//! assert_eq!(found[0].id, "helsinki-2018");
//! assert_eq!(found[0].date.human(), "16 Jul 2018");
//!
//! let mut out = Vec::new();
//! summit::export::json::write(&mut out, &found)?;
//! assert!(String::from_utf8(out).unwrap().contains("\"Helsinki summit\""));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod cite;
pub mod colour;
pub mod dataset;
pub mod date;
pub mod diff;
pub mod error;
pub mod export;
pub mod fields;
pub mod gaps;
pub mod import;
pub mod model;
pub mod names;
pub mod path;
pub mod query;
pub mod render;
pub mod scale;
pub mod search;
pub mod stats;
pub mod suggest;
pub mod text;
pub mod timeline;

#[cfg(test)]
mod testing;

pub use dataset::{BUNDLED_JSON, Dataset};
pub use date::{ClockTime, DateError, EdtfDate, Span};
pub use error::{DataError, Error, Kind, Origin, Result};
pub use model::{
    Channel, ContextEvent, Coordinates, Encounter, Highlight, Outcome, Point, Quote, RecordKind,
    Source, Tally, Variant,
};
pub use query::{Filter, GroupBy, SortKey};
