//! The browser drawn on a test terminal.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use summit::Filter;

use super::super::geometry::Geometry;
use super::super::input;
use super::*;

/// `code` pressed, through the key table.
fn press(app: &mut App, code: KeyCode) {
    let key = ratatui::crossterm::event::Event::Key(code.into());
    if let Some(control) = input::control(&key, app.mode.reading()) {
        app.apply(control, &Geometry::new(10));
    }
}

/// `screen` as the snapshot `name`, kept with the integration tests'
/// snapshots: one folder for all.
fn snapshot(name: &str, screen: String) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cli/snapshots"));
    settings.bind(|| insta::assert_snapshot!(name, screen));
}

/// The screen `app` draws at `width`×`height`, as text.
fn screen(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| draw(f, app, &mut Geometry::new(10), false))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let line: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn screens_at_three_sizes() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, KeyCode::Char('j'));
    let small = screen(&app, 80, 24);
    let n = d.encounters.len();
    assert!(
        small.contains(&format!("1 of {n}")) || small.contains(&format!("{n} of {n}")),
        "{small}"
    );
    snapshot("browse_80x24", small);
    snapshot("browse_120x40", screen(&app, 120, 40));
    let tiny = screen(&app, 50, 12);
    assert!(tiny.contains("needs a screen of at least 60×15"), "{tiny}");
    press(&mut app, KeyCode::Char('?'));
    let help = screen(&app, 120, 40);
    assert!(
        help.contains("Keys · q quits · any other key closes")
            && help.contains("copy the selected id"),
        "{help}"
    );
    // And what the marks mean.
    assert!(
        help.contains("● held  ◐ informal  ✕ cancelled  ○ proposed  ☎ call  ▲ envoy  ◆ context"),
        "{help}"
    );
}

/// Where `piece` is broken across two lines of `screen`: the end of a
/// line (or of a pane's line) holds its start, the next line its rest.
fn broken(screen: &str, piece: &str) -> bool {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let cuts = piece
        .char_indices()
        .filter(|(_, c)| matches!(c, ' ' | '-' | '–'))
        .map(|(i, c)| i + c.len_utf8());
    let cuts: Vec<usize> = cuts.collect();
    lines.windows(2).any(|pair| {
        let a: String = pair[0].iter().collect();
        cuts.iter().any(|&cut| {
            let (head, tail) = (piece[..cut].trim_end(), piece[cut..].trim_start());
            a.match_indices(head).any(|(at, _)| {
                let rest = a[at + head.len()..].trim_start_matches(' ');
                let ends = rest.is_empty() || rest.starts_with('│');
                let before = a[..at].chars().next_back();
                let starts = before.is_none_or(|c| !c.is_alphanumeric() && c != '-');
                // The rest on the next line, in the same pane.
                let pane = a[..at].rfind('│').map_or(0, |i| a[..i].chars().count() + 1);
                let below: String = pair[1].iter().skip(pane).collect();
                ends && starts && below.trim_start().starts_with(tail)
            })
        })
    })
}

#[test]
fn dates_and_ids_never_break_in_any_pane() {
    let d = crate::cli::record();
    let mut pieces: Vec<String> = Vec::new();
    for e in &d.encounters {
        pieces.extend([e.id.to_string(), e.date.human(), e.date.human_long()]);
    }
    assert!(broken(
        "│ Date  Fri 7 Jul│\n│ 2017       │",
        "Fri 7 Jul 2017"
    ));
    assert!(!broken("│ Fri 7 Jul 2017 │\n│ 2017 │", "Fri 7 Jul 2017"));
    for (width, height) in [(60, 20), (64, 20), (72, 24), (80, 24), (100, 30), (120, 40)] {
        let mut app = App::new(&d, Filter::default());
        for _ in 0..d.encounters.len() {
            let s = screen(&app, width, height);
            for piece in &pieces {
                assert!(!broken(&s, piece), "{piece:?} at {width}x{height}:\n{s}");
            }
            press(&mut app, KeyCode::Char('j'));
        }
    }
}

