//! Every view at the widths people's terminals have: snapshots at 60, 80
//! and 132 columns, and the rules each must keep at any width.

use std::collections::HashSet;
use std::process::Stdio;

use predicates::prelude::*;

use crate::common::{
    binary, fixture, json_ids, process, record_count, require, runs, stdout_of, summit,
};

/// The views people read, by name.
const VIEWS: [(&str, &[&str]); 6] = [
    ("list", &["list"]),
    ("show", &["show", "2018-helsinki"]),
    ("timeline", &["timeline"]),
    ("stats", &["stats", "--today", "2026-11-29"]),
    ("search", &["search", "election"]),
    ("quotes", &["quotes", "--speaker", "putin"]),
];

/// `args` at `width` columns, with colour `on` or off.
fn view(args: &[&str], width: usize, colour: bool) -> String {
    let mut all = vec![
        "--width".to_string(),
        width.to_string(),
        "--color".to_string(),
        if colour { "always" } else { "never" }.to_string(),
    ];
    all.extend(args.iter().map(ToString::to_string));
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    stdout_of(&all)
}

/// `s` without its escape sequences.
fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_view_at_60_80_and_132_columns() {
    for (name, args) in VIEWS {
        for width in [60, 80, 132] {
            let out = view(args, width, false);
            insta::assert_snapshot!(format!("{name}_{width}"), out);
            // The spaces that hold a date together while wrapping are
            // plain spaces again when printed.
            assert!(!out.contains('\u{a0}'), "{name} at {width}: {out:?}");
            for line in out.lines() {
                // Long URLs in show's source list may run past the edge
                // rather than break; nothing else does.
                if line.contains("://") {
                    continue;
                }
                assert!(
                    unicode_width(line) <= width,
                    "{name} at {width}: {} columns\n{line}\n{out}",
                    unicode_width(line)
                );
            }
        }
    }
}

fn unicode_width(s: &str) -> usize {
    // Every character summit draws is one column wide.
    s.chars().count()
}

/// Colour changes nothing but colour: the coloured view, its escapes
/// taken out, is the plain view, character for character.
#[test]
fn colour_never_moves_a_border() {
    for (name, args) in VIEWS {
        for width in [60, 80, 132] {
            let coloured = view(args, width, true);
            assert!(coloured.contains("\u{1b}["), "{name}: no colour");
            assert_eq!(
                plain(&coloured),
                view(args, width, false),
                "{name} at {width}"
            );
        }
    }
    // Highlighted matches too, several words at once.
    let coloured = view(&["search", "putin osaka"], 80, true);
    assert!(coloured.contains("\u{1b}[1m\u{1b}[33m"), "{coloured:?}");
    assert_eq!(
        plain(&coloured),
        view(&["search", "putin osaka"], 80, false)
    );
}

/// In the tables no id is broken and no word is split: every word on
/// screen is a whole word of what the cells hold.
#[test]
fn tables_break_lines_between_words() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["list", "--format", "json"])).unwrap();
    let mut words: HashSet<String> = HashSet::new();
    for e in json.as_array().unwrap() {
        for field in ["id", "city", "country", "title", "outcome"] {
            words.extend(
                e[field]
                    .as_str()
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(String::from),
            );
        }
    }
    // Dates and durations as the table writes them.
    let md = stdout_of(&["list", "--format", "markdown"]);
    for line in md.lines().skip(2) {
        for cell in line.split(" | ") {
            words.extend(cell.trim_matches('|').split_whitespace().map(String::from));
        }
    }
    for w in [
        "ID",
        "Date",
        "Place",
        "Title",
        "Kind",
        "Duration",
        "·",
        "by",
        "telephone",
    ] {
        words.insert(w.to_string());
    }
    for width in [40, 60, 80, 100, 132] {
        let out = view(&["list"], width, false);
        let (table, footer) = out.split_at(
            out.find(&format!("{n} of {n} records", n = record_count()))
                .unwrap(),
        );
        // The count, its tally and what is hidden: three lines from 80
        // columns.
        if width >= 80 {
            assert!(footer.lines().count() <= 3, "{footer}");
        }
        for line in table.lines().filter(|l| !l.starts_with('─')) {
            for word in line.split_whitespace() {
                let word = word.trim_end_matches(',');
                assert!(
                    words.contains(word) || words.contains(&format!("{word},")),
                    "at {width}: {word:?} is not a whole word\n{out}"
                );
            }
        }
        for id in json_ids(&stdout_of(&["list", "--format", "json"])) {
            assert!(out.contains(&id), "at {width}: {id} broken\n{out}");
        }
    }
}

