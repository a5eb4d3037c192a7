//! CSV output (RFC 4180), one row per encounter.

use std::io::Write;

use crate::error::Result;
use crate::model::Encounter;

/// The header row: the dataset's field names, with `start` and `end` (the
/// date's first and last day) after `date`.
pub const HEADER: [&str; 17] = [
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
pub fn encounters(w: &mut dyn Write, encounters: &[&Encounter]) -> Result<()> {
    let mut out = ::csv::Writer::from_writer(w);
    out.write_record(HEADER)?;
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
            &e.participants.join("; "),
            &e.summary,
            &e.highlights.join("; "),
            &quotes.join("; "),
            &e.topics.join("; "),
            &e.sources.join("; "),
        ])?;
    }
    out.flush()?;
    Ok(())
}