#[test]
fn the_full_timeline_at_two_zooms() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, KeyCode::Char('T'));
    let whole = screen(&app, 120, 40);
    assert!(whole.contains("Timeline · ×1"), "{whole}");
    assert!(whole.contains("6 years 1 month 18 days"), "{whole}");
    assert!(whole.contains("2017") && whole.contains("2025"), "{whole}");
    snapshot("browse_timeline_120x40", whole.clone());
    // Periods are spans: the first term from its first day to its last,
    // the second running on to the right edge.
    let first = whole
        .lines()
        .find(|l| l.contains("Trump's first term"))
        .unwrap();
    assert!(first.contains("├──") && first.contains("──┤"), "{first}");
    let second = whole
        .lines()
        .find(|l| l.contains("Trump's second term"))
        .unwrap();
    assert!(second.contains("├──") && second.contains("─→"), "{second}");
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('+'));
    }
    let near = screen(&app, 120, 40);
    assert!(near.contains("Timeline · ×16"), "{near}");
    assert!(near.contains("Jul"), "months when zoomed in: {near}");
    // A label near the right edge keeps its date whole, its title
    // shortened to the room there is.
    assert!(near.contains("G20 bilat… · 7 Jul 2017"), "{near}");
}

#[test]
fn the_selection_shows_in_list_detail_and_status() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    // Finding, from match to match.
    for c in "/presidential palace\n".chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        press(&mut app, code);
    }
    let s = screen(&app, 120, 40);
    assert!(s.contains("Helsinki summit"), "{s}");
    assert!(s.contains("Presidential Palace"), "{s}");
    // The last search stays on the status line, counted, for n and N.
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!("list: {n} of {n} records · /presidential palace: match 1 of {m} (n N) · every kind · context shown · sort: date · / find · & narrow · s sort · T timeline · ? keys", n = d.encounters.len(), m = d.encounters.iter().filter(|e| summit::search::Matcher::new("presidential palace").matches(e)).count())),
        "{s}"
    );
    press(&mut app, KeyCode::Char('1'));
    let s = screen(&app, 120, 40);
    // The status line wraps rather than cut what is shown.
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "{} of {} records · /presidential palace (n N) · informal encounters, cancelled meetings, proposals, calls, envoy meetings",
            d.encounters
                .iter()
                .filter(|e| e.kind() != summit::RecordKind::Held)
                .count(),
            d.encounters.len()
        )),
        "{s}"
    );
}

/// A message longer than the status line is shown whole, on as many lines
/// as it takes, never cut.
#[test]
fn a_long_message_is_shown_whole() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    let message = "report.doc: the name's ending names no format; end it in one of \
                   .json, .ndjson, .jsonl, .csv, .md, .markdown, .ics, .timeline.json, .svg, \
                   .png, .html, .htm, .mw, .geojson, .jsonld";
    app.message = Some(message.to_string());
    for (width, height) in [(60, 20), (100, 30)] {
        let s = screen(&app, width, height);
        let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(message), "{width}x{height}:\n{s}");
        // And the list still shows.
        assert!(s.contains("Hamburg"), "{s}");
    }
}

/// While narrowing, the status line counts the matches; the matched words
/// are marked in the list and the detail; an empty list names what is on.
#[test]
fn narrowing_counts_and_marks_the_matches() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    for c in "&osaka".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    let s = screen(&app, 120, 40);
    let n = d
        .encounters
        .iter()
        .filter(|e| summit::search::Matcher::new("osaka").matches(e))
        .count();
    assert!(
        s.contains(&format!(
            "&osaka  ({n} of {} records shown",
            d.encounters.len()
        )),
        "{s}"
    );
    // The marked cells: bold and underlined, in the list and the detail.
    let backend = {
        let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
        t.draw(|f| super::draw(f, &app, &mut Geometry::new(10), false))
            .unwrap();
        t.backend().buffer().clone()
    };
    let marked: String = backend
        .content()
        .iter()
        .filter(|c| {
            c.modifier
                .contains(ratatui::style::Modifier::BOLD | ratatui::style::Modifier::UNDERLINED)
        })
        .map(|c| c.symbol())
        .collect();
    assert!(marked.to_lowercase().contains("osakaosaka"), "{marked}");
    for c in "xylophone".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    let s = screen(&app, 120, 40);
    // Said once, in the list: the detail has nothing to add.
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(flat.matches("No record is shown").count(), 1, "{s}");
    assert!(s.contains("nothing matches &osakaxylophone"), "{s}");
    assert!(s.contains("Esc clears the narrowing."), "{s}");
}

