//! `summit stats`.

use crate::common::{other, stdout_of, summit};

#[test]
fn stats_snapshot_and_json() {
    insta::assert_snapshot!("stats", stdout_of(&["stats", "--today", "2026-12-07"]));
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["stats", "--format", "json"])).unwrap();
    let d = crate::common::record();
    let sum = |pick: &dyn Fn(&summit::Encounter) -> bool| -> u64 {
        d.encounters
            .iter()
            .filter(|e| pick(e))
            .filter_map(|e| e.duration_minutes)
            .map(u64::from)
            .sum()
    };
    // Time together counts the meetings in person; time on the phone,
    // the calls.
    assert_eq!(v["in_person"]["minutes"], sum(&|e| e.met_in_person()));
    assert_eq!(
        v["on_the_phone"]["minutes"],
        sum(&|e| e.channel == summit::Channel::Call)
    );
    assert_eq!(v["in_person"]["undocumented"], 2);
    assert_eq!(v["totals"]["total"], crate::common::record_count());
    assert_eq!(v["by_year"]["2018"]["cancelled"], 2);
    assert_eq!(v["by_year"]["2025"]["call"], 3);
    assert_eq!(v["by_year"]["2017"]["envoy"], 1);
    assert_eq!(v["longest_gap"]["from"]["id"], "2019-osaka");
    assert_eq!(v["longest_gap"]["to"]["id"], "2025-alaska");
    // No gap of 0 days between the two Hamburg meetings of one day.
    assert_eq!(v["gaps"], 6);
    assert_eq!(v["median_gap_days"], 168.0);
    let v: serde_json::Value =
        serde_json::from_str(&other(&["stats", "--format", "json"])).unwrap();
    assert_eq!(v["first"]["id"], "paris-2019");
}

/// A country hosts what took place there: never an invitation, a
/// cancelled meeting or a call.
#[test]
fn hosts_are_where_they_met() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["stats", "--format", "json"])).unwrap();
    let host = |c: &str| {
        v["by_country"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["country"] == c)
            .cloned()
    };
    // Three invitations to Moscow, no meeting there: only the envoys.
    let russia = host("Russia").unwrap();
    assert_eq!(
        (russia["encounters"].as_u64(), russia["envoy"].as_u64()),
        (Some(0), Some(2))
    );
    assert_eq!(host("Germany").unwrap()["encounters"], 2);
    // Hungary and Turkey only had plans.
    assert!(host("Hungary").is_none() && host("Turkey").is_none());
    let out = stdout_of(&["stats", "--today", "2026-12-07"]);
    assert!(
        out.contains(" Country        Met in person  Envoy meetings\n"),
        "{out}"
    );
}

/// What the figures cover is said when a filter chooses the records; the
/// whole record's figures are said to be the whole record's.
#[test]
fn figures_say_what_they_cover() {
    let out = stdout_of(&["stats", "--today", "2026-12-07", "--year", "2017..2019"])
        .replace('\u{a0}', " ");
    assert!(
        out.starts_with("Records by year and kind (2017–2019)\n"),
        "{out}"
    );
    assert!(
        out.contains("\nFigures for these records (2017–2019)\n"),
        "{out}"
    );
    assert!(
        out.contains("\nThe whole record, as of 7 Dec 2026\n"),
        "{out}"
    );
    // Held meetings only: their time together says so, never "informal".
    let out = stdout_of(&[
        "stats",
        "--today",
        "2026-12-07",
        "--outcome",
        "held",
        "--channel",
        "meeting",
    ]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("Figures for these records (meetings; held)"),
        "{out}"
    );
    assert!(out.contains(", over 4 meetings held"), "{out}");
    assert!(!out.contains("informal encounter"), "{out}");
    // A total the sources dispute gives its range.
    assert!(
        out.contains("(the sources differ on 3 lengths: 8 h 5 min to 8 h 31 min in all)"),
        "{out}"
    );
}

/// Gaps are the whole record's: a selection of meetings that the record
/// has others between has no gap between them.
#[test]
fn gaps_are_the_whole_records_under_any_filter() {
    let v: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--format",
        "json",
        "--country",
        "germany,finland,japan",
    ]))
    .unwrap();
    assert_eq!(v["gaps"], 0);
    assert!(v["longest_gap"].is_null());
    let v: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "stats",
        "--format",
        "json",
        "--outcome",
        "held",
        "--channel",
        "meeting",
    ]))
    .unwrap();
    // Osaka to Alaska is one gap of the record; Hamburg to Helsinki is
    // not (Da Nang lies between).
    assert_eq!(v["gaps"], 1);
    assert_eq!(v["longest_gap"]["from"]["id"], "2019-osaka");
}

