//! One record in full, for reading in a terminal.

use std::io::{self, Write};

use textwrap::Options as Wrap;

use super::Options;
use crate::Dataset;
use crate::cite::{Citations, with_refs};
use crate::gaps::{Neighbours, distance, neighbours};
use crate::model::Encounter;

/// Wrapping at `width` that never splits a word, an id or a URL: a word
/// longer than the line runs past it rather than breaking in two.
fn wrap(width: usize) -> Wrap<'static> {
    super::wrapping(width)
}

fn gap_text(direction: &str, earlier: &Encounter, later: &Encounter) -> String {
    match distance(earlier, later) {
        Some(text) => format!("{text} {direction}"),
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
    show_with(w, dataset, e, &neighbours(dataset, e), opts)
}

/// [`show`], with `e`'s neighbours in time already found (by a caller
/// that keeps the records in order, such as the browser).
///
/// # Errors
/// Those of the writer.
pub fn show_with(
    w: &mut dyn Write,
    dataset: &Dataset,
    e: &Encounter,
    n: &Neighbours,
    opts: &Options,
) -> io::Result<()> {
    let width = opts.prose_width();
    writeln!(w, "{}", opts.bold(&e.title))?;
    // Wrapped plain, then the kind coloured, so widths stay right.
    let kind = e.kind();
    let line = format!("{} · {} ({})", e.id, kind, kind.meaning());
    let line = super::fill(&line, wrap(width).subsequent_indent("  "));
    let named = format!("{} · {}", e.id, kind);
    let coloured = format!("{} · {}", e.id, opts.kind(kind));
    writeln!(w, "{}", line.replacen(&named, &coloured, 1))?;
    writeln!(w)?;

    let label_width = 17;
    let field = |w: &mut dyn Write, label: &str, value: &str| -> io::Result<()> {
        // Beside its label when there is room for it there (a column of
        // at least 20, and its longest unbroken run); else under it, so
        // that a date or an id is never broken.
        let longest = value
            .split(' ')
            .map(unicode_width::UnicodeWidthStr::width)
            .max()
            .unwrap_or(0);
        let (first, indent) = if width >= label_width + 2 + longest.max(20) {
            (
                format!("  {label:<label_width$}"),
                " ".repeat(label_width + 2),
            )
        } else {
            writeln!(w, "  {}", opts.dim(label))?;
            ("    ".to_string(), "    ".to_string())
        };
        let wrap = wrap(width)
            .initial_indent(&first)
            .subsequent_indent(&indent);
        let text = super::fill(value, wrap);
        // Colour the label only, after wrapping, so widths stay right.
        let text = if first.trim().is_empty() {
            text
        } else {
            text.replacen(label, &opts.dim(label), 1)
        };
        writeln!(w, "{text}")
    };
    // Sources are numbered in the order this view first cites them: the
    // record's own (for the summary and facts), then the coordinates', then
    // each highlight's and quote's.
    let mut cites = Citations::default();
    let summary_refs = cites.refs(&e.sources);
    // With its weekdays when they fit on a line, else without.
    let long = e.date.human_long();
    let date = if unicode_width::UnicodeWidthStr::width(long.as_str()) + 4 <= width {
        long
    } else {
        e.date.human()
    };
    // A meeting that did not take place is dated by the day it was made
    // public; what was planned follows.
    let dated = if e.took_place() {
        "Date"
    } else {
        "Made public"
    };
    field(w, dated, &super::unbroken(&date))?;
    if let Some(p) = &e.planned {
        field(w, "Planned for", &super::unbroken(&p.human_long()))?;
    }
    if let Some(t) = &e.time {
        field(w, "Time", &t.human())?;
    }
    let place = e.full_place();
    if !place.is_empty() {
        field(w, "Place", &place)?;
    }
    if let Some(c) = &e.coordinates {
        let of = match c.of {
            crate::model::Point::Venue => "the venue",
            crate::model::Point::City => "the city",
        };
        let text = format!("{} ({of})", c.human());
        field(w, "Coordinates", &with_refs(&text, &cites.refs(&c.sources)))?;
    }
    field(w, "Occasion", &e.occasion)?;
    if let Some(who) = &e.initiated_by {
        field(w, "Initiated by", who)?;
    }
    // That no length is documented is worth saying of a meeting that
    // took place, not of a call or a plan.
    match e.duration_with_note() {
        Some(d) => field(w, "Duration", &d)?,
        None if e.met_in_person() => field(w, "Duration", "not documented")?,
        None => {}
    }
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
        super::fill(
            &with_refs(&e.summary, &summary_refs),
            wrap(width).initial_indent("  ").subsequent_indent("  ")
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
                super::fill(
                    &with_refs(&h.text, &cites.refs(&h.sources)),
                    wrap(width).initial_indent("  • ").subsequent_indent("    ")
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
                super::fill(
                    &quoted,
                    wrap(width).initial_indent("  ").subsequent_indent("   ")
                )
            )?;
            // With the day it was said, when not the record's.
            let who = super::fill(
                &with_refs(
                    &super::dates_kept(&format!("— {}", q.attribution())),
                    &cites.refs(&q.sources),
                ),
                wrap(width)
                    .initial_indent("    ")
                    .subsequent_indent("      "),
            );
            writeln!(w, "{}", opts.dim(&who))?;
            // Another translation or transcript of the same remark.
            for v in &q.variants {
                let also = super::fill(
                    &with_refs(
                        &format!("also rendered: “{}”", v.text),
                        &cites.refs(&v.sources),
                    ),
                    wrap(width)
                        .initial_indent("    ")
                        .subsequent_indent("      "),
                );
                writeln!(w, "{}", opts.dim(&also))?;
            }
        }
    }
    section(w, "Sources")?;
    for (i, id) in cites.cited().iter().enumerate() {
        // Its date kept on one line.
        let citation = match dataset.source(id) {
            Some(source) => {
                let date = source.date.as_ref().map_or("undated".into(), |d| d.human());
                source.citation().replacen(
                    &format!(", {date}."),
                    &format!(", {}.", super::unbroken(&date)),
                    1,
                )
            }
            None => id.to_string(),
        };
        let text = format!("[{}] {citation}", i + 1);
        writeln!(
            w,
            "{}",
            super::fill(
                &text,
                wrap(width).initial_indent("  ").subsequent_indent("    ")
            )
        )?;
    }

    // The meetings before and after, with the time between; and the
    // records before and after when they are not those meetings.
    let mut lines: Vec<(&str, &Encounter, String)> = Vec::new();
    if let Some(p) = n.previous_meeting {
        lines.push(("Previous meeting", p, gap_text("before", p, e)));
    }
    if let Some(p) = n.previous_record.filter(|p| !p.met_in_person()) {
        lines.push(("Previous record", p, p.kind().noun(1).to_string()));
    }
    if let Some(x) = n.next_record.filter(|x| !x.met_in_person()) {
        lines.push(("Next record", x, x.kind().noun(1).to_string()));
    }
    if let Some(x) = n.next_meeting {
        lines.push(("Next meeting", x, gap_text("after", e, x)));
    }
    if !lines.is_empty() {
        writeln!(w)?;
    }
    for (label, other, note) in lines {
        let value = format!(
            "{}: {}, {} ({note})",
            other.id,
            other.title,
            super::unbroken(&other.date.human())
        );
        field(w, label, &value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two meetings with no time between them are on the same day only
    /// when the first is one day, or ends on the day the next begins;
    /// otherwise their dates overlap.
    #[test]
    fn meetings_without_a_gap() {
        let d = crate::testing::record();
        let dinner = d.encounter("2017-hamburg-dinner").unwrap();
        let mut talks = d.encounter("2017-hamburg").unwrap().clone();
        assert_eq!(gap_text("after", &talks, dinner), "the same day");
        talks.date = "2017-07-06/2017-07-08".parse().unwrap();
        assert_eq!(gap_text("after", &talks, dinner), "overlapping dates");
        talks.date = "2017-07-06/2017-07-07".parse().unwrap();
        assert_eq!(gap_text("after", &talks, dinner), "the same day");
        talks.date = "2017-07".parse().unwrap();
        assert_eq!(gap_text("after", &talks, dinner), "overlapping dates");
    }

    /// The date with its weekdays when it fits on a line of its own under
    /// its label (four columns in), else without them.
    #[test]
    fn weekdays_only_when_the_date_fits() {
        let d = crate::testing::record();
        let e = d.encounter("2017-da-nang").unwrap();
        let long = e.date.human_long();
        assert_ne!(long, e.date.human());
        let date_at = |width: usize| {
            let mut out = Vec::new();
            let opts = Options {
                colour: false,
                width: Some(width),
            };
            show(&mut out, &d, e, &opts).unwrap();
            let out = String::from_utf8(out).unwrap().replace('\u{a0}', " ");
            out.contains(&long)
        };
        let fits = unicode_width::UnicodeWidthStr::width(long.as_str()) + 4;
        assert!(date_at(fits), "{long} at {fits}");
        assert!(!date_at(fits - 1), "{long} at {}", fits - 1);
    }
}
