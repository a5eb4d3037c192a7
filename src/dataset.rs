//! Loading and validating a dataset.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::{DataError, Error, Origin, Result};
use crate::model::{ContextEvent, Encounter, Source};

/// The dataset compiled into the library: the encounters between Donald
/// Trump and Vladimir Putin, 2017–2025.
pub const BUNDLED_JSON: &str = include_str!("../data/encounters.json");

/// A whole dataset: its description, sources, encounters and context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, expecting = "a dataset object")]
pub struct Dataset<'a> {
    /// Title of the dataset.
    pub title: String,
    /// What the dataset covers.
    pub description: String,
    /// When the dataset was last updated (`YYYY-MM-DD`).
    #[serde(deserialize_with = "calendar_day")]
    pub updated: NaiveDate,
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
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let dataset = parse(text, &origin)?;
        if let Some((path, message)) = dataset.rule_problems().into_iter().next() {
            return Err(located(text, origin, path, message).into());
        }
        Ok(dataset)
    }

    /// Parse and validate a dataset from bytes, which must be UTF-8 (a
    /// leading byte-order mark is accepted).
    ///
    /// # Errors
    /// As [`Dataset::from_str_with`], and for bytes that are not UTF-8.
    pub fn from_bytes(bytes: &'a [u8], origin: Origin) -> Result<Dataset<'a>> {
        let text = utf8(bytes, &origin)?;
        Dataset::from_str_with(text, origin)
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
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            origin: origin.clone(),
            action: "cannot read",
            source,
        })?;
        Ok(Dataset::from_bytes(&bytes, origin)?.into_owned())
    }

    /// The same dataset, owning all its text.
    pub fn into_owned(self) -> Dataset<'static> {
        Dataset {
            title: self.title,
            description: self.description,
            updated: self.updated,
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
    /// express), each as a JSON path and a message, in document order.
    pub fn rule_problems(&self) -> Vec<(String, String)> {
        let mut problems = Vec::new();
        let mut say = |path: String, message: String| problems.push((path, message));

        let mut source_ids = HashSet::with_capacity(self.sources.len());
        for (i, s) in self.sources.iter().enumerate() {
            let at = |field: &str| format!("sources[{i}].{field}");
            if let Some(m) = id_problem(&s.id) {
                say(at("id"), m);
            } else if !source_ids.insert(s.id.as_str()) {
                say(at("id"), format!("duplicate source id \"{}\"", s.id));
            }
            require(&mut say, &s.title, || at("title"));
            require(&mut say, &s.publisher, || at("publisher"));
        }

        // Paths are made only for problems: most datasets have none, and
        // a large one would otherwise format millions of paths.
        let check_refs = |say: &mut dyn FnMut(String, String),
                          refs: &mut dyn ExactSizeIterator<Item = &str>,
                          base: &dyn Fn() -> String| {
            if refs.len() == 0 {
                say(base(), "at least one source is required".to_string());
            }
            for (j, r) in refs.enumerate() {
                if !source_ids.contains(r) {
                    let hint =
                        crate::suggest::nearest(r, self.sources.iter().map(|s| s.id.as_str()))
                            .map(|s| format!(" (did you mean \"{s}\"?)"))
                            .unwrap_or_default();
                    say(
                        format!("{}[{j}]", base()),
                        format!("source \"{r}\" is not in the dataset's sources{hint}"),
                    );
                }
            }
        };

        let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(self.encounters.len());
        for (i, e) in self.encounters.iter().enumerate() {
            let at = |field: &str| format!("encounters[{i}].{field}");
            if let Some(m) = id_problem(&e.id) {
                say(at("id"), m);
            } else if let Some(first) = first_seen.insert(e.id.as_ref(), i) {
                first_seen.insert(e.id.as_ref(), first);
                say(
                    at("id"),
                    format!(
                        "duplicate id \"{}\" (first used by encounters[{first}])",
                        e.id
                    ),
                );
            }
            require(&mut say, &e.title, || at("title"));
            require(&mut say, &e.city, || at("city"));
            require(&mut say, &e.country, || at("country"));
            for (j, q) in e.quotes.iter().enumerate() {
                require(&mut say, &q.speaker, || at(&format!("quotes[{j}].speaker")));
                require(&mut say, &q.text, || at(&format!("quotes[{j}].text")));
            }
            check_refs(&mut say, &mut e.sources.iter().map(AsRef::as_ref), &|| {
                at("sources")
            });
        }
        for (i, c) in self.context.iter().enumerate() {
            let at = |field: &str| format!("context[{i}].{field}");
            require(&mut say, &c.title, || at("title"));
            check_refs(&mut say, &mut c.sources.iter().map(String::as_str), &|| {
                at("sources")
            });
        }
        problems
    }
}

