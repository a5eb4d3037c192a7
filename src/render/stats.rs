//! Statistics as tables.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment};

use super::Options;
use super::table::new_table;
use crate::model::RecordKind;
use crate::stats::Stats;

fn num(n: usize) -> Cell {
    Cell::new(n).set_alignment(CellAlignment::Right)
}

/// Where figures' values start: after the longest label and a gap.
const LABEL: usize = 32;

/// One figure: its label, then its value wrapped beside it; on a screen too
/// narrow for that, the value wrapped under the label.
fn figure(w: &mut dyn Write, label: &str, value: &str, width: usize) -> io::Result<()> {
    let label = format!("  {label}:");
    let beside = width.saturating_sub(LABEL) >= 30;
    let (first, rest) = if beside {
        (format!("{label:<LABEL$}"), " ".repeat(LABEL))
    } else {
        writeln!(w, "{label}")?;
        ("      ".to_string(), "      ".to_string())
    };
    let options = super::wrapping(width.max(20))
        .initial_indent(&first)
        .subsequent_indent(&rest);
    writeln!(w, "{}", super::fill(value, options))?;
    Ok(())
}

/// A total of documented lengths in words: "6 h 50 min, documented for 5
/// of the 7 (3 meetings held, 4 informal encounters)", with the range in
/// all where sources differ on some.
fn durations(d: &crate::stats::Durations) -> String {
    let all = d.documented + d.undocumented;
    if all == 0 {
        return "none in these records".to_string();
    }
    if d.documented == 0 {
        return format!("no length documented ({})", d.of);
    }
    // A length is never broken across lines: "8 h 30 min" whole.
    let text = |m: u32| super::unbroken(&crate::model::minutes_text(u64::from(m)));
    let mut out = text(d.minutes);
    if d.minutes_at_least != d.minutes_at_most {
        out.push_str(&format!(
            " (the sources differ on {}: {} to {} in all)",
            count(d.disputed, "length", "lengths"),
            text(d.minutes_at_least),
            text(d.minutes_at_most)
        ));
    }
    if d.undocumented == 0 {
        out.push_str(&format!(", over {}", d.of));
    } else {
        out.push_str(&format!(
            ", documented for {} of the {all} ({})",
            d.documented, d.of
        ));
    }
    out
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "1 year 3 months (476 days, to 4 Dec 2026)", and when that day is past
/// the day the record is checked through, what is known for sure.
fn since(s: &crate::stats::Since, as_of: &str, checked: Option<chrono::NaiveDate>) -> String {
    let days = |n: i64| count(usize::try_from(n).unwrap_or(0), "day", "days");
    let mut out = format!("{} ({}, to {as_of})", s.text, days(s.days));
    match (s.days_checked, checked) {
        (Some(then), Some(c)) => out.push_str(&format!(
            " if nothing since {}, when the record was last checked; {} to then",
            super::unbroken(&c.format("%-d %b %Y").to_string()),
            days(then)
        )),
        // Without that day, nothing says the record reaches today.
        (_, None) => {
            out.push_str(" if nothing since; the dataset does not say how far it was checked")
        }
        (None, Some(_)) => {}
    }
    out
}

/// Print the statistics: the records by year and kind, the places they
/// met, then the figures of the records counted and of the whole record.
///
/// # Errors
/// Those of the writer.
pub fn text(w: &mut dyn Write, s: &Stats, opts: &Options) -> io::Result<()> {
    // The kinds the records have, in order; the total last.
    let kinds: Vec<RecordKind> = RecordKind::ALL
        .into_iter()
        .filter(|k| s.totals.get(*k) > 0)
        .collect();
    // Each column as wide as its name: on a narrow screen the long names
    // are cut short, never broken, and the legend says what they are.
    let full: usize = kinds
        .iter()
        .map(|k| k.as_str().len().max(4) + 2)
        .sum::<usize>()
        + 14;
    let short = opts.width() < full;
    let mut header = vec!["Year"];
    header.extend(kinds.iter().map(|k| match (k, short) {
        (RecordKind::Call, _) => "calls",
        (RecordKind::Informal, true) => "inf.",
        (RecordKind::Cancelled, true) => "canc.",
        (RecordKind::Proposed, true) => "prop.",
        (k, _) => k.as_str(),
    }));
    header.push("Total");
    let mut t = new_table(opts, &header);
    let row = |label: String, c: &crate::stats::Counts| {
        let mut cells = vec![Cell::new(label)];
        cells.extend(kinds.iter().map(|k| num(c.get(*k))));
        cells.push(num(c.total));
        cells
    };
    for (year, counts) in &s.by_year {
        t.add_row(row(year.to_string(), counts));
    }
    t.add_row(row("Total".to_string(), &s.totals));
    let covers = s
        .covers
        .as_deref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    writeln!(
        w,
        "{}",
        opts.bold(&format!("Records by year and kind{covers}"))
    )?;
    super::table::write_table(w, &t)?;
    // What the columns count, in words.
    let meetings = kinds
        .iter()
        .any(|k| !matches!(k, RecordKind::Call | RecordKind::Envoy));
    let mut legend = Vec::new();
    if meetings && short {
        legend.push("held and inf. (informal): meetings in person; canc. (cancelled) and prop. (proposed): meetings that did not take place");
    } else if meetings {
        legend.push("held and informal: meetings in person; cancelled and proposed: meetings that did not take place");
    }
    if kinds.contains(&RecordKind::Envoy) {
        legend.push("envoy: one leader meeting the other's envoy");
    }
    if !legend.is_empty() {
        let options = super::wrapping(opts.width().max(20));
        writeln!(w, "{}", opts.dim(&super::fill(&legend.join("; "), options)))?;
    }

    if !s.by_country.is_empty() {
        let envoy = s.by_country.iter().any(|h| h.envoy > 0);
        let mut head = vec!["Country", "Met in person"];
        if envoy {
            head.push("Envoy meetings");
        }
        let mut t = new_table(opts, &head);
        for h in &s.by_country {
            let mut cells = vec![Cell::new(&h.country), num(h.encounters)];
            if envoy {
                cells.push(num(h.envoy));
            }
            t.add_row(cells);
        }
        writeln!(w)?;
        let heading = if envoy {
            "Where they met, and where envoys were received"
        } else {
            "Where they met"
        };
        writeln!(w, "{}", opts.bold(heading))?;
        super::table::write_table(w, &t)?;
    }

    writeln!(w)?;
    let heading = match &s.covers {
        Some(c) => format!("Figures for these records ({c})"),
        None => "Figures".to_string(),
    };
    writeln!(w, "{}", opts.bold(&heading))?;
    let width = opts.width();
    let figure = |w: &mut dyn Write, label: &str, value: String| figure(w, label, &value, width);
    figure(w, "Time together in person", durations(&s.in_person))?;
    if s.totals.call > 0 {
        figure(w, "Time on the telephone", durations(&s.on_the_phone))?;
    }
    let record = |r: &crate::stats::Ref| {
        format!("{} ({}, {})", r.id, r.title, super::unbroken(&r.human_date))
    };
    // A record may be a meeting that never took place: its kind says so.
    let any = |r: &crate::stats::Ref| {
        let date = super::unbroken(&r.human_date);
        format!("{} ({}, {date}, {})", r.id, r.title, r.kind.noun(1))
    };
    if let Some(f) = &s.first {
        figure(w, "First record", any(f))?;
    }
    if let Some(l) = &s.last {
        figure(w, "Latest record", any(l))?;
    }
    let label = "Longest gap between meetings";
    match &s.longest_gap {
        Some(g) => figure(
            w,
            label,
            format!(
                "{} ({}), {} to {}",
                g.text,
                match g.days_at_most {
                    Some(most) => format!("{}–{most} days", g.days),
                    None => count(usize::try_from(g.days).unwrap_or(0), "day", "days"),
                },
                g.from.id,
                g.to.id
            ),
        )?,
        None => figure(
            w,
            label,
            "none among these records (no two of their meetings in person follow each other in the whole record)".into(),
        )?,
    }
    let over = count(s.gaps, "gap", "gaps");
    let average = |text: &Option<String>, days: Option<f64>| {
        days.map(|d| {
            format!(
                "{} ({d:.1} days, of {over})",
                text.as_deref().unwrap_or_default()
            )
        })
    };
    if let Some(mean) = average(&s.mean_gap_text, s.mean_gap_days) {
        figure(w, "Mean gap", mean)?;
    }
    if let Some(median) = average(&s.median_gap_text, s.median_gap_days) {
        figure(w, "Median gap", median)?;
    }

    writeln!(w)?;
    let day = s.as_of.format("%-d %b %Y").to_string();
    writeln!(
        w,
        "{}",
        opts.bold(&format!("The whole record, as of {day}"))
    )?;
    let as_of = super::unbroken(&day);
    match &s.since_last_meeting {
        Some(g) => {
            figure(w, "Last met in person", record(&g.from))?;
            figure(w, "Since then", since(g, &as_of, s.checked_through))?;
        }
        None => figure(w, "Last met in person", format!("not on or before {as_of}"))?,
    }
    if let Some(g) = &s.since_last_call {
        figure(w, "Last spoke by telephone", record(&g.from))?;
        figure(w, "Since then", since(g, &as_of, s.checked_through))?;
    }
    if let Some(day) = s.checked_through {
        figure(
            w,
            "Record checked through",
            day.format("%-d %b %Y").to_string(),
        )?;
    }
    Ok(())
}