/// At 60×20 the list gives each row its mark, date and headline, and the
/// detail behind Enter reads whole.
#[test]
fn a_narrow_screen_keeps_dates_and_titles_whole() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    let s = screen(&app, 60, 20);
    assert!(
        s.contains("│● 7 Jul 2017     Hamburg: G20 bilateral meeting"),
        "{s}"
    );
    assert!(
        s.contains("│☎ 2 May 2017     First call since the US strike in Syria"),
        "{s}"
    );
    assert!(!s.contains("Detail"), "{s}");
    press(&mut app, KeyCode::Enter);
    let s = screen(&app, 60, 20);
    assert!(s.contains("Detail") && s.contains("Wed 12 Apr 2017"), "{s}");
    assert!(!s.contains("Records"), "{s}");
}

/// Zoomed in, a record of several days is a span on the axis, not one
/// mark: the Riga summit of another dataset, known only to its season.
#[test]
fn a_record_of_several_days_is_a_span() {
    let d = summit::Dataset::from_str_with(
        include_str!("../../../../tests/fixtures/other-leaders.json"),
        summit::Origin::Named("other-leaders.json".into()),
    )
    .unwrap();
    let mut app = App::new(&d, Filter::default());
    for _ in 0..2 {
        press(&mut app, KeyCode::Char('j'));
    }
    assert_eq!(app.current().unwrap().id, "riga-2020");
    press(&mut app, KeyCode::Char('T'));
    for _ in 0..4 {
        press(&mut app, KeyCode::Char('+'));
    }
    let s = screen(&app, 120, 40);
    let axis = s.lines().find(|l| l.contains('✕')).unwrap();
    assert!(axis.contains("✕━━"), "{axis}\n{s}");
}

/// Moving past the bottom of the list scrolls it: the selected row is
/// always on screen, marked, whatever the size; and back up again.
#[test]
fn the_selected_row_stays_on_screen() {
    let d = crate::cli::record();
    for (width, height) in [(120, 40), (80, 24), (60, 20)] {
        let mut app = App::new(&d, Filter::default());
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        let mut drawn = Geometry::new(10);
        let steps = d.encounters.len() - 1;
        let moves = std::iter::repeat_n(KeyCode::Char('j'), steps)
            .chain(std::iter::repeat_n(KeyCode::Char('k'), steps));
        for (step, code) in moves.enumerate() {
            press(&mut app, code);
            terminal.draw(|f| draw(f, &app, &mut drawn, false)).unwrap();
            let buffer = terminal.backend().buffer();
            let selected = app.current().unwrap();
            // The marked row: its cells drawn reversed.
            let marked: String = (0..height)
                .filter_map(|y| {
                    let row: String = (0..width)
                        .filter(|&x| {
                            buffer[(x, y)]
                                .modifier
                                .contains(ratatui::style::Modifier::REVERSED)
                        })
                        .map(|x| buffer[(x, y)].symbol())
                        .collect();
                    (row.chars().count() > 20).then_some(row)
                })
                .collect();
            assert!(
                marked.contains(&selected.date.human()),
                "{width}x{height}, step {step}: {} not marked:\n{}",
                selected.id,
                screen(&app, width, height)
            );
        }
    }
}

/// `?` at 60×20 says how to quit, and that it scrolls; on a big screen
/// everything fits, the marks of every kind
/// included. In the help, q quits.
#[test]
fn help_says_how_to_quit_at_any_size() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, KeyCode::Char('?'));
    let small = screen(&app, 60, 20);
    assert!(small.contains("q quits"), "{small}");
    assert!(small.contains("↓ ↑ PgDn PgUp scroll"), "{small}");
    let big = screen(&app, 120, 50);
    assert!(big.contains("q quits") && !big.contains("scroll "), "{big}");
    for mark in ["● held", "☎ call", "▲ envoy", "◆ context"] {
        assert!(big.contains(mark), "{mark}\n{big}");
    }
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

/// Sorted by length, the lengths stand in a column as wide as the
/// longest, and the titles after them start in one column.
#[test]
fn sorted_by_length_the_titles_stay_in_line() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    while app.list.sort != summit::SortKey::Duration {
        press(&mut app, KeyCode::Char('s'));
    }
    let s = screen(&app, 140, 40);
    let starts: Vec<usize> = d
        .encounters
        .iter()
        .filter(|e| e.duration_text().is_some())
        .filter_map(|e| {
            // The title's start: a long one is cut at the pane's edge.
            let head: String = e.title.chars().take(12).collect();
            let line = s
                .lines()
                .find(|l| l.contains(&e.date.human()) && l.contains(&head))?;
            let at = line.find(&head)?;
            Some(line[..at].chars().count())
        })
        .collect();
    assert!(starts.len() > 5, "{s}");
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}\n{s}");
}

mod pager;
mod timeline;
