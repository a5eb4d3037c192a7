//! Tests of `date`.

use super::*;

#[test]
fn how_far_a_date_is_known() {
    let known = |s: &str| EdtfDate::parse(s).unwrap().known_only_to();
    assert_eq!(known("2018-07-16"), None);
    assert_eq!(known("2018-11-30/2018-12-01"), None);
    assert_eq!(known("2018-11"), Some("the month"));
    assert_eq!(known("2025-10/2025-11"), Some("the month"));
    assert_eq!(known("2018-23"), Some("the season"));
    assert_eq!(known("2019"), Some("the year"));
    assert_eq!(known("2019-06-28/2019-07"), Some("the month"));
    assert_eq!(known("2019/2020-03-01"), Some("the year"));
    assert_eq!(
        known("2019-06-2X"),
        Some("the day, with digits left unspecified")
    );
}

#[test]
fn spans_near_a_number_of_days() {
    let about = |d: f64| Span::about(d).to_string();
    assert_eq!(about(0.0), "0 days");
    assert_eq!(about(-3.0), "0 days");
    assert_eq!(about(f64::NAN), "0 days");
    assert_eq!(about(10.4), "10 days");
    assert_eq!(about(10.5), "11 days");
    // A month is 30.44 days: 30.2 rounds to a month's worth of days.
    assert_eq!(about(30.2), "1 month");
    assert_eq!(about(45.0), "1 month 15 days");
    assert_eq!(about(365.0), "1 year");
    assert_eq!(about(365.2425 * 2.0 + 1.0), "2 years 1 day");
    assert_eq!(about(2240.0), "6 years 1 month 18 days");
    assert_eq!(Span::about(45.0).about_text(), "about 1 month 15 days");
}

fn d(s: &str) -> EdtfDate {
    EdtfDate::parse(s).unwrap()
}

