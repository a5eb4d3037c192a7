//! Markdown: pipe tables and encounter sections to paste into notes.

use std::io::{self, Write};

use super::Selection;
use crate::Dataset;
use crate::cite::{Citations, with_refs};
use crate::fields::Column;
use crate::model::Encounter;
use crate::query::{GroupBy, in_groups};

use crate::text::markdown_escape as escape;

/// A pipe table of encounters, in `columns`.
///
/// # Errors
/// Those of the writer.
pub(crate) fn table(
    w: &mut dyn Write,
    encounters: &[&Encounter],
    columns: &[Column],
) -> io::Result<()> {
    let row = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
    writeln!(
        w,
        "{}",
        row(columns.iter().map(|c| c.header().to_string()).collect())
    )?;
    writeln!(w, "|{}", "---|".repeat(columns.len()))?;
    for e in encounters {
        writeln!(
            w,
            "{}",
            row(columns.iter().map(|c| escape(&c.text(e))).collect())
        )?;
    }
    Ok(())
}

/// The list as Markdown: a table of `columns` (or a heading and table per
/// group).
///
/// # Errors
/// Those of the writer.
pub fn list(
    w: &mut dyn Write,
    encounters: &[&Encounter],
    columns: &[Column],
    group_by: Option<GroupBy>,
    reverse: bool,
) -> io::Result<()> {
    in_groups(
        w,
        encounters,
        group_by,
        reverse,
        |title, _| format!("## {}\n", escape(title)),
        |w, members| table(w, members, columns),
    )
}

/// A Markdown document: title, description, a summary table, a section per
/// encounter with its highlights and quotes, and one numbered list of the
/// sources they cite.
///
/// # Errors
/// Those of the writer.
pub fn document(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let dataset = selection.dataset;
    writeln!(w, "# {}\n", escape(&dataset.title))?;
    writeln!(w, "{}\n", escape(&dataset.description))?;
    if selection.is_partial() {
        writeln!(
            w,
            "A selection: {} of the dataset's {}.\n",
            selection.encounters.len(),
            crate::model::records(dataset.encounters.len())
        )?;
    }
    writeln!(w, "Updated {}.\n", dataset.updated)?;
    writeln!(w, "## Summary\n")?;
    table(w, selection.encounters, &Column::TABLE)?;
    writeln!(w, "\n## Records\n")?;
    let mut cites = Citations::default();
    for e in selection.encounters {
        section(w, e, 3, &mut cites)?;
        writeln!(w)?;
    }
    writeln!(w, "## Sources\n")?;
    sources(w, dataset, &cites)
}

/// Quotes as blockquotes to paste into an article: the words, then who
/// said them, when and where, with numbered references to the sources
/// listed at the end.
///
/// # Errors
/// Those of the writer.
pub fn quotes(
    w: &mut dyn Write,
    dataset: &Dataset,
    quotes: &[(&Encounter, &crate::model::Quote)],
) -> io::Result<()> {
    let mut cites = Citations::default();
    for (i, (e, q)) in quotes.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        writeln!(w, "> “{}”", escape(&q.text))?;
        // An attribution to paste: who, on what occasion, on what day.
        let said = format!("{}, {}, {}", q.speaker, e.headline(), e.said(q).human());
        let ids: Vec<&str> = if q.sources.is_empty() {
            e.sources.iter().map(AsRef::as_ref).collect()
        } else {
            q.sources.iter().map(AsRef::as_ref).collect()
        };
        writeln!(w, ">\n> — {}", with_refs(&escape(&said), &cites.refs(ids)))?;
        for v in &q.variants {
            writeln!(
                w,
                ">\n> Also rendered: {}",
                with_refs(&format!("“{}”", escape(&v.text)), &cites.refs(&v.sources))
            )?;
        }
        // The editor's note on the words, outside the quotation.
        if let Some(context) = &q.context {
            writeln!(w, "\nNote: {}", escape(context))?;
        }
    }
    if !cites.cited().is_empty() {
        writeln!(w, "\n## Sources\n")?;
        sources(w, dataset, &cites)?;
    }
    Ok(())
}