/// At 100 columns the list stays short: at most two lines per record,
/// and at 132 mostly one.
#[test]
fn list_at_100_columns_stays_short() {
    let out = view(&["list"], 100, false);
    let n = record_count();
    let table = &out[..out.find(&format!("\n{n} of {n} records")).unwrap()];
    let rows = table.lines().count() - 2; // header, rule
    // Each record starts a line; lines that continue one start with spaces.
    let records = table
        .lines()
        .skip(2)
        .filter(|l| !l.starts_with(' '))
        .count();
    assert_eq!(records, n, "{out}");
    assert!(rows <= 2 * records, "{rows} lines\n{out}");
    let wide = view(&["list"], 132, false);
    let table = &wide[..wide.find(&format!("\n{n} of {n} records")).unwrap()];
    // A plan's date ("for 9 May 2020") has a line of its own.
    let continued = table
        .lines()
        .filter(|l| l.starts_with(' ') && !l.trim_start().starts_with("for "))
        .count();
    assert!(continued < n / 2, "{continued} continuation lines\n{wide}");
    assert!(out.contains("Title"), "{out}");
    // From 120 columns every default column shows.
    let wide = view(&["list"], 120, false);
    assert!(
        wide.contains("Duration") && !wide.contains("hidden"),
        "{wide}"
    );
}

/// Too narrow for every column, the least needed are left out and the
/// closing line says which; too narrow for what says where and what
/// happened (a list's place, a quote's encounter and date, a result's
/// title), each record is written as a block instead, and nothing is
/// left out.
#[test]
fn narrow_views_hide_only_what_can_go() {
    // The names are plain, with colour on too.
    let coloured = view(&["list"], 100, true);
    assert!(
        coloured.contains("(Duration hidden to fit the width)"),
        "{coloured:?}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["list", "--format", "json"])).unwrap();
    for width in [40, 60] {
        let out = view(&["list"], width, false);
        assert!(!out.contains("hidden"), "{out}");
        let n = record_count();
        assert!(out.contains(&format!("\n{n} of {n} records: ")), "{out}");
        for e in json.as_array().unwrap() {
            let id = e["id"].as_str().unwrap();
            assert!(out.contains(&format!("{id} · ")), "at {width}: {id}\n{out}");
            // A call has no place.
            let Some(city) = e["city"].as_str() else {
                continue;
            };
            let place = format!("{city}, {}", e["country"].as_str().unwrap());
            assert!(
                out.replace("\n  ", " ").contains(&place),
                "at {width}: {place}\n{out}"
            );
        }
    }
    // Each quote with its speaker, encounter and date.
    let quotes = view(&["quotes"], 60, false);
    assert!(!quotes.contains("hidden"), "{quotes}");
    assert!(
        quotes.contains("  — Vladimir Putin · 2025-moscow · said 15 Aug 2025\n"),
        "{quotes}"
    );
    assert!(
        view(&["quotes"], 100, false)
            .lines()
            .next()
            .unwrap()
            .contains("Record")
    );
    // Search results: the matched fields may go first; then blocks.
    let search = view(&["search", "election"], 80, false);
    assert!(
        search.contains("(Matched in hidden to fit the width)")
            || search.contains("\n  matched in "),
        "{search}"
    );
    let search = view(&["search", "election"], 60, false);
    assert!(
        search.contains("2019-osaka · 28 Jun 2019 · G20 bilateral meeting\n"),
        "{search}"
    );
    assert!(!search.contains("hidden"), "{search}");
}

/// Where `piece` (an id, a date) is broken across two lines of `out`: the
/// first ends with the start of it and the next starts with the rest,
/// whether the next line starts there (prose) or in the same column (a
/// table cell).
fn broken(out: &str, piece: &str) -> Option<String> {
    let lines: Vec<&str> = out.lines().collect();
    let cuts: Vec<usize> = piece
        .char_indices()
        .filter(|(_, c)| matches!(c, ' ' | '-' | '–'))
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    for pair in lines.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        for &cut in &cuts {
            let (head, tail) = (piece[..cut].trim_end(), piece[cut..].trim_start());
            if head.is_empty() || tail.is_empty() {
                continue;
            }
            // Prose: the line ends with the head, the next starts with the
            // tail.
            if a.trim_end().ends_with(head) && b.trim_start().starts_with(tail) {
                return Some(format!("{a}\n{b}"));
            }
            // A table: the head in a column, the tail below it.
            for (at, _) in a.match_indices(head) {
                let column = a[..at].chars().count();
                let below = b.char_indices().nth(column).map_or("", |(i, _)| &b[i..]);
                // A cell ends at the line's end or at the columns' gap of
                // two spaces or more; one space goes on in the same text.
                let rest = &a[at + head.len()..];
                let ends = rest.is_empty() || rest.starts_with("  ");
                // The head as a whole token: not the end of a longer word.
                let before = a[..at].chars().next_back();
                let starts = before.is_none_or(|c| !c.is_alphanumeric() && c != '-');
                if starts && below.starts_with(tail) && ends {
                    return Some(format!("{a}\n{b}"));
                }
            }
        }
    }
    None
}

