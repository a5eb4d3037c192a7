//! The dataset's own rules: everything the JSON types cannot say (id
//! syntax, unique ids, non-empty text, sources that resolve).

use std::collections::{HashMap, HashSet};

use super::path::JsonPath;
use crate::model::{ContextEvent, Encounter, Source};

/// A rule problem: where, and what is wrong.
pub(crate) type Problem = (JsonPath, String);

/// The records to check, each with its index in the document. A record
/// that did not parse is simply absent; `sources_complete` says whether
/// every source parsed, without which references cannot be judged.
pub(crate) struct Records<'d, 'a> {
    pub sources: Vec<(usize, &'d Source)>,
    pub sources_complete: bool,
    pub encounters: Vec<(usize, &'d Encounter<'a>)>,
    pub context: Vec<(usize, &'d ContextEvent)>,
}

/// Every rule problem in `records`, in document order.
pub(crate) fn problems(records: &Records) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut say = |path: JsonPath, message: String| problems.push((path, message));

    let mut source_ids = HashSet::with_capacity(records.sources.len());
    for &(i, s) in &records.sources {
        // Paths are made only for problems: most datasets have none, and
        // a large one would otherwise make millions of them.
        let at = |field: &str| JsonPath::field("sources").index(i).at(field);
        if let Some(m) = id_problem(&s.id) {
            say(at("id"), m);
        } else if !source_ids.insert(s.id.as_str()) {
            say(at("id"), format!("duplicate source id \"{}\"", s.id));
        }
        require(&mut say, &s.title, || at("title"));
        require(&mut say, &s.publisher, || at("publisher"));
    }
    let all_ids: Vec<&str> = records.sources.iter().map(|(_, s)| s.id.as_str()).collect();
    let check_refs = |say: &mut dyn FnMut(JsonPath, String),
                      refs: &mut dyn ExactSizeIterator<Item = &str>,
                      base: &dyn Fn() -> JsonPath| {
        if refs.len() == 0 {
            say(base(), "at least one source is required".to_string());
        }
        if !records.sources_complete {
            return;
        }
        for (j, r) in refs.enumerate() {
            if !source_ids.contains(r) {
                let hint = crate::suggest::did_you_mean(r, all_ids.iter().copied());
                say(
                    base().index(j),
                    format!("source \"{r}\" is not in the dataset's sources{hint}"),
                );
            }
        }
    };

    let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(records.encounters.len());
    for &(i, e) in &records.encounters {
        let at = |field: &str| JsonPath::field("encounters").index(i).at(field);
        if let Some(m) = id_problem(&e.id) {
            say(at("id"), m);
        } else if let Some(&first) = first_seen.get(e.id.as_ref()) {
            say(
                at("id"),
                format!(
                    "duplicate id \"{}\" (first used by encounters[{first}])",
                    e.id
                ),
            );
        } else {
            first_seen.insert(e.id.as_ref(), i);
        }
        require(&mut say, &e.title, || at("title"));
        require(&mut say, &e.city, || at("city"));
        require(&mut say, &e.country, || at("country"));
        for (j, q) in e.quotes.iter().enumerate() {
            let quote = |field: &str| at("quotes").index(j).at(field);
            require(&mut say, &q.speaker, || quote("speaker"));
            require(&mut say, &q.text, || quote("text"));
        }
        check_refs(&mut say, &mut e.sources.iter().map(AsRef::as_ref), &|| {
            at("sources")
        });
    }
    for &(i, c) in &records.context {
        let at = |field: &str| JsonPath::field("context").index(i).at(field);
        require(&mut say, &c.title, || at("title"));
        check_refs(&mut say, &mut c.sources.iter().map(String::as_str), &|| {
            at("sources")
        });
    }
    problems
}

fn require(say: &mut dyn FnMut(JsonPath, String), value: &str, path: impl FnOnce() -> JsonPath) {
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
