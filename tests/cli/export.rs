//! `summit export`, `validate`, `schema`, `completions` and `man`.

use predicates::prelude::*;

use crate::common::{fixture, json_ids, other, process, stdout_of, summit};

fn export(args: &[&str]) -> String {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    stdout_of(&all)
}

#[test]
fn json_round_trips_through_stdin() {
    let first = export(&["--format", "json"]);
    let out = summit()
        .args(["--data", "-", "export", "--format", "json"])
        .write_stdin(first.clone())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), first);
}

#[test]
fn json_subset_keeps_only_cited_sources() {
    let out = other(&["export", "--format", "json", "--outcome", "informal"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["encounters"].as_array().unwrap().len(), 1);
    let sources: Vec<&str> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    // The gazette (cited by Oslo and a context event) and the diary (cited by
    // a context event); never the uncited one.
    assert_eq!(sources, ["gazette", "diary"]);
}

#[test]
fn ndjson_csv_and_markdown() {
    let nd = export(&["--format", "ndjson"]);
    let ids: Vec<String> = nd
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 11);
    assert_eq!(ids[0], "hamburg-2017");

    let csv = export(&["--format", "csv", "--year", "2018"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(r.records().count(), 4);

    let md = export(&["--format", "markdown"]);
    assert!(md.starts_with("# Trump–Putin encounters, 2017–2025\n"));
    assert!(md.contains("## Summary\n\n| ID |"));
    assert!(md.contains("### Helsinki summit\n"));
    assert!(md.contains("#### Quotes"));
    assert!(md.contains("## Sources\n\n1. "));
}

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
        serde_json::from_str::<serde_json::Value>(summit::BUNDLED_JSON).unwrap()["encounters"]
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
    assert_eq!(prop(dn, "DTSTAMP"), "20261129T000000Z");
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
        ("20251001", "20251201")
    );
    assert_eq!(prop(budapest, "STATUS"), "CANCELLED");
    assert!(prop(budapest, "DESCRIPTION").contains("known only to the month"));
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

#[test]
fn timelinejs_shape_and_precision() {
    let v: serde_json::Value = serde_json::from_str(&export(&["--format", "timelinejs"])).unwrap();
    assert_eq!(
        v["title"]["text"]["headline"],
        "Trump–Putin encounters, 2017–2025"
    );
    let events = v["events"].as_array().unwrap();
    let encounters: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["group"] != "context").collect();
    assert_eq!(encounters.len(), 11);
    // Context events that are not periods are slides of their own group.
    let context: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["group"] == "context").collect();
    assert_eq!(context.len(), 10);
    assert!(
        context
            .iter()
            .any(|c| c["text"]["headline"] == "The Mueller report is released")
    );
    let by_id = |id: &str| events.iter().find(|e| e["unique_id"] == id).unwrap();
    assert_eq!(
        by_id("helsinki-2018")["start_date"],
        serde_json::json!({"year": 2018, "month": 7, "day": 16})
    );
    // A season starts with its first month and ends with its last: the
    // invitation made at Helsinki comes after it.
    assert_eq!(
        by_id("washington-2018")["start_date"],
        serde_json::json!({"year": 2018, "month": 9})
    );
    assert_eq!(
        by_id("washington-2018")["end_date"],
        serde_json::json!({"year": 2018, "month": 11})
    );
    assert_eq!(by_id("washington-2018")["display_date"], "autumn 2018");
    assert_eq!(
        by_id("da-nang-2017")["end_date"],
        serde_json::json!({"year": 2017, "month": 11, "day": 11})
    );
    assert_eq!(by_id("buenos-aires-2018")["group"], "cancelled");
    // Headlines say where, and no two are alike.
    assert_eq!(
        by_id("osaka-2019")["text"]["headline"],
        "Osaka: G20 bilateral meeting"
    );
    let mut headlines: Vec<&str> = events
        .iter()
        .map(|e| e["text"]["headline"].as_str().unwrap())
        .collect();
    headlines.sort_unstable();
    let count = headlines.len();
    headlines.dedup();
    assert_eq!(headlines.len(), count);
    // Slides carry highlights and quotes with numbered references; the
    // sources are listed once, on the title slide.
    let osaka = by_id("osaka-2019")["text"]["text"].as_str().unwrap();
    assert!(
        osaka.contains("<li>") && osaka.contains("<blockquote>"),
        "{osaka}"
    );
    assert!(
        osaka.contains("]</p>") || osaka.contains("]</li>"),
        "{osaka}"
    );
    assert!(!osaka.contains("http"), "{osaka}");
    let title = v["title"]["text"]["text"].as_str().unwrap();
    assert!(title.contains("<ol><li>"), "{title}");
    assert!(
        title.contains("Trump and Putin&#39;s past encounters"),
        "{title}"
    );
    let listed = title.matches("<li>").count();
    let highest = events
        .iter()
        .flat_map(|e| {
            let text = e["text"]["text"].as_str().unwrap().to_string();
            text.split('[')
                .skip(1)
                .filter_map(|r| r.split(']').next()?.parse::<usize>().ok())
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap();
    assert_eq!(listed, highest, "every number cited is listed, and no more");
    // Text is HTML-escaped.
    let v: serde_json::Value =
        serde_json::from_str(&other(&["export", "--format", "timelinejs"])).unwrap();
    let paris = &v["events"][0];
    assert_eq!(paris["text"]["headline"], "Paris: Élysée working lunch");
    // Context events that span a period become eras.
    assert_eq!(v["eras"][0]["text"]["headline"], "Travel restrictions");
    assert_eq!(
        v["eras"][0]["start_date"],
        serde_json::json!({"year": 2020, "month": 3})
    );
}

#[test]
fn svg_is_well_formed_and_deterministic() {
    let svg = export(&["--format", "svg"]);
    assert_eq!(svg, export(&["--format", "svg"]));
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let groups: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("encounter"))
        .collect();
    assert_eq!(groups.len(), 11);
    assert_eq!(
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("gap"))
            .count(),
        3
    );
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    for year in ["2017", "2020", "2025"] {
        assert!(texts.contains(&year), "tick {year}");
    }
    assert!(
        texts
            .iter()
            .any(|t| t.contains("6 years 1 month 18 days without meeting in person"))
    );
    // Labels in the same row never overlap: compare text extents per row.
    let mut rows: std::collections::BTreeMap<String, Vec<(f64, f64)>> = Default::default();
    for g in &groups {
        let label = g
            .children()
            .find(|c| c.tag_name().name() == "text")
            .unwrap();
        let x: f64 = label.attribute("x").unwrap().parse().unwrap();
        let w = label.text().unwrap().chars().count() as f64 * 6.4;
        let (x0, x1) = if label.attribute("text-anchor") == Some("end") {
            (x - w, x)
        } else {
            (x, x + w)
        };
        rows.entry(label.attribute("y").unwrap().to_string())
            .or_default()
            .push((x0, x1));
    }
    for spans in rows.values_mut() {
        spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        for pair in spans.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "overlapping labels {pair:?}");
        }
    }
    // Text is escaped: the fixture's title has an apostrophe, its highlights <>&.
    let svg = other(&["export", "--format", "svg"]);
    roxmltree::Document::parse(&svg).unwrap();
}

