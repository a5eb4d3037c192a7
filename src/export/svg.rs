//! A self-contained SVG picture of the timeline.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};

use super::{Selection, xml_escape};
use crate::model::{ContextEvent, Encounter, Outcome};
use crate::render::outcome_hex as colour;
use crate::timeline::{self, Entry};

const WIDTH: f64 = 1200.0;
const MARGIN: f64 = 40.0;
const ROW: f64 = 18.0;
const CHAR: f64 = 6.4;
/// Where the first row of labels starts.
const TOP: f64 = 70.0;

/// Draw the selection's encounters (and its context events, as small grey
/// marks) on a horizontal time axis, titled with the dataset's title.
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    write_sized(w, selection, None)
}

/// As [`write`], at `size` (width and height in pixels) when given: the
/// picture keeps its proportions, centred on a white ground of that shape,
/// as a slide wants it.
///
/// # Errors
/// Those of the writer.
pub fn write_sized(
    w: &mut dyn Write,
    selection: &Selection,
    size: Option<(u32, u32)>,
) -> io::Result<()> {
    draw(w, selection, size, false)
}

/// The picture for a page that holds a section per encounter (`id` each):
/// every marker links to its section.
///
/// # Errors
/// Those of the writer.
pub fn write_linked(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    draw(w, selection, None, true)
}

fn draw(
    w: &mut dyn Write,
    selection: &Selection,
    size: Option<(u32, u32)>,
    linked: bool,
) -> io::Result<()> {
    let title = &title_of(selection);
    let entries = timeline::build(selection.encounters, selection.context);
    let layout = Layout::of(&entries);
    header(w, title, layout.height, size)?;
    description(w, selection)?;
    legend(w, !selection.context.is_empty())?;
    axis(w, &layout)?;
    for gap in &layout.gaps {
        gap_bracket(w, &layout, gap)?;
    }
    for c in selection.context {
        context_mark(w, &layout, c)?;
    }
    for label in &layout.labels {
        encounter_mark(w, &layout, label, linked)?;
    }
    writeln!(w, "</svg>")
}

/// The picture's title: the dataset's, and when filters left some
/// encounters out, what is shown ("shown: 2018, 4 of 11 encounters").
fn title_of(selection: &Selection) -> String {
    let dataset = selection.dataset;
    let shown = selection.encounters;
    if shown.len() == dataset.encounters.len() {
        return dataset.title.clone();
    }
    let first = shown.iter().map(|e| e.date.start().year()).min();
    let last = shown.iter().map(|e| e.date.end().year()).max();
    let years = match (first, last) {
        (Some(a), Some(b)) if a == b => format!("{a}, "),
        (Some(a), Some(b)) => format!("{a}–{b}, "),
        _ => String::new(),
    };
    format!(
        "{} — shown: {years}{} of {} encounters",
        dataset.title,
        shown.len(),
        dataset.encounters.len()
    )
}

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

/// An encounter's label above the axis.
struct Label<'a> {
    /// The marker's position on the axis.
    x: f64,
    row: usize,
    text: String,
    anchor: &'static str,
    outcome: Outcome,
    id: &'a str,
}

/// A long gap's bracket and note below the axis.
struct GapNote {
    from: f64,
    to: f64,
    row: usize,
    text: String,
    /// The middle of the note.
    x: f64,
}

/// Where everything goes: the time scale, the rows of labels above the
/// axis and of gap notes below it.
struct Layout<'a> {
    first_year: i32,
    last_year: i32,
    origin: NaiveDate,
    total_days: f64,
    label_rows: usize,
    labels: Vec<Label<'a>>,
    gaps: Vec<GapNote>,
    axis_y: f64,
    height: f64,
}

