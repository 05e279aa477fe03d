//! The building blocks a document is made of: tones of the action boxes and blocks of
//! content.

use super::*;

// ---- public building blocks -----------------------------------------------------------

/// How urgent a box's content is; each has a colour and always a printed label, so the
/// sheet reads the same in greyscale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Emergency,
    CallNow,
    CallToday,
    Routine,
    /// Neutral information (contacts, notes).
    Info,
}

impl Tone {
    /// Band colour (white text on it) and body tint. Dark bands keep the label readable
    /// when printed in black and white; tints are light enough to save ink.
    pub(super) fn colours(self) -> (Rgb, Rgb) {
        match self {
            Tone::Emergency => (Rgb(170, 20, 30), Rgb(252, 234, 234)),
            Tone::CallNow => (Rgb(176, 72, 0), Rgb(254, 240, 224)),
            Tone::CallToday => (Rgb(25, 85, 160), Rgb(232, 240, 251)),
            Tone::Routine => (Rgb(35, 110, 50), Rgb(234, 245, 234)),
            Tone::Info => (Rgb(70, 70, 70), Rgb(244, 244, 244)),
        }
    }
}

impl Tone {
    /// The light background of this tone (a table row of an alert).
    pub fn tint(self) -> Rgb {
        self.colours().1
    }

    /// The strong colour of this tone (a box's band).
    pub fn strong(self) -> Rgb {
        self.colours().0
    }
}

/// Content that can stand alone or inside a box.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Vec<Span>),
    /// A small bold heading inside a box or column.
    Subheading(String),
    Bullets(Vec<Vec<Span>>),
    /// Label | value rows; the label column takes `label_share` of the width.
    Table {
        rows: Vec<(String, String)>,
        label_share: f32,
    },
    /// A line to sign on, with a caption under it.
    Signature(String),
    Space(f32),
}

impl Block {
    pub fn text(text: impl Into<String>) -> Block {
        Block::Paragraph(vec![Span::plain(text)])
    }
    pub fn bullets<S: Into<String>>(items: impl IntoIterator<Item = S>) -> Block {
        Block::Bullets(items.into_iter().map(|s| vec![Span::plain(s)]).collect())
    }
    pub fn table(rows: Vec<(String, String)>) -> Block {
        Block::Table {
            rows,
            label_share: 0.5,
        }
    }
}
