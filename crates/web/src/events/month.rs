//! The agenda as a month: a table of weeks (Monday first) with each day's events, and links to
//! the previous and next month. Works without JavaScript.

use app::events::EventRow;
use domain::events::local_time::LocalTime;

/// A day in the month table.
pub struct Day {
    /// Day of the month.
    pub day: u32,
    /// Its events.
    pub events: Vec<EventRow>,
}

/// A month to show.
pub struct MonthGrid {
    /// Year.
    pub year: i64,
    /// Month 1–12.
    pub month: u32,
    /// Weeks of seven cells; `None` outside the month.
    pub weeks: Vec<Vec<Option<Day>>>,
    /// `jjjj-mm` of the previous month.
    pub previous: String,
    /// `jjjj-mm` of the next month.
    pub next: String,
}

/// Parses `jjjj-mm`.
pub fn parse_month(value: &str) -> Option<(i64, u32)> {
    let (year, month) = value.split_once('-')?;
    let year: i64 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    ((1900..=2200).contains(&year) && (1..=12).contains(&month)).then_some((year, month))
}

fn shift(year: i64, month: u32, by: i64) -> (i64, u32) {
    let months = year * 12 + i64::from(month) - 1 + by;
    (
        months.div_euclid(12),
        u32::try_from(months.rem_euclid(12) + 1).unwrap_or(1),
    )
}

fn first_moment(year: i64, month: u32) -> Option<i64> {
    LocalTime::parse(&format!("{year:04}-{month:02}-01"), "00:00")?.to_unix()
}

/// The UTC moments where the month begins and the next begins.
pub fn bounds(year: i64, month: u32) -> Option<(i64, i64)> {
    let (ny, nm) = shift(year, month, 1);
    Some((first_moment(year, month)?, first_moment(ny, nm)?))
}

/// Lays out `events` (of this month, soonest first) in weeks.
pub fn grid(year: i64, month: u32, events: Vec<EventRow>) -> MonthGrid {
    let first = LocalTime::parse(&format!("{year:04}-{month:02}-01"), "12:00");
    let lead = first.map_or(0, |f| f.weekday());
    let days = (28..=31)
        .rev()
        .find(|d| LocalTime::parse(&format!("{year:04}-{month:02}-{d:02}"), "12:00").is_some())
        .unwrap_or(28);
    let mut cells: Vec<Option<Day>> = (0..lead).map(|_| None).collect();
    for day in 1..=days {
        cells.push(Some(Day {
            day,
            events: Vec::new(),
        }));
    }
    for event in events {
        let local = LocalTime::of(event.starts_at);
        if local.year == year && local.month == month {
            let index = usize::try_from(lead + local.day - 1).unwrap_or(0);
            if let Some(Some(cell)) = cells.get_mut(index) {
                cell.events.push(event);
            }
        }
    }
    while !cells.len().is_multiple_of(7) {
        cells.push(None);
    }
    let mut weeks = Vec::new();
    let mut row = Vec::new();
    for cell in cells {
        row.push(cell);
        if row.len() == 7 {
            weeks.push(std::mem::take(&mut row));
        }
    }
    let (py, pm) = shift(year, month, -1);
    let (ny, nm) = shift(year, month, 1);
    MonthGrid {
        year,
        month,
        weeks,
        previous: format!("{py:04}-{pm:02}"),
        next: format!("{ny:04}-{nm:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn february_2027_starts_on_a_monday_and_has_four_weeks() {
        let month = grid(2027, 2, Vec::new());
        assert_eq!(month.weeks.len(), 4);
        assert_eq!(month.weeks[0][0].as_ref().map(|d| d.day), Some(1));
        assert_eq!(
            (month.previous.as_str(), month.next.as_str()),
            ("2027-01", "2027-03")
        );
        // December 2026 starts on a Tuesday: one empty cell first, and runs into January.
        let december = grid(2026, 12, Vec::new());
        assert!(december.weeks[0][0].is_none());
        assert_eq!(december.weeks[0][1].as_ref().map(|d| d.day), Some(1));
        assert_eq!(grid(2026, 12, Vec::new()).next, "2027-01");
        assert_eq!(parse_month("2027-02"), Some((2027, 2)));
        assert_eq!(parse_month("2027-13"), None);
        assert_eq!(parse_month("februari"), None);
    }
}