impl<'a> Layout<'a> {
    fn of(entries: &[Entry<'a>]) -> Self {
        let spans: Vec<(NaiveDate, NaiveDate)> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Encounter { encounter } => {
                    Some((encounter.date.start(), encounter.date.end()))
                }
                Entry::Context { event } => Some((event.date.start(), event.date.end())),
                Entry::Gap { .. } => None,
            })
            .collect();
        let first_year = spans.iter().map(|d| d.0.year()).min().unwrap_or(2000);
        let last_year = spans.iter().map(|d| d.1.year()).max().unwrap_or(first_year);
        let origin = NaiveDate::from_ymd_opt(first_year, 1, 1).unwrap_or_default();
        let finish = NaiveDate::from_ymd_opt(last_year + 1, 1, 1).unwrap_or(origin);
        let mut layout = Layout {
            first_year,
            last_year,
            origin,
            total_days: (finish - origin).num_days().max(1) as f64,
            label_rows: 0,
            labels: Vec::new(),
            gaps: Vec::new(),
            axis_y: 0.0,
            height: 0.0,
        };
        let (mut above, mut below) = (Rows(Vec::new()), Rows(Vec::new()));
        for entry in entries {
            match entry {
                Entry::Encounter { encounter: e } => {
                    let x = layout.middle(e.date.start(), e.date.end());
                    let text = format!("{} · {}", e.title, e.date.human());
                    let (x0, x1, anchor) = extent(x, &text);
                    layout.labels.push(Label {
                        x,
                        row: above.place(x0, x1),
                        text,
                        anchor,
                        outcome: e.outcome,
                        id: &e.id,
                    });
                }
                Entry::Gap { from, to, text, .. } => {
                    let (Some(a), Some(b)) = (find(entries, from), find(entries, to)) else {
                        continue;
                    };
                    let (from, to) = (layout.x(a.date.end()), layout.x(b.date.start()));
                    let text = format!("{text} without meeting in person");
                    let mid = (from + to) / 2.0;
                    let half = text.chars().count() as f64 * CHAR / 2.0;
                    let (n0, n1) = ((mid - half).max(MARGIN), (mid + half).min(WIDTH - MARGIN));
                    layout.gaps.push(GapNote {
                        from,
                        to,
                        row: below.place(n0.min(from), n1.max(to)),
                        text,
                        x: (n0 + n1) / 2.0,
                    });
                }
                Entry::Context { .. } => {}
            }
        }
        layout.label_rows = above.0.len().max(1);
        layout.axis_y = TOP + layout.label_rows as f64 * ROW + 24.0;
        layout.height = layout.axis_y + 40.0 + below.0.len() as f64 * (ROW + 10.0) + 20.0;
        layout
    }

    /// The x of a day.
    fn x(&self, d: NaiveDate) -> f64 {
        MARGIN + (d - self.origin).num_days() as f64 / self.total_days * (WIDTH - 2.0 * MARGIN)
    }

    /// The x halfway between two days.
    fn middle(&self, a: NaiveDate, b: NaiveDate) -> f64 {
        (self.x(a) + self.x(b)) / 2.0
    }
}

/// The encounter with this id among the entries.
fn find<'a>(entries: &[Entry<'a>], id: &str) -> Option<&'a Encounter<'a>> {
    entries.iter().find_map(|e| match e {
        Entry::Encounter { encounter } if encounter.id == id => Some(*encounter),
        _ => None,
    })
}

/// A label's extent and anchor when it starts at `x`, kept inside the frame.
fn extent(x: f64, text: &str) -> (f64, f64, &'static str) {
    let w = text.chars().count() as f64 * CHAR;
    if x + w > WIDTH - MARGIN {
        (x - w, x, "end")
    } else {
        (x, x + w, "start")
    }
}

fn header(w: &mut dyn Write, title: &str, height: f64, size: Option<(u32, u32)>) -> io::Result<()> {
    // The drawing is WIDTH × height; a requested shape widens or heightens
    // the view around it, so nothing is stretched.
    let (view, pixels) = match size {
        None => ((0.0, 0.0, WIDTH, height), (WIDTH, height)),
        Some((pw, ph)) => {
            let ratio = f64::from(pw) / f64::from(ph);
            let (vw, vh) = if WIDTH / height > ratio {
                (WIDTH, WIDTH / ratio)
            } else {
                (height * ratio, height)
            };
            (
                (-(vw - WIDTH) / 2.0, -(vh - height) / 2.0, vw, vh),
                (f64::from(pw), f64::from(ph)),
            )
        }
    };
    let (vx, vy, vw, vh) = view;
    writeln!(
        w,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{:.0}" height="{:.0}" viewBox="{vx:.1} {vy:.1} {vw:.1} {vh:.1}" font-family="Helvetica, Arial, sans-serif" font-size="11">"#,
        pixels.0, pixels.1
    )?;
    writeln!(w, "<title>{}</title>", xml_escape(title))?;
    writeln!(
        w,
        r##"<rect x="{vx:.1}" y="{vy:.1}" width="{vw:.1}" height="{vh:.1}" fill="#ffffff"/>"##
    )?;
    writeln!(
        w,
        r##"<text x="{MARGIN:.0}" y="24" font-size="16" font-weight="bold" fill="#222222">{}</text>"##,
        xml_escape(title)
    )
}

fn legend(w: &mut dyn Write, with_context: bool) -> io::Result<()> {
    let mut x = MARGIN;
    for o in Outcome::ALL {
        // Drawn as the chart draws it: an invitation is a hollow ring.
        let fill = if o == Outcome::Proposed {
            "#ffffff"
        } else {
            colour(o)
        };
        writeln!(
            w,
            r#"<circle cx="{:.1}" cy="44" r="5" fill="{fill}" stroke="{}" stroke-width="2"/>"#,
            x + 5.0,
            colour(o)
        )?;
        writeln!(
            w,
            r##"<text x="{:.1}" y="48" fill="#333333">{o}</text>"##,
            x + 14.0
        )?;
        x += 14.0 + o.as_str().len() as f64 * CHAR + 24.0;
    }
    if with_context {
        writeln!(
            w,
            r##"<rect x="{:.1}" y="40" width="8" height="8" fill="#999999" transform="rotate(45 {:.1} 44)"/>"##,
            x,
            x + 4.0
        )?;
        writeln!(
            w,
            r##"<text x="{:.1}" y="48" fill="#333333">context</text>"##,
            x + 14.0
        )?;
    }
    Ok(())
}

