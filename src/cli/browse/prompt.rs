//! The one line editor of every prompt (a search, a narrowing, the years,
//! a pick, a file name): what a key does to the text typed.

use super::keys::Control;

/// What a key did to a prompt's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A character was typed, or the last one taken back (`erased`).
    Changed { erased: bool },
    /// Enter: the text, given; the prompt is empty again.
    Submitted(String),
    /// Esc: the prompt is left.
    Cancelled,
    /// A key a prompt leaves to its owner (Tab).
    Other(Control),
}

/// Apply `control` to `text`, as a prompt reads it.
pub fn edit(text: &mut String, control: Control) -> Edit {
    match control {
        Control::Type(c) => {
            text.push(c);
            Edit::Changed { erased: false }
        }
        Control::Erase => {
            text.pop();
            Edit::Changed { erased: true }
        }
        Control::Submit => Edit::Submitted(std::mem::take(text)),
        Control::Back => Edit::Cancelled,
        other => Edit::Other(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prompt_types_erases_gives_and_leaves() {
        let mut text = String::from("20");
        assert_eq!(
            edit(&mut text, Control::Type('é')),
            Edit::Changed { erased: false }
        );
        assert_eq!(text, "20é");
        assert_eq!(
            edit(&mut text, Control::Erase),
            Edit::Changed { erased: true }
        );
        assert_eq!(text, "20", "a whole character taken back");
        assert_eq!(
            edit(&mut text, Control::SwitchPane),
            Edit::Other(Control::SwitchPane)
        );
        assert_eq!(text, "20");
        assert_eq!(
            edit(&mut text, Control::Submit),
            Edit::Submitted("20".into())
        );
        assert_eq!(text, "");
        // Erasing nothing leaves nothing.
        assert_eq!(
            edit(&mut text, Control::Erase),
            Edit::Changed { erased: true }
        );
        assert_eq!(text, "");
        assert_eq!(edit(&mut text, Control::Back), Edit::Cancelled);
    }
}
