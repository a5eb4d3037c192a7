//! The picture for a narrow screen (a phone): time runs down the page,
//! a record or context event to a line beside a vertical axis, each year
//! marked where it begins, and the long gaps without meeting in person
//! bracketed beside the lines they span. Nothing is wider than the
//! screen, so nothing scrolls sideways.

use std::io::{self, Write};

use super::layout::text_width;
use super::{contact_shape, credit_text, description};
use crate::colour;
use crate::export::Selection;
use crate::model::RecordKind;
use crate::text::xml_escape;
use crate::timeline::{self, Entry};

/// The drawing's width: a phone's screen, less the page's margins.
pub const WIDTH: f64 = 360.0;
/// The text's size: larger than the wide picture's, as a phone's is read.
const TEXT: f64 = 13.0;
/// A line of text.
const LINE: f64 = 17.0;
/// The axis, and where text starts beside it.
const AXIS: f64 = 30.0;
const TEXT_X: f64 = 44.0;

/// `text` in lines no wider than `room` units at the text's size.
fn wrapped(text: &str, room: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate) * TEXT / 11.0 > room {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// "title · date", the date never broken across lines: its spaces, and
/// the one before the dot, do not break.
fn labelled(title: &str, date: &str) -> String {
    format!("{title}\u{a0}· {}", date.replace(' ', "\u{a0}"))
}

/// Text lines from `x`, the first with its baseline at `y`.
fn text_lines(lines: &[String], x: f64, y: f64, attributes: &str) -> String {
    let spans: String = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let dy = if i == 0 { 0.0 } else { LINE };
            format!(
                r#"<tspan x="{x:.1}" dy="{dy:.1}">{}</tspan>"#,
                xml_escape(l)
            )
        })
        .collect();
    format!(r#"<text x="{x:.1}" y="{y:.1}" {attributes}>{spans}</text>"#)
}

/// A record's mark centred on `(x, y)`: a meeting's disc in its kind's
/// colour (a ring for a proposal), a call's small disc, an envoy
/// meeting's triangle.
fn mark(kind: RecordKind, x: f64, y: f64) -> String {
    if matches!(kind, RecordKind::Call | RecordKind::Envoy) {
        return contact_shape(kind, x, y);
    }
    let c = colour::of_kind(kind).hex;
    let fill = if kind == RecordKind::Proposed {
        "#ffffff"
    } else {
        c
    };
    format!(
        r#"<circle cx="{x:.1}" cy="{y:.1}" r="5.5" fill="{fill}" stroke="{c}" stroke-width="2"/>"#
    )
}