/// The axis, with a tick every year (every 5 or 10 over long spans).
fn axis(w: &mut dyn Write, layout: &Layout) -> io::Result<()> {
    let axis_y = layout.axis_y;
    writeln!(
        w,
        r##"<line x1="{MARGIN:.0}" y1="{axis_y:.1}" x2="{:.0}" y2="{axis_y:.1}" stroke="#444444" stroke-width="1.5"/>"##,
        WIDTH - MARGIN
    )?;
    let (first, last) = (layout.first_year, layout.last_year);
    let step = match last - first + 1 {
        31.. => 10,
        16.. => 5,
        _ => 1,
    };
    for year in (first..=last + 1).filter(|y| (y - first) % step == 0) {
        let Some(d) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            continue;
        };
        let tx = layout.x(d);
        writeln!(
            w,
            r##"<line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#444444"/>"##,
            axis_y - 4.0,
            axis_y + 4.0
        )?;
        if year <= last {
            writeln!(
                w,
                r##"<text x="{tx:.1}" y="{:.1}" fill="#444444">{year}</text>"##,
                axis_y + 16.0
            )?;
        }
    }
    Ok(())
}

/// A gap: a bracket under the axis with its length.
fn gap_bracket(w: &mut dyn Write, layout: &Layout, gap: &GapNote) -> io::Result<()> {
    let (from, to, x) = (gap.from, gap.to, gap.x);
    let gy = layout.axis_y + 34.0 + gap.row as f64 * (ROW + 10.0);
    writeln!(
        w,
        r##"<g class="gap"><path d="M{from:.1} {:.1} V{gy:.1} H{to:.1} V{:.1}" fill="none" stroke="#999999" stroke-dasharray="4 3"/>"##,
        gy - 6.0,
        gy - 6.0
    )?;
    writeln!(
        w,
        r##"<text x="{x:.1}" y="{:.1}" text-anchor="middle" fill="#666666" font-style="italic">{}</text></g>"##,
        gy + 13.0,
        xml_escape(&gap.text)
    )
}

/// A context event: a small grey diamond on the axis.
fn context_mark(w: &mut dyn Write, layout: &Layout, c: &ContextEvent) -> io::Result<()> {
    let (cx, axis_y) = (layout.middle(c.date.start(), c.date.end()), layout.axis_y);
    writeln!(
        w,
        r##"<rect class="context" x="{:.1}" y="{:.1}" width="7" height="7" fill="#999999" transform="rotate(45 {cx:.1} {axis_y:.1})"><title>{} ({})</title></rect>"##,
        cx - 3.5,
        axis_y - 3.5,
        xml_escape(&c.title),
        xml_escape(&c.date.human())
    )
}

/// An encounter: marker on the axis, leader line, label in its row.
fn encounter_mark(
    w: &mut dyn Write,
    layout: &Layout,
    label: &Label,
    linked: bool,
) -> io::Result<()> {
    let (x, axis_y) = (label.x, layout.axis_y);
    let ly = TOP + (layout.label_rows - 1 - label.row) as f64 * ROW + 12.0;
    let c = colour(label.outcome);
    let text = xml_escape(&label.text);
    let id = xml_escape(label.id);
    if linked {
        writeln!(w, r##"<a href="#{id}">"##)?;
        writeln!(w, r#"<g class="encounter" id="mark-{id}">"#)?;
    } else {
        writeln!(w, r#"<g class="encounter" id="{id}">"#)?;
    }
    writeln!(
        w,
        r#"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="{c}" stroke-opacity="0.5"/>"#,
        ly + 3.0,
        axis_y - 6.0
    )?;
    let fill = if label.outcome == Outcome::Proposed {
        "#ffffff"
    } else {
        c
    };
    writeln!(
        w,
        r#"<circle cx="{x:.1}" cy="{axis_y:.1}" r="6" fill="{fill}" stroke="{c}" stroke-width="2"><title>{text}</title></circle>"#
    )?;
    writeln!(
        w,
        r#"<text x="{x:.1}" y="{ly:.1}" text-anchor="{}" fill="{c}">{text}</text>"#,
        label.anchor
    )?;
    writeln!(w, "</g>")?;
    if linked {
        writeln!(w, "</a>")?;
    }
    Ok(())
}

/// What the picture shows, in words, for readers who cannot see it.
fn description(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let items: Vec<String> = selection
        .encounters
        .iter()
        .map(|e| format!("{}, {} ({})", e.title, e.date.human(), e.outcome))
        .collect();
    writeln!(
        w,
        "<desc>A timeline of {} encounters, oldest first: {}.</desc>",
        items.len(),
        xml_escape(&items.join("; "))
    )
}
