//! The JSON that Knight Lab's TimelineJS3 loads.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use edtf_core::Precision;
use serde::Serialize;

use super::Selection;
use crate::cite::{Citations, with_refs};
use crate::date::EdtfDate;
use crate::text::xml_escape;

/// A TimelineJS date, to the precision of the source date.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub(crate) struct TjsDate {
    /// Year.
    pub year: i32,
    /// Month, when the date is given to the month or day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// Day, when the date is given to the day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
}

impl TjsDate {
    /// `d` to precision `p`; a season is given by its first (or last)
    /// month, so that it sits where it belongs among the other slides.
    fn of(d: NaiveDate, p: Precision) -> TjsDate {
        TjsDate {
            year: d.year(),
            month: (p != Precision::Year).then(|| d.month()),
            day: (p == Precision::Day).then(|| d.day()),
        }
    }
}

#[derive(Debug, Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Debug, Serialize)]
struct Event {
    unique_id: String,
    start_date: TjsDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<TjsDate>,
    display_date: String,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    media: Option<Media>,
    group: String,
}

/// A slide's media: here its leading quote, which TimelineJS shows as a
/// blockquote beside the text, with its credit under it.
#[derive(Debug, Serialize)]
struct Media {
    url: String,
    credit: String,
}

#[derive(Debug, Serialize)]
struct Era {
    start_date: TjsDate,
    end_date: TjsDate,
    text: Text,
}

#[derive(Debug, Serialize)]
struct Document {
    title: Title,
    events: Vec<Event>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    eras: Vec<Era>,
}

#[derive(Debug, Serialize)]
struct Title {
    text: Text,
}

/// Start date and, for an interval or a season, end date.
fn dates(d: &EdtfDate) -> (TjsDate, Option<TjsDate>) {
    let (ps, pe) = d.precisions();
    let start = TjsDate::of(d.start(), ps);
    let end = (d.is_interval() || pe == Precision::Season).then(|| TjsDate::of(d.end(), pe));
    (start, end)
}

/// How many highlights a slide shows at most.
const KEY_HIGHLIGHTS: usize = 3;

/// How much text (in characters, the summary included) reads on a slide
/// at 1280×720 without scrolling: less beside a quote, which takes half
/// the slide. Highlights are added while they fit.
const TEXT_BUDGET: usize = 900;
const TEXT_BUDGET_BESIDE_A_QUOTE: usize = 640;

/// The references for `ids` as links to the sources themselves, numbered
/// as the list on the title slide numbers them: `[3]` opens source 3.
fn linked<'d, S: AsRef<str> + 'd>(
    dataset: &crate::Dataset,
    cites: &mut Citations<'d>,
    ids: impl IntoIterator<Item = &'d S>,
) -> String {
    ids.into_iter()
        .map(|id| {
            let id = id.as_ref();
            let n = cites.number(id);
            match dataset.source(id) {
                Some(s) => {
                    let url = s.link();
                    let title = xml_escape(&format!("{}: {}", s.publisher, s.title));
                    match url {
                        Some(url) => format!(
                            "<a href=\"{}\" target=\"_blank\" title=\"{title}\">[{n}]</a>",
                            xml_escape(url)
                        ),
                        None => format!("<span title=\"{title}\">[{n}]</span>"),
                    }
                }
                None => format!("[{n}]"),
            }
        })
        .collect()
}

/// `<ol>` of the sources cited, in number order, each with its link.
fn source_list(dataset: &crate::Dataset, cites: &Citations) -> String {
    let items: String = cites
        .cited()
        .iter()
        .map(|id| match dataset.source(id) {
            Some(s) => {
                let link = |url: &str| format!(" <a href=\"{0}\">{0}</a>", xml_escape(url));
                format!(
                    "<li>{}{}{}</li>",
                    xml_escape(&s.reference()),
                    s.url.as_deref().map(link).unwrap_or_default(),
                    s.archive_url
                        .as_deref()
                        .map(|u| format!(" (archived:{})", link(u)))
                        .unwrap_or_default()
                )
            }
            None => format!("<li>{}</li>", xml_escape(id)),
        })
        .collect();
    format!("<ol>{items}</ol>")
}

