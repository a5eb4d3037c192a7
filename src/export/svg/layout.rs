//! Where everything in the picture goes: the time scale, the labels above
//! the axis (none on another, no leader through a label), the notes of
//! the long gaps below it.

use chrono::NaiveDate;

#[cfg(test)]
use super::WIDTH;
use super::{MARGIN, ROW, TOP};
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
    width_in(face.as_ref(), text)
}

/// The width of `text` at 11 px in `face`; without one (the shipped font
/// always parses), a generous 7 px a character.
fn width_in(face: Option<&ttf_parser::Face>, text: &str) -> f64 {
    let Some(face) = face else {
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

/// A label above the axis: a meeting's, or a context event's (grey).
pub(super) struct Label<'a> {
    /// The marker's position on the axis: its own date, never moved.
    pub(super) x: f64,
    pub(super) row: usize,
    pub(super) text: String,
    pub(super) anchor: &'static str,
    /// The meeting's outcome and id; `None` for a context event.
    pub(super) encounter: Option<(Outcome, &'a str)>,
    /// How many markers of the same place on the axis are under this
    /// one: markers that would cover each other stack upwards.
    pub(super) level: usize,
    /// A date known only to the month, season or year, or a period: the
    /// first and last day's x, drawn as a span.
    pub(super) span: Option<(f64, f64)>,
}

/// A call or an envoy meeting: a small mark on the strip under the axis,
/// stacked downwards where marks would cover each other; no label, so the
/// meetings' are not crowded.
pub(super) struct Contact<'a> {
    pub(super) x: f64,
    pub(super) level: usize,
    pub(super) kind: crate::model::RecordKind,
    pub(super) id: &'a str,
    pub(super) text: String,
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
    /// The drawing's width: the frame's, or the picture's own.
    pub(super) width: f64,
    pub(super) scale: Scale,
    pub(super) label_rows: usize,
    /// The meetings' labels, above the axis.
    pub(super) labels: Vec<Label<'a>>,
    /// The context events' labels, in a band of their own under the gap
    /// notes, so they never compete with the meetings' for the rows above
    /// the axis; their marks stay on the axis.
    pub(super) context: Vec<Label<'a>>,
    /// How many rows the context band holds, and where it starts.
    pub(super) context_rows: usize,
    pub(super) context_y: f64,
    pub(super) contacts: Vec<Contact<'a>>,
    /// How many rows of contacts the strip under the axis holds.
    pub(super) contact_rows: usize,
    pub(super) gaps: Vec<GapNote>,
    pub(super) axis_y: f64,
    /// Where the strip of contacts starts, under the year labels.
    pub(super) strip_y: f64,
    /// Where the first row of gap notes starts.
    pub(super) gaps_y: f64,
    pub(super) height: f64,
}

/// How close two marks may come on the axis before they stack.
const MARK: f64 = 13.0;

/// The stack level of a mark at `x` among those placed (`x` and level
/// each): the lowest level with no mark within `MARK`.
fn level(placed: &[(f64, usize)], x: f64) -> usize {
    (0..)
        .find(|l| {
            !placed
                .iter()
                .any(|(px, pl)| pl == l && (px - x).abs() < MARK)
        })
        .unwrap_or(0)
}

impl<'a> Layout<'a> {
    /// The picture's own layout, `WIDTH` wide.
    #[cfg(test)]
    pub(super) fn of(entries: &[Entry<'a>]) -> Self {
        Self::at_width(entries, WIDTH)
    }

    /// Everything laid out in a drawing `width` wide.
    pub(super) fn at_width(entries: &[Entry<'a>], width: f64) -> Self {
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
            width,
            scale: Scale::new(origin, finish, MARGIN, width - MARGIN),
            label_rows: 0,
            labels: Vec::new(),
            context: Vec::new(),
            context_rows: 0,
            context_y: 0.0,
            contacts: Vec::new(),
            contact_rows: 0,
            gaps: Vec::new(),
            axis_y: 0.0,
            strip_y: 0.0,
            gaps_y: 0.0,
            height: 0.0,
        };
        let mut below = Rows::new(10.0);
        // Every mark at its own date. A meeting's on the axis, stacking
        // upwards where marks would cover each other; a call's or an
        // envoy meeting's on the strip under it, stacking downwards; a
        // date not known to the day, or a period, as the span of its days.
        let mut markers: Vec<(f64, usize)> = Vec::new();
        let mut strip: Vec<(f64, usize)> = Vec::new();
        for entry in entries {
            let (date, text, encounter) = match entry {
                Entry::Encounter { encounter: e }
                    if e.channel != crate::model::Channel::Meeting =>
                {
                    let x = layout.at(&e.date);
                    let l = level(&strip, x);
                    strip.push((x, l));
                    layout.contacts.push(Contact {
                        x,
                        level: l,
                        kind: e.kind(),
                        id: &e.id,
                        text: format!("{} · {}", e.headline(), e.date.human()),
                    });
                    continue;
                }
                Entry::Encounter { encounter: e } => (
                    &e.date,
                    format!("{} · {}", e.headline(), e.date_text()),
                    Some((e.outcome, e.id.as_ref())),
                ),
                Entry::Context { event } => (
                    &event.date,
                    format!("{} · {}", event.title, event.date.human()),
                    None,
                ),
                Entry::Gap { .. } => continue,
            };
            let span = layout.span(date);
            let x = span.map_or_else(|| layout.at(date), |(a, _)| a);
            if encounter.is_none() {
                layout.context.push(Label {
                    x,
                    row: 0,
                    text,
                    anchor: "start",
                    encounter,
                    level: 0,
                    span,
                });
                continue;
            }
            let l = level(&markers, x);
            markers.push((x, l));
            let (_, _, anchor) = extent(x, &text, width);
            layout.labels.push(Label {
                x,
                row: 0,
                text,
                anchor,
                encounter,
                level: l,
                span,
            });
        }
        layout.contact_rows = strip.iter().map(|(_, l)| l + 1).max().unwrap_or(0);
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
            let (x0, x1, anchor) = extent(label.x, &label.text, width);
            // The usual side first; reaching left instead when it stays in
            // the frame (a label that already reaches left has no room on
            // the right).
            let mut sides = vec![((x0, x1), anchor)];
            let w = x1 - x0;
            if anchor == "start" && label.x - w >= MARGIN {
                sides.push(((label.x - w, label.x), "end"));
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
                    // Centred over its gap, and moved in whole where it
                    // would pass the frame's margin.
                    let half = text_width(&text) / 2.0;
                    let x = ((from + to) / 2.0)
                        .min(width - MARGIN - half)
                        .max(MARGIN + half);
                    let (n0, n1) = (x - half, x + half);
                    layout.gaps.push(GapNote {
                        from,
                        to,
                        row: below
                            .place(n0.min(from), n1.max(to), usize::MAX)
                            .unwrap_or(0),
                        text,
                        x,
                    });
                }
                Entry::Context { .. } => {}
            }
        }
        layout.label_rows = above.rows.len().max(1);
        // Room for the stacked markers under the labels' leaders.
        let stacked = markers.iter().map(|(_, l)| *l).max().unwrap_or(0);
        layout.axis_y = TOP + layout.label_rows as f64 * ROW + 24.0 + stacked as f64 * MARK;
        // Under the axis: the year labels, the strip of calls and envoy
        // meetings, then the gaps' notes.
        layout.strip_y = layout.axis_y + 30.0;
        layout.gaps_y = layout.strip_y + layout.contact_rows as f64 * 10.0 + 4.0;
        // The context band: each event's label at its day (a period's at
        // its first; its span is drawn on the axis), reaching right, or left
        // near the right edge, in the first row it fits.
        let mut band = Rows::new(14.0);
        for label in &mut layout.context {
            let w = CONTEXT_MARK + text_width(&label.text);
            let (x0, x1) = if label.x + w > width - MARGIN {
                label.anchor = "end";
                (label.x - w, label.x)
            } else {
                (label.x, label.x + w)
            };
            label.row = band.place(x0, x1, usize::MAX).unwrap_or(0);
        }
        layout.context_rows = band.len();
        layout.context_y = layout.gaps_y + 6.0 + below.len() as f64 * (ROW + 10.0) + 8.0;
        layout.height = layout.context_y + layout.context_rows as f64 * ROW + 40.0;
        layout
    }

    /// The x of a day.
    pub(super) fn x(&self, d: NaiveDate) -> f64 {
        self.scale.x(d)
    }

    /// Where a date stands on the axis: a day, or the middle of days known
    /// to the day (a meeting of two days); a date known less closely has
    /// a span instead ([`Layout::span`]), and stands at its first day.
    pub(super) fn at(&self, date: &crate::date::EdtfDate) -> f64 {
        match date.day_span() {
            Some((a, b)) => self.middle(a, b),
            None => self.x(date.start().max(self.scale.span().0)),
        }
    }

    /// The span a date is drawn as: a period (a context event over
    /// several days, or one still going, to the edge), or a date known only
    /// to the month, season or year; `None` for a day, or days, known.
    pub(super) fn span(&self, date: &crate::date::EdtfDate) -> Option<(f64, f64)> {
        let (from, to) = self.scale.span();
        let end = if date.is_ongoing() { to } else { date.end() };
        let long =
            date.is_interval() && date.day_span().is_none_or(|(a, b)| (b - a).num_days() > 7);
        (long || date.day_span().is_none() || date.is_ongoing()).then(|| {
            (
                self.x(date.start().max(from).min(to)),
                self.x(end.max(from).min(to)),
            )
        })
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

/// The room a context label's diamond takes before its text.
pub(super) const CONTEXT_MARK: f64 = 12.0;

/// A label's extent and anchor when it starts at `x`, kept inside a frame
/// `width` wide.
fn extent(x: f64, text: &str, width: f64) -> (f64, f64, &'static str) {
    let w = text_width(text);
    if x + w > width - MARGIN {
        (x - w, x, "end")
    } else {
        (x, x + w, "start")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bundled encounters moved to other dates: `(id, date)` each.
    fn moved<'d>(d: &'d crate::Dataset<'d>, to: &[(&str, &str)]) -> Vec<Encounter<'d>> {
        to.iter()
            .map(|(id, date)| {
                let mut e = d.encounter(id).unwrap().clone();
                e.date = date.parse().unwrap();
                e
            })
            .collect()
    }

    /// Labels share a row when 10 apart or more; a label that would sit on
    /// another climbs a row, and its leader passes through the rows below.
    #[test]
    fn labels_keep_ten_apart_and_climb_over_each_other() {
        let mut above = Above::default();
        assert_eq!(above.place(0.0, &[(0.0, 100.0)], &[]), (0, 0));
        assert_eq!(above.place(110.0, &[(110.0, 200.0)], &[]), (0, 0));
        assert_eq!(above.place(105.0, &[(105.0, 150.0)], &[]), (1, 0));
        assert_eq!(above.rows[0].1, [105.0]);
        assert!(above.rows[1].1.is_empty());
        // Clear of the row's labels on either side.
        assert_eq!(above.place(300.0, &[(210.0, 260.0)], &[]), (0, 0));
        assert_eq!(above.place(0.0, &[(-70.0, -10.0)], &[]), (0, 0));
        assert_eq!(above.place(0.0, &[(-70.0, -9.0)], &[]), (1, 0));
    }

    /// Ten apart exactly, on either side of a label already placed.
    #[test]
    fn ten_apart_on_either_side() {
        let one = || {
            let mut above = Above::default();
            above.place(0.0, &[(0.0, 100.0)], &[]);
            above
        };
        assert_eq!(one().place(0.0, &[(-70.0, -10.0)], &[]), (0, 0));
        assert_eq!(one().place(0.0, &[(-70.0, -9.0)], &[]), (1, 0));
        assert_eq!(one().place(110.0, &[(110.0, 150.0)], &[]), (0, 0));
        assert_eq!(one().place(109.0, &[(109.0, 150.0)], &[]), (1, 0));
    }

    /// A leader 4 from either end of a label counts as crossing it: here the
    /// side that climbs over a label (its leader 3 short of it, or 4 past
    /// it) loses to the one that covers a marker to come.
    #[test]
    fn a_leader_within_4_of_a_label_crosses_it() {
        let mut above = Above::default();
        above.place(500.0, &[(500.0, 600.0)], &[]);
        assert_eq!(
            above.place(497.0, &[(497.0, 597.0), (400.0, 487.0)], &[450.0]),
            (0, 1)
        );
        // And 4 past its end, where 5 past does not cross.
        let past = |x: f64| {
            let mut above = Above::default();
            above.place(500.0, &[(500.0, 600.0)], &[]);
            above.place(x, &[(x, 680.0), (710.0, 800.0)], &[760.0])
        };
        assert_eq!(past(604.0), (0, 1));
        assert_eq!(past(605.0), (1, 0));
    }

    /// Text is measured in the shipped face, glyph by glyph; without a face,
    /// at 7 px a character.
    #[test]
    fn text_is_measured_in_the_face() {
        assert!(text_width("W") > text_width("i"));
        assert_eq!(text_width(""), 0.0);
        assert_eq!(width_in(None, "abcd"), 28.0);
        assert_eq!(width_in(None, ""), 0.0);
    }

    /// No label over a leader: 4 clear of it on either side.
    #[test]
    fn labels_keep_clear_of_leaders() {
        let leader = || Above {
            rows: vec![(Vec::new(), vec![100.0])],
        };
        assert_eq!(leader().place(300.0, &[(105.0, 150.0)], &[]), (0, 0));
        assert_eq!(leader().place(300.0, &[(103.0, 150.0)], &[]), (1, 0));
        assert_eq!(leader().place(300.0, &[(40.0, 95.0)], &[]), (0, 0));
        assert_eq!(leader().place(300.0, &[(40.0, 97.0)], &[]), (1, 0));
        // Exactly 4 is too close.
        assert_eq!(leader().place(300.0, &[(104.0, 150.0)], &[]), (1, 0));
        assert_eq!(leader().place(300.0, &[(40.0, 96.0)], &[]), (1, 0));
    }

    /// Of the sides a label may take, the one whose leader and cover cross
    /// the fewest labels, then the lowest row.
    #[test]
    fn labels_take_the_side_and_row_that_cross_least() {
        // A marker not yet placed, under the first side: the second wins.
        let mut above = Above::default();
        assert_eq!(
            above.place(300.0, &[(200.0, 300.0), (300.0, 400.0)], &[250.0]),
            (0, 1)
        );
        // Markers just beyond 4 of the label do not count.
        let mut above = Above::default();
        assert_eq!(
            above.place(300.0, &[(200.0, 300.0), (300.0, 400.0)], &[195.0, 405.0]),
            (0, 0)
        );
        let mut above = Above::default();
        assert_eq!(
            above.place(300.0, &[(200.0, 300.0), (300.0, 400.0)], &[196.0]),
            (0, 1)
        );
        let mut above = Above::default();
        assert_eq!(
            above.place(300.0, &[(300.0, 400.0), (200.0, 300.0)], &[404.0]),
            (0, 1)
        );
        // Climbing a row crosses only the labels under the leader: none
        // here, where the side in row 0 would cover a marker to come.
        let mut above = Above::default();
        above.place(100.0, &[(100.0, 200.0)], &[]);
        assert_eq!(
            above.place(300.0, &[(150.0, 250.0), (300.0, 400.0)], &[350.0]),
            (1, 0)
        );
        // Climbing over a label in row 0 crosses it; a side with room in
        // row 0 crosses nothing.
        let mut above = Above::default();
        above.place(500.0, &[(500.0, 600.0)], &[]);
        assert_eq!(
            above.place(550.0, &[(550.0, 650.0), (450.0, 550.0)], &[]),
            (1, 0)
        );
        assert_eq!(above.place(700.0, &[(700.0, 800.0)], &[]), (0, 0));
        let mut above = Above::default();
        above.place(500.0, &[(500.0, 600.0)], &[]);
        above.place(400.0, &[(400.0, 480.0)], &[]);
        // Row 1 is free; the leader at 550 crosses row 0's label either way.
        assert_eq!(above.place(550.0, &[(550.0, 650.0)], &[]), (1, 0));
        // Where a row above is also clear, the lowest is taken.
        assert_eq!(above.place(900.0, &[(900.0, 950.0)], &[]), (0, 0));
    }

    /// The record laid out: every marker at its own date, those of the
    /// same day stacked 13 apart, never moved along the axis; calls and
    /// envoy meetings on the strip, unlabelled; periods as spans; labels
    /// inside the frame; a gap's bracket from the end of one meeting to
    /// the start of the next with its note over the middle; the axis under
    /// the rows of labels and the stacked markers.
    #[test]
    fn the_bundled_record_laid_out() {
        let d = crate::testing::record();
        let encounters: Vec<&Encounter> = d.encounters.iter().collect();
        let context: Vec<&crate::model::ContextEvent> = d.context.iter().collect();
        let entries = crate::timeline::build(
            &crate::gaps::between_meetings(&encounters),
            &encounters,
            &context,
        );
        let layout = Layout::of(&entries);
        let span = layout.scale.span();
        assert_eq!(
            (span.0.to_string(), span.1.to_string()),
            ("2014-01-01".into(), "2026-01-01".into())
        );
        let label = |id: &str| {
            layout
                .labels
                .iter()
                .find(|l| l.encounter.is_some_and(|(_, i)| i == id))
                .unwrap()
        };
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let hamburg = layout.x(day(2017, 7, 7));
        assert_eq!(
            (label("2017-hamburg").x, label("2017-hamburg").level),
            (hamburg, 0)
        );
        assert_eq!(
            (
                label("2017-hamburg-dinner").x,
                label("2017-hamburg-dinner").level
            ),
            (hamburg, 1)
        );
        // Two days: the middle of them.
        let da_nang = layout.middle(day(2017, 11, 10), day(2017, 11, 11));
        assert_eq!(label("2017-da-nang").x, da_nang);
        assert!(
            layout
                .labels
                .iter()
                .filter(|l| l.encounter.is_some())
                .all(|l| l.span.is_none())
        );
        // Calls and envoy meetings, on the strip.
        assert_eq!(layout.contacts.len(), 7);
        let call = layout
            .contacts
            .iter()
            .find(|c| c.id == "2025-03-18-call")
            .unwrap();
        assert_eq!(call.x, layout.x(day(2025, 3, 18)));
        // A period is a span from its first day to its last; one still
        // going, to the edge.
        let term = |t: &str| {
            layout
                .context
                .iter()
                .find(|l| l.text.starts_with(t))
                .unwrap()
                .span
        };
        assert_eq!(
            term("Trump's first term"),
            Some((layout.x(day(2017, 1, 20)), layout.x(day(2021, 1, 20))))
        );
        assert_eq!(
            term("Trump's second term"),
            Some((layout.x(day(2025, 1, 20)), layout.x(span.1)))
        );
        for label in &layout.labels {
            let (x0, x1, _) = match label.anchor {
                "end" => (label.x - text_width(&label.text), label.x, ""),
                _ => (label.x, label.x + text_width(&label.text), ""),
            };
            assert!(x0 >= 0.0 && x1 <= WIDTH, "{} at {x0}..{x1}", label.text);
        }
        assert!(layout.labels.iter().any(|l| l.anchor == "end"));
        // Context events in their own band under the gap notes, never
        // among the meetings' labels; inside the frame, none on another.
        assert!(layout.labels.iter().all(|l| l.encounter.is_some()));
        assert_eq!(layout.context.len(), d.context.len());
        let gap_rows = layout.gaps.iter().map(|g| g.row + 1).max().unwrap_or(0);
        assert!(layout.context_y >= layout.gaps_y + gap_rows as f64 * ROW);
        assert!(layout.height >= layout.context_y + layout.context_rows as f64 * ROW);
        let extents: Vec<(usize, f64, f64)> = layout
            .context
            .iter()
            .map(|l| {
                let w = CONTEXT_MARK + text_width(&l.text);
                let (x0, x1) = if l.anchor == "end" {
                    (l.x - w, l.x)
                } else {
                    (l.x, l.x + w)
                };
                assert!(x0 >= 0.0 && x1 <= WIDTH, "{} at {x0}..{x1}", l.text);
                (l.row, x0, x1)
            })
            .collect();
        for (i, a) in extents.iter().enumerate() {
            for b in &extents[i + 1..] {
                assert!(a.0 != b.0 || a.2 <= b.1 || b.2 <= a.1, "{a:?} {b:?}");
            }
        }

        let last = layout.gaps.last().unwrap();
        let osaka = layout.x(NaiveDate::from_ymd_opt(2019, 6, 28).unwrap());
        let alaska = layout.x(NaiveDate::from_ymd_opt(2025, 8, 15).unwrap());
        assert_eq!((last.from, last.to), (osaka, alaska));
        assert_eq!(
            last.text,
            "6 years 1 month 18 days without meeting in person"
        );
        assert!((last.x - (osaka + alaska) / 2.0).abs() < 1e-9);
        assert_eq!(
            layout.gaps.iter().map(|g| g.row).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        let stacked = layout.labels.iter().map(|l| l.level).max().unwrap();
        assert!(stacked >= 1);
        assert_eq!(
            layout.axis_y,
            TOP + layout.label_rows as f64 * ROW + 24.0 + stacked as f64 * 13.0
        );
        assert_eq!(
            layout.label_rows,
            layout.labels.iter().map(|l| l.row).max().unwrap() + 1
        );
    }

    /// A meeting known only to the month, season or year is drawn as its
    /// span, from its first day to its last, its marker at the start; one
    /// known to the day at its day.
    #[test]
    fn a_date_known_only_roughly_is_drawn_as_its_span() {
        let d = crate::testing::Build::new()
            .meeting("day", "2019-03-14", "held")
            .meeting("month", "2019-06", "informal")
            .meeting("season", "2019-23", "cancelled")
            .meeting("year", "2020", "proposed")
            .dataset();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let entries = crate::timeline::build(&[], &all, &[]);
        let layout = Layout::of(&entries);
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let label = |id: &str| {
            layout
                .labels
                .iter()
                .find(|l| l.encounter.is_some_and(|(_, i)| i == id))
                .unwrap()
        };
        assert_eq!(
            (label("day").x, label("day").span),
            (layout.x(day(2019, 3, 14)), None)
        );
        let spans = [
            ("month", day(2019, 6, 1), day(2019, 6, 30)),
            ("season", day(2019, 9, 1), day(2019, 11, 30)),
            ("year", day(2020, 1, 1), day(2020, 12, 31)),
        ];
        for (id, a, b) in spans {
            assert_eq!(label(id).span, Some((layout.x(a), layout.x(b))), "{id}");
            assert_eq!(label(id).x, layout.x(a), "{id}");
        }
    }

    /// A label whose usual side is taken reaches left from its marker, in
    /// the first row, when there is room in the frame; near the left edge
    /// it climbs instead.
    #[test]
    fn a_label_reaches_left_when_its_side_is_taken() {
        let d = crate::testing::record();
        let records = moved(
            &d,
            &[
                ("2017-hamburg", "2017-01-02"),
                ("2018-helsinki", "2017-01-20"),
                ("2019-osaka", "2021-07-07"),
                ("2018-paris", "2021-08-20"),
                ("2025-alaska", "2025-08-15"),
            ],
        );
        let encounters: Vec<&Encounter> = records.iter().collect();
        let entries = crate::timeline::build(
            &crate::gaps::between_meetings(&encounters),
            &encounters,
            &[],
        );
        let layout = Layout::of(&entries);
        let label = |id: &str| {
            let found = layout
                .labels
                .iter()
                .find(|l| l.encounter.is_some_and(|e| e.1 == id));
            let l = found.unwrap();
            (l.row, l.anchor, l.x - text_width(&l.text))
        };
        let (row, anchor, left) = label("2019-osaka");
        assert_eq!((row, anchor), (0, "end"));
        assert!(left >= MARGIN);
        assert_eq!(label("2018-paris").0, 0);
        assert_eq!(label("2017-hamburg").1, "start");
        assert_eq!(label("2017-hamburg").0, 1);
    }

    /// A gap's note is centred over its gap, and moved in whole where it
    /// would pass the frame's margin, at either edge.
    #[test]
    fn gap_notes_stay_inside_the_frame() {
        let d = crate::testing::record();
        let records = moved(
            &d,
            &[
                ("2017-hamburg", "2000-01-05"),
                ("2018-helsinki", "2000-09-01"),
                ("2019-osaka", "2024-03-01"),
                ("2025-alaska", "2025-12-20"),
            ],
        );
        let encounters: Vec<&Encounter> = records.iter().collect();
        let entries = crate::timeline::build(
            &crate::gaps::between_meetings(&encounters),
            &encounters,
            &[],
        );
        let layout = Layout::of(&entries);
        let [left, middle, right] = &layout.gaps[..] else {
            panic!("{} gaps", layout.gaps.len());
        };
        let half = |g: &GapNote| text_width(&g.text) / 2.0;
        assert!((left.from + left.to) / 2.0 - half(left) < MARGIN);
        assert!((left.x - half(left) - MARGIN).abs() < 1e-9, "{}", left.x);
        assert!((middle.x - (middle.from + middle.to) / 2.0).abs() < 1e-9);
        assert!((right.from + right.to) / 2.0 + half(right) > WIDTH - MARGIN);
        assert!((right.x + half(right) - (WIDTH - MARGIN)).abs() < 1e-9);
    }

    /// A gap's note takes a row below the axis with its bracket: the
    /// extent of both, text overhanging either end included. Here the
    /// second gap starts just clear of the first's bracket, so shares its
    /// row; then a short gap's note overhangs its start onto the first's
    /// bracket, so takes the next row.
    #[test]
    fn gap_notes_take_rows_by_their_whole_extent() {
        let d = crate::testing::record();
        let rows = |dates: [&str; 4]| {
            let ids = ["2017-hamburg", "2018-helsinki", "2019-osaka", "2025-alaska"];
            let to: Vec<(&str, &str)> = ids.into_iter().zip(dates).collect();
            let records = moved(&d, &to);
            let encounters: Vec<&Encounter> = records.iter().collect();
            let entries = crate::timeline::build(
                &crate::gaps::between_meetings(&encounters),
                &encounters,
                &[],
            );
            let layout = Layout::of(&entries);
            layout.gaps.iter().map(|g| g.row).collect::<Vec<_>>()
        };
        assert_eq!(
            rows(["2000-01-05", "2010-01-01", "2010-06-01", "2025-12-20"]),
            [0, 0]
        );
        assert_eq!(
            rows(["2000-01-05", "2010-01-01", "2010-04-01", "2010-12-01"]),
            [0, 1]
        );
    }

    /// Periods alone still make a picture: the span is theirs.
    #[test]
    fn periods_alone_are_spanned() {
        let term: crate::model::ContextEvent = serde_json::from_str(
            r#"{"date": "2017-01-20/2021-01-20", "title": "A term", "sources": ["s"]}"#,
        )
        .unwrap();
        let entries = crate::timeline::build(&[], &[], &[&term]);
        let layout = Layout::of(&entries);
        let span = layout.scale.span();
        assert_eq!(
            (span.0.to_string(), span.1.to_string()),
            ("2017-01-01".into(), "2022-01-01".into())
        );
        assert_eq!(layout.label_rows, 1);
        assert!(layout.gaps.is_empty());
    }

    /// A label reaches right from its marker, or left near the frame's
    /// right edge.
    #[test]
    fn labels_reach_left_only_at_the_right_edge() {
        let w = text_width("Helsinki summit");
        assert!(w > 50.0 && w < 120.0, "{w}");
        assert_eq!(
            extent(100.0, "Helsinki summit", WIDTH),
            (100.0, 100.0 + w, "start")
        );
        let edge = WIDTH - MARGIN - w;
        assert_eq!(extent(edge, "Helsinki summit", WIDTH).2, "start");
        assert_eq!(
            extent(edge + 1.0, "Helsinki summit", WIDTH),
            (edge + 1.0 - w, edge + 1.0, "end")
        );
        // In a narrower frame, its own right edge.
        assert_eq!(extent(edge, "Helsinki summit", WIDTH - 1.0).2, "end");
    }
}
