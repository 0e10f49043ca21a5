//! A web (radar) chart for an instrument's dimensions: one polygon per perspective, so the
//! client's and the worker's scores lie over each other and a difference shows as a gap, not an
//! average. Like the other charts it has a title and description, differs in dash pattern as
//! well as colour, and the page shows the same numbers in a table.

use super::chart::{ChartText, Line, STROKES, number, open};
use crate::toc::svg::escape;
use std::f64::consts::PI;
use std::fmt::Write;

const SIZE: f64 = 420.0;
const RADIUS: f64 = 130.0;
/// The centre: the middle of the charts' common width, and of the web's height.
const CX: f64 = 240.0;
const CY: f64 = SIZE / 2.0;

/// The point of `value` on axis `i` of `n`, on a scale from `lo` to `hi`.
fn point(i: usize, n: usize, value: f64, (lo, hi): (f64, f64)) -> (f64, f64) {
    let angle = -PI / 2.0 + 2.0 * PI * i as f64 / n as f64;
    let r = RADIUS * ((value - lo) / (hi - lo)).clamp(0.0, 1.0);
    (CX + r * angle.cos(), CY + r * angle.sin())
}

/// A web over `axes` (three or more) with one polygon per line; a line with a gap is drawn as
/// its points only.
pub fn radar(text: &ChartText, axes: &[String], lines: &[Line], scale: (f64, f64)) -> String {
    let n = axes.len().max(3);
    let mut out = String::new();
    open(&mut out, text, SIZE + 24.0);
    out.push_str(r##"<g font-size="11" fill="#222">"##);
    for ring in 1..=4 {
        let v = scale.0 + (scale.1 - scale.0) * ring as f64 / 4.0;
        let points: Vec<String> = (0..n)
            .map(|i| {
                let (x, y) = point(i, n, v, scale);
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let _ = write!(
            out,
            r##"<polygon fill="none" stroke="#bbb" points="{}"/>"##,
            points.join(" ")
        );
    }
    let (_, top) = point(0, n, scale.1, scale);
    let _ = write!(
        out,
        r#"<text x="{}" y="{:.1}">{}</text>"#,
        CX + 4.0,
        top + 12.0,
        number(scale.1)
    );
    for (i, axis) in axes.iter().enumerate() {
        let (x, y) = point(i, n, scale.1, scale);
        let (lx, ly) = (CX + (x - CX) * 1.12, CY + (y - CY) * 1.12);
        let anchor = if (lx - CX).abs() < 1.0 {
            "middle"
        } else if lx < CX {
            "end"
        } else {
            "start"
        };
        let _ = write!(
            out,
            r##"<line x1="{CX}" y1="{CY}" x2="{x:.1}" y2="{y:.1}" stroke="#999"/><text x="{lx:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"##,
            ly + 4.0,
            escape(axis)
        );
    }
    for (k, line) in lines.iter().enumerate() {
        let (colour, dash) = STROKES[k % STROKES.len()];
        let points: Vec<(f64, f64)> = line
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| point(i, n, v, scale)))
            .collect();
        let joined: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        if points.len() == line.values.len() {
            let _ = write!(
                out,
                r#"<polygon fill="{colour}" fill-opacity="0.08" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}" points="{}"/>"#,
                joined.join(" ")
            );
        }
        for (x, y) in &points {
            let _ = write!(
                out,
                r#"<circle cx="{x:.1}" cy="{y:.1}" r="3.5" fill="{colour}"/>"#
            );
        }
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" fill="{colour}">{}</text>"#,
            8.0 + 160.0 * k as f64,
            SIZE + 16.0,
            escape(&line.name)
        );
    }
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_web_has_its_title_axes_and_one_polygon_per_complete_line() {
        let text = ChartText {
            id: "web-1".into(),
            title: "Netwerk <3".into(),
            description: "Cliënt en werker".into(),
        };
        let axes: Vec<String> = ["Wonen", "Werk", "Familie", "Vrienden"]
            .map(String::from)
            .to_vec();
        let lines = [
            Line {
                name: "Cliënt".into(),
                values: vec![Some(8.0), Some(4.0), Some(6.0), Some(10.0)],
            },
            Line {
                name: "Werker".into(),
                values: vec![Some(5.0), None, Some(6.0), Some(7.0)],
            },
        ];
        let svg = radar(&text, &axes, &lines, (0.0, 10.0));
        assert!(svg.contains("<title id=\"web-1-t\">Netwerk &lt;3</title>"));
        assert!(svg.contains(">Familie</text>"));
        assert_eq!(
            svg.matches("fill-opacity").count(),
            1,
            "a gap draws no polygon"
        );
        assert_eq!(svg.matches("<circle").count(), 7);
        // Vrienden (the left axis) at 10 reaches the full radius: x = 240 − 130 = 110; Wonen
        // at 8 lies 104 above the centre: y = 210 − 104 = 106.
        assert!(svg.contains("cx=\"110.0\" cy=\"210.0\""), "{svg}");
        assert!(svg.contains("cx=\"240.0\" cy=\"106.0\""), "{svg}");
    }
}
