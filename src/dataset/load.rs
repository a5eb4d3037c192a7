//! Reading a dataset: bytes to text, text to records, and, for a document
//! that does not load, every problem in it with its place.
//!
//! A valid document takes one typed pass. When that pass fails, the text is
//! read once more, field by field and record by record, so that one bad
//! record does not hide the next and every problem gets its JSON path; the
//! records that did parse are still checked against the rules.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::Dataset;
use super::locate::{Locator, error_offset, error_position, line_column, offset_in};
use super::rules::{self, Records};
use crate::error::{DataError, Kind, Origin};
use crate::model::{ContextEvent, Encounter, Source};
use crate::path::JsonPath;

mod objects;

pub(crate) use objects::known;
use objects::{field_problems, missing_fields, required, unknown_fields, without_unknown};

/// The top-level fields of the format.
const TOP_FIELDS: [&str; 8] = [
    "$schema",
    "title",
    "description",
    "updated",
    "checked_through",
    "sources",
    "encounters",
    "context",
];

/// Load `bytes` as a dataset: the dataset, or every problem found, in
/// document order; `strict` applies the stricter citation rules.
pub(crate) fn load<'t>(
    bytes: &'t [u8],
    origin: &Origin,
    strict: bool,
) -> Result<Dataset<'t>, Vec<DataError>> {
    let text = utf8(bytes, origin).map_err(|e| vec![*e])?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![DataError {
            origin: origin.clone(),
            position: None,
            path: None,
            kind: Kind::Format,
            message: "no data: expected a JSON dataset object".to_string(),
        }]);
    }
    // The common case: a valid document, in one pass.
    let mut de = serde_json::Deserializer::from_str(text);
    let plain = Dataset::deserialize(&mut de).and_then(|d| de.end().map(|()| d));
    let problems = match plain {
        Ok(dataset) => {
            let problems = dataset.rule_problems(strict);
            if problems.is_empty() {
                return Ok(dataset);
            }
            let mut locator = Locator::new(text);
            problems
                .into_iter()
                .map(|(path, kind, message)| DataError {
                    origin: origin.clone(),
                    position: locator.position(&path),
                    path: Some(path),
                    kind,
                    message,
                })
                .collect()
        }
        Err(e) => {
            let found = diagnose(text, origin, strict);
            if found.is_empty() {
                // Nothing the field-by-field reading can see: the typed
                // pass's own error says what it is.
                vec![DataError {
                    origin: origin.clone(),
                    position: error_position(text, 0, &e),
                    path: None,
                    kind: Kind::Format,
                    message: explain(&e),
                }]
            } else {
                found
            }
        }
    };
    Err(problems)
}

