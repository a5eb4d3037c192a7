//! A self-contained SVG picture of the timeline.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};

use crate::scale::{Rows, Scale};

use super::Selection;
use crate::colour;
use crate::model::{ContextEvent, Encounter, Outcome};
use crate::text::xml_escape;
use crate::timeline::{self, Entry};

const WIDTH: f64 = 1200.0;
const MARGIN: f64 = 40.0;
const ROW: f64 = 18.0;
/// The width of `text` at the picture's 11 px, measured with the shipped
/// DejaVu Sans: the face PNG falls back to, and wider than the Helvetica
/// or Arial a browser uses, so labels never run into each other in either.
fn text_width(text: &str) -> f64 {
    static FACE: std::sync::OnceLock<Option<ttf_parser::Face<'static>>> =
        std::sync::OnceLock::new();
    let face = FACE.get_or_init(|| ttf_parser::Face::parse(super::png::FALLBACK_FONT, 0).ok());
    let Some(face) = face else {
        // Not reached with the shipped font; a generous average.
        return text.chars().count() as f64 * 7.0;
    };
    let scale = 11.0 / f64::from(face.units_per_em());
    text.chars()
        .map(|c| {
            face.glyph_index(c)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(7.0, |a| f64::from(a) * scale)
        })
        .sum()
}

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

/// The rows of labels above the axis. A label's leader line runs down
/// from its row to its marker, through every row below: no leader may
/// cross a label, and no label may sit on another.
#[derive(Default)]
struct Above {
    rows: Vec<AboveRow>,
}

/// One row above the axis: its labels' extents, and where leaders pass
/// through it.
type AboveRow = (Vec<(f64, f64)>, Vec<f64>);

impl Above {
    /// Where the label of the marker at `x` goes: of the `extents` it may
    /// take (reaching right, or left, from the marker), the one and the
    /// row where the fewest leaders cross labels (its own across the rows
    /// below, and those of the `pending` markers, not yet placed, that the
    /// label would cover), then the lowest row. Claims it, and returns the
    /// row and extent.
    fn place(&mut self, x: f64, extents: &[(f64, f64)], pending: &[f64]) -> (usize, usize) {
        let clear = |spans: &[(f64, f64)], a: f64, b: f64| {
            spans
                .iter()
                .all(|(s0, s1)| b + 10.0 <= *s0 || *s1 + 10.0 <= a)
        };
        let mut best: Option<(usize, usize, usize)> = None;
        for (k, &(x0, x1)) in extents.iter().enumerate() {
            for r in 0..=self.rows.len() {
                let (spans, leaders) = self
                    .rows
                    .get(r)
                    .map_or((&[][..], &[][..]), |(s, l)| (&s[..], &l[..]));
                let room =
                    clear(spans, x0, x1) && leaders.iter().all(|l| *l < x0 - 4.0 || *l > x1 + 4.0);
                if !room {
                    continue;
                }
                let crossings = self.rows[..r]
                    .iter()
                    .flat_map(|(spans, _)| spans)
                    .filter(|(s0, s1)| x >= s0 - 4.0 && x <= s1 + 4.0)
                    .count()
                    + pending
                        .iter()
                        .filter(|p| **p >= x0 - 4.0 && **p <= x1 + 4.0)
                        .count();
                if best.is_none_or(|(c, br, _)| (crossings, r) < (c, br)) {
                    best = Some((crossings, r, k));
                }
            }
        }
        let (_, row, k) = best.unwrap_or((0, self.rows.len(), 0));
        if row == self.rows.len() {
            self.rows.push(Default::default());
        }
        self.rows[row].0.push(extents[k]);
        for below in &mut self.rows[..row] {
            below.1.push(x);
        }
        (row, k)
    }
}

