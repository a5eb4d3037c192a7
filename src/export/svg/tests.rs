//! Tests of the picture.

use super::frame::smallest_text;
use super::*;

/// The view box a size gives a drawing: as wide as it, its height
/// centred in the frame's; one too tall even so, whole, centred.
#[test]
fn a_size_heightens_the_view_around_the_drawing() {
    // 1200×300 in 16:9: 675 high, 187.5 above and below.
    assert_eq!(
        view(1200.0, 300.0, Some((1600, 900))),
        (0.0, -187.5, 1200.0, 675.0)
    );
    // 1200×900 in 16:9: too tall, 1600 across, 200 each side.
    assert_eq!(
        view(1200.0, 900.0, Some((1600, 900))),
        (-200.0, 0.0, 1600.0, 900.0)
    );
    assert_eq!(view(1200.0, 300.0, None), (0.0, 0.0, 1200.0, 300.0));
}

/// `f` of the timeline of every record and context event of `d`.
fn with_entries<R>(d: &crate::Dataset, f: impl FnOnce(&[timeline::Entry]) -> R) -> R {
    let shown: Vec<&crate::model::Encounter> = d.encounters.iter().collect();
    let context: Vec<&crate::model::ContextEvent> = d.context.iter().collect();
    let gaps = crate::gaps::of_record(d);
    f(&timeline::build(&gaps, &shown, &context))
}

/// Laid out for a slide's frame: the drawing fills its width (no
/// bands either side), its height within the frame's, and its text as
/// large as a projector wants it (a 48th of the frame's height) where
/// the records leave room, never smaller than a screen can read.
#[test]
fn a_slide_is_laid_out_for_its_frame() {
    // A few records: text at the projected size.
    let few = crate::testing::Build::new()
        .meeting("a", "2018-07-16", "held")
        .meeting("b", "2019-06-28", "held")
        .dataset();
    with_entries(&few, |entries| {
        for size in [(1920, 1080), (1600, 1200), (1280, 720)] {
            let layout = laid_out(entries, Some(size));
            let (vx, _, vw, vh) = view(layout.width, layout.height, Some(size));
            assert_eq!((vx, vw), (0.0, layout.width), "{size:?}");
            assert!(layout.height <= vh, "{size:?}");
            let text = smallest_text(&layout, size);
            assert!(
                (text - f64::from(size.1) / 48.0).abs() < 1e-6,
                "{size:?}: {text}"
            );
        }
    });
    // The whole fixture: still the frame's width, the text smaller
    // to fit, but readable.
    let d = crate::testing::record();
    with_entries(&d, |entries| {
        let layout = laid_out(entries, Some((1920, 1080)));
        let (vx, _, vw, vh) = view(layout.width, layout.height, Some((1920, 1080)));
        assert_eq!((vx, vw), (0.0, layout.width));
        assert!(layout.height <= vh);
        let text = smallest_text(&layout, (1920, 1080));
        assert!((READABLE_TEXT..=22.5).contains(&text), "{text}");
        // Without a size, the picture's own width.
        assert_eq!(laid_out(entries, None).width, WIDTH);
    });
}

/// The legend: each outcome's mark, its word 14 units on, and the next
/// mark 24 units after the word; the context mark last.
#[test]
fn the_legend_spaces_its_words_by_their_widths() {
    let mut out = Vec::new();
    legend(&mut out, true, &[]).unwrap();
    let svg = String::from_utf8(out).unwrap();
    let mut x = MARGIN;
    for o in Outcome::ALL {
        assert!(
            svg.contains(&format!(r#"<circle cx="{:.1}" cy="44""#, x + 5.0)),
            "{o}: {svg}"
        );
        assert!(
            svg.contains(&format!(
                r##"<text x="{:.1}" y="48" fill="#333333">{o}<"##,
                x + 14.0
            )),
            "{o}: {svg}"
        );
        x += 14.0 + text_width(o.as_str()) + 24.0;
    }
    assert!(
        svg.contains(&format!(r#"<rect x="{x:.1}" y="40""#)),
        "{svg}"
    );
    let mut out = Vec::new();
    legend(&mut out, false, &[]).unwrap();
    assert!(!String::from_utf8(out).unwrap().contains("context"));
}

/// A title says what the picture shows: the years of its axis, in
/// place of those the dataset's title ends with, and how many of the
/// records when filters left some out.
#[test]
fn the_title_says_what_is_shown() {
    let d = crate::testing::record();
    let title = |years: std::ops::RangeInclusive<i32>| {
        let shown: Vec<&crate::model::Encounter> = d
            .encounters
            .iter()
            .filter(|e| years.contains(&e.date.start().year()))
            .collect();
        let selection = Selection {
            dataset: &d,
            encounters: &shown,
            context: &[],
        };
        let gaps = crate::gaps::of_record(&d);
        let layout = Layout::of(&timeline::build(&gaps, &shown, &[]));
        (title_of(&selection, axis_years(&layout)), shown.len())
    };
    let total = d.encounters.len();
    let (one, n) = title(2018..=2018);
    assert_eq!(
        one,
        format!(
            "{}, 2018 — {n} of {total} records shown",
            without_years(&d.title)
        )
    );
    let (two, n) = title(2017..=2018);
    assert_eq!(
        two,
        format!(
            "{}, 2017–2018 — {n} of {total} records shown",
            without_years(&d.title)
        )
    );
    let (all, _) = title(2000..=2100);
    assert_eq!(all, format!("{}, 2017–2025", without_years(&d.title)));
    for (written, stem) in [
        ("Trump–Putin contacts, 2016–2026", "Trump–Putin contacts"),
        ("Talks (2019-2023)", "Talks"),
        ("Encounters since 2019", "Encounters since 2019"),
        ("Talks, 2019", "Talks"),
        (
            "Encounters between two leaders",
            "Encounters between two leaders",
        ),
        ("G20 summits", "G20 summits"),
    ] {
        assert_eq!(without_years(written), stem, "{written}");
    }
}
