//! Bringing a timeline in from elsewhere: a TimelineJS sheet, summit's own
//! CSV, or a calendar. Each importer turns its input into a [`Draft`]: a
//! dataset in the summit format in which whatever the input does not say
//! is left empty (a draft may not validate yet), and [`Note`]s on what it
//! could not map, by row and column or by event.
//!
//! Nothing is invented. A base dataset can supply what a format cannot
//! carry: the title, description and dates, the sources, the context
//! events, and, for a record whose id it also has, the fields the format
//! leaves out (coordinates, the sources of highlights and quotes, and for
//! a calendar most of the record).

pub mod csv;
pub mod ics;
pub mod timelinejs;

use chrono::NaiveDate;
use serde::Serialize;

use crate::Dataset;
use crate::fields::Field;
use crate::model::{ContextEvent, Coordinates, Highlight, Quote, Source};

/// A dataset as an importer writes it: the format's fields in the format's
/// order, where a required one may still be empty.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Draft {
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub title: String,
    pub description: String,
    pub updated: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked_through: Option<String>,
    pub sources: Vec<Source>,
    pub encounters: Vec<DraftEncounter>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<DraftContext>,
}

/// An encounter being imported.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DraftEncounter {
    pub id: String,
    pub title: String,
    pub date: String,
    pub city: String,
    pub country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    pub occasion: String,
    pub outcome: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_note: Option<String>,
    pub participants: Vec<String>,
    pub summary: String,
    pub highlights: Vec<Highlight<'static>>,
    pub quotes: Vec<Quote<'static>>,
    pub topics: Vec<String>,
    pub sources: Vec<String>,
    /// Where it came from in the input, for messages: "row 4", "event
    /// UID x".
    #[serde(skip)]
    pub origin: String,
    /// Highlights and quotes the base could not give sources for.
    #[serde(skip)]
    pub uncited: Vec<String>,
    /// Notes on a field left empty, by field: said only if the base does
    /// not fill it.
    #[serde(skip)]
    pub pending: Vec<(Field, Note)>,
}

/// A context event being imported.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DraftContext {
    pub date: String,
    pub title: String,
    pub sources: Vec<String>,
}

impl From<&ContextEvent> for DraftContext {
    fn from(c: &ContextEvent) -> Self {
        DraftContext {
            date: c.date.to_string(),
            title: c.title.clone(),
            sources: c.sources.clone(),
        }
    }
}

/// Why an input could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Nothing in it.
    #[error("the file is empty")]
    Empty,
    /// JSON where a sheet was expected.
    #[error(
        "this is JSON, not a sheet: download the sheet as CSV (File > Download > Comma-separated values)"
    )]
    Json,
    /// Not CSV.
    #[error("not CSV: {0}")]
    NotCsv(String),
    /// A row that cannot be read.
    #[error("row {row}: {message}")]
    Row {
        /// Its number in the file (the header is row 1).
        row: usize,
        /// What is wrong.
        message: String,
    },
    /// A header without the columns the format needs.
    #[error("the header has no {} column ({expected}); its columns are {}", missing.join(" or "), found.join(", "))]
    Columns {
        /// The columns it lacks.
        missing: Vec<&'static str>,
        /// What the format's header is.
        expected: String,
        /// The header's columns.
        found: Vec<String>,
    },
    /// Not a calendar.
    #[error("not a calendar: no BEGIN:VCALENDAR line")]
    NotCalendar,
}

/// Something in the input that was not imported, or not as it stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Where: "row 4, column Media", "event UID abc@example.org".
    pub at: String,
    /// What happened to it, and what to do.
    pub message: String,
}

/// An import: the draft, and the notes on what did not map.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub draft: Draft,
    pub notes: Vec<Note>,
}

/// The fields of a record a format carries; the others come from the base
/// record with the same id, when there is one.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Carries {
    pub venue: bool,
    pub duration: bool,
    pub participants: bool,
    pub highlights: bool,
    pub quotes: bool,
    pub topics: bool,
}

