//! A self-contained SVG picture of the timeline.

use std::io::{self, Write};

use chrono::Datelike;

use super::Selection;
use crate::colour;
use crate::model::{Outcome, RecordKind};
use crate::text::xml_escape;
use crate::timeline;

mod column;
mod frame;
mod layout;

pub use frame::{READABLE_TEXT, readable_at};
use frame::{laid_out, view};
use layout::{GapNote, Label, Layout, text_width};

const WIDTH: f64 = 1200.0;
const MARGIN: f64 = 40.0;
const ROW: f64 = 18.0;

/// Where the first row of labels starts.
const TOP: f64 = 70.0;

/// Draw the selection's records (and its context events, grey, in a
/// band of their own) on a horizontal time axis, titled with the dataset's
/// title; at `size` (width and height in pixels) when given, laid out for
/// that frame: as wide as it, its text as large as a projected slide wants
/// where the records leave room.
///
/// # Errors
/// Those of the writer.
pub fn write_sized(
    w: &mut dyn Write,
    selection: &Selection,
    size: Option<(u32, u32)>,
) -> io::Result<()> {
    draw(w, selection, size, false)
}

/// The picture for a narrow screen (a phone), for a page that holds a
/// section per record (`id` each): time runs down the page, every mark
/// and line links to its section.
///
/// # Errors
/// Those of the writer.
pub fn write_column(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    column::write(w, selection)
}

/// The picture for a page that holds a section per encounter (`id` each):
/// every marker links to its section.
///
/// # Errors
/// Those of the writer.
pub fn write_linked(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    draw(w, selection, None, true)
}

fn draw(
    w: &mut dyn Write,
    selection: &Selection,
    size: Option<(u32, u32)>,
    linked: bool,
) -> io::Result<()> {
    let gaps = crate::gaps::of_record(selection.dataset);
    let entries = timeline::build(&gaps, selection.encounters, selection.context);
    let layout = laid_out(&entries, size);
    let title = &title_of(selection, axis_years(&layout));
    header(w, title, &layout, size)?;
    description(w, selection)?;
    let kinds: Vec<RecordKind> = layout.contacts.iter().map(|c| c.kind).collect();
    legend(w, !selection.context.is_empty(), &kinds)?;
    axis(w, &layout)?;
    for gap in &layout.gaps {
        gap_bracket(w, &layout, gap)?;
    }
    for label in &layout.context {
        context_mark(w, &layout, label)?;
        context_label(w, &layout, label)?;
    }
    for contact in &layout.contacts {
        contact_mark(w, &layout, contact, linked)?;
    }
    for label in &layout.labels {
        encounter_mark(w, &layout, label, linked)?;
    }
    credit(w, selection, layout.height)?;
    writeln!(w, "</svg>")
}

/// The picture's title: the dataset's, with the years of the axis in
/// place of any the title ends with ("Trump–Putin contacts, 2014–2026"),
/// and when filters left some records out, how many are shown
/// ("… — 9 of 25 records shown").
fn title_of(selection: &Selection, axis: (i32, i32)) -> String {
    let dataset = selection.dataset;
    let years = match axis {
        (a, b) if a == b => a.to_string(),
        (a, b) => format!("{a}–{b}"),
    };
    let title = format!("{}, {years}", without_years(&dataset.title));
    let shown = selection.encounters.len();
    if shown == dataset.encounters.len() {
        return title;
    }
    format!(
        "{title} — {shown} of {} shown",
        crate::model::records(dataset.encounters.len())
    )
}

/// A title without the span of years it ends with, if any: "Trump–Putin
/// contacts, 2016–2026" is "Trump–Putin contacts".
fn without_years(title: &str) -> &str {
    let trimmed = title.trim_end_matches(|c: char| c == ')' || c.is_whitespace());
    let year = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    let cut = trimmed
        .rsplit_once(['–', '-'])
        .filter(|(head, last)| year(last) && head.len() >= 4 && year(&head[head.len() - 4..]))
        .map(|(head, _)| &head[..head.len() - 4])
        .or_else(|| {
            // A single year after a comma or a bracket: "Talks, 2019".
            let (head, last) = trimmed.rsplit_once(' ')?;
            (year(last) && head.ends_with([',', '('])).then_some(head)
        });
    match cut {
        Some(head) => head.trim_end_matches([',', ' ', '(', ':']),
        None => title,
    }
}