/// As of a day, the last meeting is the last on or before it, and the
/// time since is counted from it; before the first meeting there is none.
/// Past the day the record was checked through, the figure says so.
#[test]
fn stats_as_of_a_day() {
    let at = |day: &str| stdout_of(&["stats", "--today", day]);
    let out = at("2025-01-01");
    assert!(
        out.contains(
            "  Last met in person:           2019-osaka (G20 bilateral meeting, 28 Jun 2019)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "  Since then:                   5 years 6 months 4 days (2014 days, to 1 Jan 2025)\n"
        ),
        "{out}"
    );
    // The latest record is not a meeting that happened: its kind says so.
    assert!(
        out.contains("  Latest record:                2025-budapest (Budapest summit, 16 Oct 2025, cancelled meeting)\n"),
        "{out}"
    );
    let before = at("2017-01-01");
    assert!(
        before.contains("  Last met in person:           not on or before 1 Jan 2017\n"),
        "{before}"
    );
    assert!(!before.contains("Since then"), "{before}");
    let json = |day: &str| -> serde_json::Value {
        serde_json::from_str(&stdout_of(&["stats", "--today", day, "--format", "json"])).unwrap()
    };
    assert!(json("2017-01-01")["since_last_meeting"].is_null());
    let on_the_day = json("2025-08-15");
    assert_eq!(
        on_the_day["since_last_meeting"]["from"]["id"],
        "2025-alaska"
    );
    assert_eq!(on_the_day["since_last_meeting"]["days"], 0);
    assert!(on_the_day["since_last_meeting"]["days_checked"].is_null());
    // Past the day checked: what is known for sure is given too.
    let later = json("2026-12-07");
    assert_eq!(later["since_last_meeting"]["days"], 479);
    assert_eq!(later["since_last_meeting"]["days_checked"], 208);
    assert_eq!(later["since_last_call"]["from"]["id"], "2025-10-16-call");
    let out = at("2026-12-07");
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("Since then: 1 year 3 months 22 days (479 days, to 7 Dec 2026) if nothing since 11 Mar 2026, when the record was last checked; 208 days to then"),
        "{out}"
    );
    assert!(
        out.contains("Last spoke by telephone: 2025-10-16-call (Call before the Budapest summit announcement, 16 Oct 2025)"),
        "{out}"
    );
    // The averages read as the other figures do.
    assert_eq!(later["mean_gap_text"], "about 1 year 4 months 6 days");
    assert_eq!(later["last"]["kind"], "cancelled");
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
/// from Osaka to Alaska: the calls, envoy meetings and proposals in
/// between do not close it.
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
            "Previous meeting 2019-osaka: G20 bilateral meeting, 28 Jun 2019 ({gap} before)"
        )),
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
    assert_eq!(stats["longest_gap"]["from"]["id"], "2019-osaka");
    assert_eq!(stats["longest_gap"]["to"]["id"], "2025-alaska");
    assert_eq!(stats["longest_gap"]["text"], gap);
    assert_eq!(stats["longest_gap"]["days"], 2240);
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
        "2025-alaska"
    );
    assert_eq!(first_term["last"]["id"], "2020-moscow");
    let html = stdout_of(&["export", "--format", "html"]);
    assert!(html.contains(&format!(
        "record checked through {}",
        checked.format("%-d %B %Y")
    )));
    let svg = stdout_of(&["export", "--format", "svg"]);
    assert!(svg.contains(&format!("{gap} without meeting in person")));
    // A selection draws only gaps of the whole record, none of its own:
    // of the meetings held, Osaka to Alaska, not Hamburg to Helsinki; of
    // the G20 meetings, Buenos Aires to Osaka, not Hamburg to Buenos Aires.
    for (view, only) in [
        (
            stdout_of(&["timeline", "--outcome", "held", "--channel", "meeting"]),
            gap,
        ),
        (
            stdout_of(&["export", "--format", "svg", "--outcome", "held"]),
            gap,
        ),
        (
            stdout_of(&["timeline", "--text", "g20"]),
            "6 months 29 days",
        ),
        (
            stdout_of(&["export", "--format", "svg", "--text", "g20"]),
            "6 months 29 days",
        ),
    ] {
        assert_eq!(
            view.matches("without meeting in person").count(),
            1,
            "{view}"
        );
        assert!(
            view.contains(&format!("{only} without meeting in person")),
            "{view}"
        );
    }
}