/// A label above the axis: an encounter's, or a context event's (grey).
struct Label<'a> {
    /// The marker's position on the axis.
    x: f64,
    row: usize,
    text: String,
    anchor: &'static str,
    /// The encounter's outcome and id; `None` for a context event.
    encounter: Option<(Outcome, &'a str)>,
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
    scale: Scale,
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
        let fallback = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
        let (origin, finish) = Scale::whole_years(spans).unwrap_or((fallback, fallback));
        let mut layout = Layout {
            scale: Scale::new(origin, finish, MARGIN, WIDTH - MARGIN),
            label_rows: 0,
            labels: Vec::new(),
            gaps: Vec::new(),
            axis_y: 0.0,
            height: 0.0,
        };
        let mut below = Rows::new(10.0);
        // Labels first, without rows: markers of nearby days stack.
        let mut markers: Vec<f64> = Vec::new();
        for entry in entries {
            let (x, text, encounter) = match entry {
                Entry::Encounter { encounter: e } => (
                    layout.middle(e.date.start(), e.date.end()),
                    format!("{} · {}", e.title, e.date.human()),
                    Some((e.outcome, e.id.as_ref())),
                ),
                Entry::Context { event } => (
                    layout.middle(event.date.start(), event.date.end()),
                    format!("{} · {}", event.title, event.date.human()),
                    None,
                ),
                Entry::Gap { .. } => continue,
            };
            // A marker that would cover another (the same or a nearby day)
            // moves right until it is clear, as in a beeswarm: each stays
            // visible, and the labels give the exact dates.
            let mut x = x;
            if encounter.is_some() {
                while markers.iter().any(|m| (*m - x).abs() < 13.0) {
                    x += 1.0;
                }
                markers.push(x);
            }
            let (_, _, anchor) = extent(x, &text);
            layout.labels.push(Label {
                x,
                row: 0,
                text,
                anchor,
                encounter,
            });
        }
        // Labels reaching right from their markers are placed right to
        // left, so earlier ones climb above later ones and their leaders
        // pass to the left of them; then those near the right edge, which
        // reach left, the other way.
        let mut above = Above::default();
        let by_x = |anchor_end: bool, right_first: bool| {
            let mut v: Vec<usize> = (0..layout.labels.len())
                .filter(|&i| (layout.labels[i].anchor == "end") == anchor_end)
                .collect();
            // Stable: labels at the same x keep the timeline's order.
            v.sort_by(|&a, &b| layout.labels[a].x.total_cmp(&layout.labels[b].x));
            if right_first {
                v.reverse();
            }
            v
        };
        let order: Vec<usize> = by_x(false, true)
            .into_iter()
            .chain(by_x(true, false))
            .collect();
        for (n, &i) in order.iter().enumerate() {
            let pending: Vec<f64> = order[n + 1..].iter().map(|&j| layout.labels[j].x).collect();
            let label = &mut layout.labels[i];
            let w = text_width(&label.text);
            let (x0, x1, anchor) = extent(label.x, &label.text);
            // The usual side first; the other when it stays in the frame.
            let mut sides = vec![((x0, x1), anchor)];
            let other = if anchor == "end" {
                ((label.x, label.x + w), "start")
            } else {
                ((label.x - w, label.x), "end")
            };
            if other.0.0 >= MARGIN && other.0.1 <= WIDTH - MARGIN {
                sides.push(other);
            }
            let extents: Vec<(f64, f64)> = sides.iter().map(|s| s.0).collect();
            let (row, k) = above.place(label.x, &extents, &pending);
            label.row = row;
            label.anchor = sides[k].1;
        }
        for entry in entries {
            match entry {
                Entry::Encounter { .. } => {}
                Entry::Gap { from, to, text, .. } => {
                    let (Some(a), Some(b)) = (find(entries, from), find(entries, to)) else {
                        continue;
                    };
                    let (from, to) = (layout.x(a.date.end()), layout.x(b.date.start()));
                    let text = format!("{text} without meeting in person");
                    let mid = (from + to) / 2.0;
                    let half = text_width(&text) / 2.0;
                    let (n0, n1) = ((mid - half).max(MARGIN), (mid + half).min(WIDTH - MARGIN));
                    layout.gaps.push(GapNote {
                        from,
                        to,
                        row: below
                            .place(n0.min(from), n1.max(to), usize::MAX)
                            .unwrap_or(0),
                        text,
                        x: (n0 + n1) / 2.0,
                    });
                }
                Entry::Context { .. } => {}
            }
        }
        layout.label_rows = above.rows.len().max(1);
        layout.axis_y = TOP + layout.label_rows as f64 * ROW + 24.0;
        layout.height = layout.axis_y + 40.0 + below.len() as f64 * (ROW + 10.0) + 20.0;
        layout
    }

    /// The x of a day.
    fn x(&self, d: NaiveDate) -> f64 {
        self.scale.x(d)
    }

    /// The x halfway between two days.
    fn middle(&self, a: NaiveDate, b: NaiveDate) -> f64 {
        self.scale.middle(a, b)
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
    let w = text_width(text);
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
            colour::of(o).hex
        };
        writeln!(
            w,
            r#"<circle cx="{:.1}" cy="44" r="5" fill="{fill}" stroke="{}" stroke-width="2"/>"#,
            x + 5.0,
            colour::of(o).hex
        )?;
        writeln!(
            w,
            r##"<text x="{:.1}" y="48" fill="#333333">{o}</text>"##,
            x + 14.0
        )?;
        x += 14.0 + text_width(o.as_str()) + 24.0;
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

