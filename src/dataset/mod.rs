//! A dataset: its records, and loading it with every problem located.
//!
//! Loading turns bytes into a [`Dataset`]; the dataset's own rules are
//! checked on what loaded; problems are placed in the text by their
//! [`JsonPath`], only when there are any. [`check`] and [`check_strict`]
//! report every problem; the `Dataset` constructors, the first.

pub(crate) mod load;
mod locate;
mod rules;
mod schema;

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{DataError, Error, Origin, Result};
use crate::model::{ContextEvent, Encounter, Source};
pub use crate::path::{JsonPath, Segment};
pub use schema::json_schema;

/// The dataset compiled into the library: the encounters between Donald
/// Trump and Vladimir Putin, 2017–2025.
pub const BUNDLED_JSON: &str = include_str!("../../data/encounters.json");

/// A whole dataset: its description, sources, encounters and context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a dataset object")]
pub struct Dataset<'a> {
    /// Where the dataset's JSON Schema is, for editors (`summit schema`
    /// prints it); summit itself does not read it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Title of the dataset.
    pub title: String,
    /// What the dataset covers.
    pub description: String,
    /// When the dataset was last changed (`YYYY-MM-DD`).
    #[serde(deserialize_with = "load::calendar_day")]
    pub updated: NaiveDate,
    /// The day through which the record has been checked against the
    /// sources: nothing before it is known to be missing.
    #[serde(
        default,
        deserialize_with = "load::optional_day",
        skip_serializing_if = "Option::is_none"
    )]
    pub checked_through: Option<NaiveDate>,
    /// The works the records cite.
    pub sources: Vec<Source>,
    /// The encounters, in any order. Their text is borrowed from the
    /// document they were read from where it can be.
    #[serde(borrow)]
    pub encounters: Vec<Encounter<'a>>,
    /// Dated events that are not encounters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<ContextEvent>,
}

impl<'a> Dataset<'a> {
    /// The bundled dataset.
    ///
    /// # Errors
    /// Only if the bundled file is broken, which the test suite rules out.
    pub fn bundled() -> Result<Dataset<'static>> {
        Dataset::from_str_with(BUNDLED_JSON, Origin::Bundled)
    }

    /// Parse and validate a dataset from text; errors are prefixed with
    /// `origin`.
    ///
    /// # Errors
    /// [`Error::Data`] naming the first problem found, with its location.
    pub fn from_str_with(text: &'a str, origin: Origin) -> Result<Dataset<'a>> {
        Dataset::from_bytes(text.as_bytes(), origin)
    }

    /// Parse and validate a dataset from bytes, which must be UTF-8 (a
    /// leading byte-order mark is accepted).
    ///
    /// # Errors
    /// [`Error::Data`] naming the first problem found, with its location.
    pub fn from_bytes(bytes: &'a [u8], origin: Origin) -> Result<Dataset<'a>> {
        check(bytes, &origin).map_err(|problems| {
            // A document that does not load has at least one problem.
            let first = problems.into_iter().next().unwrap_or(DataError {
                origin,
                position: None,
                path: None,
                kind: crate::error::Kind::Format,
                message: "not a valid dataset".to_string(),
            });
            Error::from(first)
        })
    }

    /// Read everything from `reader`, then parse and validate it. The
    /// dataset owns its text; [`Dataset::from_bytes`] borrows it instead,
    /// which saves memory when the bytes are at hand anyway.
    ///
    /// # Errors
    /// [`Error::Io`] when reading fails; otherwise as [`Dataset::from_bytes`].
    pub fn from_reader(mut reader: impl Read, origin: Origin) -> Result<Dataset<'static>> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
            origin: origin.clone(),
            action: "cannot read",
            source,
        })?;
        Ok(Dataset::from_bytes(&bytes, origin)?.into_owned())
    }

    /// Read a dataset file, then parse and validate it. The dataset owns
    /// its text, as with [`Dataset::from_reader`].
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read; otherwise as
    /// [`Dataset::from_bytes`].
    pub fn from_path(path: &Path) -> Result<Dataset<'static>> {
        let origin = Origin::Path(path.to_path_buf());
        match std::fs::File::open(path) {
            Ok(file) => Dataset::from_reader(file, origin),
            Err(source) => Err(Error::Io {
                origin,
                action: "cannot read",
                source,
            }),
        }
    }

    /// The same dataset, owning all its text.
    pub fn into_owned(self) -> Dataset<'static> {
        Dataset {
            schema: self.schema,
            title: self.title,
            description: self.description,
            updated: self.updated,
            checked_through: self.checked_through,
            sources: self.sources,
            encounters: self
                .encounters
                .into_iter()
                .map(Encounter::into_owned)
                .collect(),
            context: self.context,
        }
    }

    /// The encounter with this exact id.
    pub fn encounter(&self, id: &str) -> Option<&Encounter<'a>> {
        self.encounters.iter().find(|e| e.id == id)
    }

    /// The source with this exact id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The one-line citation of source `id`, or the id itself when the
    /// dataset has no such source (loading rules that out).
    pub fn citation(&self, id: &str) -> String {
        self.source(id)
            .map_or_else(|| id.to_string(), Source::citation)
    }

    /// The sources that `ids` cite, once each, in the dataset's order.
    pub fn cited<'i>(&self, ids: impl IntoIterator<Item = &'i str>) -> Vec<&Source> {
        let ids: HashSet<&str> = ids.into_iter().collect();
        self.sources
            .iter()
            .filter(|s| ids.contains(s.id.as_str()))
            .collect()
    }

    /// All encounters, oldest first (ties keep dataset order).
    pub fn chronological(&self) -> Vec<&Encounter<'a>> {
        let mut all: Vec<&Encounter<'a>> = self.encounters.iter().collect();
        all.sort_by(|a, b| a.date.cmp(&b.date));
        all
    }

    /// Problems with the dataset's own rules (everything JSON types cannot
    /// express), each with its path, in document order.
    pub(crate) fn rule_problems(&self, strict: bool) -> Vec<rules::Problem> {
        let indexed = |n: usize| 0..n;
        rules::problems(&rules::Records {
            strict,
            sources: indexed(self.sources.len()).zip(&self.sources).collect(),
            sources_complete: true,
            encounters: indexed(self.encounters.len())
                .zip(&self.encounters)
                .collect(),
            context: indexed(self.context.len()).zip(&self.context).collect(),
        })
    }
}