/// Write the narrow picture of the selection; every record's mark and
/// line lead to its section of the page (`#id`).
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let gaps = crate::gaps::of_record(selection.dataset);
    let entries = timeline::build(&gaps, selection.encounters, selection.context);
    let mut body = String::new();
    let room = WIDTH - TEXT_X - 4.0;
    let mut y = 10.0;
    // The legend: the kinds of mark shown, as many to a line as fit.
    let kinds: Vec<RecordKind> = RecordKind::ALL
        .into_iter()
        .filter(|k| selection.encounters.iter().any(|e| e.kind() == *k))
        .collect();
    let mut x = 8.0;
    y += 8.0;
    let mut legend = Vec::new();
    for k in &kinds {
        legend.push((Some(*k), k.noun(1).to_string()));
    }
    if !selection.context.is_empty() {
        legend.push((None, "context".to_string()));
    }
    for (kind, name) in legend {
        let width = 16.0 + text_width(&name) + 14.0;
        if x + width > WIDTH {
            x = 8.0;
            y += LINE;
        }
        let shape = match kind {
            Some(k) => mark(k, x + 6.0, y - 4.0),
            None => diamond(x + 6.0, y - 4.0),
        };
        body.push_str(&shape);
        body.push_str(&format!(
            r##"<text x="{:.1}" y="{y:.1}" font-size="11" fill="#333333">{}</text>"##,
            x + 16.0,
            xml_escape(&name)
        ));
        x += width;
    }
    y += LINE + 8.0;
    let top = y - LINE + 4.0;
    let mut year = None;
    // Where each record's mark stands, for the gaps' brackets, and the
    // gaps opened and waiting for their second meeting.
    let mut marks: Vec<(&str, f64)> = Vec::new();
    let mut brackets: Vec<(f64, f64)> = Vec::new();
    let mut open: Vec<(&str, f64)> = Vec::new();
    for entry in &entries {
        let start = match entry {
            Entry::Encounter { encounter } => Some(encounter.date.start()),
            Entry::Context { event } => Some(event.date.start()),
            Entry::Gap { .. } => None,
        };
        if let Some(start) = start {
            let this = chrono::Datelike::year(&start);
            if year != Some(this) {
                year = Some(this);
                y += 6.0;
                body.push_str(&format!(
                    r##"<g class="year"><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#444444" stroke-width="1.5"/><text x="{TEXT_X:.1}" y="{:.1}" font-weight="bold" fill="#222222">{this}</text></g>"##,
                    AXIS - 6.0,
                    y - 4.0,
                    AXIS + 6.0,
                    y - 4.0,
                    y
                ));
                y += LINE + 2.0;
            }
        }
        match entry {
            Entry::Encounter { encounter: e } => {
                let lines = wrapped(&labelled(&e.headline(), &e.date_text()), room);
                let colour = colour::of_kind(e.kind()).hex;
                let id = xml_escape(&e.id);
                body.push_str(&format!(
                    r##"<a href="#{id}"><g class="encounter" id="column-mark-{id}"><title>{}</title>{}{}</g></a>"##,
                    xml_escape(&format!("{} ({})", e.headline(), e.kind().noun(1))),
                    mark(e.kind(), AXIS, y - 4.5),
                    text_lines(&lines, TEXT_X, y, &format!(r#"fill="{colour}""#))
                ));
                marks.push((&e.id, y - 4.5));
                if let Some(i) = open.iter().position(|(to, _)| *to == e.id) {
                    let (_, from) = open.remove(i);
                    brackets.push((from, y - 4.5));
                }
                y += lines.len() as f64 * LINE + 4.0;
            }
            Entry::Context { event } => {
                let lines = wrapped(&labelled(&event.title, &event.date.human()), room);
                body.push_str(&diamond(AXIS, y - 4.5));
                body.push_str(&text_lines(
                    &lines,
                    TEXT_X,
                    y,
                    r##"fill="#666666" font-style="italic""##,
                ));
                y += lines.len() as f64 * LINE + 4.0;
            }
            Entry::Gap { from, to, text, .. } => {
                let Some(&(_, at)) = marks.iter().rev().find(|(id, _)| id == from) else {
                    continue;
                };
                open.push((to, at));
                let lines = wrapped(&format!("{text} without meeting in person"), room);
                body.push_str(&text_lines(
                    &lines,
                    TEXT_X,
                    y,
                    r##"class="gap-note" fill="#666666" font-style="italic""##,
                ));
                y += lines.len() as f64 * LINE + 4.0;
            }
        }
    }
    let bottom = y;
    // The axis behind the marks, then each long gap's bracket left of it.
    let mut out = format!(
        r##"<line x1="{AXIS:.1}" y1="{top:.1}" x2="{AXIS:.1}" y2="{bottom:.1}" stroke="#444444" stroke-width="1.5"/>"##
    );
    for (from, to) in brackets {
        out.push_str(&format!(
            r##"<path class="gap" d="M{:.1} {from:.1} H12 V{to:.1} H{:.1}" fill="none" stroke="#999999" stroke-dasharray="4 3"/>"##,
            AXIS - 8.0,
            AXIS - 8.0
        ));
    }
    out.push_str(&body);
    // The credit, as the wide picture gives it.
    let d = selection.dataset;
    let credit = wrapped(&credit_text(selection), WIDTH - 16.0);
    let y = bottom + LINE + 8.0;
    out.push_str(&text_lines(
        &credit,
        8.0,
        y,
        r##"class="credit" font-size="11" fill="#555555""##,
    ));
    let height = y + credit.len() as f64 * LINE;
    writeln!(
        w,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH:.0}" height="{height:.0}" viewBox="0 0 {WIDTH:.0} {height:.0}" font-family="Helvetica, Arial, sans-serif" font-size="{TEXT:.0}">"#
    )?;
    writeln!(w, "<title>{}</title>", xml_escape(&d.title))?;
    description(w, selection)?;
    writeln!(
        w,
        r##"<rect x="0" y="0" width="{WIDTH:.0}" height="{height:.0}" fill="#ffffff"/>"##
    )?;
    writeln!(w, "{out}")?;
    writeln!(w, "</svg>")
}

