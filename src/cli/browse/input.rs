//! Terminal input as the browser's [`Control`]s: keys by the key table,
//! the wheel as moves, a click as the row it lands on.

use ratatui::crossterm::event::{Event, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use super::keys::{self, Control};

/// How the keys are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// As commands, by the key table.
    Keys,
    /// As text typed into a prompt.
    Text,
    /// Over the help: the moving keys scroll it, any other closes it.
    Help,
}

/// What `event` asks for, the keys read as `reading` says. `None` for what
/// asks for nothing (a key's release, a resize).
pub fn control(event: &Event, reading: Reading) -> Option<Control> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if key.modifiers.contains(KeyModifiers::CONTROL) {
                // Ctrl-C leaves from anywhere; other chords mean nothing.
                return (key.code == ratatui::crossterm::event::KeyCode::Char('c'))
                    .then_some(Control::Quit);
            }
            match reading {
                Reading::Keys => keys::control(key.code),
                Reading::Text => keys::typed(key.code),
                // Over the help: the keys that move scroll it, q quits,
                // any other key closes it.
                Reading::Help => Some(match keys::control(key.code) {
                    Some(
                        c @ (Control::Up
                        | Control::Down
                        | Control::PageUp
                        | Control::PageDown
                        | Control::First
                        | Control::Last
                        | Control::Quit),
                    ) => c,
                    _ => Control::Back,
                }),
            }
        }
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::ScrollDown => Some(Control::Down),
            MouseEventKind::ScrollUp => Some(Control::Up),
            MouseEventKind::Down(MouseButton::Left) => Some(Control::Click(mouse.row)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, MouseEvent};

    use super::*;

    #[test]
    fn keys_mouse_and_chords() {
        let key = |code| Event::Key(KeyEvent::from(code));
        let j = key(KeyCode::Char('j'));
        assert_eq!(control(&j, Reading::Keys), Some(Control::Down));
        assert_eq!(control(&j, Reading::Text), Some(Control::Type('j')));
        let x = key(KeyCode::Char('x'));
        assert_eq!(control(&x, Reading::Keys), None);
        assert_eq!(control(&x, Reading::Help), Some(Control::Back));
        assert_eq!(control(&j, Reading::Help), Some(Control::Down));
        let space = key(KeyCode::Char(' '));
        assert_eq!(control(&space, Reading::Help), Some(Control::PageDown));
        let q = key(KeyCode::Char('q'));
        assert_eq!(control(&q, Reading::Help), Some(Control::Quit));
        let slash = key(KeyCode::Char('/'));
        assert_eq!(control(&slash, Reading::Help), Some(Control::Back));
        let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert_eq!(control(&ctrl_c, Reading::Text), Some(Control::Quit));
        let ctrl_x = Event::Key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
        assert_eq!(control(&ctrl_x, Reading::Keys), None);
        let mut release = KeyEvent::from(KeyCode::Char('j'));
        release.kind = KeyEventKind::Release;
        assert_eq!(control(&Event::Key(release), Reading::Keys), None);
        let mouse = |kind| {
            Event::Mouse(MouseEvent {
                kind,
                column: 3,
                row: 7,
                modifiers: KeyModifiers::NONE,
            })
        };
        assert_eq!(
            control(
                &mouse(MouseEventKind::Down(MouseButton::Left)),
                Reading::Keys
            ),
            Some(Control::Click(7))
        );
        assert_eq!(
            control(&mouse(MouseEventKind::ScrollUp), Reading::Keys),
            Some(Control::Up)
        );
        assert_eq!(
            control(&mouse(MouseEventKind::ScrollDown), Reading::Keys),
            Some(Control::Down)
        );
        assert_eq!(control(&Event::Resize(80, 24), Reading::Keys), None);
    }
}
