//! SVG and PNG.

use predicates::prelude::*;

use crate::common::{fixture, other, stdout_of, summit};

use super::{export, export_to};

#[test]
fn svg_is_well_formed_and_deterministic() {
    let svg = export(&["--format", "svg"]);
    assert_eq!(svg, export(&["--format", "svg"]));
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    // A group per meeting, labelled; a mark per call and envoy meeting.
    let groups: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("encounter"))
        .collect();
    let contacts = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("contact"))
        .count();
    assert_eq!((groups.len(), contacts), (18, 7));
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
        // About 6 pixels a character at 11 px: the labels are measured in
        // the face, 10 apart.
        let w = label.text().unwrap().chars().count() as f64 * 5.9;
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
    // The years of the title are those of the axis (the context reaches
    // back to 2014), not the dataset title's own.
    assert_eq!(title(&doc), "Trump–Putin contacts, 2014–2025");
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .filter(|t| t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(
        (labels.first().copied(), labels.last().copied()),
        (Some("2014"), Some("2025")),
        "{labels:?}"
    );
    let year = export(&["--format", "svg", "--year", "2018", "--no-context"]);
    let doc_2018 = roxmltree::Document::parse(&year).unwrap();
    assert_eq!(
        title(&doc_2018),
        "Trump–Putin contacts, 2018 — 9 of 25 records shown"
    );
    // A credit line a newsroom can print: the data, and how far it was
    // checked.
    let credit = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("credit"))
        .and_then(|n| n.text())
        .unwrap();
    assert!(
        credit.starts_with("Source: Trump–Putin contacts, updated ")
            && credit.contains("checked against published reporting through 11 Mar 2026"),
        "{credit}"
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
        // Markers never cover each other, even on the same day: those
        // closer than 12 along the axis stand at different heights.
        let markers: Vec<(f64, f64)> = groups
            .iter()
            .flat_map(|g| g.children().filter(|n| n.has_tag_name("circle")))
            .map(|c| (number(c, "cx"), number(c, "cy")))
            .collect();
        for (i, a) in markers.iter().enumerate() {
            for b in &markers[i + 1..] {
                assert!(
                    (a.0 - b.0).abs() >= 12.0 || (a.1 - b.1).abs() >= 12.0,
                    "{a:?} {b:?}"
                );
            }
        }
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

/// A size too small to read is refused, naming the smallest size of the
/// same shape that reads; that size is accepted, and nothing is written
/// for the refused one.
#[test]
fn a_picture_too_small_to_read_is_refused_with_the_size_that_reads() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small.png");
    let out = crate::common::summit()
        .args(["export", "--format", "png", "--size", "400x300", "--output"])
        .arg(&small)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!small.exists());
    let suggested = stderr
        .split("give at least ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or_else(|| panic!("{stderr}"));
    let (w, h) = suggested.split_once('x').unwrap();
    let (w, h): (f64, f64) = (w.parse().unwrap(), h.parse().unwrap());
    assert!((w / h - 400.0 / 300.0).abs() < 0.01, "{suggested}");
    let svg = crate::common::stdout_of(&["export", "--format", "svg", "--size", suggested]);
    assert!(svg.starts_with("<svg"), "{svg}");
    // The 16:9 slide size reads.
    crate::common::summit()
        .args(["export", "--format", "svg", "--size", "16:9"])
        .assert()
        .success();
}