#[test]
fn html_is_self_contained_and_escaped() {
    let html = other(&["export", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg"));
    assert!(html.contains("&quot;Baltic &amp; North Sea&quot; &lt;charter&gt;"));
    assert!(!html.contains("<charter>"));
    // One inline script, nothing loaded: it works from a file, offline.
    assert_eq!(html.matches("<script>").count(), 1);
    assert!(!html.contains("<script src"));
    // Nothing is loaded from the network; links to sources are fine.
    for external in [
        "src=\"http",
        "<link",
        "@import",
        "url(",
        "fetch(",
        "XMLHttpRequest",
    ] {
        assert!(!html.contains(external), "external reference {external}");
    }
}

/// Render the HTML export in headless Chromium and check the picture is not
/// blank.
#[test]
#[ignore = "needs Chromium: cargo test -- --include-ignored (bash .ci/run installs it)"]
fn html_renders_in_headless_chromium() {
    let chromium = crate::common::chromium();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("timeline.html");
    let png = dir.path().join("shot.png");
    summit()
        .args([
            "export",
            "--format",
            "html",
            "--output",
            page.to_str().unwrap(),
        ])
        .assert()
        .success();
    let profile = dir.path().join("profile");
    let status = process(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1280,900",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        png.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&status.stderr)
    );

    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels = &buf[..info.buffer_size()];
    let total = pixels.len() / channels;
    let non_white = pixels
        .chunks(channels)
        .filter(|p| p[..3].iter().any(|&c| c < 200))
        .count();
    let coloured = pixels
        .chunks(channels)
        .filter(|p| p[..3].iter().max().unwrap() - p[..3].iter().min().unwrap() > 60)
        .count();
    assert!(
        non_white * 100 > total,
        "page is blank: {non_white} of {total} pixels drawn"
    );
    assert!(
        coloured > 200,
        "no coloured markers: {coloured} coloured pixels"
    );
}

#[test]
fn output_dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = summit()
        .current_dir(dir.path())
        .args(["export", "--format", "csv", "--output", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("id,title,date"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// `summit export --format FORMAT --output TARGET` and any `extra` flags.
fn export_to(format: &str, target: &std::path::Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    summit()
        .args(["export", "--format", format, "--output"])
        .arg(target)
        .args(extra)
        .assert()
}

#[test]
fn output_file_is_written_atomically_and_never_clobbered() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    export_to("csv", &target, &[]).success().stdout("");
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("id,title,date"));

    std::fs::write(&target, b"precious").unwrap();
    export_to("json", &target, &[])
        .code(1)
        .stderr(predicate::str::contains("already exists; use --force"));
    assert_eq!(std::fs::read(&target).unwrap(), b"precious");

    export_to("json", &target, &["--force"]).success();
    assert!(std::fs::read_to_string(&target).unwrap().starts_with('{'));
    // No temporary files are left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let missing = dir.path().join("no/such/folder/out.csv");
    export_to("csv", &missing, &[]).code(1).stderr(
        predicate::str::starts_with("error: ")
            .and(predicate::str::contains("cannot write in folder")),
    );
    summit()
        .args(["export", "--format", "csv", "--force"])
        .assert()
        .code(2);
}

#[test]
fn validate_reports_ok_or_every_problem() {
    summit()
        .arg("validate")
        .assert()
        .success()
        .stdout("ok: <bundled>: 11 encounters, 71 sources\n");
    let path = fixture("other-leaders.json");
    summit()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .success()
        .stdout(format!("ok: {}: 5 encounters, 3 sources\n", path.display()));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    let text = summit::BUNDLED_JSON
        .replacen("\"outcome\": \"held\"", "\"outcome\": \"helds\"", 1)
        .replacen("\"summary\"", "\"sumary\"", 2)
        .replacen(
            "\"date\": \"2018-07-16\",\n      \"city\"",
            "\"date\": \"2018-7-16\",\n      \"city\"",
            1,
        );
    std::fs::write(&bad, text).unwrap();
    let out = summit()
        .args(["validate", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert!(
        lines[..4]
            .iter()
            .all(|l| l.starts_with("error: ") && l.contains("bad.json:")),
        "{stderr}"
    );
    // Both problems of the first record, and those of the others.
    assert!(
        lines[0].contains("encounters[0].outcome: unknown outcome \"helds\""),
        "{stderr}"
    );
    assert!(
        lines[1]
            .contains("encounters[0].sumary: unknown field \"sumary\" (did you mean \"summary\"?)"),
        "{stderr}"
    );
    assert!(
        lines[2]
            .contains("encounters[1].sumary: unknown field \"sumary\" (did you mean \"summary\"?)"),
        "{stderr}"
    );
    assert!(
        lines[3].contains("encounters[3].date: invalid date \"2018-7-16\""),
        "{stderr}"
    );
    assert!(
        lines[4] == format!("error: 4 problems in {}", bad.display()),
        "{stderr}"
    );
}

#[test]
fn schema_validates_the_bundled_dataset() {
    let schema: serde_json::Value = serde_json::from_str(&stdout_of(&["schema"])).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let data: serde_json::Value = serde_json::from_str(summit::BUNDLED_JSON).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let other: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("other-leaders.json")).unwrap())
            .unwrap();
    assert!(validator.is_valid(&other));
    // And it rejects what the loader rejects.
    let mut bad = data.clone();
    bad["encounters"][0]["outcome"] = "helds".into();
    assert!(!validator.is_valid(&bad));
    let mut bad = data;
    bad["encounters"][0]["sumary"] = "x".into();
    assert!(!validator.is_valid(&bad));
}

#[test]
fn bash_completion_offers_the_subcommands() {
    let script = stdout_of(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("summit.bash");
    std::fs::write(&file, script).unwrap();
    let probe = format!(
        "source '{}'; COMP_WORDS=(summit ''); COMP_CWORD=1; COMP_LINE='summit '; COMP_POINT=7; _summit summit '' summit; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        file.display()
    );
    let out = process("bash")
        .args(["--norc", "-c", &probe])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let words = String::from_utf8(out.stdout).unwrap();
    for cmd in [
        "list", "show", "timeline", "stats", "search", "quotes", "export", "validate",
    ] {
        assert!(
            words.lines().any(|w| w == cmd),
            "{cmd} not offered: {words}"
        );
    }
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        assert!(
            stdout_of(&["completions", shell]).contains("summit"),
            "{shell}"
        );
    }
}

#[test]
fn man_page_is_roff() {
    let man = stdout_of(&["man"]);
    assert!(
        man.starts_with(".ie \\n(.g .ds Aq") || man.contains(".TH summit"),
        "{}",
        &man[..80]
    );
    assert!(man.contains(".TH summit"));
    assert!(man.contains("timeline"));
    // Every page the main page names exists: `summit man COMMAND` prints it.
    let named: Vec<&str> = man
        .split("summit\\-")
        .skip(1)
        .filter_map(|rest| rest.split_once("(1)").map(|(name, _)| name))
        .collect();
    assert!(named.len() >= 12, "{named:?}");
    for name in named {
        let page = stdout_of(&["man", name]);
        assert!(page.contains(&format!(".TH summit-{name} 1")), "{name}");
    }
    summit()
        .args(["man", "bogus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no subcommand \"bogus\""));
}

/// Every column of the CSV holds the value the JSON export has for the
/// same record: scalars as they are, list fields split back into their
/// items line by line, quotes into speaker, words and context, and each
/// date's first and last day. Records end with CRLF (RFC 4180).
#[test]
fn every_csv_column_reads_back_to_the_json_value() {
    let json: serde_json::Value = serde_json::from_str(&export(&["--format", "json"])).unwrap();
    let records = json["encounters"].as_array().unwrap();
    let csv_text = export(&["--format", "csv"]);
    assert!(csv_text.starts_with("id,title,date,start,end,"));
    assert!(csv_text.split('\n').next().unwrap().ends_with('\r'));
    assert!(csv_text.ends_with("\r\n"));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id",
            "title",
            "date",
            "start",
            "end",
            "city",
            "country",
            "venue",
            "occasion",
            "outcome",
            "duration_minutes",
            "duration_note",
            "participants",
            "summary",
            "highlights",
            "quotes",
            "topics",
            "sources"
        ]
    );
    // The first and last day of each bundled date, worked out by hand.
    let bounds = [
        ("hamburg-2017", "2017-07-07", "2017-07-07"),
        ("hamburg-2017-dinner", "2017-07-07", "2017-07-07"),
        ("da-nang-2017", "2017-11-10", "2017-11-11"),
        ("helsinki-2018", "2018-07-16", "2018-07-16"),
        ("washington-2018", "2018-09-01", "2018-11-30"),
        ("paris-2018", "2018-11-11", "2018-11-11"),
        ("buenos-aires-2018", "2018-11-30", "2018-12-01"),
        ("osaka-2019", "2019-06-28", "2019-06-28"),
        ("moscow-2020", "2020-05-09", "2020-05-09"),
        ("alaska-2025", "2025-08-15", "2025-08-15"),
        ("budapest-2025", "2025-10-01", "2025-11-30"),
    ];
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), records.len());
    assert_eq!(rows.len(), bounds.len());
    for ((row, record), (id, start, end)) in rows.iter().zip(records).zip(bounds) {
        let cell = |name: &str| &row[header.iter().position(|h| h == name).unwrap()];
        // A list item is a string, or an object with its text (a cited
        // highlight).
        let text = |v: &serde_json::Value| {
            v.as_str()
                .or_else(|| v["text"].as_str())
                .unwrap_or("")
                .to_string()
        };
        let list = |name: &str| -> Vec<String> {
            record[name]
                .as_array()
                .map(|items| items.iter().map(text).collect())
                .unwrap_or_default()
        };
        // A list cell splits back into its items, one per line.
        let split = |name: &str| -> Vec<String> {
            let cell = cell(name);
            if cell.is_empty() {
                Vec::new()
            } else {
                cell.split('\n').map(String::from).collect()
            }
        };
        assert_eq!(cell("id"), id);
        assert_eq!(cell("start"), start, "{id}");
        assert_eq!(cell("end"), end, "{id}");
        for name in [
            "id",
            "title",
            "date",
            "city",
            "country",
            "venue",
            "occasion",
            "outcome",
            "duration_note",
            "summary",
        ] {
            assert_eq!(cell(name), text(&record[name]), "{id}.{name}");
        }
        let minutes = record["duration_minutes"]
            .as_u64()
            .map(|m| m.to_string())
            .unwrap_or_default();
        assert_eq!(cell("duration_minutes"), minutes, "{id}");
        for name in ["participants", "highlights", "topics", "sources"] {
            assert_eq!(split(name), list(name), "{id}.{name}");
        }
        // Each quote line reads back as speaker, words and context.
        let quotes: Vec<(String, String, Option<String>)> = record["quotes"]
            .as_array()
            .map(|qs| {
                qs.iter()
                    .map(|q| {
                        let context = q["context"].as_str().map(String::from);
                        (text(&q["speaker"]), text(&q["text"]), context)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let read: Vec<(String, String, Option<String>)> = split("quotes")
            .iter()
            .map(|line| {
                let (speaker, rest) = line.split_once(": \"").unwrap();
                let (words, context) = match rest.rsplit_once("\" (") {
                    Some((words, context)) if context.ends_with(')') => (
                        words.to_string(),
                        context.strip_suffix(')').map(String::from),
                    ),
                    _ => (rest.trim_end_matches('"').to_string(), None),
                };
                (speaker.to_string(), words, context)
            })
            .collect();
        assert_eq!(read, quotes, "{id}.quotes");
    }
    // Fields that are filled somewhere are checked somewhere.
    for name in ["venue", "duration_minutes", "quotes", "participants"] {
        assert!(
            rows.iter()
                .any(|r| !r[header.iter().position(|h| h == name).unwrap()].is_empty()),
            "{name}"
        );
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

/// The schema describes dates and outcomes: a document the loader rejects
/// for them is rejected by the schema too.
#[test]
fn schema_rejects_bad_types() {
    let schema: serde_json::Value = serde_json::from_str(&stdout_of(&["schema"])).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let bundled: serde_json::Value = serde_json::from_str(summit::BUNDLED_JSON).unwrap();
    assert!(validator.is_valid(&bundled));
    for (pointer, bad) in [
        ("/encounters/0/date", serde_json::json!(2018)),
        ("/encounters/0/outcome", serde_json::json!("won")),
        (
            "/encounters/0/highlights/0",
            serde_json::json!({"text": "x", "sauces": []}),
        ),
        ("/sources/0/date", serde_json::json!(["2025"])),
    ] {
        let mut doc = bundled.clone();
        *doc.pointer_mut(pointer).unwrap() = bad;
        assert!(!validator.is_valid(&doc), "{pointer} accepted");
    }
}

/// The schema agrees with validate: every bad fixture that is JSON is
/// rejected by both, except those breaking a rule that spans values, which
/// the schema's description lists instead.
#[test]
fn schema_and_validate_reject_the_same_files() {
    let schema: serde_json::Value = serde_json::from_str(&stdout_of(&["schema"])).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let description = schema["description"].as_str().unwrap();
    // Each rule beyond a schema, and the words its description uses for it.
    let beyond = [
        ("duplicate-id.json", "ids are unique"),
        (
            "unresolved-source.json",
            "every cited source id names a source",
        ),
        (
            "highlight-unresolved-source.json",
            "every cited source id names a source",
        ),
        (
            "quote-unresolved-source.json",
            "every cited source id names a source",
        ),
        ("interval-reversed.json", "does not end before it starts"),
        ("date-february-30.json", "no 30 February"),
    ];
    let mut judged = 0;
    for entry in std::fs::read_dir(fixture("bad")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        summit().args(["validate"]).arg(&path).assert().code(1);
        let name = path.file_name().unwrap().to_str().unwrap();
        let Ok(doc) = serde_json::from_slice::<serde_json::Value>(&std::fs::read(&path).unwrap())
        else {
            // Not JSON at all: no schema is consulted.
            continue;
        };
        judged += 1;
        if let Some((_, rule)) = beyond.iter().find(|(f, _)| *f == name) {
            assert!(
                validator.is_valid(&doc),
                "{name} is beyond a schema, yet rejected"
            );
            assert!(description.contains(rule), "the description omits {rule:?}");
        } else {
            assert!(
                !validator.is_valid(&doc),
                "{name}: validate rejects it, the schema accepts it"
            );
        }
    }
    assert!(judged > 25, "{judged}");
    // Blank text, bad ids and URLs, and records citing nothing, each alone.
    let bundled: serde_json::Value = serde_json::from_str(summit::BUNDLED_JSON).unwrap();
    for (pointer, bad) in [
        ("/encounters/0/summary", serde_json::json!("  ")),
        ("/encounters/0/occasion", serde_json::json!("")),
        ("/encounters/0/id", serde_json::json!("Hamburg 2017")),
        ("/sources/0/id", serde_json::json!("a b")),
        ("/sources/0/url", serde_json::json!("www.example.org")),
        ("/encounters/0/sources", serde_json::json!([])),
        ("/context/0/sources", serde_json::json!([])),
        ("/encounters/0/date", serde_json::json!("2018-7-16")),
    ] {
        let mut doc = bundled.clone();
        *doc.pointer_mut(pointer).unwrap() = bad.clone();
        assert!(
            !validator.is_valid(&doc),
            "{pointer} = {bad} accepted by the schema"
        );
        let out = summit()
            .args(["validate", "-"])
            .write_stdin(doc.to_string())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{pointer} = {bad} accepted by validate"
        );
    }
    // No wording about how summit is built.
    let text = schema.to_string();
    for word in ["borrowed", "Cow", "serde", "struct"] {
        assert!(!text.contains(word), "the schema mentions {word:?}");
    }
}

/// A written file gets the permissions any new file gets (0644 under the
/// usual umask); a replaced one keeps its own; a failure names the target,
/// never the temporary file.
#[cfg(unix)]
#[test]
fn written_files_get_the_usual_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    // The umask the test runs under decides what "usual" is.
    let out = process("sh")
        .arg("-c")
        .arg("umask 022 && exec \"$0\" \"$@\"")
        .arg(crate::common::binary())
        .args(["export", "--format", "csv", "--output"])
        .arg(&target)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&target), 0o644);
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).unwrap();
    export_to("json", &target, &["--force"]).success();
    assert_eq!(mode(&target), 0o600);

    let not_a_folder = target.join("x.csv");
    let out = summit()
        .args(["export", "--format", "csv", "--output"])
        .arg(&not_a_folder)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.starts_with(&format!(
        "error: {}: cannot write in folder",
        not_a_folder.display()
    )));
    assert!(!stderr.contains(".summit-"), "{stderr}");
    assert!(!stderr.contains("at path"), "{stderr}");
}