/// Every problem in a document that did not load, in document order.
fn diagnose(text: &str, origin: &Origin, strict: bool) -> Vec<DataError> {
    let error = |path: Option<JsonPath>, position, message| DataError {
        origin: origin.clone(),
        position,
        path,
        kind: Kind::Format,
        message,
    };
    // The whole document's syntax first: nothing else can be trusted
    // without it.
    let fields = match serde_json::from_str::<TopLevel>(text) {
        Ok(TopLevel(fields)) => fields,
        Err(e) => {
            if let Some(comma) = trailing_comma(text, &e) {
                let message = "trailing comma: JSON allows no comma after the last item; remove it";
                return vec![error(None, Some(line_column(text, comma)), message.into())];
            }
            return vec![error(None, error_position(text, 0, &e), explain(&e))];
        }
    };
    let mut problems = Vec::new();
    for (key, value) in &fields {
        if !TOP_FIELDS.contains(key) {
            problems.push(error(
                Some(JsonPath::field(key)),
                Some(line_column(text, offset_in(text, value.get()))),
                unknown_name("field", key, &TOP_FIELDS),
            ));
        }
    }
    let mut locator = Locator::from_fields(text, fields);
    // Type problems, each with the path serde tracked inside its value.
    let mut typed_problems: Vec<(JsonPath, String)> = Vec::new();
    let mut type_problem = |path: JsonPath, e: serde_path_to_error::Error<serde_json::Error>| {
        typed_problems.push((path.join(e.path()), explain(e.inner())));
    };
    // Every missing field of a record at once, where serde names the first.
    let mut missing_problems: Vec<(JsonPath, String)> = Vec::new();
    let mut missing = |path: JsonPath, message: String| missing_problems.push((path, message));
    check_field::<String>(&locator, "$schema", &mut type_problem);
    check_field::<String>(&locator, "title", &mut type_problem);
    check_field::<String>(&locator, "description", &mut type_problem);
    check_field::<Day>(&locator, "updated", &mut type_problem);
    check_field::<Day>(&locator, "checked_through", &mut type_problem);
    let sources = records::<Source>(&mut locator, "sources", &mut type_problem, &mut missing);
    let encounters =
        records::<Encounter>(&mut locator, "encounters", &mut type_problem, &mut missing);
    let context = records::<ContextEvent>(&mut locator, "context", &mut type_problem, &mut missing);
    if !missing_problems.is_empty() {
        // Said already, with every field at once.
        typed_problems.retain(|(path, message)| {
            !message.starts_with("missing field")
                && !missing_problems.iter().any(|(p, _)| p == path)
        });
        typed_problems.append(&mut missing_problems);
    }
    // A field's problem found both in the record and on its own is said
    // once.
    let mut said = std::collections::HashSet::new();
    typed_problems.retain(|(path, message)| said.insert((path.to_string(), message.clone())));
    for (path, message) in typed_problems {
        let position = locator.position(&path);
        problems.push(error((!path.is_empty()).then_some(path), position, message));
    }
    // A missing field is pointed at the end of the object, where it goes.
    for name in ["title", "description", "updated", "sources", "encounters"] {
        if locator.missing(name) {
            let end = text.trim_end().len().saturating_sub(1);
            problems.push(error(
                None,
                Some(line_column(text, end)),
                format!("missing field \"{name}\""),
            ));
        }
    }

    // The records that parsed are still checked against the rules.
    let (sources, sources_complete) = sources.unwrap_or_default();
    let (encounters, _) = encounters.unwrap_or_default();
    let (context, _) = context.unwrap_or_default();
    let parts = Records {
        strict,
        sources: sources.iter().map(|(i, s)| (*i, s)).collect(),
        sources_complete,
        encounters: encounters.iter().map(|(i, e)| (*i, e)).collect(),
        context: context.iter().map(|(i, c)| (*i, c)).collect(),
    };
    let mut found = rules::problems(&parts);
    // The records that did not parse are checked as far as their text
    // allows: an impossible date hides no duplicate id or unknown source.
    let raw: Vec<&RawValue> = locator
        .list("encounters")
        .map(<[_]>::to_vec)
        .unwrap_or_default();
    let parsed: Vec<usize> = encounters.iter().map(|(i, _)| *i).collect();
    let source_ids: Vec<&str> = sources.iter().map(|(_, s)| s.id.as_str()).collect();
    found.extend(rules::unparsed(
        &raw,
        &parsed,
        sources_complete.then_some(&source_ids[..]),
    ));
    for (path, kind, message) in found {
        let position = locator.position(&path);
        problems.push(DataError {
            kind,
            ..error(Some(path), position, message)
        });
    }
    // In document order, whatever order the checks ran in.
    problems.sort_by_key(|p| p.position);
    problems
}

/// The offset of the comma, when syntax error `e` is a comma just before a
/// closing `]` or `}`.
fn trailing_comma(text: &str, e: &serde_json::Error) -> Option<usize> {
    let at = error_offset(text, 0, e)?;
    let closing = text.get(at..)?.trim_start().chars().next()?;
    if !matches!(closing, ']' | '}') {
        return None;
    }
    let before = text.get(..at)?.trim_end();
    before.ends_with(',').then(|| before.len() - 1)
}

/// The top-level object, split into its fields, each kept as raw text.
struct TopLevel<'a>(HashMap<&'a str, &'a RawValue>);

impl<'de> Deserialize<'de> for TopLevel<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = TopLevel<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a dataset object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopLevel<'de>, A::Error> {
                let mut fields = HashMap::new();
                while let Some((key, value)) = map.next_entry::<&'de str, &'de RawValue>()? {
                    if fields.insert(key, value).is_some() {
                        return Err(serde::de::Error::custom(format!("duplicate field `{key}`")));
                    }
                }
                Ok(TopLevel(fields))
            }
        }
        d.deserialize_map(Fields)
    }
}

/// Check that the top-level field `name`, if present, is a `T`.
fn check_field<'t, T: Deserialize<'t>>(
    locator: &Locator<'t>,
    name: &str,
    problem: &mut dyn FnMut(JsonPath, serde_path_to_error::Error<serde_json::Error>),
) {
    if let Some(raw) = locator.field(name) {
        if let Err(e) = typed::<T>(raw.get()) {
            problem(JsonPath::field(name), e);
        }
    }
}