/// The `updated` field on its own, for checking it alone.
#[derive(Deserialize)]
struct Day(
    #[serde(deserialize_with = "calendar_day")]
    #[allow(dead_code)]
    NaiveDate,
);

/// A `YYYY-MM-DD` day, with a message that says so when it is not one.
fn calendar_day<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<NaiveDate, D::Error> {
    let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| {
        serde::de::Error::custom(format!("invalid day \"{text}\" ({e}); expected YYYY-MM-DD"))
    })
}

fn require(say: &mut dyn FnMut(String, String), value: &str, path: impl FnOnce() -> String) {
    if value.trim().is_empty() {
        say(path(), "must not be empty".to_string());
    }
}

/// Why `id` is not a valid id, if it is not.
fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("id must not be empty".to_string());
    }
    id.chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        .map(|c| {
            format!("invalid id \"{id}\": {c:?} is not allowed; use lowercase letters, digits and hyphens")
        })
}

fn utf8<'a>(bytes: &'a [u8], origin: &Origin) -> Result<&'a str> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        // The prefix is valid UTF-8 by construction.
        let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
        Error::Data(DataError {
            origin: origin.clone(),
            position: Some(line_column(prefix, good)),
            path: None,
            message: format!("invalid UTF-8 at byte {good}; datasets must be UTF-8 text"),
        })
    })
}

/// The top-level fields of the format, for checking field by field.
const TOP_FIELDS: [&str; 6] = [
    "title",
    "description",
    "updated",
    "sources",
    "encounters",
    "context",
];

