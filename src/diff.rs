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
use crate::model::Encounter;

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

/// An encounter, as the changes name it.
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
}

impl Record {
    fn of(e: &Encounter) -> Record {
        Record {
            id: e.id.to_string(),
            title: e.title.to_string(),
            date: e.date.human(),
            edtf: e.date.to_string(),
            outcome: e.outcome.to_string(),
        }
    }
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
pub fn diff(old: &Dataset, new: &Dataset) -> Diff {
    let mut d = Diff::default();
    for (field, a, b) in [
        ("title", Some(old.title.clone()), Some(new.title.clone())),
        (
            "description",
            Some(old.description.clone()),
            Some(new.description.clone()),
        ),
        (
            "updated",
            Some(old.updated.to_string()),
            Some(new.updated.to_string()),
        ),
        (
            "checked_through",
            old.checked_through.map(|c| c.to_string()),
            new.checked_through.map(|c| c.to_string()),
        ),
    ] {
        if a != b {
            d.dataset.push(Change {
                field: field.into(),
                old_value: a.clone().map(Value::from),
                new_value: b.clone().map(Value::from),
                old: a,
                new: b,
            });
        }
    }

    let olds: BTreeMap<&str, &Encounter> =
        old.encounters.iter().map(|e| (e.id.as_ref(), e)).collect();
    let news: BTreeMap<&str, &Encounter> =
        new.encounters.iter().map(|e| (e.id.as_ref(), e)).collect();
    for e in old.chronological() {
        if !news.contains_key(e.id.as_ref()) {
            d.removed.push(Record::of(e));
        }
    }
    for e in new.chronological() {
        match olds.get(e.id.as_ref()) {
            None => d.added.push(Record::of(e)),
            Some(before) => {
                let changes = compare(&to_value(before), &to_value(e), fields("encounters"));
                if !changes.is_empty() {
                    d.changed.push(Changed {
                        record: Record::of(e),
                        changes,
                    });
                }
            }
        }
    }

    let source = |s: &crate::model::Source| SourceRecord {
        id: s.id.clone(),
        publisher: s.publisher.clone(),
        title: s.title.clone(),
    };
    for s in &old.sources {
        if !new.sources.iter().any(|n| n.id == s.id) {
            d.sources_removed.push(source(s));
        }
    }
    for s in &new.sources {
        match old.sources.iter().find(|o| o.id == s.id) {
            None => d.sources_added.push(source(s)),
            Some(before) => {
                let changes = compare(&to_value(before), &to_value(s), fields("sources"));
                if !changes.is_empty() {
                    d.sources_changed.push(Changed {
                        record: source(s),
                        changes,
                    });
                }
            }
        }
    }

    d.context = list_changes(
        "context",
        &old.context.iter().map(to_value).collect::<Vec<_>>(),
        &new.context.iter().map(to_value).collect::<Vec<_>>(),
    );
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
/// (context) [sources]`, a highlight as its text and sources, a context
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
            format!(
                "{}: \"{}\"{context}{}",
                s(m.get("speaker")),
                s(m.get("text")),
                cited(m)
            )
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
mod tests {
    use super::*;

    fn edited(edit: impl FnOnce(&mut Value)) -> String {
        let mut v: Value = serde_json::from_str(crate::BUNDLED_JSON).unwrap();
        edit(&mut v);
        v.to_string()
    }

    #[test]
    fn the_same_edition_has_no_changes() {
        let a = Dataset::bundled().unwrap();
        let b = Dataset::bundled().unwrap();
        assert!(diff(&a, &b).is_empty());
    }

    #[test]
    fn names_each_changed_field_with_old_and_new() {
        let old = Dataset::bundled().unwrap();
        let json = edited(|v| {
            let e = &mut v["encounters"][3];
            assert_eq!(e["id"], "helsinki-2018");
            e["duration_minutes"] = 150.into();
            e["outcome"] = "informal".into();
            e["topics"].as_array_mut().unwrap().push("weather".into());
            let q = &mut e["quotes"][0]["text"];
            *q = format!("{} (corrected)", q.as_str().unwrap()).into();
            v["encounters"].as_array_mut().unwrap().remove(0);
            v["updated"] = "2026-12-01".into();
        });
        let new = Dataset::from_str_with(&json, crate::Origin::Bundled).unwrap();
        let d = diff(&old, &new);
        assert_eq!(d.removed.len(), 1);
        assert_eq!(d.removed[0].id, "hamburg-2017");
        assert!(d.added.is_empty());
        assert_eq!(d.changed.len(), 1);
        let c = &d.changed[0];
        assert_eq!(c.record.id, "helsinki-2018");
        let fields: Vec<&str> = c.changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(
            fields,
            ["outcome", "duration_minutes", "quotes", "topics"],
            "{c:?}"
        );
        assert_eq!(
            (c.changes[0].old.as_deref(), c.changes[0].new.as_deref()),
            (Some("held"), Some("informal"))
        );
        assert_eq!(c.changes[1].new.as_deref(), Some("150"));
        let quote = &c.changes[2];
        let (was, now) = (quote.old.as_deref().unwrap(), quote.new.as_deref().unwrap());
        assert!(
            !was.contains("(corrected)") && now.contains("(corrected)"),
            "{quote:?}"
        );
        assert_eq!(
            (c.changes[3].old.as_deref(), c.changes[3].new.as_deref()),
            (None, Some("weather"))
        );
        assert_eq!(
            d.dataset,
            [Change {
                field: "updated".into(),
                old: Some(old.updated.to_string()),
                new: Some("2026-12-01".into()),
                old_value: Some(old.updated.to_string().into()),
                new_value: Some("2026-12-01".into()),
            }]
        );
    }

    #[test]
    fn values_read_as_a_reader_writes_them() {
        let v = |s: &str| serde_json::from_str::<Value>(s).unwrap();
        assert_eq!(
            text(&v(
                r#"{"speaker": "Putin", "text": "Yes.", "context": "In English", "sources": ["a", "b"]}"#
            )),
            Some(r#"Putin: "Yes." (In English) [a, b]"#.to_string())
        );
        assert_eq!(
            text(&v(r#"{"speaker": "Putin", "text": "Yes."}"#)),
            Some(r#"Putin: "Yes.""#.to_string())
        );
        assert_eq!(
            text(&v(r#"{"text": "They met.", "sources": ["a"]}"#)),
            Some("They met. [a]".to_string())
        );
        assert_eq!(
            text(&v(r#"{"text": "They met.", "sources": []}"#)),
            Some("They met.".to_string())
        );
        assert_eq!(
            text(&v(
                r#"{"date": "2014", "title": "Crimea", "sources": ["p"]}"#
            )),
            Some("2014 Crimea [p]".to_string())
        );
        // A title alone is not a context event.
        assert_eq!(
            text(&v(r#"{"title": "T", "of": "city"}"#)),
            Some("of city, title T".to_string())
        );
        assert_eq!(text(&v("null")), None);
        assert_eq!(text(&v("[1, true]")), Some("1, true".to_string()));
    }

    #[test]
    fn a_list_that_appears_or_goes_is_item_by_item() {
        let old = v(r#"{"id": "a"}"#);
        let new = v(r#"{"id": "a", "topics": ["x", "y"]}"#);
        let changes = compare(&old, &new, fields("encounters"));
        assert_eq!(changes.len(), 2);
        assert_eq!(
            (changes[0].old.as_deref(), changes[0].new.as_deref()),
            (None, Some("x"))
        );
        let back = compare(&new, &old, fields("encounters"));
        assert_eq!(
            (back[1].old.as_deref(), back[1].new.as_deref()),
            (Some("y"), None)
        );
        // A plain value that appears: no old value at all.
        let changes = compare(
            &old,
            &v(r#"{"id": "a", "venue": "V"}"#),
            fields("encounters"),
        );
        assert_eq!(changes[0].old_value, None);
        assert_eq!(changes[0].new_value, Some(Value::from("V")));
    }

    fn v(s: &str) -> Value {
        serde_json::from_str(s).unwrap()
    }

    #[test]
    fn sources_and_context_are_compared_too() {
        // A source no record cites, removed: named, and nothing else.
        let old = Dataset::bundled().unwrap();
        let unused = edited(|v| {
            v["sources"]
                .as_array_mut()
                .unwrap()
                .push(serde_json::json!({
                    "id": "spare", "title": "Spare", "publisher": "P", "date": "2020"
                }));
        });
        let spare = Dataset::from_str_with(&unused, crate::Origin::Bundled).unwrap();
        let d = diff(&spare, &old);
        assert_eq!(d.sources_removed.len(), 1);
        assert_eq!(d.sources_removed[0].id, "spare");
        assert!(diff(&old, &spare).sources_removed.is_empty());
        let old = Dataset::bundled().unwrap();
        let json = edited(|v| {
            v["sources"][0]["title"] = "A new title".into();
            v["context"].as_array_mut().unwrap().remove(0);
        });
        let new = Dataset::from_str_with(&json, crate::Origin::Bundled).unwrap();
        let d = diff(&old, &new);
        assert!(d.sources_removed.is_empty() && d.sources_added.is_empty());
        assert_eq!(d.sources_changed.len(), 1);
        assert_eq!(d.sources_changed[0].changes[0].field, "title");
        assert_eq!(d.context.len(), 1);
        assert!(d.context[0].new.is_none());
        assert!(d.changed.is_empty() && d.added.is_empty());
    }
}
