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

use crate::diary::Language;

/// A4 in PDF points (1/72 inch).
pub const A4_WIDTH_PT: f32 = 595.28;
pub const A4_HEIGHT_PT: f32 = 841.89;
/// Points per millimetre.
pub const MM: f32 = 72.0 / 25.4;

/// The smallest body text we print: a fridge sheet is read from a step away.
pub const MIN_BODY_PT: f32 = 9.0;

mod blocks;
mod chart;
mod fonts;
mod grid;
mod ops;
mod text;

pub use blocks::*;
pub use chart::*;
pub use fonts::*;
pub use grid::*;
pub use ops::Rgb;
use ops::*;
pub use text::*;

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
            Block::Bullets(items) => self.bullet_strips(items, width, color),
            Block::Table { rows, label_share } => {
                self.table_strips(rows, *label_share, width, color)
            }
            Block::Signature(caption) => self.signature_strips(caption, width),
            Block::Space(h) => vec![Strip::space(*h)],
        }
    }

    /// A bulleted list: the bullet drawn before each item's first line.
    fn bullet_strips(&mut self, items: &[Vec<Span>], width: f32, color: Rgb) -> Vec<Strip> {
        let size = self.body;
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

    /// Label and value rows between rules, the value in bold.
    fn table_strips(
        &mut self,
        rows: &[(String, String)],
        label_share: f32,
        width: f32,
        color: Rgb,
    ) -> Vec<Strip> {
        let size = self.body;
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

    /// A line to sign on, with its caption under it.
    fn signature_strips(&mut self, caption: &str, width: f32) -> Vec<Strip> {
        let size = self.body;
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
        for s in text_strips(&[Span::plain(caption)], width, small, GREY, 0.0)
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

        let header = band_strip(label, title, band, w, pad, size);

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
            let text = crate::catalogue::words(
                self.lang,
                "document-page",
                &[
                    ("page", crate::catalogue::num(n as f64 + 1.0)),
                    ("pages", crate::catalogue::num(pages as f64)),
                ],
            );
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
            let size = Size::from_wh(A4_WIDTH_PT, A4_HEIGHT_PT).expect("the A4 size is valid");
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

/// A box's coloured band: its label (upper case) and title in white bold, wrapped as one
/// text; kept with what follows.
fn band_strip(label: &str, title: &str, band: Rgb, w: f32, pad: f32, size: f32) -> Strip {
    let inner = w - 2.0 * pad;
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
    Strip {
        h: band_h,
        ops: band_ops,
        keep_with_next: true,
        blank: false,
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