/// No id or date is ever broken across lines, in any view, at any width
/// from 60 columns up; piped and as browse's detail shows them.
#[test]
fn ids_and_dates_never_break_at_any_width() {
    let mut pieces: Vec<String> = Vec::new();
    let d = crate::common::record();
    for e in &d.encounters {
        pieces.extend([e.id.to_string(), e.date.human(), e.date.human_long()]);
    }
    for c in &d.context {
        pieces.push(c.date.human());
    }
    pieces.extend(["29 Nov 2026".to_string(), "10 Mar 2026".to_string()]);
    // The check itself finds a broken date, in prose and in a table.
    assert!(broken("on 30 Nov – 1\nDec 2018 they", "30 Nov – 1 Dec 2018").is_some());
    assert!(broken("a  30 Nov – 1  b\nc  Dec 2018     d", "30 Nov – 1 Dec 2018").is_some());
    assert!(broken("state-visit-to-\nchina-2023", "state-visit-to-china-2023").is_some());
    assert!(broken("2017-hamburg  x\n2017-hamburg-dinner  y", "2017-hamburg").is_none());
    let widths = (60..=100).chain((104..=160).step_by(4));
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let titles: Vec<String> = (d.context.iter().map(|c| collapse(&c.title)))
        .chain(d.encounters.iter().map(|e| collapse(&e.title)))
        .collect();
    assert!(VIEWS.iter().any(|(name, _)| *name == "timeline"));
    for width in widths {
        for (name, args) in VIEWS {
            let out = view(args, width, false);
            if name == "timeline" {
                // The timeline cuts nothing: every title is there, word for word.
                let timeline = collapse(&out);
                assert!(!timeline.contains('…'), "timeline at {width}: {timeline}");
                for title in &titles {
                    assert!(timeline.contains(title), "timeline at {width}: {title}");
                }
            }
            for piece in &pieces {
                if let Some(at) = broken(&out, piece) {
                    panic!("{name} at {width}: {piece:?} broken:\n{at}\n\n{out}");
                }
            }
        }
    }
}

