//! The display list: what is drawn, in strips laid out before any page exists, and
//! drawing it on a krilla surface.

use super::*;

// ---- the display list --------------------------------------------------------------

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub(super) const BLACK: Rgb = Rgb(0, 0, 0);
pub(super) const WHITE: Rgb = Rgb(255, 255, 255);
pub(super) const GREY: Rgb = Rgb(90, 90, 90);
pub(super) const RULE: Rgb = Rgb(170, 170, 170);

#[derive(Debug, Clone)]
pub(super) enum Op {
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Rgb,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb,
    },
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        bold: bool,
        color: Rgb,
        text: String,
    },
    /// An open polyline, solid or dashed.
    Path {
        points: Vec<(f32, f32)>,
        width: f32,
        color: Rgb,
        dashed: bool,
    },
    /// A filled circle (a chart's data point).
    Dot { x: f32, y: f32, r: f32, fill: Rgb },
}

impl Op {
    pub(super) fn moved(&self, dx: f32, dy: f32) -> Op {
        match self.clone() {
            Op::Rect { x, y, w, h, fill } => Op::Rect {
                x: x + dx,
                y: y + dy,
                w,
                h,
                fill,
            },
            Op::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => Op::Line {
                x1: x1 + dx,
                y1: y1 + dy,
                x2: x2 + dx,
                y2: y2 + dy,
                width,
                color,
            },
            Op::Text {
                x,
                baseline,
                size,
                bold,
                color,
                text,
            } => Op::Text {
                x: x + dx,
                baseline: baseline + dy,
                size,
                bold,
                color,
                text,
            },
            Op::Path {
                points,
                width,
                color,
                dashed,
            } => Op::Path {
                points: points.iter().map(|(x, y)| (x + dx, y + dy)).collect(),
                width,
                color,
                dashed,
            },
            Op::Dot { x, y, r, fill } => Op::Dot {
                x: x + dx,
                y: y + dy,
                r,
                fill,
            },
        }
    }
}

/// A laid-out strip of the page: its height and what is drawn in it, relative to its
/// top-left corner.
#[derive(Debug, Clone, Default)]
pub(super) struct Strip {
    pub(super) h: f32,
    pub(super) ops: Vec<Op>,
    /// Glue to the next strip (a heading never ends a column).
    pub(super) keep_with_next: bool,
    /// Blank space, dropped at the top of a column.
    pub(super) blank: bool,
}

impl Strip {
    pub(super) fn space(h: f32) -> Strip {
        Strip {
            h,
            blank: true,
            ..Strip::default()
        }
    }

    pub(super) fn moved(mut self, dx: f32, dy: f32) -> Strip {
        self.ops = self.ops.iter().map(|o| o.moved(dx, dy)).collect();
        self
    }
}

pub(super) fn line_height(size: f32) -> f32 {
    size * 1.22
}

/// Text strips, one per wrapped line, starting `indent` from the left.
pub(super) fn text_strips(
    spans: &[Span],
    width: f32,
    size: f32,
    color: Rgb,
    indent: f32,
) -> Vec<Strip> {
    let lh = line_height(size);
    let f = face(false);
    // Centre the font's ascent + descent in the line.
    let baseline = (lh - (f.ascent + f.descent) * size) / 2.0 + f.ascent * size;
    wrap(spans, width - indent, size)
        .into_iter()
        .map(|runs| Strip {
            h: lh,
            ops: runs
                .into_iter()
                .map(|r| Op::Text {
                    x: indent + r.x,
                    baseline,
                    size,
                    bold: r.bold,
                    color,
                    text: r.text,
                })
                .collect(),
            ..Strip::default()
        })
        .collect()
}

pub(super) fn rule(x: f32, y: f32, w: f32, color: Rgb) -> Op {
    Op::Line {
        x1: x,
        y1: y,
        x2: x + w,
        y2: y,
        width: 0.6,
        color,
    }
}

pub(super) fn fill(c: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        ..Fill::default()
    }
}

pub(super) fn draw(surface: &mut krilla::surface::Surface<'_>, op: &Op, fonts: &(Font, Font)) {
    match op {
        Op::Rect {
            x,
            y,
            w,
            h,
            fill: c,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else {
                return;
            };
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            fill_path(surface, pb, *c);
        }
        Op::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(*x1, *y1);
            pb.line_to(*x2, *y2);
            stroke_path(surface, pb, stroke(*color, *width));
        }
        Op::Path {
            points,
            width,
            color,
            dashed,
        } => {
            let Some(((x0, y0), rest)) = points.split_first() else {
                return;
            };
            let mut pb = PathBuilder::new();
            pb.move_to(*x0, *y0);
            for (x, y) in rest {
                pb.line_to(*x, *y);
            }
            let line = Stroke {
                line_join: LineJoin::Round,
                dash: dashed.then(|| StrokeDash {
                    array: vec![4.0, 2.5],
                    offset: 0.0,
                }),
                ..stroke(*color, *width)
            };
            stroke_path(surface, pb, line);
        }
        Op::Dot { x, y, r, fill: c } => {
            // A circle from four cubic arcs.
            let k = 0.552_285 * r;
            let mut pb = PathBuilder::new();
            pb.move_to(x + r, *y);
            pb.cubic_to(x + r, y + k, x + k, y + r, *x, y + r);
            pb.cubic_to(x - k, y + r, x - r, y + k, x - r, *y);
            pb.cubic_to(x - r, y - k, x - k, y - r, *x, y - r);
            pb.cubic_to(x + k, y - r, x + r, y - k, x + r, *y);
            pb.close();
            fill_path(surface, pb, *c);
        }
        Op::Text { .. } => draw_text(surface, op, fonts),
    }
}

fn stroke(color: Rgb, width: f32) -> Stroke {
    Stroke {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        width,
        ..Stroke::default()
    }
}

fn fill_path(surface: &mut krilla::surface::Surface<'_>, pb: PathBuilder, c: Rgb) {
    if let Some(path) = pb.finish() {
        surface.set_stroke(None);
        surface.set_fill(Some(fill(c)));
        surface.draw_path(&path);
    }
}

fn stroke_path(surface: &mut krilla::surface::Surface<'_>, pb: PathBuilder, line: Stroke) {
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(line));
        surface.draw_path(&path);
    }
}

/// A run of text, one glyph per character with the font's own advances.
fn draw_text(surface: &mut krilla::surface::Surface<'_>, op: &Op, fonts: &(Font, Font)) {
    let Op::Text {
        x,
        baseline,
        size,
        bold,
        color,
        text,
    } = op
    else {
        return;
    };
    if text.is_empty() {
        return;
    }
    let f = face(*bold);
    let glyphs: Vec<KrillaGlyph> = text
        .char_indices()
        .map(|(i, c)| {
            let (gid, adv) = f.glyph(c);
            KrillaGlyph::new(
                GlyphId::new(gid),
                adv,
                0.0,
                0.0,
                0.0,
                i..i + c.len_utf8(),
                None,
            )
        })
        .collect();
    let font = if *bold { &fonts.1 } else { &fonts.0 };
    surface.set_stroke(None);
    surface.set_fill(Some(fill(*color)));
    surface.draw_glyphs(
        Point::from_xy(*x, *baseline),
        &glyphs,
        font.clone(),
        text,
        *size,
        false,
    );
}
