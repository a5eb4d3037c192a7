//! Exports for other tools: a dataset document, NDJSON, Markdown, iCalendar,
//! TimelineJS, SVG and HTML. Each writes to a `&mut dyn Write`.

pub mod html;
pub mod ics;
pub mod svg;
pub mod timelinejs;

use std::io::{self, Write};

use crate::Dataset;
use crate::model::{ContextEvent, Encounter};

/// A dataset holding only `encounters` (in the order given) and `context`,
/// with the sources they cite, in the original order of the sources.
pub fn subset<'a>(
    dataset: &Dataset<'_>,
    encounters: &[&Encounter<'a>],
    context: &[&ContextEvent],
) -> Dataset<'a> {
    let cited = dataset.cited(
        encounters
            .iter()
            .flat_map(|e| e.sources.iter().map(AsRef::<str>::as_ref))
            .chain(
                context
                    .iter()
                    .flat_map(|c| c.sources.iter().map(String::as_str)),
            ),
    );
    Dataset {
        title: dataset.title.clone(),
        description: dataset.description.clone(),
        updated: dataset.updated,
        sources: cited.into_iter().cloned().collect(),
        encounters: encounters.iter().map(|e| (*e).clone()).collect(),
        context: context.iter().map(|c| (*c).clone()).collect(),
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

/// A Markdown document: title, description, a summary table, a section per
/// encounter with its quotes and sources, and the full list of sources.
///
/// # Errors
/// Those of the writer.
pub fn markdown(w: &mut dyn Write, dataset: &Dataset, encounters: &[&Encounter]) -> io::Result<()> {
    use crate::render::markdown::{encounter, escape, table};
    writeln!(w, "# {}\n", escape(&dataset.title))?;
    writeln!(w, "{}\n", escape(&dataset.description))?;
    writeln!(w, "Updated {}.\n", dataset.updated)?;
    writeln!(w, "## Summary\n")?;
    table(w, encounters)?;
    writeln!(w, "\n## Encounters\n")?;
    for e in encounters {
        encounter(w, dataset, e, 3)?;
        writeln!(w)?;
    }
    writeln!(w, "## Sources\n")?;
    let cited = dataset.cited(
        encounters
            .iter()
            .flat_map(|e| e.sources.iter().map(AsRef::<str>::as_ref)),
    );
    for s in cited {
        writeln!(w, "- `{}`: {}", s.id, escape(&s.citation()))?;
    }
    Ok(())
}

/// Escape text for XML and HTML.
pub fn xml_escape(s: &str) -> String {
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