impl Draft {
    /// A draft written on `today`, with the dataset-wide fields of `base`
    /// when given.
    pub(crate) fn new(base: Option<&Dataset>, today: NaiveDate) -> Draft {
        match base {
            Some(b) => Draft {
                schema: b.schema.clone(),
                title: b.title.clone(),
                description: b.description.clone(),
                updated: b.updated.to_string(),
                checked_through: b.checked_through.map(|d| d.to_string()),
                sources: b.sources.clone(),
                encounters: Vec::new(),
                context: b.context.iter().map(DraftContext::from).collect(),
            },
            None => Draft {
                updated: today.to_string(),
                ..Draft::default()
            },
        }
    }

    /// Fill in, from the base record with the same id, what the format
    /// does not carry; then give every record an id of its own.
    pub(crate) fn complete(
        &mut self,
        base: Option<&Dataset>,
        carries: Carries,
        notes: &mut Vec<Note>,
    ) {
        if let Some(base) = base {
            for e in &mut self.encounters {
                if let Some(b) = base.encounter(&e.id) {
                    e.fill_from(b, carries);
                    for message in std::mem::take(&mut e.uncited) {
                        notes.push(Note {
                            at: e.origin.clone(),
                            message,
                        });
                    }
                }
            }
            // A record of the base that the input does not have is not in
            // the draft: said, so no filled-in work goes without a word.
            // One of the input's records of the same date may be it under
            // another id: said one by one; the rest in one note.
            let mut gone = Vec::new();
            for b in base.chronological() {
                if self.encounters.iter().any(|e| e.id == b.id) {
                    continue;
                }
                let same_day = self
                    .encounters
                    .iter()
                    .find(|e| e.date == b.date.as_str() && base.encounter(&e.id).is_none());
                match same_day {
                    Some(e) => notes.push(Note {
                        at: format!("the base's {}", b.id),
                        message: format!(
                            "\"{}\" ({}) is not in the input, so it is not in the draft; {} ({}) has its date: if it is the same record, give it the id {}",
                            b.title,
                            b.date.human(),
                            e.origin,
                            e.id,
                            b.id
                        ),
                    }),
                    None => gone.push(b.id.to_string()),
                }
            }
            if !gone.is_empty() {
                const SHOWN: usize = 10;
                let more = match gone.len().saturating_sub(SHOWN) {
                    0 => String::new(),
                    n => format!(" and {n} more"),
                };
                let (one, many) = ("record is", "records are");
                notes.push(Note {
                    at: "the base".into(),
                    message: format!(
                        "{} {} not in the input, so not in the draft: {}{more}",
                        gone.len(),
                        if gone.len() == 1 { one } else { many },
                        gone[..gone.len().min(SHOWN)].join(", ")
                    ),
                });
            }
            // A context event the base has already (the input's own copy
            // of it, without sources) is the base's.
            let mut seen = std::collections::HashSet::new();
            self.context
                .retain(|c| seen.insert((c.date.clone(), crate::text::fold(&c.title))));
        }
        // What is still empty is said; what the base filled is not.
        for e in &mut self.encounters {
            for (field, note) in std::mem::take(&mut e.pending) {
                if e.is_empty(field) {
                    notes.push(note);
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        for e in &mut self.encounters {
            let stem = e.id.clone();
            let mut n = 2;
            while !seen.insert(e.id.clone()) {
                e.id = format!("{stem}-{n}");
                n += 1;
            }
        }
    }

    /// The required fields left empty, by record: "the dataset" and its
    /// fields, then "encounters[2] (riga-summit-2020, row 4)" and its, then
    /// "context[0] (title)" and its.
    pub fn empty_fields(&self) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        let blank = |s: &str| s.trim().is_empty();
        if blank(&self.title) {
            out.push(("the dataset".to_string(), vec!["title".to_string()]));
        }
        for (i, e) in self.encounters.iter().enumerate() {
            let fields: Vec<String> = Field::ALL
                .into_iter()
                .filter(|f| f.required() && e.is_empty(*f))
                .map(|f| f.name().to_string())
                .collect();
            if !fields.is_empty() {
                out.push((format!("encounters[{i}] ({}, {})", e.id, e.origin), fields));
            }
        }
        for (i, c) in self.context.iter().enumerate() {
            let fields: Vec<String> = [
                ("date", blank(&c.date)),
                ("title", blank(&c.title)),
                ("sources", c.sources.is_empty()),
            ]
            .into_iter()
            .filter(|(_, empty)| *empty)
            .map(|(f, _)| f.to_string())
            .collect();
            if !fields.is_empty() {
                out.push((format!("context[{i}] ({})", c.title), fields));
            }
        }
        out
    }

    /// The draft as a dataset file: pretty JSON, ending in a newline.
    pub fn to_json(&self) -> String {
        // Strings, numbers and the model's own types always serialize.
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

impl DraftEncounter {
    /// True when `field` holds nothing: blank text, an empty list, no
    /// value.
    pub fn is_empty(&self, field: Field) -> bool {
        let blank = |s: &str| s.trim().is_empty();
        match field {
            Field::Id => blank(&self.id),
            Field::Title => blank(&self.title),
            Field::Date => blank(&self.date),
            Field::City => blank(&self.city),
            Field::Country => blank(&self.country),
            Field::Venue => self.venue.as_deref().is_none_or(blank),
            Field::Coordinates => self.coordinates.is_none(),
            Field::Occasion => blank(&self.occasion),
            Field::Outcome => blank(&self.outcome),
            Field::DurationMinutes => self.duration_minutes.is_none(),
            Field::DurationNote => self.duration_note.as_deref().is_none_or(blank),
            Field::Participants => self.participants.is_empty(),
            Field::Summary => blank(&self.summary),
            Field::Highlights => self.highlights.is_empty(),
            Field::Quotes => self.quotes.is_empty(),
            Field::Topics => self.topics.is_empty(),
            Field::Sources => self.sources.is_empty(),
        }
    }

    fn fill_from(&mut self, b: &crate::model::Encounter, carries: Carries) {
        if self.coordinates.is_none() {
            self.coordinates.clone_from(&b.coordinates);
        }
        // A required field the input left empty is the base's: the input
        // says nothing of it (a sheet of no places, a partial CSV).
        for (mine, theirs) in [
            (&mut self.title, &b.title),
            (&mut self.city, &b.city),
            (&mut self.country, &b.country),
            (&mut self.occasion, &b.occasion),
            (&mut self.summary, &b.summary),
        ] {
            if mine.trim().is_empty() {
                *mine = theirs.to_string();
            }
        }
        if self.date.trim().is_empty() {
            self.date = b.date.to_string();
        }
        if self.outcome.trim().is_empty() {
            self.outcome = b.outcome.to_string();
        }
        if self.sources.is_empty() {
            self.sources = b.sources.iter().map(|p| p.to_string()).collect();
        }
        if !carries.venue {
            self.venue = b.venue.as_deref().map(String::from);
        }
        if !carries.duration {
            self.duration_minutes = b.duration_minutes;
            self.duration_note = b.duration_note.as_deref().map(String::from);
        }
        if !carries.participants {
            self.participants = b.participants.iter().map(|p| p.to_string()).collect();
        }
        if !carries.topics {
            self.topics = b.topics.iter().map(|p| p.to_string()).collect();
        }
        if carries.highlights {
            // The text came in; the sources each one cites come from the
            // base's highlight it stands for: the one at the same place
            // when its text is the same, else the first of that text not
            // yet taken, so two of one text keep their own sources. One
            // whose text changed cites nothing until its sources are given
            // again: noted.
            let texts: Vec<&str> = b.highlights.iter().map(|x| x.text.as_ref()).collect();
            let pairs = pair_up(
                &self
                    .highlights
                    .iter()
                    .map(|h| h.text.as_ref())
                    .collect::<Vec<_>>(),
                &texts,
            );
            for (h, pair) in self.highlights.iter_mut().zip(pairs) {
                match pair {
                    Some(j) => {
                        h.sources = b.highlights[j]
                            .sources
                            .iter()
                            .map(|s| s.to_string().into())
                            .collect();
                    }
                    None if !b.highlights.is_empty() => self.uncited.push(format!(
                        "highlight \"{}\" is not one of {}'s in the base, so it cites no source; add its sources",
                        h.text, self.id
                    )),
                    None => {}
                }
            }
        } else {
            self.highlights = b
                .highlights
                .iter()
                .cloned()
                .map(Highlight::into_owned)
                .collect();
        }
        if carries.quotes {
            // As highlights: by place, then by speaker, words and context.
            let key = |q: &Quote| {
                (
                    q.speaker.to_string(),
                    q.text.to_string(),
                    q.context.as_deref().map(String::from),
                )
            };
            let theirs: Vec<_> = b.quotes.iter().map(key).collect();
            let pairs = pair_up(&self.quotes.iter().map(key).collect::<Vec<_>>(), &theirs);
            for (q, pair) in self.quotes.iter_mut().zip(pairs) {
                if !q.sources.is_empty() {
                    continue;
                }
                match pair {
                    Some(j) => {
                        q.sources = b.quotes[j]
                            .sources
                            .iter()
                            .map(|s| s.to_string().into())
                            .collect();
                    }
                    None => self.uncited.push(format!(
                        "quote \"{}\" is not one of {}'s in the base, so it cites no source; add its sources",
                        q.text, self.id
                    )),
                }
            }
        } else {
            self.quotes = b.quotes.iter().cloned().map(Quote::into_owned).collect();
        }
    }
}

/// For each of `mine`, the index of the item of `theirs` it stands for:
/// the one at the same place when they are equal, else the first equal
/// one not yet taken; `None` when there is none. Each of `theirs` is taken
/// at most once.
fn pair_up<T: PartialEq>(mine: &[T], theirs: &[T]) -> Vec<Option<usize>> {
    let mut taken = vec![false; theirs.len()];
    let mut pairs: Vec<Option<usize>> = mine
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let same_place = theirs.get(i).is_some_and(|t| t == m);
            if same_place {
                taken[i] = true;
            }
            same_place.then_some(i)
        })
        .collect();
    for (i, m) in mine.iter().enumerate() {
        if pairs[i].is_none() {
            pairs[i] = (0..theirs.len()).find(|&j| !taken[j] && theirs[j] == *m);
            if let Some(j) = pairs[i] {
                taken[j] = true;
            }
        }
    }
    pairs
}

/// A CSV reader over `text` (rows may differ in length, as sheets' do)
/// and its header, each name trimmed.
///
/// # Errors
/// Text whose first record cannot be read as CSV.
pub(crate) fn csv_with_header(
    text: &str,
) -> Result<(::csv::Reader<&[u8]>, Vec<String>), ImportError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ImportError::NotCsv(e.to_string()))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    Ok((reader, headers))
}

