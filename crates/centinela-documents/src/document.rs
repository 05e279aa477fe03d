//! A small layout layer over krilla for Centinela's printable documents (the fridge
//! checklist, the training record, the clinic report): A4 pages, headings, wrapped
//! paragraphs, bullet lists, coloured action boxes, two-column tables, tables of many
//! columns whose header row repeats on every page, line charts drawn as vector paths, one
//! or two text columns, automatic page breaks, numbered pages.
//!
//! Content is laid out into a display list first and drawn when the document is finished,
//! so a box can be split across columns and its coloured band repeated after the break.
//! Widths come from the embedded font's own advances (no shaping: the fonts are Latin only,
//! where one character is one glyph).

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineJoin, Stroke, StrokeDash};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size as FontSize};
use skrifa::MetadataProvider;

use crate::assessment::Action;
use crate::diary::Language;

const REGULAR_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Latin.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold-Latin.ttf");

/// A4 in PDF points (1/72 inch).
pub const A4_WIDTH_PT: f32 = 595.28;
pub const A4_HEIGHT_PT: f32 = 841.89;
/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// The smallest body text we print: a fridge sheet is read from a step away.
pub const MIN_BODY_PT: f32 = 9.0;

// ---- fonts -------------------------------------------------------------------------

/// Glyph ids and advances (in em) of one embedded font, read once.
struct Face {
    glyphs: HashMap<char, (u32, f32)>,
    notdef_advance: f32,
    ascent: f32,
    descent: f32,
}

impl Face {
    fn load(data: &'static [u8]) -> Face {
        let font = skrifa::FontRef::new(data).expect("the embedded font parses");
        let metrics = font.metrics(FontSize::unscaled(), LocationRef::default());
        let upem = metrics.units_per_em as f32;
        let advances = font.glyph_metrics(FontSize::unscaled(), LocationRef::default());
        let advance = |gid: skrifa::GlyphId| advances.advance_width(gid).unwrap_or(0.0) / upem;
        let glyphs = font
            .charmap()
            .mappings()
            .filter_map(|(cp, gid)| char::from_u32(cp).map(|c| (c, (gid.to_u32(), advance(gid)))))
            .collect();
        Face {
            glyphs,
            notdef_advance: advance(skrifa::GlyphId::NOTDEF),
            ascent: metrics.ascent / upem,
            descent: -metrics.descent / upem,
        }
    }

    fn glyph(&self, c: char) -> (u32, f32) {
        self.glyphs
            .get(&c)
            .copied()
            .unwrap_or((0, self.notdef_advance))
    }

    fn covers(&self, c: char) -> bool {
        self.glyphs.contains_key(&c)
    }
}

fn face(bold: bool) -> &'static Face {
    static FACES: OnceLock<(Face, Face)> = OnceLock::new();
    let (regular, b) = FACES.get_or_init(|| (Face::load(REGULAR_TTF), Face::load(BOLD_TTF)));
    if bold {
        b
    } else {
        regular
    }
}

/// Width of `text` in points, from the font's own advances.
pub fn text_width(text: &str, bold: bool, size: f32) -> f32 {
    let f = face(bold);
    text.chars().map(|c| f.glyph(c).1).sum::<f32>() * size
}

fn drawable(c: char) -> bool {
    face(false).covers(c) && face(true).covers(c)
}

/// The characters of `text` the embedded fonts cannot draw (they would print as boxes).
pub fn uncovered_chars(text: &str) -> BTreeSet<char> {
    text.chars()
        .filter(|c| !c.is_control() && !drawable(*c))
        .collect()
}

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

// ---- the display list --------------------------------------------------------------

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

const BLACK: Rgb = Rgb(0, 0, 0);
const WHITE: Rgb = Rgb(255, 255, 255);
const GREY: Rgb = Rgb(90, 90, 90);
const RULE: Rgb = Rgb(170, 170, 170);

