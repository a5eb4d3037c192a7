//! Exports for other tools: a dataset document, NDJSON, iCalendar,
//! TimelineJS, SVG and HTML. Each writes a [`Selection`] to a
//! `&mut dyn Write`; the Markdown document is in [`crate::render::markdown`].

pub mod geojson;
pub mod html;
pub mod ics;
pub mod jsonld;
pub mod markwhen;
pub mod png;
pub mod svg;
pub mod timelinejs;

use std::io::{self, Write};

use crate::Dataset;
use crate::model::{ContextEvent, Encounter};

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

    /// A dataset holding only the selection, with the sources it cites in
    /// the dataset's order.
    pub fn subset(&self) -> Dataset<'a> {
        let dataset = self.dataset;
        Dataset {
            schema: dataset.schema.clone(),
            title: dataset.title.clone(),
            description: dataset.description.clone(),
            updated: dataset.updated,
            checked_through: dataset.checked_through,
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

/// Escape text for XML and HTML.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
