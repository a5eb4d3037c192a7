//! `summit timeline`.

use crate::common::{at_width, other, stdout_of};

#[test]
fn timeline_snapshot() {
    let out = at_width(100, &["timeline"]);
    insta::assert_snapshot!("timeline", out);
}

#[test]
fn timeline_ascii_without_context_snapshot() {
    insta::assert_snapshot!(
        "timeline_ascii_other",
        other(&["timeline", "--ascii", "--no-context"])
    );
}

#[test]
fn timeline_marks_gaps_and_context() {
    let out = stdout_of(&["timeline"]);
    assert!(out.contains("6 years 1 month 18 days without meeting in person"));
    // Proposed and cancelled records neither open nor close a gap.
    assert!(!out.contains("5 years 3 months 6 days"));
    assert!(out.contains("Russia's full-scale invasion of Ukraine"));
    assert!(!stdout_of(&["timeline", "--no-context"]).contains("invasion"));
    // Each kind has its own marker, and the legend names them.
    let first = out.lines().next().unwrap();
    assert_eq!(
        first,
        "● held   ◐ informal   ✕ cancelled   ○ proposed   ☎ call   ▲ envoy meeting   ◆ context"
    );
    let line = |start: &str, end: &str| {
        out.lines()
            .any(|l| l.starts_with(start) && l.trim_end().ends_with(end))
    };
    assert!(
        line(
            "  ☎  18 Mar 2025 ",
            "Call on an energy-infrastructure truce (call)"
        ),
        "{out}"
    );
    assert!(
        line(
            "  ▲  6 Aug 2025 ",
            "Moscow, Russia: Witkoff's meeting before the sanctions deadline"
        ),
        "{out}"
    );
    assert!(out.contains("deadline\n"), "{out}");
    // A plan is said after its kind.
    assert!(
        out.contains("Moscow, Russia: Victory Day invitation (proposed, for 9 May 2020)"),
        "{out}"
    );
    let ascii = stdout_of(&["timeline", "--ascii"]);
    assert!(ascii.starts_with(
        "* held   ~ informal   x cancelled   o proposed   = call   + envoy meeting   - context"
    ));
    assert!(
        !ascii.contains(['●', '◐', '✕', '○', '◆', '│', '☎', '▲']),
        "{ascii}"
    );
    // The meetings alone: no call or envoy mark in the legend.
    let meetings = stdout_of(&["timeline", "--channel", "meeting", "--no-context"]);
    assert_eq!(
        meetings.lines().next().unwrap(),
        "● held   ◐ informal   ✕ cancelled   ○ proposed"
    );
}

#[test]
fn timeline_filters_and_fits_the_width() {
    let out = stdout_of(&["timeline", "--year", "2018"]);
    assert!(out.contains("Helsinki summit") && !out.contains("Alaska"));
    let text = at_width(50, &["timeline"]);
    assert!(
        text.lines().skip(1).all(|l| l.chars().count() <= 50),
        "{text}"
    );
}

/// The date column leaves the words three fifths of the line: at 60
/// columns a term of office stands on its own line with its words beneath,
/// and the rest start where the column ends; at 100 every date fits.
#[test]
fn a_long_date_stands_on_its_own_line_when_the_words_need_the_room() {
    let narrow = at_width(60, &["timeline"]);
    let lines: Vec<&str> = narrow.lines().collect();
    let term = lines
        .iter()
        .position(|l| l.trim_end().ends_with("20 Jan 2017 – 20 Jan 2021"))
        .unwrap_or_else(|| panic!("{narrow}"));
    let column = |l: &str| l.chars().take_while(|c| *c == ' ').count();
    assert_eq!(lines[term + 1].trim(), "Trump's first term", "{narrow}");
    let hamburg = lines
        .iter()
        .find(|l| l.contains("7 Jul 2017") && l.contains("Hamburg"))
        .unwrap_or_else(|| panic!("{narrow}"));
    let words = hamburg.find("Hamburg").unwrap();
    let words = hamburg[..words].chars().count();
    assert_eq!(column(lines[term + 1]), words, "{narrow}");
    assert!(60 - words >= 36, "{narrow}");
    // Too narrow for any date beside its words: each on its own line.
    let tiny = at_width(24, &["timeline", "--year", "2017"]);
    assert!(
        tiny.contains("\n  ☎  2 May 2017\n       First call since"),
        "{tiny}"
    );
    let wide = at_width(100, &["timeline"]);
    assert!(
        wide.lines()
            .any(|l| l.contains("20 Jan 2017 – 20 Jan 2021  Trump's first term")),
        "{wide}"
    );
}

#[test]
fn timeline_json_has_ordered_entries_and_gaps() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["timeline", "--format", "json"])).unwrap();
    let entries = v.as_array().unwrap();
    assert_eq!(entries[0]["kind"], "context");
    let gaps: Vec<&serde_json::Value> = entries.iter().filter(|e| e["kind"] == "gap").collect();
    let gaps: Vec<(&str, &str, &str)> = gaps
        .iter()
        .map(|g| {
            (
                g["from"].as_str().unwrap(),
                g["to"].as_str().unwrap(),
                g["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        gaps,
        [
            ("2017-da-nang", "2018-helsinki", "8 months 5 days"),
            ("2018-buenos-aires-dinner", "2019-osaka", "6 months 29 days"),
            ("2019-osaka", "2025-alaska", "6 years 1 month 18 days"),
        ]
    );
    assert_eq!(
        entries.iter().filter(|e| e["kind"] == "record").count(),
        crate::common::record_count()
    );
}
