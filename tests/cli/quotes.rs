//! `summit quotes`.

use crate::common::{at_width, other, stdout_of};

#[test]
fn quotes_snapshot() {
    let out = at_width(120, &["quotes"]);
    insta::assert_snapshot!("quotes", out);
}

#[test]
fn quotes_by_speaker_in_every_format() {
    let d = crate::common::record();
    let all = d.encounters.iter().flat_map(|e| &e.quotes);
    let by_trump = all.clone().filter(|q| q.speaker.contains("Trump")).count();
    let table = stdout_of(&["--width", "200", "quotes", "--speaker", "trump"]);
    assert!(table.contains("“Don’t meddle in the election.”"));
    assert!(table.contains(&format!("{by_trump} quotes")), "{table}");
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["quotes", "--format", "json"])).unwrap();
    assert_eq!(v.as_array().unwrap().len(), all.count());
    assert_eq!(v[0]["record"], "2017-04-12-tillerson");
    let csv = stdout_of(&[
        "quotes",
        "--format",
        "csv",
        "--speaker",
        "mccain",
        "--channel",
        "meeting",
    ]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        &rows[0][1],
        "no prior president has ever abased himself more abjectly before a tyrant."
    );
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "speaker",
            "text",
            "context",
            "said",
            "variants",
            "record",
            "record_date"
        ]
    );
    assert_eq!(&rows[0][5], "2018-helsinki");
    assert!(
        other(&["--width", "200", "quotes"])
            .contains("We have, at last, a common net; and a common catch.")
    );
}

/// Renderings of one remark are one quote with its variants, and every
/// view shows them as such, each with its own sources.
#[test]
fn every_view_shows_the_other_renderings_of_a_remark() {
    let punished = "They will be punished for that.";
    let disciplined = "But they will be disciplined for that.";
    let flat = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let show = flat(stdout_of(&["show", "2017-da-nang"]));
    assert!(
        show.contains(&format!("“{punished}”"))
            && show.contains(&format!("also rendered: “{disciplined}” [")),
        "{show}"
    );
    let table = flat(stdout_of(&[
        "--width",
        "200",
        "quotes",
        "--speaker",
        "putin",
    ]));
    assert!(
        table.contains(&format!("also rendered: “{disciplined}”")),
        "{table}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "quotes",
        "--format",
        "json",
        "--speaker",
        "putin",
    ]))
    .unwrap();
    let q = json
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"] == punished)
        .unwrap();
    assert_eq!(q["variants"][0]["text"], disciplined);
    assert_eq!(q["variants"][0]["sources"][0], "russia-embassy-2017-11-11");
    let csv = stdout_of(&["quotes", "--format", "csv", "--speaker", "putin"]);
    assert!(csv.contains(&format!("{punished},")) && csv.contains(disciplined));
    let md = stdout_of(&["quotes", "--format", "markdown", "--speaker", "putin"]);
    assert!(
        md.contains(&format!("> Also rendered: “{disciplined}” [")),
        "{md}"
    );
    // Each quote is a blockquote of its own: a blank line before the next.
    let lines: Vec<&str> = md.lines().collect();
    let opening = lines.iter().filter(|l| l.starts_with("> “")).count();
    assert!(opening > 1, "{md}");
    for (i, line) in lines.iter().enumerate().skip(1) {
        if line.starts_with("> “") {
            assert_eq!(lines[i - 1], "", "quote {i} joins the one before:\n{md}");
        }
    }
    for format in ["markdown", "html", "markwhen"] {
        let out = stdout_of(&["export", "--format", format, "--year", "2017"]);
        assert!(out.contains(disciplined), "{format}");
        assert!(out.contains("lso rendered"), "{format}");
    }
    // Search finds a remark by any of its renderings.
    assert_eq!(crate::common::search_ids("disciplined"), ["2017-da-nang"]);
}

/// A remark is found under any of its renderings, the first, a later
/// one, or only a variant's: by search and by `list --text`.
#[test]
fn a_remark_is_found_under_every_rendering() {
    for (words, id) in [
        // The quote's own text.
        ("punished for that", "2017-da-nang"),
        // Its only variant.
        ("disciplined for that", "2017-da-nang"),
        // The first and the second of two variants.
        ("be my guest", "2018-moscow"),
        ("the same invitation", "2018-moscow"),
    ] {
        assert_eq!(
            crate::common::search_ids(&format!("\"{words}\"")),
            [id],
            "search {words}"
        );
        assert_eq!(
            crate::common::list_ids(&["--text", &format!("\"{words}\"")]),
            [id],
            "--text {words}"
        );
    }
}

