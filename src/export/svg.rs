//! A self-contained SVG picture of the timeline.

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};

use super::xml_escape;
use crate::model::{ContextEvent, Encounter, Outcome};
use crate::timeline::{self, Entry};

/// The colour that marks an outcome in pictures.
pub fn colour(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Held => "#2e7d32",
        Outcome::Informal => "#0277bd",
        Outcome::Cancelled => "#c62828",
        Outcome::Proposed => "#b8860b",
    }
}

const WIDTH: f64 = 1200.0;
const MARGIN: f64 = 40.0;
const ROW: f64 = 18.0;
const CHAR: f64 = 6.4;

/// Rows of labels that must not overlap: each row remembers where its last
/// label ends.
struct Rows(Vec<f64>);

impl Rows {
    /// The first row with room for `[x0, x1]`, claiming it.
    fn place(&mut self, x0: f64, x1: f64) -> usize {
        let row = self
            .0
            .iter()
            .position(|end| *end + 10.0 <= x0)
            .unwrap_or_else(|| {
                self.0.push(f64::MIN);
                self.0.len() - 1
            });
        self.0[row] = x1;
        row
    }
}

/// A label's extent and anchor when it starts at `x`, kept inside the frame.
fn extent(x: f64, text: &str) -> (f64, f64, &'static str, f64) {
    let w = text.chars().count() as f64 * CHAR;
    if x + w > WIDTH - MARGIN {
        (x - w, x, "end", x)
    } else {
        (x, x + w, "start", x)
    }
}

/// Draw `encounters` (and the `context` events, as small grey marks) on a
/// horizontal time axis.
///
/// # Errors
/// Those of the writer.
pub fn write(
    w: &mut dyn Write,
    title: &str,
    encounters: &[&Encounter],
    context: &[&ContextEvent],
) -> io::Result<()> {
    w.write_all(render(title, encounters, context).as_bytes())
}

