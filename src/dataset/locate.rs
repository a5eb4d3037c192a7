//! Finding where a problem is in a dataset's text: line and column of a
//! byte offset, and of the value at a [`JsonPath`]. Used only on the error
//! path, so loading a valid file stays one pass.

use std::collections::HashMap;

use serde_json::value::RawValue;

use crate::path::{JsonPath, Segment};

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Byte offset of `part` (a slice of `text`) within `text`.
pub(crate) fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// Line and column in `text` of where serde_json's error `e` happened, in
/// a slice that starts at byte `base`; `None` for an error raised after
/// serde_json let go of the value, which has no position.
pub(crate) fn error_position(
    text: &str,
    base: usize,
    e: &serde_json::Error,
) -> Option<(usize, usize)> {
    error_offset(text, base, e).map(|offset| line_column(text, offset))
}

/// Byte offset in `text` of where serde_json's error `e` happened, in a
/// slice that starts at byte `base`.
pub(crate) fn error_offset(text: &str, base: usize, e: &serde_json::Error) -> Option<usize> {
    let line = e.line().checked_sub(1)?;
    let slice = text.get(base..).unwrap_or_default();
    let line_start: usize = slice.split_inclusive('\n').take(line).map(str::len).sum();
    Some(base + line_start + e.column().saturating_sub(1))
}

/// Finds the values at JSON paths in a text. The top-level object and its
/// lists are split once and kept, so locating many problems in a large
/// file does not re-read it for each one.
pub(crate) struct Locator<'a> {
    text: &'a str,
    top: HashMap<&'a str, &'a RawValue>,
    lists: HashMap<&'a str, Vec<&'a RawValue>>,
}

impl<'a> Locator<'a> {
    /// A locator for `text`; one that finds nothing when `text` is not a
    /// JSON object.
    pub(crate) fn new(text: &'a str) -> Self {
        Locator {
            text,
            top: serde_json::from_str(text).unwrap_or_default(),
            lists: HashMap::new(),
        }
    }

    /// A locator over a top-level object already split into fields.
    pub(crate) fn from_fields(text: &'a str, top: HashMap<&'a str, &'a RawValue>) -> Self {
        Locator {
            text,
            top,
            lists: HashMap::new(),
        }
    }

    /// The top-level field `name`, as raw text.
    pub(crate) fn field(&self, name: &str) -> Option<&'a RawValue> {
        self.top.get(name).copied()
    }

    /// True when the top-level object has no field `name`.
    pub(crate) fn missing(&self, name: &str) -> bool {
        !self.top.contains_key(name)
    }

    /// The top-level list `name`, split into its elements (once).
    pub(crate) fn list(&mut self, name: &str) -> Option<&[&'a RawValue]> {
        let (key, value) = self.top.get_key_value(name)?;
        let key: &'a str = key;
        if !self.lists.contains_key(key) {
            let items: Vec<&'a RawValue> = serde_json::from_str(value.get()).ok()?;
            self.lists.insert(key, items);
        }
        self.lists.get(key).map(Vec::as_slice)
    }

    /// Line and column of the start of the value at `path`; for a value
    /// that is not there (a field to add), of the nearest value around it.
    pub(crate) fn position(&mut self, path: &JsonPath) -> Option<(usize, usize)> {
        let mut path = path.clone();
        loop {
            if let Some(offset) = self.offset(&path) {
                return Some(line_column(self.text, offset));
            }
            if !path.pop() {
                return None;
            }
        }
    }

    fn offset(&mut self, path: &JsonPath) -> Option<usize> {
        let mut steps = path.segments().iter();
        let Some(Segment::Field(name)) = steps.next() else {
            return None;
        };
        let mut rest = steps.as_slice();
        let mut current: &RawValue = match rest.first() {
            Some(Segment::Index(i)) => {
                rest = &rest[1..];
                self.list(name)?.get(*i)?
            }
            _ => self.top.get(name.as_str())?,
        };
        for step in rest {
            current = match step {
                Segment::Field(name) => {
                    let fields: HashMap<&str, &RawValue> =
                        serde_json::from_str(current.get()).ok()?;
                    fields.get(name.as_str())?
                }
                Segment::Index(i) => {
                    let items: Vec<&RawValue> = serde_json::from_str(current.get()).ok()?;
                    items.get(*i)?
                }
            };
        }
        Some(offset_in(self.text, current.get()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_columns_count_characters() {
        assert_eq!(line_column("ab\ncé", 4), (2, 2));
        assert_eq!(line_column("ab\ncé", 6), (2, 3));
        // An offset inside a character counts from its start, never panics.
        assert_eq!(line_column("ab\ncé", 5), (2, 2));
        assert_eq!(line_column("x", 0), (1, 1));
        assert_eq!(line_column("x", 99), (1, 2));
    }

    #[test]
    fn finds_the_start_of_the_value_at_a_path() {
        let text =
            "{\"a\": 1,\n \"list\": [{\"x\": [10, \"é\", {\"y\": null}]},\n  {\"z\": true}]}";
        let mut l = Locator::new(text);
        let at = |l: &mut Locator, p: JsonPath| l.position(&p);
        assert_eq!(at(&mut l, JsonPath::field("a")), Some((1, 7)));
        assert_eq!(at(&mut l, JsonPath::field("list").index(0)), Some((2, 11)));
        assert_eq!(
            at(
                &mut l,
                JsonPath::field("list").index(0).at("x").index(2).at("y")
            ),
            Some((2, 33))
        );
        assert_eq!(
            at(&mut l, JsonPath::field("list").index(1).at("z")),
            Some((3, 9))
        );
        // A value that is not there: the nearest one around it.
        assert_eq!(at(&mut l, JsonPath::field("list").index(2)), Some((2, 10)));
        assert_eq!(
            at(&mut l, JsonPath::field("list").index(1).at("w")),
            Some((3, 3))
        );
        assert_eq!(at(&mut l, JsonPath::field("nope")), None);
        assert_eq!(at(&mut l, JsonPath::default().index(0)), None);
        assert_eq!(Locator::new("[1]").position(&JsonPath::field("a")), None);
    }
}
