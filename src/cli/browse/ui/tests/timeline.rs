//! The full-screen timeline: year and month labels that never collide,
//! labels joined to their marks, and a note when labels are left out.

use super::*;

/// Each character of `keys` pressed.
fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The timeline at `width`×`height`, zoomed `zooms` times, as lines of
/// characters.
fn timeline(app: &App, width: u16, height: u16) -> Vec<Vec<char>> {
    screen(app, width, height)
        .lines()
        .map(|l| {
            format!("{l:<width$}", width = usize::from(width))
                .chars()
                .collect()
        })
        .collect()
}

/// The axis's line: the one with the ticks.
fn axis(lines: &[Vec<char>]) -> usize {
    lines
        .iter()
        .position(|l| l.contains(&'┼'))
        .expect("an axis with ticks")
}

#[test]
fn tick_labels_never_touch_at_any_width_or_zoom() {
    let d = crate::cli::record();
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    for width in (60..=160).step_by(9) {
        let mut app = App::new(&d, Filter::default());
        keys(&mut app, &"j".repeat(d.encounters.len() / 2));
        keys(&mut app, "T");
        for zoom in 0..7 {
            let lines = timeline(&app, width, 40);
            let below: String = lines[axis(&lines) + 1].iter().collect();
            let inner = below.trim_matches('│');
            let words: Vec<&str> = inner.split_whitespace().collect();
            assert!(!words.is_empty(), "{width} ×{zoom}: {below}");
            // Each word a year or a month: two labels that touched would
            // run together ("20172018", "Jan2019").
            for w in &words {
                let year = w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
                assert!(
                    year || months.contains(w),
                    "{width} ×{zoom}: {w:?} in {below}"
                );
            }
            keys(&mut app, "+");
        }
    }
}

/// Every label drawn stands on its mark: its first or last character is
/// in the mark's column, and that column is never blank between the
/// label and the axis.
#[test]
fn labels_are_joined_to_their_marks() {
    let d = crate::cli::record();
    for (width, height, zoom) in [
        (120, 40, ""),
        (100, 30, "++"),
        (80, 24, ""),
        (80, 24, "++++"),
    ] {
        let mut app = App::new(&d, Filter::default());
        keys(&mut app, &"j".repeat(d.encounters.len() / 3));
        keys(&mut app, "T");
        keys(&mut app, zoom);
        let lines = timeline(&app, width, height);
        let axis = axis(&lines);
        let marks: Vec<&str> = summit::RecordKind::ALL
            .iter()
            .map(|k| summit::render::timeline::marker(*k, false))
            .collect();
        let mut seen = 0;
        for e in &d.encounters {
            // The label whole, or its title shortened.
            let date = e.date.human();
            let title: Vec<char> = e.title.chars().collect();
            let forms: Vec<Vec<char>> = std::iter::once(format!("{} · {date}", e.title))
                .chain((1..title.len()).map(|k| {
                    let cut: String = title[..k].iter().collect();
                    format!("{}… · {date}", cut.trim_end())
                }))
                .map(|f| f.chars().collect())
                .collect();
            // Under the frame's top line, which may name the selection.
            for (row, line) in lines[..axis].iter().enumerate().skip(1) {
                let Some((x, label)) = forms.iter().find_map(|label| {
                    let x = line
                        .windows(label.len())
                        .position(|w| w == label.as_slice())?;
                    Some((x, label))
                }) else {
                    continue;
                };
                seen += 1;
                let joined = [x, x + label.len() - 1].into_iter().any(|col| {
                    marks.contains(&lines[axis][col].to_string().as_str())
                        && (row + 1..axis).all(|r| lines[r][col] != ' ')
                });
                assert!(
                    joined,
                    "{width}×{height}: {:?} at {x} not joined to its mark: {:?}\n{}",
                    e.id,
                    (row..=axis).map(|r| lines[r][x]).collect::<String>(),
                    lines
                        .iter()
                        .map(|l| l.iter().collect::<String>())
                        .collect::<Vec<_>>()
                        .join("\n")
                );
            }
        }
        assert!(seen >= 3, "{width}×{height} {zoom}: {seen}");
    }
}

/// Labels left out for room are counted at the foot of the timeline: the
/// records', and the context events' whose marks alone are drawn.
#[test]
fn labels_left_out_are_counted() {
    let d = crate::cli::record();
    for (width, height, context) in [(120, 40, true), (60, 20, true), (60, 20, false)] {
        let mut app = App::new(&d, Filter::default());
        keys(&mut app, "T");
        if !context {
            keys(&mut app, "c");
        }
        let text = screen(&app, width, height);
        // The timeline's own lines, without its frame's top line.
        let body: String = text.lines().skip(1).collect::<Vec<_>>().join("\n");
        // A label drawn whole, or its title shortened ("G20 bilat… · 7 Jul
        // 2017").
        let drawn = d
            .encounters
            .iter()
            .filter(|e| {
                let date = e.date.human();
                let title: Vec<char> = e.title.chars().collect();
                body.contains(&format!("{} · {date}", e.title))
                    || (1..title.len()).any(|k| {
                        let cut: String = title[..k].iter().collect();
                        body.contains(&format!("{}… · {date}", cut.trim_end()))
                    })
            })
            .count();
        let context_missing = if context {
            d.context
                .iter()
                .filter(|c| {
                    let head: String = c.title.chars().take(12).collect();
                    !body.contains(&head)
                })
                .count()
        } else {
            0
        };
        let left_out = d.encounters.len() - drawn + context_missing;
        let foot = text.lines().rfind(|l| l.starts_with('└')).unwrap();
        if left_out == 0 {
            assert!(!foot.contains("left out"), "{foot}");
        } else {
            let noun = if left_out == 1 { "label" } else { "labels" };
            assert!(
                foot.contains(&format!(" {left_out} {noun} left out")),
                "{width}×{height}: {left_out}: {foot}\n{text}"
            );
        }
    }
}

/// The timeline's foot names the selection, its title shortened to the
/// room the note of labels left out leaves, the two never run together.
#[test]
fn the_foot_names_the_selection_beside_the_note() {
    let d = crate::cli::record();
    for width in [60u16, 80, 120] {
        let mut app = App::new(&d, Filter::default());
        keys(&mut app, "T");
        let text = screen(&app, width, 20);
        let foot = text.lines().rfind(|l| l.starts_with('└')).unwrap();
        let e = app.current().unwrap();
        if foot.contains("left out") {
            let (left, _) = foot.split_once(" labels left out").unwrap();
            // The selection, whole or shortened, then the border's line
            // before the note's count.
            if let Some(at) = left.find(" selected: ") {
                let named = &left[at..];
                assert!(
                    named.contains(&format!(" · {} ─", e.date.human())),
                    "{foot}"
                );
            }
        } else {
            assert!(
                foot.contains(&format!(" selected: {} · {} ", e.title, e.date.human())),
                "{foot}"
            );
        }
    }
}