/// Write the TimelineJS document: a slide per record (headed by its place
/// and title, with its summary, what it is and, for a meeting that did not
/// take place, what was planned; its key highlights; its leading quote as
/// the slide's media; each citing sources by number), in a row per kind;
/// context events as eras when they span a period and as
/// slides of their own group otherwise, and the sources listed once, on
/// the title slide.
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let dataset = selection.dataset;
    let mut cites = Citations::default();
    let mut headlines: Vec<String> = Vec::new();
    let mut events: Vec<(NaiveDate, u8, Event)> = Vec::new();
    for e in selection.encounters {
        let (start_date, end_date) = dates(&e.date);
        // What fits a slide at 1280×720: the summary, where, and the key
        // highlights; the rest is in the record the sources lead to.
        let kind = e.kind();
        let plan = match (&e.planned, e.took_place()) {
            (Some(p), _) => format!(" Made public on this day; planned for {}.", p.human()),
            (None, false) => " Made public on this day; no date was set.".to_string(),
            (None, true) => String::new(),
        };
        let place = e.full_place();
        let place = if place.is_empty() {
            String::new()
        } else {
            format!("{}, ", xml_escape(&place))
        };
        let mut text = format!(
            "<p>{}</p><p>{place}{} ({}).{}</p>",
            with_refs(
                &xml_escape(&e.summary),
                &linked(dataset, &mut cites, &e.sources)
            ),
            kind.noun(1),
            kind.meaning(),
            xml_escape(&plan)
        );
        // The leading quote is the slide's media: TimelineJS shows it as a
        // blockquote with its credit, beside the text.
        let media = e.quotes.first().map(|q| Media {
            url: format!("<blockquote>“{}”</blockquote>", xml_escape(&q.text)),
            credit: with_refs(
                &xml_escape(&format!("{}, {}", q.speaker, e.said(q).human())),
                &linked(dataset, &mut cites, &q.sources),
            ),
        });
        // The key highlights, as many as fit beside the summary.
        let budget = if media.is_some() {
            TEXT_BUDGET_BESIDE_A_QUOTE
        } else {
            TEXT_BUDGET
        };
        let mut used =
            e.summary.chars().count() + place.chars().count() + plan.chars().count() + 60;
        let fitting: Vec<_> = e
            .highlights
            .iter()
            .take(KEY_HIGHLIGHTS)
            .take_while(|h| {
                used += h.text.chars().count() + 8;
                used <= budget
            })
            .collect();
        if !fitting.is_empty() {
            text.push_str("<ul>");
            for h in fitting {
                text.push_str(&format!(
                    "<li>{}</li>",
                    with_refs(
                        &xml_escape(&h.text),
                        &linked(dataset, &mut cites, &h.sources)
                    )
                ));
            }
            text.push_str("</ul>");
        }
        let mut headline = e.headline();
        if headlines.contains(&headline) {
            headline = format!("{headline} ({})", e.date.human());
        }
        headlines.push(headline.clone());
        events.push((
            e.date.start(),
            1,
            Event {
                unique_id: e.id.to_string(),
                start_date,
                end_date,
                display_date: e.date_text(),
                text: Text {
                    headline: xml_escape(&headline),
                    text,
                },
                media,
                // A row per kind: meetings held, calls, envoy meetings...
                group: kind.noun(2).to_string(),
            },
        ));
    }
    // An era that has not ended runs to the last day the timeline shows.
    let last = selection
        .encounters
        .iter()
        .map(|e| e.date.end())
        .chain(selection.context.iter().map(|c| c.date.end()))
        .max();
    let mut eras = Vec::new();
    for (i, c) in selection.context.iter().enumerate() {
        let (start_date, mut end_date) = dates(&c.date);
        if c.date.is_ongoing() {
            end_date = last.map(|d| TjsDate::of(d.max(c.date.start()), Precision::Day));
        }
        match end_date {
            Some(end_date) if c.date.is_interval() => eras.push(Era {
                start_date,
                end_date,
                text: Text {
                    headline: xml_escape(&c.title),
                    text: String::new(),
                },
            }),
            end_date => events.push((
                c.date.start(),
                0,
                Event {
                    unique_id: format!("context-{}", i + 1),
                    start_date,
                    end_date,
                    display_date: c.date.human(),
                    text: Text {
                        headline: xml_escape(&c.title),
                        // The headline says what happened; the text, where
                        // to read it.
                        text: format!(
                            "<p>Sources: {}</p>",
                            linked(dataset, &mut cites, &c.sources)
                        ),
                    },
                    media: None,
                    group: "context".to_string(),
                },
            )),
        }
    }
    // In the timeline's order, which TimelineJS keeps for slides of the
    // same day: by first day, context before the encounters of its day.
    events.sort_by_key(|(start, kind, _)| (*start, *kind));
    let events: Vec<Event> = events.into_iter().map(|(_, _, e)| e).collect();
    let doc = Document {
        title: Title {
            text: Text {
                headline: xml_escape(&dataset.title),
                text: format!(
                    "<p>{}</p><p>Sources:</p>{}",
                    xml_escape(&dataset.description),
                    source_list(dataset, &cites)
                ),
            },
        },
        events,
        eras,
    };
    super::json::write(w, &doc)
}
