//! The moving keys, in the list and in the detail.

use super::*;

#[test]
fn moves_and_stays_in_bounds() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    assert_eq!(app.current().unwrap().id, "2017-04-12-tillerson");
    press(&mut app, "jj");
    assert_eq!(app.current().unwrap().id, "2017-hamburg");
    press(&mut app, "kkkk");
    assert_eq!(app.list.selected, 0);
    press(&mut app, "G");
    assert_eq!(app.current().unwrap().id, "2025-budapest");
    press(&mut app, "j");
    assert_eq!(app.current().unwrap().id, "2025-budapest");
    // A page up at a time, and no further than the top.
    for _ in 0..d.encounters.len() {
        key(&mut app, KeyEvent::from(KeyCode::PageUp));
    }
    assert_eq!(app.list.selected, 0);
    press(&mut app, "g");
    assert_eq!(app.list.selected, 0);
}

#[test]
fn focus_moves_into_the_detail_and_back() {
    let d = crate::cli::record();
    let mut app = jumping(&d);
    press(&mut app, "\n");
    assert_eq!(app.focus, Focus::Detail);
    press(&mut app, "jjj");
    assert_eq!((app.detail_scroll, app.list.selected), (3, 0));
    press(&mut app, "\u{1b}");
    assert_eq!(app.focus, Focus::List);
    assert!(!app.quit);
    press(&mut app, "j");
    assert_eq!((app.detail_scroll, app.list.selected), (0, 1));
    // Esc on the list goes nowhere further; q quits.
    press(&mut app, "\u{1b}");
    assert!(!app.quit);
    press(&mut app, "q");
    assert!(app.quit);
}

/// Tab goes between list and detail; in the detail the moving keys
/// scroll it (a line, a page, back to the top), on the list they move the
/// selection; Esc on a list that is not narrowed keeps the selection; an
/// empty list has no detail to go to.
#[test]
fn keys_in_the_list_and_in_the_detail() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, "\t");
    assert_eq!(app.focus, Focus::Detail);
    press(&mut app, "jjjk");
    assert_eq!((app.detail_scroll, app.list.selected), (2, 0));
    key(&mut app, KeyEvent::from(KeyCode::PageDown));
    assert_eq!((app.detail_scroll, app.list.selected), (12, 0));
    key(&mut app, KeyEvent::from(KeyCode::PageUp));
    assert_eq!((app.detail_scroll, app.list.selected), (2, 0));
    press(&mut app, "g");
    assert_eq!((app.detail_scroll, app.list.selected), (0, 0));
    press(&mut app, "\t");
    assert_eq!(app.focus, Focus::List);
    key(&mut app, KeyEvent::from(KeyCode::PageDown));
    assert_eq!(app.list.selected, 10);
    press(&mut app, "k\u{1b}");
    assert_eq!((app.focus, app.list.selected), (Focus::List, 9));
    assert_eq!(app.list.rows().len(), d.encounters.len());
    press(&mut app, "123456");
    assert!(app.current().is_none());
    press(&mut app, "\t\n");
    assert_eq!(app.focus, Focus::List);
}

/// `y` hands the selected id to the terminal's clipboard, and says that
/// whether it arrives is the terminal's doing.
#[test]
fn y_copies_the_id_and_says_how() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    press(&mut app, "jy");
    let id = app.current().unwrap().id.to_string();
    assert_eq!(app.copy.as_deref(), Some(id.as_str()));
    let message = app.message.clone().unwrap();
    assert!(
        message.starts_with(&format!("{id} sent to the clipboard through the terminal"))
            && message.contains("if it does not arrive"),
        "{message}"
    );
}