fn ymd(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn bounds_of_each_form() {
    assert_eq!(
        (d("2018-07-16").start(), d("2018-07-16").end()),
        (ymd(2018, 7, 16), ymd(2018, 7, 16))
    );
    assert_eq!(
        (d("2018-11").start(), d("2018-11").end()),
        (ymd(2018, 11, 1), ymd(2018, 11, 30))
    );
    assert_eq!(
        (d("2018-23").start(), d("2018-23").end()),
        (ymd(2018, 9, 1), ymd(2018, 11, 30))
    );
    assert_eq!(
        (d("2018").start(), d("2018").end()),
        (ymd(2018, 1, 1), ymd(2018, 12, 31))
    );
    let i = d("2018-11-30/2018-12-01");
    assert_eq!((i.start(), i.end()), (ymd(2018, 11, 30), ymd(2018, 12, 1)));
}

#[test]
fn human_forms() {
    assert_eq!(d("2017-07-07").human(), "7 Jul 2017");
    assert_eq!(d("2017-11-10/2017-11-11").human(), "10–11 Nov 2017");
    assert_eq!(d("2018-11-30/2018-12-01").human(), "30 Nov – 1 Dec 2018");
    // From a day to a later month: the year once.
    assert_eq!(d("2025-10-17/2025-11").human(), "17 Oct – Nov 2025");
    assert_eq!(d("2025-10-17/2026-01").human(), "17 Oct 2025 – Jan 2026");
    assert_eq!(d("2025-10-17/2025-10").human(), "17 Oct 2025 – Oct 2025");
    assert_eq!(
        d("2018-12-30/2019-01-02").human(),
        "30 Dec 2018 – 2 Jan 2019"
    );
    assert_eq!(d("2018-23").human(), "autumn 2018");
    assert_eq!(d("2018-11").human(), "Nov 2018");
    assert_eq!(d("2018").human(), "2018");
    assert_eq!(d("2018-01/2018-03").human(), "Jan–Mar 2018");
    assert_eq!(d("2014/2016").human(), "2014–2016");
    assert_eq!(d("2018~").human(), "c. 2018");
    assert_eq!(d("2018-07?").human(), "Jul 2018?");
    assert_eq!(d("201X").human(), "201X");
    assert_eq!(d("XXXX").human(), "undated");
}

#[test]
fn season_and_sub_year_names() {
    let names: Vec<String> = (21..=41).map(|c| d(&format!("2018-{c}")).human()).collect();
    assert_eq!(
        names,
        [
            "spring 2018",
            "summer 2018",
            "autumn 2018",
            "winter 2018",
            "spring 2018",
            "summer 2018",
            "autumn 2018",
            "winter 2018",
            "spring (southern) 2018",
            "summer (southern) 2018",
            "autumn (southern) 2018",
            "winter (southern) 2018",
            "Q1 2018",
            "Q2 2018",
            "Q3 2018",
            "Q4 2018",
            "first third of 2018",
            "second third of 2018",
            "last third of 2018",
            "first half of 2018",
            "second half of 2018",
        ]
    );
    // December is a month, not a season.
    assert_eq!(d("2018-12").human(), "Dec 2018");
}

#[test]
fn intervals_of_seasons_and_qualified_dates() {
    assert_eq!(d("2018-21/2018-23").human(), "spring 2018 – autumn 2018");
    assert_eq!(d("2018-03/2018-23").human(), "Mar 2018 – autumn 2018");
    assert_eq!(d("2018-01~/2018-03").human(), "c. Jan 2018 – Mar 2018");
    assert_eq!(d("2018-01/2018-03?").human(), "Jan 2018 – Mar 2018?");
    assert_eq!(d("2014~/2016").human(), "c. 2014 – 2016");
    assert_eq!(d("2014/2016~").human(), "2014 – c. 2016");
    assert_eq!(d("2018/2018").human(), "2018–2018");
    assert_eq!(
        d("2018-01-05~/2018-01-09").human(),
        "c. 5 Jan 2018 – 9 Jan 2018"
    );
}

#[test]
fn equal_only_when_written_alike() {
    assert_eq!(d("2018"), d("2018"));
    assert_ne!(d("2018"), d("2019"));
    assert_ne!(d("2018-07-16"), d("2018-07"));
}

#[test]
fn human_forms_with_weekday() {
    assert_eq!(d("2018-07-16").human_long(), "Mon 16 Jul 2018");
    assert_eq!(
        d("2017-11-10/2017-11-11").human_long(),
        "Fri 10 – Sat 11 Nov 2017"
    );
    assert_eq!(
        d("2018-11-30/2018-12-01").human_long(),
        "Fri 30 Nov – Sat 1 Dec 2018"
    );
    assert_eq!(d("2018-23").human_long(), "autumn 2018");
}

#[test]
fn rejects_bad_dates() {
    for bad in [
        "",
        "  ",
        "2018-02-30",
        "2018-13",
        "2018-7-16",
        "July 2018",
        "2018-12-01/2018-11-30",
    ] {
        assert!(EdtfDate::parse(bad).is_err(), "{bad:?} should be rejected");
    }
    for unsupported in [
        "../2018",
        "/2018",
        "2018/",
        "[2017,2018]",
        "2018-07-16T10:00:00",
    ] {
        let e = EdtfDate::parse(unsupported).unwrap_err();
        assert!(!e.reason.is_empty(), "{unsupported:?}");
    }
}

#[test]
fn parse_errors_carry_the_offset() {
    let e = EdtfDate::parse("2018-7-16").unwrap_err();
    assert!(e.offset.is_some());
    assert!(e.to_string().contains("2018-7-16"));
}

#[test]
fn chronological_ordering() {
    let mut v = [
        d("2018-23"),
        d("2018-11-11"),
        d("2018"),
        d("2017-11-10/2017-11-11"),
        d("2018-07-16"),
    ];
    v.sort();
    let texts: Vec<&str> = v.iter().map(EdtfDate::as_str).collect();
    assert_eq!(
        texts,
        [
            "2017-11-10/2017-11-11",
            "2018",
            "2018-07-16",
            "2018-23",
            "2018-11-11"
        ]
    );
}

#[test]
fn overlap_by_year_and_range() {
    let i = d("2018-12-30/2019-01-02");
    assert!(i.overlaps_years(&(2018..=2018)) && i.overlaps_years(&(2019..=2019)));
    assert!(!i.overlaps_years(&(2020..=2030)) && !i.overlaps_years(&(2010..=2017)));
    assert!(i.overlaps_years(&(2010..=2018)) && i.overlaps_years(&(2019..=2030)));
    assert!(i.overlaps(Some(ymd(2019, 1, 2)), None));
    assert!(!i.overlaps(Some(ymd(2019, 1, 3)), None));
    assert!(i.overlaps(None, Some(ymd(2018, 12, 30))));
    assert!(!i.overlaps(None, Some(ymd(2018, 12, 29))));
}

#[test]
fn day_span_only_for_day_precision() {
    assert_eq!(
        d("2018-07-16").day_span(),
        Some((ymd(2018, 7, 16), ymd(2018, 7, 16)))
    );
    assert!(d("2017-11-10/2017-11-11").day_span().is_some());
    assert!(d("2018-23").day_span().is_none());
    assert!(d("2018-11").day_span().is_none());
    // Both ends must be days.
    assert!(d("2017-11-10/2017-12").day_span().is_none());
    assert!(d("2017-11/2017-12-01").day_span().is_none());
}

#[test]
fn spans() {
    assert_eq!(
        Span::between(ymd(2019, 6, 28), ymd(2025, 8, 15)).to_string(),
        "6 years 1 month 18 days"
    );
    assert_eq!(
        Span::between(ymd(2017, 7, 7), ymd(2017, 7, 7)).to_string(),
        "0 days"
    );
    assert_eq!(
        Span::between(ymd(2018, 1, 31), ymd(2018, 3, 1)).to_string(),
        "1 month 1 day"
    );
    assert_eq!(
        Span::between(ymd(2018, 7, 16), ymd(2018, 11, 11)).to_string(),
        "3 months 26 days"
    );
    assert_eq!(
        Span::between(ymd(2020, 1, 1), ymd(2019, 1, 1)),
        Span {
            years: 0,
            months: 0,
            days: 0
        }
    );
    assert_eq!(
        Span::between(ymd(2017, 1, 1), ymd(2018, 1, 1)).to_string(),
        "1 year"
    );
}

/// A period that has not ended: its first day, no last day of its own,
/// and every year and range from its start on.
#[test]
fn an_open_end_is_an_ongoing_period() {
    let d = EdtfDate::parse("2025-01-20/..").unwrap();
    assert!(d.is_ongoing());
    assert_eq!(d.start().to_string(), "2025-01-20");
    assert_eq!(d.human(), "since 20 Jan 2025");
    assert!(d.overlaps_years(&(2030..=2031)));
    assert!(!d.overlaps_years(&(2024..=2024)));
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    assert!(d.overlaps(day("2026-06-01"), day("2026-06-30")));
    assert!(!d.overlaps(day("2024-01-01"), day("2025-01-19")));
    assert!(
        !EdtfDate::parse("2025-01-20/2025-01-21")
            .unwrap()
            .is_ongoing()
    );
    assert!(
        !EdtfDate::parse("2025-01-20")
            .unwrap()
            .overlaps_years(&(2026..=2026))
    );
}
