//! The strip across the top: a mark per encounter shown (and per context
//! event), the selection picked out, the gaps between the meetings shown
//! with their length where it fits, and the years.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use summit::render;
use summit::scale::{Rows, Scale};

use super::super::app::App;
use super::kind_style;

pub fn draw(frame: &mut Frame, app: &App, area: Rect, colour: bool) {
    let dataset = app.list.dataset();
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    if dataset.encounters.is_empty() {
        return;
    }
    let (from, to) = app.list.bounds();
    let scale = Scale::new(from, to, 0.0, (width - 1) as f64);
    let mut marks: Vec<Span> = vec![Span::raw(" "); width];
    let dim = Style::new().add_modifier(Modifier::DIM);
    if app.list.show_context {
        for c in &dataset.context {
            if let Some(at) = scale.cell(c.date.start()) {
                marks[at] = Span::styled("◆", dim);
            }
        }
    }
    let selected = app.current();
    // Meetings in person last, so that where two records share a
    // cell the meeting shows, and the gaps start and end at its mark.
    for took_place in [false, true] {
        for e in app.list.rows() {
            if e.met_in_person() != took_place || selected.is_some_and(|s| std::ptr::eq(s, *e)) {
                continue;
            }
            if let Some(at) = scale.cell(e.date.start()) {
                marks[at] = Span::styled(
                    render::timeline::marker(e.kind(), false),
                    kind_style(e.kind(), colour),
                );
            }
        }
    }
    if let Some(at) = selected.and_then(|e| scale.cell(e.date.start()).map(|at| (at, e))) {
        marks[at.0] = Span::styled(
            render::timeline::marker(at.1.kind(), false),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        );
    }
    let text = vec![
        Line::from(marks),
        Line::from(gaps(app, &scale, width)),
        Line::from(years(&scale, width)),
    ];
    frame.render_widget(
        Paragraph::new(text).block(Block::new().borders(Borders::LEFT | Borders::RIGHT)),
        area,
    );
}

/// The gaps: a dim run between the two meetings' marks, and its length in
/// the middle, shortened (no days, then no months) to fit.
fn gaps<'a>(app: &App, scale: &Scale, width: usize) -> Vec<Span<'a>> {
    let dim = Style::new().add_modifier(Modifier::DIM);
    let mut cells: Vec<Span> = vec![Span::raw(" "); width];
    for g in app.list.gaps() {
        let (Some(a), Some(b)) = (scale.cell(g.from.date.end()), scale.cell(g.to.date.start()))
        else {
            continue;
        };
        if b < a + 3 {
            continue;
        }
        let room = b - a - 1;
        for cell in &mut cells[a + 1..b] {
            *cell = Span::styled("╌", dim);
        }
        let span = g.span();
        let label = [
            span,
            summit::Span { days: 0, ..span },
            summit::Span {
                days: 0,
                months: 0,
                ..span
            },
        ]
        .into_iter()
        .filter(|s| s.years + s.months + s.days > 0)
        .map(|s| format!(" {s} "))
        .find(|l| l.chars().count() <= room);
        if let Some(label) = label {
            let at = a + 1 + (room - label.chars().count()) / 2;
            for (cell, ch) in cells[at..].iter_mut().zip(label.chars()) {
                *cell = Span::styled(ch.to_string(), dim);
            }
        }
    }
    cells
}

/// The years, each at its first day, where it does not run into the last.
fn years(scale: &Scale, width: usize) -> String {
    let mut line = vec![' '; width];
    let mut rows = Rows::new(1.0);
    for tick in scale.ticks(5.0).into_iter().filter(|t| t.year) {
        let at = tick.at.round() as usize;
        let label: Vec<char> = tick.label.chars().collect();
        let end = at + label.len();
        if end <= width && rows.place(at as f64, end as f64, 1).is_some() {
            line[at..end].copy_from_slice(&label);
        }
    }
    line.into_iter().collect()
}
