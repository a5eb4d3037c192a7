//! The HTML page.

use crate::common::{json_ids, other, process, stdout_of, summit};

use super::{export, page_report};

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
    // The contents have a heading per year, once, in order.
    let years: Vec<&str> = html
        .split("<h3 id=\"year-")
        .skip(1)
        .map(|rest| &rest[..4])
        .collect();
    assert_eq!(years, ["2019", "2020", "2022", "2023"]);
    // Each encounter's facts, participants and topics included.
    assert_eq!(html.matches("<dt>Participants</dt>").count(), 5);
    assert_eq!(html.matches("<dt>Topics</dt>").count(), 5);
    // The JSON-LD in the head is the export's, with no `<` to end it.
    let script = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let embedded: serde_json::Value = serde_json::from_str(script).unwrap();
    let exported: serde_json::Value =
        serde_json::from_str(&other(&["export", "--format", "jsonld"])).unwrap();
    assert_eq!(embedded, exported);
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

/// The HTML page in headless Chromium, used as a reader would: typing into
/// the search box and clicking an outcome toggle hide the sections that do
/// not match; the picture's markers lead to their sections; on a phone
/// (390 pixels) a picture that runs down the page, read without scrolling
/// sideways.
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
var headings = function () {
  return Array.prototype.slice.call(document.querySelectorAll('.contents h3'))
    .filter(function (h) { return !h.hidden && h.offsetParent !== null; })
    .map(function (h) { return h.textContent; });
};
report.phrase_years = headings();
box.value = 'xylophone';
box.dispatchEvent(new Event('input'));
report.none_years = headings();
report.osaka_entry = document.getElementById('contents-2019-osaka').textContent;
box.value = '';
box.dispatchEvent(new Event('input'));
document.querySelector('.controls input[value=held]').click();
report.without_held = visible();
report.count = document.getElementById('count').textContent;
var hrefs = function (selector) {
  return Array.prototype.slice.call(document.querySelectorAll(selector))
    .map(function (a) { return a.getAttribute('href'); });
};
report.links = hrefs('.picture.wide svg a');
report.column_links = hrefs('.picture.narrow svg a');
var wide = document.querySelector('.picture.wide');
var narrow = document.querySelector('.picture.narrow');
report.wide_shown = wide.offsetParent !== null;
report.narrow_shown = narrow.offsetParent !== null;
// The picture shown: its smallest label's height on the screen.
var shown = report.narrow_shown ? narrow : wide;
report.label_height = Math.min.apply(null, Array.prototype.slice.call(shown.querySelectorAll('svg g.encounter text'))
  .map(function (t) { return t.getBoundingClientRect().height / t.querySelectorAll('tspan').length || t.getBoundingClientRect().height; }));
report.page_scrolls = document.documentElement.scrollWidth > window.innerWidth;
report.scrolls = wide.scrollWidth > wide.clientWidth;
report.scroll_left = wide.scrollLeft;
var mark = wide.querySelector('g.encounter').getBoundingClientRect();
var frame = wide.getBoundingClientRect();
report.first_in_view = mark.left >= frame.left && mark.left < frame.right;
// Every line of the narrow picture inside the screen.
report.column_overflow = Array.prototype.slice.call(narrow.querySelectorAll('svg text'))
  .filter(function (t) { var r = t.getBoundingClientRect(); return r.width > 0 && (r.right > window.innerWidth || r.left < 0); })
  .map(function (t) { return t.textContent; });
report.role = document.querySelector('.picture svg').getAttribute('role');
// The search box and the outcome toggles on one line.
var tops = Array.prototype.slice.call(document.querySelectorAll('.controls input, .controls label'))
  .map(function (c) { return c.getBoundingClientRect().top; });
