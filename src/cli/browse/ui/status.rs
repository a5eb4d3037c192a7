//! The status line, and the keys over everything on `?`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};
use summit::export::Format;
use unicode_width::UnicodeWidthStr;

use super::super::app::{App, Focus, Mode};
use super::super::geometry::Geometry;
use super::super::keys::{self, KEYS};

/// The status text wrapped into lines of `width` columns: as many as it
/// takes to show it whole (a long message is never cut).
pub fn lines(app: &App, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    textwrap::wrap(&text(app), width)
        .into_iter()
        .map(|l| format!("{l:<width$}"))
        .collect()
}

/// The status lines, in reverse video, in `area`.
pub fn line(frame: &mut Frame, app: &App, area: Rect) {
    let lines: Vec<Line> = lines(app, area.width).into_iter().map(Line::from).collect();
    frame.render_widget(
        Paragraph::new(lines).style(Style::new().add_modifier(Modifier::REVERSED)),
        area,
    );
}

/// The pane in focus, "n of m", the filters and kinds shown, whether
/// context is, the sort, and the keys' hints; or the prompt being typed;
/// and what the last key had to say.
fn text(app: &App) -> String {
    // A search under way, or what the last key had to say.
    let note = match app.search.progress() {
        Some(done) => Some(format!("searching… {:.0}%", done * 100.0)),
        None => app.message.clone(),
    };
    match &app.mode {
        Mode::Search(typed) if app.narrowing => format!(
            "&{typed}  ({} of {} shown · Enter keeps, Esc clears · Tab: find instead)",
            app.list.rows().len(),
            summit::model::records(app.list.dataset().encounters.len())
        ),
        Mode::Search(typed) => match note {
            Some(note) => {
                format!("/{typed}  ({note} · Enter keeps, Esc clears · Tab: narrow instead)")
            }
            None => format!("/{typed}  (Enter keeps, Esc clears · Tab: narrow instead)"),
        },
        Mode::Years(typed) => format!("years (2018, 2017..2019, 2018.., empty for all): {typed}"),
        Mode::Filter(typed) => {
            let picks: Vec<String> = app
                .list
                .picks(typed)
                .iter()
                .take(5)
                .map(|p| format!("{} ({}, {})", p.value, p.kind, p.count))
                .collect();
            format!(
                "show only (a country, participant or topic; Tab completes, empty clears): {typed}  [{}]",
                if picks.is_empty() {
                    "nothing in the data is like it".to_string()
                } else {
                    picks.join(" · ")
                }
            )
        }
        Mode::Export(typed) => format!(
            "export to (the name's ending names the format: {}): {typed}",
            Format::all_extensions()
        ),
        _ => {
            let list = &app.list;
            let shown: Vec<&str> = summit::RecordKind::ALL
                .iter()
                .zip(list.kinds)
                .filter_map(|(k, on)| on.then_some(k.noun(2)))
                .collect();
            let sort = format!(
                "{}{}",
                list.sort.as_str(),
                if list.reverse { ", reversed" } else { "" }
            );
            let mut filters = list.describe_filters();
            if let Some(text) = list.narrowed() {
                filters.push(format!("&{text} (Esc clears)"));
            }
            if !app.search.last.trim().is_empty() {
                filters.push(match app.match_position() {
                    Some((_, 0)) => format!("/{}: no match", app.search.last),
                    Some((Some(at), n)) => format!("/{}: match {at} of {n} (n N)", app.search.last),
                    Some((None, n)) => format!(
                        "/{}: {n} {} (n N)",
                        app.search.last,
                        if n == 1 { "match" } else { "matches" }
                    ),
                    None => format!("/{} (n N)", app.search.last),
                });
            }
            filters.push(match shown.len() {
                6 => "every kind".to_string(),
                0 => "nothing shown (a shows every kind)".to_string(),
                _ => shown.join(", "),
            });
            filters.push(
                if list.show_context {
                    "context shown"
                } else {
                    "context hidden"
                }
                .to_string(),
            );
            // The pane the keys go to, and in the detail how to read on
            // and how to go back.
            let pane = if app.view.on {
                "timeline".to_string()
            } else if app.focus == Focus::Detail {
                "detail (Space pages, g G top and end, q Esc back)".to_string()
            } else {
                "list".to_string()
            };
            let base = format!(
                "{pane}: {} of {} · {} · sort: {sort} · {}",
                list.rows().len(),
                summit::model::records(list.dataset().encounters.len()),
                filters.join(" · "),
                keys::hints()
            );
            match note {
                Some(m) => format!("{base} · {m}"),
                None => base,
            }
        }
    }
}

/// Every key, from the key table, in a box over the middle of the screen,
/// scrolled `scroll` lines down where the screen is too low for all.
pub fn help(frame: &mut Frame, area: Rect, scroll: u16, drawn: &mut Geometry) {
    // As wide as the longest line needs, where the screen allows; a
    // narrower screen wraps the descriptions.
    let needed = KEYS.iter().map(|k| k.what.width() + 19).max().unwrap_or(40) as u16;
    let width = needed.min(area.width);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let lines: Vec<Line> = KEYS
        .iter()
        .flat_map(|k| {
            let wrapped = textwrap::wrap(k.what, inner.saturating_sub(17).max(10));
            wrapped
                .into_iter()
                .enumerate()
                .map(|(i, part)| {
                    let key = if i == 0 { k.label } else { "" };
                    Line::from(format!(" {key:<15} {part}"))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    // What the marks in the list, the strip and the timeline mean.
    let mut lines = lines;
    let legend: Vec<String> = summit::RecordKind::ALL
        .iter()
        // Each mark held to its word: a line breaks between them only.
        .map(|k| {
            let word = k.to_string().replace(' ', "\u{a0}");
            format!(
                "{}\u{a0}{word}",
                summit::render::timeline::marker(*k, false)
            )
        })
        .chain(std::iter::once("◆\u{a0}context".to_string()))
        .collect();
    lines.push(Line::from(""));
    for part in textwrap::wrap(&legend.join("  "), inner.saturating_sub(1).max(10)) {
        lines.push(Line::from(format!(" {}", part.replace('\u{a0}', " "))));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    // On a screen too low for all of it, the box scrolls, and says which
    // lines it shows; its title always says how to quit.
    let rows = usize::from(height.saturating_sub(2));
    let hidden = lines.len().saturating_sub(rows);
    drawn.help_end = u16::try_from(hidden).unwrap_or(u16::MAX);
    let scroll = usize::from(scroll).min(hidden);
    let rect = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, rect);
    let mut block = Block::bordered().title(" Keys · q quits · any other key closes ");
    if hidden > 0 {
        block = block.title_bottom(format!(
            " lines {}–{} of {} · ↓ ↑ PgDn PgUp scroll ",
            scroll + 1,
            scroll + rows,
            lines.len()
        ));
    }
    let lines: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
