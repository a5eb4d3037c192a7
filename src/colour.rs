//! The colour of each outcome, one map for every view: the terminal's
//! colour, and the one pictures and pages use.

use anstyle::AnsiColor;

use crate::model::{Outcome, RecordKind};

/// How an outcome is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    /// In a terminal.
    pub terminal: AnsiColor,
    /// In pictures and pages, `#rrggbb`: every one at least 4.5:1 against
    /// white, so it reads as text too.
    pub hex: &'static str,
}

/// The colour that marks `outcome` everywhere.
pub fn of(outcome: Outcome) -> Colour {
    let (terminal, hex) = match outcome {
        Outcome::Held => (AnsiColor::Green, "#2e7d32"),
        Outcome::Informal => (AnsiColor::Cyan, "#0277bd"),
        Outcome::Cancelled => (AnsiColor::Red, "#c62828"),
        // Dark gold: 5.3:1 against white.
        Outcome::Proposed => (AnsiColor::Yellow, "#8b6508"),
    };
    Colour { terminal, hex }
}

/// The colour that marks a record's kind everywhere: a meeting's is its
/// outcome's; a call and an envoy meeting have their own.
pub fn of_kind(kind: RecordKind) -> Colour {
    match kind {
        RecordKind::Held => of(Outcome::Held),
        RecordKind::Informal => of(Outcome::Informal),
        RecordKind::Cancelled => of(Outcome::Cancelled),
        RecordKind::Proposed => of(Outcome::Proposed),
        // Purple, 8.6:1 against white.
        RecordKind::Call => Colour {
            terminal: AnsiColor::Magenta,
            hex: "#6a1b9a",
        },
        // Indigo, 10.6:1 against white.
        RecordKind::Envoy => Colour {
            terminal: AnsiColor::Blue,
            hex: "#283593",
        },
    }
}
