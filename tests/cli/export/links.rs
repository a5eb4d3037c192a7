//! Every export links a citation to the source's own address, and to its
//! archived copy only when there is no other.

use crate::common::summit;

const OWN: &str = "https://news.example.org/own-report";
const ITS_ARCHIVE: &str = "https://archive.example.org/own-report";
const ONLY_ARCHIVE: &str = "https://archive.example.org/lost-report";

/// A record citing a source with both addresses, one with an archived copy
/// alone, and a print-only one.
fn dataset() -> String {
    serde_json::json!({
        "title": "Links", "description": "d", "updated": "2026-12-07",
        "sources": [
            {"id": "own", "title": "Own", "publisher": "The Paper", "date": "2025",
             "url": OWN, "archive_url": ITS_ARCHIVE},
            {"id": "lost", "title": "Lost", "publisher": "Gone Daily", "date": "2024",
             "archive_url": ONLY_ARCHIVE},
            {"id": "book", "title": "Memoirs", "publisher": "House", "date": "2020",
             "print_only": true}
        ],
        "encounters": [{
            "id": "a", "title": "Talks", "date": "2025-03-01", "city": "Oslo",
            "country": "Norway", "occasion": "Talks", "outcome": "held",
            "coordinates": {"latitude": 59.91, "longitude": 10.75, "of": "city",
                            "sources": ["own"]},
            "summary": "They met.",
            "highlights": [{"text": "It rained.", "sources": ["lost", "book"]}],
            "quotes": [{"speaker": "Ann", "text": "Hello.", "sources": ["own"]}],
            "sources": ["own", "lost"]
        }]
    })
    .to_string()
}

fn export(format: &str) -> String {
    let out = summit()
        .args(["--data", "-", "export", "--format", format])
        .write_stdin(dataset())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{format}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn each_link_goes_to_the_work_itself() {
    // Formats that give a citation one link: the work's own address, or
    // the archived copy when it is all there is.
    for (format, linked) in [
        (
            "markwhen",
            &(|url: &str| format!("]({url})")) as &dyn Fn(&str) -> String,
        ),
        ("timelinejs", &|url: &str| format!("href=\\\"{url}\\\"")),
        ("geojson", &|url: &str| format!("\"url\":\"{url}\"")),
        ("jsonld", &|url: &str| format!("\"url\":\"{url}\"")),
    ] {
        let out = export(format).replace(": \"", ":\"");
        assert!(out.contains(&linked(OWN)), "{format}: {out}");
        assert!(out.contains(&linked(ONLY_ARCHIVE)), "{format}: {out}");
        // A list of the sources may name an archived copy as such.
        let named = format!("(archived: <a {}", linked(ITS_ARCHIVE));
        assert!(
            !out.replace(&named, "").contains(&linked(ITS_ARCHIVE)),
            "{format}: {out}"
        );
    }
    // Formats that list the sources: the work's own address first, an
    // archived copy named as such.
    let html = export("html");
    assert!(
        html.contains(&format!("<a href=\"{OWN}\">{OWN}</a>")),
        "{html}"
    );
    assert!(
        html.contains(&format!("(<a href=\"{ITS_ARCHIVE}\">archived copy</a>)")),
        "{html}"
    );
    assert!(
        html.contains(&format!("(<a href=\"{ONLY_ARCHIVE}\">archived copy</a>)")),
        "{html}"
    );
    let md = export("markdown");
    assert!(
        md.contains(&format!("<{OWN}> (archived: <{ITS_ARCHIVE}>)")),
        "{md}"
    );
    assert!(
        md.contains(&format!("(archived: <{ONLY_ARCHIVE}>)")),
        "{md}"
    );
    let ics = export("ics").replace("\r\n ", "");
    assert!(
        ics.contains(&format!("{OWN} (archived: {ITS_ARCHIVE})")),
        "{ics}"
    );
}
