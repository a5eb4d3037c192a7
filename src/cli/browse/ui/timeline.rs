//! The full-screen timeline: the axis with years (and months when zoomed
//! in), a marker per encounter with its label above, the gaps between
//! meetings and the context events below, zoomed and panned as the view
//! says.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use summit::render;
use summit::scale::{Rows, Scale};

use super::super::app::App;
use super::kind_style;

/// The most encounters in view that the timeline labels.
const LABELLED: usize = 200;

/// The screen as cells, written into.
struct Grid<'a>(Vec<Vec<Span<'a>>>);

impl Grid<'_> {
    /// Write `text` from cell `col` of `row`, as far as the row goes.
    fn put(&mut self, row: usize, col: usize, text: &str, style: Style) {
        let Some(line) = self.0.get_mut(row) else {
            return;
        };
        for (cell, ch) in line.iter_mut().skip(col).zip(text.chars()) {
            *cell = Span::styled(ch.to_string(), style);
        }
    }
}

pub fn draw(frame: &mut Frame, app: &App, area: Rect, colour: bool) {
    let block = Block::bordered().title(format!(
        " Timeline · ×{} · + - zoom · ← → pan · Esc back ",
        app.view.zoom
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width).max(1);
    let height = usize::from(inner.height);
    if height < 6 {
        return;
    }
    let (from, to) = app.view_days();
    let scale = Scale::new(from, to, 0.0, (width - 1) as f64);
    // Rows: labels above the axis, the axis, ticks, gaps, context below.
    let axis = height * 3 / 5;
    let mut grid = Grid(vec![vec![Span::raw(" "); width]; height]);
    for cell in &mut grid.0[axis] {
        *cell = Span::raw("─");
    }
    let dim = Style::new().add_modifier(Modifier::DIM);
    for tick in scale.ticks(4.0) {
        let Some(c) = scale.cell(tick.day) else {
            continue;
        };
        grid.put(axis, c, "┼", Style::new());
        // A label that the right edge would cut is left out.
        if c + tick.label.chars().count() <= width {
            grid.put(axis + 1, c, &tick.label, Style::new());
        }
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
    if app.list.show_context {
        context(&mut grid, app, &scale, axis, width);
    }
    encounters(&mut grid, app, &scale, axis, width, colour);
    let lines: Vec<Line> = grid.0.into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Context events below the axis, one to a row.
fn context(grid: &mut Grid, app: &App, scale: &Scale, axis: usize, width: usize) {
    let dim = Style::new().add_modifier(Modifier::DIM);
    let height = grid.0.len();
    let mut row = axis + 4;
    let (view_from, view_to) = scale.span();
    for c in &app.list.dataset().context {
        if row >= height {
            break;
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
        let fits = |room: usize| {
            let title_room = room.saturating_sub(date.chars().count() + 5);
            if c.title.chars().count() <= title_room {
                c.title.clone()
            } else {
                let cut: String = c.title.chars().take(title_room.saturating_sub(1)).collect();
                format!("{}…", cut.trim_end())
            }
        };
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
}

/// Encounters: the marker on the axis, the label in the nearest free row
/// above it, reaching right, or left at the right edge.
fn encounters(grid: &mut Grid, app: &App, scale: &Scale, axis: usize, width: usize, colour: bool) {
    let mut rows = Rows::new(1.0);
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
        return;
    }
    for e in app.list.rows() {
        let Some(col) = scale.cell(e.date.start()) else {
            continue;
        };
        let style = style(e);
        let label = format!("{} · {}", e.title, e.date.human());
        let len = label.chars().count().min(width);
        let start = if col + len > width {
            (col + 1).saturating_sub(len)
        } else {
            col
        };
        // Row 0 is the one just above the axis.
        if let Some(r) = rows.place(start as f64, (start + len) as f64, axis) {
            grid.put(axis - 1 - r, start, &label, style);
        }
    }
}