/// A quote is dated by the day it was said: its own `said`, else its
/// record's date. Every view of quotes gives that day, and `--year`,
/// `--from` and `--to` choose quotes by it.
#[test]
fn every_view_dates_a_quote_by_the_day_it_was_said() {
    let bolton = "after the first of the year";
    let flat = |s: String| {
        s.replace('\u{a0}', " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // The record (2018-washington) was made public on 19 Jul 2018;
    // Bolton spoke on 25 Jul.
    let table = flat(stdout_of(&[
        "--width",
        "200",
        "quotes",
        "--speaker",
        "bolton",
    ]));
    assert!(table.contains("Record Said"), "{table}");
    assert!(table.contains("2018-washington 25 Jul 2018"), "{table}");
    let blocks = flat(stdout_of(&[
        "--width",
        "60",
        "quotes",
        "--speaker",
        "bolton",
    ]));
    assert!(
        blocks.contains("— John Bolton · 2018-washington · said 25 Jul 2018"),
        "{blocks}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "quotes",
        "--format",
        "json",
        "--speaker",
        "bolton",
    ]))
    .unwrap();
    let q = json
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"].as_str().unwrap().contains(bolton))
        .unwrap();
    assert_eq!(
        (q["said"].as_str(), q["record_date"].as_str()),
        (Some("2018-07-25"), Some("2018-07-19"))
    );
    let csv = stdout_of(&["quotes", "--format", "csv", "--speaker", "bolton"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let row = r
        .records()
        .map(Result::unwrap)
        .find(|row| row[1].contains(bolton))
        .unwrap();
    assert_eq!(
        (&row[3], &row[5], &row[6]),
        ("2018-07-25", "2018-washington", "2018-07-19")
    );
    let md = flat(stdout_of(&[
        "quotes",
        "--format",
        "markdown",
        "--speaker",
        "bolton",
    ]));
    assert!(
        md.contains("> — John Bolton, Invitation to Washington, 25 Jul 2018 ["),
        "{md}"
    );
    let show = flat(stdout_of(&["show", "2018-washington"]));
    assert!(show.contains("· said 25 Jul 2018 ["), "{show}");
    // A quote without a day of its own is dated by its record.
    let sanders = flat(stdout_of(&[
        "--width",
        "200",
        "quotes",
        "--speaker",
        "sanders",
        "--year",
        "2018",
    ]));
    assert!(sanders.contains("2018-washington 19 Jul 2018"), "{sanders}");
    // Chosen by the day said: the Budapest summit was made public in
    // October 2025; Trump's "wasted meeting" came on the 21st.
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "quotes",
        "--format",
        "json",
        "--from",
        "2025-10-21",
        "--to",
        "2025-10-21",
    ]))
    .unwrap();
    let texts: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["I don't want to have a wasted meeting,"]);
}

/// In quotes CSV, as in every list cell, the variants column holds one
/// rendering per line.
#[test]
fn quotes_csv_gives_each_rendering_a_line() {
    let csv = stdout_of(&["quotes", "--format", "csv", "--speaker", "putin"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let d = crate::common::record();
    for q in d
        .encounters
        .iter()
        .flat_map(|e| &e.quotes)
        .filter(|q| q.speaker.contains("Putin"))
    {
        let row = rows.iter().find(|row| &row[1] == q.text.as_ref()).unwrap();
        let lines: Vec<&str> = if row[4].is_empty() {
            Vec::new()
        } else {
            row[4].split('\n').collect()
        };
        let variants: Vec<&str> = q.variants.iter().map(|v| v.text.as_ref()).collect();
        assert_eq!(lines, variants, "{}", q.text);
    }
    assert!(
        rows.iter().any(|row| row[4].contains('\n'))
            || d.encounters
                .iter()
                .flat_map(|e| &e.quotes)
                .all(|q| q.variants.len() < 2)
    );
}

/// Quotes come in the order they were said, whatever their records'
/// dates: a remark made at Anchorage, filed under the invitation of
/// February, comes after the calls of the spring.
#[test]
fn quotes_are_in_the_order_said() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["quotes", "--format", "json"])).unwrap();
    let said: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["said"].as_str().unwrap().to_string())
        .collect();
    let days: Vec<summit::EdtfDate> = said
        .iter()
        .map(|d| summit::EdtfDate::parse(d).unwrap())
        .collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{said:?}");
    // And the record dates are not in that order: the sort is the day said.
    let records: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["record_date"].as_str().unwrap())
        .collect();
    let mut sorted = records.clone();
    sorted.sort_unstable();
    assert_ne!(records, sorted);
}
