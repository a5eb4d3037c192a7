//! GeoJSON and JSON-LD.

use super::export;

/// Each GeoJSON point is its encounter's, longitude first (RFC 7946
/// §3.1.1), with the encounter's facts and sources as properties; records
/// without coordinates are named on stderr. No outside tool needed.
#[test]
fn geojson_points_are_the_encounters_longitude_first() {
    let text = export(&["--format", "geojson"]);
    let map: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(map["type"], "FeatureCollection");
    let data: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    let features = map["features"].as_array().unwrap();
    let encounters = data["encounters"].as_array().unwrap();
    // Every record with a cited point is on the map, envoy meetings too;
    // the others are named on stderr, the calls (which have no place) as
    // such.
    let located = encounters
        .iter()
        .filter(|e| e.get("coordinates").is_some())
        .count();
    assert_eq!(features.len(), located);
    assert!(
        features
            .iter()
            .any(|f| f["properties"]["channel"] == "envoy")
    );
    let out = crate::common::summit()
        .args(["export", "--format", "geojson"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let (calls, placed): (Vec<&serde_json::Value>, Vec<&serde_json::Value>) = encounters
        .iter()
        .filter(|e| e.get("coordinates").is_none())
        .partition(|e| e["channel"] == "call");
    let line = |start: &str| {
        stderr
            .lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("{start} in {stderr}"))
            .to_string()
    };
    let no_point = line(&format!(
        "summit: left out {} records that have no coordinates: ",
        placed.len()
    ));
    for e in placed {
        assert!(no_point.contains(e["id"].as_str().unwrap()), "{stderr}");
    }
    let no_place = line(&format!(
        "summit: left out {} calls, which have no place: ",
        calls.len()
    ));
    for e in calls {
        assert!(no_place.contains(e["id"].as_str().unwrap()), "{stderr}");
    }
    for f in features {
        assert_eq!(
            (f["type"].as_str(), f["geometry"]["type"].as_str()),
            (Some("Feature"), Some("Point"))
        );
        let id = f["properties"]["id"].as_str().unwrap();
        let e = encounters.iter().find(|e| e["id"] == id).unwrap();
        let c = &e["coordinates"];
        assert_eq!(
            f["geometry"]["coordinates"],
            serde_json::json!([c["longitude"], c["latitude"]]),
            "{id}"
        );
        let (lon, lat) = (
            c["longitude"].as_f64().unwrap(),
            c["latitude"].as_f64().unwrap(),
        );
        assert!(lon.abs() <= 180.0 && lat.abs() <= 90.0, "{id}");
        assert_eq!(f["properties"]["outcome"], e["outcome"]);
        assert_eq!(
            f["properties"]["channel"],
            e["channel"].as_str().unwrap_or("meeting")
        );
        assert_eq!(f["properties"]["date"], e["date"]);
        assert_eq!(f["properties"]["planned"], e["planned"]);
        let urls = f["properties"]["sources"].as_array().unwrap();
        assert!(
            !urls.is_empty()
                && urls
                    .iter()
                    .all(|s| s["url"].as_str().unwrap().starts_with("http")),
            "{id}"
        );
    }
    // Anchorage lies west of Greenwich and north of the equator: a swapped
    // pair would put it in the Southern Ocean... or fail the range.
    let alaska = features
        .iter()
        .find(|f| f["properties"]["id"] == "2025-alaska")
        .unwrap();
    let point = alaska["geometry"]["coordinates"].as_array().unwrap();
    assert!(
        point[0].as_f64().unwrap() < -140.0 && point[1].as_f64().unwrap() > 60.0,
        "{point:?}"
    );
    // A dataset without coordinates: an empty collection, and a note
    // naming what was left out.
    let other = crate::common::fixture("other-leaders.json");
    let out = crate::common::summit()
        .args(["--data".as_ref(), other.as_os_str()])
        .args(["export", "--format", "geojson"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let empty: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(empty["features"], serde_json::json!([]));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("left out 5 records that have no coordinates: paris-2019, oslo-2019"),
        "{stderr}"
    );
}

/// The GeoJSON export, with and without points, passes an independent RFC
/// 7946 checker (`@placemarkio/check-geojson`).
#[test]
#[ignore = "needs node and @placemarkio/check-geojson: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn geojson_passes_an_rfc_7946_checker() {
    let checker = crate::common::npm_package("@placemarkio/check-geojson");
    let script = r#"
const { check } = require(process.argv[1]);
const text = require('fs').readFileSync(process.argv[2], 'utf8');
try { check(text); console.log('ok'); }
catch (e) { console.log(JSON.stringify(e.issues || String(e))); }
"#;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("map.geojson");
    let other = crate::common::fixture("other-leaders.json");
    let without = crate::common::summit()
        .args(["--data".as_ref(), other.as_os_str()])
        .args(["export", "--format", "geojson"])
        .output()
        .unwrap()
        .stdout;
    for text in [export(&["--format", "geojson"]).into_bytes(), without] {
        std::fs::write(&file, &text).unwrap();
        let verdict = crate::common::node(script, &[checker.as_os_str(), file.as_os_str()]);
        assert_eq!(verdict.trim(), "ok", "{verdict}");
    }
}

/// The JSON-LD export as written, without a processor: an Event per
/// record, each with a status (what took place: EventScheduled; a meeting
/// cancelled, or proposed and never held: EventCancelled, never published
/// as scheduled), the days it took place or was planned for (none for a
/// plan that set none), and its place, or for a call the telephone.
#[test]
fn jsonld_events_carry_their_outcomes_status() {
    let doc: serde_json::Value = serde_json::from_str(&export(&["--format", "jsonld"])).unwrap();
    assert_eq!(doc["@context"], "https://schema.org");
    let data: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    let events: Vec<&serde_json::Value> = doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["@type"] == "Event")
        .collect();
    let encounters = data["encounters"].as_array().unwrap();
    assert_eq!(events.len(), encounters.len());
    let mut seen = std::collections::HashSet::new();
    for e in encounters {
        let id = e["id"].as_str().unwrap();
        let node = events.iter().find(|n| n["identifier"] == id).unwrap();
        let outcome = e["outcome"].as_str().unwrap();
        seen.insert(outcome);
        let (expected, days) = match outcome {
            "cancelled" | "proposed" => {
                ("https://schema.org/EventCancelled", e["planned"].as_str())
            }
            "held" | "informal" => ("https://schema.org/EventScheduled", e["date"].as_str()),
            other => panic!("{other}"),
        };
        assert_eq!(node["eventStatus"], expected, "{id}");
        match days {
            Some(days) => {
                let date: summit::EdtfDate = days.parse().unwrap();
                assert_eq!(node["startDate"], date.start().to_string(), "{id}");
                assert_eq!(node["endDate"], date.end().to_string(), "{id}");
            }
            None => assert!(
                node.get("startDate").is_none() && node.get("endDate").is_none(),
                "{id}"
            ),
        }
        if e["channel"] == "call" {
            assert_eq!(node["location"]["@type"], "VirtualLocation", "{id}");
            assert_eq!(
                node["eventAttendanceMode"],
                "https://schema.org/OnlineEventAttendanceMode"
            );
        } else {
            assert_eq!(
                node["location"]["address"]["addressLocality"], e["city"],
                "{id}"
            );
            assert_eq!(
                node["eventAttendanceMode"],
                "https://schema.org/OfflineEventAttendanceMode"
            );
        }
    }
    assert_eq!(seen.len(), 4, "every outcome is checked: {seen:?}");
}