/// Check a dataset and report every problem found, not only the first:
/// a syntax error (which stops the check), then type errors (one per record
/// at most), then, when the types are right, every rule problem.
///
/// Returns the dataset when there are no problems.
pub fn check<'t>(
    bytes: &'t [u8],
    origin: &Origin,
) -> std::result::Result<Dataset<'t>, Vec<DataError>> {
    let text = match utf8(bytes, origin) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
        Err(e) => return Err(vec![as_data_error(e, origin)]),
    };
    if text.trim().is_empty() {
        return Err(vec![no_data(origin)]);
    }
    // A valid document, the common case, takes one pass; the passes below
    // are for finding every problem in one that is not.
    if let Some(dataset) = parse_plain(text) {
        return rule_check(dataset, text, origin);
    }
    // Syntax first: nothing else can be trusted without it.
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(vec![json_error(text, origin, 0, String::new(), &e)]);
    }
    let raw: HashMap<String, &'t RawValue> = match serde_json::from_str(text) {
        Ok(m) => m,
        // Not an object: the typed parser says so in the format's words.
        Err(e) => {
            return Err(vec![match parse(text, origin) {
                Err(err) => as_data_error(err, origin),
                Ok(_) => json_error(text, origin, 0, String::new(), &e),
            }]);
        }
    };
    let mut problems = Vec::new();
    for (key, value) in &raw {
        if !TOP_FIELDS.contains(&key.as_str()) {
            problems.push(DataError {
                origin: origin.clone(),
                position: Some(line_column(text, offset_in(text, value.get()))),
                path: Some(key.clone()),
                message: unknown_name("field", key, &TOP_FIELDS),
            });
        }
    }
    // Each field, and each record of the lists, on its own, so one bad
    // record does not hide the next.
    fn each<'t, T: Deserialize<'t>>(
        text: &'t str,
        origin: &Origin,
        raw: &HashMap<String, &'t RawValue>,
        key: &str,
        list: bool,
        problems: &mut Vec<DataError>,
    ) {
        let Some(value) = raw.get(key) else {
            if key != "context" {
                // Point at the end of the object, where the field is missing.
                let end = text.trim_end().len().saturating_sub(1);
                problems.push(DataError {
                    origin: origin.clone(),
                    position: Some(line_column(text, end)),
                    path: None,
                    message: format!("missing field \"{key}\""),
                });
            }
            return;
        };
        let base = offset_in(text, value.get());
        if !list {
            if let Err(e) = typed::<T>(value.get()) {
                problems.push(json_error(
                    text,
                    origin,
                    base,
                    format_path(key, e.path()),
                    e.inner(),
                ));
            }
            return;
        }
        match serde_json::from_str::<Vec<&'t RawValue>>(value.get()) {
            Err(e) => problems.push(json_error(text, origin, base, key.to_string(), &e)),
            Ok(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let Err(e) = typed::<T>(item.get()) {
                        let at = offset_in(text, item.get());
                        problems.push(json_error(
                            text,
                            origin,
                            at,
                            format_path(&format!("{key}[{i}]"), e.path()),
                            e.inner(),
                        ));
                    }
                }
            }
        }
    }
    each::<String>(text, origin, &raw, "title", false, &mut problems);
    each::<String>(text, origin, &raw, "description", false, &mut problems);
    each::<Day>(text, origin, &raw, "updated", false, &mut problems);
    each::<Source>(text, origin, &raw, "sources", true, &mut problems);
    each::<Encounter<'_>>(text, origin, &raw, "encounters", true, &mut problems);
    each::<ContextEvent>(text, origin, &raw, "context", true, &mut problems);
    if !problems.is_empty() {
        // Every problem with a path points at the start of its value, as
        // loading does.
        let mut locator = Locator::new(text);
        for p in &mut problems {
            if let Some(position) = p.path.as_deref().and_then(|path| locator.position(path)) {
                p.position = Some(position);
            }
        }
        // In document order, whatever order the checks ran in.
        problems.sort_by_key(|p| p.position);
        return Err(problems);
    }
    let dataset = parse(text, origin).map_err(|e| vec![as_data_error(e, origin)])?;
    rule_check(dataset, text, origin)
}

/// The dataset, or every problem with its rules, located in `text`.
fn rule_check<'t>(
    dataset: Dataset<'t>,
    text: &str,
    origin: &Origin,
) -> std::result::Result<Dataset<'t>, Vec<DataError>> {
    let problems = dataset.rule_problems();
    if problems.is_empty() {
        return Ok(dataset);
    }
    let mut locator = Locator::new(text);
    Err(problems
        .into_iter()
        .map(|(path, message)| locator.error(origin.clone(), path, message))
        .collect())
}

fn as_data_error(e: Error, origin: &Origin) -> DataError {
    match e {
        Error::Data(d) => d,
        other => DataError {
            origin: origin.clone(),
            position: None,
            path: None,
            message: other.to_string(),
        },
    }
}

fn typed<'t, T: Deserialize<'t>>(
    text: &'t str,
) -> std::result::Result<T, serde_path_to_error::Error<serde_json::Error>> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de)
}

fn format_path(base: &str, inner: &serde_path_to_error::Path) -> String {
    let inner = inner.to_string();
    if inner == "." {
        base.to_string()
    } else if inner.starts_with('[') {
        format!("{base}{inner}")
    } else {
        format!("{base}.{inner}")
    }
}

