//! The prompts: Backspace takes back a character, Esc leaves without
//! applying, a list that changes shows the detail from its top, and what a
//! search is typing is what is marked.

use super::*;

/// In the `f` prompt Backspace takes back the last character, and Esc
/// leaves with nothing picked.
#[test]
fn the_pick_prompt_erases_and_leaves() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, "flavrx\u{8}");
    assert_eq!(app.mode, Mode::Filter("lavr".into()));
    press(&mut app, "\u{1b}");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.list.rows().len(), d.encounters.len());
    assert!(app.list.describe_filters().is_empty());
}

/// The years and export prompts likewise.
#[test]
fn the_years_and_export_prompts_erase_and_leave() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, "t20199\u{8}");
    assert_eq!(app.mode, Mode::Years("2019".into()));
    press(&mut app, "\n");
    assert_eq!(ids(&app), ["2019-osaka", "2020-moscow"]);
    press(&mut app, "t2017\u{1b}");
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(ids(&app), ["2019-osaka", "2020-moscow"]);
    press(&mut app, "eout.csvx\u{8}");
    assert_eq!(app.mode, Mode::Export("out.csv".into()));
    press(&mut app, "\u{1b}");
    assert_eq!((&app.mode, &app.export), (&Mode::Normal, &None));
}

/// Scrolled down the detail, a list changed by a prompt shows the detail
/// of its selection from the top.
#[test]
fn the_detail_starts_at_its_top_when_the_list_changes() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, "\tjjj");
    assert_eq!(app.detail_scroll, 3);
    press(&mut app, "t2017..2019\n");
    assert_eq!(app.current().unwrap().id, "2017-04-12-tillerson");
    assert_eq!(app.detail_scroll, 0);
    press(&mut app, "jj");
    assert_eq!(app.detail_scroll, 2);
    press(&mut app, "fgermany\n");
    assert_eq!(app.detail_scroll, 0);
}

/// While a search is typed, what is typed is marked, not the search
/// before it; after Enter, that search stays marked.
#[test]
fn a_search_being_typed_is_what_is_marked() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    let marked = |app: &App, text: &str| {
        app.highlighter()
            .is_some_and(|m| !m.highlights(text).is_empty())
    };
    press(&mut app, "/lavrov\n");
    assert!(marked(&app, "Sergei Lavrov"));
    press(&mut app, "/kerch");
    assert!(marked(&app, "the Kerch Strait"));
    assert!(!marked(&app, "Sergei Lavrov"));
    press(&mut app, "\n");
    assert!(marked(&app, "the Kerch Strait"));
}
