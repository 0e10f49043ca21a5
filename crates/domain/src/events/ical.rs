//! iCalendar (RFC 5545) for events: one `.ics` per event, a feed per atelier and a personal
//! feed. Times in UTC (`…Z`, so no VTIMEZONE is needed and every client converts correctly),
//! text escaped, lines folded at 75 octets, CRLF line ends, stable UIDs, cancelled events as
//! `STATUS:CANCELLED` (a calendar that had them removes or strikes them).

use super::local_time::civil_from_unix;

/// One event as a calendar shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable id, the same in every feed and every version (`event-12@host`).
    pub uid: String,
    /// Start (Unix seconds, UTC).
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
    /// Title.
    pub summary: String,
    /// Plain-text description.
    pub description: String,
    /// Where (may be empty).
    pub location: String,
    /// The event's page.
    pub url: String,
    /// Cancelled.
    pub cancelled: bool,
    /// Last change (Unix seconds), also the SEQUENCE so clients take the newest version.
    pub updated_at: i64,
    /// Created.
    pub created_at: i64,
}

/// `20261210T183000Z`.
fn utc(unix: i64) -> String {
    let (year, month, day, hour, minute, second) = civil_from_unix(unix);
    format!("{year:04}{month:02}{day:02}T{hour:02}{minute:02}{second:02}Z")
}

/// Escapes TEXT values: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (never inside a UTF-8 character), CRLF ended.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// A whole calendar with `events`; `name` becomes the calendar's display name.
pub fn calendar(name: &str, events: &[CalendarEvent], now: i64) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Leeratelier//Leeratelier//NL");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&event.uid)));
        line(&mut out, &format!("DTSTAMP:{}", utc(now)));
        line(&mut out, &format!("CREATED:{}", utc(event.created_at)));
        line(
            &mut out,
            &format!("LAST-MODIFIED:{}", utc(event.updated_at)),
        );
        // SEQUENCE must grow with each change: seconds since creation do.
        let sequence = (event.updated_at - event.created_at).max(0);
        line(&mut out, &format!("SEQUENCE:{sequence}"));
        line(&mut out, &format!("DTSTART:{}", utc(event.starts_at)));
        line(&mut out, &format!("DTEND:{}", utc(event.ends_at)));
        line(&mut out, &format!("SUMMARY:{}", escape(&event.summary)));
        if !event.description.is_empty() {
            line(
                &mut out,
                &format!("DESCRIPTION:{}", escape(&event.description)),
            );
        }
        if !event.location.is_empty() {
            line(&mut out, &format!("LOCATION:{}", escape(&event.location)));
        }
        line(&mut out, &format!("URL:{}", event.url));
        let status = if event.cancelled {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        line(&mut out, &format!("STATUS:{status}"));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> CalendarEvent {
        CalendarEvent {
            uid: "event-1@leer.example.nl".into(),
            starts_at: 1_796_927_400,
            ends_at: 1_796_934_600,
            summary: "Bijeenkomst; impact, samen".into(),
            description: "Regel één\nRegel twee met \\ schuine streep".into(),
            location: "Buurthuis De Brug, Utrecht".into(),
            url: "https://leer.example.nl/evenementen/1-bijeenkomst".into(),
            cancelled: false,
            updated_at: 1_790_000_100,
            created_at: 1_790_000_000,
        }
    }

    #[test]
    fn escapes_folds_and_ends_lines_with_crlf() {
        let mut long = event();
        long.description = "é".repeat(100);
        let ics = calendar("Impact, samen", &[event(), long], 1_790_000_200);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("SUMMARY:Bijeenkomst\\; impact\\, samen\r\n"));
        assert!(ics.contains("DESCRIPTION:Regel één\\nRegel twee met \\\\ schuine streep\r\n"));
        assert!(ics.contains("DTSTART:20261210T183000Z\r\n"));
        assert!(ics.contains("X-WR-CALNAME:Impact\\, samen\r\n"));
        assert!(ics.contains("SEQUENCE:100\r\n"));
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "folded: {l}");
            assert!(!l.contains('\n'));
        }
        assert!(
            ics.contains("\r\n é"),
            "continuation lines start with a space"
        );
    }

    #[test]
    fn a_cancelled_event_says_so() {
        let mut cancelled = event();
        cancelled.cancelled = true;
        let ics = calendar("x", &[cancelled], 0);
        assert!(ics.contains("STATUS:CANCELLED\r\n"));
    }
}