/// A context event's mark: a small grey diamond centred on `(x, y)`.
fn diamond(x: f64, y: f64) -> String {
    format!(
        r##"<rect x="{:.1}" y="{:.1}" width="7" height="7" fill="#999999" transform="rotate(45 {x:.1} {y:.1})"/>"##,
        x - 3.5,
        y - 3.5
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Build;

    fn picture(d: &crate::Dataset, shown: &[&crate::model::Encounter]) -> String {
        let context: Vec<&crate::model::ContextEvent> = d.context.iter().collect();
        let selection = Selection {
            dataset: d,
            encounters: shown,
            context: &context,
        };
        let mut out = Vec::new();
        write(&mut out, &selection).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The `y` of each record's mark, by id, in the order drawn: its
    /// line's baseline, which the mark stands beside.
    fn marks(svg: &str) -> Vec<(String, f64)> {
        svg.split(r#"<g class="encounter" id="column-mark-"#)
            .skip(1)
            .map(|part| {
                let id = part.split('"').next().unwrap().to_string();
                let text = part.split("<text ").nth(1).unwrap();
                let y = text
                    .split(r#"y=""#)
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap();
                (id, y.parse::<f64>().unwrap() - 4.5)
            })
            .collect()
    }

    #[test]
    fn records_run_down_the_page_in_the_order_of_their_days() {
        let d = Build::new()
            .meeting("b", "2019-06-28", "held")
            .call("a", "2018-03-20")
            .envoy("c", "2019-06-28")
            .meeting("d", "2025-08-15", "held")
            .context("2022-02-24", "An event")
            .dataset();
        let shown: Vec<&crate::model::Encounter> = d.chronological();
        let svg = picture(&d, &shown);
        let drawn = marks(&svg);
        let ids: Vec<&str> = drawn.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        assert!(drawn.windows(2).all(|w| w[0].1 < w[1].1), "{drawn:?}");
        // Each year named once, where it begins, context years too.
        for year in ["2018", "2019", "2022", "2025"] {
            assert_eq!(
                svg.matches(&format!(r##"fill="#222222">{year}</text>"##))
                    .count(),
                1,
                "{year}"
            );
        }
        // Every mark links to its section.
        for id in ids {
            assert!(svg.contains(&format!(r##"<a href="#{id}">"##)), "{id}");
        }
        // Nothing is wider than the drawing.
        assert!(svg.contains(&format!(r#"width="{WIDTH:.0}""#)));
    }

    #[test]
    fn a_long_gap_is_bracketed_from_meeting_to_meeting() {
        let d = Build::new()
            .meeting("a", "2018-07-16", "held")
            .call("c", "2019-01-10")
            .meeting("b", "2019-06-28", "held")
            .dataset();
        let shown: Vec<&crate::model::Encounter> = d.chronological();
        let svg = picture(&d, &shown);
        let drawn = marks(&svg);
        let y = |id: &str| drawn.iter().find(|(i, _)| i == id).unwrap().1;
        let bracket = format!(
            r#"<path class="gap" d="M{:.1} {:.1} H12 V{:.1} H{:.1}""#,
            AXIS - 8.0,
            y("a"),
            y("b"),
            AXIS - 8.0
        );
        assert!(svg.contains(&bracket), "{bracket}\n{svg}");
        assert!(svg.contains("without meeting in person"), "{svg}");
        // Filtered to the two meetings alone, the gap is still the whole
        // record's; filtered to one of them, there is none to draw.
        let one: Vec<&crate::model::Encounter> =
            d.encounters.iter().filter(|e| e.id == "a").collect();
        assert!(!picture(&d, &one).contains("class=\"gap\""));
    }

    #[test]
    fn a_label_wraps_to_the_screen_and_keeps_its_date_whole() {
        let label = labelled(
            "A title long enough to need a second line on a phone's screen",
            "16 Jul 2018",
        );
        let lines = wrapped(&label, WIDTH - TEXT_X - 4.0);
        assert!(lines.len() >= 2, "{lines:?}");
        for l in &lines {
            assert!(text_width(l) * TEXT / 11.0 <= WIDTH - TEXT_X - 4.0, "{l}");
        }
        assert!(
            lines.last().unwrap().ends_with("16\u{a0}Jul\u{a0}2018"),
            "{lines:?}"
        );
        assert_eq!(lines.concat().matches("16\u{a0}Jul\u{a0}2018").count(), 1);
        // A word longer than the line stands alone rather than vanish.
        let long = wrapped(&"x".repeat(80), 50.0);
        assert_eq!(long, ["x".repeat(80)]);
    }
}