#[test]
fn piped_output_has_a_width() {
    let widest = |s: &str| s.lines().map(|l| l.chars().count()).max().unwrap();
    let out = stdout_of(&["list", "--columns", "id,occasion,summary"]);
    assert!(widest(&out) <= 100, "{out}");
    assert!(widest(&out) > 80, "{out}");
    let at = |columns: &str, args: &[&str]| {
        let out = summit()
            .args(args)
            .env("COLUMNS", columns)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let args = ["list", "--columns", "id,occasion,summary"];
    assert!(widest(&at("70", &args)) <= 70);
    // --width wins over COLUMNS.
    let mut wide = vec!["--width", "132"];
    wide.extend(args);
    assert!(widest(&at("70", &wide)) > 100);
    summit()
        .args(["--width", "5", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--width"));
}

#[test]
fn columns_choose_and_order() {
    let csv = stdout_of(&[
        "list",
        "--format",
        "csv",
        "--columns",
        "outcome,id",
        "--year",
        "2019",
    ]);
    // The proposal made at Osaka is a record of 2019 too.
    assert_eq!(
        csv,
        "outcome,id\r\nheld,2019-osaka\r\nproposed,2020-moscow\r\n"
    );
    let md = stdout_of(&[
        "list",
        "--format",
        "markdown",
        "--columns",
        "title,date",
        "--year",
        "2019",
    ]);
    assert_eq!(
        md,
        "| Title | Date |\n|---|---|\n| G20 bilateral meeting | 28 Jun 2019 |\n\
         | Victory Day invitation | 28 Jun 2019, for 9 May 2020 |\n"
    );
    let table = view(
        &["list", "--columns", "city,id", "--year", "2019"],
        80,
        false,
    );
    assert!(table.starts_with("City    ID"), "{table}");
    assert!(table.contains("Osaka   2019-osaka"), "{table}");
    summit()
        .args(["list", "--columns", "id,palce"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("palce").and(predicate::str::contains("'place'")))
        .stderr(predicate::str::contains(
            "For more information, try '--help'.",
        ));
    summit()
        .args(["list", "--format", "json", "--columns", "id"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--columns works with"));
}

#[test]
fn machine_formats_count_on_stderr() {
    for format in ["json", "csv", "markdown"] {
        summit()
            .args(["list", "--format", format])
            .assert()
            .success()
            .stdout(predicate::str::contains(" records").not())
            .stderr(format!(
                "{n} of {n} records: 4 meetings held, 4 informal encounters, \
                 3 cancelled meetings, 7 proposals, 5 calls, 2 envoy meetings\n",
                n = record_count()
            ));
    }
    let held = json_ids(&stdout_of(&[
        "list",
        "--format",
        "json",
        "--outcome",
        "held",
    ]))
    .len();
    summit()
        .args(["list", "--outcome", "held", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicate::str::ends_with(format!(
            "1 shown of {held} matching ({} records in all): 1 meeting held\n",
            record_count()
        )));
    summit()
        .args([
            "list",
            "--format",
            "csv",
            "--outcome",
            "held",
            "--limit",
            "1",
        ])
        .assert()
        .stderr(format!(
            "1 shown of {held} matching ({} records in all): 1 meeting held\n",
            record_count()
        ));
}

#[test]
fn an_empty_dataset_is_not_a_failed_filter() {
    let empty = r#"{"title": "t", "description": "d", "updated": "2026-11-29",
        "sources": [], "encounters": []}"#;
    summit()
        .args(["--data", "-", "list"])
        .write_stdin(empty)
        .assert()
        .success()
        .stdout("")
        .stderr("summit: the dataset has no records\n");
    summit()
        .args(["--data", "-", "list", "--year", "2018"])
        .write_stdin(empty)
        .assert()
        .stderr(predicate::str::contains("match the filters").not());
}

#[test]
fn stats_writes_durations_and_dates_one_way() {
    let out = stdout_of(&["stats", "--today", "2026-11-29"]);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "9 h 20 min (the sources differ on 5 lengths: 8 h 30 min to 9 h 46 min in all)"
        ),
        "{out}"
    );
    assert!(out.contains("12 Apr 2017, envoy meeting)"), "{out}");
    assert!(!out.contains(" 0 min"), "{out}");
    let none = stdout_of(&["stats", "--outcome", "proposed", "--today", "2026-11-29"]);
    assert!(
        none.contains("Time together in person:      none in these records"),
        "{none}"
    );
    // At 60 columns the figures wrap under their labels.
    let narrow = view(&["stats", "--today", "2026-11-29"], 60, false);
    assert!(
        narrow.contains("  Longest gap between meetings:\n      6 years"),
        "{narrow}"
    );
}

#[test]
fn no_color_with_color_always_is_whole_colour() {
    for args in [
        &["list"][..],
        &["show", "helsinki"],
        &["search", "election"],
        &["stats"],
    ] {
        let out = summit()
            .args(["--color", "always"])
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("\u{1b}["), "{args:?}: no colour");
        assert!(!text.contains("\u{1b}[m"), "{args:?}: a bare reset");
    }
}

#[test]
fn ascii_is_pure_ascii() {
    let datasets = [None, Some(fixture("other-leaders.json"))];
    for data in datasets {
        let mut cmd = summit();
        if let Some(path) = &data {
            cmd.arg("--data").arg(path);
        }
        let out = cmd.args(["timeline", "--ascii"]).output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("10-11 Nov 2017") || data.is_some(), "{text}");
        let odd: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
        assert!(odd.is_empty(), "{odd:?}\n{text}");
    }
}

/// On a terminal (util-linux `script`), long output goes through the
/// pager: `$SUMMIT_PAGER`, else `$PAGER`; never with `--no-pager`, never
/// when piped.
#[test]
#[ignore = "needs script (util-linux): cargo test -- --include-ignored (bash .ci/run installs it)"]
fn a_pager_on_terminals_only() {
    require(runs("script"), "script", "util-linux (Debian's bsdutils)");
    let run = |env: &[(&str, &str)], flags: &str| {
        let mut cmd = process("script");
        cmd.args([
            "-qec",
            &format!("{} {flags} list --year 2019", binary().display()),
            "/dev/null",
        ])
        .env("COLUMNS", "100")
        .stdin(Stdio::null());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).replace('\r', "")
    };
    let paged = run(&[("SUMMIT_PAGER", "sed 's/^/paged: /'")], "");
    assert!(paged.contains("paged: 2019-osaka"), "{paged}");
    let paged = run(&[("PAGER", "sed 's/^/by PAGER: /'")], "");
    assert!(paged.contains("by PAGER: 2019-osaka"), "{paged}");
    let both = run(
        &[
            ("SUMMIT_PAGER", "sed 's/^/mine: /'"),
            ("PAGER", "sed 's/^/theirs: /'"),
        ],
        "",
    );
    assert!(
        both.contains("mine: 2019-osaka") && !both.contains("theirs"),
        "{both}"
    );
    // An empty SUMMIT_PAGER means none, whatever PAGER says.
    let none = run(
        &[("SUMMIT_PAGER", ""), ("PAGER", "sed 's/^/theirs: /'")],
        "",
    );
    assert!(
        none.contains("2019-osaka") && !none.contains("theirs"),
        "{none}"
    );
    let direct = run(&[("SUMMIT_PAGER", "sed 's/^/paged: /'")], "--no-pager");
    assert!(
        direct.contains("2019-osaka") && !direct.contains("paged"),
        "{direct}"
    );
    // Piped, never.
    let piped = summit()
        .args(["list", "--year", "2019"])
        .env("SUMMIT_PAGER", "sed 's/^/paged: /'")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&piped.stdout).contains("paged"));
}

/// `--help` and the README give the same order for the width: --width,
/// then COLUMNS, then the terminal's, then 100; and summit keeps it.
#[test]
fn the_width_comes_from_one_order_everywhere() {
    let help = stdout_of(&["--help"]);
    let flag = help
        .split("--width <N>")
        .nth(1)
        .unwrap()
        .split("--no-pager")
        .next()
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let readme = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let sentence = readme
        .split(". ")
        .find(|s| s.contains("The width is"))
        .expect("the README says where the width comes from");
    for text in [&flag, &sentence.to_string()] {
        let at = |w: &str| text.find(w).unwrap_or_else(|| panic!("{w} in {text}"));
        assert!(
            at("COLUMNS") < at("terminal") && at("terminal") < at("100"),
            "{text}"
        );
    }
    // As summit does it: COLUMNS wins over the terminal (tested on one in
    // a_pager_on_terminals_only), --width over COLUMNS.
    let widest = |s: &str| s.lines().map(|l| l.chars().count()).max().unwrap();
    let out = summit()
        .args(["--width", "70", "list", "--columns", "id,summary"])
        .env("COLUMNS", "120")
        .output()
        .unwrap();
    assert!(widest(&String::from_utf8_lossy(&out.stdout)) <= 70);
}
