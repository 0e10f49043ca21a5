//! Europe/Amsterdam (and Brussels) wall-clock time without a time-zone database: UTC+1 in
//! winter, UTC+2 in summer, switching on the last Sunday of March and of October at 01:00 UTC
//! (the EU rule). Events are typed in local time and stored as UTC.

/// Days since 1970-01-01 of a calendar date (proleptic Gregorian).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day number (inverse of `days_from_civil`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    (
        if month <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        month,
        day,
    )
}

/// (year, month, day, hour, minute, second) of a Unix moment in UTC.
pub fn civil_from_unix(unix: i64) -> (i64, u32, u32, u32, u32, u32) {
    let (year, month, day) = civil_from_days(unix.div_euclid(86_400));
    let seconds = u32::try_from(unix.rem_euclid(86_400)).unwrap_or(0);
    (
        year,
        month,
        day,
        seconds / 3_600,
        seconds % 3_600 / 60,
        seconds % 60,
    )
}

/// Days in a month of a year.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    let next = if month == 12 {
        days_from_civil(year + 1, 1, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    };
    u32::try_from(next - days_from_civil(year, month, 1)).unwrap_or(28)
}

/// 01:00 UTC on the last Sunday of `month` (3 or 10) in `year`, as Unix seconds.
fn switch_moment(year: i64, month: u32) -> i64 {
    let last = days_from_civil(year, month, 31);
    // 1970-01-01 was a Thursday: (days + 4) mod 7 is the weekday with Sunday = 0.
    let sunday = last - (last + 4).rem_euclid(7);
    sunday * 86_400 + 3_600
}

/// The offset from UTC in seconds at the moment `unix`.
pub fn offset_at(unix: i64) -> i64 {
    let (year, _, _) = civil_from_days(unix.div_euclid(86_400));
    if unix >= switch_moment(year, 3) && unix < switch_moment(year, 10) {
        7_200
    } else {
        3_600
    }
}

/// A local wall-clock moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    /// Year.
    pub year: i64,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
    /// Hour 0–23.
    pub hour: u32,
    /// Minute 0–59.
    pub minute: u32,
}

impl LocalTime {
    /// The local time of `unix` in Amsterdam.
    pub fn of(unix: i64) -> LocalTime {
        let local = unix + offset_at(unix);
        let (year, month, day) = civil_from_days(local.div_euclid(86_400));
        let seconds = local.rem_euclid(86_400);
        LocalTime {
            year,
            month,
            day,
            hour: u32::try_from(seconds / 3_600).unwrap_or(0),
            minute: u32::try_from(seconds % 3_600 / 60).unwrap_or(0),
        }
    }

    /// Parses `jjjj-mm-dd` and `uu:mm` (what `<input type=date>` and `type=time` send).
    pub fn parse(date: &str, time: &str) -> Option<LocalTime> {
        let mut d = date.trim().splitn(3, '-');
        let year: i64 = d.next()?.parse().ok()?;
        let month: u32 = d.next()?.parse().ok()?;
        let day: u32 = d.next()?.parse().ok()?;
        let (h, m) = time.trim().split_once(':')?;
        let hour: u32 = h.parse().ok()?;
        let minute: u32 = m.get(..2).unwrap_or(m).parse().ok()?;
        let valid = (1900..=2200).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60;
        valid.then_some(LocalTime {
            year,
            month,
            day,
            hour,
            minute,
        })
    }

    /// The UTC moment of this local time; `None` for a time that does not exist (the hour
    /// skipped when summer time starts). An hour that happens twice (autumn) is the first.
    pub fn to_unix(self) -> Option<i64> {
        let naive = days_from_civil(self.year, self.month, self.day) * 86_400
            + i64::from(self.hour) * 3_600
            + i64::from(self.minute) * 60;
        [7_200, 3_600]
            .into_iter()
            .map(|offset| naive - offset)
            .find(|utc| offset_at(*utc) + utc == naive)
    }

    /// `jjjj-mm-dd` (for a date field).
    pub fn date_value(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `uu:mm` (for a time field).
    pub fn time_value(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// Day of the week, 0 = Monday.
    pub fn weekday(&self) -> u32 {
        let days = days_from_civil(self.year, self.month, self.day);
        u32::try_from((days + 3).rem_euclid(7)).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winter_summer_and_the_switches() {
        // 2026-03-29: 00:59 UTC is 01:59 winter time; 01:00 UTC is 03:00 summer time.
        assert_eq!(LocalTime::of(1_774_745_940).hour, 1);
        assert_eq!(LocalTime::of(1_774_746_000).hour, 3);
        // 2026-10-25 00:30 UTC is 02:30 summer time; 01:30 UTC is 02:30 winter time.
        assert_eq!(LocalTime::of(1_792_888_200).hour, 2);
        assert_eq!(LocalTime::of(1_792_891_800).hour, 2);
        // New Year in Amsterdam comes an hour before UTC's.
        let new_year = LocalTime::of(1_798_759_800);
        assert_eq!((new_year.year, new_year.month, new_year.day), (2027, 1, 1));
    }

    #[test]
    fn local_times_round_trip_except_the_skipped_hour() {
        let winter = LocalTime::parse("2026-12-10", "19:30").unwrap();
        assert_eq!(winter.to_unix(), Some(1_796_927_400));
        assert_eq!(LocalTime::of(1_796_927_400), winter);
        let summer = LocalTime::parse("2026-06-04", "09:00").unwrap();
        assert_eq!(summer.to_unix(), Some(1_780_556_400));
        assert_eq!(
            LocalTime::parse("2026-03-29", "02:30").unwrap().to_unix(),
            None
        );
        // 02:30 on 25 October 2026 happens twice: the first (summer time) is taken.
        let twice = LocalTime::parse("2026-10-25", "02:30").unwrap();
        assert_eq!(twice.to_unix(), Some(1_792_888_200));
        for bad in [
            ("2026-02-29", "10:00"),
            ("2026-13-01", "10:00"),
            ("x", "10:00"),
            ("2026-01-01", "24:00"),
        ] {
            assert_eq!(LocalTime::parse(bad.0, bad.1), None, "{bad:?}");
        }
        assert_eq!(
            LocalTime::parse("2028-02-29", "10:00").map(|t| t.day),
            Some(29)
        );
        assert_eq!(winter.date_value(), "2026-12-10");
        assert_eq!(winter.time_value(), "19:30");
        assert_eq!(winter.weekday(), 3, "10 December 2026 is a Thursday");
    }
}
