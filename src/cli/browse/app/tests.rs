//! Tests of `app`.

use chrono::Datelike;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use summit::{RecordKind, SortKey};

use super::*;

/// `key` as the terminal would give it, through the key table.
fn key(app: &mut App, key: KeyEvent) {
    if let Some(c) = super::super::input::control(&Event::Key(key), app.mode.reading()) {
        app.apply(c, &Geometry::new(10));
    }
}

/// A list drawn `rows` rows from screen line `top`, its row `offset` first.
fn drawn_list(top: u16, rows: u16, offset: usize) -> Geometry {
    let mut g = Geometry::new(10);
    (g.list_top, g.list_rows, g.list_offset) = (top, rows, offset);
    g
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\t' => KeyCode::Tab,
            '\u{1b}' => KeyCode::Esc,
            '\u{8}' => KeyCode::Backspace,
            c => KeyCode::Char(c),
        };
        key(app, KeyEvent::from(code));
    }
}

mod finding;
mod keys;
mod lists;
mod prompts;

/// An app over `d` whose search jumps from match to match (Tab in the
/// prompt switches to it) rather than narrowing the list.
fn jumping<'d>(d: &'d Dataset<'d>) -> App<'d> {
    let mut app = App::new(d, Filter::default());
    app.narrowing = false;
    app
}

fn ids(app: &App) -> Vec<String> {
    app.list.rows().iter().map(|e| e.id.to_string()).collect()
}

/// `n` encounters, the one at index `at` the only one mentioning a
/// needle.
fn haystack(n: usize, at: usize) -> String {
    let encounters: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({
                "id": format!("e{i}"), "title": format!("Talks {i}"),
                "date": format!("{}-01-01", 1000 + i), "city": "Oslo",
                "country": "Norway", "occasion": "Talks", "outcome": "held",
                "summary": if i == at { "A needle." } else { "Hay." },
                "sources": ["s"]
            })
        })
        .collect();
    serde_json::json!({
        "title": "t", "description": "d", "updated": "2026-11-29",
        "sources": [{"id": "s", "title": "S", "publisher": "P", "date": "2026"}],
        "encounters": encounters
    })
    .to_string()
}

#[test]
fn a_long_search_reads_in_slices_and_keys_go_on() {
    let json = haystack(1000, 900);
    let d = Dataset::from_str_with(&json, summit::Origin::Bundled).unwrap();
    let mut app = jumping(&d);
    // A slice of no time reads 256 rows, then yields.
    app.search.slice = std::time::Duration::ZERO;
    press(&mut app, "/need");
    assert_eq!(app.list.selected, 0, "no match yet, so the selection stays");
    let done = app.search.progress().unwrap();
    // The last character's read began with 512 rows to go: half are read.
    assert!((done - 0.5).abs() < 1e-9, "{done}");
    // Each character reads on from where the last one stopped.
    press(&mut app, "le");
    let mut slices = 0;
    while app.work(std::time::Duration::ZERO) {
        slices += 1;
    }
    assert_eq!(app.current().unwrap().id, "e900");
    assert!(slices < 4, "read from the start again: {slices} slices");
    assert_eq!(app.search.progress(), None);
    // A longer text reads on from the match; nothing after it matches.
    press(&mut app, "x");
    while app.work(std::time::Duration::ZERO) {}
    assert!(app.message.as_deref().unwrap().contains("nothing matches"));
    // Back where the search started, as less and vim go.
    assert_eq!(app.current().unwrap().id, "e0");
    // Backspace goes back to the shorter text's match at once.
    key(&mut app, KeyEvent::from(KeyCode::Backspace));
    assert_eq!(
        (app.current().unwrap().id.as_ref(), app.message.clone()),
        ("e900", None)
    );
    press(&mut app, "\n");
    assert_eq!(app.search.last, "needle");
    // n wraps round to the same match; a key stops a search under way.
    press(&mut app, "gn");
    assert!(app.search.progress().is_some());
    press(&mut app, "j");
    assert_eq!((app.search.progress(), app.list.selected), (None, 1));
    press(&mut app, "n");
    while app.work(std::time::Duration::ZERO) {}
    assert_eq!(app.current().unwrap().id, "e900");
    // Esc while typing stops the search too.
    press(&mut app, "g/q");
    assert!(app.search.progress().is_some());
    press(&mut app, "\u{1b}");
    assert_eq!(
        (app.mode.clone(), app.search.progress()),
        (Mode::Normal, None)
    );
}

