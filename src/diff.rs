//! What changed between two editions of a dataset: encounters added,
//! removed and changed (field by field, old and new), the works cited, the
//! context events, and the dataset's own title and dates.
//!
//! Records are matched by id. A list field (quotes, highlights, sources,
//! participants, topics) is compared item by item: items only in the old
//! edition and items only in the new are paired in order, so a corrected
//! quote reads as its old and new wording, and what is left over is a
//! plain removal or addition.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::Dataset;
use crate::date::EdtfDate;
use crate::error::{DataError, Origin};

/// One field that differs. `old` is `None` for something added, `new` for
/// something removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The field's name in the dataset format, such as `duration_minutes`.
    pub field: String,
    /// Its old value, as text.
    pub old: Option<String>,
    /// Its new value, as text.
    pub new: Option<String>,
    /// The old value as the dataset has it (JSON), for scripts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_value: Option<Value>,
    /// The new value as the dataset has it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_value: Option<Value>,
}

/// A record, as the changes name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    /// Its id.
    pub id: String,
    /// Its title (the new one, when it changed).
    pub title: String,
    /// Its date, in words.
    pub date: String,
    /// Its date as the dataset writes it (EDTF).
    pub edtf: String,
    /// Its outcome.
    pub outcome: String,
    /// What it is: held, informal, cancelled, proposed, call or envoy
    /// (its outcome as written, for a draft's record that has none yet).
    pub kind: String,
}

impl Record {
    /// A record of an edition, read from its JSON object: what a draft
    /// leaves empty stays empty, a date that is not EDTF is shown as
    /// written.
    fn of(e: &Value) -> Record {
        let field = |name: &str| e.get(name).and_then(Value::as_str).unwrap_or_default();
        let edtf = field("date");
        Record {
            id: field("id").to_string(),
            title: field("title").to_string(),
            date: EdtfDate::parse(edtf).map_or_else(|_| edtf.to_string(), |d| d.human()),
            edtf: edtf.to_string(),
            outcome: field("outcome").to_string(),
            kind: match field("channel") {
                "call" | "envoy" => field("channel").to_string(),
                _ => field("outcome").to_string(),
            },
        }
    }
}

/// One edition as `diff` reads it: a dataset, or a draft (what `summit
/// import` writes) whose required fields may still be empty or wrong. Its
/// records are kept as the file has them, so whatever a draft holds can
/// be compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// The dataset's own fields: title, description, updated,
    /// checked_through (absent when the file has none).
    fields: serde_json::Map<String, Value>,
    /// The encounters, oldest first (dates that do not parse last).
    encounters: Vec<Value>,
    sources: Vec<Value>,
    context: Vec<Value>,
    /// What stops a draft from being a valid dataset; none for a dataset.
    pub problems: Vec<DataError>,
}

impl Version {
    /// An edition that is a valid dataset.
    pub fn of(dataset: &Dataset) -> Version {
        let mut all = to_value(dataset);
        let encounters: Vec<Value> = dataset.chronological().into_iter().map(to_value).collect();
        let take = |all: &mut Value, name: &str| match all.get_mut(name).map(Value::take) {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        };
        let sources = take(&mut all, "sources");
        let context = take(&mut all, "context");
        Version {
            fields: dataset_fields(&all),
            encounters,
            sources,
            context,
            problems: Vec::new(),
        }
    }

