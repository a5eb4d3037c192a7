//! What a record says in its sources' words or its own: quotes and
//! highlights, each citing the sources that give it.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use super::read::{optional_text, own, owned, text_list, variants};

/// A verbatim quotation from a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a quote object")]
pub struct Quote<'a> {
    /// Who said it.
    #[serde(borrow)]
    pub speaker: Cow<'a, str>,
    /// The words, exactly as in the source.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// When, where or to whom it was said.
    #[serde(
        default,
        borrow,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub context: Option<Cow<'a, str>>,
    /// The day it was said, when not the record's own day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said: Option<crate::date::EdtfDate>,
    /// Ids of the sources that report the quote, word for word.
    #[serde(
        default,
        borrow,
        deserialize_with = "text_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub sources: Vec<Cow<'a, str>>,
    /// Other renderings of the same remark (another translation or
    /// transcript), each with the sources that give it word for word.
    #[serde(
        default,
        borrow,
        deserialize_with = "variants",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub variants: Vec<Variant<'a>>,
}

/// What comes before each other rendering of a quote in [`Quote::line`].
pub const VARIANT: &str = " / also rendered: \"";

/// What comes before the day a quote was said in [`Quote::line`], when it
/// is not its record's day; `]` closes it.
pub const SAID: &str = " [said ";

/// Another rendering of a quoted remark: the same words as another
/// translation or transcript gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a variant object")]
pub struct Variant<'a> {
    /// The words, exactly as in the sources cited.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Ids of the sources that give this rendering, word for word.
    #[serde(
        default,
        borrow,
        deserialize_with = "text_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub sources: Vec<Cow<'a, str>>,
}

impl Variant<'_> {
    /// The same variant, owning its text.
    pub fn into_owned(self) -> Variant<'static> {
        Variant {
            text: own(self.text),
            sources: owned(self.sources),
        }
    }
}

impl Quote<'_> {
    /// Every rendering of the remark: the quote's own words, then its
    /// variants', each with the sources that give it.
    pub fn renderings(&self) -> impl Iterator<Item = (&str, &[Cow<'_, str>])> {
        std::iter::once((self.text.as_ref(), self.sources.as_slice())).chain(
            self.variants
                .iter()
                .map(|v| (v.text.as_ref(), v.sources.as_slice())),
        )
    }

    /// Who said it, where or to whom when that is known, and the day it
    /// was said when not its record's: "Vladimir Putin · In Moscow, after
    /// the summit · said 19 Jul 2018".
    pub fn attribution(&self) -> String {
        let mut out = self.speaker.to_string();
        if let Some(c) = &self.context {
            out.push_str(&format!(" · {c}"));
        }
        if let Some(day) = &self.said {
            out.push_str(&format!(" · said {}", day.human()));
        }
        out
    }

    /// The quote on one line, as CSV cells and plain text carry it:
    /// `Speaker: "words" (context)`, then ` [said 2018-07-25]` when it was
    /// said on another day than its record's, then ` / also rendered:
    /// "words"` for each other rendering.
    pub fn line(&self) -> String {
        let mut line = match &self.context {
            Some(context) => format!("{}: \"{}\" ({context})", self.speaker, self.text),
            None => format!("{}: \"{}\"", self.speaker, self.text),
        };
        if let Some(said) = &self.said {
            line.push_str(&format!("{SAID}{}]", said.as_str()));
        }
        for v in &self.variants {
            line.push_str(&format!("{VARIANT}{}\"", v.text));
        }
        line
    }

    /// The same quote, owning its text.
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            speaker: own(self.speaker),
            text: own(self.text),
            context: self.context.map(own),
            said: self.said,
            sources: owned(self.sources),
            variants: self.variants.into_iter().map(Variant::into_owned).collect(),
        }
    }
}

/// A key moment of an encounter, in the dataset's own words, with the ids
/// of the sources that support it.
///
/// In JSON a highlight is either a plain string (no sources of its own)
/// or an object `{"text": ..., "sources": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight<'a> {
    /// What happened.
    pub text: Cow<'a, str>,
    /// Ids of the sources that support it.
    pub sources: Vec<Cow<'a, str>>,
}

impl Highlight<'_> {
    /// The same highlight, owning its text.
    pub fn into_owned(self) -> Highlight<'static> {
        Highlight {
            text: own(self.text),
            sources: owned(self.sources),
        }
    }
}

impl Serialize for Highlight<'_> {
    /// A plain string when no sources are cited, so a dataset written
    /// with plain strings is written back the same.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        if self.sources.is_empty() {
            return s.serialize_str(&self.text);
        }
        let mut object = s.serialize_struct("Highlight", 2)?;
        object.serialize_field("text", &self.text)?;
        object.serialize_field("sources", &self.sources)?;
        object.end()
    }
}

/// The object form of a highlight.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a highlight object")]
struct CitedHighlight<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(default, borrow, deserialize_with = "text_list")]
    sources: Vec<Cow<'a, str>>,
}

impl<'de: 'a, 'a> Deserialize<'de> for Highlight<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Either<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for Either<'a> {
            type Value = Highlight<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a highlight: a string, or an object with text and sources")
            }
            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                v: &'de str,
            ) -> Result<Self::Value, E> {
                Ok(Highlight {
                    text: Cow::Borrowed(v),
                    sources: Vec::new(),
                })
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Highlight {
                    text: Cow::Owned(v.to_string()),
                    sources: Vec::new(),
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                let cited =
                    CitedHighlight::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Highlight {
                    text: cited.text,
                    sources: cited.sources,
                })
            }
        }
        d.deserialize_any(Either(std::marker::PhantomData))
    }
}

impl JsonSchema for Highlight<'_> {
    fn schema_name() -> Cow<'static, str> {
        "Highlight".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A key moment in the dataset's own words: a string, or an object naming the sources that support it.",
            "oneOf": [
                { "type": "string", "minLength": 1 },
                {
                    "type": "object",
                    "properties": {
                        "text": { "type": "string", "minLength": 1 },
                        "sources": {
                            "type": "array",
                            "items": { "type": "string" },
                            "description": "Ids of the sources that support the highlight."
                        }
                    },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}
