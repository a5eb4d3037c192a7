//! CSV output (RFC 4180): one row per encounter, or per quote.

use std::io::{self, Write};

use crate::fields::Column;
use crate::model::{Encounter, Quote};

/// One row per encounter, in `columns` (headed by their names; see
/// [`Column::csv`] for the usual ones). A list field holds one item per
/// line; a quote is written `Speaker: "text" (context)`. Records end with
/// CRLF, as RFC 4180 says.
///
/// # Errors
/// Those of the writer.
pub fn encounters(
    w: &mut dyn Write,
    encounters: &[&Encounter],
    columns: &[Column],
) -> io::Result<()> {
    let mut out = writer(w);
    out.write_record(columns.iter().map(|c| c.as_str()))
        .map_err(io_error)?;
    for e in encounters {
        out.write_record(columns.iter().map(|c| c.value(e)))
            .map_err(io_error)?;
    }
    out.flush()
}

/// Quotes with the encounter each belongs to: speaker, text, context,
/// other renderings of the same remark (one per line), encounter id and
/// date.
///
/// # Errors
/// Those of the writer.
pub fn quotes(w: &mut dyn Write, quotes: &[(&Encounter, &Quote)]) -> io::Result<()> {
    let mut out = writer(w);
    out.write_record([
        "speaker",
        "text",
        "context",
        "said",
        "variants",
        "record",
        "record_date",
    ])
    .map_err(io_error)?;
    for (e, q) in quotes {
        let variants: Vec<&str> = q.variants.iter().map(|v| v.text.as_ref()).collect();
        out.write_record([
            &*q.speaker,
            &q.text,
            q.context.as_deref().unwrap_or(""),
            e.said(q).as_str(),
            &variants.join("\n"),
            &e.id,
            e.date.as_str(),
        ])
        .map_err(io_error)?;
    }
    out.flush()
}

/// A CSV writer as RFC 4180 has it: comma-separated, CRLF line ends.
fn writer(w: &mut dyn Write) -> ::csv::Writer<&mut dyn Write> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(w)
}

/// The writer's error from the CSV writer's: records of strings have
/// nothing else to go wrong.
fn io_error(e: ::csv::Error) -> io::Error {
    match e.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
