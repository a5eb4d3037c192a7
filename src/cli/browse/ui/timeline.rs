//! The full-screen timeline: the axis with years (and months when zoomed
//! in), a marker per encounter with its label above, the gaps between
//! meetings and the context events below, zoomed and panned as the view
//! says.

use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use summit::render;
use summit::scale::Scale;

use super::super::app::App;
use super::kind_style;

/// The most encounters in view that the timeline labels.
const LABELLED: usize = 200;

/// What a cell of the grid holds, for placing labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Held {
    /// Nothing yet.
    Free,
    /// Something written: a label (its spaces too), a tick, a span.
    Text,
    /// Part of a join between a mark and its label: the label's end at
    /// the mark's column, or the line down to the axis.
    Join,
}

/// The screen as cells, written into, and what each cell holds.
struct Grid<'a>(Vec<Vec<Span<'a>>>, Vec<Vec<Held>>);

impl Grid<'_> {
    fn new(width: usize, height: usize) -> Self {
        Grid(
            vec![vec![Span::raw(" "); width]; height],
            vec![vec![Held::Free; width]; height],
        )
    }

    /// Write `text` from cell `col` of `row`, as far as the row goes.
    fn put(&mut self, row: usize, col: usize, text: &str, style: Style) {
        let (Some(line), Some(held)) = (self.0.get_mut(row), self.1.get_mut(row)) else {
            return;
        };
        for ((cell, held), ch) in line
            .iter_mut()
            .zip(held.iter_mut())
            .skip(col)
            .zip(text.chars())
        {
            *cell = Span::styled(ch.to_string(), style);
            *held = Held::Text;
        }
    }

    /// What cell `row`, `col` holds; off the grid, as good as written.
    fn held(&self, row: usize, col: usize) -> Held {
        self.1
            .get(row)
            .and_then(|r| r.get(col))
            .copied()
            .unwrap_or(Held::Text)
    }

    fn join(&mut self, row: usize, col: usize) {
        if let Some(held) = self.1.get_mut(row).and_then(|r| r.get_mut(col)) {
            *held = Held::Join;
        }
    }
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect, colour: bool) {
    let mut block = Block::bordered().title(format!(
        " Timeline · ×{} · + - zoom · ← → pan · Esc back ",
        app.view.zoom
    ));
    let inner = block.inner(area);
    let width = usize::from(inner.width).max(1);
    let height = usize::from(inner.height);
    if height < 6 {
        frame.render_widget(block, area);
        return;
    }
    let (from, to) = app.view_days();
    let scale = Scale::new(from, to, 0.0, (width - 1) as f64);
    // Rows: labels above the axis, the axis, ticks, gaps, context below.
    // With the context shown, two fifths of the screen below the axis for
    // it; hidden, every row but the ticks' and the gaps' for the labels.
    let axis = if app.list.show_context {
        height * 3 / 5
    } else {
        height.saturating_sub(4)
    };
    let mut grid = Grid::new(width, height);
    for cell in &mut grid.0[axis] {
        *cell = Span::raw("─");
    }
    let dim = Style::new().add_modifier(Modifier::DIM);
    // Ticks at least a year label and a space apart: fewer when narrow.
    // Months when a month's label fits between two ticks.
    let mut ticks = scale.ticks(4.0);
    if ticks.iter().all(|t| t.year) {
        ticks = scale.ticks(6.0);
    }
    let ticks: Vec<(usize, summit::scale::Tick)> = ticks
        .into_iter()
        .filter_map(|t| Some((scale.cell(t.day)?, t)))
        .collect();
    for (c, _) in &ticks {
        grid.put(axis, *c, "┼", Style::new());
    }
    for (c, label) in tick_labels(&ticks, width) {
        grid.put(axis + 1, c, label, Style::new());
    }
    // Gaps between meetings, as a bracket and its length.
    for (i, g) in app.list.gaps().iter().enumerate() {
        let row = axis + 2 + i % 2;
        let (a, b) = (g.from.date.end(), g.to.date.start());
        let (Some(ca), Some(cb)) = (scale.cell(a.max(from)), scale.cell(b.min(to))) else {
            continue;
        };
        if cb <= ca + 2 {
            continue;
        }
        for c in ca..=cb {
            grid.put(row, c, "╌", dim);
        }
        let text = g.span().to_string();
        if text.chars().count() + 2 < cb - ca {
            grid.put(row, ca + (cb - ca - text.chars().count()) / 2, &text, dim);
        }
    }
    let context_left_out = if app.list.show_context {
        context(&mut grid, app, &scale, axis, width)
    } else {
        0
    };
    let left_out = encounters(&mut grid, app, &scale, axis, width, colour) + context_left_out;
    // An empty list says so where the records would be.
    if app.list.rows().is_empty() {
        let why = super::panes::nothing_shown(app);
        for (i, line) in textwrap::wrap(&why, width.saturating_sub(2).max(10))
            .iter()
            .enumerate()
            .take(axis.saturating_sub(1))
        {
            grid.put(1 + i, 1, line, Style::new());
        }
    }
    // At the foot: the labels left out, at the right; the selection
    // named at the left, its label drawn or not, its title shortened to
    // the room the note leaves. On a narrow screen, the selection in the
    // title instead of the keys' hints (? lists them), and a shorter note.
    let narrow = area.width < 100;
    let note = (left_out > 0).then(|| {
        format!(
            " {left_out} {} left out{} · + zooms in ",
            if left_out == 1 { "label" } else { "labels" },
            if narrow { "" } else { " for room" }
        )
    });
    let selected = |room: usize| -> Option<String> {
        let e = app.current()?;
        let date = e.date.human();
        let fixed = " selected:  ·  ".chars().count() + date.chars().count();
        let title = shortened(&e.title, room.saturating_sub(fixed));
        (fixed + title.chars().count() <= room).then(|| format!(" selected: {title} · {date} "))
    };
    if narrow {
        let zoom = format!(" Timeline ×{} ·", app.view.zoom);
        let room = usize::from(area.width).saturating_sub(zoom.chars().count() + 2);
        block = Block::bordered().title(match selected(room) {
            Some(named) => format!("{zoom}{named}"),
            None => format!(" Timeline ×{} ", app.view.zoom),
        });
    } else {
        let room = usize::from(area.width)
            .saturating_sub(note.as_ref().map_or(0, |n| n.chars().count()))
            .saturating_sub(4);
        if let Some(named) = selected(room) {
            block = block.title_bottom(named);
        }
    }
    if let Some(note) = note {
        block = block.title_bottom(Line::from(note).right_aligned());
    }
    frame.render_widget(block, area);
    let lines: Vec<Line> = grid.0.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The ticks' labels that fit, each at its tick and a space clear of the
/// next: the years first, then the months between them; a label the
/// right edge would cut is left out.
fn tick_labels(ticks: &[(usize, summit::scale::Tick)], width: usize) -> Vec<(usize, &str)> {
    let mut placed: Vec<(usize, usize)> = Vec::new();
    let mut out = Vec::new();
    for years in [true, false] {
        for (c, t) in ticks.iter().filter(|(_, t)| t.year == years) {
            let end = c + t.label.chars().count();
            let clear = placed.iter().all(|&(a, b)| end < a || *c > b);
            if end <= width && clear {
                placed.push((*c, end));
                out.push((*c, t.label.as_str()));
            }
        }
    }
    out.sort_by_key(|(c, _)| *c);
    out
}

/// Context events below the axis, one to a row.
/// Returns how many labels were left out for room.
fn context(grid: &mut Grid, app: &App, scale: &Scale, axis: usize, width: usize) -> usize {
    let dim = Style::new().add_modifier(Modifier::DIM);
    let height = grid.0.len();
    let mut row = axis + 4;
    let (view_from, view_to) = scale.span();
    let mut left_out = 0;
    for c in &app.list.dataset().context {
        if row >= height {
            // No row left for its label: its mark on the axis still, and
            // counted with the labels left out.
            if let Some(col) = scale.cell(c.date.start()) {
                grid.put(axis, col, "◆", dim);
                left_out += 1;
            }
            continue;
        }
        // A period is drawn as a span, from its first day to its last
        // (to the right edge while it has not ended), as far as it is in
        // view, with its title in it when it fits.
        let (first, last) = (c.date.start(), c.date.end());
        if c.date.is_interval() && first <= view_to && (c.date.is_ongoing() || last >= view_from) {
            let end = if c.date.is_ongoing() {
                view_to
            } else {
                last.min(view_to)
            };
            let (Some(a), Some(b)) = (scale.cell(first.max(view_from)), scale.cell(end)) else {
                continue;
            };
            if b > a + 1 {
                for col in a..=b {
                    grid.put(row, col, "─", dim);
                }
                if first >= view_from {
                    grid.put(row, a, "├", dim);
                    grid.put(axis, a, "◆", dim);
                }
                let open = c.date.is_ongoing();
                if !open && last <= view_to {
                    grid.put(row, b, "┤", dim);
                } else {
                    grid.put(row, b, "→", dim);
                }
                let label = format!(" {} · {} ", c.title, c.date.human());
                let len = label.chars().count();
                if len + 2 <= b - a {
                    grid.put(row, a + 1 + (b - a - 1 - len) / 2, &label, dim);
                } else if b + 1 + len <= width {
                    grid.put(row, b + 1, &label, dim);
                } else if len < a {
                    grid.put(row, a - len, &label, dim);
                } else {
                    left_out += 1;
                }
                row += 1;
                continue;
            }
        }
        let Some(col) = scale.cell(first) else {
            continue;
        };
        grid.put(axis, col, "◆", dim);
        // Reaching right from the mark, or left at the right edge; a title
        // too long for either side is shortened, so the label's ◆ always
        // stands on its day.
        let date = c.date.human();
        let right = width - col;
        let left = col + 1;
        let fits = |room: usize| shortened(&c.title, room.saturating_sub(date.chars().count() + 5));
        let (label, start) =
            if right >= left || c.title.chars().count() + date.chars().count() + 5 <= right {
                (format!("◆ {} · {date}", fits(right)), col)
            } else {
                let label = format!("{} · {date} ◆", fits(left));
                let start = (col + 1).saturating_sub(label.chars().count());
                (label, start)
            };
        grid.put(row, start, &label, dim);
        row += 1;
    }
    left_out
}

/// Encounters: the marker on the axis, the label in the nearest free row
/// above it, reaching right, or left at the right edge, joined to its
/// mark by a line. Returns how many labels were left out for room.
fn encounters(
    grid: &mut Grid,
    app: &App,
    scale: &Scale,
    axis: usize,
    width: usize,
    colour: bool,
) -> usize {
    let selected = app.current();
    // Labels only while they can be read: with hundreds in view, the
    // markers alone (zoom in to read them).
    let in_view = app
        .list
        .rows()
        .iter()
        .filter(|e| scale.cell(e.date.start()).is_some())
        .take(LABELLED + 1)
        .count();
    let style = |e: &summit::Encounter| {
        let style = kind_style(e.kind(), colour);
        if selected.is_some_and(|s| std::ptr::eq(s, e)) {
            style.add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            style
        }
    };
    // The marks: where two share a cell, a meeting in person shows
    // over a call, an envoy meeting or a plan, and the selection over all.
    let mut marks: Vec<&summit::Encounter> = app.list.rows().to_vec();
    marks.sort_by_key(|e| {
        (
            selected.is_some_and(|s| std::ptr::eq(s, *e)),
            e.met_in_person(),
        )
    });
    // A record of several days (a two-day summit, a month or a season)
    // is a span on the axis from its first day to its last.
    let (view_from, view_to) = scale.span();
    for e in app
        .list
        .rows()
        .iter()
        .filter(|e| e.date.is_interval() || e.date.start() != e.date.end())
    {
        let (first, last) = (e.date.start().max(view_from), e.date.end().min(view_to));
        if first > last {
            continue;
        }
        if let (Some(a), Some(b)) = (scale.cell(first), scale.cell(last)) {
            for col in a + 1..=b {
                grid.put(axis, col, "━", style(e));
            }
        }
    }
    for e in marks {
        if let Some(col) = scale.cell(e.date.start()) {
            grid.put(
                axis,
                col,
                render::timeline::marker(e.kind(), false),
                style(e),
            );
        }
    }
    if in_view > LABELLED {
        return in_view;
    }
    let mut left_out = 0;
    // Those reaching right from their marks from the latest back, so
    // each stands left of those placed before it and rises above them
    // with its line down to the axis clear; then those reaching left (at
    // the right edge), the other way.
    let mut labelled: Vec<(usize, &summit::Encounter)> = app
        .list
        .rows()
        .iter()
        .filter_map(|e| Some((scale.cell(e.date.start())?, *e)))
        .collect();
    // The meetings' labels first, then the calls' and envoy meetings'.
    labelled.sort_by_key(|(col, e)| {
        let leftward = label(e, *col, width).1 < *col;
        let col = i64::try_from(*col).unwrap_or(i64::MAX);
        let day = e.date.start().num_days_from_ce();
        (
            e.channel != summit::Channel::Meeting,
            leftward,
            if leftward { col } else { -col },
            if leftward { day } else { -day },
        )
    });
    for (col, e) in labelled {
        let style = style(e);
        let (label, start) = label(e, col, width);
        let len = label.chars().count();
        match place(grid, axis, start, len, col) {
            Some(row) => {
                grid.put(row, start, &label, style);
                grid.join(row, col);
                for below in row + 1..axis {
                    if grid.held(below, col) == Held::Free {
                        grid.put(below, col, "│", style);
                        grid.join(below, col);
                    }
                }
            }
            None => left_out += 1,
        }
    }
    left_out
}

/// `title` whole when it fits `room` characters, else as much of it as
/// fits with an ellipsis.
fn shortened(title: &str, room: usize) -> String {
    if title.chars().count() <= room {
        return title.to_string();
    }
    let cut: String = title.chars().take(room.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The fewest characters of a title a shortened label keeps; with less
/// room to the right, a label reaches left.
const TITLE_KEPT: usize = 8;

/// `e`'s label for a mark in column `col` of `width`, and the column it
/// starts in: "title · date" reaching right from the mark, its title
/// shortened to fit; reaching left from it near the right edge.
fn label(e: &summit::Encounter, col: usize, width: usize) -> (String, usize) {
    let date = e.date.human();
    let whole = format!("{} · {date}", e.title);
    let len = whole.chars().count();
    let room = width.saturating_sub(col);
    if len <= room {
        return (whole, col);
    }
    // Shortened, while a title's beginning still says what it is.
    let keep = room.saturating_sub(date.chars().count() + 4);
    if keep >= TITLE_KEPT {
        return (format!("{} · {date}", shortened(&e.title, keep + 1)), col);
    }
    let len = len.min(width);
    let label: String = whole.chars().take(len).collect();
    (label, (col + 1).saturating_sub(len))
}

/// The row nearest above the axis where a label of `len` cells fits from
/// `start`, a cell clear of anything written either side, and joined to
/// its mark in column `col`: every cell of that column below it, down to
/// the axis, free for a line or already a join to a mark in that column.
fn place(grid: &Grid, axis: usize, start: usize, len: usize, col: usize) -> Option<usize> {
    let width = grid.0.first().map_or(0, Vec::len);
    (0..axis).rev().find(|&row| {
        (start.saturating_sub(1)..(start + len + 1).min(width))
            .all(|c| grid.held(row, c) == Held::Free)
            && (row + 1..axis).all(|below| grid.held(below, col) != Held::Text)
    })
}
