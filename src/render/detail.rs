//! One encounter in full, for reading in a terminal.

use std::io::{self, Write};

use textwrap::Options as Wrap;

use super::Options;
use crate::Dataset;
use crate::date::Span;
use crate::model::Encounter;

/// The encounters just before and after `e` in chronological order.
pub fn neighbours<'a>(
    dataset: &'a Dataset,
    e: &Encounter,
) -> (Option<&'a Encounter<'a>>, Option<&'a Encounter<'a>>) {
    let all = dataset.chronological();
    match all.iter().position(|x| x.id == e.id) {
        Some(i) => (i.checked_sub(1).map(|p| all[p]), all.get(i + 1).copied()),
        None => (None, None),
    }
}

/// How far apart two encounters are, `earlier` then `later`: a [`Span`]
/// between the end of one and the start of the other, or `None` when they
/// fall on the same day or overlap.
pub fn distance(earlier: &Encounter, later: &Encounter) -> Option<Span> {
    let (end, start) = (earlier.date.end(), later.date.start());
    (start > end).then(|| Span::between(end, start))
}

fn gap_text(gap: Option<Span>, direction: &str, earlier: &Encounter, later: &Encounter) -> String {
    match gap {
        Some(span) => format!("{span} {direction}"),
        None if earlier.date.day_span().is_some() && earlier.date.end() == later.date.start() => {
            "the same day".to_string()
        }
        None => "overlapping dates".to_string(),
    }
}

/// Print the whole record of `e`: facts, summary, highlights, quotes,
/// sources cited in full, and its neighbours in time.
///
/// # Errors
/// Those of the writer.
pub fn show(w: &mut dyn Write, dataset: &Dataset, e: &Encounter, opts: &Options) -> io::Result<()> {
    let width = opts.prose_width();
    writeln!(w, "{}", opts.bold(&e.title))?;
    writeln!(
        w,
        "{} · {} ({})",
        e.id,
        opts.outcome(e.outcome),
        e.outcome.meaning()
    )?;
    writeln!(w)?;

    let label_width = 14;
    let field = |w: &mut dyn Write, label: &str, value: &str| -> io::Result<()> {
        let indent = " ".repeat(label_width + 2);
        let first = format!("  {label:<label_width$}");
        let wrap = Wrap::new(width)
            .initial_indent(&first)
            .subsequent_indent(&indent);
        let text = textwrap::fill(value, wrap);
        // Colour the label only, after wrapping, so widths stay right.
        let text = text.replacen(label, &opts.dim(label), 1);
        writeln!(w, "{text}")
    };
    field(w, "Date", &e.date.human_long())?;
    field(w, "Place", &e.full_place())?;
    field(w, "Occasion", &e.occasion)?;
    field(
        w,
        "Duration",
        &e.duration_text()
            .unwrap_or_else(|| "not documented".to_string()),
    )?;
    if !e.participants.is_empty() {
        field(w, "Participants", &e.participants.join(", "))?;
    }
    if !e.topics.is_empty() {
        field(w, "Topics", &e.topics.join(", "))?;
    }
    writeln!(w)?;
    writeln!(
        w,
        "{}",
        textwrap::fill(
            &e.summary,
            Wrap::new(width)
                .initial_indent("  ")
                .subsequent_indent("  ")
        )
    )?;

    let section = |w: &mut dyn Write, title: &str| -> io::Result<()> {
        writeln!(w)?;
        writeln!(w, "{}", opts.bold(title))
    };
    if !e.highlights.is_empty() {
        section(w, "Highlights")?;
        for h in &e.highlights {
            writeln!(
                w,
                "{}",
                textwrap::fill(
                    h,
                    Wrap::new(width)
                        .initial_indent("  • ")
                        .subsequent_indent("    ")
                )
            )?;
        }
    }
    if !e.quotes.is_empty() {
        section(w, "Quotes")?;
        for q in &e.quotes {
            let quoted = format!("“{}”", q.text);
            writeln!(
                w,
                "{}",
                textwrap::fill(
                    &quoted,
                    Wrap::new(width)
                        .initial_indent("  ")
                        .subsequent_indent("   ")
                )
            )?;
            let who = textwrap::fill(
                &format!("— {}", q.attribution()),
                Wrap::new(width)
                    .initial_indent("    ")
                    .subsequent_indent("      "),
            );
            writeln!(w, "{}", opts.dim(&who))?;
        }
    }
    section(w, "Sources")?;
    for id in &e.sources {
        let text = match dataset.source(id) {
            Some(s) => format!("[{id}] {}", s.citation()),
            None => format!("[{id}]"),
        };
        writeln!(
            w,
            "{}",
            textwrap::fill(
                &text,
                Wrap::new(width)
                    .initial_indent("  ")
                    .subsequent_indent("    ")
            )
        )?;
    }

    let (previous, next) = neighbours(dataset, e);
    if previous.is_some() || next.is_some() {
        writeln!(w)?;
    }
    let neighbour =
        |w: &mut dyn Write, label: &str, other: &Encounter, gap: String| -> io::Result<()> {
            let value = format!(
                "{}: {}, {} ({gap})",
                other.id,
                other.title,
                other.date.human()
            );
            field(w, label, &value)
        };
    if let Some(p) = previous {
        neighbour(w, "Previous", p, gap_text(distance(p, e), "before", p, e))?;
    }
    if let Some(n) = next {
        neighbour(w, "Next", n, gap_text(distance(e, n), "after", e, n))?;
    }
    Ok(())
}