/// The JSON-LD export, and the copy the HTML page embeds, expanded by a
/// JSON-LD processor (jsonld.js) with schema.org's context given inline
/// (any other document the processor asks for fails the test): an Event
/// per encounter with its name, days, place and status.
#[test]
#[ignore = "needs node and jsonld: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn jsonld_expands_to_schema_org_events() {
    let jsonld = crate::common::npm_package("jsonld");
    let script = r#"
const jsonld = require(process.argv[1]);
const doc = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const documentLoader = async (url) => {
  if (url === 'https://schema.org' || url === 'https://schema.org/') {
    return { contextUrl: null, documentUrl: url,
             document: { '@context': { '@vocab': 'https://schema.org/' } } };
  }
  throw new Error('no network: ' + url);
};
jsonld.expand(doc, { documentLoader, safe: true }).then(
  (expanded) => console.log(JSON.stringify(expanded)),
  (e) => { console.error(String(e)); process.exit(1); });
"#;
    let html = export(&["--format", "html"]);
    let start = html
        .find("<script type=\"application/ld+json\">")
        .expect("the page embeds JSON-LD")
        + "<script type=\"application/ld+json\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let embedded = html[start..end].to_string();
    let data: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    let encounters = data["encounters"].as_array().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("export", export(&["--format", "jsonld"])),
        ("page", embedded),
    ] {
        let file = dir.path().join(format!("{name}.jsonld"));
        std::fs::write(&file, &text).unwrap();
        let out = crate::common::node(script, &[jsonld.as_os_str(), file.as_os_str()]);
        let expanded: serde_json::Value = serde_json::from_str(&out).unwrap();
        let s = |p: &str| format!("https://schema.org/{p}");
        let value = |node: &serde_json::Value, p: &str| node[s(p)][0]["@value"].clone();
        let events: Vec<&serde_json::Value> = expanded
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["@type"] == serde_json::json!([s("Event")]))
            .collect();
        assert_eq!(events.len(), encounters.len(), "{name}");
        for e in encounters {
            let id = e["id"].as_str().unwrap();
            let node = events
                .iter()
                .find(|n| value(n, "identifier") == id)
                .unwrap_or_else(|| panic!("{name}: no Event for {id}"));
            assert_eq!(value(node, "name"), e["title"], "{name} {id}");
            // The days it took place, or those of its plan (none when no
            // day was set).
            let took_place = matches!(e["outcome"].as_str(), Some("held" | "informal"));
            let days = if took_place {
                e["date"].as_str()
            } else {
                e["planned"].as_str()
            };
            match days {
                Some(days) => {
                    let date: summit::EdtfDate = days.parse().unwrap();
                    assert_eq!(value(node, "startDate"), date.start().to_string(), "{id}");
                    assert_eq!(value(node, "endDate"), date.end().to_string(), "{id}");
                }
                None => assert!(value(node, "startDate").is_null(), "{id}"),
            }
            let place = &node[s("location")][0];
            if e["channel"] == "call" {
                assert_eq!(
                    place["@type"],
                    serde_json::json!([s("VirtualLocation")]),
                    "{id}"
                );
            } else {
                assert_eq!(place["@type"], serde_json::json!([s("Place")]));
                let address = &place[s("address")][0];
                assert_eq!(value(address, "addressLocality"), e["city"], "{id}");
                if e.get("coordinates").is_some() {
                    let geo = &place[s("geo")][0];
                    assert_eq!(value(geo, "latitude"), e["coordinates"]["latitude"], "{id}");
                    assert_eq!(
                        value(geo, "longitude"),
                        e["coordinates"]["longitude"],
                        "{id}"
                    );
                }
            }
            // Every Event has a status; none that did not take place is
            // published as scheduled.
            let status = value(node, "eventStatus");
            match e["outcome"].as_str().unwrap() {
                "cancelled" | "proposed" => assert_eq!(status, s("EventCancelled"), "{id}"),
                _ => assert_eq!(status, s("EventScheduled"), "{id}"),
            }
            let attendees = node[s("attendee")].as_array().map_or(0, Vec::len);
            assert_eq!(
                attendees,
                e["participants"].as_array().map_or(0, Vec::len),
                "{id}"
            );
            let citations = node[s("citation")].as_array().unwrap();
            assert!(!citations.is_empty(), "{id}");
        }
    }
}