/// `summit init` writes a starter that passes strict validation, with the
/// usual permissions, and never replaces a file without --force.
#[test]
fn init_writes_a_starter_that_validates() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("talks.json");
    let p = file.to_str().unwrap();
    summit()
        .args(["init", p])
        .assert()
        .success()
        .stdout(format!("wrote {p}\n"))
        .stderr(predicate::str::contains("summit validate --strict"));
    summit()
        .args(["validate", "--strict", p])
        .assert()
        .success()
        .stdout(format!("ok: {p}: 1 encounter, 1 source\n"));
    // Every command reads it.
    assert!(stdout_of(&["--data", p, "show", "example-2024"]).contains("Geneva"));

    std::fs::write(&file, "my work").unwrap();
    summit()
        .args(["init", p])
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "error: {p}: already exists; use --force to replace it\n"
        ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "my work");
    summit().args(["init", p, "--force"]).assert().success();
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("\"$schema\"")
    );
    // The default name, in the current folder.
    summit()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .success();
    assert!(dir.path().join("encounters.json").exists());
}

/// Markdown pastes into an article as it is: URLs whole (as autolinks,
/// nothing escaped in them), quotes as blockquotes with their sources.
#[test]
fn markdown_pastes_without_cleanup() {
    let md = export(&["--format", "markdown"]);
    assert!(
        md.contains("<https://washington.mid.ru/en/press-centre/news/the_25th_apec_economic_leaders_meeting_ended_in_danang/>"),
        "{md}"
    );
    assert!(!md.contains("\\_"), "an escaped underscore");
    let quotes = stdout_of(&[
        "quotes",
        "--speaker",
        "putin",
        "--year",
        "2025",
        "--format",
        "markdown",
    ]);
    assert_eq!(
        quotes.lines().take(3).collect::<Vec<_>>(),
        [
            "> “Next time in Moscow,”",
            ">",
            "> — Vladimir Putin (In English, at the close of the joint appearance), Alaska summit, 15 Aug 2025 [1]",
        ]
    );
    assert!(
        quotes.contains("\n## Sources\n\n1. \"Trump's red carpet"),
        "{quotes}"
    );
}