/// The years the axis shows: from its first day to the day before it ends.
fn axis_years(layout: &Layout) -> (i32, i32) {
    let (from, to) = layout.scale.span();
    let last = to.pred_opt().unwrap_or(to);
    (from.year(), last.year().max(from.year()))
}

/// The credit line of the picture: where the data comes from and how far
/// it was checked, for a newsroom to print with it.
fn credit_text(selection: &Selection) -> String {
    let d = selection.dataset;
    let day = |date: chrono::NaiveDate| date.format("%-d %b %Y").to_string();
    let checked = match d.checked_through {
        Some(c) => format!("; checked against published reporting through {}", day(c)),
        None => String::new(),
    };
    format!(
        "Source: {}, updated {}{checked}. Every record cites its published sources.",
        without_years(&d.title),
        day(d.updated)
    )
}

/// The credit line at the foot of the picture.
fn credit(w: &mut dyn Write, selection: &Selection, height: f64) -> io::Result<()> {
    writeln!(
        w,
        r##"<text class="credit" x="{MARGIN:.0}" y="{:.1}" fill="#555555">{}</text>"##,
        height - 14.0,
        xml_escape(&credit_text(selection))
    )
}

fn header(
    w: &mut dyn Write,
    title: &str,
    layout: &Layout,
    size: Option<(u32, u32)>,
) -> io::Result<()> {
    let (vx, vy, vw, vh) = view(layout.width, layout.height, size);
    let pixels = size.map_or((layout.width, layout.height), |(pw, ph)| {
        (f64::from(pw), f64::from(ph))
    });
    writeln!(
        w,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{:.0}" height="{:.0}" viewBox="{vx:.1} {vy:.1} {vw:.1} {vh:.1}" font-family="Helvetica, Arial, sans-serif" font-size="11">"#,
        pixels.0, pixels.1
    )?;
    writeln!(w, "<title>{}</title>", xml_escape(title))?;
    writeln!(
        w,
        r##"<rect x="{vx:.1}" y="{vy:.1}" width="{vw:.1}" height="{vh:.1}" fill="#ffffff"/>"##
    )?;
    writeln!(
        w,
        r##"<text x="{MARGIN:.0}" y="24" font-size="16" font-weight="bold" fill="#222222">{}</text>"##,
        xml_escape(title)
    )
}

fn legend(w: &mut dyn Write, with_context: bool, contacts: &[RecordKind]) -> io::Result<()> {
    let mut x = MARGIN;
    for o in Outcome::ALL {
        // Drawn as the chart draws it: an invitation is a hollow ring.
        let fill = if o == Outcome::Proposed {
            "#ffffff"
        } else {
            colour::of(o).hex
        };
        writeln!(
            w,
            r#"<circle cx="{:.1}" cy="44" r="5" fill="{fill}" stroke="{}" stroke-width="2"/>"#,
            x + 5.0,
            colour::of(o).hex
        )?;
        writeln!(
            w,
            r##"<text x="{:.1}" y="48" fill="#333333">{o}</text>"##,
            x + 14.0
        )?;
        x += 14.0 + text_width(o.as_str()) + 24.0;
    }
    // The marks of the strip under the axis, as it draws them.
    for kind in [RecordKind::Call, RecordKind::Envoy] {
        if !contacts.contains(&kind) {
            continue;
        }
        writeln!(w, "{}", contact_shape(kind, x + 5.0, 44.0))?;
        let name = if kind == RecordKind::Call {
            "call"
        } else {
            "envoy meeting"
        };
        writeln!(
            w,
            r##"<text x="{:.1}" y="48" fill="#333333">{name}</text>"##,
            x + 14.0
        )?;
        x += 14.0 + text_width(name) + 24.0;
    }
    if with_context {
        writeln!(
            w,
            r##"<rect x="{:.1}" y="40" width="8" height="8" fill="#999999" transform="rotate(45 {:.1} 44)"/>"##,
            x,
            x + 4.0
        )?;
        writeln!(
            w,
            r##"<text x="{:.1}" y="48" fill="#333333">context</text>"##,
            x + 14.0
        )?;
    }
    Ok(())
}

