//! Dates as people in the Netherlands and Flanders read them: Europe/Amsterdam time, with
//! summer time by the EU rule (last Sunday of March to last Sunday of October, 01:00 UTC).

use time::{Date, Month, OffsetDateTime, UtcOffset, Weekday};

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let mut day = Date::from_calendar_date(year, month, 31).ok()?;
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day()?;
    }
    Some(day)
}

/// The moment `unix` as local time in Europe/Amsterdam.
pub fn amsterdam(unix: i64) -> Option<OffsetDateTime> {
    let utc = OffsetDateTime::from_unix_timestamp(unix).ok()?;
    let year = utc.year();
    let switch = |month| {
        last_sunday(year, month).map(|d| d.midnight().assume_utc() + time::Duration::hours(1))
    };
    let summer = match (switch(Month::March), switch(Month::October)) {
        (Some(start), Some(end)) => utc >= start && utc < end,
        _ => false,
    };
    let offset = UtcOffset::from_hms(if summer { 2 } else { 1 }, 0, 0).ok()?;
    Some(utc.to_offset(offset))
}

/// `dd-mm-jjjj` in Europe/Amsterdam.
pub fn format_date(unix: i64) -> String {
    let format = time::macros::format_description!("[day]-[month]-[year]");
    amsterdam(unix)
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summer_and_winter_time() {
        // 2026-03-29 00:59 UTC is still winter time (01:59 local); 01:00 UTC is 03:00 local.
        let before = 1_774_745_940;
        let after = 1_774_746_000;
        assert_eq!(amsterdam(before).unwrap().hour(), 1);
        assert_eq!(amsterdam(after).unwrap().hour(), 3);
        // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
        assert_eq!(format_date(1_798_759_800), "01-01-2027");
        // 2026-10-25 00:30 UTC is 02:30 summer time.
        assert_eq!(amsterdam(1_792_888_200).unwrap().hour(), 2);
    }
}