/// Load `page` in headless Chromium `width` pixels wide, let its scripts
/// run for `budget` ms of virtual time, and return the JSON the page left
/// in its `<pre id="report">`.
fn page_report(
    chromium: &str,
    page: &std::path::Path,
    width: u32,
    budget: u32,
) -> serde_json::Value {
    let profile = tempfile::tempdir().unwrap();
    let out = process(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--dump-dom",
        ])
        .arg(format!("--virtual-time-budget={budget}"))
        .arg(format!("--window-size={width},900"))
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let report = dom
        .split("<pre id=\"report\">")
        .nth(1)
        .and_then(|r| r.split("</pre>").next())
        .unwrap_or_else(|| panic!("no report: {}", String::from_utf8_lossy(&out.stderr)));
    serde_json::from_str(&report.replace("&quot;", "\"").replace("&amp;", "&")).unwrap()
}

/// Where `.ci/run` installs TimelineJS3 (the `@knight-lab/timelinejs` npm
/// package): `target/timelinejs`.
fn timelinejs_dist() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/timelinejs/node_modules/@knight-lab/timelinejs/dist")
}

/// The export loaded into TimelineJS3 itself, from disk, in headless
/// Chromium: no errors or warnings, every slide there, in summit's order.
#[test]
#[ignore = "needs Chromium and TimelineJS3: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn timelinejs_loads_the_export_in_order() {
    let chromium = crate::common::chromium();
    let dist = timelinejs_dist();
    crate::common::require(
        dist.join("js/timeline.js").exists(),
        "TimelineJS3",
        "it with `npm install --prefix target/timelinejs @knight-lab/timelinejs@3.9`",
    );
    let data = export(&["--format", "timelinejs"]);
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    let html = format!(
        r#"<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://{dist}/css/timeline.css">
<script>
var problems = [];
window.addEventListener('error', function (e) {{ problems.push('error: ' + e.message); }});
console.warn = function () {{ problems.push('warning: ' + Array.from(arguments).join(' ')); }};
console.error = function () {{ problems.push('error: ' + Array.from(arguments).join(' ')); }};
</script>
<script src="file://{dist}/js/timeline.js"></script></head>
<body><div id="embed" style="width:1200px;height:700px"></div><pre id="report"></pre>
<script>
var report = function () {{
  var ids = [];
  try {{ ids = window.tl.config.events.map(function (e) {{ return e.unique_id; }}); }}
  catch (e) {{ problems.push('error: ' + e.message); }}
  var shown = Array.from(document.querySelectorAll('.tl-message-content'))
    .map(function (m) {{ return m.textContent.trim(); }}).filter(Boolean);
  document.getElementById('report').textContent =
    JSON.stringify({{ids: ids, problems: problems, messages: shown}});
}};
window.tl = new TL.Timeline('embed', {data}, {{}});
setTimeout(report, 3000);
</script></body></html>"#,
        dist = dist.display()
    );
    std::fs::write(&page, html).unwrap();
    let report = page_report(chromium, &page, 1200, 8000);
    assert_eq!(report["problems"], serde_json::json!([]), "{report}");
    assert_eq!(report["messages"], serde_json::json!([]), "{report}");
    // summit's own order: the timeline's entries, context numbered as the
    // export numbers it.
    let timeline: serde_json::Value =
        serde_json::from_str(&stdout_of(&["timeline", "--format", "json"])).unwrap();
    let dataset: serde_json::Value = serde_json::from_str(summit::BUNDLED_JSON).unwrap();
    let context: Vec<&str> = dataset["context"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = timeline
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|entry| match entry["kind"].as_str() {
            Some("encounter") => Some(entry["id"].as_str().unwrap().to_string()),
            Some("context") => {
                let title = entry["title"].as_str().unwrap();
                let i = context.iter().position(|t| *t == title).unwrap();
                Some(format!("context-{}", i + 1))
            }
            _ => None,
        })
        .collect();
    assert_eq!(expected.len(), 21);
    assert_eq!(report["ids"], serde_json::json!(expected));
}

