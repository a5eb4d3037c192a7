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
    app.list_view.set((4, 10, 0));
    press(&mut app, "\t");
    for y in [0, 3, 14, 15, 40] {
        app.apply(Control::Click(y), 10);
        assert_eq!((app.list.selected, app.focus), (0, Focus::Detail), "{y}");
    }
    app.apply(Control::Click(13), 10);
    assert_eq!((app.list.selected, app.focus), (9, Focus::List));
    // Thirty lines, scrolled so the tenth shows the last row,
    // the eleventh none.
    let last = d.encounters.len() - 1;
    app.list_view.set((4, 30, last - 9));
    press(&mut app, "\t");
    app.apply(Control::Click(13), 10);
    assert_eq!((app.list.selected, app.focus), (last, Focus::List));
    press(&mut app, "\t");
    app.apply(Control::Click(14), 10);
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
    let mut seen = std::collections::HashSet::new();
    assert!(all.iter().all(|p| seen.insert((p.kind, p.value.clone()))));
}

/// A narrowing that grows a character at a time keeps the selection on
/// the encounter it was on, while it still matches.
#[test]
fn a_growing_narrowing_keeps_the_selection() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    while app.current().unwrap().id != "helsinki-2018" {
        press(&mut app, "j");
    }
    press(&mut app, "&h");
    assert_eq!(app.current().unwrap().id, "helsinki-2018");
    assert_ne!(app.list.rows()[0].id, "helsinki-2018");
    press(&mut app, "el");
    assert_eq!(app.current().unwrap().id, "helsinki-2018");
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