report.control_spread = Math.max.apply(null, tops) - Math.min.apply(null, tops);
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
    let all = crate::common::record_count();
    assert_eq!(desktop["all"], all, "{desktop}");
    assert_eq!(
        desktop["orban"],
        serde_json::json!(["2025-budapest"]),
        "{desktop}"
    );
    assert!(
        !desktop["phrase"].as_array().unwrap().is_empty(),
        "{desktop}"
    );
    // Only the years with something shown keep their heading.
    assert_eq!(
        desktop["phrase_years"],
        serde_json::json!(["2019"]),
        "{desktop}"
    );
    assert_eq!(desktop["none_years"], serde_json::json!([]), "{desktop}");
    // Entries name the place.
    assert!(
        desktop["osaka_entry"]
            .as_str()
            .unwrap()
            .starts_with("Osaka: G20 bilateral meeting"),
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
    assert_eq!(without.len(), all - held.len(), "{desktop}");
    assert!(without.iter().all(|id| !held.contains(id)), "{desktop}");
    assert_eq!(
        desktop["count"],
        format!("{} of {all} records shown", all - held.len())
    );
    assert_eq!(desktop["links"].as_array().unwrap().len(), all, "{desktop}");
    assert!(
        desktop["links"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("#2018-helsinki"))
    );
    assert_eq!(desktop["role"], "img");
    assert!(
        desktop["control_spread"].as_f64().unwrap() < 24.0,
        "{desktop}"
    );
    assert_eq!(desktop["description"], true);
    // On a wide screen the wide picture, whole.
    assert_eq!(
        (&desktop["wide_shown"], &desktop["narrow_shown"]),
        (&serde_json::json!(true), &serde_json::json!(false)),
        "{desktop}"
    );
    assert_eq!(desktop["scrolls"], false, "{desktop}");
    assert_eq!(desktop["scroll_left"], 0.0, "{desktop}");
    // On a phone, the picture that runs down the page: read without
    // scrolling sideways, its text as large as the page's small print,
    // every record's mark leading to its section.
    let phone = run(390);
    assert_eq!(
        (&phone["wide_shown"], &phone["narrow_shown"]),
        (&serde_json::json!(false), &serde_json::json!(true)),
        "{phone}"
    );
    assert_eq!(phone["page_scrolls"], false, "{phone}");
    assert_eq!(phone["column_overflow"], serde_json::json!([]), "{phone}");
    assert!(phone["label_height"].as_f64().unwrap() >= 12.0, "{phone}");
    let sorted = |v: &serde_json::Value| {
        let mut links: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap().to_string())
            .collect();
        links.sort();
        links
    };
    assert_eq!(
        sorted(&phone["column_links"]),
        sorted(&desktop["links"]),
        "{phone}"
    );
}

/// The page speaks of records by their kind: a toggle for each kind
/// shown, each section marked with its kind, a call without a place, a
/// proposal dated by the day it was made public with its plan.
#[test]
fn the_page_names_each_record_s_kind() {
    let html = stdout_of(&["export", "--format", "html"]);
    for kind in ["held", "informal", "cancelled", "proposed", "call", "envoy"] {
        assert!(
            html.contains(&format!(
                "<input type=\"checkbox\" value=\"{kind}\" checked> {kind}</label>"
            )),
            "{kind}"
        );
    }
    let section = |id: &str| {
        let at = html
            .find(&format!("<section class=\"encounter\" id=\"{id}\""))
            .unwrap();
        let end = html[at..].find("</section>").unwrap();
        html[at..at + end].to_string()
    };
    let call = section("2025-03-18-call");
    assert!(call.contains("data-kind=\"call\""), "{call}");
    assert!(!call.contains("<dt>Place</dt>"), "{call}");
    assert!(call.contains("<dt>Time</dt>"), "{call}");
    let plan = section("2020-moscow");
    assert!(
        plan.contains("<dt>Made public</dt>") && plan.contains("<dt>Planned for</dt>"),
        "{plan}"
    );
    assert!(!html.contains("encounters shown"));
    // The footer's dates in words too.
    assert!(
        html.contains("· record checked through 11 March 2026</footer>"),
        "{}",
        &html[html.find("<footer").unwrap()..]
    );
}