    /// Read an edition: a dataset, or else a draft: a JSON object whose
    /// `encounters` are objects, each with an id of its own. Its
    /// problems as a dataset are kept in [`Version::problems`].
    ///
    /// # Errors
    /// The first problem, when the bytes are not even a draft.
    pub fn read(bytes: &[u8], origin: &Origin) -> Result<Version, Box<DataError>> {
        let problems = match crate::dataset::check(bytes, origin) {
            Ok(dataset) => return Ok(Version::of(&dataset)),
            Err(problems) => problems,
        };
        let first = || {
            Box::new(problems.first().cloned().unwrap_or(DataError {
                origin: origin.clone(),
                position: None,
                path: None,
                kind: crate::error::Kind::Format,
                message: "not a valid dataset".to_string(),
            }))
        };
        let text = std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes))
            .map_err(|_| first())?;
        let Ok(Value::Object(mut all)) = serde_json::from_str::<Value>(text) else {
            return Err(first());
        };
        // A draft has the dataset's shape, if not all its values: text
        // where the format has text, lists of objects where it has lists,
        // and its encounters.
        let texts = ["title", "description", "updated", "checked_through"]
            .iter()
            .all(|k| all.get(*k).is_none_or(Value::is_string));
        let mut list = |name: &str| match all.remove(name) {
            Some(Value::Array(items)) if items.iter().all(Value::is_object) => Some(items),
            None if name != "encounters" => Some(Vec::new()),
            _ => None,
        };
        let (true, Some(mut encounters), Some(sources), Some(context)) =
            (texts, list("encounters"), list("sources"), list("context"))
        else {
            return Err(first());
        };
        // Records are told apart by id: each needs one, and its own.
        let mut ids = std::collections::HashSet::new();
        let named = encounters.iter().all(|e| {
            e.get("id")
                .and_then(Value::as_str)
                .is_some_and(|id| !id.trim().is_empty() && ids.insert(id.to_string()))
        });
        if !named {
            return Err(first());
        }
        // A record without a channel is a meeting, as the format says.
        for e in &mut encounters {
            if let Some(map) = e.as_object_mut() {
                map.entry("channel").or_insert_with(|| "meeting".into());
            }
        }
        let date = |e: &Value| {
            e.get("date")
                .and_then(Value::as_str)
                .and_then(|d| EdtfDate::parse(d).ok())
        };
        encounters.sort_by(|a, b| match (date(a), date(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        Ok(Version {
            fields: dataset_fields(&Value::Object(all)),
            encounters,
            sources,
            context,
            problems,
        })
    }

    /// True when the edition is a draft that does not validate yet.
    pub fn is_draft(&self) -> bool {
        !self.problems.is_empty()
    }

    /// The dataset's title, as the file has it.
    pub fn title(&self) -> &str {
        self.fields
            .get("title")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// The day the dataset was last changed, as the file has it.
    pub fn updated(&self) -> &str {
        self.fields
            .get("updated")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// How many encounters it has.
    /// Each work the edition lists, by id, as a reader would name it:
    /// "Publisher, Title".
    pub fn works(&self) -> Vec<(String, String)> {
        let text = |s: &Value, k: &str| s.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        self.sources
            .iter()
            .map(|s| {
                let label = format!("{}, {}", text(s, "publisher"), text(s, "title"));
                (text(s, "id"), label)
            })
            .collect()
    }

    pub fn encounters(&self) -> usize {
        self.encounters.len()
    }
}

/// The dataset-wide fields diff compares, from a dataset's JSON object.
fn dataset_fields(all: &Value) -> serde_json::Map<String, Value> {
    ["title", "description", "updated", "checked_through"]
        .into_iter()
        .filter_map(|k| Some((k.to_string(), all.get(k)?.clone())))
        .collect()
}

/// A record in both editions whose fields differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changed<T> {
    /// Which record.
    #[serde(flatten)]
    pub record: T,
    /// What differs, in the format's field order.
    pub changes: Vec<Change>,
}

/// A work cited, as the changes name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceRecord {
    /// Its id.
    pub id: String,
    /// Its publisher.
    pub publisher: String,
    /// Its title.
    pub title: String,
}

/// Everything that differs between two editions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// The dataset's title, description and dates.
    pub dataset: Vec<Change>,
    /// Encounters only in the new edition, oldest first.
    pub added: Vec<Record>,
    /// Encounters only in the old edition, oldest first.
    pub removed: Vec<Record>,
    /// Encounters in both that differ, oldest first.
    pub changed: Vec<Changed<Record>>,
    /// Works cited only in the new edition.
    pub sources_added: Vec<SourceRecord>,
    /// Works cited only in the old edition.
    pub sources_removed: Vec<SourceRecord>,
    /// Works in both whose details differ.
    pub sources_changed: Vec<Changed<SourceRecord>>,
    /// Context events added and removed (a changed one is both).
    pub context: Vec<Change>,
}

impl Diff {
    /// True when the two editions say the same.
    pub fn is_empty(&self) -> bool {
        self == &Diff::default()
    }
}

/// The fields of an encounter and of a source, in the format's order (as
/// the loader knows them); fields a later edition adds come after,
/// alphabetically.
fn fields(list: &str) -> &'static [&'static str] {
    crate::dataset::load::known(list)
}