#[test]
fn searches_incrementally_and_with_n() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    press(&mut app, "/orb");
    assert_eq!(app.current().unwrap().id, "2025-budapest");
    press(&mut app, "\n");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.search.last, "orb");
    press(&mut app, "/election\n");
    let first = app.current().unwrap().id.to_string();
    press(&mut app, "n");
    let second = app.current().unwrap().id.to_string();
    assert_ne!(first, second);
    press(&mut app, "N");
    assert_eq!(app.current().unwrap().id, first);
    press(&mut app, "/xylophone\n");
    assert!(app.message.as_deref().unwrap().contains("nothing matches"));
}

#[test]
fn outcomes_sort_and_context_toggle() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    let all = d.encounters.len();
    let met = d.encounters.iter().filter(|e| e.met_in_person()).count();
    assert_eq!(app.list.rows().len(), all);
    press(&mut app, "1");
    assert!(app.list.rows().iter().all(|e| e.kind() != RecordKind::Held));
    // A call that took place is no meeting held: still shown.
    assert!(app.list.rows().iter().any(|e| e.kind() == RecordKind::Call));
    press(&mut app, "1m");
    assert!(app.list.rows().iter().all(|e| e.met_in_person()));
    // Again, the same: only the meetings in person.
    press(&mut app, "m");
    assert_eq!(app.list.rows().len(), met);
    assert!(app.list.rows().iter().all(|e| e.met_in_person()));
    press(&mut app, "a");
    assert_eq!(app.list.rows().len(), all);
    press(&mut app, "r");
    assert_eq!(ids(&app)[0], "2025-10-16-call");
    press(&mut app, "rs");
    assert_eq!(app.list.sort, SortKey::Duration);
    press(&mut app, "c");
    assert!(!app.list.show_context);
    press(&mut app, "y");
    assert!(app.copy.is_some());
    press(&mut app, "?");
    assert_eq!(app.mode, Mode::Help);
    press(&mut app, "x");
    assert_eq!(app.mode, Mode::Normal);
    key(
        &mut app,
        KeyEvent::new(
            KeyCode::Char('c'),
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        ),
    );
    assert!(app.quit);
}

#[test]
fn each_number_toggles_its_own_kind() {
    let d = crate::cli::record();
    for (key, kind) in ['1', '2', '3', '4', '5', '6']
        .into_iter()
        .zip(RecordKind::ALL)
    {
        let mut app = App::new(&d, Filter::default());
        let with = d.encounters.iter().filter(|e| e.kind() == kind).count();
        assert!(with > 0);
        press(&mut app, &key.to_string());
        assert_eq!(app.list.rows().len(), d.encounters.len() - with, "{key}");
        assert!(app.list.rows().iter().all(|e| e.kind() != kind), "{key}");
        assert_eq!(app.list.kinds.iter().filter(|on| !**on).count(), 1, "{key}");
        press(&mut app, &key.to_string());
        assert_eq!(app.list.rows().len(), d.encounters.len(), "{key} again");
    }
    // The command line's channels and outcomes are the kinds shown.
    let app = App::new(
        &d,
        Filter {
            channels: vec![summit::Channel::Call],
            ..Filter::default()
        },
    );
    assert!(app.list.rows().iter().all(|e| e.kind() == RecordKind::Call));
    assert_eq!(app.list.kinds, [false, false, false, false, true, false]);
}

#[test]
fn hiding_every_outcome_shows_nothing() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    press(&mut app, "123456");
    assert!(app.list.rows().is_empty());
    assert!(app.current().is_none());
    // Moving, searching and sorting an empty list do nothing wrong.
    press(&mut app, "jkGgns/helsinki\n");
    assert!(app.list.rows().is_empty());
    press(&mut app, "3");
    assert!(
        app.list
            .rows()
            .iter()
            .all(|e| e.kind() == RecordKind::Cancelled)
    );
    assert_eq!(app.list.rows().len(), 3);
}

