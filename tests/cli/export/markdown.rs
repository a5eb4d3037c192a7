//! Markdown, wherever summit writes it, escapes every character Markdown
//! would read as markup: underscores, stars, backticks, brackets, angle
//! brackets and pipes. Only URLs, written as autolinks, stay whole.

use crate::common::{fixture, summit};

/// Text of the fixture as it must read once escaped, and as it must never
/// appear raw.
const ESCAPED: [(&str, &str); 8] = [
    ("Talks_on *arms*", "Talks\\_on \\*arms\\*"),
    ("snake_case_words", "snake\\_case\\_words"),
    ("A `code` | pipe", "A \\`code\\` \\| pipe"),
    ("We _will_ meet [again].", "We \\_will\\_ meet \\[again\\]."),
    ("Ann_Varga", "Ann\\_Varga"),
    ("Bo <Lind>", "Bo \\<Lind\\>"),
    ("arms_control", "arms\\_control"),
    ("report_1", "report\\_1"),
];

fn markdown(args: &[&str]) -> String {
    let data = fixture("markdown/marks.json");
    let out = summit()
        .arg("--data")
        .arg(&data)
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_markdown_view_escapes_markup() {
    for args in [
        &["export", "--format", "markdown"][..],
        &["show", "a", "--format", "markdown"],
        &["quotes", "--format", "markdown"],
        &[
            "list",
            "--format",
            "markdown",
            "--columns",
            "title,participants,topics,summary",
        ],
    ] {
        let md = markdown(args);
        // Each view shows some of the fields; none of them raw.
        for (raw, _) in ESCAPED {
            assert!(!md.contains(raw), "{args:?}: {raw} unescaped\n{md}");
        }
        assert!(
            md.contains(ESCAPED[0].1) || md.contains(ESCAPED[3].1),
            "{args:?}\n{md}"
        );
    }
    let all = markdown(&["export", "--format", "markdown"]);
    for (_, escaped) in ESCAPED {
        assert!(all.contains(escaped), "{escaped}\n{all}");
    }
    // A URL is an autolink, whole.
    assert!(all.contains("<https://example.org/a_b>"), "{all}");
}

/// The corrections note of `diff` escapes the old and new text too.
#[test]
fn the_corrections_note_escapes_markup() {
    let dir = tempfile::tempdir().unwrap();
    let old = fixture("markdown/marks.json");
    let text = std::fs::read_to_string(&old)
        .unwrap()
        .replace("Talks_on *arms*", "Talks_on *arms* [revised]");
    let new = dir.path().join("new.json");
    std::fs::write(&new, text).unwrap();
    let out = summit()
        .args(["diff", "--format", "markdown"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("Talks\\_on \\*arms\\* \\[revised\\]"), "{md}");
    assert!(!md.contains("Talks_on"), "{md}");
}