/// What changed from `old` to `new`.
pub fn diff(old: &Version, new: &Version) -> Diff {
    let mut d = Diff::default();
    for field in ["title", "description", "updated", "checked_through"] {
        let (a, b) = (old.fields.get(field), new.fields.get(field));
        if a != b {
            d.dataset.push(Change {
                field: field.into(),
                old: a.and_then(text),
                new: b.and_then(text),
                old_value: a.cloned(),
                new_value: b.cloned(),
            });
        }
    }

    let id = |v: &Value| {
        v.get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let olds: BTreeMap<String, &Value> = old.encounters.iter().map(|e| (id(e), e)).collect();
    let news: BTreeMap<String, &Value> = new.encounters.iter().map(|e| (id(e), e)).collect();
    for e in &old.encounters {
        if !news.contains_key(&id(e)) {
            d.removed.push(Record::of(e));
        }
    }
    for e in &new.encounters {
        match olds.get(&id(e)) {
            None => d.added.push(Record::of(e)),
            Some(before) => {
                let changes = compare(before, e, fields("encounters"));
                if !changes.is_empty() {
                    d.changed.push(Changed {
                        record: Record::of(e),
                        changes,
                    });
                }
            }
        }
    }

    let field = |s: &Value, name: &str| {
        s.get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let source = |s: &Value| SourceRecord {
        id: field(s, "id"),
        publisher: field(s, "publisher"),
        title: field(s, "title"),
    };
    for s in &old.sources {
        if !new.sources.iter().any(|n| n.get("id") == s.get("id")) {
            d.sources_removed.push(source(s));
        }
    }
    for s in &new.sources {
        match old.sources.iter().find(|o| o.get("id") == s.get("id")) {
            None => d.sources_added.push(source(s)),
            Some(before) => {
                let changes = compare(before, s, fields("sources"));
                if !changes.is_empty() {
                    d.sources_changed.push(Changed {
                        record: source(s),
                        changes,
                    });
                }
            }
        }
    }

    d.context = list_changes("context", &old.context, &new.context);
    d
}

fn to_value<T: Serialize>(t: &T) -> Value {
    // Records of the model always serialize.
    serde_json::to_value(t).unwrap_or(Value::Null)
}

/// The fields of two records (JSON objects) that differ, in `order`, then
/// any others alphabetically.
fn compare(old: &Value, new: &Value, order: &[&str]) -> Vec<Change> {
    let empty = serde_json::Map::new();
    let (a, b) = (
        old.as_object().unwrap_or(&empty),
        new.as_object().unwrap_or(&empty),
    );
    let mut fields: Vec<&str> = order.to_vec();
    let mut others: Vec<&str> = a
        .keys()
        .chain(b.keys())
        .map(String::as_str)
        .filter(|k| !order.contains(k))
        .collect();
    others.sort_unstable();
    others.dedup();
    fields.extend(others);
    let mut out = Vec::new();
    for field in fields {
        let (x, y) = (
            a.get(field).unwrap_or(&Value::Null),
            b.get(field).unwrap_or(&Value::Null),
        );
        if x == y {
            continue;
        }
        match (x, y) {
            (Value::Array(xs), Value::Array(ys)) => out.extend(list_changes(field, xs, ys)),
            (Value::Array(xs), Value::Null) => out.extend(list_changes(field, xs, &[])),
            (Value::Null, Value::Array(ys)) => out.extend(list_changes(field, &[], ys)),
            _ => out.push(Change {
                field: field.to_string(),
                old: text(x),
                new: text(y),
                old_value: (!x.is_null()).then(|| x.clone()),
                new_value: (!y.is_null()).then(|| y.clone()),
            }),
        }
    }
    out
}

/// The items of a list only in `old` and only in `new`, paired in order.
fn list_changes(field: &str, old: &[Value], new: &[Value]) -> Vec<Change> {
    let mut unmatched: Vec<&Value> = new.iter().collect();
    let mut removed = Vec::new();
    for x in old {
        match unmatched.iter().position(|y| *y == x) {
            Some(i) => {
                unmatched.remove(i);
            }
            None => removed.push(x),
        }
    }
    let added = unmatched;
    (0..removed.len().max(added.len()))
        .map(|i| Change {
            field: field.to_string(),
            old: removed.get(i).and_then(|v| text(v)),
            new: added.get(i).and_then(|v| text(v)),
            old_value: removed.get(i).map(|v| (*v).clone()),
            new_value: added.get(i).map(|v| (*v).clone()),
        })
        .collect()
}

/// A value as a reader would write it: a quote as `Speaker: "words"
/// (context) [sources]` and its other renderings, a highlight as its text and sources, a context
/// event as its date and title; `None` for nothing.
fn text(v: &Value) -> Option<String> {
    let s = |v: Option<&Value>| v.and_then(text).unwrap_or_default();
    let cited = |m: &serde_json::Map<String, Value>| match m.get("sources").and_then(text) {
        Some(list) if !list.is_empty() => format!(" [{list}]"),
        _ => String::new(),
    };
    Some(match v {
        Value::Null => return None,
        Value::String(t) => t.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().filter_map(text).collect::<Vec<_>>().join(", "),
        Value::Object(m) if m.contains_key("speaker") => {
            let context = match m.get("context").and_then(text) {
                Some(c) => format!(" ({c})"),
                None => String::new(),
            };
            let mut line = format!(
                "{}: \"{}\"{context}{}",
                s(m.get("speaker")),
                s(m.get("text")),
                cited(m)
            );
            // Other renderings of the remark, each with its sources.
            for v in m
                .get("variants")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Value::Object(v) = v {
                    line.push_str(&format!(
                        " / also rendered: \"{}\"{}",
                        s(v.get("text")),
                        cited(v)
                    ));
                }
            }
            line
        }
        Value::Object(m) if m.contains_key("title") && m.contains_key("date") => {
            format!("{} {}{}", s(m.get("date")), s(m.get("title")), cited(m))
        }
        Value::Object(m) if m.contains_key("text") => format!("{}{}", s(m.get("text")), cited(m)),
        Value::Object(m) => m
            .iter()
            .filter_map(|(k, v)| text(v).map(|t| format!("{k} {t}")))
            .collect::<Vec<_>>()
            .join(", "),
    })
}

#[cfg(test)]
mod tests;
