//! iCalendar.

use crate::common::summit;

use super::export;

#[test]
fn ics_parses_with_an_independent_parser() {
    let out = summit()
        .args(["export", "--format", "ics"])
        .output()
        .unwrap();
    assert!(out.status.success());
    // Every record is in the calendar, those not dated to the day too.
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.split("\r\n").all(|l| l.len() <= 75),
        "a line is over 75 octets"
    );
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "bare LF line ending"
    );

    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().unwrap().unwrap();
    assert!(parser.next().is_none());
    let records =
        serde_json::from_str::<serde_json::Value>(crate::common::RECORD_JSON).unwrap()["encounters"]
            .as_array()
            .unwrap()
            .len();
    assert_eq!(calendar.events.len(), records);
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let find = |uid: &str| {
        calendar
            .events
            .iter()
            .find(|e| prop(e, "UID") == uid)
            .unwrap()
    };

    let dn = find("2017-da-nang@summit");
    assert_eq!(prop(dn, "DTSTART"), "20171110");
    assert_eq!(prop(dn, "DTEND"), "20171112");
    let dtstart = dn.properties.iter().find(|p| p.name == "DTSTART").unwrap();
    assert_eq!(
        dtstart.params.as_ref().unwrap()[0],
        ("VALUE".to_string(), vec!["DATE".to_string()])
    );
    // The day the dataset was last changed.
    let updated = crate::common::record().updated;
    assert_eq!(
        prop(dn, "DTSTAMP"),
        format!("{}T000000Z", updated.format("%Y%m%d"))
    );
    assert_eq!(
        prop(dn, "SUMMARY"),
        "Trump–Putin: APEC encounter\\, Da Nang"
    );
    assert_eq!(prop(dn, "LOCATION"), "Da Nang\\, Vietnam");
    assert!(prop(dn, "DESCRIPTION").starts_with("Putin went to the APEC summit in Vietnam"));
    // (The ical crate drops the space a fold starts with and any after
    // it, so values are compared without spaces.)
    let bare = |s: String| s.replace(' ', "");
    assert!(bare(prop(dn, "DESCRIPTION")).contains("Sources:"));
    assert!(bare(prop(dn, "DESCRIPTION")).contains("AnnaEdgerton\\,AnthonyHalpin."));
    assert!(!prop(dn, "DESCRIPTION").contains("known only to"));
    assert_eq!(prop(dn, "X-SUMMIT-DATE"), "");

    // A meeting that did not take place is on the day it was made public,
    // its plan in the description.
    let ba = find("2018-buenos-aires@summit");
    assert_eq!(prop(ba, "STATUS"), "CANCELLED");
    assert_eq!(
        (prop(ba, "DTSTART").as_str(), prop(ba, "DTEND").as_str()),
        ("20181102", "20181103")
    );
    assert!(
        prop(ba, "DESCRIPTION").starts_with("Made public on this day\\; planned for 1 Dec 2018."),
        "{}",
        prop(ba, "DESCRIPTION")
    );
    let budapest = find("2025-budapest@summit");
    assert!(
        prop(budapest, "DESCRIPTION")
            .starts_with("Made public on this day\\; no date was set for it.")
    );
    let helsinki = find("2018-helsinki@summit");
    assert_eq!(
        prop(helsinki, "LOCATION"),
        "Presidential Palace\\, Helsinki\\, Finland"
    );
    assert_eq!(prop(helsinki, "STATUS"), "CONFIRMED");
    // A call at a known time is a timed event in UTC, as long as it
    // lasted, with the time as summit has it; it has no place.
    let call = find("2025-03-18-call@summit");
    assert_eq!(prop(call, "DTSTART"), "20250318T140000Z");
    assert_eq!(prop(call, "DURATION"), "PT120M");
    assert_eq!(prop(call, "X-SUMMIT-TIME"), "17:00+03:00");
    assert_eq!(prop(call, "DTEND"), "");
    assert_eq!(prop(call, "LOCATION"), "");
    assert_eq!(prop(call, "CATEGORIES"), "call,held");
    // A call at no known time is an all-day event.
    let call = find("2017-05-02-call@summit");
    assert_eq!(
        (prop(call, "DTSTART").as_str(), prop(call, "DTEND").as_str()),
        ("20170502", "20170503")
    );
    // Every event has the same required fields; a place where it has one.
    for e in &calendar.events {
        for name in ["UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"] {
            assert!(!prop(e, name).is_empty(), "{name} missing");
        }
        let uid = prop(e, "UID");
        let id = uid.trim_end_matches("@summit");
        let call = crate::common::record()
            .encounters
            .iter()
            .any(|r| r.id == id && r.channel == summit::Channel::Call);
        assert_eq!(prop(e, "LOCATION").is_empty(), call, "{uid}");
    }
}

