//! CSV output (RFC 4180): one row per encounter, or per quote.

use std::io::{self, Write};

use crate::model::{Encounter, Quote};

/// The header row: the dataset's field names, with `start` and `end` (the
/// date's first and last day) after `date`.
pub const HEADER: [&str; 18] = [
    "id",
    "title",
    "date",
    "start",
    "end",
    "city",
    "country",
    "venue",
    "occasion",
    "outcome",
    "duration_minutes",
    "duration_note",
    "participants",
    "summary",
    "highlights",
    "quotes",
    "topics",
    "sources",
];

/// List fields are joined with `"; "`; a quote is written `Speaker: "text"`.
///
/// # Errors
/// Those of the writer.
pub fn encounters(w: &mut dyn Write, encounters: &[&Encounter]) -> io::Result<()> {
    let mut out = ::csv::Writer::from_writer(w);
    out.write_record(HEADER).map_err(io_error)?;
    for e in encounters {
        let quotes: Vec<String> = e
            .quotes
            .iter()
            .map(|q| format!("{}: \"{}\"", q.speaker, q.text))
            .collect();
        out.write_record([
            e.id.as_ref(),
            &e.title,
            e.date.as_str(),
            &e.date.start().to_string(),
            &e.date.end().to_string(),
            &e.city,
            &e.country,
            e.venue.as_deref().unwrap_or(""),
            &e.occasion,
            e.outcome.as_str(),
            &e.duration_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
            e.duration_note.as_deref().unwrap_or(""),
            &e.participants.join("; "),
            &e.summary,
            &e.highlights
                .iter()
                .map(|h| h.text.as_ref())
                .collect::<Vec<_>>()
                .join("; "),
            &quotes.join("; "),
            &e.topics.join("; "),
            &e.sources.join("; "),
        ])
        .map_err(io_error)?;
    }
    out.flush()
}

/// Quotes with the encounter each belongs to: speaker, text, context,
/// encounter id and date.
///
/// # Errors
/// Those of the writer.
pub fn quotes(w: &mut dyn Write, quotes: &[(&Encounter, &Quote)]) -> io::Result<()> {
    let mut out = ::csv::Writer::from_writer(w);
    out.write_record(["speaker", "text", "context", "encounter", "date"])
        .map_err(io_error)?;
    for (e, q) in quotes {
        out.write_record([
            &*q.speaker,
            &q.text,
            q.context.as_deref().unwrap_or(""),
            &e.id,
            e.date.as_str(),
        ])
        .map_err(io_error)?;
    }
    out.flush()
}

/// The writer's error from the CSV writer's: records of strings have
/// nothing else to go wrong.
fn io_error(e: ::csv::Error) -> io::Error {
    match e.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