/// The picture says what it shows, can leave the context out, draws the
/// legend as the chart (an invitation hollow), and its text is readable:
/// at least 4.5:1 against the white background.
#[test]
fn svg_title_context_legend_and_contrast() {
    let svg = export(&["--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let title = |doc: &roxmltree::Document| {
        doc.descendants()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text())
            .unwrap()
            .to_string()
    };
    assert_eq!(title(&doc), "Trump–Putin encounters, 2017–2025");
    let year = export(&["--format", "svg", "--year", "2018"]);
    let doc_2018 = roxmltree::Document::parse(&year).unwrap();
    assert_eq!(
        title(&doc_2018),
        "Trump–Putin encounters, 2017–2025 — shown: 2018, 4 of 11 encounters"
    );
    // Context: marks with it, none without.
    assert!(svg.contains("context"));
    let bare = export(&["--format", "svg", "--no-context"]);
    assert!(!bare.contains(">context<"), "the legend names context");
    let json: serde_json::Value =
        serde_json::from_str(&export(&["--format", "json", "--no-context"])).unwrap();
    assert!(
        json["context"].as_array().is_none_or(Vec::is_empty),
        "{json}"
    );
    // Every text's colour against white.
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    };
    for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let fill = text.attribute("fill").unwrap();
        let contrast = 1.05 / (luminance(fill) + 0.05);
        assert!(contrast >= 4.5, "{fill}: {contrast:.2}");
    }
    // The legend's invitation is hollow, as on the chart.
    let legend_rings: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("cy") == Some("44"))
        .collect();
    assert_eq!(legend_rings.len(), 4);
    assert_eq!(legend_rings[3].attribute("fill"), Some("#ffffff"));
    assert_eq!(legend_rings[3].attribute("stroke"), Some("#8b6508"));
}

