//! Recurring events: a series of dates from the first one (every week, every two or four weeks,
//! or monthly on the same weekday, such as "every fourth Thursday"), in local time so a series
//! keeps its hour across summer and winter time.

use super::local_time::{LocalTime, civil_from_unix, days_in_month};

coded_enum!(
    /// How a series repeats.
    Repeat {
        /// Once.
        Once => "none",
        /// Every week.
        Weekly => "weekly",
        /// Every two weeks.
        Biweekly => "biweekly",
        /// Every four weeks.
        FourWeekly => "fourweekly",
        /// Monthly on the same weekday (the fourth Thursday, or the last when there is no
        /// fifth).
        MonthlyWeekday => "monthly-weekday",
    }
);

/// The most dates one series may have.
pub const MAX_SERIES: usize = 24;

fn shifted_days(first: LocalTime, days: i64) -> LocalTime {
    // Noon UTC of the date, shifted, keeps the calendar date safe from offsets.
    let noon = LocalTime {
        hour: 12,
        minute: 0,
        ..first
    };
    let base = noon.to_unix().unwrap_or_default() + days * 86_400;
    let (year, month, day, _, _, _) = civil_from_unix(base);
    LocalTime {
        year,
        month,
        day,
        ..first
    }
}

fn nth_weekday(year: i64, month: u32, weekday: u32, n: u32, template: LocalTime) -> LocalTime {
    let first = LocalTime {
        year,
        month,
        day: 1,
        ..template
    };
    let offset = (7 + weekday - first.weekday()) % 7;
    let day = 1 + offset + 7 * (n.clamp(1, 5) - 1);
    // No fifth such weekday this month: the last one (one week earlier).
    let day = if day > days_in_month(year, month) {
        day - 7
    } else {
        day
    };
    LocalTime { day, ..first }
}

/// The dates of a series of `count` (1 to `MAX_SERIES`), starting with `first`.
pub fn series_dates(first: LocalTime, repeat: Repeat, count: usize) -> Vec<LocalTime> {
    let count = count.clamp(1, MAX_SERIES);
    let step = match repeat {
        Repeat::Once => return vec![first],
        Repeat::Weekly => Some(7),
        Repeat::Biweekly => Some(14),
        Repeat::FourWeekly => Some(28),
        Repeat::MonthlyWeekday => None,
    };
    (0..count)
        .map(|i| {
            let i64_i = i64::try_from(i).unwrap_or(0);
            match step {
                Some(days) => shifted_days(first, days * i64_i),
                None => {
                    let months = i64::from(first.month) - 1 + i64_i;
                    let year = first.year + months.div_euclid(12);
                    let month = u32::try_from(months.rem_euclid(12) + 1).unwrap_or(1);
                    let n = (first.day - 1) / 7 + 1;
                    nth_weekday(year, month, first.weekday(), n, first)
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: &str) -> LocalTime {
        LocalTime::parse(d, "19:30").unwrap()
    }

    fn dates(first: &str, repeat: Repeat, count: usize) -> Vec<String> {
        series_dates(day(first), repeat, count)
            .iter()
            .map(LocalTime::date_value)
            .collect()
    }

    #[test]
    fn weekly_series_cross_summer_time_at_the_same_hour() {
        let weekly = series_dates(day("2027-03-18"), Repeat::Weekly, 3);
        let listed: Vec<String> = weekly.iter().map(LocalTime::date_value).collect();
        assert_eq!(listed, ["2027-03-18", "2027-03-25", "2027-04-01"]);
        assert!(weekly.iter().all(|t| t.hour == 19 && t.minute == 30));
        // 19:30 local is 18:30 UTC in March and 17:30 UTC in April.
        assert_eq!(weekly[0].to_unix().unwrap() % 86_400, 18 * 3600 + 1800);
        assert_eq!(weekly[2].to_unix().unwrap() % 86_400, 17 * 3600 + 1800);
        assert_eq!(
            dates("2026-12-24", Repeat::Biweekly, 3),
            ["2026-12-24", "2027-01-07", "2027-01-21"]
        );
        assert_eq!(
            dates("2027-01-28", Repeat::FourWeekly, 2),
            ["2027-01-28", "2027-02-25"]
        );
    }

    #[test]
    fn every_fourth_thursday_and_the_last_when_there_is_no_fifth() {
        // 2027-01-28 is the fourth Thursday of January.
        assert_eq!(
            dates("2027-01-28", Repeat::MonthlyWeekday, 4),
            ["2027-01-28", "2027-02-25", "2027-03-25", "2027-04-22"]
        );
        // 2026-10-29 is the fifth Thursday; November 2026 has four: the last one is taken.
        assert_eq!(
            dates("2026-10-29", Repeat::MonthlyWeekday, 3),
            ["2026-10-29", "2026-11-26", "2026-12-31"]
        );
        assert_eq!(dates("2026-10-29", Repeat::Once, 5), ["2026-10-29"]);
        assert_eq!(dates("2027-01-07", Repeat::Weekly, 100).len(), MAX_SERIES);
        // Near the end of the calendar it still ends (no date past what can be parsed).
        assert_eq!(dates("2200-12-04", Repeat::MonthlyWeekday, 2).len(), 2);
    }
}