/// Line and column (in characters) in `text` of where serde_json's error
/// `e` happened, in a slice that starts at byte `base`; `None` for an error
/// raised after serde_json let go of the value, which has no position.
fn position_of(text: &str, base: usize, e: &serde_json::Error) -> Option<(usize, usize)> {
    let line = e.line().checked_sub(1)?;
    let slice = text.get(base..).unwrap_or_default();
    let line_start: usize = slice.split_inclusive('\n').take(line).map(str::len).sum();
    Some(line_column(
        text,
        base + line_start + e.column().saturating_sub(1),
    ))
}

/// Byte offset of `part` (a slice of `text`) within `text`.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// A serde_json error in a slice that starts at byte `base` of `text`, with
/// its position translated to the whole text.
fn json_error(
    text: &str,
    origin: &Origin,
    base: usize,
    path: String,
    e: &serde_json::Error,
) -> DataError {
    // Without a position of its own, point at the start of the value.
    let position = position_of(text, base, e).unwrap_or_else(|| line_column(text, base));
    DataError {
        origin: origin.clone(),
        position: Some(position),
        path: (!path.is_empty()).then_some(path),
        message: explain(e),
    }
}

/// Deserialise with JSON paths and positions in every error.
fn parse<'t>(text: &'t str, origin: &Origin) -> Result<Dataset<'t>> {
    if text.trim().is_empty() {
        return Err(no_data(origin).into());
    }
    let error = |path: Option<String>, inner: &serde_json::Error| -> Error {
        // A document cut short has no value to point into.
        let path = path.filter(|p| p != "." && !inner.is_eof());
        let position = path
            .as_deref()
            .and_then(|p| Locator::new(text).position(p))
            .or_else(|| position_of(text, 0, inner));
        DataError {
            origin: origin.clone(),
            position,
            path,
            message: explain(inner),
        }
        .into()
    };
    // The plain parse is the fast one. Only when it fails is the text read
    // again, tracking the JSON path, to say where the problem is.
    if let Some(dataset) = parse_plain(text) {
        return Ok(dataset);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let dataset: Dataset = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| error(Some(e.path().to_string()), e.inner()))?;
    de.end().map_err(|e| error(None, &e))?;
    Ok(dataset)
}

/// The error for an empty or blank document.
fn no_data(origin: &Origin) -> DataError {
    DataError {
        origin: origin.clone(),
        position: None,
        path: None,
        message: "no data: expected a JSON dataset object".to_string(),
    }
}

/// The dataset in `text`, if it is a valid document of the right types;
/// no paths are tracked, so this is the fast way in.
fn parse_plain(text: &str) -> Option<Dataset<'_>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let dataset = Dataset::deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(dataset)
}

/// serde_json's message, without its position suffix, with "did you mean"
/// added to unknown names.
fn explain(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) if e.line() > 0 => &full[..i],
        _ => full.as_str(),
    };
    if e.is_eof() {
        return format!("unexpected end of input ({message}); is the file truncated?");
    }
    for (prefix, what) in [("unknown field ", "field"), ("unknown variant ", "value")] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let names: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
            if let Some((given, expected)) = names.split_first() {
                return unknown_name(what, given, expected);
            }
        }
    }
    message.replace('`', "\"")
}

