//! What keeps an imported draft from validating, said once: the required
//! fields the input left empty, by record, and the other problems
//! validation finds (a date that is not one, a source the dataset does not
//! list), without saying twice what an empty field already says.

use std::collections::BTreeSet;

use super::Draft;
use crate::dataset::Segment;
use crate::error::{DataError, Kind, Origin};

/// The draft checked: what is left to do before it validates.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// The required fields left empty: "the dataset", "encounters[2]
    /// (riga-summit-2020, row 4)" or "context[0] (title)", and its fields.
    pub empty: Vec<(String, Vec<String>)>,
    /// Every other problem, with the record it is in ("(riga-2020, row
    /// 4)") when it is in one.
    pub problems: Vec<(DataError, Option<String>)>,
    /// How many records cite no source.
    pub uncited: usize,
    /// The source ids cited that the dataset does not list.
    pub unknown_sources: BTreeSet<String>,
}

impl Checked {
    /// True when nothing is left to do.
    pub fn validates(&self) -> bool {
        self.empty.is_empty() && self.problems.is_empty()
    }

    /// How many things are left to fill in or correct.
    pub fn to_do(&self) -> usize {
        self.empty.iter().map(|(_, f)| f.len()).sum::<usize>() + self.problems.len()
    }
}

impl Draft {
    /// Check the draft as it would be written to `origin`.
    pub fn check(&self, origin: &Origin) -> Checked {
        let json = self.to_json();
        let empty = self.empty_fields();
        let problems = match crate::dataset::check(json.as_bytes(), origin) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        };
        // A problem with a field already listed as empty says nothing more.
        let listed = |p: &DataError| {
            let Some(path) = &p.path else {
                return false;
            };
            let (record, field) = match path.segments() {
                [
                    Segment::Field(list),
                    Segment::Index(i),
                    Segment::Field(f),
                    ..,
                ] => (format!("{list}[{i}]"), f.as_str()),
                [Segment::Field(f)] => ("the dataset".to_string(), f.as_str()),
                _ => return false,
            };
            empty
                .iter()
                .any(|(r, fields)| r.starts_with(&record) && fields.iter().any(|x| x == field))
        };
        let mut unknown_sources = BTreeSet::new();
        let problems: Vec<(DataError, Option<String>)> = problems
            .into_iter()
            .filter(|p| !listed(p))
            .map(|p| {
                if let Kind::UnknownSource(id) = &p.kind {
                    unknown_sources.insert(id.to_string());
                }
                let record = p.path.as_ref().and_then(|path| match path.segments() {
                    [Segment::Field(f), Segment::Index(i), ..] if f == "encounters" => self
                        .encounters
                        .get(*i)
                        .map(|e| format!("({}, {})", e.id(), e.origin)),
                    _ => None,
                });
                (p, record)
            })
            .collect();
        let uncited = empty
            .iter()
            .filter(|(r, fields)| {
                r.starts_with("encounters[") && fields.iter().any(|f| f == "sources")
            })
            .count();
        Checked {
            empty,
            problems,
            uncited,
            unknown_sources,
        }
    }
}