/// The rows of `reader`, each with its number as a spreadsheet shows it
/// (the header is row 1).
pub(crate) fn rows<'r>(
    reader: &'r mut ::csv::Reader<&[u8]>,
) -> impl Iterator<Item = Result<(usize, ::csv::StringRecord), ImportError>> + 'r {
    reader.records().enumerate().map(|(n, record)| {
        let row = n + 2;
        record.map(|r| (row, r)).map_err(|e| ImportError::Row {
            row,
            message: e.to_string(),
        })
    })
}

/// A handle made from `text` (accents dropped, lowercase, words joined by
/// hyphens, at most 40 characters) and a year: "helsinki-summit-2018".
pub(crate) fn slug(text: &str, year: Option<i32>) -> String {
    let folded = crate::text::to_ascii(&crate::text::fold(text)).into_owned();
    let mut out = String::new();
    for word in folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() + word.len() + 1 > 40 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out.push_str("encounter");
    }
    if let Some(y) = year {
        if !out.ends_with(&y.to_string()) {
            out.push_str(&format!("-{y}"));
        }
    }
    out
}

/// Text without HTML tags, with the common entities decoded and runs of
/// white space made one space: TimelineJS text and calendar descriptions
/// may hold either.
pub(crate) fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(t), '>') => {
                // A block ends a line of text; an inline tag is nothing.
                let name: String = t
                    .trim_start_matches('/')
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect::<String>()
                    .to_ascii_lowercase();
                if matches!(
                    name.as_str(),
                    "p" | "br"
                        | "div"
                        | "li"
                        | "ul"
                        | "ol"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "tr"
                        | "td"
                ) {
                    out.push(' ');
                }
                tag = None;
            }
            (Some(t), c) => t.push(c),
            (None, c) => out.push(c),
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The outcome a word or phrase names ("Held", "cancelled meetings"), if
/// it names exactly one.
pub(crate) fn outcome_named(text: &str) -> Option<crate::model::Outcome> {
    let folded = crate::text::fold(text);
    let named: Vec<crate::model::Outcome> = crate::model::Outcome::ALL
        .into_iter()
        .filter(|o| {
            folded
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == o.as_str())
        })
        .collect();
    match named.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    #[test]
    fn the_same_handle_twice_gets_a_number() {
        let sheet = "Year,Headline,Group\n2019,Talks,held\n2019,Talks,held\n2019,Talks,held\n";
        let imported = timelinejs::import(sheet, None, today()).unwrap();
        let ids: Vec<&str> = imported
            .draft
            .encounters
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["talks-2019", "talks-2019-2", "talks-2019-3"]);
    }

    #[test]
    fn a_column_the_csv_has_is_kept_even_empty() {
        let base = Dataset::bundled().unwrap();
        // Helsinki's venue cleared in the CSV: it stays cleared, though the
        // base has one; its highlights' sources come back from the base.
        let all: Vec<_> = base.encounters.iter().collect();
        let mut out = Vec::new();
        crate::export::csv::encounters(&mut out, &all, &crate::fields::Column::csv()).unwrap();
        let csv = String::from_utf8(out)
            .unwrap()
            .replacen("Presidential Palace", "", 1);
        let imported = csv::import(&csv, Some(&base), today()).unwrap();
        let helsinki = imported
            .draft
            .encounters
            .iter()
            .find(|e| e.id == "helsinki-2018")
            .unwrap();
        assert_eq!(helsinki.venue, None);
        assert!(helsinki.highlights.iter().all(|h| !h.sources.is_empty()));
        assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    }

    #[test]
    fn a_record_whose_base_has_no_highlights_notes_none() {
        let json = r#"{"title": "t", "description": "d", "updated": "2026-11-29",
          "sources": [{"id": "s", "title": "S", "publisher": "P", "date": "2026"}],
          "encounters": [{"id": "a", "title": "A", "date": "2019", "city": "Oslo",
            "country": "Norway", "occasion": "Walk", "outcome": "informal",
            "summary": "S.", "sources": ["s"]}]}"#;
        let base = Dataset::from_str_with(json, crate::Origin::Bundled).unwrap();
        let csv = "id,title,date,city,country,occasion,outcome,summary,highlights,sources\n\
                   a,A,2019,Oslo,Norway,Walk,informal,S.,A new moment,s\n";
        let imported = csv::import(csv, Some(&base), today()).unwrap();
        assert!(imported.notes.is_empty(), "{:?}", imported.notes);
        assert_eq!(
            imported.draft.encounters[0].highlights[0].text,
            "A new moment"
        );
    }

    #[test]
    fn notes_on_empty_fields_the_base_fills_are_not_given() {
        let base = Dataset::bundled().unwrap();
        // helsinki-2018 with no SUMMARY and a LOCATION without a country.
        let calendar = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:helsinki-2018@summit\n\
                        DTSTART;VALUE=DATE:20180716\nLOCATION:Helsinki\nCATEGORIES:held\n\
                        END:VEVENT\nBEGIN:VEVENT\nUID:elsewhere@example.org\n\
                        DTSTART;VALUE=DATE:20200101\nLOCATION:Riga\nCATEGORIES:held\n\
                        END:VEVENT\nEND:VCALENDAR\n";
        let imported = ics::import(calendar, Some(&base), today()).unwrap();
        let notes: Vec<String> = imported
            .notes
            .iter()
            .map(|n| format!("{}: {}", n.at, n.message))
            .collect();
        let e = &imported.draft.encounters;
        assert_eq!(
            (e[0].title.as_str(), e[0].country.as_str()),
            ("Helsinki summit", "Finland")
        );
        assert_eq!(
            notes,
            [
                "the base: 10 records are not in the input, so not in the draft: hamburg-2017, \
                 hamburg-2017-dinner, da-nang-2017, washington-2018, paris-2018, \
                 buenos-aires-2018, osaka-2019, moscow-2020, alaska-2025, budapest-2025",
                "event UID elsewhere@example.org: has no SUMMARY; the title is left empty",
                "event UID elsewhere@example.org: LOCATION \"Riga\" names no country; the country is left empty"
            ]
        );
    }

    #[test]
    fn items_pair_by_place_then_by_content() {
        let p = |mine: &[&str], theirs: &[&str]| pair_up(mine, theirs);
        // The same text twice keeps its own place.
        assert_eq!(p(&["a", "a"], &["a", "a"]), [Some(0), Some(1)]);
        // Moved: found by content, each taken once.
        assert_eq!(p(&["b", "a"], &["a", "b"]), [Some(1), Some(0)]);
        assert_eq!(
            p(&["x", "a", "a"], &["a", "a", "y"]),
            [None, Some(1), Some(0)]
        );
        assert_eq!(p(&["a", "a", "a"], &["a", "a"]), [Some(0), Some(1), None]);
        assert_eq!(p(&["z"], &[]), [None]);
    }

    #[test]
    fn two_highlights_of_one_text_keep_their_own_sources() {
        let json = r#"{"title": "t", "description": "d", "updated": "2026-11-29",
          "sources": [{"id": "s1", "title": "S", "publisher": "P", "date": "2026"},
                      {"id": "s2", "title": "S", "publisher": "P", "date": "2026"}],
          "encounters": [{"id": "a", "title": "A", "date": "2019", "city": "Oslo",
            "country": "Norway", "occasion": "Walk", "outcome": "informal",
            "summary": "S.", "sources": ["s1"],
            "highlights": [{"text": "Same words", "sources": ["s1"]},
                           {"text": "Same words", "sources": ["s2"]}],
            "quotes": [{"speaker": "A", "text": "Yes.", "sources": ["s2"]},
                       {"speaker": "A", "text": "Yes.", "sources": ["s1"]}]}]}"#;
        let base = Dataset::from_str_with(json, crate::Origin::Bundled).unwrap();
        let csv = "id,title,date,city,country,occasion,outcome,summary,highlights,quotes,sources\n\
                   a,A,2019,Oslo,Norway,Walk,informal,S.,\"Same words\nSame words\",\"A: \"\"Yes.\"\"\nA: \"\"Yes.\"\"\",s1\n";
        let imported = csv::import(csv, Some(&base), today()).unwrap();
        let e = &imported.draft.encounters[0];
        let cited =
            |s: &[std::borrow::Cow<str>]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(cited(&e.highlights[0].sources), ["s1"]);
        assert_eq!(cited(&e.highlights[1].sources), ["s2"]);
        assert_eq!(cited(&e.quotes[0].sources), ["s2"]);
        assert_eq!(cited(&e.quotes[1].sources), ["s1"]);
        assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    }

    #[test]
    fn slugs_are_ids() {
        assert_eq!(slug("Helsinki summit", Some(2018)), "helsinki-summit-2018");
        assert_eq!(slug("Élysée working lunch!", None), "elysee-working-lunch");
        assert_eq!(slug("Summit 2019", Some(2019)), "summit-2019");
        assert_eq!(slug("???", Some(2020)), "encounter-2020");
        // At most 40 characters, whole words, before the year.
        assert_eq!(
            slug(
                "The long awaited and much postponed second summit meeting",
                Some(2025)
            ),
            "the-long-awaited-and-much-postponed-2025"
        );
        let forty = format!("{}abcde", "abcd ".repeat(7));
        assert_eq!(slug(&forty, None).len(), 40);
        assert_eq!(slug(&format!("{forty}f"), None).len(), 34);
    }

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            plain("<p>Talks &amp; a <b>walk</b>.</p>\n<p>Then&nbsp;lunch.</p>"),
            "Talks & a walk. Then lunch."
        );
    }

    #[test]
    fn outcomes_named_in_a_group() {
        use crate::model::Outcome;
        assert_eq!(outcome_named("Held"), Some(Outcome::Held));
        assert_eq!(
            outcome_named("Cancelled meetings"),
            Some(Outcome::Cancelled)
        );
        assert_eq!(outcome_named("Trips"), None);
        assert_eq!(outcome_named("held or cancelled"), None);
    }
}
