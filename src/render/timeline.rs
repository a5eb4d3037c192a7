//! The timeline as text: one line per entry, grouped by year.

use std::io::{self, Write};

use chrono::Datelike;
use unicode_width::UnicodeWidthStr;

use super::{Options, outcome_style};
use crate::model::Outcome;
use crate::timeline::Entry;

/// Marker for an outcome: distinct shapes, or plain ASCII.
pub fn marker(outcome: Outcome, ascii: bool) -> &'static str {
    match (outcome, ascii) {
        (Outcome::Held, false) => "●",
        (Outcome::Informal, false) => "◐",
        (Outcome::Cancelled, false) => "✕",
        (Outcome::Proposed, false) => "○",
        (Outcome::Held, true) => "*",
        (Outcome::Informal, true) => "~",
        (Outcome::Cancelled, true) => "x",
        (Outcome::Proposed, true) => "o",
    }
}

fn context_marker(ascii: bool) -> &'static str {
    if ascii { "-" } else { "◆" }
}

/// Cut `s` to `max` columns, ending with "…" (or "..." in ASCII).
fn fit(s: &str, max: usize, ascii: bool) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let ellipsis = if ascii { "..." } else { "…" };
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.to_string().width() + ellipsis.width() > max {
            break;
        }
        out.push(c);
    }
    out.push_str(ellipsis);
    out
}

/// Print the timeline: a legend, then entries under year headings. With
/// `ascii`, every character is ASCII, dates and titles included.
///
/// # Errors
/// Those of the writer.
pub fn text(w: &mut dyn Write, entries: &[Entry], ascii: bool, opts: &Options) -> io::Result<()> {
    if !ascii {
        return draw(w, entries, false, opts);
    }
    let mut drawn = Vec::new();
    draw(&mut drawn, entries, true, opts)?;
    w.write_all(crate::text::to_ascii(&String::from_utf8_lossy(&drawn)).as_bytes())
}

fn draw(w: &mut dyn Write, entries: &[Entry], ascii: bool, opts: &Options) -> io::Result<()> {
    let mut legend: Vec<String> = Outcome::ALL
        .iter()
        .map(|o| format!("{} {o}", opts.paint(outcome_style(*o), marker(*o, ascii))))
        .collect();
    if entries.iter().any(|e| matches!(e, Entry::Context { .. })) {
        legend.push(format!("{} context", opts.dim(context_marker(ascii))));
    }
    writeln!(w, "{}", legend.join("   "))?;

    let date_width = entries
        .iter()
        .filter_map(|e| match e {
            Entry::Encounter { encounter } => Some(encounter.date.human().width()),
            Entry::Context { event } => Some(event.date.human().width()),
            Entry::Gap { .. } => None,
        })
        .max()
        .unwrap_or(0);
    let bar = if ascii { "|" } else { "│" };
    let mut year = None;
    for entry in entries {
        let start_year = match entry {
            Entry::Encounter { encounter } => Some(encounter.date.start().year()),
            Entry::Context { event } => Some(event.date.start().year()),
            Entry::Gap { .. } => None,
        };
        if start_year.is_some() && start_year != year {
            year = start_year;
            writeln!(w)?;
            writeln!(w, "{}", opts.bold(&year.unwrap_or_default().to_string()))?;
        }
        let prefix_width = 2 + 1 + 2 + date_width + 2;
        let room = opts
            .width
            .map_or(usize::MAX, |w| w.saturating_sub(prefix_width).max(10));
        match entry {
            Entry::Encounter { encounter: e } => {
                let m = opts.paint(outcome_style(e.outcome), marker(e.outcome, ascii));
                let date = format!("{:<date_width$}", e.date.human());
                let what = fit(
                    &format!("{}: {} ({})", e.place(), e.title, e.outcome),
                    room,
                    ascii,
                );
                writeln!(w, "  {m}  {date}  {what}")?;
            }
            Entry::Context { event } => {
                let m = opts.dim(context_marker(ascii));
                let date = format!("{:<date_width$}", event.date.human());
                let what = fit(&event.title, room, ascii);
                writeln!(w, "  {m}  {}  {}", opts.dim(&date), opts.dim(&what))?;
            }
            Entry::Gap { text, .. } => {
                let line = fit(
                    &format!("{text} without meeting in person"),
                    room.saturating_add(date_width + 2),
                    ascii,
                );
                writeln!(w, "  {}  {}", opts.dim(bar), opts.dim(&line))?;
            }
        }
    }
    Ok(())
}