#[test]
fn shift_n_wraps_from_the_top_to_the_last_match() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    // Matches: the Helsinki summit, and records that mention Helsinki.
    press(&mut app, "/helsinki\n");
    let matcher = summit::search::Matcher::new("helsinki");
    let matching: Vec<usize> = (0..app.list.rows().len())
        .filter(|&i| matcher.matches(app.list.rows()[i]))
        .collect();
    assert!(matching.len() >= 2, "{matching:?}");
    press(&mut app, "g");
    assert!(!matcher.matches(app.list.rows()[0]));
    press(&mut app, "N");
    while app.work(std::time::Duration::ZERO) {}
    assert_eq!(app.list.selected, *matching.last().unwrap());
    press(&mut app, "N");
    while app.work(std::time::Duration::ZERO) {}
    assert_eq!(app.list.selected, matching[matching.len() - 2]);
    // And n from the last match wraps to the first.
    press(&mut app, "G");
    press(&mut app, "n");
    while app.work(std::time::Duration::ZERO) {}
    assert_eq!(app.list.selected, matching[0]);
    // N from the first match wraps to the last.
    press(&mut app, "N");
    while app.work(std::time::Duration::ZERO) {}
    assert_eq!(app.list.selected, *matching.last().unwrap());
}

#[test]
fn years_prompt_export_prompt_and_the_mouse() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    press(&mut app, "t2018..2019\n");
    let in_range = |e: &&summit::Encounter| (2018..=2019).contains(&e.date.start().year());
    assert_eq!(
        app.list.rows().len(),
        d.encounters.iter().filter(in_range).count()
    );
    assert_eq!(app.list.describe_filters(), ["years 2018..2019"]);
    // The prompt starts with the years in effect: "2018..2019" less its
    // last eight characters, then 19, is 2019.
    press(&mut app, "t");
    assert_eq!(app.mode, Mode::Years("2018..2019".into()));
    press(&mut app, "\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}\u{8}19\n");
    assert_eq!(ids(&app), ["2019-osaka", "2020-moscow"]);
    press(&mut app, "t\u{8}\u{8}\u{8}\u{8}\n");
    assert_eq!(app.list.rows().len(), d.encounters.len());
    press(&mut app, "tsoon\n");
    assert!(app.message.as_deref().unwrap().contains("not a year"));
    assert_eq!(app.list.rows().len(), d.encounters.len());
    press(&mut app, "eout.csv\n");
    assert_eq!(app.export.as_deref(), Some(std::path::Path::new("out.csv")));
    press(&mut app, "e\u{1b}");
    assert_eq!(app.mode, Mode::Normal);
    // A click on the fifth row drawn.
    let drawn = drawn_list(4, 10, 0);
    app.apply(Control::Click(8), &drawn);
    assert_eq!(app.current().unwrap().id, "2017-da-nang");
    app.apply(Control::Click(30), &drawn);
    assert_eq!(app.current().unwrap().id, "2017-da-nang");
}

#[test]
fn the_timeline_zooms_and_pans() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    // A record in the middle, where the view can centre on it.
    press(&mut app, &"j".repeat(d.encounters.len() / 2));
    press(&mut app, "T");
    assert!(app.view.on);
    let span = |app: &App| {
        let (a, b) = app.list.shown_extent();
        (b - a).num_days()
    };
    let center = |app: &App| {
        app.view.center(
            app.list.shown_extent(),
            app.current().map(|e| e.date.start()),
        )
    };
    let (a, b) = app.view_days();
    assert_eq!((b - a).num_days(), span(&app) / 2 * 2);
    press(&mut app, "++");
    assert_eq!(app.view.zoom, 4);
    let (a4, b4) = app.view_days();
    assert!((b4 - a4).num_days() * 4 <= span(&app) + 4);
    // Centred on the selection until panned.
    assert_eq!(center(&app), app.current().unwrap().date.start());
    press(&mut app, "l");
    assert!(center(&app) > app.current().unwrap().date.start());
    press(&mut app, "hh");
    assert!(center(&app) < app.current().unwrap().date.start());
    press(&mut app, "j");
    assert_eq!(center(&app), app.current().unwrap().date.start());
    press(&mut app, "-------");
    assert_eq!(app.view.zoom, 1);
    // With the context hidden, the axis spans the records' years alone.
    let first_context = d.context.iter().map(|c| c.date.start()).min().unwrap();
    let first_record = d.encounters.iter().map(|e| e.date.start()).min().unwrap();
    assert!(
        chrono::Datelike::year(&first_context) < chrono::Datelike::year(&first_record),
        "the fixture has context years before its first record"
    );
    assert!(app.view_days().0 <= first_context);
    press(&mut app, "c");
    let (from, to) = app.view_days();
    assert_eq!(
        from,
        chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&first_record), 1, 1).unwrap()
    );
    assert!(to >= d.encounters.iter().map(|e| e.date.end()).max().unwrap());
    press(&mut app, "\u{1b}");
    assert!(!app.view.on && !app.quit);
}

