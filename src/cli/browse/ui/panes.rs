//! The list and the detail, side by side.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use summit::render;

use super::super::app::{App, Focus};
use super::{fit_width, outcome_style};

/// A pane's frame: titled, in bold when it has the keys.
fn pane(title: &str, focused: bool) -> Block<'_> {
    Block::bordered().title(title).border_style(if focused {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    })
}

/// The encounters, the visible ones only, the selection in reverse video.
pub fn list(frame: &mut Frame, app: &App, area: Rect, colour: bool) {
    let block = pane(" Encounters ", app.focus == Focus::List);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let offset = app.list.selected.saturating_sub(height.saturating_sub(1));
    app.list_view.set((inner.y, inner.height, offset));
    let width = usize::from(inner.width);
    let lines: Vec<Line> = app
        .list
        .rows()
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(i, e)| {
            let text = format!(" {:<14} {}, {}", e.date.human(), e.city, e.title);
            let text = fit_width(&text, width.saturating_sub(2));
            let mut line = Line::from(vec![
                Span::styled(
                    render::timeline::marker(e.outcome, false),
                    outcome_style(e.outcome, colour),
                ),
                Span::raw(text),
            ]);
            if i == app.list.selected {
                line = line.style(Style::new().add_modifier(Modifier::REVERSED));
            }
            line
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Everything `summit show` prints for the selection, scrolled.
pub fn detail(frame: &mut Frame, app: &App, area: Rect) {
    let block = pane(" Detail ", app.focus == Focus::Detail);
    let inner = block.inner(area);
    let text = match app.current() {
        Some(e) => {
            let mut out = Vec::new();
            let opts = render::Options {
                colour: false,
                width: Some(usize::from(inner.width).max(20)),
            };
            // Writing to memory cannot fail.
            let n = summit::gaps::neighbours_in(app.list.chronological(), e);
            let _ = render::detail::show_with(&mut out, app.list.dataset(), e, &n, &opts);
            String::from_utf8_lossy(&out).into_owned()
        }
        None if !app.list.outcomes.contains(&true) => {
            "No encounter is shown: every outcome is hidden (1–4 toggle them, a shows them all)."
                .to_string()
        }
        None => {
            "No encounter is shown: the filters leave none (1–4 and m toggle outcomes).".to_string()
        }
    };
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            // What `show` could not wrap (a long word, a title) wraps here
            // rather than being cut at the border.
            .wrap(Wrap { trim: false })
            .scroll((app.detail_scroll, 0)),
        area,
    );
}
