//! Line charts drawn as vector paths.

use super::*;

// ---- line charts ---------------------------------------------------------------------------

/// How a chart series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesStyle {
    /// Values joined by a line, with a small dot on each.
    Line,
    /// A dashed line (a limit).
    Dashed,
    /// Larger dots only (values to point out).
    Points,
}

/// One series of a [`LineChart`]: (x, y) points in chart units.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Its words in the legend.
    pub label: String,
    pub points: Vec<(f64, f64)>,
    pub color: Rgb,
    pub style: SeriesStyle,
}

/// A label under the x axis, centred on `at`, with an optional second line.
#[derive(Debug, Clone, PartialEq)]
pub struct XLabel {
    pub at: f64,
    pub text: String,
    pub sub: String,
}

/// A line chart drawn with vector paths: a title, y ticks at whole steps, x labels,
/// vertical grid lines, an optional marked x position (now), and a legend in words.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    pub title: String,
    pub x_range: (f64, f64),
    /// Vertical grid lines (e.g. midnights).
    pub x_grid: Vec<f64>,
    pub x_labels: Vec<XLabel>,
    /// Words under the x labels.
    pub x_title: String,
    /// A marked position on the x axis and its label (e.g. now).
    pub x_marker: Option<(f64, String)>,
    /// The y range shown at least; widened to the data, in whole steps.
    pub y_range: (f64, f64),
    pub y_step: f64,
    /// Drawn in this order (limits first, so the values are on top).
    pub series: Vec<Series>,
    /// Written across an empty plot (e.g. "No readings yet"); the scale, the values and
    /// the marker are then left out, the legend stays (it states the limits).
    pub empty_text: Option<String>,
    /// Height of the plot area, in points.
    pub height: f32,
}

/// The y range and step actually shown: `range` widened to the values, on whole steps,
/// with at most 8 steps.
pub(super) fn y_scale(
    range: (f64, f64),
    step: f64,
    values: impl Iterator<Item = f64>,
) -> (f64, f64, f64) {
    let (mut lo, mut hi) = (range.0.min(range.1), range.0.max(range.1));
    for v in values.filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    let mut step = if step > 0.0 { step } else { 1.0 };
    loop {
        let l = (lo / step).floor() * step;
        let mut h = (hi / step).ceil() * step;
        if h - l < step {
            h = l + step;
        }
        if (h - l) / step <= 8.0 + 1e-9 {
            return (l, h, step);
        }
        step *= 2.0;
    }
}

/// The baseline of text of `size` in a line box whose top is at `top`.
pub(super) fn baseline_in(top: f32, size: f32) -> f32 {
    let f = face(false);
    top + (line_height(size) - (f.ascent + f.descent) * size) / 2.0 + f.ascent * size
}

pub(super) fn text_op(x: f32, top: f32, size: f32, bold: bool, color: Rgb, text: &str) -> Op {
    Op::Text {
        x,
        baseline: baseline_in(top, size),
        size,
        bold,
        color,
        text: text.to_string(),
    }
}

pub(super) fn chart_strip(chart: &LineChart, w: f32, size: f32) -> Strip {
    let small = MIN_BODY_PT * 0.9;
    let slh = line_height(small);
    let mut ops = vec![text_op(0.0, 0.0, size * 1.05, true, BLACK, &chart.title)];

    // An empty chart says so, with no scale to read.
    let empty = chart.empty_text.is_some();
    let (y0, y1, ticks) = value_ticks(chart);
    let label_w = ticks
        .iter()
        .map(|(_, t)| text_width(t, false, small))
        .fold(0.0, f32::max);
    let left = if empty { 0.0 } else { label_w + 5.0 };
    let top = line_height(size * 1.05) + slh * 0.6;
    let (pw, ph) = ((w - left - 4.0).max(10.0), chart.height);
    let (x0, x1) = chart.x_range;
    let xspan = if x1 > x0 { x1 - x0 } else { 1.0 };
    let plot = Plot {
        left,
        top,
        pw,
        ph,
        x0,
        xspan,
        y0,
        y1,
    };

    ops.extend(grid_ops(&plot, &ticks, chart, small));
    ops.extend(x_label_ops(&plot, chart, w, small));
    let mut y = top + ph + 1.5 + 2.0 * slh;
    if !chart.x_title.is_empty() {
        let tw = text_width(&chart.x_title, false, small);
        ops.push(text_op(
            left + (pw - tw).max(0.0) / 2.0,
            y,
            small,
            false,
            GREY,
            &chart.x_title,
        ));
        y += slh;
    }

    if !empty {
        ops.extend(marker_ops(&plot, chart, small));
        ops.extend(series_ops(&plot, chart));
    }
    if let Some(text) = &chart.empty_text {
        let tw = text_width(text, false, size);
        ops.push(text_op(
            left + (pw - tw).max(0.0) / 2.0,
            top + ph / 2.0 - line_height(size) / 2.0,
            size,
            false,
            GREY,
            text,
        ));
    }

    let lh = line_height(size);
    let (legend, y) = legend_ops(chart, left, w, y + 2.0, size);
    ops.extend(legend);
    Strip {
        h: y + lh + size * 0.8,
        ops,
        ..Strip::default()
    }
}

