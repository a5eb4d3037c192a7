//! The JSON Schema of the dataset format, with the rules `validate`
//! applies to single values written in as schema keywords, so an editor
//! flags what `summit validate` would.

use serde_json::{Value, json};

/// An id: lowercase letters, digits and hyphens.
const ID: &str = "^[a-z0-9-]+$";
/// Text that is not empty or blank.
const NOT_BLANK: &str = "\\S";
/// One line of text, not blank: a list item.
const ONE_LINE: &str = "^[^\\r\\n]*\\S[^\\r\\n]*$";
/// One line of text, possibly empty.
const NO_BREAK: &str = "^[^\\r\\n]*$";
/// An absolute http(s) URL with a host name.
const URL: &str = "^https?://([^\\s/?#]*\\.[^\\s/?#]*|localhost[^\\s/?#]*)([/?#]\\S*)?$";
/// An EDTF date the loader accepts: a year, month, season or day, with
/// digits left unspecified from the right (`201X`, `2018-XX`, `XXXX` for
/// no known date) and an optional `?`, `~` or `%`, or an interval between
/// two of these.
const EDTF: &str = "^(?:(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX|[0-9]XXX|XXXX)(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?|-(?:2[1-9]|3[0-9]|4[01]))?[?~%]?)(?:/(?:(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX|[0-9]XXX|XXXX)(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?|-(?:2[1-9]|3[0-9]|4[01]))?[?~%]?|\\.\\.))?$";

/// A calendar day, `YYYY-MM-DD`.
const DAY: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/// What the schema cannot say, listed in its description.
const BEYOND: &str = "Some rules span more than one value, and only `summit validate` checks \
them: ids are unique among encounters and among sources; every cited source id names a \
source of the dataset; an interval does not end before it starts; only a context period may have an open end (`..`); a day exists in its \
month (no 30 February). `summit validate --strict` also requires every highlight and quote \
to cite a source, and every source to have a url unless it is print_only.";

/// The JSON Schema of the dataset format (draft 2020-12).
pub fn json_schema() -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(super::Dataset))
        .expect("a schema is plain JSON");
    let set = |schema: &mut Value, pointer: &str, key: &str, value: Value| {
        let object = schema
            .pointer_mut(pointer)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| panic!("the schema has no {pointer}"));
        object.insert(key.to_string(), value);
    };
    let encounter = "/$defs/Encounter/properties";
    let source = "/$defs/Source/properties";
    for pointer in [format!("{encounter}/id"), format!("{source}/id")] {
        set(&mut schema, &pointer, "pattern", json!(ID));
    }
    for pointer in [
        format!("{encounter}/title"),
        format!("{encounter}/city"),
        format!("{encounter}/country"),
        format!("{encounter}/occasion"),
        format!("{encounter}/summary"),
        format!("{source}/title"),
        format!("{source}/publisher"),
        "/$defs/ContextEvent/properties/title".to_string(),
    ] {
        set(&mut schema, &pointer, "pattern", json!(NOT_BLANK));
    }
    // List items are one line each: CSV writes them one per line.
    for pointer in [
        "/$defs/Quote/properties/speaker",
        "/$defs/Quote/properties/text",
        "/$defs/Highlight/oneOf/0",
        "/$defs/Highlight/oneOf/1/properties/text",
    ] {
        set(&mut schema, pointer, "pattern", json!(ONE_LINE));
    }
    for pointer in [
        format!("{encounter}/participants/items"),
        format!("{encounter}/topics/items"),
        "/$defs/Quote/properties/context".to_string(),
    ] {
        set(&mut schema, &pointer, "pattern", json!(NO_BREAK));
    }
    for pointer in [format!("{source}/url"), format!("{source}/archive_url")] {
        set(&mut schema, &pointer, "pattern", json!(URL));
    }
    for pointer in [
        format!("{encounter}/sources"),
        "/$defs/ContextEvent/properties/sources".to_string(),
    ] {
        set(&mut schema, &pointer, "minItems", json!(1));
    }
    set(&mut schema, "/$defs/EdtfDate", "pattern", json!(EDTF));
    // Only a context period may be ongoing: an encounter's date ends.
    set(
        &mut schema,
        &format!("{encounter}/date"),
        "not",
        json!({ "pattern": "/\\.\\.$" }),
    );
    for pointer in ["/properties/updated", "/properties/checked_through"] {
        set(&mut schema, pointer, "pattern", json!(DAY));
    }
    set(
        &mut schema,
        "/properties/encounters",
        "description",
        json!("The encounters, in any order."),
    );
    set(
        &mut schema,
        "",
        "description",
        json!(format!(
            "A dataset of encounters between two leaders: its description, sources, \
             encounters and context. {BEYOND}"
        )),
    );
    schema
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date pattern accepts what the loader accepts, and rejects what
    /// it rejects for its form (impossible days are beyond a pattern).
    #[test]
    fn the_date_pattern_follows_the_loader() {
        let pattern = regex_lite(EDTF);
        for good in [
            "2018",
            "2018-07",
            "2018-07-16",
            "2018-23",
            "2018-41",
            "2018?",
            "2018-07~",
            "2017-11-10/2017-11-11",
            "2018-21/2018-23",
            "2025-10/2025-11",
            "2025-01-20/..",
        ] {
            assert!(pattern(good), "{good} rejected");
            assert!(crate::EdtfDate::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "2018-7-16",
            "2018-13",
            "July 2018",
            "18-07-16",
            "2018-07-16T10:00",
            "../2018",
            "2018/",
            "2018-00",
            "2018-20",
            "2018-07-32",
        ] {
            assert!(!pattern(bad), "{bad} accepted");
            assert!(crate::EdtfDate::parse(bad).is_err(), "{bad}");
        }
    }

    /// A matcher for `pattern`, through the same validator editors use.
    fn regex_lite(pattern: &str) -> impl Fn(&str) -> bool {
        let schema = json!({"type": "string", "pattern": pattern});
        let v = jsonschema::validator_for(&schema).unwrap();
        move |s| v.is_valid(&json!(s))
    }
}
