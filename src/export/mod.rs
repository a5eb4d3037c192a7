//! Exports for other tools. [`Format`] lists them, with what each can
//! carry; [`write`] writes a [`Selection`] in any of them to a
//! `&mut dyn Write` and says what the format had to leave out. The
//! command line and the browser both export through it.

pub mod csv;
pub mod geojson;
pub mod html;
pub mod ics;
pub mod json;
pub mod jsonld;
pub mod markdown;
pub mod markwhen;
pub mod png;
pub mod svg;
pub mod timelinejs;

use std::io::{self, Write};
use std::path::Path;

use crate::Dataset;
use crate::fields::Column;
use crate::model::{ContextEvent, Encounter};

/// A format summit exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A complete dataset document in the summit format.
    Json,
    /// One encounter object per line.
    Ndjson,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// A Markdown document.
    Markdown,
    /// iCalendar (RFC 5545) all-day events.
    Ics,
    /// JSON for Knight Lab's TimelineJS.
    Timelinejs,
    /// A picture of the timeline.
    Svg,
    /// The same picture as PNG, for slides.
    Png,
    /// A self-contained web page with the picture.
    Html,
    /// The markwhen text format.
    Markwhen,
    /// GeoJSON points for map tools.
    Geojson,
    /// JSON-LD: schema.org Events, to embed in a web page.
    Jsonld,
}

impl Format {
    /// Every format, in the order they are offered.
    pub const ALL: [Format; 12] = [
        Format::Json,
        Format::Ndjson,
        Format::Csv,
        Format::Markdown,
        Format::Ics,
        Format::Timelinejs,
        Format::Svg,
        Format::Png,
        Format::Html,
        Format::Markwhen,
        Format::Geojson,
        Format::Jsonld,
    ];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Csv => "csv",
            Format::Markdown => "markdown",
            Format::Ics => "ics",
            Format::Timelinejs => "timelinejs",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Html => "html",
            Format::Markwhen => "markwhen",
            Format::Geojson => "geojson",
            Format::Jsonld => "jsonld",
        }
    }

    /// What it is, for `--help`.
    pub fn meaning(self) -> &'static str {
        match self {
            Format::Json => "a complete dataset document in the summit format",
            Format::Ndjson => "one record object per line",
            Format::Csv => "RFC 4180 CSV with a header row",
            Format::Markdown => "a Markdown document",
            Format::Ics => "iCalendar (RFC 5545) all-day events",
            Format::Timelinejs => "JSON for Knight Lab's TimelineJS",
            Format::Svg => "a picture of the timeline",
            Format::Png => "the same picture as PNG, for slides",
            Format::Html => "a self-contained web page with the picture",
            Format::Markwhen => "the markwhen text format, for markwhen's editor and tools",
            Format::Geojson => "GeoJSON points for map tools (records with coordinates)",
            Format::Jsonld => "JSON-LD: schema.org Events, to embed in a web page",
        }
    }

    /// The endings of a file name that call for it, the usual one first.
    /// A TimelineJS file is JSON too: it is told apart by
    /// `.timeline.json`.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Json => &["json"],
            Format::Ndjson => &["ndjson", "jsonl"],
            Format::Csv => &["csv"],
            Format::Markdown => &["md", "markdown"],
            Format::Ics => &["ics"],
            Format::Timelinejs => &["timeline.json"],
            Format::Svg => &["svg"],
            Format::Png => &["png"],
            Format::Html => &["html", "htm"],
            Format::Markwhen => &["mw"],
            Format::Geojson => &["geojson"],
            Format::Jsonld => &["jsonld"],
        }
    }

    /// The format a file name's ending calls for, the longest ending
    /// first (`x.timeline.json` is TimelineJS, `x.json` JSON), case
    /// ignored.
    pub fn of_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .flat_map(|f| f.extensions().iter().map(move |e| (f, *e)))
            .filter(|(_, e)| name.ends_with(&format!(".{e}")))
            .max_by_key(|(_, e)| e.len())
            .map(|(f, _)| f)
    }

    /// Every ending a file name may have, for messages: ".json, .ndjson,
    /// …".
    pub fn all_extensions() -> String {
        Format::ALL
            .iter()
            .flat_map(|f| f.extensions())
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// True when it is not text (a terminal should not be sent it).
    pub fn binary(self) -> bool {
        self == Format::Png
    }

    /// True when it is drawn to a size (`--size`).
    pub fn sized(self) -> bool {
        matches!(self, Format::Svg | Format::Png)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// How to write an export, beyond its format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// A picture's width and height in pixels; `None` for its own size.
    pub size: Option<(u32, u32)>,
}

/// What an export left out of the selection, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftOut {
    /// Records with a place but no coordinates, which a map cannot place.
    NoCoordinates(Vec<String>),
    /// Calls, which have no place to put on a map.
    NoPlace(Vec<String>),
}

