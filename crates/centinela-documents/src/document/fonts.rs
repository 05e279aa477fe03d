//! The two embedded faces (regular and bold) and their glyph advances.

use super::*;

pub(super) const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Latin.ttf");
pub(super) const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold-Latin.ttf");

// ---- fonts -------------------------------------------------------------------------

/// Glyph ids and advances (in em) of one embedded font, read once.
pub(super) struct Face {
    pub(super) glyphs: HashMap<char, (u32, f32)>,
    pub(super) notdef_advance: f32,
    pub(super) ascent: f32,
    pub(super) descent: f32,
}

impl Face {
    pub(super) fn load(data: &'static [u8]) -> Face {
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

    pub(super) fn glyph(&self, c: char) -> (u32, f32) {
        self.glyphs
            .get(&c)
            .copied()
            .unwrap_or((0, self.notdef_advance))
    }

    pub(super) fn covers(&self, c: char) -> bool {
        self.glyphs.contains_key(&c)
    }
}

pub(super) fn face(bold: bool) -> &'static Face {
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

pub(super) fn drawable(c: char) -> bool {
    face(false).covers(c) && face(true).covers(c)
}

/// The characters of `text` the embedded fonts cannot draw (they would print as boxes).
pub fn uncovered_chars(text: &str) -> BTreeSet<char> {
    text.chars()
        .filter(|c| !c.is_control() && !drawable(*c))
        .collect()
}
