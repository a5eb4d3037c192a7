//! Where everything in the picture goes: the time scale, the labels above
//! the axis (none on another, no leader through a label), the notes of
//! the long gaps below it.

use chrono::NaiveDate;

use super::{MARGIN, ROW, TOP, WIDTH};
use crate::model::{Encounter, Outcome};
use crate::scale::{Rows, Scale};
use crate::timeline::Entry;

/// The width of `text` at the picture's 11 px, measured with the shipped
/// DejaVu Sans: the face PNG falls back to, and wider than the Helvetica
/// or Arial a browser uses, so labels never run into each other in either.
pub(super) fn text_width(text: &str) -> f64 {
    static FACE: std::sync::OnceLock<Option<ttf_parser::Face<'static>>> =
        std::sync::OnceLock::new();
    let face =
        FACE.get_or_init(|| ttf_parser::Face::parse(super::super::png::FALLBACK_FONT, 0).ok());
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
pub(super) struct Label<'a> {
    /// The marker's position on the axis.
    pub(super) x: f64,
    pub(super) row: usize,
    pub(super) text: String,
    pub(super) anchor: &'static str,
    /// The encounter's outcome and id; `None` for a context event.
    pub(super) encounter: Option<(Outcome, &'a str)>,
}

/// A long gap's bracket and note below the axis.
pub(super) struct GapNote {
    pub(super) from: f64,
    pub(super) to: f64,
    pub(super) row: usize,
    pub(super) text: String,
    /// The middle of the note.
    pub(super) x: f64,
}

/// Where everything goes: the time scale, the rows of labels above the
/// axis and of gap notes below it.
pub(super) struct Layout<'a> {
    pub(super) scale: Scale,
    pub(super) label_rows: usize,
    pub(super) labels: Vec<Label<'a>>,
    pub(super) gaps: Vec<GapNote>,
    pub(super) axis_y: f64,
    pub(super) height: f64,
}

impl<'a> Layout<'a> {
    pub(super) fn of(entries: &[Entry<'a>]) -> Self {
        // The picture spans the encounters and the dated context events; a
        // period (a term of office) is drawn within them, not stretching
        // the picture to its own length.
        let encounters: Vec<(NaiveDate, NaiveDate)> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Encounter { encounter } => {
                    Some((encounter.date.start(), encounter.date.end()))
                }
                _ => None,
            })
            .collect();
        let periods_alone = encounters.is_empty();
        let spans: Vec<(NaiveDate, NaiveDate)> = encounters
            .into_iter()
            .chain(entries.iter().filter_map(|e| match e {
                Entry::Context { event } if periods_alone || !event.date.is_interval() => {
                    Some((event.date.start(), event.date.end()))
                }
                _ => None,
            }))
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
                    format!("{} · {}", e.headline(), e.date.human()),
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
    pub(super) fn x(&self, d: NaiveDate) -> f64 {
        self.scale.x(d)
    }

    /// The x halfway between two days.
    pub(super) fn middle(&self, a: NaiveDate, b: NaiveDate) -> f64 {
        // What runs past the picture's span is placed by the part in it.
        let (from, to) = self.scale.span();
        self.scale.middle(a.max(from).min(to), b.min(to).max(from))
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