/// PNG for slides: 1920 pixels wide, or the size asked for, with the title
/// drawn in dark pixels where it belongs.
#[test]
fn png_has_its_size_and_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let decode = |path: &std::path::Path| {
        let decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        buf.truncate(info.buffer_size());
        (info.width, info.height, info.color_type.samples(), buf)
    };
    let plain = dir.path().join("plain.png");
    export_to("png", &plain, &[]).success();
    let (width, height, channels, pixels) = decode(&plain);
    assert_eq!(width, 1920);
    assert!(height > 300, "{height}");
    // The title, 16 px bold at (40, 24) in the picture, 1.6 times larger.
    let dark = (10..45u32)
        .flat_map(|y| (60..700u32).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let i = ((y * width + x) as usize) * channels;
            pixels[i] < 90 && pixels[i + 1] < 90 && pixels[i + 2] < 90
        })
        .count();
    assert!(dark > 1000, "{dark} dark pixels where the title is");
    let slide = dir.path().join("slide.png");
    export_to("png", &slide, &["--size", "16:9"]).success();
    let (w, h, _, _) = decode(&slide);
    assert_eq!((w, h), (1920, 1080));
    let svg = export(&["--format", "svg", "--size", "1600x1200"]);
    assert!(svg.contains(r#"width="1600" height="1200""#), "{svg:.300}");
    summit()
        .args(["export", "--format", "svg", "--size", "wide"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected WIDTHxHEIGHT"));
    summit()
        .args(["export", "--format", "csv", "--size", "16:9"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--size works with --format svg or png",
        ));
}

/// The HTML page in headless Chromium, used as a reader would: typing into
/// the search box and clicking an outcome toggle hide the sections that do
/// not match; the picture's markers lead to their sections; on a phone
/// (390 pixels) the chart keeps legible text and scrolls sideways.
#[test]
#[ignore = "needs Chromium: cargo test -- --include-ignored (bash .ci/run installs it)"]
fn html_page_can_be_explored() {
    let chromium = crate::common::chromium();
    let dir = tempfile::tempdir().unwrap();
    let page = export(&["--format", "html"]);
    // What a reader does, run in the page after its own script.
    let reader = r#"<script>
var visible = function () {
  return Array.prototype.slice.call(document.querySelectorAll('section.encounter'))
    .filter(function (s) { return !s.hidden && s.offsetParent !== null; })
    .map(function (s) { return s.id; });
};
var report = {};
report.all = visible().length;
var box = document.getElementById('search');
box.focus();
box.value = 'ORBAN';
box.dispatchEvent(new Event('input'));
report.orban = visible();
box.value = '"fake news"';
box.dispatchEvent(new Event('input'));
report.phrase = visible();
box.value = '';
box.dispatchEvent(new Event('input'));
document.querySelector('.controls input[value=held]').click();
report.without_held = visible();
report.count = document.getElementById('count').textContent;
report.links = Array.prototype.slice.call(document.querySelectorAll('.picture svg a'))
  .map(function (a) { return a.getAttribute('href'); });
var label = document.querySelector('.picture svg g.encounter text');
report.label_height = label.getBoundingClientRect().height;
var picture = document.querySelector('.picture');
report.scrolls = picture.scrollWidth > picture.clientWidth;
report.role = document.querySelector('.picture svg').getAttribute('role');
report.description = !!document.querySelector('.picture svg desc');
var pre = document.createElement('pre');
pre.id = 'report';
pre.textContent = JSON.stringify(report);
document.body.appendChild(pre);
</script></body>"#;
    let file = dir.path().join("page.html");
    std::fs::write(&file, page.replace("</body>", reader)).unwrap();
    let run = |width: u32| page_report(chromium, &file, width, 3000);
    let desktop = run(1280);
    assert_eq!(desktop["all"], 11, "{desktop}");
    assert_eq!(
        desktop["orban"],
        serde_json::json!(["budapest-2025"]),
        "{desktop}"
    );
    assert!(
        !desktop["phrase"].as_array().unwrap().is_empty(),
        "{desktop}"
    );
    let held: Vec<String> = json_ids(&stdout_of(&[
        "list",
        "--format",
        "json",
        "--outcome",
        "held",
    ]));
    let without: Vec<String> = desktop["without_held"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(without.len(), 11 - held.len(), "{desktop}");
    assert!(without.iter().all(|id| !held.contains(id)), "{desktop}");
    assert_eq!(
        desktop["count"],
        format!("{} of 11 encounters shown", 11 - held.len())
    );
    assert_eq!(desktop["links"].as_array().unwrap().len(), 11, "{desktop}");
    assert!(
        desktop["links"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("#helsinki-2018"))
    );
    assert_eq!(desktop["role"], "img");
    assert_eq!(desktop["description"], true);
    let phone = run(390);
    assert!(phone["label_height"].as_f64().unwrap() >= 10.0, "{phone}");
    assert_eq!(phone["scrolls"], true, "{phone}");
}

/// In the picture no leader line crosses a label, markers of the same or
/// nearby days stay apart, and context events have labels of their own.
#[test]
fn svg_labels_are_never_crossed() {
    for data in [None, Some(fixture("other-leaders.json"))] {
        let mut args = vec!["export".to_string(), "--format".into(), "svg".into()];
        if let Some(path) = &data {
            args.splice(0..0, ["--data".to_string(), path.display().to_string()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let svg = stdout_of(&args);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let groups: Vec<roxmltree::Node> = doc
            .descendants()
            .filter(|n| {
                n.has_tag_name("g")
                    && matches!(n.attribute("class"), Some("encounter" | "context-label"))
            })
            .collect();
        let number = |n: roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
        // Each label's extent, a little under its drawn width (about 4.6
        // pixels a character at 11 px), and its baseline.
        let labels: Vec<(f64, f64, f64, String)> = groups
            .iter()
            .flat_map(|g| g.children().filter(|n| n.has_tag_name("text")))
            .map(|t| {
                let text = t.text().unwrap().to_string();
                let (x, y) = (number(t, "x"), number(t, "y"));
                let w = text.chars().count() as f64 * 4.6;
                let (x0, x1) = if t.attribute("text-anchor") == Some("end") {
                    (x - w, x)
                } else {
                    (x, x + w)
                };
                (x0, x1, y, text)
            })
            .collect();
        for line in groups
            .iter()
            .flat_map(|g| g.children().filter(|n| n.has_tag_name("line")))
        {
            let (x, top, bottom) = (number(line, "x1"), number(line, "y1"), number(line, "y2"));
            for (x0, x1, y, text) in &labels {
                let through = top < y - 4.0 && bottom > y - 4.0;
                assert!(
                    !(through && x > x0 + 3.0 && x < x1 - 3.0),
                    "a leader at x={x} crosses {text:?}"
                );
            }
        }
        // Markers apart, even on the same day.
        let mut markers: Vec<f64> = groups
            .iter()
            .flat_map(|g| g.children().filter(|n| n.has_tag_name("circle")))
            .map(|c| number(c, "cx"))
            .collect();
        markers.sort_by(f64::total_cmp);
        assert!(
            markers.windows(2).all(|w| w[1] - w[0] >= 12.0),
            "{markers:?}"
        );
        // Context events are labelled.
        let json: serde_json::Value = serde_json::from_str(&stdout_of(
            &[&args[..args.len() - 3], &["export", "--format", "json"]].concat(),
        ))
        .unwrap();
        let context = json["context"].as_array().map_or(0, Vec::len);
        let labelled = groups
            .iter()
            .filter(|g| g.attribute("class") == Some("context-label"))
            .count();
        assert_eq!(labelled, context);
    }
}

/// The markwhen export read by markwhen's own parser (`@markwhen/parser`):
/// no messages, and every event's first and last day, title and tag as
/// summit has them, in order.
#[test]
#[ignore = "needs node and @markwhen/parser: cargo test -- --include-ignored (bash .ci/run installs them)"]
fn markwhen_parser_reads_every_event() {
    let parser = crate::common::npm_package("@markwhen/parser");
    for data in [None, Some(crate::common::fixture("other-leaders.json"))] {
        let mut args = Vec::new();
        if let Some(d) = &data {
            args.extend(["--data".to_string(), d.display().to_string()]);
        }
        args.extend(["export", "--format", "markwhen"].map(String::from));
        let text = crate::common::stdout_of(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("timeline.mw");
        std::fs::write(&file, &text).unwrap();
        let script = r#"
const { parse } = require(process.argv[1]);
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const doc = parse(text);
const events = [];
const walk = (n) => n.children ? n.children.forEach(walk) : events.push(n);
walk(doc.events);
console.log(JSON.stringify({
  messages: doc.parseMessages.concat(doc.documentMessages),
  title: doc.header.title,
  events: events.map(e => [e.dateRangeIso.fromDateTimeIso.slice(0, 10),
    e.dateRangeIso.toDateTimeIso.slice(0, 10), e.firstLine.restTrimmed, e.tags,
    e.properties.id || null]),
}));
"#;
        let out: serde_json::Value = serde_json::from_str(&crate::common::node(
            script,
            &[parser.as_os_str(), file.as_os_str()],
        ))
        .unwrap();
        assert_eq!(out["messages"], serde_json::json!([]), "{out}");
        // What summit says, from its own JSON export.
        let mut json_args = args.clone();
        let n = json_args.len();
        json_args[n - 1] = "json".into();
        let d: serde_json::Value = serde_json::from_str(&crate::common::stdout_of(
            &json_args.iter().map(String::as_str).collect::<Vec<_>>(),
        ))
        .unwrap();
        assert_eq!(out["title"], d["title"]);
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let bounds = |edtf: &str| {
            let date: summit::EdtfDate = edtf.parse().unwrap();
            (date.start(), date.end())
        };
        let mut expected = Vec::new();
        for c in d["context"].as_array().into_iter().flatten() {
            let (a, b) = bounds(c["date"].as_str().unwrap());
            expected.push((
                a,
                0,
                b,
                c["title"].as_str().unwrap().to_string(),
                "context".to_string(),
                None,
            ));
        }
        for e in d["encounters"].as_array().unwrap() {
            let (a, b) = bounds(e["date"].as_str().unwrap());
            let title = format!(
                "{} · {}, {}",
                e["title"].as_str().unwrap(),
                e["city"].as_str().unwrap(),
                e["country"].as_str().unwrap()
            );
            let id = e["id"].as_str().map(String::from);
            expected.push((
                a,
                1,
                b,
                title,
                e["outcome"].as_str().unwrap().to_string(),
                id,
            ));
        }
        expected.sort_by_key(|x| (x.0, x.1));
        let events = out["events"].as_array().unwrap();
        assert_eq!(events.len(), expected.len());
        for (got, (first, _, last, title, tag, id)) in events.iter().zip(&expected) {
            assert_eq!(day(got[0].as_str().unwrap()), *first, "{got}");
            // markwhen's end is the midnight after the last day.
            assert_eq!(
                day(got[1].as_str().unwrap()),
                *last + chrono::Days::new(1),
                "{got}"
            );
            assert_eq!(got[2].as_str().unwrap(), title, "{got}");
            assert_eq!(got[3], serde_json::json!([tag]), "{got}");
            assert_eq!(got[4].as_str().map(String::from), *id, "{got}");
        }
    }
}

/// Each GeoJSON point is its encounter's, longitude first (RFC 7946
/// §3.1.1), with the encounter's facts and sources as properties; records
/// without coordinates are named on stderr. No outside tool needed.
#[test]
fn geojson_points_are_the_encounters_longitude_first() {
    let text = export(&["--format", "geojson"]);
    let map: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(map["type"], "FeatureCollection");
    let data: serde_json::Value = serde_json::from_str(summit::BUNDLED_JSON).unwrap();
    let features = map["features"].as_array().unwrap();
    let encounters = data["encounters"].as_array().unwrap();
    assert_eq!(
        features.len(),
        encounters.len(),
        "every bundled record has coordinates"
    );
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
        assert_eq!(f["properties"]["date"], e["date"]);
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
        .find(|f| f["properties"]["id"] == "alaska-2025")
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
        stderr.contains("left out 5 encounters that have no coordinates: paris-2019, oslo-2019"),
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
/// encounter, its status as its outcome says (cancelled: EventCancelled;
/// held and informal: EventScheduled, for they took place as planned or
/// not; proposed: none, for nothing was scheduled), its days and place.
#[test]
fn jsonld_events_carry_their_outcomes_status() {
    let doc: serde_json::Value = serde_json::from_str(&export(&["--format", "jsonld"])).unwrap();
    assert_eq!(doc["@context"], "https://schema.org");
    let data: serde_json::Value = serde_json::from_str(summit::BUNDLED_JSON).unwrap();
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
        let expected = match outcome {
            "cancelled" => Some("https://schema.org/EventCancelled"),
            "held" | "informal" => Some("https://schema.org/EventScheduled"),
            "proposed" => None,
            other => panic!("{other}"),
        };
        assert_eq!(node["eventStatus"].as_str(), expected, "{id}");
        let date: summit::EdtfDate = e["date"].as_str().unwrap().parse().unwrap();
        assert_eq!(node["startDate"], date.start().to_string(), "{id}");
        assert_eq!(node["endDate"], date.end().to_string(), "{id}");
        assert_eq!(
            node["location"]["address"]["addressLocality"], e["city"],
            "{id}"
        );
    }
    assert_eq!(seen.len(), 4, "every outcome is checked: {seen:?}");
}

/// What would read as markwhen syntax stays text: a `#word` is no tag, a
/// line break no new line, and the header's quotes and colons stay YAML
/// strings. No outside tool needed.
#[test]
fn markwhen_text_cannot_read_as_markwhen_syntax() {
    let json = r##"{"title": "Talks: \"#1\" edition", "description": "Two lines:\nhere",
      "updated": "2026-11-29",
      "sources": [{"id": "s", "title": "#Scoop", "publisher": "P", "date": "2026",
                   "url": "https://example.org/a"}],
      "encounters": [{"id": "a", "title": "The #MeToo talks", "date": "2019-09-02",
        "city": "Oslo", "country": "Norway", "occasion": "Walk", "outcome": "informal",
        "summary": "First line.\nSecond #line.", "sources": ["s"],
        "highlights": [{"text": "A #tag here", "sources": ["s"]}]}],
      "context": [{"date": "2019", "title": "Year of #change", "sources": ["s"]}]}"##;
    let out = summit()
        .args(["--data", "-", "export", "--format", "markwhen"])
        .write_stdin(json)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let zw = '\u{200b}';
    assert!(
        text.contains("title: \"Talks: \\\"#1\\\" edition\""),
        "{text}"
    );
    assert!(text.contains("description: \"Two lines: here\""), "{text}");
    assert!(
        text.contains(&format!(
            "2019-09-02: The #{zw}MeToo talks · Oslo, Norway #informal"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("  First line. Second #{zw}line.")),
        "{text}"
    );
    assert!(text.contains(&format!("  - A #{zw}tag here")), "{text}");
    assert!(
        text.contains(&format!(
            "2019-01-01/2019-12-31: Year of #{zw}change #context"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("[P, #{zw}Scoop](https://example.org/a)")),
        "{text}"
    );
    // The only tags are the outcome's and context's.
    let tags: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.starts_with('#') && w.chars().nth(1).is_some_and(char::is_alphabetic))
        .collect();
    assert_eq!(tags, ["#context", "#informal"], "{text}");
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
    let data: serde_json::Value = serde_json::from_str(summit::BUNDLED_JSON).unwrap();
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
            let date: summit::EdtfDate = e["date"].as_str().unwrap().parse().unwrap();
            assert_eq!(value(node, "startDate"), date.start().to_string(), "{id}");
            assert_eq!(value(node, "endDate"), date.end().to_string(), "{id}");
            let place = &node[s("location")][0];
            assert_eq!(place["@type"], serde_json::json!([s("Place")]));
            let address = &place[s("address")][0];
            assert_eq!(value(address, "addressLocality"), e["city"], "{id}");
            let geo = &place[s("geo")][0];
            assert_eq!(value(geo, "latitude"), e["coordinates"]["latitude"], "{id}");
            assert_eq!(
                value(geo, "longitude"),
                e["coordinates"]["longitude"],
                "{id}"
            );
            let status = value(node, "eventStatus");
            match e["outcome"].as_str().unwrap() {
                "cancelled" => assert_eq!(status, s("EventCancelled"), "{id}"),
                "proposed" => assert!(status.is_null(), "{id}"),
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