/// One encounter as a Markdown section headed at `level` (`##` for 2),
/// ending with the numbered list of the sources it cites.
///
/// # Errors
/// Those of the writer.
pub fn encounter(
    w: &mut dyn Write,
    dataset: &Dataset,
    e: &Encounter,
    level: usize,
) -> io::Result<()> {
    let mut cites = Citations::default();
    section(w, e, level, &mut cites)?;
    writeln!(w, "\n{} Sources\n", "#".repeat(level + 1))?;
    sources(w, dataset, &cites)
}

/// The numbered list of cited sources: `1. citation <url>`, the URLs as
/// autolinks so they paste whole (nothing in them escaped).
fn sources(w: &mut dyn Write, dataset: &Dataset, cites: &Citations) -> io::Result<()> {
    for (i, id) in cites.cited().iter().enumerate() {
        let Some(source) = dataset.source(id) else {
            writeln!(w, "{}. {}", i + 1, escape(id))?;
            continue;
        };
        write!(w, "{}. {}", i + 1, escape(&source.reference()))?;
        if let Some(url) = &source.url {
            write!(w, " <{url}>")?;
        }
        if let Some(url) = &source.archive_url {
            write!(w, " (archived: <{url}>)")?;
        }
        writeln!(w)?;
    }
    Ok(())
}

/// An encounter's heading, facts, summary, highlights and quotes, citing
/// sources by their numbers in `cites`.
fn section<'e>(
    w: &mut dyn Write,
    e: &'e Encounter,
    level: usize,
    cites: &mut Citations<'e>,
) -> io::Result<()> {
    let h = "#".repeat(level);
    writeln!(w, "{h} {}\n", escape(&e.title))?;
    writeln!(w, "- **ID:** `{}`", e.id)?;
    let kind = e.kind();
    writeln!(w, "- **Kind:** {kind} ({})", kind.meaning())?;
    // A meeting that did not take place is dated by the day it was made
    // public; what was planned follows.
    let dated = if e.took_place() {
        "Date"
    } else {
        "Made public"
    };
    writeln!(
        w,
        "- **{dated}:** {} (`{}`)",
        escape(&e.date.human_long()),
        e.date
    )?;
    if let Some(p) = &e.planned {
        writeln!(w, "- **Planned for:** {} (`{p}`)", escape(&p.human_long()))?;
    }
    if let Some(t) = &e.time {
        writeln!(w, "- **Time:** {}", escape(&t.human()))?;
    }
    let place = e.full_place();
    if !place.is_empty() {
        writeln!(w, "- **Place:** {}", escape(&place))?;
    }
    writeln!(w, "- **Occasion:** {}", escape(&e.occasion))?;
    if let Some(who) = &e.initiated_by {
        writeln!(w, "- **Initiated by:** {}", escape(who))?;
    }
    if let Some(d) = e.duration_with_note() {
        writeln!(w, "- **Duration:** {}", escape(&d))?;
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
    writeln!(
        w,
        "\n{}",
        with_refs(&escape(&e.summary), &cites.refs(&e.sources))
    )?;
    if !e.highlights.is_empty() {
        writeln!(w, "\n{h}# Highlights\n")?;
        for x in &e.highlights {
            writeln!(
                w,
                "- {}",
                with_refs(&escape(&x.text), &cites.refs(&x.sources))
            )?;
        }
    }
    if !e.quotes.is_empty() {
        writeln!(w, "\n{h}# Quotes\n")?;
        for (i, q) in e.quotes.iter().enumerate() {
            if i > 0 {
                writeln!(w)?;
            }
            writeln!(w, "> “{}”", escape(&q.text))?;
            writeln!(
                w,
                ">\n> — {}",
                with_refs(&escape(&q.attribution()), &cites.refs(&q.sources))
            )?;
            for v in &q.variants {
                writeln!(
                    w,
                    ">\n> Also rendered: {}",
                    with_refs(&format!("“{}”", escape(&v.text)), &cites.refs(&v.sources))
                )?;
            }
        }
    }
    Ok(())
}
