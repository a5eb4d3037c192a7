//! GeoJSON (RFC 7946): a FeatureCollection with a Point per record that
//! has coordinates (a meeting's, an envoy meeting's), for map tools (QGIS,
//! Leaflet, Datawrapper, geojson.io).

use std::io::{self, Write};

use serde::Serialize;

use super::Selection;
use crate::model::{Outcome, Point};

/// The records with coordinates as a FeatureCollection. Returns the ids of
/// those left out: records with a place but no coordinates, and calls,
/// which have no place.
///
/// Each feature's properties are the record's id, title, date (as
/// written, in words, and its first and last day), place, channel, kind,
/// outcome, plan, what the point marks, and the sources with a URL that
/// the record cites.
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<(Vec<String>, Vec<String>)> {
    #[derive(Serialize)]
    struct Collection<'a> {
        #[serde(rename = "type")]
        kind: &'static str,
        features: Vec<Feature<'a>>,
    }
    #[derive(Serialize)]
    struct Feature<'a> {
        #[serde(rename = "type")]
        kind: &'static str,
        id: &'a str,
        geometry: Geometry,
        properties: Properties<'a>,
    }
    #[derive(Serialize)]
    struct Geometry {
        #[serde(rename = "type")]
        kind: &'static str,
        // RFC 7946 §3.1.1: longitude first.
        coordinates: [f64; 2],
    }
    #[derive(Serialize)]
    struct Properties<'a> {
        id: &'a str,
        title: &'a str,
        date: String,
        date_text: String,
        start: String,
        end: String,
        place: String,
        channel: crate::model::Channel,
        kind: crate::model::RecordKind,
        outcome: Outcome,
        #[serde(skip_serializing_if = "Option::is_none")]
        planned: Option<String>,
        point: Point,
        sources: Vec<SourceLink<'a>>,
    }
    #[derive(Serialize)]
    struct SourceLink<'a> {
        publisher: &'a str,
        title: &'a str,
        url: &'a str,
    }
    let dataset = selection.dataset;
    let mut skipped = Vec::new();
    let mut calls = Vec::new();
    let mut features = Vec::new();
    for e in selection.encounters {
        let Some(c) = &e.coordinates else {
            if e.channel.has_place() {
                skipped.push(e.id.to_string());
            } else {
                calls.push(e.id.to_string());
            }
            continue;
        };
        let sources = dataset
            .cited(e.cited())
            .into_iter()
            .filter_map(|s| {
                s.link().map(|url| SourceLink {
                    publisher: &s.publisher,
                    title: &s.title,
                    url,
                })
            })
            .collect();
        features.push(Feature {
            kind: "Feature",
            id: &e.id,
            geometry: Geometry {
                kind: "Point",
                coordinates: [c.longitude, c.latitude],
            },
            properties: Properties {
                id: &e.id,
                title: &e.title,
                date: e.date.to_string(),
                date_text: e.date.human(),
                start: e.date.start().to_string(),
                end: e.date.end().to_string(),
                place: e.full_place(),
                channel: e.channel,
                kind: e.kind(),
                outcome: e.outcome,
                planned: e.planned.as_ref().map(ToString::to_string),
                point: c.of,
                sources,
            },
        });
    }
    let doc = Collection {
        kind: "FeatureCollection",
        features,
    };
    serde_json::to_writer_pretty(&mut *w, &doc).map_err(io::Error::from)?;
    writeln!(w)?;
    Ok((skipped, calls))
}