/// "unknown field "x" (did you mean "y"?); expected one of a, b".
fn unknown_name(what: &str, given: &str, expected: &[&str]) -> String {
    let hint = crate::suggest::nearest(given, expected.iter().copied())
        .map(|s| format!(" (did you mean \"{s}\"?)"))
        .unwrap_or_default();
    let expected = if expected.is_empty() {
        "there are no fields here".to_string()
    } else {
        format!("expected one of {}", expected.join(", "))
    };
    format!("unknown {what} \"{given}\"{hint}; {expected}")
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Build an error for a rule problem, finding the position of `path` in the
/// text (only done on the error path, so loading stays one pass).
pub(crate) fn located(text: &str, origin: Origin, path: String, message: String) -> DataError {
    Locator::new(text).error(origin, path, message)
}

/// Finds where JSON paths like `encounters[3].sources[0]` are in a text.
/// The top-level lists are split once and kept, so locating many problems
/// in a large file does not re-read it for each one.
struct Locator<'a> {
    text: &'a str,
    lists: HashMap<String, Vec<&'a RawValue>>,
    top: HashMap<String, &'a RawValue>,
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Self {
        Locator {
            text,
            lists: HashMap::new(),
            top: serde_json::from_str(text).unwrap_or_default(),
        }
    }

    fn error(&mut self, origin: Origin, path: String, message: String) -> DataError {
        let position = self.position(&path);
        DataError {
            origin,
            position,
            path: Some(path),
            message,
        }
    }

    /// Line and column of the value at `path`.
    fn position(&mut self, path: &str) -> Option<(usize, usize)> {
        self.offset(path)
            .map(|offset| line_column(self.text, offset))
    }

    /// Byte offset of the value at `path`.
    fn offset(&mut self, path: &str) -> Option<usize> {
        let (head, rest) = path.split_once('.').unwrap_or((path, ""));
        let (name, index) = match head.split_once('[') {
            Some((n, i)) => (n, Some(i.trim_end_matches(']').parse::<usize>().ok()?)),
            None => (head, None),
        };
        let mut current: &RawValue = match index {
            None => self.top.get(name)?,
            Some(i) => {
                if !self.lists.contains_key(name) {
                    let list = serde_json::from_str(self.top.get(name)?.get()).ok()?;
                    self.lists.insert(name.to_string(), list);
                }
                self.lists.get(name)?.get(i)?
            }
        };
        for part in rest.split('.').filter(|p| !p.is_empty()) {
            let (name, indices) = part.split_at(part.find('[').unwrap_or(part.len()));
            if !name.is_empty() {
                let map: HashMap<String, &RawValue> = serde_json::from_str(current.get()).ok()?;
                current = map.get(name)?;
            }
            for index in indices.split(['[', ']']).filter(|s| !s.is_empty()) {
                let list: Vec<&RawValue> = serde_json::from_str(current.get()).ok()?;
                current = list.get(index.parse::<usize>().ok()?)?;
            }
        }
        (current.get().as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)
    }
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

    fn load(text: &str) -> std::result::Result<Dataset<'_>, String> {
        Dataset::from_str_with(text, Origin::Named("t.json".into())).map_err(|e| e.to_string())
    }

    #[test]
    fn bundled_dataset_loads() {
        let d = Dataset::bundled().unwrap();
        assert_eq!(d.encounters.len(), 10);
    }

    #[test]
    fn citations_and_cited_sources() {
        let d = Dataset::bundled().unwrap();
        let ids = |v: Vec<&Source>| v.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(d.cited(["public-record", "bloomberg-2025", "public-record"])),
            ["bloomberg-2025", "public-record"]
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
        assert!(e.contains("encounters[0].city: must not be empty"), "{e}");
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
    fn line_columns_count_characters() {
        assert_eq!(line_column("ab\ncé", 4), (2, 2));
        assert_eq!(line_column("ab\ncé", 6), (2, 3));
        // An offset inside a character counts from its start, never panics.
        assert_eq!(line_column("ab\ncé", 5), (2, 2));
        assert_eq!(line_column("x", 0), (1, 1));
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
        let problems = check(text.as_bytes(), &Origin::Named("t.json".into())).unwrap_err();
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
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

    #[test]
    fn check_reports_all_rule_problems() {
        let text = MINIMAL
            .replacen(r#""id": "a""#, r#""id": "A""#, 1)
            .replacen(r#""sources": ["s"]"#, r#""sources": ["q"]"#, 1);
        let problems = check(text.as_bytes(), &Origin::Stdin).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert!(problems.iter().all(|p| p.position.is_some()));
    }

    #[test]
    fn check_accepts_a_valid_dataset() {
        let d = check(BUNDLED_JSON.as_bytes(), &Origin::Bundled).unwrap();
        assert_eq!(d.encounters.len(), 10);
    }
}