/// A call's mark (a small disc) or an envoy meeting's (a small triangle),
/// centred on `(x, y)`, in its colour.
fn contact_shape(kind: RecordKind, x: f64, y: f64) -> String {
    let c = colour::of_kind(kind).hex;
    match kind {
        RecordKind::Envoy => format!(
            r#"<path d="M{:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z" fill="{c}"/>"#,
            x,
            y - 4.5,
            x + 4.5,
            y + 3.5,
            x - 4.5,
            y + 3.5
        ),
        _ => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="3.5" fill="{c}"/>"#),
    }
}

/// A call or an envoy meeting on the strip under the axis, with its title
/// and date for a pointer to show.
fn contact_mark(
    w: &mut dyn Write,
    layout: &Layout,
    contact: &layout::Contact,
    linked: bool,
) -> io::Result<()> {
    let y = layout.strip_y + contact.level as f64 * 10.0;
    let id = xml_escape(contact.id);
    let shape = contact_shape(contact.kind, contact.x, y);
    // The shape's own closing, its title inside.
    let titled = shape.replacen(
        "/>",
        &format!(
            "><title>{}</title></{}>",
            xml_escape(&contact.text),
            if contact.kind == RecordKind::Envoy {
                "path"
            } else {
                "circle"
            }
        ),
        1,
    );
    if linked {
        writeln!(
            w,
            r##"<a href="#{id}"><g class="contact" id="mark-{id}">{titled}</g></a>"##
        )
    } else {
        writeln!(w, r#"<g class="contact" id="{id}">{titled}</g>"#)
    }
}

/// The axis, with a tick every year (every few years over long spans,
/// every month over short ones), each labelled.
fn axis(w: &mut dyn Write, layout: &Layout) -> io::Result<()> {
    let axis_y = layout.axis_y;
    writeln!(
        w,
        r##"<line x1="{MARGIN:.0}" y1="{axis_y:.1}" x2="{:.0}" y2="{axis_y:.1}" stroke="#444444" stroke-width="1.5"/>"##,
        layout.width - MARGIN
    )?;
    for tick in layout.scale.ticks(60.0) {
        let tx = tick.at;
        writeln!(
            w,
            r##"<line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#444444"/>"##,
            axis_y - 4.0,
            axis_y + 4.0
        )?;
        // The axis ends on the first day after the last year shown: its
        // tick is not a year of the picture.
        if tick.day < layout.scale.span().1 {
            writeln!(
                w,
                r##"<text x="{tx:.1}" y="{:.1}" fill="#444444">{}</text>"##,
                axis_y + 16.0,
                tick.label
            )?;
        }
    }
    Ok(())
}

/// A gap: a bracket under the axis (and the strip of calls) with its
/// length.
fn gap_bracket(w: &mut dyn Write, layout: &Layout, gap: &GapNote) -> io::Result<()> {
    let (from, to, x) = (gap.from, gap.to, gap.x);
    let gy = layout.gaps_y + 10.0 + gap.row as f64 * (ROW + 10.0);
    writeln!(
        w,
        r##"<g class="gap"><path d="M{from:.1} {:.1} V{gy:.1} H{to:.1} V{:.1}" fill="none" stroke="#999999" stroke-dasharray="4 3"/>"##,
        gy - 6.0,
        gy - 6.0
    )?;
    writeln!(
        w,
        r##"<text x="{x:.1}" y="{:.1}" text-anchor="middle" fill="#666666" font-style="italic">{}</text></g>"##,
        gy + 13.0,
        xml_escape(&gap.text)
    )
}

/// A context event: a small grey diamond on the axis at its day, or a
/// grey band over the axis from its first day to its last (to the edge,
/// for a period still going).
fn context_mark(w: &mut dyn Write, layout: &Layout, label: &Label) -> io::Result<()> {
    let axis_y = layout.axis_y;
    let title = xml_escape(&label.text);
    match label.span {
        Some((x0, x1)) => writeln!(
            w,
            r##"<rect class="context" x="{x0:.1}" y="{:.1}" width="{:.1}" height="6" rx="3" fill="#999999" fill-opacity="0.35"><title>{title}</title></rect>"##,
            axis_y - 3.0,
            (x1 - x0).max(6.0)
        ),
        None => {
            let cx = label.x;
            writeln!(
                w,
                r##"<rect class="context" x="{:.1}" y="{:.1}" width="7" height="7" fill="#999999" transform="rotate(45 {cx:.1} {axis_y:.1})"><title>{title}</title></rect>"##,
                cx - 3.5,
                axis_y - 3.5
            )
        }
    }
}

/// A context event's label in the band under the gap notes: a grey
/// diamond at its day (a period's first) and its title and dates, in grey
/// italics; a period's span is drawn on the axis.
fn context_label(w: &mut dyn Write, layout: &Layout, label: &Label) -> io::Result<()> {
    let y = layout.context_y + label.row as f64 * ROW + 12.0;
    let x = label.x;
    let text = xml_escape(&label.text);
    write!(w, r#"<g class="context-label">"#)?;
    write!(
        w,
        r##"<rect x="{:.1}" y="{:.1}" width="6" height="6" fill="#999999" transform="rotate(45 {x:.1} {:.1})"/>"##,
        x - 3.0,
        y - 7.0,
        y - 4.0
    )?;
    let (tx, anchor) = if label.anchor == "end" {
        (x - layout::CONTEXT_MARK + 4.0, "end")
    } else {
        (x + layout::CONTEXT_MARK - 4.0, "start")
    };
    writeln!(
        w,
        r##"<text x="{tx:.1}" y="{y:.1}" text-anchor="{anchor}" fill="#666666" font-style="italic">{text}</text></g>"##
    )
}

/// A meeting's label in its row, with its leader line down to its
/// marker on the axis.
fn encounter_mark(
    w: &mut dyn Write,
    layout: &Layout,
    label: &Label,
    linked: bool,
) -> io::Result<()> {
    let x = label.x;
    let ly = TOP + (layout.label_rows - 1 - label.row) as f64 * ROW + 12.0;
    let text = xml_escape(&label.text);
    let Some((outcome, id)) = label.encounter else {
        return Ok(());
    };
    // Stacked over the marks of its place on the axis, never moved along.
    let marker_y = layout.axis_y - label.level as f64 * 13.0;
    let c = colour::of(outcome).hex;
    let id = xml_escape(id);
    if linked {
        writeln!(w, r##"<a href="#{id}">"##)?;
        writeln!(w, r#"<g class="encounter" id="mark-{id}">"#)?;
    } else {
        writeln!(w, r#"<g class="encounter" id="{id}">"#)?;
    }
    writeln!(
        w,
        r#"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="{c}" stroke-opacity="0.5"/>"#,
        ly + 3.0,
        marker_y - 6.0
    )?;
    let fill = if outcome == Outcome::Proposed {
        "#ffffff"
    } else {
        c
    };
    // A date known only to the month, season or year: its span, with the
    // marker at its start.
    if let Some((x0, x1)) = label.span {
        writeln!(
            w,
            r#"<rect x="{x0:.1}" y="{:.1}" width="{:.1}" height="6" rx="3" fill="{c}" fill-opacity="0.35" stroke="{c}" stroke-dasharray="3 2"><title>{text} (date not known to the day)</title></rect>"#,
            marker_y - 3.0,
            (x1 - x0).max(6.0)
        )?;
    }
    writeln!(
        w,
        r#"<circle cx="{x:.1}" cy="{marker_y:.1}" r="6" fill="{fill}" stroke="{c}" stroke-width="2"><title>{text}</title></circle>"#
    )?;
    writeln!(
        w,
        r#"<text x="{x:.1}" y="{ly:.1}" text-anchor="{}" fill="{c}">{text}</text>"#,
        label.anchor
    )?;
    writeln!(w, "</g>")?;
    if linked {
        writeln!(w, "</a>")?;
    }
    Ok(())
}

/// What the picture shows, in words, for readers who cannot see it.
fn description(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let items: Vec<String> = selection
        .encounters
        .iter()
        .map(|e| format!("{}, {} ({})", e.headline(), e.date_text(), e.kind().noun(1)))
        .collect();
    writeln!(
        w,
        "<desc>A timeline of {} records, oldest first: {}.</desc>",
        items.len(),
        xml_escape(&items.join("; "))
    )
}

#[cfg(test)]
mod tests;
