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

    let dn = find("da-nang-2017@summit");
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
    assert_eq!(prop(dn, "SUMMARY"), "APEC encounter");
    assert_eq!(prop(dn, "LOCATION"), "Da Nang\\, Vietnam");
    assert!(prop(dn, "DESCRIPTION").starts_with("Putin went to the APEC summit in Vietnam"));
    assert!(prop(dn, "DESCRIPTION").contains("Sources: Anna Edgerton\\, Anthony Halpin."));

    // Dated to a season or to months: all-day across the whole of it,
    // tentative or cancelled as the outcome says, the precision said in
    // words and the date as written for summit's own import.
    let washington = find("washington-2018@summit");
    assert_eq!(
        (
            prop(washington, "DTSTART").as_str(),
            prop(washington, "DTEND").as_str()
        ),
        ("20180901", "20181201")
    );
    assert_eq!(prop(washington, "STATUS"), "TENTATIVE");
    assert_eq!(prop(washington, "X-SUMMIT-DATE"), "2018-23");
    // (The ical crate drops the space a fold starts with and any after
    // it, so only the start of the value is compared.)
    assert!(
        prop(washington, "DESCRIPTION")
            .starts_with("Date: autumn 2018\\, known only to the season\\;"),
        "{}",
        prop(washington, "DESCRIPTION")
    );
    let budapest = find("budapest-2025@summit");
    assert_eq!(
        (
            prop(budapest, "DTSTART").as_str(),
            prop(budapest, "DTEND").as_str()
        ),
        ("20251017", "20251201")
    );
    assert_eq!(prop(budapest, "STATUS"), "CANCELLED");
    assert!(
        prop(budapest, "DESCRIPTION").contains("known only to the month at one end"),
        "{}",
        prop(budapest, "DESCRIPTION")
    );
    // A day-dated record has neither.
    assert!(!prop(dn, "DESCRIPTION").contains("known only to"));
    assert_eq!(prop(dn, "X-SUMMIT-DATE"), "");

    let ba = find("buenos-aires-2018@summit");
    assert_eq!(prop(ba, "STATUS"), "CANCELLED");
    assert_eq!(
        (prop(ba, "DTSTART").as_str(), prop(ba, "DTEND").as_str()),
        ("20181130", "20181202")
    );
    let helsinki = find("helsinki-2018@summit");
    assert_eq!(
        prop(helsinki, "LOCATION"),
        "Presidential Palace\\, Helsinki\\, Finland"
    );
    assert_eq!(prop(helsinki, "STATUS"), "CONFIRMED");
    // Every event has the same required fields.
    for e in &calendar.events {
        for name in [
            "UID",
            "DTSTAMP",
            "DTSTART",
            "DTEND",
            "SUMMARY",
            "LOCATION",
            "DESCRIPTION",
        ] {
            assert!(!prop(e, name).is_empty(), "{name} missing");
        }
    }
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
    assert_eq!(name, ["Trump–Putin encounters 2017–2025"]);
    for (uid, summary, status, category) in [
        (
            "hamburg-2017@summit",
            "G20 bilateral meeting",
            Some("CONFIRMED"),
            "held",
        ),
        (
            "paris-2018@summit",
            "Armistice centenary handshake",
            Some("CONFIRMED"),
            "informal",
        ),
        (
            "buenos-aires-2018@summit",
            "Cancelled: G20 bilateral meeting",
            Some("CANCELLED"),
            "cancelled",
        ),
        (
            "moscow-2020@summit",
            "Proposed\\, never held: Victory Day invitation",
            Some("TENTATIVE"),
            "proposed",
        ),
    ] {
        assert_eq!(values(uid, "SUMMARY"), [summary], "{uid}");
        let statuses: Vec<String> = status.into_iter().map(String::from).collect();
        assert_eq!(values(uid, "STATUS"), statuses, "{uid}");
        assert_eq!(values(uid, "CATEGORIES"), [category], "{uid}");
    }
}
