//! Styled text and its wrapping to a width.

use super::*;

// ---- styled text and wrapping ------------------------------------------------------

/// A piece of text in regular or bold.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: false,
        }
    }
    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: true,
        }
    }
}

/// One run of a wrapped line: same style, placed at `x` from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub x: f32,
    pub text: String,
    pub bold: bool,
}

/// Greedy line breaking at spaces (a no-break space holds "38.0 °C" together); a word
/// wider than the line is cut between characters. Spaces at a break are dropped.
pub fn wrap(spans: &[Span], width: f32, size: f32) -> Vec<Vec<Run>> {
    // Words and the spaces between them, each with its style.
    let mut tokens: Vec<(String, bool, bool)> = vec![]; // (text, bold, is_space)
    for s in spans {
        for (i, part) in s.text.split(' ').enumerate() {
            if i > 0 {
                tokens.push((" ".into(), s.bold, true));
            }
            if !part.is_empty() {
                tokens.push((part.into(), s.bold, false));
            }
        }
    }
    let mut lines: Vec<Vec<Run>> = vec![];
    let mut line: Vec<Run> = vec![];
    let mut x = 0.0;
    let mut pending_space: Option<bool> = None;
    let push = |line: &mut Vec<Run>, x: f32, text: &str, bold: bool| match line.last_mut() {
        Some(last) if last.bold == bold => last.text.push_str(text),
        _ => line.push(Run {
            x,
            text: text.into(),
            bold,
        }),
    };
    for (text, bold, is_space) in tokens {
        if is_space {
            if !line.is_empty() {
                pending_space = Some(bold);
            }
            continue;
        }
        let w = text_width(&text, bold, size);
        let space_w = pending_space.map_or(0.0, |b| text_width(" ", b, size));
        if !line.is_empty() && x + space_w + w > width {
            lines.push(std::mem::take(&mut line));
            x = 0.0;
            pending_space = None;
        }
        if let Some(b) = pending_space.take() {
            push(&mut line, x, " ", b);
            x += space_w;
        }
        if w <= width || !line.is_empty() {
            push(&mut line, x, &text, bold);
            x += w;
            continue;
        }
        // A word longer than the whole line: cut it where it overflows.
        let mut piece = String::new();
        let mut pw = 0.0;
        for c in text.chars() {
            let cw = text_width(c.encode_utf8(&mut [0; 4]), bold, size);
            if !piece.is_empty() && pw + cw > width {
                push(&mut line, x, &piece, bold);
                lines.push(std::mem::take(&mut line));
                x = 0.0;
                piece.clear();
                pw = 0.0;
            }
            piece.push(c);
            pw += cw;
        }
        push(&mut line, x, &piece, bold);
        x += pw;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}