/// The value axis: its range and the labelled ticks along it (none on an empty chart).
fn value_ticks(chart: &LineChart) -> (f64, f64, Vec<(f64, String)>) {
    let (y0, y1, step) = y_scale(
        chart.y_range,
        chart.y_step,
        chart
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.1)),
    );
    let decimals = if (step - step.round()).abs() > 1e-9 {
        1
    } else {
        0
    };
    let empty = chart.empty_text.is_some();
    let n_ticks = if empty {
        -1
    } else {
        ((y1 - y0) / step).round() as i64
    };
    let ticks: Vec<(f64, String)> = (0..=n_ticks)
        .map(|i| {
            let v = y0 + i as f64 * step;
            (v, format!("{v:.decimals$}"))
        })
        .collect();
    (y0, y1, ticks)
}

/// The plotting area of a chart and its scales.
pub(super) struct Plot {
    left: f32,
    top: f32,
    pw: f32,
    ph: f32,
    x0: f64,
    xspan: f64,
    y0: f64,
    y1: f64,
}

impl Plot {
    fn px(&self, x: f64) -> f32 {
        self.left + ((x - self.x0) / self.xspan) as f32 * self.pw
    }

    fn py(&self, y: f64) -> f32 {
        self.top + self.ph - ((y - self.y0) / (self.y1 - self.y0)) as f32 * self.ph
    }
}

/// The value grid with its tick labels, the day lines, then the frame.
fn grid_ops(plot: &Plot, ticks: &[(f64, String)], chart: &LineChart, small: f32) -> Vec<Op> {
    let (left, top, pw, ph) = (plot.left, plot.top, plot.pw, plot.ph);
    let (x0, x1) = chart.x_range;
    let slh = line_height(small);
    let mut ops = vec![];
    for (v, label) in ticks {
        let y = plot.py(*v);
        ops.push(Op::Line {
            x1: left,
            y1: y,
            x2: left + pw,
            y2: y,
            width: 0.5,
            color: GRID_LINE,
        });
        let lw = text_width(label, false, small);
        ops.push(text_op(
            left - 3.0 - lw,
            y - slh / 2.0,
            small,
            false,
            GREY,
            label,
        ));
    }
    for x in chart.x_grid.iter().filter(|x| (x0..=x1).contains(*x)) {
        let x = plot.px(*x);
        ops.push(Op::Line {
            x1: x,
            y1: top,
            x2: x,
            y2: top + ph,
            width: 0.5,
            color: GRID_LINE,
        });
    }
    ops.push(Op::Path {
        points: vec![
            (left, top),
            (left, top + ph),
            (left + pw, top + ph),
            (left + pw, top),
            (left, top),
        ],
        width: 0.7,
        color: RULE,
        dashed: false,
    });

    ops
}

/// X labels on two rows. Each row shows every k-th label, k the same all along the axis
/// and just large enough for its widest label not to touch the next one.
fn x_label_ops(plot: &Plot, chart: &LineChart, w: f32, small: f32) -> Vec<Op> {
    let (top, ph) = (plot.top, plot.ph);
    let (x0, x1) = chart.x_range;
    let slh = line_height(small);
    let mut ops = vec![];
    let shown: Vec<&XLabel> = chart
        .x_labels
        .iter()
        .filter(|l| (x0..=x1).contains(&l.at))
        .collect();
    let spacing = shown
        .windows(2)
        .map(|w| (plot.px(w[1].at) - plot.px(w[0].at)).abs())
        .fold(f32::INFINITY, f32::min);
    for row in 0..2 {
        let text = |l: &XLabel| {
            if row == 0 {
                l.text.clone()
            } else {
                l.sub.clone()
            }
        };
        let widest = shown
            .iter()
            .map(|l| text_width(&text(l), false, small))
            .fold(0.0, f32::max);
        let stride = if spacing.is_finite() && spacing > 0.0 {
            ((widest + 4.0) / spacing).ceil().max(1.0) as usize
        } else {
            1
        };
        for l in shown.iter().step_by(stride) {
            let t = text(l);
            if t.is_empty() {
                continue;
            }
            let tw = text_width(&t, false, small);
            let x = (plot.px(l.at) - tw / 2.0).clamp(0.0, (w - tw).max(0.0));
            ops.push(text_op(
                x,
                top + ph + 1.5 + row as f32 * slh,
                small,
                false,
                GREY,
                &t,
            ));
        }
    }
    ops
}