/// A picture of one year is marked by month, and is no taller than its
/// labels need.
#[test]
fn a_one_year_picture_has_month_ticks() {
    let svg = crate::common::stdout_of(&["export", "--format", "svg", "--year", "2018"]);
    // Every month is labelled, the last one too: the axis runs to the
    // year's end.
    let labels = |svg: &str| -> Vec<String> {
        svg.split(r##"fill="#444444">"##)
            .skip(1)
            .map(|rest| rest.split('<').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        labels(&svg),
        [
            "2018", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
        ]
    );
    // The whole record is labelled by year; the tick that ends the axis,
    // the first day after the last year shown, is left unlabelled.
    let whole = crate::common::stdout_of(&["export", "--format", "svg"]);
    let years: Vec<String> = (2014..=2025).map(|y| y.to_string()).collect();
    assert_eq!(labels(&whole), years);
    assert_eq!(
        whole.matches(r##"stroke="#444444"/>"##).count(),
        years.len() + 1
    );
    // Over a span ticked every two years, the last tick falls inside the
    // last year shown, and is labelled.
    let mut data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(crate::common::fixture("other-leaders.json")).unwrap(),
    )
    .unwrap();
    let context = data["context"].as_array_mut().unwrap();
    context.push(serde_json::json!({"date": "1990", "title": "Start", "sources": ["diary"]}));
    context.push(serde_json::json!({"date": "2024-06", "title": "End", "sources": ["diary"]}));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("long.json");
    std::fs::write(&file, data.to_string()).unwrap();
    let long = crate::common::stdout_of(&[
        "--data",
        file.to_str().unwrap(),
        "export",
        "--format",
        "svg",
    ]);
    let even: Vec<String> = (1990..=2024).step_by(2).map(|y| y.to_string()).collect();
    assert_eq!(labels(&long), even);
    let height = |svg: &str| -> f64 {
        svg.split("viewBox=\"")
            .nth(1)
            .and_then(|v| v.split('"').next())
            .and_then(|v| v.split(' ').nth(3))
            .and_then(|h| h.parse().ok())
            .unwrap()
    };
    assert!(
        height(&svg) < height(&whole),
        "{} vs {}",
        height(&svg),
        height(&whole)
    );
}

/// The first child of `g` with the tag `tag`.
fn child<'a, 'input>(g: roxmltree::Node<'a, 'input>, tag: &str) -> roxmltree::Node<'a, 'input> {
    g.children().find(|n| n.has_tag_name(tag)).unwrap()
}

/// The picture's geometry holds together: each meeting's marker stands at
/// its own date on the axis (never moved along it), stacked over others
/// of the same place; each label's leader runs from just under it down to
/// its marker; label rows are 18 apart, the lowest 30 above the stacked
/// markers; ticks cross the axis with their years under them; calls and
/// envoy meetings sit on a strip 30 under the axis, 10 apart when stacked;
/// gap brackets hang below it in rows 28 apart, each note under its
/// bracket; context diamonds sit on the axis under their leaders, periods
/// as bands; the view is as tall as all of that.
#[test]
fn svg_geometry_holds_together() {
    let svg = export(&["--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let number = |n: roxmltree::Node, a: &str| -> f64 { n.attribute(a).unwrap().parse().unwrap() };
    let axis = doc
        .descendants()
        .find(|n| n.has_tag_name("line") && n.attribute("stroke-width") == Some("1.5"))
        .unwrap();
    let axis_y = number(axis, "y1");
    assert_eq!((number(axis, "x1"), number(axis, "x2")), (40.0, 1160.0));
    // Ticks: across the axis, each year under its tick; a day's place on
    // the axis is read from them.
    let ticks: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("line") && n.attribute("stroke") == Some("#444444"))
        .filter(|n| n.attribute("stroke-width").is_none())
        .collect();
    let years: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("fill") == Some("#444444"))
        .collect();
    for tick in &ticks {
        assert_eq!(
            (number(*tick, "y1"), number(*tick, "y2")),
            (axis_y - 4.0, axis_y + 4.0)
        );
    }
    for (year, tick) in years.iter().zip(&ticks) {
        assert_eq!(number(*year, "x"), number(*tick, "x1"));
        assert_eq!(number(*year, "y"), axis_y + 16.0);
    }
    let first_year: i32 = years[0].text().unwrap().parse().unwrap();
    let year_width = number(ticks[1], "x1") - number(ticks[0], "x1");
    let x_of = |day: chrono::NaiveDate| {
        use chrono::Datelike;
        let start = chrono::NaiveDate::from_ymd_opt(day.year(), 1, 1).unwrap();
        let days = if chrono::NaiveDate::from_ymd_opt(day.year(), 12, 31)
            .unwrap()
            .ordinal()
            == 366
        {
            366.0
        } else {
            365.0
        };
        number(ticks[0], "x1")
            + f64::from(day.year() - first_year) * year_width
            + f64::from(day.ordinal0()) / days * year_width
            - (start - start).num_days() as f64
    };
    let mut rows = std::collections::BTreeSet::new();
    let mut band: Vec<(f64, f64)> = Vec::new();
    let mut markers: Vec<(f64, f64)> = Vec::new();
    let data: serde_json::Value = serde_json::from_str(crate::common::RECORD_JSON).unwrap();
    let record = |id: &str| {
        data["encounters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap()
            .clone()
    };
    let mut strip = Vec::new();
    for g in doc.descendants().filter(|n| n.has_tag_name("g")) {
        match g.attribute("class") {
            Some("encounter") => {
                let (line, circle, text) = (child(g, "line"), child(g, "circle"), child(g, "text"));
                let (x, y) = (number(circle, "cx"), number(circle, "cy"));
                let e = record(g.attribute("id").unwrap());
                // At its own date: the middle of its days.
                let date: summit::EdtfDate = e["date"].as_str().unwrap().parse().unwrap();
                let middle = (x_of(date.start()) + x_of(date.end())) / 2.0;
                assert!(
                    (x - middle).abs() < 1.5,
                    "{}: at {x}, its date at {middle}",
                    e["id"]
                );
                // On the axis, or stacked over a marker of its place.
                assert_eq!((axis_y - y) % 13.0, 0.0, "{}", e["id"]);
                markers.push((x, y));
                // An invitation is a hollow ring, as in the legend.
                let hollow = circle.attribute("fill") == Some("#ffffff");
                assert_eq!(hollow, e["outcome"] == "proposed");
                assert_eq!(
                    (number(line, "x1"), number(line, "x2"), number(text, "x")),
                    (x, x, x)
                );
                assert_eq!(number(line, "y1"), number(text, "y") + 3.0);
                assert_eq!(number(line, "y2"), y - 6.0);
                rows.insert(number(text, "y") as i64);
            }
            Some("context-label") => {
                // In the band under the gap notes: a diamond at the event's
                // day, its text 8 on from it, reaching right (or left).
                let text = child(g, "text");
                let diamond = g
                    .children()
                    .find(|n| n.attribute("transform").is_some())
                    .unwrap();
                let x = number(diamond, "x") + 3.0;
                let offset = if text.attribute("text-anchor") == Some("end") {
                    -8.0
                } else {
                    8.0
                };
                assert_eq!(number(text, "x"), x + offset);
                assert_eq!(number(diamond, "y"), number(text, "y") - 7.0);
                band.push((x, number(text, "y")));
            }
            Some("contact") => {
                let e = record(g.attribute("id").unwrap());
                assert_ne!(e["channel"], "meeting");
                let mark = g.first_element_child().unwrap();
                let y = if mark.has_tag_name("circle") {
                    number(mark, "cy")
                } else {
                    mark.attribute("d")
                        .unwrap()
                        .split(' ')
                        .nth(1)
                        .unwrap()
                        .parse::<f64>()
                        .unwrap()
                        + 4.5
                };
                strip.push(y);
            }
            _ => {}
        }
    }
    // Markers that would cover each other stand at different heights.
    for (i, a) in markers.iter().enumerate() {
        for b in &markers[i + 1..] {
            assert!(
                (a.0 - b.0).abs() >= 13.0 || a.1 != b.1,
                "{a:?} covers {b:?}"
            );
        }
    }
    let stacked = markers
        .iter()
        .map(|m| ((axis_y - m.1) / 13.0) as i64)
        .max()
        .unwrap();
    assert!(stacked >= 1, "the two Hamburg meetings of a day stack");
    // Rows from 82 (the top) down, 18 apart, the lowest 30 above the
    // highest stacked marker.
    let rows: Vec<i64> = rows.into_iter().collect();
    assert_eq!(rows[0], 82, "{rows:?}");
    assert!(rows.windows(2).all(|w| (w[1] - w[0]) % 18 == 0), "{rows:?}");
    assert_eq!(
        *rows.last().unwrap() as f64,
        axis_y - 30.0 - stacked as f64 * 13.0
    );
    // The strip: 30 under the axis, rows 10 apart.
    let strip_y = axis_y + 30.0;
    assert!(
        strip
            .iter()
            .all(|y| (y - strip_y) % 10.0 == 0.0 && *y >= strip_y),
        "{strip:?}"
    );
    let strip_rows = strip
        .iter()
        .map(|y| ((y - strip_y) / 10.0) as i64 + 1)
        .max()
        .unwrap();
    assert_eq!(strip.len(), 7);
    // Context: diamonds on the axis, and bands for the periods, each at
    // the day of a label in the context band.
    let leaders: Vec<f64> = band.iter().map(|(x, _)| *x).collect();
    let marks: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("context"))
        .collect();
    assert_eq!(marks.len(), band.len());
    for &rect in &marks {
        let (x, y) = (number(rect, "x"), number(rect, "y"));
        match rect.attribute("transform") {
            Some(t) => {
                assert_eq!(y, axis_y - 3.5);
                assert_eq!(t, format!("rotate(45 {:.1} {axis_y:.1})", x + 3.5));
                assert!(
                    leaders.iter().any(|l| (l - (x + 3.5)).abs() < 0.11),
                    "a diamond at {x} without its label"
                );
            }
            None => {
                assert_eq!(y, axis_y - 3.0);
                assert!(
                    leaders.iter().any(|l| (l - x).abs() < 0.11),
                    "a band at {x} without its label"
                );
            }
        }
    }
    // Gaps: brackets in rows 28 apart from under the strip, each note 13
    // under its bracket, between its ends or over the bracket's middle.
    let gaps_y = strip_y + strip_rows as f64 * 10.0 + 4.0;
    let mut gap_rows = std::collections::BTreeSet::new();
    for g in doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("gap"))
    {
        let d = child(g, "path").attribute("d").unwrap().to_string();
        let parts: Vec<f64> = d
            .split(|c: char| c == ' ' || c.is_ascii_alphabetic())
            .filter(|p| !p.is_empty())
            .map(|p| p.parse().unwrap())
            .collect();
        let [from, top, gy, to, top2] = parts[..] else {
            panic!("{d}")
        };
        assert!(from < to, "{d}");
        assert_eq!((top, top2), (gy - 6.0, gy - 6.0), "{d}");
        assert_eq!((gy - gaps_y - 10.0) % 28.0, 0.0, "{d}");
        gap_rows.insert(gy as i64);
        let note = child(g, "text");
        assert_eq!(number(note, "y"), gy + 13.0);
        let x = number(note, "x");
        assert!(x > from && x < to, "{d}: the note at {x}");
    }
    let below = |row: f64| (gaps_y + 10.0 + row * 28.0) as i64;
    assert_eq!(
        gap_rows.into_iter().collect::<Vec<_>>(),
        [below(0.0), below(1.0), below(2.0)]
    );
    // The context band: rows 18 apart, from 8 under the last gap row.
    let band_y = gaps_y + 6.0 + 3.0 * 28.0 + 8.0;
    let band_rows: std::collections::BTreeSet<i64> = band
        .iter()
        .map(|(_, y)| {
            assert_eq!((y - band_y - 12.0) % 18.0, 0.0, "{y}");
            ((y - band_y - 12.0) / 18.0) as i64
        })
        .collect();
    let band_rows = band_rows.len() as f64;
    // The view: down to the last context row, and 40 under it.
    let view: Vec<f64> = doc
        .root_element()
        .attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect();
    assert_eq!(view[3], band_y + band_rows * 18.0 + 40.0);
    // In words, for readers who cannot see it.
    let desc = child(doc.root_element(), "desc").text().unwrap();
    assert!(
        desc.starts_with(&format!(
            "A timeline of {} records, oldest first: ",
            crate::common::record_count()
        )),
        "{desc}"
    );
    assert!(
        desc.contains("; Helsinki summit, 16 Jul 2018 (meeting held); "),
        "{desc}"
    );
}

/// A slide's picture as a browser draws it, shown at 1280 pixels wide (a
/// laptop presenting) and 390 (a phone): the drawing fills the frame's
/// width, no band either side, every text inside the frame, and the
/// labels' text a readable height; a year alone gets the projector's size.
#[test]
#[ignore = "needs Chromium: cargo test -- --include-ignored (bash .ci/run installs it)"]
fn a_slide_fills_its_frame_in_chromium() {
    let chromium = crate::common::chromium();
    let dir = tempfile::tempdir().unwrap();
    let measure = r#"<script>
var svg = document.querySelector('svg');
var frame = svg.getBoundingClientRect();
var axis = Array.prototype.slice.call(svg.querySelectorAll('line'))
  .filter(function (l) { return l.getAttribute('stroke-width') === '1.5'; })[0].getBoundingClientRect();
var texts = Array.prototype.slice.call(svg.querySelectorAll('g.encounter text'))
  .map(function (t) { return t.getBoundingClientRect(); });
var all = Array.prototype.slice.call(svg.querySelectorAll('text'))
  .map(function (t) { return t.getBoundingClientRect(); });
var pre = document.createElement('pre');
pre.id = 'report';
pre.textContent = JSON.stringify({
  frame_width: frame.width, frame_height: frame.height,
  axis_share: axis.width / frame.width,
  label_height: Math.min.apply(null, texts.map(function (r) { return r.height; })),
  outside: all.filter(function (r) { return r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5; }).length
});
document.body.appendChild(pre);
</script>"#;
    for (args, least) in [
        (&["--size", "16:9"][..], 0.0),
        (&["--size", "16:9", "--year", "2018"][..], 1.0),
    ] {
        let svg = export(&[&["--format", "svg"][..], args].concat());
        for width in [1280u32, 390] {
            let page = dir.path().join(format!("slide-{width}.html"));
            std::fs::write(
                &page,
                format!(
                    "<!DOCTYPE html><html><body style=\"margin:0\"><div style=\"width:{width}px\">{}</div>{measure}</body></html>",
                    svg.replacen("<svg ", "<svg style=\"width:100%;height:auto;display:block\" ", 1)
                ),
            )
            .unwrap();
            let r = crate::export::page_report(chromium, &page, width, 1000);
            let number = |k: &str| r[k].as_f64().unwrap();
            // 16:9, filled across: the axis runs the drawing's width less
            // its margins (40 of each side's units).
            assert!(
                (number("frame_width") / number("frame_height") - 16.0 / 9.0).abs() < 0.01,
                "{r}"
            );
            assert!(number("axis_share") > 0.9, "{args:?} at {width}: {r}");
            assert_eq!(number("outside"), 0.0, "{args:?} at {width}: {r}");
            // At 1280 wide, 1280/1920 of the slide's pixels: the whole
            // record's text at least 10 pixels high; one year's at the
            // projector's size, a 48th of the height, less its leading.
            if width == 1280 {
                let slide = number("label_height") * 1920.0 / 1280.0;
                assert!(slide >= 14.0 + least * 10.0, "{args:?}: {slide} {r}");
            }
        }
    }
}