/// The axis, with a tick every year (every few years over long spans,
/// every month over short ones), each labelled.
fn axis(w: &mut dyn Write, layout: &Layout) -> io::Result<()> {
    let axis_y = layout.axis_y;
    writeln!(
        w,
        r##"<line x1="{MARGIN:.0}" y1="{axis_y:.1}" x2="{:.0}" y2="{axis_y:.1}" stroke="#444444" stroke-width="1.5"/>"##,
        WIDTH - MARGIN
    )?;
    let ticks = layout.scale.ticks(60.0);
    let last = ticks.len().saturating_sub(1);
    for (i, tick) in ticks.iter().enumerate() {
        let tx = tick.at;
        writeln!(
            w,
            r##"<line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#444444"/>"##,
            axis_y - 4.0,
            axis_y + 4.0
        )?;
        // The axis ends on the first day after the last year shown: its
        // tick is not a year of the picture.
        if i < last || tick.day < layout.scale.span().1 {
            writeln!(
                w,
                r##"<text x="{tx:.1}" y="{:.1}" fill="#444444">{}</text>"##,
                axis_y + 16.0,
                tick.label
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

/// A label in its row with its leader line: an encounter's with its
/// marker on the axis, or a
/// context event's, in grey, down to its diamond on the axis.
fn encounter_mark(
    w: &mut dyn Write,
    layout: &Layout,
    label: &Label,
    linked: bool,
) -> io::Result<()> {
    let x = label.x;
    let ly = TOP + (layout.label_rows - 1 - label.row) as f64 * ROW + 12.0;
    let text = xml_escape(&label.text);
    let Some((outcome, id)) = label.encounter else {
        writeln!(
            w,
            r##"<g class="context-label"><line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#999999" stroke-opacity="0.6" stroke-dasharray="2 2"/>"##,
            ly + 3.0,
            layout.axis_y - 5.0
        )?;
        return writeln!(
            w,
            r##"<text x="{x:.1}" y="{ly:.1}" text-anchor="{}" fill="#666666" font-style="italic">{text}</text></g>"##,
            label.anchor
        );
    };
    let marker_y = layout.axis_y;
    let c = colour::of(outcome).hex;
    let id = xml_escape(id);
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
        marker_y - 6.0
    )?;
    let fill = if outcome == Outcome::Proposed {
        "#ffffff"
    } else {
        c
    };
    writeln!(
        w,
        r#"<circle cx="{x:.1}" cy="{marker_y:.1}" r="6" fill="{fill}" stroke="{c}" stroke-width="2"><title>{text}</title></circle>"#
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