impl LeftOut {
    /// The ids of the records left out.
    pub fn ids(&self) -> &[String] {
        match self {
            LeftOut::NoCoordinates(ids) | LeftOut::NoPlace(ids) => ids,
        }
    }

    /// Why, in the words of a note: "it has no coordinates" for one,
    /// "records that have no coordinates" for several.
    pub fn why(&self) -> (&'static str, &'static str) {
        match self {
            LeftOut::NoCoordinates(_) => {
                ("it has no coordinates", "records that have no coordinates")
            }
            LeftOut::NoPlace(_) => (
                "it is a call, which has no place",
                "calls, which have no place",
            ),
        }
    }
}

/// Write `selection` in `format`. Returns what the format left out.
///
/// # Errors
/// Those of the writer; for PNG, a picture that cannot be drawn.
pub fn write(
    format: Format,
    w: &mut dyn Write,
    selection: &Selection,
    options: &Options,
) -> io::Result<Vec<LeftOut>> {
    let mut left_out = Vec::new();
    match format {
        Format::Json => json::write(w, &selection.subset())?,
        Format::Ndjson => ndjson(w, selection.encounters)?,
        Format::Csv => csv::encounters(w, selection.encounters, &Column::csv())?,
        Format::Markdown => markdown::document(w, selection)?,
        Format::Ics => ics::write(w, selection)?,
        Format::Timelinejs => timelinejs::write(w, selection)?,
        Format::Svg => svg::write_sized(w, selection, options.size)?,
        Format::Png => {
            let mut picture = Vec::new();
            svg::write_sized(&mut picture, selection, options.size)?;
            let picture = String::from_utf8(picture).map_err(io::Error::other)?;
            // At a given size, pixel for pixel; else 1.6 times the
            // picture's 1200, the 1920 pixels of a slide.
            let scale = if options.size.is_some() { 1.0 } else { 1.6 };
            w.write_all(&png::render(&picture, true, scale)?)?;
        }
        Format::Html => html::write(w, selection)?,
        Format::Markwhen => markwhen::write(w, selection)?,
        Format::Jsonld => jsonld::write(w, selection)?,
        Format::Geojson => {
            let (missing, calls) = geojson::write(w, selection)?;
            if !missing.is_empty() {
                left_out.push(LeftOut::NoCoordinates(missing));
            }
            if !calls.is_empty() {
                left_out.push(LeftOut::NoPlace(calls));
            }
        }
    }
    Ok(left_out)
}

/// What an export writes: the chosen encounters, in the order to write
/// them, and context events, from the dataset that gives the title and the
/// sources.
#[derive(Debug, Clone, Copy)]
pub struct Selection<'a> {
    /// The dataset the records come from.
    pub dataset: &'a Dataset<'a>,
    /// The encounters to write, in order.
    pub encounters: &'a [&'a Encounter<'a>],
    /// The context events to write.
    pub context: &'a [&'a ContextEvent],
}

impl<'a> Selection<'a> {
    /// The ids of the sources the selected records cite.
    fn cited_ids(&self) -> impl Iterator<Item = &'a str> {
        let encounters = self.encounters;
        let context = self.context;
        encounters.iter().flat_map(|e| e.cited()).chain(
            context
                .iter()
                .flat_map(|c| c.sources.iter().map(String::as_str)),
        )
    }

    /// Whether some of the dataset's records are left out.
    pub fn is_partial(&self) -> bool {
        self.encounters.len() < self.dataset.encounters.len()
    }

    /// A dataset holding only the selection, with the sources it cites in
    /// the dataset's order. A selection says it is one, in its title and
    /// description, and claims no day it was checked through: that day is
    /// the whole record's, and a figure of the selection ("since they last
    /// met") would take it for its own.
    pub fn subset(&self) -> Dataset<'a> {
        let dataset = self.dataset;
        let partial = self.is_partial();
        Dataset {
            schema: dataset.schema.clone(),
            title: if partial {
                format!("{} (a selection)", dataset.title)
            } else {
                dataset.title.clone()
            },
            description: if partial {
                format!(
                    "{} of the {} records of \"{}\", as chosen for an export. {}",
                    self.encounters.len(),
                    dataset.encounters.len(),
                    dataset.title,
                    dataset.description
                )
            } else {
                dataset.description.clone()
            },
            updated: dataset.updated,
            checked_through: dataset.checked_through.filter(|_| !partial),
            sources: dataset
                .cited(self.cited_ids())
                .into_iter()
                .cloned()
                .collect(),
            encounters: self.encounters.iter().map(|e| (*e).clone()).collect(),
            context: self.context.iter().map(|c| (*c).clone()).collect(),
        }
    }
}

/// One compact JSON encounter object per line.
///
/// # Errors
/// Those of the writer.
pub fn ndjson(w: &mut dyn Write, encounters: &[&Encounter]) -> io::Result<()> {
    for e in encounters {
        serde_json::to_writer(&mut *w, e).map_err(io::Error::from)?;
        writeln!(w)?;
    }
    Ok(())
}
