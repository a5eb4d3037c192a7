//! How the records' text and lists are read from JSON: text borrowed from
//! the input where it can be, lists exactly as long as they are.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer};

use super::{Highlight, Quote};

/// A string read from JSON: borrowed from the input unless it has escapes.
/// Large datasets are mostly text, so this saves a copy of nearly all of it.
#[derive(Deserialize)]
#[serde(transparent)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

/// A list as long as it needs to be. A list read into a `Vec` grows as it
/// is read (room for 4, then 8, ... items), and most lists here are short:
/// one or two sources would keep room for four, and over a large dataset
/// the spare room costs a fifth of the records' memory. Up to eight items
/// are read onto the stack first, then given one allocation of their size.
struct Exact<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Exact<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        const FIRST: usize = 8;
        let mut first: [Option<T>; FIRST] = [const { None }; FIRST];
        let mut n = 0;
        while n < FIRST {
            match seq.next_element()? {
                Some(item) => first[n] = Some(item),
                None => break,
            }
            n += 1;
        }
        let mut list = Vec::with_capacity(if n < FIRST { n } else { 2 * FIRST });
        list.extend(first.into_iter().flatten());
        if n == FIRST {
            while let Some(item) = seq.next_element()? {
                list.push(item);
            }
            list.shrink_to_fit();
        }
        Ok(list)
    }
}

pub(super) fn exact<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    d.deserialize_seq(Exact(std::marker::PhantomData))
}

pub(super) fn text_list<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<Cow<'a, str>>, D::Error> {
    let list: Vec<Text<'de>> = exact(d)?;
    // Collected in place: the same allocation.
    Ok(list.into_iter().map(|t| t.0).collect())
}

pub(super) fn strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    exact(d)
}

pub(super) fn highlights<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<Highlight<'a>>, D::Error> {
    exact(d)
}

pub(super) fn quotes<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Vec<Quote<'a>>, D::Error> {
    exact(d)
}

pub(super) fn variants<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<super::Variant<'a>>, D::Error> {
    exact(d)
}

pub(super) fn optional_text<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Cow<'a, str>>, D::Error> {
    Ok(Option::<Text<'de>>::deserialize(d)?.map(|t| t.0))
}

pub(super) fn own(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

pub(super) fn owned(list: Vec<Cow<'_, str>>) -> Vec<Cow<'static, str>> {
    list.into_iter().map(own).collect()
}
