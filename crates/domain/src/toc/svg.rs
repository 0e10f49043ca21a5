//! Draws a laid-out theory as SVG on the server: boxes by kind (negative and unintended effects
//! with a dashed red border), arrows for links, the ceiling of accountability as a labelled
//! line. The picture has a title and a description; the text outline beside it carries the
//! full content for people who do not read diagrams.

use super::layout::{Layout, NODE_HEIGHT, NODE_WIDTH};
use super::{NodeKind, Theory};
use std::fmt::Write;

/// The texts the picture needs, in the reader's language.
#[derive(Debug, Clone, Default)]
pub struct SvgLabels {
    /// Accessible title.
    pub title: String,
    /// Accessible description.
    pub description: String,
    /// Label on the ceiling line.
    pub ceiling: String,
}

/// Characters per line in a box.
const LINE_CHARS: usize = 24;
/// Lines per box.
const MAX_LINES: usize = 3;

/// Escapes text for XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Wraps a title into at most three lines; the last ends in "…" when text was left out.
pub fn wrap(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let word: String = word.chars().take(LINE_CHARS).collect();
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > LINE_CHARS {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        let last = &mut lines[MAX_LINES - 1];
        let kept: String = last.chars().take(LINE_CHARS - 1).collect();
        *last = format!("{kept}…");
    }
    lines
}

fn fill(kind: NodeKind) -> &'static str {
    // Light fills, all with dark text at well over 4.5:1.
    match kind {
        NodeKind::Activity => "#e8f0fe",
        NodeKind::Output => "#e6f4ea",
        NodeKind::Intermediate => "#fef7e0",
        NodeKind::LongTerm => "#fce8e6",
        NodeKind::Impact => "#f3e8fd",
    }
}

/// The SVG document for a theory and its layout.
pub fn render(theory: &Theory, layout: &Layout, labels: &SvgLabels) -> String {
    let mut s = String::with_capacity(512 + theory.nodes.len() * 400 + theory.links.len() * 120);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0} {h:.0}" width="{w:.0}" height="{h:.0}" role="img" aria-labelledby="toc-title toc-desc" class="toc-diagram"><title id="toc-title">{t}</title><desc id="toc-desc">{d}</desc>"#,
        w = layout.width,
        h = layout.height,
        t = escape(&labels.title),
        d = escape(&labels.description),
    );
    s.push_str(r##"<defs><marker id="toc-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#3c4043"/></marker></defs>"##);
    if let Some(y) = layout.ceiling_y {
        let _ = write!(
            s,
            r##"<g class="toc-ceiling"><line x1="8" y1="{y:.1}" x2="{x2:.1}" y2="{y:.1}" stroke="#5f6368" stroke-width="2" stroke-dasharray="8 6"/><text x="12" y="{ty:.1}" font-size="13" fill="#202124">{label}</text></g>"##,
            x2 = layout.width - 8.0,
            ty = y - 6.0,
            label = escape(&labels.ceiling),
        );
    }
    for route in &layout.routes {
        if route.points.len() < 2 {
            continue;
        }
        let mut d = String::new();
        for (i, (x, y)) in route.points.iter().enumerate() {
            let _ = write!(d, "{}{x:.1},{y:.1}", if i == 0 { "M" } else { " L" });
        }
        let _ = write!(
            s,
            r##"<path class="toc-link" d="{d}" fill="none" stroke="#3c4043" stroke-width="1.5" marker-end="url(#toc-arrow)"/>"##
        );
    }
    for (node, placed) in theory.nodes.iter().zip(&layout.nodes) {
        let (stroke, dash) = if node.negative {
            ("#b3261e", r#" stroke-dasharray="6 4""#)
        } else {
            ("#3c4043", "")
        };
        let _ = write!(
            s,
            r#"<g class="toc-node toc-node--{kind}" id="toc-node-{id}"><rect x="{x:.1}" y="{y:.1}" width="{w:.0}" height="{h:.0}" rx="8" fill="{fill}" stroke="{stroke}" stroke-width="2"{dash}/>"#,
            kind = node.kind.code(),
            id = node.id,
            x = placed.x,
            y = placed.y,
            w = NODE_WIDTH,
            h = NODE_HEIGHT,
            fill = fill(node.kind),
        );
        let lines = wrap(&node.title);
        let first_y = placed.y + NODE_HEIGHT / 2.0 - (lines.len() as f32 - 1.0) * 8.0 + 5.0;
        let _ = write!(
            s,
            r##"<text x="{x:.1}" y="{y:.1}" text-anchor="middle" font-size="14" fill="#202124">"##,
            x = placed.x + NODE_WIDTH / 2.0,
            y = first_y
        );
        for (i, line) in lines.iter().enumerate() {
            let dy = if i == 0 { 0.0 } else { 16.0 };
            let _ = write!(
                s,
                r#"<tspan x="{x:.1}" dy="{dy}">{t}</tspan>"#,
                x = placed.x + NODE_WIDTH / 2.0,
                t = escape(line)
            );
        }
        s.push_str("</text></g>");
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toc::graph::add_link;
    use crate::toc::graph::tests::{link, node};
    use crate::toc::layout::layout;

    #[test]
    fn titles_wrap_in_three_lines_at_most() {
        assert_eq!(wrap("Minder eenzaamheid"), ["Minder eenzaamheid"]);
        assert_eq!(
            wrap("Bewoners kennen elkaar en helpen elkaar vaker"),
            ["Bewoners kennen elkaar", "en helpen elkaar vaker"]
        );
        let long = wrap(&"woord ".repeat(40));
        assert_eq!(long.len(), 3);
        assert!(long[2].ends_with('…'));
    }

    #[test]
    fn the_picture_is_accessible_and_escaped() {
        let mut t = Theory {
            nodes: vec![node(1, NodeKind::Activity), node(2, NodeKind::Impact)],
            ..Theory::default()
        };
        t.nodes[0].title = "Koffie & <praten>".into();
        t.nodes[1].negative = true;
        t.nodes[1].above_ceiling = true;
        add_link(&mut t, link(1, 2)).expect("valid");
        let labels = SvgLabels {
            title: "Buurt \"samen\"".into(),
            description: "Twee stappen".into(),
            ceiling: "Grens".into(),
        };
        let svg = render(&t, &layout(&t), &labels);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="img" aria-labelledby="toc-title toc-desc""#));
        assert!(svg.contains("<title id=\"toc-title\">Buurt &quot;samen&quot;</title>"));
        assert!(svg.contains("Koffie &amp; &lt;praten&gt;"));
        assert_eq!(svg.matches("class=\"toc-link\"").count(), 1);
        assert!(
            svg.contains("stroke-dasharray=\"6 4\""),
            "the negative effect is dashed"
        );
        assert!(svg.contains("toc-ceiling"));
    }
}
