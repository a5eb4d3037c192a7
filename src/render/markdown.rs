//! Markdown: pipe tables and encounter sections to paste into notes.

use std::io::{self, Write};

use crate::Dataset;
use crate::export::Selection;
use crate::model::Encounter;
use crate::query::{GroupBy, group};

/// Escape text for a Markdown table cell or line.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A pipe table of encounters.
///
/// # Errors
/// Those of the writer.
pub(crate) fn table(w: &mut dyn Write, encounters: &[&Encounter]) -> io::Result<()> {
    writeln!(w, "| ID | Date | Place | Occasion | Outcome | Duration |")?;
    writeln!(w, "|---|---|---|---|---|---|")?;
    for e in encounters {
        writeln!(
            w,
            "| {} | {} | {} | {} | {} | {} |",
            escape(&e.id),
            escape(&e.date.human()),
            escape(&e.place()),
            escape(&e.occasion),
            e.outcome,
            e.duration_text().unwrap_or_default()
        )?;
    }
    Ok(())
}

/// The list as Markdown: a table (or a heading and table per group), then
/// the count.
///
/// # Errors
/// Those of the writer.
pub fn list(
    w: &mut dyn Write,
    encounters: &[&Encounter],
    total: usize,
    group_by: Option<GroupBy>,
    reverse: bool,
) -> io::Result<()> {
    match group_by {
        None => table(w, encounters)?,
        Some(by) => {
            for (i, (title, members)) in group(encounters, by, reverse).iter().enumerate() {
                if i > 0 {
                    writeln!(w)?;
                }
                writeln!(w, "## {}\n", escape(title))?;
                table(w, members)?;
            }
        }
    }
    writeln!(w, "\n{} of {} encounters", encounters.len(), total)
}

/// A Markdown document: title, description, a summary table, a section per
/// encounter with its quotes and sources, and the full list of sources.
///
/// # Errors
/// Those of the writer.
pub fn document(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let dataset = selection.dataset;
    writeln!(w, "# {}\n", escape(&dataset.title))?;
    writeln!(w, "{}\n", escape(&dataset.description))?;
    writeln!(w, "Updated {}.\n", dataset.updated)?;
    writeln!(w, "## Summary\n")?;
    table(w, selection.encounters)?;
    writeln!(w, "\n## Encounters\n")?;
    for e in selection.encounters {
        encounter(w, dataset, e, 3)?;
        writeln!(w)?;
    }
    writeln!(w, "## Sources\n")?;
    let cited = dataset.cited(
        selection
            .encounters
            .iter()
            .flat_map(|e| e.sources.iter().map(AsRef::<str>::as_ref)),
    );
    for s in cited {
        writeln!(w, "- `{}`: {}", s.id, escape(&s.citation()))?;
    }
    Ok(())
}

/// One encounter as a Markdown section headed at `level` (`##` for 2).
///
/// # Errors
/// Those of the writer.
pub fn encounter(
    w: &mut dyn Write,
    dataset: &Dataset,
    e: &Encounter,
    level: usize,
) -> io::Result<()> {
    let h = "#".repeat(level);
    writeln!(w, "{h} {}\n", escape(&e.title))?;
    writeln!(w, "- **ID:** `{}`", e.id)?;
    writeln!(w, "- **Outcome:** {} ({})", e.outcome, e.outcome.meaning())?;
    writeln!(
        w,
        "- **Date:** {} (`{}`)",
        escape(&e.date.human_long()),
        e.date
    )?;
    writeln!(w, "- **Place:** {}", escape(&e.full_place()))?;
    writeln!(w, "- **Occasion:** {}", escape(&e.occasion))?;
    if let Some(d) = e.duration_text() {
        writeln!(w, "- **Duration:** {d}")?;
    }
    if !e.participants.is_empty() {
        writeln!(
            w,
            "- **Participants:** {}",
            escape(&e.participants.join(", "))
        )?;
    }
    if !e.topics.is_empty() {
        writeln!(w, "- **Topics:** {}", escape(&e.topics.join(", ")))?;
    }
    writeln!(w, "\n{}", escape(&e.summary))?;
    if !e.highlights.is_empty() {
        writeln!(w, "\n{h}# Highlights\n")?;
        for x in &e.highlights {
            writeln!(w, "- {}", escape(x))?;
        }
    }
    if !e.quotes.is_empty() {
        writeln!(w, "\n{h}# Quotes\n")?;
        for q in &e.quotes {
            writeln!(w, "> “{}”", escape(&q.text))?;
            writeln!(w, ">\n> — {}\n", escape(&q.attribution()))?;
        }
    } else {
        writeln!(w)?;
    }
    writeln!(w, "{h}# Sources\n")?;
    for id in &e.sources {
        match dataset.source(id) {
            Some(s) => writeln!(w, "- `{id}`: {}", escape(&s.citation()))?,
            None => writeln!(w, "- `{id}`")?,
        }
    }
    Ok(())
}
