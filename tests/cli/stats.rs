//! `summit stats`.

use crate::common::{other, stdout_of, summit};

#[test]
fn stats_snapshot_and_json() {
    insta::assert_snapshot!("stats", stdout_of(&["stats", "--today", "2026-11-29"]));
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["stats", "--format", "json"])).unwrap();
    assert_eq!(v["face_to_face_minutes"], 560);
    assert_eq!(v["face_to_face_undocumented"], 2);
    assert_eq!(v["totals"]["total"], crate::common::record_count());
    assert_eq!(v["by_year"]["2018"]["cancelled"], 1);
    assert_eq!(v["longest_gap"]["from"]["id"], "osaka-2019");
    assert_eq!(v["longest_gap"]["to"]["id"], "alaska-2025");
    assert_eq!(v["median_gap_days"], 126.0);
    let v: serde_json::Value =
        serde_json::from_str(&other(&["stats", "--format", "json"])).unwrap();
    assert_eq!(v["face_to_face_minutes"], 335);
    assert_eq!(v["first"]["id"], "paris-2019");
}

/// As of a day, the last meeting is the last on or before it, and the
/// time since is counted from it; before the first meeting there is none.
#[test]
fn stats_as_of_a_day() {
    let at = |day: &str| stdout_of(&["stats", "--today", day]);
    let out = at("2025-01-01");
    assert!(
        out.contains(
            "  Last met in person:           osaka-2019 (G20 bilateral meeting, 28 Jun 2019)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "  Since then:                   5 years 6 months 4 days (2014 days, to 1 Jan 2025)\n"
        ),
        "{out}"
    );
    // The latest record is not a meeting that happened: its outcome says so.
    assert!(
        out.contains("  Latest record:                budapest-2025 (Budapest summit, 17 Oct – Nov 2025, cancelled)\n"),
        "{out}"
    );
    let before = at("2017-01-01");
    assert!(
        before.contains(
            "  Last met in person:           not on or before 1 Jan 2017, in these records\n"
        ),
        "{before}"
    );
    assert!(!before.contains("Since then"), "{before}");
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--today",
        "2017-01-01",
        "--format",
        "json",
    ]))
    .unwrap();
    assert!(json["since_last_meeting"].is_null());
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--today",
        "2025-08-15",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["since_last_meeting"]["from"]["id"], "alaska-2025");
    assert_eq!(json["since_last_meeting"]["days"], 0);
    // The averages read as the other figures do.
    assert!(
        out.contains("  Mean gap:                     about 1 year 1 month 27 days (422.9 days)\n"),
        "{out}"
    );
    assert_eq!(json["mean_gap_text"], "about 1 year 1 month 27 days");
    assert_eq!(json["last"]["outcome"], "cancelled");
}

#[test]
fn stats_today_is_checked() {
    summit()
        .args(["stats", "--today", "29/11/2026"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("expected YYYY-MM-DD"));
}

/// Every view that measures time between meetings measures the same gap
/// from Osaka to Alaska: the proposed Moscow visit in between does not
/// close it.
#[test]
fn every_view_agrees_on_the_gap_before_alaska() {
    let gap = "6 years 1 month 18 days";
    let timeline = stdout_of(&["timeline"]);
    assert!(
        timeline.contains(&format!("{gap} without meeting in person")),
        "{timeline}"
    );
    let show = stdout_of(&["show", "alaska"]);
    let show = show.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        show.contains(&format!(
            "Previous meeting osaka-2019: G20 bilateral meeting, 28 Jun 2019 ({gap} before)"
        )),
        "{show}"
    );
    assert!(
        show.contains(
            "Previous record istanbul-2025: Istanbul talks Trump offered to join, 15–16 May 2025 (proposed)"
        ),
        "{show}"
    );
    let stats: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--format",
        "json",
        "--today",
        "2026-11-29",
    ]))
    .unwrap();
    assert_eq!(stats["longest_gap"]["from"]["id"], "osaka-2019");
    assert_eq!(stats["longest_gap"]["to"]["id"], "alaska-2025");
    assert_eq!(stats["longest_gap"]["text"], gap);
    assert_eq!(stats["longest_gap"]["days"], 2240);
    assert_eq!(stats["since_last_meeting"]["from"]["id"], "alaska-2025");
    assert_eq!(stats["since_last_meeting"]["days"], 471);
    assert_eq!(stats["as_of"], "2026-11-29");
    let checked = crate::common::record().checked_through.unwrap();
    assert_eq!(stats["checked_through"], checked.to_string());
    // Since they last met is a fact of the whole record, whatever the filter.
    let first_term: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--format",
        "json",
        "--today",
        "2026-11-29",
        "--year",
        "2017..2019",
    ]))
    .unwrap();
    assert_eq!(
        first_term["since_last_meeting"]["from"]["id"],
        "alaska-2025"
    );
    assert_eq!(first_term["last"]["id"], "osaka-2019");
    let html = stdout_of(&["export", "--format", "html"]);
    let checked = crate::common::record().checked_through.unwrap();
    assert!(html.contains(&format!("record checked through {checked}")));
    assert_eq!(stats["by_country"]["Germany"], 2);
    let svg = stdout_of(&["export", "--format", "svg"]);
    assert!(svg.contains(&format!("{gap} without meeting in person")));
}
