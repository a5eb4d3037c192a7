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

mod base;
mod check;
pub mod csv;
pub mod ics;
pub mod timelinejs;

use chrono::NaiveDate;
use serde::Serialize;

use crate::Dataset;
use crate::fields::Field;

pub use crate::error::ImportError;
use crate::model::{ContextEvent, Highlight, Quote, Source};
pub use check::Checked;

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

/// A record being imported: its fields as JSON values, by the one field
/// list ([`Field`]), so every field the format has, now or added later,
/// is carried, filled from a base and written in the format's order. A
/// required field may still be empty.
#[derive(Debug, Clone, Default)]
pub struct DraftEncounter {
    values: std::collections::BTreeMap<Field, serde_json::Value>,
    /// Where it came from in the input, for messages: "row 4", "event
    /// UID x".
    pub origin: String,
    /// Highlights and quotes the base could not give sources for.
    pub(crate) uncited: Vec<String>,
    /// Notes on a field left empty, by field: said only if the base does
    /// not fill it.
    pub(crate) pending: Vec<(Field, Note)>,
}

impl DraftEncounter {
    /// A record read from `origin` ("row 4"), with nothing in it yet.
    pub fn new(origin: impl Into<String>) -> DraftEncounter {
        DraftEncounter {
            origin: origin.into(),
            ..DraftEncounter::default()
        }
    }

    /// Set `field`; an empty value (blank text, an empty list) leaves it
    /// empty.
    pub fn set(&mut self, field: Field, value: impl Into<serde_json::Value>) {
        self.values.insert(field, value.into());
    }

    /// Set `field` and give the record back: for building one.
    #[must_use]
    pub fn with(mut self, field: Field, value: impl Into<serde_json::Value>) -> DraftEncounter {
        self.set(field, value);
        self
    }

    /// The value of `field`, when set.
    pub fn get(&self, field: Field) -> Option<&serde_json::Value> {
        self.values.get(&field)
    }

    /// The text of `field`: empty unless it holds text.
    pub fn text(&self, field: Field) -> &str {
        self.get(field)
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default()
    }

    /// Its id.
    pub fn id(&self) -> &str {
        self.text(Field::Id)
    }

    /// Its channel: as given, else a meeting.
    pub fn channel(&self) -> crate::model::Channel {
        self.text(Field::Channel).parse().unwrap_or_default()
    }

    /// True when `field` holds nothing: blank text, an empty list, no
    /// value.
    pub fn is_empty(&self, field: Field) -> bool {
        match self.get(field) {
            None | Some(serde_json::Value::Null) => true,
            Some(serde_json::Value::String(s)) => s.trim().is_empty(),
            Some(serde_json::Value::Array(a)) => a.is_empty(),
            Some(_) => false,
        }
    }

    /// Its highlights (without sources, when the input carries none).
    pub fn highlights(&self) -> Vec<Highlight<'static>> {
        let text = self.json(Field::Highlights);
        serde_json::from_str::<Vec<Highlight>>(&text)
            .map(|v| v.into_iter().map(Highlight::into_owned).collect())
            .unwrap_or_default()
    }

    /// Its quotes.
    pub fn quotes(&self) -> Vec<Quote<'static>> {
        let text = self.json(Field::Quotes);
        serde_json::from_str::<Vec<Quote>>(&text)
            .map(|v| v.into_iter().map(Quote::into_owned).collect())
            .unwrap_or_default()
    }

    fn json(&self, field: Field) -> String {
        self.get(field).map(ToString::to_string).unwrap_or_default()
    }
}

impl Serialize for DraftEncounter {
    /// The fields in the format's order, as a record writes them: each one
    /// set, each list (empty or not), and each text the record's channel
    /// requires, empty if it must be.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::fields::Shape;
        use serde::ser::SerializeMap;
        let channel = self.channel();
        let mut map = s.serialize_map(None)?;
        for field in Field::ALL {
            let list = matches!(
                field.shape(),
                Shape::List | Shape::Highlights | Shape::Quotes
            );
            if !self.is_empty(field) {
                // Objects in the order the format writes their fields.
                match field.shape() {
                    Shape::Highlights => map.serialize_entry(field.name(), &self.highlights())?,
                    Shape::Quotes => map.serialize_entry(field.name(), &self.quotes())?,
                    Shape::Coordinates => {
                        match serde_json::from_value::<crate::model::Coordinates>(
                            self.values[&field].clone(),
                        ) {
                            Ok(c) => map.serialize_entry(field.name(), &c)?,
                            Err(_) => map.serialize_entry(field.name(), &self.values[&field])?,
                        }
                    }
                    _ => map.serialize_entry(field.name(), &self.values[&field])?,
                }
            } else if list {
                map.serialize_entry(field.name(), &[] as &[&str])?;
            } else if field.required_for(channel) {
                map.serialize_entry(field.name(), "")?;
            }
        }
        map.end()
    }
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

/// The fields of a record an input carries; the others come from the base
/// record with the same id, when there is one.
#[derive(Debug, Clone, Default)]
pub(crate) struct Carries(Vec<Field>);

impl Carries {
    /// What an input of `from` carries, by the field list.
    pub(crate) fn of(from: crate::fields::Importer) -> Carries {
        Carries(
            Field::ALL
                .into_iter()
                .filter(|f| f.carried_by(from))
                .collect(),
        )
    }

    /// What a CSV with the columns `has` carries.
    pub(crate) fn columns(has: impl Fn(Field) -> bool) -> Carries {
        let all = Carries::of(crate::fields::Importer::Csv);
        Carries(all.0.into_iter().filter(|f| has(*f)).collect())
    }

    /// Whether the input carries `field`.
    pub(crate) fn has(&self, field: Field) -> bool {
        self.0.contains(&field)
    }
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
        carries: &Carries,
        notes: &mut Vec<Note>,
    ) {
        if let Some(base) = base {
            for e in &mut self.encounters {
                if let Some(b) = base.encounter(e.id()) {
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
                if self.encounters.iter().any(|e| e.id() == b.id) {
                    continue;
                }
                let same_day = self.encounters.iter().find(|e| {
                    e.text(Field::Date) == b.date.as_str() && base.encounter(e.id()).is_none()
                });
                match same_day {
                    Some(e) => notes.push(Note {
                        at: format!("the base's {}", b.id),
                        message: format!(
                            "\"{}\" ({}) is not in the input, so it is not in the draft; {} ({}) has its date: if it is the same record, give it the id {}",
                            b.title,
                            b.date.human(),
                            e.origin,
                            e.id(),
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
            let stem = e.id().to_string();
            let mut id = stem.clone();
            let mut n = 2;
            while !seen.insert(id.clone()) {
                id = format!("{stem}-{n}");
                n += 1;
            }
            e.set(Field::Id, id);
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
            let channel = e.channel();
            let fields: Vec<String> = Field::ALL
                .into_iter()
                .filter(|f| f.required_for(channel) && e.is_empty(*f))
                .map(|f| f.name().to_string())
                .collect();
            if !fields.is_empty() {
                out.push((
                    format!("encounters[{i}] ({}, {})", e.id(), e.origin),
                    fields,
                ));
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
        out.push_str("record");
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

/// The kind of record a group's name says, as summit's own exports name
/// them ("calls", "envoy meetings", "meetings held"), in any case.
pub(crate) fn kind_named(text: &str) -> Option<crate::model::RecordKind> {
    let folded = crate::text::fold(text.trim());
    crate::model::RecordKind::ALL
        .into_iter()
        .find(|k| folded == k.noun(1) || folded == k.noun(2))
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
mod tests;
