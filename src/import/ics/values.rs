//! The text of a calendar: its content lines, unfolded and split, and the
//! values they hold (RFC 5545 §3.1–3.3).

use chrono::NaiveDate;

/// The calendar's bytes with folded lines joined, before they are read as
/// UTF-8: a generator may fold inside a character (RFC 5545 §3.1 says to
/// unfold first).
pub fn unfold_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match rest {
            [b'\r', b'\n', b' ' | b'\t', tail @ ..] | [b'\n', b' ' | b'\t', tail @ ..] => {
                rest = tail
            }
            [b, tail @ ..] => {
                out.push(*b);
                rest = tail;
            }
            [] => break out,
        }
    }
}

/// Content lines with their continuations joined (RFC 5545 §3.1).
pub(super) fn unfold(text: &str) -> Vec<(usize, String)> {
    // Each logical line with the number of the file's line it starts on.
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (n, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match raw.chars().next() {
            Some(' ' | '\t') if !lines.is_empty() => {
                if let Some((_, last)) = lines.last_mut() {
                    last.push_str(&raw[1..]);
                }
            }
            _ => lines.push((n + 1, raw.to_string())),
        }
    }
    lines
}

/// A content line: its name (upper case), parameters and value.
pub(super) type Property = (String, Vec<(String, String)>, String);

/// A content line's name (upper case), parameters and value.
pub(super) fn split(line: &str) -> Option<Property> {
    // The value starts at the first colon outside a quoted parameter.
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            quoted = !quoted;
            None
        }
        ':' if !quoted => Some(i),
        _ => None,
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let name = parts.next()?.trim().to_ascii_uppercase();
    let params = parts
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| {
            (
                k.trim().to_ascii_uppercase(),
                v.trim_matches('"').to_string(),
            )
        })
        .collect();
    Some((name, params, value.to_string()))
}

/// A TEXT value unescaped (RFC 5545 §3.3.11).
pub(super) fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The items of a list value (CATEGORIES), split at unescaped commas.
pub(super) fn list(value: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(item)) = (chars.next(), items.last_mut()) {
                    item.push(next);
                }
            }
            ',' => items.push(String::new()),
            c => {
                if let Some(item) = items.last_mut() {
                    item.push(c);
                }
            }
        }
    }
    items.into_iter().map(|s| s.trim().to_string()).collect()
}

/// A DATE or DATE-TIME value's day, and whether it had a time.
pub(super) fn day(value: &str) -> Option<(NaiveDate, Option<&str>)> {
    let digits = value.get(..8)?;
    let date = NaiveDate::parse_from_str(digits, "%Y%m%d").ok()?;
    let time = value.get(8..).and_then(|t| t.strip_prefix('T'));
    Some((date, time))
}

/// The days from `first` to `last` as EDTF: one day, or an interval.
pub(super) fn span(first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        first.format("%Y-%m-%d").to_string()
    } else {
        format!("{}/{}", first.format("%Y-%m-%d"), last.format("%Y-%m-%d"))
    }
}

/// A timed DTSTART or DTEND value (`20250318T140000Z`, `20190902T100000`)
/// as a day and time, in the value's own clock.
pub(super) fn moment(value: &str) -> Option<chrono::NaiveDateTime> {
    let v = value.trim().trim_end_matches('Z');
    chrono::NaiveDateTime::parse_from_str(v.get(..15)?, "%Y%m%dT%H%M%S").ok()
}

/// A DURATION in minutes (`PT2H`, `PT90M`, `P1DT2H30M`, `P1W`).
pub(super) fn duration_minutes(value: &str) -> Option<i64> {
    let mut rest = value.trim().strip_prefix('P')?;
    let mut total = 0i64;
    let mut in_time = false;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('T') {
            in_time = true;
            rest = r;
            continue;
        }
        let digits = rest.find(|c: char| !c.is_ascii_digit())?;
        let n: i64 = rest[..digits].parse().ok()?;
        let unit = rest[digits..].chars().next()?;
        total += match (unit, in_time) {
            ('W', false) => n * 7 * 24 * 60,
            ('D', false) => n * 24 * 60,
            ('H', true) => n * 60,
            ('M', true) => n,
            ('S', true) => n / 60,
            _ => return None,
        };
        rest = &rest[digits + 1..];
    }
    Some(total)
}

/// A DURATION of whole days or weeks (`P3D`, `P1W`), in days.
pub(super) fn duration_days(value: &str) -> Option<u64> {
    let v = value.strip_prefix('P')?;
    if let Some(d) = v.strip_suffix('D') {
        return d.parse().ok();
    }
    if let Some(w) = v.strip_suffix('W') {
        return w.parse::<u64>().ok().map(|w| w * 7);
    }
    None
}
