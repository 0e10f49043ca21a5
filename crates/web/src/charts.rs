//! Small accessible SVG charts drawn on the server: a `<title>` and `<desc>` that screen
//! readers read, no script, no inline style (CSS classes colour them), and always a data table
//! beside them in the page.

/// A horizontal bar chart, laid out and ready for `templates/_charts.html`.
#[derive(Debug, Clone)]
pub struct BarChart {
    /// Unique id in the page (for `aria-labelledby`).
    pub id: &'static str,
    /// Short title.
    pub title: String,
    /// One sentence that says what the chart shows.
    pub description: String,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
    /// Width of the whole chart.
    pub width: u32,
    /// Height of the whole chart.
    pub height: u32,
    /// Width reserved for the labels.
    pub label_width: u32,
    /// Thickness of a bar.
    pub bar_height: u32,
}

/// One laid-out bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// Label left of the bar.
    pub label: String,
    /// The value, written after the bar.
    pub value: i64,
    /// Top of the bar.
    pub y: u32,
    /// Length of the bar.
    pub length: u32,
    /// Baseline of the label and value text.
    pub text_y: u32,
    /// Where the value text starts.
    pub value_x: u32,
}

const LABEL_WIDTH: u32 = 190;
const MAX_BAR: u32 = 300;
const ROW: u32 = 30;
const BAR_HEIGHT: u32 = 20;

impl BarChart {
    /// Lays out `data` as horizontal bars scaled to the largest value.
    pub fn horizontal(
        id: &'static str,
        title: String,
        description: String,
        data: Vec<(String, i64)>,
    ) -> BarChart {
        let max = data.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
        let bars = data
            .into_iter()
            .enumerate()
            .map(|(i, (label, value))| {
                let y = i as u32 * ROW + 5;
                let length = (value.max(0) as u64 * u64::from(MAX_BAR) / max as u64) as u32;
                Bar {
                    label,
                    value,
                    y,
                    length,
                    text_y: y + BAR_HEIGHT - 5,
                    value_x: LABEL_WIDTH + length + 6,
                }
            })
            .collect::<Vec<_>>();
        BarChart {
            id,
            title,
            description,
            height: bars.len() as u32 * ROW + 10,
            bars,
            width: LABEL_WIDTH + MAX_BAR + 50,
            label_width: LABEL_WIDTH,
            bar_height: BAR_HEIGHT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_and_never_overlap() {
        let chart = BarChart::horizontal(
            "c",
            "t".into(),
            "d".into(),
            vec![
                ("a".into(), 2),
                ("b".into(), 4),
                ("c".into(), 0),
                ("d".into(), -3),
            ],
        );
        let lengths: Vec<u32> = chart.bars.iter().map(|b| b.length).collect();
        assert_eq!(lengths, [150, 300, 0, 0]);
        for pair in chart.bars.windows(2) {
            assert!(pair[0].y + chart.bar_height <= pair[1].y, "bars overlap");
        }
        let last = chart.bars.last().unwrap();
        assert!(last.y + chart.bar_height <= chart.height);
        assert!(chart.bars.iter().all(|b| b.value_x + 40 <= chart.width));
    }

    #[test]
    fn an_empty_chart_has_no_bars() {
        let chart = BarChart::horizontal("c", "t".into(), "d".into(), vec![]);
        assert!(chart.bars.is_empty());
        assert_eq!(chart.height, 10);
    }
}
