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
    assert_eq!(v[0]["encounter"], "hamburg-2017");
    let csv = stdout_of(&["quotes", "--format", "csv", "--speaker", "mccain"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        &rows[0][1],
        "no prior president has ever abased himself more abjectly before a tyrant."
    );
    assert_eq!(&r.headers().unwrap()[3], "variants");
    assert_eq!(&rows[0][4], "helsinki-2018");
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
    let show = flat(stdout_of(&["show", "da-nang-2017"]));
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
    assert_eq!(crate::common::search_ids("disciplined"), ["da-nang-2017"]);
}
