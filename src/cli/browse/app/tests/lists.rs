//! The list: clicks on its rows, the values `f` offers, the selection
//! kept while a narrowing grows, and the order of every encounter.

use super::*;

/// A click selects the row drawn under it, and only a row: not above the
/// list, not below its last line, not past its last row.
#[test]
fn a_click_selects_only_a_row_drawn() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    // Ten lines from screen line 4.
    let drawn = drawn_list(4, 10, 0);
    press(&mut app, "\t");
    for y in [0, 3, 14, 15, 40] {
        app.apply(Control::Click(y), &drawn);
        assert_eq!((app.list.selected, app.focus), (0, Focus::Detail), "{y}");
    }
    app.apply(Control::Click(13), &drawn);
    assert_eq!((app.list.selected, app.focus), (9, Focus::List));
    // Thirty lines, scrolled so the tenth shows the last row,
    // the eleventh none.
    let last = d.encounters.len() - 1;
    let drawn = drawn_list(4, 30, last - 9);
    press(&mut app, "\t");
    app.apply(Control::Click(13), &drawn);
    assert_eq!((app.list.selected, app.focus), (last, Focus::List));
    press(&mut app, "\t");
    app.apply(Control::Click(14), &drawn);
    assert_eq!((app.list.selected, app.focus), (last, Focus::Detail));
}

/// `f` offers each value once with how often the data has it: those that
/// begin with what is typed first, then the most frequent.
#[test]
fn picks_count_each_value_once_and_put_beginnings_first() {
    let d = crate::cli::record();
    let app = App::new(&d, Filter::default());
    let putin = d
        .encounters
        .iter()
        .filter(|e| e.participants.iter().any(|p| p == "Vladimir Putin"))
        .count();
    let ukraine = d
        .encounters
        .iter()
        .filter(|e| e.topics.iter().any(|t| t == "ukraine"))
        .count();
    assert!(putin > ukraine && ukraine > 1);
    let picks = app.list.picks("in");
    let first: Vec<(&str, usize)> = picks
        .iter()
        .take(3)
        .map(|p| (p.value.as_str(), p.count))
        .collect();
    // "invitation" begins with it; the others only hold it.
    assert_eq!(first[0].0, "invitation");
    assert_eq!(
        first[1..],
        [("Vladimir Putin", putin), ("ukraine", ukraine)]
    );
    let all = app.list.picks("");
    // A call has no country, and nothing empty is offered.
    assert!(d.encounters.iter().any(|e| e.country.is_empty()));
    assert!(
        all.iter().all(|p| !p.value.trim().is_empty()),
        "{:?}",
        all.iter().map(|p| &p.value).collect::<Vec<_>>()
    );
    let mut seen = std::collections::HashSet::new();
    assert!(all.iter().all(|p| seen.insert((p.kind, p.value.clone()))));
}

/// A narrowing that grows a character at a time keeps the selection on
/// the encounter it was on, while it still matches.
#[test]
fn a_growing_narrowing_keeps_the_selection() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    while app.current().unwrap().id != "2018-helsinki" {
        press(&mut app, "j");
    }
    press(&mut app, "&h");
    assert_eq!(app.current().unwrap().id, "2018-helsinki");
    assert_ne!(app.list.rows()[0].id, "2018-helsinki");
    press(&mut app, "el");
    assert_eq!(app.current().unwrap().id, "2018-helsinki");
}

/// Every encounter, oldest first, whatever the list shows and its order.
#[test]
fn the_chronological_order_is_every_encounter() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, "sr2");
    let order = |es: &[&summit::Encounter]| es.iter().map(|e| e.id.to_string()).collect::<Vec<_>>();
    assert_eq!(order(app.list.chronological()), order(&d.chronological()));
    assert_ne!(ids(&app), order(&d.chronological()));
}

/// `f` picking a value that, with what is on, leaves no record says so,
/// naming both; the list says how to widen it.
#[test]
fn two_filters_that_leave_nothing_say_so() {
    let d = crate::cli::record();
    // A country and a participant the data has, never together.
    let (country, person) = d
        .encounters
        .iter()
        .flat_map(|e| {
            d.encounters
                .iter()
                .flat_map(|o| o.participants.iter())
                .map(move |p| (e.country.to_string(), p.to_string()))
        })
        .find(|(c, p)| {
            !d.encounters
                .iter()
                .any(|e| e.country == *c && e.participants.iter().any(|q| q == p))
        })
        .expect("the fixture has a country and a participant never together");
    let mut app = App::new(&d, Filter::default());
    press(&mut app, &format!("f{country}\n"));
    assert!(!app.list.rows().is_empty());
    assert_eq!(app.message, None);
    press(&mut app, &format!("f{person}\n"));
    assert!(app.list.rows().is_empty());
    let said = app.message.clone().unwrap();
    assert!(
        said.starts_with(&format!(
            "no record is both participant {person} and country {country}: together they leave nothing"
        )),
        "{said}"
    );
    // Drawn, the empty list says what is on and how to widen it.
    let text = crate::cli::browse::ui::panes::nothing_shown(&app);
    assert_eq!(
        text,
        format!(
            "No record is shown: nothing matches country {country}; participant {person} together. To widen: f then Enter with nothing typed clears the picks; Esc twice clears every filter."
        )
    );
    // As it says: f, Enter.
    press(&mut app, "f\n");
    assert_eq!(app.list.rows().len(), d.encounters.len());
}

/// Esc twice clears every filter, the command line's too: years, dates,
/// places, people, words and kinds.
#[test]
fn esc_twice_clears_the_command_line_s_filters_too() {
    let d = crate::cli::record();
    let base = Filter {
        texts: vec!["no record says xylophone".into()],
        cities: vec!["Nowhere".into()],
        from: chrono::NaiveDate::from_ymd_opt(2030, 1, 1),
        ..Filter::default()
    };
    let mut app = App::new(&d, base);
    assert!(app.list.rows().is_empty());
    // Emptied while the detail has the keys, the list takes them back.
    let mut full = App::new(&d, Filter::default());
    press(&mut full, "\n");
    assert_eq!(full.focus, Focus::Detail);
    press(&mut full, "123456");
    assert_eq!(full.focus, Focus::List);
    press(&mut app, "1t2018\n");
    let text = crate::cli::browse::ui::panes::nothing_shown(&app);
    assert!(
        text.starts_with("No record is shown: nothing matches years 2018; from 2030-01-01; city Nowhere; text no record says xylophone; only informal encounters, cancelled meetings, proposals, calls, envoy meetings together. To widen: 1–6 show a kind, a every kind; t changes the years; Esc twice clears every filter."),
        "{text}"
    );
    press(&mut app, "\u{1b}");
    assert!(app.list.rows().is_empty());
    press(&mut app, "\u{1b}");
    assert_eq!(app.list.rows().len(), d.encounters.len());
    assert!(app.list.on().is_empty(), "{:?}", app.list.on());
    // Every kind hidden, said as such.
    press(&mut app, "123456");
    assert_eq!(
        crate::cli::browse::ui::panes::nothing_shown(&app),
        "No record is shown: every kind is hidden. To widen: 1–6 show a kind, a every kind; Esc twice clears every filter."
    );
    press(&mut app, "a");
    // One kind of filter alone, and a narrowing.
    press(&mut app, "&xylophone\n");
    assert_eq!(
        crate::cli::browse::ui::panes::nothing_shown(&app),
        "No record is shown: nothing matches &xylophone. To widen: Esc clears the narrowing."
    );
}