#[test]
fn the_selection_survives_a_refresh() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    press(&mut app, "/presidential palace\n");
    assert_eq!(app.current().unwrap().id, "2018-helsinki");
    press(&mut app, "2");
    assert_eq!(app.current().unwrap().id, "2018-helsinki");
    press(&mut app, "r");
    assert_eq!(app.current().unwrap().id, "2018-helsinki");
}

/// `~` in a file name typed for an export is the home folder, as in a
/// shell; elsewhere in a name it is a plain character.
#[test]
fn a_tilde_names_the_home_folder() {
    let home = std::path::PathBuf::from(std::env::var_os("HOME").unwrap());
    assert_eq!(home_expanded("~/out.csv"), home.join("out.csv"));
    assert_eq!(home_expanded("~"), home);
    assert_eq!(
        home_expanded("~other/out.csv"),
        std::path::PathBuf::from("~other/out.csv")
    );
    assert_eq!(
        home_expanded("a~b.csv"),
        std::path::PathBuf::from("a~b.csv")
    );
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, "e~/shown.csv\n");
    assert_eq!(
        app.export.as_deref(),
        Some(home.join("shown.csv").as_path())
    );
}

/// `f` shows one country, participant or topic, picked from the values
/// the data has: Tab completes, Enter shows, an empty pick clears.
#[test]
fn f_picks_a_country_participant_or_topic_from_the_data() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    let all = d.encounters.len();
    let picks = app.list.picks("lavr");
    assert_eq!(picks[0].value, "Sergei Lavrov");
    assert_eq!(picks[0].kind, "participant");
    press(&mut app, "flavr");
    key(&mut app, KeyEvent::from(KeyCode::Tab));
    assert_eq!(app.mode, Mode::Filter("Sergei Lavrov".into()));
    press(&mut app, "\n");
    let with = d
        .encounters
        .iter()
        .filter(|e| e.participants.iter().any(|p| p == "Sergei Lavrov"))
        .count();
    assert_eq!(app.list.rows().len(), with);
    assert!(with > 1 && with < all);
    assert!(
        app.list
            .describe_filters()
            .contains(&"participant Sergei Lavrov".to_string())
    );
    // A country on top: both hold.
    press(&mut app, "fjapan\n");
    assert_eq!(ids(&app), ["2019-osaka"]);
    // Nothing like it: said, and nothing changes.
    press(&mut app, "fxylophone\n");
    assert!(app.message.as_deref().unwrap().contains("xylophone"));
    assert_eq!(ids(&app), ["2019-osaka"]);
    // Empty clears every pick.
    press(&mut app, "f\n");
    assert_eq!(app.list.rows().len(), all);
}

/// The orders worked out beside the loop are the orders a sort works out
/// itself: adopting them changes nothing the reader sees.
#[test]
fn orders_worked_out_beforehand_are_the_same() {
    let d = crate::cli::record();
    let orders = super::super::list::all_orders(&d);
    assert_eq!(orders.len(), SortKey::ALL.len() * 2 - 1);
    let mut plain = App::new(&d, Filter::default());
    let mut ready = App::new(&d, Filter::default());
    ready.list.adopt(orders);
    for _ in 0..SortKey::ALL.len() {
        for keys in ["s", "r", "r"] {
            press(&mut plain, keys);
            press(&mut ready, keys);
            assert_eq!(ids(&plain), ids(&ready), "{:?}", plain.list.sort);
        }
    }
    // Narrowed and toggled too.
    press(&mut plain, "2/g20\n");
    press(&mut ready, "2/g20\n");
    assert_eq!(ids(&plain), ids(&ready));
}