/// The "now" line, labelled inside the plot on the side with room.
fn marker_ops(plot: &Plot, chart: &LineChart, small: f32) -> Vec<Op> {
    let (left, top, pw, ph) = (plot.left, plot.top, plot.pw, plot.ph);
    let (x0, x1) = chart.x_range;
    let mut ops = vec![];
    if let Some((at, label)) = chart.x_marker.as_ref() {
        if (x0..=x1).contains(at) {
            let x = plot.px(*at);
            ops.push(Op::Path {
                points: vec![(x, top), (x, top + ph)],
                width: 0.8,
                color: GREY,
                dashed: true,
            });
            let tw = text_width(label, false, small);
            // Inside the plot, on the side with room.
            let lx = if x + 2.0 + tw <= left + pw {
                x + 2.0
            } else {
                x - 2.0 - tw
            };
            ops.push(text_op(lx, top + 1.0, small, false, GREY, label));
        }
    }

    ops
}

/// Each series as a line, a dashed line or points.
fn series_ops(plot: &Plot, chart: &LineChart) -> Vec<Op> {
    let (x0, x1) = chart.x_range;
    let mut ops = vec![];
    for s in &chart.series {
        let pts: Vec<(f32, f32)> = s
            .points
            .iter()
            .filter(|(x, y)| (x0..=x1).contains(x) && y.is_finite())
            .map(|(x, y)| (plot.px(*x), plot.py(*y)))
            .collect();
        match s.style {
            SeriesStyle::Line | SeriesStyle::Dashed => {
                if pts.len() > 1 {
                    ops.push(Op::Path {
                        points: pts.clone(),
                        width: 1.2,
                        color: s.color,
                        dashed: s.style == SeriesStyle::Dashed,
                    });
                }
                if s.style == SeriesStyle::Line {
                    let r = if pts.len() > 150 { 1.1 } else { 1.6 };
                    ops.extend(pts.iter().map(|&(x, y)| Op::Dot {
                        x,
                        y,
                        r,
                        fill: s.color,
                    }));
                }
            }
            SeriesStyle::Points => ops.extend(pts.iter().map(|&(x, y)| Op::Dot {
                x,
                y,
                r: 2.6,
                fill: s.color,
            })),
        }
    }
    ops
}

/// The legend, in words, flowing over as many lines as it needs, from `y`; and where it
/// ends.
fn legend_ops(chart: &LineChart, left: f32, w: f32, mut y: f32, size: f32) -> (Vec<Op>, f32) {
    let mut ops = vec![];
    let lh = line_height(size);
    let sample = 18.0;
    let mut x = left;
    for s in &chart.series {
        let tw = text_width(&s.label, false, size);
        let item = sample + 4.0 + tw;
        if x > left && x + item > w {
            x = left;
            y += lh;
        }
        let mid = y + lh / 2.0;
        match s.style {
            SeriesStyle::Line | SeriesStyle::Dashed => {
                ops.push(Op::Path {
                    points: vec![(x, mid), (x + sample, mid)],
                    width: 1.2,
                    color: s.color,
                    dashed: s.style == SeriesStyle::Dashed,
                });
                if s.style == SeriesStyle::Line {
                    ops.push(Op::Dot {
                        x: x + sample / 2.0,
                        y: mid,
                        r: 1.6,
                        fill: s.color,
                    });
                }
            }
            SeriesStyle::Points => ops.push(Op::Dot {
                x: x + sample / 2.0,
                y: mid,
                r: 2.6,
                fill: s.color,
            }),
        }
        ops.push(text_op(x + sample + 4.0, y, size, false, BLACK, &s.label));
        x += item + 12.0;
    }
    (ops, y)
}

impl Document {
    /// A line chart at full column width, kept whole on one page.
    pub fn chart(&mut self, chart: &LineChart) {
        self.note_text(&chart.title);
        self.note_text(&chart.x_title);
        for l in &chart.x_labels {
            self.note_text(&l.text);
            self.note_text(&l.sub);
        }
        for s in &chart.series {
            self.note_text(&s.label);
        }
        if let Some((_, l)) = &chart.x_marker {
            self.note_text(l);
        }
        if let Some(t) = &chart.empty_text {
            self.note_text(t);
        }
        let strip = chart_strip(chart, self.column_width(), self.body);
        self.place(vec![strip], None);
    }
}
