//! What each record's object holds: its known and required fields, the
//! ones it lacks or does not know, and each field's problems on its own.

use std::collections::HashMap;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::{typed, unknown_name};
use crate::fields::Field;
use crate::model::Encounter;
use crate::path::JsonPath;

/// The fields a record of the top-level list `name` must have, whatever
/// else it says (a record's place depends on its channel: the rules
/// check it).
pub(super) fn required(name: &str) -> Vec<&'static str> {
    match name {
        "sources" => vec!["id", "title", "publisher", "date"],
        "encounters" => Field::ALL
            .into_iter()
            .filter(|f| f.required())
            .map(Field::name)
            .collect(),
        "context" => vec!["date", "title", "sources"],
        _ => Vec::new(),
    }
}

/// The fields of the records in the top-level list `name`, in the
/// format's order.
pub(crate) fn known(name: &str) -> &'static [&'static str] {
    match name {
        "sources" => &[
            "id",
            "title",
            "publisher",
            "authors",
            "date",
            "url",
            "archive_url",
            "print_only",
            "note",
        ],
        "encounters" => &Field::NAMES,
        "context" => &["date", "title", "sources"],
        _ => &[],
    }
}

/// Report every unknown field of the object `raw` (with the name meant,
/// when one is near), whichever problem stopped the parser first; true
/// when there was one.
pub(super) fn unknown_fields(
    raw: &RawValue,
    path: &JsonPath,
    known: &[&str],
    report: &mut dyn FnMut(JsonPath, String),
) -> bool {
    let Ok(fields) = serde_json::from_str::<HashMap<&str, &RawValue>>(raw.get()) else {
        return false;
    };
    let mut any = false;
    for key in fields.keys().filter(|k| !known.contains(k)) {
        report(path.at(key), unknown_name("field", key, known));
        any = true;
    }
    any
}

/// The object `raw` without the fields not in `known`.
pub(super) fn without_unknown(raw: &RawValue, known: &[&str]) -> Option<serde_json::Value> {
    let mut fields: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(raw.get()).ok()?;
    fields.retain(|k, _| known.contains(&k.as_str()));
    Some(serde_json::Value::Object(fields))
}

/// Report, in one message, every field of `required` that the object
/// `raw` lacks.
pub(super) fn missing_fields(
    raw: &RawValue,
    path: &JsonPath,
    required: &[&str],
    missing: &mut dyn FnMut(JsonPath, String),
) {
    let Ok(fields) = serde_json::from_str::<HashMap<&str, &RawValue>>(raw.get()) else {
        return;
    };
    let mut absent: Vec<&str> = required
        .iter()
        .copied()
        .filter(|f| !fields.contains_key(f))
        .collect();
    // A field that is only misspelt is reported as the unknown field it
    // is, with the right name suggested, not as missing too.
    for key in fields.keys().filter(|k| !required.contains(k)) {
        if let Some(meant) = crate::suggest::nearest(key, absent.iter().copied()) {
            absent.retain(|f| *f != meant);
        }
    }
    let absent: Vec<String> = absent.iter().map(|f| format!("\"{f}\"")).collect();
    let message = match absent.as_slice() {
        [] => return,
        [one] => format!("missing field {one}"),
        [rest @ .., last] => format!("missing fields {} and {last}", rest.join(", ")),
    };
    missing(path.clone(), message);
}

/// The problems of each field of the record `raw` on its own: each known
/// field read as the format reads it, in a record otherwise complete, so
/// that one field's problem hides no other's. Empty when `raw` is not an
/// object or every field reads.
pub(super) fn field_problems(raw: &RawValue) -> Vec<serde_path_to_error::Error<serde_json::Error>> {
    let Ok(ObjectPairs(fields)) = serde_json::from_str::<ObjectPairs>(raw.get()) else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for (key, value) in fields {
        if Field::named(key).is_none() {
            continue;
        }
        // The field in a record that has everything else it needs.
        let mut record: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
            r#"{"id": "x", "title": "x", "date": "2000", "city": "x", "country": "x",
                "occasion": "x", "outcome": "held", "summary": "x", "sources": ["x"]}"#,
        )
        .unwrap_or_default();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(value.get()) else {
            continue;
        };
        record.insert(key.to_string(), value);
        let text = serde_json::Value::Object(record).to_string();
        if let Err(e) = typed::<Encounter>(&text) {
            problems.push(e);
        }
    }
    problems
}

/// An object's fields, in order.
struct ObjectPairs<'a>(Vec<(&'a str, &'a RawValue)>);

impl<'de> Deserialize<'de> for ObjectPairs<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = ObjectPairs<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ObjectPairs<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<&'de str, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(ObjectPairs(fields))
            }
        }
        d.deserialize_map(Fields)
    }
}
