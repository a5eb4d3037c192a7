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

/// A small dataset made in a test, record by record: each record has
/// what the format requires (a meeting in X, Y unless told otherwise, one
/// source), and `with` sets any field of the last one added.
///
/// ```ignore
/// let d = Build::new()
///     .meeting("a", "2018-07-16", "held")
///     .call("b", "2018-08-01")
///     .with("duration_minutes", 60)
///     .dataset();
/// ```
#[derive(Debug, Clone, Default)]
pub(crate) struct Build {
    records: Vec<serde_json::Value>,
    context: Vec<serde_json::Value>,
}

impl Build {
    pub(crate) fn new() -> Build {
        Build::default()
    }

    /// A meeting in person with `outcome` (held, informal, cancelled,
    /// proposed).
    pub(crate) fn meeting(mut self, id: &str, date: &str, outcome: &str) -> Build {
        self.records.push(serde_json::json!({
            "id": id, "title": format!("Meeting {id}"), "channel": "meeting", "date": date,
            "city": "Riga", "country": "Latvia", "occasion": "Talks", "outcome": outcome,
            "participants": ["Ann Varga", "Bo Lind"], "summary": "They met.", "sources": ["s"]
        }));
        self
    }

    /// A call that took place.
    pub(crate) fn call(mut self, id: &str, date: &str) -> Build {
        self.records.push(serde_json::json!({
            "id": id, "title": format!("Call {id}"), "channel": "call", "date": date,
            "occasion": "Phone call", "outcome": "held",
            "participants": ["Ann Varga", "Bo Lind"], "summary": "They spoke.", "sources": ["s"]
        }));
        self
    }

    /// An envoy meeting that took place.
    pub(crate) fn envoy(mut self, id: &str, date: &str) -> Build {
        self.records.push(serde_json::json!({
            "id": id, "title": format!("Envoy {id}"), "channel": "envoy", "date": date,
            "city": "Oslo", "country": "Norway", "occasion": "Visit", "outcome": "held",
            "participants": ["Bo Lind", "Cy Envoy"], "summary": "The envoy came.", "sources": ["s"]
        }));
        self
    }

    /// A context event.
    pub(crate) fn context(mut self, date: &str, title: &str) -> Build {
        self.context
            .push(serde_json::json!({"date": date, "title": title, "sources": ["s"]}));
        self
    }

    /// Set `field` of the record added last.
    pub(crate) fn with(mut self, field: &str, value: impl Into<serde_json::Value>) -> Build {
        if let Some(serde_json::Value::Object(record)) = self.records.last_mut() {
            record.insert(field.to_string(), value.into());
        }
        self
    }

    /// Leave `field` out of the record added last.
    pub(crate) fn without(mut self, field: &str) -> Build {
        if let Some(serde_json::Value::Object(record)) = self.records.last_mut() {
            record.remove(field);
        }
        self
    }

    /// The dataset as its file would have it.
    pub(crate) fn json(&self) -> String {
        serde_json::to_string_pretty(&serde_json::json!({
            "title": "Built", "description": "Made in a test.", "updated": "2026-12-07",
            "checked_through": "2026-06-30",
            "sources": [{"id": "s", "title": "A report", "publisher": "The Paper",
                         "date": "2026-01-01", "url": "https://example.org/report"}],
            "encounters": self.records,
            "context": self.context,
        }))
        .unwrap_or_default()
    }

    /// The dataset, which must load.
    pub(crate) fn dataset(&self) -> Dataset<'static> {
        let json = self.json();
        Dataset::from_str_with(&json, Origin::Named("built.json".into()))
            .map(Dataset::into_owned)
            .unwrap_or_else(|e| panic!("a built dataset loads: {e}\n{json}"))
    }
}
