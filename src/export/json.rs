//! JSON output, in exactly the dataset's field names.

use std::io::{self, Write};

use serde::Serialize;

use crate::model::{Encounter, Quote, Variant};

/// Write `value` as pretty-printed JSON followed by a newline.
///
/// # Errors
/// Those of the writer.
pub fn write<T: Serialize + ?Sized>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, value).map_err(io::Error::from)?;
    writeln!(w)
}

/// A quote as `summit quotes --format json` lists it: the quote's fields
/// (its sources and other renderings too), the day it was said (its own
/// `said`, else its record's date), then its record's id and date.
#[derive(Serialize)]
struct QuoteRow<'a> {
    speaker: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<&'a str>,
    said: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    sources: &'a [std::borrow::Cow<'a, str>],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    variants: &'a [Variant<'a>],
    record: &'a str,
    record_date: &'a str,
}

/// Quotes with the record each belongs to, as an array of objects.
///
/// # Errors
/// Those of the writer.
pub fn quotes(w: &mut dyn Write, quotes: &[(&Encounter, &Quote)]) -> io::Result<()> {
    let rows: Vec<QuoteRow> = quotes
        .iter()
        .map(|(e, q)| QuoteRow {
            speaker: &q.speaker,
            text: &q.text,
            context: q.context.as_deref(),
            said: e.said(q).as_str(),
            sources: &q.sources,
            variants: &q.variants,
            record: &e.id,
            record_date: e.date.as_str(),
        })
        .collect();
    write(w, &rows)
}