#[derive(Debug, Clone)]
enum Op {
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
    fn moved(&self, dx: f32, dy: f32) -> Op {
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
struct Strip {
    h: f32,
    ops: Vec<Op>,
    /// Glue to the next strip (a heading never ends a column).
    keep_with_next: bool,
    /// Blank space, dropped at the top of a column.
    blank: bool,
}

impl Strip {
    fn space(h: f32) -> Strip {
        Strip {
            h,
            blank: true,
            ..Strip::default()
        }
    }

    fn moved(mut self, dx: f32, dy: f32) -> Strip {
        self.ops = self.ops.iter().map(|o| o.moved(dx, dy)).collect();
        self
    }
}

fn line_height(size: f32) -> f32 {
    size * 1.22
}

/// Text strips, one per wrapped line, starting `indent` from the left.
fn text_strips(spans: &[Span], width: f32, size: f32, color: Rgb, indent: f32) -> Vec<Strip> {
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
    fn colours(self) -> (Rgb, Rgb) {
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

impl From<Action> for Tone {
    fn from(a: Action) -> Tone {
        match a {
            Action::Emergency => Tone::Emergency,
            Action::CallNow => Tone::CallNow,
            Action::CallToday => Tone::CallToday,
            Action::Routine => Tone::Routine,
        }
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

// ---- the document ----------------------------------------------------------------------

/// A document being laid out. Add content in reading order, then [`Document::finish`].
pub struct Document {
    title: String,
    lang: Language,
    margin: f32,
    body: f32,
    footer: Option<String>,
    /// "Page 2 of 5" at the right of the footer.
    page_numbers: bool,
    pages: Vec<Vec<Op>>,
    /// Text the fonts cannot draw, collected for tests.
    uncovered: BTreeSet<char>,
    // The flow: the current column's left edge and width, the cursor, the columns.
    columns: usize,
    column: usize,
    columns_top: f32,
    column_bottoms: Vec<f32>,
    gap: f32,
    y: f32,
    pending: Vec<Strip>,
}

impl Document {
    /// An empty A4 document with 15 mm margins and 10.5 pt body text.
    pub fn new(title: &str, lang: Language) -> Document {
        let margin = 15.0 * MM;
        Document {
            title: title.to_string(),
            lang,
            margin,
            body: 10.5,
            footer: None,
            page_numbers: false,
            pages: vec![vec![]],
            uncovered: uncovered_chars(title),
            columns: 1,
            column: 0,
            columns_top: margin,
            column_bottoms: vec![],
            gap: 6.0 * MM,
            y: margin,
            pending: vec![],
        }
    }

    /// Margins on every side, in mm. Call before adding content.
    pub fn set_margin_mm(&mut self, mm: f32) {
        self.margin = mm * MM;
        self.y = self.y.max(self.margin);
        self.columns_top = self.margin;
    }

    /// Body text size in points (never below [`MIN_BODY_PT`]).
    pub fn set_body_size(&mut self, pt: f32) {
        self.body = pt.max(MIN_BODY_PT);
    }

    pub fn body_size(&self) -> f32 {
        self.body
    }

    /// A small line at the foot of every page (with "page n of m" when there are several).
    pub fn set_footer(&mut self, text: &str) {
        self.uncovered.extend(uncovered_chars(text));
        self.footer = Some(text.to_string());
    }

    /// Number every page in the footer, "Page 2 of 5" / "Página 2 de 5" (also on a
    /// single page), instead of the short "· 2/5" after the footer text.
    pub fn set_page_numbers(&mut self, on: bool) {
        self.page_numbers = on;
    }

    pub fn language(&self) -> Language {
        self.lang
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Characters used so far that the embedded fonts cannot draw.
    pub fn uncovered_chars(&self) -> &BTreeSet<char> {
        &self.uncovered
    }

    fn content_width(&self) -> f32 {
        A4_WIDTH_PT - 2.0 * self.margin
    }

    fn column_width(&self) -> f32 {
        let n = self.columns as f32;
        (self.content_width() - self.gap * (n - 1.0)) / n
    }

    fn column_x(&self) -> f32 {
        self.margin + self.column as f32 * (self.column_width() + self.gap)
    }

    fn bottom(&self) -> f32 {
        // Room for the footer line.
        let footer = self.footer.is_some() || self.page_numbers;
        A4_HEIGHT_PT - self.margin - if footer { 14.0 } else { 0.0 }
    }

    fn at_column_top(&self) -> bool {
        self.y <= self.columns_top + 0.01
    }

    /// Move to the next column, or to a new page after the last one.
    fn break_column(&mut self) {
        self.column_bottoms.push(self.y);
        if self.column + 1 < self.columns {
            self.column += 1;
        } else {
            self.pages.push(vec![]);
            self.column = 0;
            self.columns_top = self.margin;
            self.column_bottoms.clear();
        }
        self.y = self.columns_top;
    }

    fn put(&mut self, strip: Strip) {
        let (x, y) = (self.column_x(), self.y);
        let page = self.pages.last_mut().expect("a document always has a page");
        self.y += strip.h;
        page.extend(strip.moved(x, y).ops);
    }

    /// Place strips in the flow. `header` is drawn again at the top of a column when the
    /// strips continue there (a box's band).
    fn place(&mut self, strips: Vec<Strip>, header: Option<Strip>) {
        let pending = std::mem::take(&mut self.pending);
        // Strips before `own_from` were held back from an earlier call (a heading).
        let own_from = pending.len();
        let all: Vec<Strip> = pending.into_iter().chain(strips).collect();
        let mut placed_own = false;
        for i in 0..all.len() {
            let s = &all[i];
            if s.blank && self.at_column_top() {
                continue;
            }
            // A heading or a band goes with what follows it: measure the whole kept run
            // and the first strip after it.
            let run_end = (i..all.len()).find(|&j| !all[j].keep_with_next);
            let Some(run_end) = run_end else {
                // Nothing after the kept run yet: wait for the next call.
                self.pending.extend(all[i..].iter().cloned());
                return;
            };
            let need: f32 = all[i..=run_end].iter().map(|s| s.h).sum();
            let need = if s.keep_with_next { need } else { s.h };
            if self.y + need > self.bottom() + 0.01 && !self.at_column_top() {
                self.break_column();
                if let (Some(h), true) = (&header, placed_own) {
                    self.put(h.clone());
                }
                if s.blank {
                    continue;
                }
            }
            self.put(s.clone());
            placed_own |= i >= own_from;
        }
    }

    /// Lay out the following content in `n` columns (1 to go back to full width). The
    /// columns start below everything placed so far.
    pub fn set_columns(&mut self, n: usize) {
        let n = n.max(1);
        self.flush();
        let top = self.column_bottoms.iter().copied().fold(self.y, f32::max);
        self.columns = n;
        self.column = 0;
        self.column_bottoms.clear();
        self.y = top;
        self.columns_top = top;
    }

    /// Go to the next column (or page) now.
    pub fn next_column(&mut self) {
        self.flush();
        self.break_column();
    }

    fn flush(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        for mut s in pending {
            s.keep_with_next = false;
            self.place(vec![s], None);
        }
    }

    fn note_text(&mut self, text: &str) {
        self.uncovered.extend(uncovered_chars(text));
    }

    fn note_spans(&mut self, spans: &[Span]) {
        for s in spans {
            self.note_text(&s.text);
        }
    }

    /// The document title, large and bold.
    pub fn h1(&mut self, text: &str) {
        self.note_text(text);
        let size = self.body * 1.75;
        let w = self.column_width();
        let mut strips = text_strips(&[Span::bold(text)], w, size, BLACK, 0.0);
        if let Some(last) = strips.last_mut() {
            last.h += self.body * 0.3;
        }
        for s in &mut strips {
            s.keep_with_next = true;
        }
        self.place(strips, None);
    }

    /// A section heading, kept with what follows it.
    pub fn h2(&mut self, text: &str) {
        self.note_text(text);
        let size = self.body * 1.3;
        let w = self.column_width();
        let mut strips = vec![Strip::space(self.body * 0.5)];
        strips.extend(text_strips(&[Span::bold(text)], w, size, BLACK, 0.0));
        for s in &mut strips {
            s.keep_with_next = true;
        }
        self.place(strips, None);
    }

    pub fn paragraph(&mut self, text: &str) {
        self.block(&Block::text(text));
    }

    /// A paragraph kept on the same page as what follows it (the lead-in of a table).
    pub fn lead(&mut self, text: &str) {
        let w = self.column_width();
        let mut strips = self.block_strips(&Block::text(text), w, BLACK);
        strips.push(Strip::space(self.body * 0.35));
        for s in &mut strips {
            s.keep_with_next = true;
        }
        self.place(strips, None);
    }

    pub fn rich_paragraph(&mut self, spans: &[Span]) {
        self.block(&Block::Paragraph(spans.to_vec()));
    }

    pub fn bullets<S: AsRef<str>>(&mut self, items: &[S]) {
        self.block(&Block::bullets(
            items.iter().map(|s| s.as_ref().to_string()),
        ));
    }

    /// Label | value rows, e.g. contact | phone.
    pub fn table(&mut self, rows: &[(String, String)]) {
        self.block(&Block::table(rows.to_vec()));
    }

    pub fn space(&mut self, pt: f32) {
        self.place(vec![Strip::space(pt)], None);
    }

    /// Any block at full column width.
    pub fn block(&mut self, block: &Block) {
        let w = self.column_width();
        let strips = self.block_strips(block, w, BLACK);
        let mut strips = strips;
        strips.push(Strip::space(self.body * 0.35));
        self.place(strips, None);
    }

    fn block_strips(&mut self, block: &Block, width: f32, color: Rgb) -> Vec<Strip> {
        let size = self.body;
        match block {
            Block::Paragraph(spans) => {
                self.note_spans(spans);
                text_strips(spans, width, size, color, 0.0)
            }
            Block::Subheading(text) => {
                self.note_text(text);
                let mut s = vec![Strip::space(size * 0.3)];
                s.extend(text_strips(&[Span::bold(text)], width, size, color, 0.0));
                for st in &mut s {
                    st.keep_with_next = true;
                }
                s
            }
            Block::Bullets(items) => {
                let indent = text_width("•  ", false, size);
                let mut out = vec![];
                for item in items {
                    self.note_spans(item);
                    let mut lines = text_strips(item, width, size, color, indent);
                    if let Some(first) = lines.first_mut() {
                        let baseline = match first.ops.first() {
                            Some(Op::Text { baseline, .. }) => *baseline,
                            _ => size,
                        };
                        // Before the text, so copied or extracted text reads in order.
                        first.ops.insert(
                            0,
                            Op::Text {
                                x: 0.0,
                                baseline,
                                size,
                                bold: false,
                                color,
                                text: "•".into(),
                            },
                        );
                    }
                    out.extend(lines);
                }
                out
            }
            Block::Table { rows, label_share } => {
                // Tight enough for five contacts and the call box on one fridge sheet.
                let pad = 2.0;
                let label_w = width * label_share.clamp(0.2, 0.8);
                let mut out = vec![];
                for (i, (label, value)) in rows.iter().enumerate() {
                    self.note_text(label);
                    self.note_text(value);
                    let left = text_strips(
                        &[Span::plain(label.as_str())],
                        label_w - pad,
                        size,
                        color,
                        0.0,
                    );
                    let right = text_strips(
                        &[Span::bold(value.as_str())],
                        width - label_w - pad,
                        size,
                        color,
                        0.0,
                    );
                    let lh = line_height(size);
                    let h = lh * left.len().max(right.len()) as f32 + 2.0 * pad;
                    let mut ops = vec![];
                    if i == 0 {
                        ops.push(rule(0.0, 0.0, width, RULE));
                    }
                    for (j, s) in left.into_iter().enumerate() {
                        ops.extend(s.moved(pad, pad + j as f32 * lh).ops);
                    }
                    for (j, s) in right.into_iter().enumerate() {
                        ops.extend(s.moved(label_w + pad, pad + j as f32 * lh).ops);
                    }
                    ops.push(rule(0.0, h, width, RULE));
                    out.push(Strip {
                        h,
                        ops,
                        ..Strip::default()
                    });
                }
                out
            }
            Block::Signature(caption) => {
                self.note_text(caption);
                let line_y = size * 3.2;
                let mut ops = vec![Op::Line {
                    x1: 0.0,
                    y1: line_y,
                    x2: width * 0.7,
                    y2: line_y,
                    width: 0.8,
                    color: BLACK,
                }];
                let small = (size * 0.9).max(MIN_BODY_PT);
                for s in text_strips(&[Span::plain(caption.as_str())], width, small, GREY, 0.0)
                    .into_iter()
                    .take(2)
                    .enumerate()
                    .map(|(i, s)| s.moved(0.0, line_y + 2.0 + i as f32 * line_height(small)))
                {
                    ops.extend(s.ops);
                }
                vec![Strip {
                    h: line_y + 2.0 + 2.0 * line_height(small) + size * 0.4,
                    ops,
                    ..Strip::default()
                }]
            }
            Block::Space(h) => vec![Strip::space(*h)],
        }
    }

    /// A box with a coloured band ("EMERGENCY — …") over tinted content. The label is
    /// printed so the meaning never depends on colour; when the box breaks across columns
    /// the band is repeated.
    pub fn section(&mut self, tone: Tone, label: &str, title: &str, body: &[Block]) {
        self.note_text(label);
        self.note_text(title);
        let (band, tint) = tone.colours();
        let w = self.column_width();
        let pad = 4.0;
        let inner = w - 2.0 * pad;
        let size = self.body;

        // The band: label and title in white bold, wrapped as one text.
        let mut spans = vec![Span::bold(label.to_uppercase())];
        if !title.is_empty() {
            spans.push(Span::plain(format!("  {title}")));
        }
        let band_size = size * 1.1;
        let lines = text_strips(&spans, inner, band_size, WHITE, 0.0);
        let band_pad = 2.0;
        let band_h = lines.iter().map(|s| s.h).sum::<f32>() + 2.0 * band_pad;
        let mut band_ops = vec![Op::Rect {
            x: 0.0,
            y: 0.0,
            w,
            h: band_h,
            fill: band,
        }];
        let mut y = band_pad;
        for l in lines {
            band_ops.extend(l.clone().moved(pad, y).ops);
            y += l.h;
        }
        // Band text is bold: the title span is drawn bold too for contrast on colour.
        for op in &mut band_ops {
            if let Op::Text { bold, .. } = op {
                *bold = true;
            }
        }
        let header = Strip {
            h: band_h,
            ops: band_ops,
            keep_with_next: true,
            blank: false,
        };

        // The body: each strip carries its own tinted background and side borders, so the
        // box can end in any column and still look closed.
        let frame = |s: Strip| -> Strip {
            let mut ops = vec![Op::Rect {
                x: 0.0,
                y: 0.0,
                w,
                h: s.h,
                fill: tint,
            }];
            ops.push(Op::Line {
                x1: 0.0,
                y1: 0.0,
                x2: 0.0,
                y2: s.h,
                width: 1.0,
                color: band,
            });
            ops.push(Op::Line {
                x1: w,
                y1: 0.0,
                x2: w,
                y2: s.h,
                width: 1.0,
                color: band,
            });
            let (h, keep_with_next) = (s.h, s.keep_with_next);
            ops.extend(s.moved(pad, 0.0).ops);
            Strip {
                h,
                ops,
                keep_with_next,
                blank: false,
            }
        };
        let mut strips = vec![header.clone(), frame(Strip::space(pad * 0.6))];
        for (i, b) in body.iter().enumerate() {
            if i > 0 {
                strips.push(frame(Strip::space(size * 0.25)));
            }
            for s in self.block_strips(b, inner, BLACK) {
                strips.push(frame(s));
            }
        }
        let mut end = frame(Strip::space(pad));
        end.ops.push(rule(0.0, pad, w, band));
        strips.push(end);
        strips.push(Strip::space(size * 0.6));
        self.place(strips, Some(header));
    }

    /// The footer of page `n` (from 0) of `pages`.
    fn footer_ops(&self, n: usize, pages: usize) -> Vec<Op> {
        let mut out = vec![];
        let baseline = A4_HEIGHT_PT - self.margin;
        let small = MIN_BODY_PT * 0.9;
        if let Some(footer) = &self.footer {
            let text = if pages > 1 && !self.page_numbers {
                format!("{footer} · {}/{}", n + 1, pages)
            } else {
                footer.clone()
            };
            out.push(Op::Text {
                x: self.margin,
                baseline,
                size: small,
                bold: false,
                color: GREY,
                text,
            });
        }
        if self.page_numbers {
            let text = match self.lang {
                Language::En => format!("Page {} of {}", n + 1, pages),
                Language::Es => format!("Página {} de {}", n + 1, pages),
            };
            out.push(Op::Text {
                x: A4_WIDTH_PT - self.margin - text_width(&text, false, small),
                baseline,
                size: small,
                bold: false,
                color: GREY,
                text,
            });
        }
        out
    }

    /// Draw everything and return the PDF.
    pub fn finish(mut self) -> Vec<u8> {
        self.flush();
        let fonts = (
            Font::new(REGULAR_TTF.into(), 0).expect("the embedded font loads"),
            Font::new(BOLD_TTF.into(), 0).expect("the embedded font loads"),
        );
        let mut doc = krilla::Document::new();
        doc.set_metadata(
            Metadata::new()
                .title(self.title.clone())
                .language(self.lang.code().to_string())
                .creator("Centinela".to_string()),
        );
        let pages = self.pages.len();
        for (n, ops) in self.pages.iter().enumerate() {
            let mut ops = ops.clone();
            ops.extend(self.footer_ops(n, pages));
            let size = Size::from_wh(A4_WIDTH_PT, A4_HEIGHT_PT).expect("A4 is a valid size");
            let mut page = doc.start_page_with(PageSettings::new(size));
            let mut surface = page.surface();
            for op in ops {
                draw(&mut surface, &op, &fonts);
            }
            surface.finish();
            page.finish();
        }
        doc.finish()
            .expect("a document of text and rectangles always serialises")
    }
}

// ---- tables of many columns -------------------------------------------------------------

const HEADER_FILL: Rgb = Rgb(226, 226, 226);
const BAND_FILL: Rgb = Rgb(222, 230, 240);
const MUTED_FILL: Rgb = Rgb(238, 238, 238);
const GRID_LINE: Rgb = Rgb(222, 222, 222);

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
fn cells_ops(
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
fn y_scale(range: (f64, f64), step: f64, values: impl Iterator<Item = f64>) -> (f64, f64, f64) {
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
fn baseline_in(top: f32, size: f32) -> f32 {
    let f = face(false);
    top + (line_height(size) - (f.ascent + f.descent) * size) / 2.0 + f.ascent * size
}

fn text_op(x: f32, top: f32, size: f32, bold: bool, color: Rgb, text: &str) -> Op {
    Op::Text {
        x,
        baseline: baseline_in(top, size),
        size,
        bold,
        color,
        text: text.to_string(),
    }
}

fn chart_strip(chart: &LineChart, w: f32, size: f32) -> Strip {
    let small = MIN_BODY_PT * 0.9;
    let slh = line_height(small);
    let mut ops = vec![text_op(0.0, 0.0, size * 1.05, true, BLACK, &chart.title)];

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
    // An empty chart says so, with no scale to read.
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
    let label_w = ticks
        .iter()
        .map(|(_, t)| text_width(t, false, small))
        .fold(0.0, f32::max);
    let left = if empty { 0.0 } else { label_w + 5.0 };
    let top = line_height(size * 1.05) + slh * 0.6;
    let (pw, ph) = ((w - left - 4.0).max(10.0), chart.height);
    let (x0, x1) = chart.x_range;
    let xspan = if x1 > x0 { x1 - x0 } else { 1.0 };
    let px = |x: f64| left + ((x - x0) / xspan) as f32 * pw;
    let py = |y: f64| top + ph - ((y - y0) / (y1 - y0)) as f32 * ph;

    // Grid, then the frame.
    for (v, label) in &ticks {
        let y = py(*v);
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
        let x = px(*x);
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

    // X labels on two rows. Each row shows every k-th label, k the same all along the
    // axis and just large enough for its widest label not to touch the next one.
    let shown: Vec<&XLabel> = chart
        .x_labels
        .iter()
        .filter(|l| (x0..=x1).contains(&l.at))
        .collect();
    let spacing = shown
        .windows(2)
        .map(|w| (px(w[1].at) - px(w[0].at)).abs())
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
            let x = (px(l.at) - tw / 2.0).clamp(0.0, (w - tw).max(0.0));
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

    if let Some((at, label)) = chart.x_marker.as_ref().filter(|_| !empty) {
        if (x0..=x1).contains(at) {
            let x = px(*at);
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

    // The values.
    for s in chart.series.iter().filter(|_| !empty) {
        let pts: Vec<(f32, f32)> = s
            .points
            .iter()
            .filter(|(x, y)| (x0..=x1).contains(x) && y.is_finite())
            .map(|(x, y)| (px(*x), py(*y)))
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

    // The legend, in words, flowing over as many lines as it needs.
    let lh = line_height(size);
    let sample = 18.0;
    let mut x = left;
    y += 2.0;
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
    Strip {
        h: y + lh + size * 0.8,
        ops,
        ..Strip::default()
    }
}

impl Document {
    /// A table of several columns. Its header row is repeated at the top of every page
    /// it continues on; a row is never split.
    pub fn grid(&mut self, columns: &[GridColumn], rows: &[GridRow]) {
        for c in columns {
            self.note_text(&c.title);
        }
        let w = self.column_width();
        let size = self.body;
        let (padx, pady) = (2.5, 2.2);
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

        let titles: Vec<Vec<Span>> = columns.iter().map(|c| vec![Span::bold(&c.title)]).collect();
        let (th, tops) = cells_ops(&titles, &xs, &widths, padx, pady, size, BLACK);
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
        let header = Strip {
            h,
            ops,
            keep_with_next: true,
            blank: false,
        };

        let mut strips = vec![header.clone()];
        for row in rows {
            match row {
                GridRow::Band(text) => {
                    self.note_text(text);
                    let lines = text_strips(&[Span::bold(text)], w - 2.0 * padx, size, BLACK, 0.0);
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
                    strips.push(Strip {
                        h,
                        ops,
                        keep_with_next: true,
                        blank: false,
                    });
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
                    let color = if *muted { GREY } else { BLACK };
                    let (ch, cell_ops) = cells_ops(cells, &xs, &widths, padx, pady, size, color);
                    let mut h = pady + ch;
                    let mut text = cell_ops;
                    if !note.is_empty() {
                        for l in text_strips(note, w - 2.0 * padx, size, BLACK, 0.0) {
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
                    strips.push(Strip {
                        h,
                        ops,
                        ..Strip::default()
                    });
                }
            }
        }
        self.place(strips, Some(header));
        self.place(vec![Strip::space(size * 0.6)], None);
    }

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

fn rule(x: f32, y: f32, w: f32, color: Rgb) -> Op {
    Op::Line {
        x1: x,
        y1: y,
        x2: x + w,
        y2: y,
        width: 0.6,
        color,
    }
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        ..Fill::default()
    }
}

fn draw(surface: &mut krilla::surface::Surface<'_>, op: &Op, fonts: &(Font, Font)) {
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
            if let Some(path) = pb.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&path);
            }
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
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(color.0, color.1, color.2).into(),
                    width: *width,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
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
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(color.0, color.1, color.2).into(),
                    width: *width,
                    line_join: LineJoin::Round,
                    dash: dashed.then(|| StrokeDash {
                        array: vec![4.0, 2.5],
                        offset: 0.0,
                    }),
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
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
            if let Some(path) = pb.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*c)));
                surface.draw_path(&path);
            }
        }
        Op::Text {
            x,
            baseline,
            size,
            bold,
            color,
            text,
        } => {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Vec<Run>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|r| r.text.as_str()).collect::<String>())
            .collect()
    }

    #[test]
    fn widths_come_from_the_font() {
        // DejaVu Sans: "i" is much narrower than "m", bold wider than regular.
        assert!(text_width("m", false, 10.0) > 1.5 * text_width("i", false, 10.0));
        assert!(text_width("mmmm", true, 10.0) > text_width("mmmm", false, 10.0));
        let w = text_width("ab", false, 10.0);
        assert!((text_width("ab", false, 20.0) - 2.0 * w).abs() < 1e-3);
        assert!((text_width("abab", false, 10.0) - 2.0 * w).abs() < 1e-3);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_every_line_fits() {
        let text = "Llame ahora a la línea 24/7 del equipo. Si nadie contesta en 10 minutos, \
                    llame al siguiente contacto.";
        let width = 120.0;
        let lines = wrap(&[Span::plain(text)], width, 9.0);
        assert!(lines.len() > 2);
        for l in &lines {
            let t: String = l.iter().map(|r| r.text.as_str()).collect();
            assert!(
                text_width(&t, false, 9.0) <= width + 1e-3,
                "{t:?} is too wide"
            );
            assert!(!t.starts_with(' ') && !t.ends_with(' '));
        }
        // Nothing lost, nothing added.
        assert_eq!(texts(&lines).join(" "), text);
    }

    #[test]
    fn a_line_is_filled_greedily() {
        let one = text_width("aaa bbb", false, 10.0);
        let lines = wrap(&[Span::plain("aaa bbb ccc")], one + 0.5, 10.0);
        assert_eq!(texts(&lines), ["aaa bbb", "ccc"]);
    }

    #[test]
    fn no_break_space_holds_a_value_and_its_unit() {
        let width = text_width("Fever 38.0", false, 10.0) + 1.0;
        let lines = wrap(&[Span::plain("Fever 38.0\u{a0}°C or more")], width, 10.0);
        assert_eq!(texts(&lines)[0], "Fever");
        assert!(texts(&lines)[1].starts_with("38.0\u{a0}°C"));
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let width = text_width("mmmm", false, 10.0) + 0.1;
        let lines = wrap(&[Span::plain("mmmmmmmmmm xy")], width, 10.0);
        assert_eq!(texts(&lines), ["mmmm", "mmmm", "mm xy"]);
    }

    #[test]
    fn styles_keep_their_runs_and_positions() {
        let lines = wrap(
            &[Span::bold("Fever:"), Span::plain(" 38.0 or more")],
            500.0,
            10.0,
        );
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0][0].text, "Fever:");
        assert!(lines[0][0].bold);
        assert_eq!(lines[0][1].text, " 38.0 or more");
        assert!((lines[0][1].x - text_width("Fever:", true, 10.0)).abs() < 1e-3);
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap(&[Span::plain("")], 100.0, 10.0), vec![vec![]]);
    }

    #[test]
    fn spanish_and_symbols_are_in_the_fonts() {
        let s = "áéíóúÁÉÍÓÚñÑüÜ¿¡ ° ₂ • – — “ ” ≥ ≤ □ ·";
        assert!(uncovered_chars(s).is_empty(), "{:?}", uncovered_chars(s));
        assert_eq!(uncovered_chars("漢").len(), 1);
    }

    #[test]
    fn content_flows_onto_new_pages() {
        let mut d = Document::new("Test", Language::En);
        for i in 0..200 {
            d.paragraph(&format!(
                "Paragraph number {i}, long enough to take a line."
            ));
        }
        assert!(d.page_count() > 2);
        let pdf = d.finish();
        assert!(pdf.starts_with(b"%PDF-"));
    }

    fn page_texts(d: &Document, page: usize) -> Vec<String> {
        d.pages[page]
            .iter()
            .filter_map(|op| match op {
                Op::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_long_grid_repeats_its_header_on_every_page() {
        let mut d = Document::new("Test", Language::En);
        d.paragraph("Before the table.");
        let cols = [GridColumn::new("When", 1.0), GridColumn::new("Value", 2.0)];
        let mut rows = vec![];
        for i in 0..150 {
            if i % 20 == 0 {
                rows.push(GridRow::Band(format!("Day {}", i / 20 + 1)));
            }
            rows.push(GridRow::cells(vec![
                vec![Span::plain(format!("row {i}"))],
                vec![Span::plain(
                    "a value long enough to wrap over two lines of its column, surely",
                )],
            ]));
        }
        d.grid(&cols, &rows);
        assert!(d.page_count() >= 3);
        for p in 0..d.page_count() {
            let texts = page_texts(&d, p);
            let header = texts.iter().filter(|t| *t == "When").count();
            assert_eq!(header, 1, "page {p}: {texts:?}");
            // Nothing of the table comes before its header on a page.
            let first_row = texts.iter().position(|t| t.starts_with("row "));
            let head = texts.iter().position(|t| t == "When");
            assert!(head < first_row, "page {p}");
            // A band is never the last thing on a page.
            let last_band = texts.iter().rposition(|t| t.starts_with("Day "));
            if let (Some(b), Some(r)) =
                (last_band, texts.iter().rposition(|t| t.starts_with("row ")))
            {
                assert!(b < r, "page {p} ends with a band");
            }
        }
        // Every row, once.
        let all: Vec<String> = (0..d.page_count())
            .flat_map(|p| page_texts(&d, p))
            .collect();
        for i in 0..150 {
            let n = all.iter().filter(|t| **t == format!("row {i}")).count();
            assert_eq!(n, 1, "row {i}");
        }
    }

    #[test]
    fn grid_cells_wrap_inside_their_column() {
        let mut d = Document::new("Test", Language::En);
        let cols = [GridColumn::new("A", 1.0), GridColumn::new("B", 3.0)];
        let long = "word ".repeat(40);
        d.grid(
            &cols,
            &[GridRow::cells(vec![
                vec![Span::plain("x")],
                vec![Span::plain(long.trim())],
            ])],
        );
        let width = d.column_width();
        let b_x = d.margin + width / 4.0;
        for op in &d.pages[0] {
            if let Op::Text {
                x,
                text,
                size,
                bold,
                ..
            } = op
            {
                if text.starts_with("word") {
                    assert!(*x >= b_x, "{text} starts left of its column");
                    assert!(x + text_width(text, *bold, *size) <= d.margin + width + 0.01);
                }
            }
        }
    }

    #[test]
    fn y_scale_widens_to_the_values_on_whole_steps() {
        assert_eq!(
            y_scale((36.0, 38.5), 0.5, [37.0].into_iter()),
            (36.0, 38.5, 0.5)
        );
        assert_eq!(
            y_scale((36.0, 38.5), 0.5, [39.3, 35.8].into_iter()),
            (35.5, 39.5, 0.5)
        );
        // Too many steps: the step doubles.
        let (lo, hi, step) = y_scale((60.0, 120.0), 10.0, [30.0, 200.0].into_iter());
        assert_eq!((lo, hi, step), (0.0, 200.0, 40.0));
        assert!((hi - lo) / step <= 8.0);
        // NaN is ignored; a flat range still has one step.
        assert_eq!(
            y_scale((5.0, 5.0), 1.0, [f64::NAN].into_iter()),
            (5.0, 6.0, 1.0)
        );
    }

    #[test]
    fn charts_are_paths_and_say_when_empty() {
        let chart = LineChart {
            title: "T".into(),
            x_range: (0.0, 2.0),
            x_grid: vec![0.0, 1.0, 2.0],
            x_labels: vec![],
            x_title: String::new(),
            x_marker: Some((1.5, "now".into())),
            y_range: (0.0, 10.0),
            y_step: 5.0,
            series: vec![Series {
                label: "values".into(),
                points: vec![(0.5, 2.0), (1.0, 8.0), (1.8, 4.0)],
                color: BLACK,
                style: SeriesStyle::Line,
            }],
            empty_text: None,
            height: 100.0,
        };
        let strip = chart_strip(&chart, 400.0, 9.0);
        let line = strip
            .ops
            .iter()
            .find_map(|o| match o {
                Op::Path {
                    points,
                    dashed: false,
                    color,
                    ..
                } if *color == BLACK => Some(points.clone()),
                _ => None,
            })
            .expect("the values as a path");
        assert_eq!(line.len(), 3);
        // Higher values are higher on the page (smaller y), x in order.
        assert!(line[1].1 < line[2].1 && line[2].1 < line[0].1);
        assert!(line[0].0 < line[1].0 && line[1].0 < line[2].0);
        let dots = strip
            .ops
            .iter()
            .filter(|o| matches!(o, Op::Dot { .. }))
            .count();
        assert_eq!(dots, 3 + 1, "a dot per value and one in the legend");
        let texts: Vec<&str> = strip
            .ops
            .iter()
            .filter_map(|o| match o {
                Op::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        for t in ["T", "0", "5", "10", "now", "values"] {
            assert!(texts.contains(&t), "{t} in {texts:?}");
        }

        let empty = LineChart {
            empty_text: Some("Nothing yet".into()),
            ..chart
        };
        let strip = chart_strip(&empty, 400.0, 9.0);
        let texts: Vec<&str> = strip
            .ops
            .iter()
            .filter_map(|o| match o {
                Op::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert!(texts.contains(&"Nothing yet") && texts.contains(&"values"));
        assert!(!texts.contains(&"now") && !texts.contains(&"10"));
    }

    #[test]
    fn pages_are_numbered_in_the_documents_language() {
        for (lang, words) in [
            (Language::En, "Page 2 of 2"),
            (Language::Es, "Página 2 de 2"),
        ] {
            let mut d = Document::new("Test", lang);
            d.set_page_numbers(true);
            d.set_footer("Footer");
            d.paragraph("one");
            d.next_column();
            d.paragraph("two");
            assert_eq!(d.page_count(), 2);
            let texts: Vec<String> = d
                .footer_ops(1, 2)
                .into_iter()
                .filter_map(|o| match o {
                    Op::Text { text, .. } => Some(text),
                    _ => None,
                })
                .collect();
            assert_eq!(texts, ["Footer", words]);
            assert!(d.finish().starts_with(b"%PDF-"));
        }
    }

    #[test]
    fn two_columns_hold_about_twice_as_much() {
        let fill = |columns: usize| {
            let mut d = Document::new("Test", Language::En);
            d.set_columns(columns);
            for _ in 0..90 {
                d.paragraph("Short line.");
            }
            d.page_count()
        };
        assert_eq!(fill(2), 1);
        assert!(fill(1) >= 2);
    }
}