/// Check a dataset and report every problem found, not only the first: a
/// syntax error (which stops the check), type errors (one per record at
/// most), and the rule problems of every record that parsed, in document
/// order.
///
/// # Errors
/// Every problem found.
pub fn check<'t>(
    bytes: &'t [u8],
    origin: &Origin,
) -> std::result::Result<Dataset<'t>, Vec<DataError>> {
    load::load(bytes, origin, false)
}

/// As [`check`], and also require what a dataset meant for publication
/// needs: every highlight and quote cites a source, and every source has a
/// URL unless it is marked print-only.
///
/// # Errors
/// Every problem found.
pub fn check_strict<'t>(
    bytes: &'t [u8],
    origin: &Origin,
) -> std::result::Result<Dataset<'t>, Vec<DataError>> {
    load::load(bytes, origin, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    const MINIMAL: &str = r#"{
  "title": "t", "description": "d", "updated": "2025-01-01",
  "sources": [{"id": "s", "title": "S", "publisher": "P", "date": "2025"}],
  "encounters": [
    {"id": "a", "title": "A", "date": "2018-07-16", "city": "X", "country": "Y",
     "occasion": "O", "outcome": "held", "summary": "S.", "sources": ["s"]}
  ]
}"#;

    /// Every problem `check` finds in `text`, as it is printed.
    fn problem_lines(text: &str, origin: Origin) -> Vec<String> {
        let problems = check(text.as_bytes(), &origin).unwrap_err();
        problems.iter().map(ToString::to_string).collect()
    }

    fn load(text: &str) -> std::result::Result<Dataset<'_>, String> {
        Dataset::from_str_with(text, Origin::Named("t.json".into())).map_err(|e| e.to_string())
    }

    #[test]
    fn bundled_dataset_loads() {
        let d = Dataset::bundled().unwrap();
        assert!(!d.encounters.is_empty() && !d.sources.is_empty());
    }

    #[test]
    fn citations_and_cited_sources() {
        let d = crate::testing::record();
        let ids = |v: Vec<&Source>| v.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(d.cited(["latimes-2018-11-29", "bloomberg-2025", "latimes-2018-11-29"])),
            ["bloomberg-2025", "latimes-2018-11-29"]
        );
        assert!(d.cited(["nowhere"]).is_empty());
        assert!(d.citation("bloomberg-2025").contains("Bloomberg"));
        assert_eq!(d.citation("nowhere"), "nowhere");
    }

    #[test]
    fn files_and_readers_give_owned_datasets() {
        let borrowed = load(MINIMAL).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.json");
        std::fs::write(&path, MINIMAL).unwrap();
        let from_file: Dataset<'static> = Dataset::from_path(&path).unwrap();
        assert_eq!(from_file, borrowed);
        assert!(matches!(from_file.encounters[0].id, Cow::Owned(_)));
        let quoted = MINIMAL.replacen(
            r#""summary": "S.""#,
            r#""summary": "S.", "quotes": [{"speaker": "A", "text": "b", "context": "c"}]"#,
            1,
        );
        let from_reader = Dataset::from_reader(quoted.as_bytes(), Origin::Stdin).unwrap();
        let q = &from_reader.encounters[0].quotes[0];
        assert!(matches!(q.context, Some(Cow::Owned(_))));
        assert_eq!(from_reader, load(&quoted).unwrap());

        let missing = Dataset::from_path(&dir.path().join("none.json")).unwrap_err();
        assert!(
            missing.to_string().contains("none.json: cannot read"),
            "{missing}"
        );
    }

    #[test]
    fn minimal_dataset_loads_and_round_trips() {
        let d = load(MINIMAL).unwrap();
        let text = serde_json::to_string(&d).unwrap();
        let again = load(&text).unwrap();
        assert_eq!(d, again);
        // Unescaped text is borrowed, escaped text owned; both compare equal.
        let escaped = MINIMAL.replacen(r#""city": "X""#, r#""city": "\u0058""#, 1);
        let owned = load(&escaped).unwrap();
        assert!(matches!(owned.encounters[0].city, Cow::Owned(_)));
        assert!(matches!(d.encounters[0].city, Cow::Borrowed(_)));
        assert_eq!(owned.encounters[0].city, d.encounters[0].city);
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        assert!(load(&format!("\u{feff}{MINIMAL}")).is_ok());
    }

    fn err_for(from: &str, to: &str) -> String {
        assert!(MINIMAL.contains(from), "{from}");
        load(&MINIMAL.replacen(from, to, 1)).unwrap_err()
    }

    #[test]
    fn type_errors_name_path_and_position() {
        let e = err_for(r#""outcome": "held""#, r#""outcome": "helds""#);
        assert!(e.starts_with("t.json:6:"), "{e}");
        assert!(
            e.contains("encounters[0].outcome: unknown outcome \"helds\" (did you mean \"held\"?)"),
            "{e}"
        );
    }

    #[test]
    fn unknown_fields_suggest_the_nearest() {
        let e = err_for(r#""summary""#, r#""sumary""#);
        assert!(
            e.contains("unknown field \"sumary\" (did you mean \"summary\"?)"),
            "{e}"
        );
    }

    #[test]
    fn bad_dates_are_reported_with_the_path() {
        let e = err_for("2018-07-16", "2018-02-30");
        assert!(
            e.contains("encounters[0].date: invalid date \"2018-02-30\""),
            "{e}"
        );
        let e = err_for("2018-07-16", "2018-12-01/2018-11-30");
        assert!(e.contains("encounters[0].date"), "{e}");
    }

    #[test]
    fn rule_errors_are_located() {
        let e = err_for(r#""id": "a""#, r#""id": "A b""#);
        assert!(e.starts_with("t.json:5:"), "{e}");
        assert!(e.contains("encounters[0].id: invalid id \"A b\""), "{e}");
        let e = err_for(r#""sources": ["s"]"#, r#""sources": ["q"]"#);
        assert!(
            e.contains("encounters[0].sources[0]: source \"q\" is not in the dataset's sources"),
            "{e}"
        );
        let e = err_for(r#""sources": ["s"]"#, r#""sources": []"#);
        assert!(e.contains("at least one source is required"), "{e}");
        let e = err_for(r#""city": "X""#, r#""city": " ""#);
        assert!(
            e.contains("encounters[0].city: missing city: a meeting has a place"),
            "{e}"
        );
        let e = err_for(r#""title": "A""#, r#""title": " ""#);
        assert!(e.contains("encounters[0].title: must not be empty"), "{e}");
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let enc = r#"{"id": "a", "title": "A", "date": "2018", "city": "X", "country": "Y",
     "occasion": "O", "outcome": "held", "summary": "S.", "sources": ["s"]}"#;
        let text = MINIMAL.replacen("\n  ]", &format!(",\n    {enc}\n  ]"), 1);
        let e = load(&text).unwrap_err();
        assert!(
            e.contains("encounters[1].id: duplicate id \"a\" (first used by encounters[0])"),
            "{e}"
        );
    }

    #[test]
    fn quotes_need_speaker_and_text() {
        let e = err_for(
            r#""summary": "S.""#,
            r#""summary": "S.", "quotes": [{"speaker": "Z", "text": ""}]"#,
        );
        assert!(
            e.contains("encounters[0].quotes[0].text: must not be empty"),
            "{e}"
        );
    }

    #[test]
    fn syntax_errors() {
        assert!(load("").unwrap_err().contains("no data"));
        assert!(load("{").unwrap_err().contains("truncated"));
        assert!(
            load("[]")
                .unwrap_err()
                .contains("expected a dataset object")
        );
        assert!(
            load(&format!("{MINIMAL} x"))
                .unwrap_err()
                .contains("trailing characters")
        );
    }

    #[test]
    fn invalid_utf8_is_located() {
        let e = Dataset::from_bytes(b"{\n  \"title\": \"\xff\"}", Origin::Stdin).unwrap_err();
        assert_eq!(
            e.to_string(),
            "<stdin>:2:13: invalid UTF-8 at byte 14; datasets must be UTF-8 text"
        );
    }

    #[test]
    fn check_reports_every_problem() {
        let text = MINIMAL
            .replacen(r#""outcome": "held""#, r#""outcome": "helds""#, 1)
            .replacen(
                r#""publisher": "P""#,
                r#""publisher": "P", "titel": "x""#,
                1,
            )
            .replacen(
                r#""updated": "2025-01-01""#,
                r#""updated": "2025-13-01", "extra": 1"#,
                1,
            );
        let lines = problem_lines(&text, Origin::Named("t.json".into()));
        assert_eq!(lines.len(), 4, "{lines:#?}");
        // In document order.
        assert!(lines[0].starts_with("t.json:2:"), "{lines:#?}");
        assert!(
            lines[0].contains("updated: invalid day \"2025-13-01\""),
            "{lines:#?}"
        );
        assert!(
            lines[1].starts_with("t.json:2:71: extra: unknown field \"extra\""),
            "{lines:#?}"
        );
        assert!(
            lines[2]
                .contains("sources[0].titel: unknown field \"titel\" (did you mean \"title\"?)"),
            "{lines:#?}"
        );
        assert!(lines[3].starts_with("t.json:6:"), "{lines:#?}");
        assert!(
            lines[3].contains("encounters[0].outcome: unknown outcome \"helds\""),
            "{lines:#?}"
        );
    }

    /// A misspelt field of a context event is named with the one meant, and
    /// a top-level list left out is said beside the other problems.
    #[test]
    fn check_reports_context_fields_and_missing_lists() {
        let text = MINIMAL.replacen(
            r#""updated": "2025-01-01","#,
            r#""updated": "2025-01-01", "context": [{"date": "2019", "titel": "T", "sources": ["s"]}],"#,
            1,
        );
        let lines = problem_lines(&text, Origin::Stdin);
        assert!(
            lines.iter().any(|l| l
                .contains("context[0].titel: unknown field \"titel\" (did you mean \"title\"?)")),
            "{lines:#?}"
        );
        let start = MINIMAL.find(r#""encounters""#).unwrap();
        let without = format!("{}\"extra\": 1\n}}", &MINIMAL[..start]);
        let lines = problem_lines(&without, Origin::Stdin);
        assert_eq!(lines.len(), 2, "{lines:#?}");
        assert!(lines[0].contains("extra: unknown field"), "{lines:#?}");
        assert!(
            lines[1].contains("missing field \"encounters\""),
            "{lines:#?}"
        );
    }

    #[test]
    fn check_reports_all_rule_problems() {
        let text = MINIMAL
            .replacen(r#""id": "a""#, r#""id": "A""#, 1)
            .replacen(r#""sources": ["s"]"#, r#""sources": ["q"]"#, 1);
        let problems = check(text.as_bytes(), &Origin::Stdin).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert!(problems.iter().all(|p| p.position.is_some()));
        // Each problem says what kind it is.
        assert_eq!(problems[0].kind, crate::Kind::BadId);
        assert_eq!(problems[1].kind, crate::Kind::UnknownSource("q".into()));
    }

    /// A document that does not load field by field still has its rule
    /// problems checked, and each keeps its kind beside the format's.
    #[test]
    fn rule_problems_beside_a_format_error_keep_their_kind() {
        let text = MINIMAL
            .replacen(r#""id": "a""#, r#""id": "A""#, 1)
            .replacen(r#""publisher": "P""#, r#""publisher": 5"#, 1);
        let problems = check(text.as_bytes(), &Origin::Stdin).unwrap_err();
        let kinds: Vec<&crate::Kind> = problems.iter().map(|p| &p.kind).collect();
        assert_eq!(kinds, [&crate::Kind::Format, &crate::Kind::BadId]);
    }

    #[test]
    fn check_accepts_a_valid_dataset() {
        let d = check(BUNDLED_JSON.as_bytes(), &Origin::Bundled).unwrap();
        assert_eq!(d, Dataset::bundled().unwrap());
        // The bundled data meets the rules for publication too.
        check_strict(BUNDLED_JSON.as_bytes(), &Origin::Bundled).unwrap();
    }
}
