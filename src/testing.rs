//! What the unit tests stand on: the frozen fixture dataset
//! (`tests/fixtures/record.json`), which covers every outcome, channel,
//! date form and field, and a builder for small datasets made in a test.
//! The bundled data is tested only by the data and docs tests, so a new
//! edition of it touches no test here.

use crate::Dataset;
use crate::error::Origin;

/// The fixture's text.
pub(crate) const RECORD_JSON: &str = include_str!("../tests/fixtures/record.json");

/// The fixture dataset.
pub(crate) fn record() -> Dataset<'static> {
    Dataset::from_str_with(RECORD_JSON, Origin::Named("record.json".into()))
        .expect("the fixture loads")
}
