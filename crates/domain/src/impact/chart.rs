//! Accessible SVG charts for the dashboards: a trend (one line per perspective, the target as a
//! dashed line) and horizontal bars (hidden cells drawn as a note, not as a bar). Each has a
//! title and a description, and the page always shows the same numbers in a table; the colours
//! also differ in dash pattern, so nothing depends on colour alone.

use crate::toc::svg::escape;
use std::fmt::Write;

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 36.0;
/// Line colours with 3:1 contrast on white, and dash patterns for who cannot tell them apart.
pub(super) const STROKES: [(&str, &str); 3] =
    [("#1f4e79", ""), ("#8a3b12", "6 3"), ("#2e6b30", "2 3")];

/// What a chart is called and says, and a page-unique id for its labels.
#[derive(Debug, Clone)]
pub struct ChartText {
    /// Unique id prefix on the page.
    pub id: String,
    /// Title.
    pub title: String,
    /// One-sentence description (the table has the numbers).
    pub description: String,
}

/// One line: its name (in the legend) and a value per x position.
#[derive(Debug, Clone)]
pub struct Line {
    /// Name.
    pub name: String,
    /// Values; `None` is a gap.
    pub values: Vec<Option<f64>>,
}

pub(super) fn open(out: &mut String, text: &ChartText, height: f64) {
    let id = escape(&text.id);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{id}-t {id}-d" class="chart"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        escape(&text.title),
        escape(&text.description)
    );
}

pub(super) fn number(n: f64) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// A trend over `labels` with one line per [`Line`] and an optional target line.
pub fn trend(text: &ChartText, labels: &[String], lines: &[Line], target: Option<f64>) -> String {
    let values = lines
        .iter()
        .flat_map(|l| l.values.iter().flatten())
        .chain(target.iter());
    let (lo, hi) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    let hi = if (hi - lo).abs() < f64::EPSILON {
        lo + 1.0
    } else {
        hi
    };
    let plot_h = HEIGHT - TOP - BOTTOM;
    let plot_w = WIDTH - LEFT - RIGHT;
    let y = |v: f64| TOP + plot_h * (1.0 - (v - lo) / (hi - lo));
    let step = plot_w / labels.len().max(1) as f64;
    let x = |i: usize| LEFT + step * (i as f64 + 0.5);
    let mut out = String::new();
    open(&mut out, text, HEIGHT);
    let _ = write!(
        out,
        r##"<g font-size="11" fill="#222"><line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{}" stroke="#555"/><line x1="{LEFT}" y1="{0}" x2="{}" y2="{0}" stroke="#555"/><text x="{}" y="{}" text-anchor="end">{}</text><text x="{2}" y="{}" text-anchor="end">{}</text>"##,
        TOP + plot_h,
        WIDTH - RIGHT,
        LEFT - 4.0,
        TOP + 4.0,
        number(hi),
        TOP + plot_h,
        number(lo)
    );
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
            x(i),
            HEIGHT - BOTTOM + 16.0,
            escape(label)
        );
    }
    if let Some(t) = target {
        let _ = write!(
            out,
            r##"<line x1="{LEFT}" y1="{0}" x2="{1}" y2="{0}" stroke="#555" stroke-dasharray="8 4"/>"##,
            y(t),
            WIDTH - RIGHT
        );
    }
    for (k, line) in lines.iter().enumerate() {
        let (colour, dash) = STROKES[k % STROKES.len()];
        let points: Vec<String> = line
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| format!("{:.1},{:.1}", x(i), y(v))))
            .collect();
        let _ = write!(
            out,
            r#"<polyline fill="none" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}" points="{}"/>"#,
            points.join(" ")
        );
        for p in &points {
            if let Some((px, py)) = p.split_once(',') {
                let _ = write!(
                    out,
                    r#"<circle cx="{px}" cy="{py}" r="3.5" fill="{colour}"/>"#
                );
            }
        }
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" fill="{colour}">{}</text>"#,
            LEFT + 8.0 + 140.0 * k as f64,
            HEIGHT - 4.0,
            escape(&line.name)
        );
    }
    out.push_str("</g></svg>");
    out
}

/// Horizontal bars; a `None` value is written as `hidden` (e.g. "fewer than 5").
pub fn bars(text: &ChartText, bars: &[(String, Option<f64>)], hidden: &str) -> String {
    let row = 26.0;
    let height = TOP + row * bars.len() as f64 + 8.0;
    let label_w = 150.0;
    let max = bars
        .iter()
        .filter_map(|b| b.1)
        .fold(0.0_f64, f64::max)
        .max(1.0);
    let width = WIDTH - label_w - RIGHT - 40.0;
    let mut out = String::new();
    open(&mut out, text, height);
    out.push_str(r##"<g font-size="11" fill="#222">"##);
    for (i, (label, value)) in bars.iter().enumerate() {
        let top = TOP + row * i as f64;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
            label_w - 6.0,
            top + 14.0,
            escape(label)
        );
        match value {
            Some(v) => {
                let w = width * v / max;
                let _ = write!(
                    out,
                    r##"<rect x="{label_w}" y="{}" width="{w:.1}" height="18" fill="#1f4e79"/><text x="{}" y="{}">{}</text>"##,
                    top + 2.0,
                    label_w + w + 4.0,
                    top + 14.0,
                    number(*v)
                );
            }
            None => {
                let _ = write!(
                    out,
                    r#"<text x="{label_w}" y="{}" font-style="italic">{}</text>"#,
                    top + 14.0,
                    escape(hidden)
                );
            }
        }
    }
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> ChartText {
        ChartText {
            id: "c1".into(),
            title: "Wonen <trend>".into(),
            description: "Gemiddelde per meetmoment".into(),
        }
    }

    #[test]
    fn a_trend_has_its_title_lines_and_target() {
        let svg = trend(
            &text(),
            &["nul".into(), "eind".into()],
            &[Line {
                name: "cliënt".into(),
                values: vec![Some(2.0), Some(3.5)],
            }],
            Some(3.0),
        );
        assert!(svg.contains(r#"aria-labelledby="c1-t c1-d""#));
        assert!(svg.contains("Wonen &lt;trend&gt;"));
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains(r#"stroke-dasharray="8 4""#));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn hidden_bars_are_written_not_drawn() {
        let svg = bars(
            &text(),
            &[("beter".into(), Some(12.0)), ("slechter".into(), None)],
            "minder dan 5",
        );
        assert_eq!(svg.matches("<rect").count(), 1);
        assert!(svg.contains("minder dan 5"));
    }
}
