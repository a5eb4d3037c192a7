//! Tests of `diff`.

use super::*;

fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(crate::testing::RECORD_JSON).unwrap();
    edit(&mut v);
    v.to_string()
}

fn version(json: &str) -> Version {
    Version::read(json.as_bytes(), &Origin::Bundled).unwrap()
}

fn recorded() -> Version {
    Version::of(&crate::testing::record())
}

#[test]
fn the_same_edition_has_no_changes() {
    assert!(diff(&recorded(), &recorded()).is_empty());
    assert!(diff(&recorded(), &version(crate::testing::RECORD_JSON)).is_empty());
    assert!(!recorded().is_draft());
}

#[test]
fn a_draft_is_compared_as_it_stands() {
    // What an import writes: required fields left empty, an outcome
    // not yet given, a record with no date.
    let json = edited(|v| {
        let e = record(v, "2018-helsinki");
        e["summary"] = "".into();
        e["outcome"] = "".into();
        e["sources"] = serde_json::json!([]);
        let mut new = v["encounters"][0].clone();
        new["id"] = "riga-2020".into();
        new["date"] = "".into();
        v["encounters"].as_array_mut().unwrap().push(new);
    });
    let draft = version(&json);
    assert!(draft.is_draft());
    assert!(draft.problems.len() >= 2, "{:?}", draft.problems);
    let d = diff(&recorded(), &draft);
    assert_eq!(d.added.len(), 1);
    assert_eq!(
        (d.added[0].id.as_str(), d.added[0].date.as_str()),
        ("riga-2020", "")
    );
    let c = &d.changed[0];
    assert_eq!(c.record.id, "2018-helsinki");
    assert_eq!(c.record.outcome, "");
    let fields: Vec<&str> = c.changes.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields[0], "outcome");
    assert!(
        fields.contains(&"summary") && fields.contains(&"sources"),
        "{fields:?}"
    );
    // The undated record comes last, the others in date order.
    assert_eq!(draft.encounters.last().unwrap()["id"], "riga-2020");
}

#[test]
fn what_is_not_even_a_draft_is_refused_with_its_first_problem() {
    let refused = |json: &str| Version::read(json.as_bytes(), &Origin::Bundled).unwrap_err();
    assert!(refused("{bad").message.contains("key must be a string"));
    refused("[1, 2]");
    refused(r#"{"title": "t", "encounters": 5}"#);
    refused(r#"{"title": "t", "encounters": [1]}"#);
    // Records without an id, or with the same one, cannot be told apart.
    refused(r#"{"title": "t", "encounters": [{"title": "a"}]}"#);
    refused(r#"{"title": "t", "encounters": [{"id": " "}]}"#);
    refused(r#"{"title": "t", "encounters": [{"id": "a"}, {"id": "a"}]}"#);
    // Not a dataset's shape: text that is not text, no encounters.
    refused(r#"{"title": 3, "encounters": [{"id": "a"}]}"#);
    refused(r#"{"title": "t"}"#);
    refused(r#"{"title": "t", "encounters": [], "sources": {}}"#);
    let lone = version(r#"{"title": "t", "encounters": [{"id": "a"}]}"#);
    assert_eq!(lone.encounters(), 1);
    assert_eq!(lone.title(), "t");
}

#[test]
fn names_each_changed_field_with_old_and_new() {
    let old = crate::testing::record();
    let old_version = Version::of(&old);
    let json = edited(|v| {
        let e = record(v, "2018-helsinki");
        assert_eq!(e["id"], "2018-helsinki");
        e["duration_minutes"] = 150.into();
        e["outcome"] = "informal".into();
        e["topics"].as_array_mut().unwrap().push("weather".into());
        let q = &mut e["quotes"][0]["text"];
        *q = format!("{} (corrected)", q.as_str().unwrap()).into();
        let list = v["encounters"].as_array_mut().unwrap();
        list.retain(|e| e["id"] != "2017-hamburg");
        v["updated"] = "2026-12-01".into();
    });
    let d = diff(&old_version, &version(&json));
    assert_eq!(d.removed.len(), 1);
    assert_eq!(d.removed[0].id, "2017-hamburg");
    assert!(d.added.is_empty());
    assert_eq!(d.changed.len(), 1);
    let c = &d.changed[0];
    assert_eq!(c.record.id, "2018-helsinki");
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
    let old = crate::testing::record();
    let unused = edited(|v| {
        v["sources"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "id": "spare", "title": "Spare", "publisher": "P", "date": "2020"
            }));
    });
    let spare = version(&unused);
    let old = Version::of(&old);
    let d = diff(&spare, &old);
    assert_eq!(d.sources_removed.len(), 1);
    assert_eq!(d.sources_removed[0].id, "spare");
    assert!(diff(&old, &spare).sources_removed.is_empty());
    let json = edited(|v| {
        v["sources"][0]["title"] = "A new title".into();
        v["context"].as_array_mut().unwrap().remove(0);
    });
    let d = diff(&old, &version(&json));
    assert!(d.sources_removed.is_empty() && d.sources_added.is_empty());
    assert_eq!(d.sources_changed.len(), 1);
    assert_eq!(d.sources_changed[0].changes[0].field, "title");
    assert_eq!(d.context.len(), 1);
    assert!(d.context[0].new.is_none());
    assert!(d.changed.is_empty() && d.added.is_empty());
}

/// The record with `id` in a dataset's JSON.
fn record<'v>(v: &'v mut serde_json::Value, id: &str) -> &'v mut serde_json::Value {
    v["encounters"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["id"] == id)
        .unwrap()
}
