//! Finding and narrowing: `/`, `&`, n and N, Esc.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::*;

/// Erasing a character of what narrows the list widens it again, to what
/// the shorter text matches.
#[test]
fn erasing_a_character_widens_the_list() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    let osaka = d
        .encounters
        .iter()
        .filter(|e| summit::search::Matcher::new("osaka").matches(e))
        .count();
    assert!(osaka > 0);
    press(&mut app, "&osakaz");
    assert_eq!(app.list.rows().len(), 0);
    press(&mut app, "\u{8}");
    assert_eq!(app.list.rows().len(), osaka);
    press(&mut app, "\u{8}\u{8}\u{8}\u{8}\u{8}");
    assert_eq!(app.list.rows().len(), d.encounters.len());
}

/// A remark is found under any of its renderings: narrowing by words of a
/// variant alone keeps its record.
#[test]
fn narrowing_finds_a_remark_under_its_variants() {
    let d = crate::cli::record();
    for (words, id) in [
        ("disciplined for that", "2017-da-nang"),
        ("the same invitation", "2018-moscow"),
    ] {
        let mut app = App::new(&d, Filter::default());
        press(&mut app, &format!("&{words}\n"));
        assert_eq!(ids(&app), [id], "{words}");
    }
}

/// `&` narrows the list to the matches as it is typed; Enter keeps the
/// narrowing, Esc clears it; Tab switches to finding. `/` finds: the list
/// stays whole, the first match is selected, and the status line counts
/// the matches ("match 1 of 2"); n and N go round them.
#[test]
fn an_ampersand_narrows_and_a_slash_finds() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    let all = d.encounters.len();
    let matching = |text: &str| -> Vec<usize> {
        (0..app_rows(&d).len())
            .filter(|&i| summit::search::Matcher::new(text).matches(app_rows(&d)[i]))
            .collect()
    };
    let g20 = matching("g20").len();
    assert!(g20 > 1 && g20 < all);
    press(&mut app, "&g2");
    press(&mut app, "0");
    assert_eq!(app.list.rows().len(), g20);
    // Back a character, and on again.
    key(&mut app, KeyEvent::from(KeyCode::Backspace));
    assert!(app.list.rows().len() >= g20);
    press(&mut app, "0\n");
    assert_eq!(app.list.rows().len(), g20);
    assert_eq!(app.list.narrowed(), Some("g20"));
    assert_eq!(app.mode, Mode::Normal);
    // Esc on the list clears it; it does not quit.
    press(&mut app, "\u{1b}");
    assert_eq!(app.list.rows().len(), all);
    assert!(!app.quit);
    // Esc in the prompt clears too.
    press(&mut app, "&osaka\u{1b}");
    assert_eq!(app.list.rows().len(), all);
    // `/` finds: the list whole, the first match selected, counted.
    let hamburg = matching("hamburg");
    let n = hamburg.len();
    assert!(n >= 2);
    press(&mut app, "/hamburg\n");
    while app.work(std::time::Duration::ZERO) {}
    assert_eq!(app.list.rows().len(), all);
    assert_eq!(app.list.selected, hamburg[0]);
    assert_eq!(app.match_position(), Some((Some(1), n)));
    press(&mut app, "n");
    while app.work(std::time::Duration::ZERO) {}
    assert_eq!(app.match_position(), Some((Some(2), n)));
    // N from the first match goes round to the last.
    press(&mut app, "NN");
    while app.work(std::time::Duration::ZERO) {}
    assert_eq!(app.match_position(), Some((Some(n), n)));
    // Tab in the `/` prompt: narrowing instead; in the `&` prompt,
    // finding.
    press(&mut app, "/");
    key(&mut app, KeyEvent::from(KeyCode::Tab));
    assert!(app.narrowing);
    press(&mut app, "xylophone\n");
    assert!(app.list.rows().is_empty());
    assert!(app.message.as_deref().unwrap().contains("nothing matches"));
    press(&mut app, "\u{1b}&osaka");
    key(&mut app, KeyEvent::from(KeyCode::Tab));
    while app.work(std::time::Duration::ZERO) {}
    assert!(!app.narrowing);
    assert_eq!(app.list.rows().len(), all);
    assert_eq!(app.current().unwrap().id, "2019-osaka");
}

/// The dataset's records in the list's first order: oldest first.
fn app_rows<'d>(d: &'d Dataset<'d>) -> Vec<&'d summit::Encounter<'d>> {
    d.chronological()
}

/// Narrowing finds a person under any spelling in use.
#[test]
fn narrowing_finds_a_person_under_any_spelling() {
    let d = crate::cli::record();
    let narrowed = |text: &str| {
        let mut app = App::new(&d, Filter::default());
        press(&mut app, &format!("&{text}\n"));
        ids(&app)
    };
    let zelenskiy = narrowed("zelenskiy");
    assert!(!zelenskiy.is_empty());
    for spelling in ["zelensky", "zelenskyy"] {
        assert_eq!(narrowed(spelling), zelenskiy, "{spelling}");
    }
}

/// Esc undoes what is on, one thing at a time: a narrowing, a kept
/// search; then, pressed twice, every filter (years, picks, kinds).
#[test]
fn esc_clears_a_search_then_twice_every_filter() {
    let d = crate::cli::record();
    let mut app = App::new(&d, Filter::default());
    let all = d.encounters.len();
    press(&mut app, "t2018\n1");
    assert!(app.list.rows().len() < all);
    press(&mut app, "/helsinki\n");
    assert_eq!(app.search.last, "helsinki");
    press(&mut app, "\u{1b}");
    assert_eq!(app.search.last, "");
    assert!(app.list.rows().len() < all);
    press(&mut app, "\u{1b}");
    assert_eq!(
        app.message.as_deref(),
        Some("Esc again clears every filter")
    );
    assert!(app.list.rows().len() < all);
    // Another key in between: the offer lapses.
    press(&mut app, "j\u{1b}");
    assert!(app.list.rows().len() < all);
    press(&mut app, "\u{1b}");
    assert_eq!(app.list.rows().len(), all);
    assert!(app.list.describe_filters().is_empty());
    assert!(!app.list.kinds.contains(&false));
    assert!(!app.quit);
}
