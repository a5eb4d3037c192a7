//! JSON paths that say where in a dataset a problem is.

use std::fmt;

/// One step of a [`JsonPath`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A field of an object.
    Field(String),
    /// An element of an array.
    Index(usize),
}

/// Where a value sits in a dataset document, such as
/// `encounters[3].quotes[0].text`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(Vec<Segment>);

impl JsonPath {
    /// The path of a top-level field.
    pub fn field(name: &str) -> JsonPath {
        JsonPath(vec![Segment::Field(name.to_string())])
    }

    /// This path, one field further in.
    #[must_use]
    pub fn at(&self, name: &str) -> JsonPath {
        let mut path = self.clone();
        path.0.push(Segment::Field(name.to_string()));
        path
    }

    /// This path, one array element further in.
    #[must_use]
    pub fn index(&self, i: usize) -> JsonPath {
        let mut path = self.clone();
        path.0.push(Segment::Index(i));
        path
    }

    /// This path followed by the path serde_path_to_error tracked inside
    /// the value at it. A step it could not name ends the path there.
    #[must_use]
    pub fn join(&self, inner: &serde_path_to_error::Path) -> JsonPath {
        use serde_path_to_error::Segment as S;
        let mut path = self.clone();
        for segment in inner.iter() {
            path.0.push(match segment {
                S::Seq { index } => Segment::Index(*index),
                S::Map { key } => Segment::Field(key.clone()),
                S::Enum { variant } => Segment::Field(variant.clone()),
                S::Unknown => break,
            });
        }
        path
    }

    /// Remove the last step; false when there was none.
    pub(crate) fn pop(&mut self) -> bool {
        self.0.pop().is_some()
    }

    /// The steps, outermost first.
    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// True for the path of the document itself.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => f.write_str(name)?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_fields_and_indexes() {
        let path = JsonPath::field("encounters")
            .index(3)
            .at("quotes")
            .index(0)
            .at("text");
        assert_eq!(path.to_string(), "encounters[3].quotes[0].text");
        assert_eq!(JsonPath::field("updated").to_string(), "updated");
        assert_eq!(JsonPath::default().index(0).to_string(), "[0]");
        assert_eq!(JsonPath::default().to_string(), "");
        assert!(JsonPath::default().is_empty());
        assert_eq!(
            JsonPath::field("sources").index(1).segments(),
            [Segment::Field("sources".into()), Segment::Index(1)]
        );
    }

    #[test]
    fn joins_the_path_serde_tracked() {
        let text = r#"{"quotes": [{"speaker": 1}]}"#;
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Q {
            speaker: String,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct E {
            quotes: Vec<Q>,
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let err = serde_path_to_error::deserialize::<_, E>(&mut de).unwrap_err();
        let path = JsonPath::field("encounters").index(2).join(err.path());
        assert_eq!(path.to_string(), "encounters[2].quotes[0].speaker");
    }
}