/// A date not known to the day is an event of its first day, never a bar
/// weeks long: the description says how far it is known, and the date as
/// written goes with it for summit's own import.
#[test]
fn an_uncertain_date_is_one_day_with_its_uncertainty_said() {
    let text = crate::common::other(&["export", "--format", "ics"]);
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().unwrap().unwrap();
    let prop = |uid: &str, name: &str| {
        calendar
            .events
            .iter()
            .find(|e| {
                e.properties
                    .iter()
                    .any(|p| p.name == "UID" && p.value.as_deref() == Some(uid))
            })
            .unwrap()
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    // Spring 2020: one day, 1 March.
    assert_eq!(
        (
            prop("riga-2020@summit", "DTSTART").as_str(),
            prop("riga-2020@summit", "DTEND").as_str()
        ),
        ("20200301", "20200302")
    );
    assert_eq!(prop("riga-2020@summit", "X-SUMMIT-DATE"), "2020-21");
    assert!(
        prop("riga-2020@summit", "DESCRIPTION").starts_with(
            "Date: spring 2020\\, known only to the season (from 1 Mar 2020 to 31 May 2020)\\;"
        ),
        "{}",
        prop("riga-2020@summit", "DESCRIPTION")
    );
    assert_eq!(
        (
            prop("tallinn-2022@summit", "DTSTART").as_str(),
            prop("tallinn-2022@summit", "DTEND").as_str()
        ),
        ("20220501", "20220502")
    );
    // Two days known to the day span both.
    assert_eq!(
        (
            prop("helsinki-2023@summit", "DTSTART").as_str(),
            prop("helsinki-2023@summit", "DTEND").as_str()
        ),
        ("20231130", "20231202")
    );
}

/// Each outcome's calendar event: what its summary says and its status.
#[test]
fn ics_summary_and_status_for_each_outcome() {
    let text = export(&["--format", "ics"]);
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().unwrap().unwrap();
    let event = |uid: &str| {
        calendar
            .events
            .iter()
            .find(|e| {
                e.properties
                    .iter()
                    .any(|p| p.name == "UID" && p.value.as_deref() == Some(uid))
            })
            .unwrap_or_else(|| panic!("no event {uid}"))
    };
    let values = |uid: &str, name: &str| -> Vec<String> {
        event(uid)
            .properties
            .iter()
            .filter(|p| p.name == name)
            .filter_map(|p| p.value.clone())
            .collect()
    };
    // The calendar's name needs no escaping: clients show escapes raw.
    let name: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("X-WR-CALNAME:"))
        .collect();
    assert_eq!(name, ["Trump–Putin contacts 2016–2026"]);
    // Who met, what and where; what became of it said once.
    for (uid, summary, status, category) in [
        (
            "2017-hamburg@summit",
            "Trump–Putin: G20 bilateral meeting\\, Hamburg",
            Some("CONFIRMED"),
            "held",
        ),
        (
            "2018-paris@summit",
            "Trump–Putin: Armistice centenary handshake\\, Paris",
            Some("CONFIRMED"),
            "informal",
        ),
        (
            "2018-buenos-aires@summit",
            "Trump–Putin: G20 bilateral meeting\\, Buenos Aires (cancelled)",
            Some("CANCELLED"),
            "cancelled",
        ),
        (
            "2020-moscow@summit",
            "Trump–Putin: Victory Day invitation\\, Moscow (proposed\\, never held)",
            Some("TENTATIVE"),
            "proposed",
        ),
        (
            "2025-saudi-arabia@summit",
            "Trump–Putin: Proposed summit in Saudi Arabia\\, Riyadh",
            Some("TENTATIVE"),
            "proposed",
        ),
        (
            "2025-08-06-witkoff@summit",
            "Putin–Witkoff: Witkoff's meeting before the sanctions deadline\\, Moscow",
            Some("CONFIRMED"),
            "envoy,held",
        ),
    ] {
        // (The ical crate drops the space after a fold.)
        let bare =
            |v: Vec<String>| -> Vec<String> { v.iter().map(|s| s.replace(' ', "")).collect() };
        assert_eq!(
            bare(values(uid, "SUMMARY")),
            [summary.replace(' ', "")],
            "{uid}"
        );
        let statuses: Vec<String> = status.into_iter().map(String::from).collect();
        assert_eq!(values(uid, "STATUS"), statuses, "{uid}");
        assert_eq!(values(uid, "CATEGORIES"), [category], "{uid}");
    }
}