/// The SVG document as a string.
pub fn render(title: &str, encounters: &[&Encounter], context: &[&ContextEvent]) -> String {
    let entries = timeline::build(encounters, context);
    let dates: Vec<(NaiveDate, NaiveDate)> = entries
        .iter()
        .filter_map(|e| match e {
            Entry::Encounter { encounter } => Some((encounter.date.start(), encounter.date.end())),
            Entry::Context { event } => Some((event.date.start(), event.date.end())),
            Entry::Gap { .. } => None,
        })
        .collect();
    let first_year = dates.iter().map(|d| d.0.year()).min().unwrap_or(2000);
    let last_year = dates.iter().map(|d| d.1.year()).max().unwrap_or(first_year);
    let origin = NaiveDate::from_ymd_opt(first_year, 1, 1).unwrap_or_default();
    let finish = NaiveDate::from_ymd_opt(last_year + 1, 1, 1).unwrap_or(origin);
    let total = (finish - origin).num_days().max(1) as f64;
    let x = |d: NaiveDate| MARGIN + (d - origin).num_days() as f64 / total * (WIDTH - 2.0 * MARGIN);

    // Labels above the axis, gap notes below it.
    let mut above = Rows(Vec::new());
    let mut labels = Vec::new();
    let mut below = Rows(Vec::new());
    let mut gaps = Vec::new();
    let mut by_id = std::collections::HashMap::new();
    for entry in &entries {
        match entry {
            Entry::Encounter { encounter: e } => {
                let mx = (x(e.date.start()) + x(e.date.end())) / 2.0;
                by_id.insert(e.id.as_ref(), *e);
                let text = format!("{} · {}", e.title, e.date.human());
                let (x0, x1, anchor, ax) = extent(mx, &text);
                let row = above.place(x0, x1);
                labels.push((mx, row, text, anchor, ax, e.outcome, e.id.as_ref()));
            }
            Entry::Gap {
                after,
                before,
                text,
                ..
            } => {
                let (Some(a), Some(b)) = (
                    by_id.get(after),
                    entries.iter().find_map(|e| match e {
                        Entry::Encounter { encounter } if encounter.id == *before => {
                            Some(*encounter)
                        }
                        _ => None,
                    }),
                ) else {
                    continue;
                };
                let (gx0, gx1) = (x(a.date.end()), x(b.date.start()));
                let note = format!("{text} without an encounter");
                let mid = (gx0 + gx1) / 2.0;
                let w = note.chars().count() as f64 * CHAR;
                let (nx0, nx1) = (
                    (mid - w / 2.0).max(MARGIN),
                    (mid + w / 2.0).min(WIDTH - MARGIN),
                );
                let row = below.place(nx0.min(gx0), nx1.max(gx1));
                gaps.push((gx0, gx1, row, note, (nx0 + nx1) / 2.0));
            }
            Entry::Context { .. } => {}
        }
    }

    let top = 70.0;
    let axis_y = top + (above.0.len().max(1) as f64) * ROW + 24.0;
    let height = axis_y + 40.0 + below.0.len() as f64 * (ROW + 10.0) + 20.0;

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH:.0}" height="{height:.0}" viewBox="0 0 {WIDTH:.0} {height:.0}" font-family="Helvetica, Arial, sans-serif" font-size="11">"#
    );
    let _ = writeln!(s, "<title>{}</title>", xml_escape(title));
    let _ = writeln!(
        s,
        r##"<rect x="0" y="0" width="{WIDTH:.0}" height="{height:.0}" fill="#ffffff"/>"##
    );
    let _ = writeln!(
        s,
        r##"<text x="{MARGIN:.0}" y="24" font-size="16" font-weight="bold" fill="#222222">{}</text>"##,
        xml_escape(title)
    );

    // Legend.
    let mut lx = MARGIN;
    for o in Outcome::ALL {
        let _ = writeln!(
            s,
            r#"<circle cx="{:.1}" cy="44" r="5" fill="{}"/>"#,
            lx + 5.0,
            colour(o)
        );
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="48" fill="#333333">{o}</text>"##,
            lx + 14.0
        );
        lx += 14.0 + o.as_str().len() as f64 * CHAR + 24.0;
    }
    if !context.is_empty() {
        let _ = writeln!(
            s,
            r##"<rect x="{:.1}" y="40" width="8" height="8" fill="#999999" transform="rotate(45 {:.1} 44)"/>"##,
            lx,
            lx + 4.0
        );
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="48" fill="#333333">context</text>"##,
            lx + 14.0
        );
    }

    // Axis and year ticks.
    let _ = writeln!(
        s,
        r##"<line x1="{MARGIN:.0}" y1="{axis_y:.1}" x2="{:.0}" y2="{axis_y:.1}" stroke="#444444" stroke-width="1.5"/>"##,
        WIDTH - MARGIN
    );
    let years = last_year - first_year + 1;
    let step = if years > 30 {
        10
    } else if years > 15 {
        5
    } else {
        1
    };
    for year in (first_year..=last_year + 1).filter(|y| (y - first_year) % step == 0) {
        let Some(d) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            continue;
        };
        let tx = x(d);
        let _ = writeln!(
            s,
            r##"<line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#444444"/>"##,
            axis_y - 4.0,
            axis_y + 4.0
        );
        if year <= last_year {
            let _ = writeln!(
                s,
                r##"<text x="{tx:.1}" y="{:.1}" fill="#444444">{year}</text>"##,
                axis_y + 16.0
            );
        }
    }

    // Gaps: a bracket under the axis with its length.
    for (gx0, gx1, row, note, nx) in &gaps {
        let gy = axis_y + 34.0 + *row as f64 * (ROW + 10.0);
        let _ = writeln!(
            s,
            r##"<g class="gap"><path d="M{gx0:.1} {:.1} V{gy:.1} H{gx1:.1} V{:.1}" fill="none" stroke="#999999" stroke-dasharray="4 3"/>"##,
            gy - 6.0,
            gy - 6.0
        );
        let _ = writeln!(
            s,
            r##"<text x="{nx:.1}" y="{:.1}" text-anchor="middle" fill="#666666" font-style="italic">{}</text></g>"##,
            gy + 13.0,
            xml_escape(note)
        );
    }

    // Context events: small grey diamonds on the axis.
    for c in context {
        let cx = (x(c.date.start()) + x(c.date.end())) / 2.0;
        let _ = writeln!(
            s,
            r##"<rect class="context" x="{:.1}" y="{:.1}" width="7" height="7" fill="#999999" transform="rotate(45 {cx:.1} {axis_y:.1})"><title>{} ({})</title></rect>"##,
            cx - 3.5,
            axis_y - 3.5,
            xml_escape(&c.title),
            xml_escape(&c.date.human())
        );
    }

    // Encounters: marker on the axis, leader line, label in its row.
    for (mx, row, text, anchor, ax, outcome, id) in &labels {
        let ly = top + (above.0.len().max(1) - 1 - row) as f64 * ROW + 12.0;
        let c = colour(*outcome);
        let _ = writeln!(s, r#"<g class="encounter" id="{}">"#, xml_escape(id));
        let _ = writeln!(
            s,
            r#"<line x1="{mx:.1}" y1="{:.1}" x2="{mx:.1}" y2="{:.1}" stroke="{c}" stroke-opacity="0.5"/>"#,
            ly + 3.0,
            axis_y - 6.0
        );
        let fill = if *outcome == Outcome::Proposed {
            "#ffffff"
        } else {
            c
        };
        let _ = writeln!(
            s,
            r#"<circle cx="{mx:.1}" cy="{axis_y:.1}" r="6" fill="{fill}" stroke="{c}" stroke-width="2"><title>{}</title></circle>"#,
            xml_escape(text)
        );
        let _ = writeln!(
            s,
            r#"<text x="{ax:.1}" y="{ly:.1}" text-anchor="{anchor}" fill="{c}">{}</text>"#,
            xml_escape(text)
        );
        let _ = writeln!(s, "</g>");
    }
    s.push_str("</svg>\n");
    s
}
