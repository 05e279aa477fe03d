//! Tables of many columns whose header row repeats on every page.

use super::*;

// ---- tables of many columns -------------------------------------------------------------

pub(super) const HEADER_FILL: Rgb = Rgb(226, 226, 226);
pub(super) const BAND_FILL: Rgb = Rgb(222, 230, 240);
pub(super) const MUTED_FILL: Rgb = Rgb(238, 238, 238);
pub(super) const GRID_LINE: Rgb = Rgb(222, 222, 222);

/// A column of a [`Document::grid`]: its title and its share of the width (shares are
/// relative to each other).
#[derive(Debug, Clone, PartialEq)]
pub struct GridColumn {
    pub title: String,
    pub share: f32,
}

impl GridColumn {
    pub fn new(title: impl Into<String>, share: f32) -> GridColumn {
        GridColumn {
            title: title.into(),
            share,
        }
    }
}

/// A row of a [`Document::grid`].
#[derive(Debug, Clone, PartialEq)]
pub enum GridRow {
    /// A bold row across the whole width that introduces the rows after it (a day). It is
    /// never left alone at the foot of a page.
    Band(String),
    Cells {
        /// One wrapped text per column.
        cells: Vec<Vec<Span>>,
        /// A line across the whole row under the cells; empty for none.
        note: Vec<Span>,
        /// A tinted background (an alert's colour).
        tone: Option<Tone>,
        /// Values in grey on grey: no longer in effect (a corrected reading).
        muted: bool,
    },
}

impl GridRow {
    /// A plain row.
    pub fn cells(cells: Vec<Vec<Span>>) -> GridRow {
        GridRow::Cells {
            cells,
            note: vec![],
            tone: None,
            muted: false,
        }
    }
}

/// Wrapped cells side by side: the height of the tallest and what to draw, relative to
/// the row's top-left corner at (0, `top`).
pub(super) fn cells_ops(
    cells: &[Vec<Span>],
    xs: &[f32],
    widths: &[f32],
    pad: f32,
    top: f32,
    size: f32,
    color: Rgb,
) -> (f32, Vec<Op>) {
    let lh = line_height(size);
    let mut ops = vec![];
    let mut lines = 1;
    for ((cell, x), w) in cells.iter().zip(xs).zip(widths) {
        let strips = text_strips(cell, (w - 2.0 * pad).max(1.0), size, color, 0.0);
        lines = lines.max(strips.len());
        for (j, s) in strips.into_iter().enumerate() {
            ops.extend(s.moved(x + pad, top + j as f32 * lh).ops);
        }
    }
    (lines as f32 * lh, ops)
}

impl Document {
    /// A table of several columns. Its header row is repeated at the top of every page
    /// it continues on; a row is never split.
    pub fn grid(&mut self, columns: &[GridColumn], rows: &[GridRow]) {
        for c in columns {
            self.note_text(&c.title);
        }
        let layout = GridLayout::new(columns, self.column_width(), self.body);
        let header = layout.header(columns);
        let mut strips = vec![header.clone()];
        for row in rows {
            match row {
                GridRow::Band(text) => {
                    self.note_text(text);
                    strips.push(layout.band(text));
                }
                GridRow::Cells {
                    cells,
                    note,
                    tone,
                    muted,
                } => {
                    for c in cells {
                        self.note_spans(c);
                    }
                    self.note_spans(note);
                    strips.push(layout.cells(cells, note, *tone, *muted));
                }
            }
        }
        self.place(strips, Some(header));
        self.place(vec![Strip::space(self.body * 0.6)], None);
    }
}

/// Where a grid's columns fall across the text column, and its padding.
pub(super) struct GridLayout {
    xs: Vec<f32>,
    widths: Vec<f32>,
    w: f32,
    padx: f32,
    pady: f32,
    size: f32,
}

impl GridLayout {
    pub(super) fn new(columns: &[GridColumn], w: f32, size: f32) -> GridLayout {
        let total = columns
            .iter()
            .map(|c| c.share.max(0.0))
            .sum::<f32>()
            .max(f32::EPSILON);
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| w * c.share.max(0.0) / total)
            .collect();
        let xs: Vec<f32> = widths
            .iter()
            .scan(0.0, |acc, cw| {
                let x = *acc;
                *acc += cw;
                Some(x)
            })
            .collect();
        GridLayout {
            xs,
            widths,
            w,
            padx: 2.5,
            pady: 2.2,
            size,
        }
    }

    /// The header row, shaded and ruled, repeated on every page the grid continues on.
    pub(super) fn header(&self, columns: &[GridColumn]) -> Strip {
        let (w, padx, pady) = (self.w, self.padx, self.pady);
        let titles: Vec<Vec<Span>> = columns.iter().map(|c| vec![Span::bold(&c.title)]).collect();
        let (th, tops) = cells_ops(
            &titles,
            &self.xs,
            &self.widths,
            padx,
            pady,
            self.size,
            BLACK,
        );
        let h = th + 2.0 * pady;
        let mut ops = vec![Op::Rect {
            x: 0.0,
            y: 0.0,
            w,
            h,
            fill: HEADER_FILL,
        }];
        ops.extend(tops);
        ops.push(Op::Line {
            x1: 0.0,
            y1: h,
            x2: w,
            y2: h,
            width: 0.9,
            color: GREY,
        });
        Strip {
            h,
            ops,
            keep_with_next: true,
            blank: false,
        }
    }

    /// A full-width band (a day's heading), kept with the row after it.
    pub(super) fn band(&self, text: &str) -> Strip {
        let (w, padx, pady) = (self.w, self.padx, self.pady);
        let lines = text_strips(&[Span::bold(text)], w - 2.0 * padx, self.size, BLACK, 0.0);
        let h = lines.iter().map(|l| l.h).sum::<f32>() + 2.0 * pady;
        let mut ops = vec![Op::Rect {
            x: 0.0,
            y: 0.0,
            w,
            h,
            fill: BAND_FILL,
        }];
        let mut y = pady;
        for l in lines {
            let lh = l.h;
            ops.extend(l.moved(padx, y).ops);
            y += lh;
        }
        Strip {
            h,
            ops,
            keep_with_next: true,
            blank: false,
        }
    }

    /// A row of cells with its note under it, tinted by its tone or muted.
    pub(super) fn cells(
        &self,
        cells: &[Vec<Span>],
        note: &[Span],
        tone: Option<Tone>,
        muted: bool,
    ) -> Strip {
        let (w, padx, pady) = (self.w, self.padx, self.pady);
        let color = if muted { GREY } else { BLACK };
        let (ch, cell_ops) = cells_ops(cells, &self.xs, &self.widths, padx, pady, self.size, color);
        let mut h = pady + ch;
        let mut text = cell_ops;
        if !note.is_empty() {
            for l in text_strips(note, w - 2.0 * padx, self.size, BLACK, 0.0) {
                let lh = l.h;
                text.extend(l.moved(padx, h).ops);
                h += lh;
            }
        }
        h += pady;
        let fill = match (tone, muted) {
            (_, true) => Some(MUTED_FILL),
            (Some(t), false) => Some(t.tint()),
            (None, false) => None,
        };
        let mut ops = vec![];
        if let Some(fill) = fill {
            ops.push(Op::Rect {
                x: 0.0,
                y: 0.0,
                w,
                h,
                fill,
            });
        }
        ops.extend(text);
        ops.push(rule(0.0, h, w, RULE));
        Strip {
            h,
            ops,
            ..Strip::default()
        }
    }
}