/// The records of the top-level list `name` that parse, each with its
/// index, and whether all of them did; `None` when the list is absent or
/// not a list.
fn records<'t, T: Deserialize<'t>>(
    locator: &mut Locator<'t>,
    name: &str,
    problem: &mut dyn FnMut(JsonPath, serde_path_to_error::Error<serde_json::Error>),
    missing: &mut dyn FnMut(JsonPath, String),
) -> Option<(Vec<(usize, T)>, bool)> {
    let raw = locator.field(name)?;
    let Some(items) = locator.list(name).map(<[_]>::to_vec) else {
        if let Err(e) = typed::<Vec<T>>(raw.get()) {
            problem(JsonPath::field(name), e);
        }
        return None;
    };
    let mut parsed = Vec::with_capacity(items.len());
    let mut complete = true;
    for (i, item) in items.iter().enumerate() {
        match typed::<T>(item.get()) {
            Ok(record) => parsed.push((i, record)),
            Err(e) => {
                complete = false;
                let path = JsonPath::field(name).index(i);
                missing_fields(item, &path, &required(name), missing);
                let stopped_at_unknown = e.inner().to_string().starts_with("unknown field");
                if unknown_fields(item, &path, known(name), missing) && stopped_at_unknown {
                    // The parser stopped at an unknown field: read the
                    // record again without them for the problems after.
                    if let Some(Err(again)) = without_unknown(item, known(name))
                        .map(|v| serde_path_to_error::deserialize::<_, T>(v).map(|_| ()))
                    {
                        if !again.inner().to_string().starts_with("missing field") {
                            problem(path.clone(), again);
                        }
                    }
                }
                if name == "encounters" {
                    let quotes = serde_json::from_str::<HashMap<&str, &RawValue>>(item.get())
                        .ok()
                        .and_then(|m| {
                            serde_json::from_str::<Vec<&RawValue>>(m.get("quotes")?.get()).ok()
                        });
                    for (j, quote) in quotes.iter().flatten().enumerate() {
                        let at = path.at("quotes").index(j);
                        missing_fields(quote, &at, &["speaker", "text"], missing);
                    }
                    // Every field's own problem, not the first alone.
                    let fields = field_problems(item);
                    if !fields.is_empty() {
                        for e in fields {
                            problem(path.clone(), e);
                        }
                        continue;
                    }
                }
                problem(path, e);
            }
        }
    }
    Some((parsed, complete))
}

fn typed<'t, T: Deserialize<'t>>(
    text: &'t str,
) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de)
}

/// The text of `bytes`, which must be UTF-8.
fn utf8<'a>(bytes: &'a [u8], origin: &Origin) -> Result<&'a str, Box<DataError>> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        // The prefix is valid UTF-8 by construction.
        let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
        Box::new(DataError {
            origin: origin.clone(),
            position: Some(line_column(prefix, good)),
            path: None,
            kind: Kind::Format,
            message: format!("invalid UTF-8 at byte {good}; datasets must be UTF-8 text"),
        })
    })
}

/// A day field (`updated`, `checked_through`) on its own, for checking it
/// alone.
#[derive(serde::Deserialize)]
struct Day(
    #[serde(deserialize_with = "calendar_day")]
    #[allow(dead_code)]
    NaiveDate,
);

/// A `YYYY-MM-DD` day that may be absent.
pub(crate) fn optional_day<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    calendar_day(d).map(Some)
}

/// A `YYYY-MM-DD` day, with a message that says so when it is not one.
pub(crate) fn calendar_day<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| {
        serde::de::Error::custom(format!("invalid day \"{text}\" ({e}); expected YYYY-MM-DD"))
    })
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
    let hint = crate::suggest::did_you_mean(given, expected.iter().copied());
    let expected = if expected.is_empty() {
        "there are no fields here".to_string()
    } else {
        format!("expected one of {}", expected.join(", "))
    };
    format!("unknown {what} \"{given}\"{hint}; {expected}")
}

#[cfg(test)]
mod tests {
    use super::explain;

    /// A parser error's own position is cut from its message (the problem
    /// gives line and column separately); an error with no position keeps
    /// its words whole, even when they happen to read "at line".
    #[test]
    fn explain_cuts_only_the_parsers_position() {
        let located = serde_json::from_str::<u8>("\n\n  true").unwrap_err();
        assert_eq!(
            explain(&located),
            "invalid type: boolean \"true\", expected u8"
        );
        let unplaced: serde_json::Error = serde::de::Error::custom("stopped at line 3");
        assert_eq!(explain(&unplaced), "stopped at line 3");
    }
}
