//! TimelineJS and Markwhen.

use crate::common::{other, stdout_of, summit};

use super::{export, page_report, timelinejs_dist};

#[test]
fn timelinejs_shape_and_precision() {
    let v: serde_json::Value = serde_json::from_str(&export(&["--format", "timelinejs"])).unwrap();
    assert_eq!(
        v["title"]["text"]["headline"],
        "Trump–Putin contacts, 2016–2026"
    );
    let events = v["events"].as_array().unwrap();
    let encounters: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["group"] != "context").collect();
    assert_eq!(encounters.len(), crate::common::record_count());
    // Context events that are not periods are slides of their own group.
    let context: Vec<&serde_json::Value> =
        events.iter().filter(|e| e["group"] == "context").collect();
    assert_eq!(context.len(), 7);
    assert!(
        context
            .iter()
            .any(|c| c["text"]["headline"] == "The Mueller report is released")
    );
    let by_id = |id: &str| events.iter().find(|e| e["unique_id"] == id).unwrap();
    assert_eq!(
        by_id("2018-helsinki")["start_date"],
        serde_json::json!({"year": 2018, "month": 7, "day": 16})
    );
    // A proposal is on the day it was made public; its display date and
    // its text say what was planned.
    assert_eq!(
        by_id("2018-washington")["start_date"],
        serde_json::json!({"year": 2018, "month": 7, "day": 19})
    );
    assert_eq!(
        by_id("2018-washington")["display_date"],
        "19 Jul 2018, for autumn 2018"
    );
    assert!(
        by_id("2018-washington")["text"]["text"]
            .as_str()
            .unwrap()
            .contains("Made public on this day; planned for autumn 2018."),
    );
    assert_eq!(
        by_id("2017-da-nang")["end_date"],
        serde_json::json!({"year": 2017, "month": 11, "day": 11})
    );
    // A row per kind of record.
    assert_eq!(by_id("2018-buenos-aires")["group"], "cancelled meetings");
    assert_eq!(by_id("2025-03-18-call")["group"], "calls");
    assert_eq!(by_id("2025-08-06-witkoff")["group"], "envoy meetings");
    assert_eq!(by_id("2019-osaka")["group"], "meetings held");
    // Trump's terms are eras; the second, not yet ended, runs to the last
    // day the timeline shows (16 October 2025, Budapest's).
    let eras = v["eras"].as_array().unwrap();
    let second = eras
        .iter()
        .find(|e| e["text"]["headline"] == "Trump&#39;s second term")
        .unwrap();
    assert_eq!(
        second["end_date"],
        serde_json::json!({"year": 2025, "month": 10, "day": 16})
    );
    assert!(
        eras.iter()
            .any(|e| e["text"]["headline"] == "Trump&#39;s first term")
    );
    // Headlines say where, and no two are alike.
    assert_eq!(
        by_id("2019-osaka")["text"]["headline"],
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
    // A slide holds what reads without scrolling: the summary and at most
    // three highlights, each citation a link to its source (numbered as
    // the title slide's list numbers them); its leading quote is its
    // media, a blockquote TimelineJS shows beside the text with its
    // credit: who, the day said, the source.
    let osaka = by_id("2019-osaka")["text"]["text"].as_str().unwrap();
    assert!(
        osaka.contains("<li>") && !osaka.contains("<blockquote>"),
        "{osaka}"
    );
    let media = &by_id("2019-osaka")["media"];
    assert_eq!(
        media["url"],
        "<blockquote>“we’ve had a very, very good relationship.”</blockquote>"
    );
    let credit = media["credit"].as_str().unwrap();
    assert!(
        credit.starts_with("Donald Trump, 28 Jun 2019 <a href="),
        "{credit}"
    );
    let budapest = &by_id("2025-budapest")["media"]["credit"];
    assert!(
        budapest
            .as_str()
            .unwrap()
            .starts_with("Donald Trump, 21 Oct 2025 <a href="),
        "{budapest}"
    );
    assert!(by_id("2017-05-02-call").get("media").is_some());
    assert!(osaka.matches("<li>").count() <= 3, "{osaka}");
    assert!(
        osaka.contains("<a href=\"https://www.reuters.com/") && osaka.contains("]</a></li>"),
        "{osaka}"
    );
    // Headlines do not repeat the place, and a context slide does not
    // repeat its headline.
    assert_eq!(
        by_id("2018-helsinki")["text"]["headline"],
        "Helsinki summit"
    );
    for c in &context {
        let headline = c["text"]["headline"].as_str().unwrap();
        let text = c["text"]["text"].as_str().unwrap();
        assert!(
            !text.contains(headline) && text.starts_with("<p>Sources: <a href="),
            "{text}"
        );
    }
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
            let text = format!(
                "{}{}",
                e["text"]["text"].as_str().unwrap(),
                e["media"]["credit"].as_str().unwrap_or("")
            );
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
    let paris = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["unique_id"] == "paris-2019")
        .unwrap();
    assert_eq!(paris["text"]["headline"], "Paris: Élysée working lunch");
    // Context events that span a period become eras.
    assert_eq!(v["eras"][0]["text"]["headline"], "Travel restrictions");
    assert_eq!(
        v["eras"][0]["start_date"],
        serde_json::json!({"year": 2020, "month": 3})
    );
    // Only periods: an event dated to a month or a season, which has an
    // end, is a slide of its own.
    let mut data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(crate::common::fixture("other-leaders.json")).unwrap(),
    )
    .unwrap();
    data["context"].as_array_mut().unwrap().push(
        serde_json::json!({"date": "2019-22", "title": "Summer talks", "sources": ["diary"]}),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("season.json");
    std::fs::write(&file, data.to_string()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&crate::common::stdout_of(&[
        "--data",
        file.to_str().unwrap(),
        "export",
        "--format",
        "timelinejs",
    ]))
    .unwrap();
    assert_eq!(v["eras"].as_array().unwrap().len(), 1);
    for headline in ["Varga becomes chancellor", "Summer talks"] {
        let event = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["text"]["headline"] == headline)
            .unwrap_or_else(|| panic!("{headline}"));
        assert_eq!(event["group"], "context");
    }
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
<body style="margin:0"><div id="embed" style="width:1280px;height:720px"></div><pre id="report"></pre>
<script>
var report = function () {{
  var ids = [];
  try {{ ids = window.tl.config.events.map(function (e) {{ return e.unique_id; }}); }}
  catch (e) {{ problems.push('error: ' + e.message); }}
  // A slide's media shows "Loading" (then "Loading Quote") until
  // TimelineJS draws it, which it does near the slide shown; any other
  // message is a problem.
  var shown = Array.from(document.querySelectorAll('.tl-message-content'))
    .map(function (m) {{ return m.textContent.trim(); }})
    .filter(function (m) {{ return m && m.indexOf('Loading') !== 0; }});
  var quotes = Array.from(document.querySelectorAll('.tl-media-blockquote blockquote'))
    .map(function (q) {{ return q.textContent.trim(); }});
  // Slides whose text is taller than their frame (it would scroll).
  var tall = Array.from(document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)'))
    .filter(function (s) {{
      var c = s.querySelector('.tl-slide-content');
      return c && c.offsetHeight > s.offsetHeight;
    }})
    .map(function (s) {{ return (s.querySelector('.tl-headline') || {{}}).textContent; }});
  var slides = document.querySelectorAll('.tl-slide').length;
  document.getElementById('report').textContent =
    JSON.stringify({{ids: ids, problems: problems, messages: shown, tall: tall, slides: slides, quotes: quotes}});
}};
window.tl = new TL.Timeline('embed', {data}, {{}});
// To a slide with a quote, so that TimelineJS draws its media.
setTimeout(function () {{ window.tl.goToId('2017-hamburg'); }}, 2000);
setTimeout(report, 4000);
</script></body></html>"#,
        dist = dist.display()
    );
    std::fs::write(&page, html).unwrap();
    let report = page_report(chromium, &page, 1280, 8000);
    assert_eq!(report["problems"], serde_json::json!([]), "{report}");
    // Every slide reads without scrolling at 1280×720.
    assert!(report["slides"].as_u64().unwrap() > 10, "{report}");
    assert_eq!(report["tall"], serde_json::json!([]), "{report}");
    assert_eq!(report["messages"], serde_json::json!([]), "{report}");
    // The leading quotes are drawn as blockquotes (those of the slides
    // near the one shown, at least).
    let quotes = report["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty(), "{report}");
    assert!(
        quotes.iter().all(|q| q.as_str().unwrap().starts_with('“')),
        "{report}"
    );
    // summit's own order: the timeline's entries, context numbered as the
    // export numbers it.
    let timeline: serde_json::Value =
        serde_json::from_str(&stdout_of(&["timeline", "--format", "json"])).unwrap();
    let dataset: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
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
            Some("record") => Some(entry["id"].as_str().unwrap().to_string()),
            Some("context") => {
                let title = entry["title"].as_str().unwrap();
                let i = context.iter().position(|t| *t == title).unwrap();
                // A period is an era, not a slide.
                let period = dataset["context"][i]["date"]
                    .as_str()
                    .unwrap()
                    .contains('/');
                (!period).then(|| format!("context-{}", i + 1))
            }
            _ => None,
        })
        .collect();
    let d = crate::common::record();
    let periods = d.context.iter().filter(|c| c.date.is_interval()).count();
    assert_eq!(
        expected.len(),
        d.encounters.len() + d.context.len() - periods
    );
    assert_eq!(report["ids"], serde_json::json!(expected));
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
            // A call has no place; its tag is its channel, as an envoy
            // meeting's is; a meeting's is its outcome.
            let title = match e["channel"].as_str() {
                Some("call") => e["title"].as_str().unwrap().to_string(),
                _ => format!(
                    "{} · {}, {}",
                    e["title"].as_str().unwrap(),
                    e["city"].as_str().unwrap(),
                    e["country"].as_str().unwrap()
                ),
            };
            let tag = match e["channel"].as_str() {
                Some(c @ ("call" | "envoy")) => c.to_string(),
                _ => e["outcome"].as_str().unwrap().to_string(),
            };
            let id = e["id"].as_str().map(String::from);
            expected.push((a, 1, b, title, tag, id));
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
