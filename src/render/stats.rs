//! Statistics as tables.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment};

use super::Options;
use super::table::new_table;
use crate::model::Outcome;
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

/// Print the statistics: year × outcome, host countries, then figures.
///
/// # Errors
/// Those of the writer.
pub fn text(w: &mut dyn Write, s: &Stats, opts: &Options) -> io::Result<()> {
    let mut header = vec!["Year"];
    header.extend(Outcome::ALL.map(Outcome::as_str));
    header.push("Total");
    let mut t = new_table(opts, &header);
    let row = |label: String, c: &crate::stats::OutcomeCounts| {
        let mut cells = vec![Cell::new(label)];
        cells.extend(Outcome::ALL.map(|o| num(c.get(o))));
        cells.push(num(c.total));
        cells
    };
    for (year, counts) in &s.by_year {
        t.add_row(row(year.to_string(), counts));
    }
    t.add_row(row("Total".to_string(), &s.totals));
    writeln!(w, "{}", opts.bold("Encounters by year and outcome"))?;
    super::table::write_table(w, &t)?;

    let mut t = new_table(opts, &["Host country", "Encounters"]);
    for (country, n) in &s.by_country {
        t.add_row(vec![Cell::new(country), num(*n)]);
    }
    writeln!(w)?;
    writeln!(w, "{}", opts.bold("By host country"))?;
    super::table::write_table(w, &t)?;

    writeln!(w)?;
    writeln!(w, "{}", opts.bold("Figures"))?;
    let width = opts.width();
    let figure = |w: &mut dyn Write, label: &str, value: String| figure(w, label, &value, width);
    let together = match (s.face_to_face_minutes, s.face_to_face_undocumented) {
        (0, _) => "none documented".to_string(),
        (m, 0) => format!(
            "{} (held and informal)",
            crate::model::minutes_text(u64::from(m))
        ),
        (m, n) => format!(
            "{} (held and informal; {n} without a documented duration)",
            crate::model::minutes_text(u64::from(m))
        ),
    };
    figure(w, "Documented face-to-face", together)?;
    let record = |r: &crate::stats::Ref| {
        format!("{} ({}, {})", r.id, r.title, super::unbroken(&r.human_date))
    };
    // A record may be a meeting that never took place: its outcome says so.
    let any = |r: &crate::stats::Ref| {
        let date = super::unbroken(&r.human_date);
        format!("{} ({}, {date}, {})", r.id, r.title, r.outcome)
    };
    if let Some(f) = &s.first {
        figure(w, "First record", any(f))?;
    }
    if let Some(l) = &s.last {
        figure(w, "Latest record", any(l))?;
    }
    let as_of = super::unbroken(&s.as_of.format("%-d %b %Y").to_string());
    match &s.since_last_meeting {
        Some(g) => {
            figure(w, "Last met in person", record(&g.from))?;
            figure(
                w,
                "Since then",
                format!("{} ({} days, to {as_of})", g.text, g.days),
            )?;
        }
        None => figure(
            w,
            "Last met in person",
            format!("not on or before {as_of}, in these records"),
        )?,
    }
    if let Some(day) = s.checked_through {
        figure(
            w,
            "Record checked through",
            day.format("%-d %b %Y").to_string(),
        )?;
    }
    match &s.longest_gap {
        Some(g) => figure(
            w,
            "Longest gap (met in person)",
            format!(
                "{} ({} days), {} to {}",
                g.text,
                g.days,
                g.from.id,
                g.to.as_ref().map_or("", |t| t.id.as_str())
            ),
        )?,
        None => figure(
            w,
            "Longest gap (met in person)",
            "fewer than two in-person encounters".into(),
        )?,
    }
    let average = |text: &Option<String>, days: Option<f64>| {
        days.map(|d| format!("{} ({d:.1} days)", text.as_deref().unwrap_or_default()))
    };
    if let Some(mean) = average(&s.mean_gap_text, s.mean_gap_days) {
        figure(w, "Mean gap", mean)?;
    }
    if let Some(median) = average(&s.median_gap_text, s.median_gap_days) {
        figure(w, "Median gap", median)?;
    }
    Ok(())
}
