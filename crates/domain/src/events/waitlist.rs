//! The waiting list: who gets a place, and how long a freed place is held for the person it is
//! offered to. Places are held by `going` and `offered` registrations; `maybe` holds none.

use super::Rsvp;

/// Hours a freed place is held for the first person on the waiting list.
pub const OFFER_HOURS: i64 = 48;

/// What someone who says "going" gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A place.
    Going,
    /// A place on the waiting list.
    Waiting,
}

impl Place {
    /// The registration state.
    pub fn rsvp(self) -> Rsvp {
        match self {
            Place::Going => Rsvp::Going,
            Place::Waiting => Rsvp::Waiting,
        }
    }
}

/// A place while `taken` (going + offered) is below the capacity; otherwise the waiting list.
pub fn place_for(capacity: Option<i64>, taken: i64) -> Place {
    match capacity {
        Some(places) if taken >= places => Place::Waiting,
        _ => Place::Going,
    }
}

/// Until when an offer made at `now` holds: `OFFER_HOURS`, but never past two hours before the
/// start, and at least one hour (a place freed at the last moment still gets a short window).
pub fn offer_deadline(now: i64, starts_at: i64) -> i64 {
    (now + OFFER_HOURS * 3_600)
        .min(starts_at - 2 * 3_600)
        .max(now + 3_600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_until_full_then_the_waiting_list() {
        assert_eq!(place_for(None, 10_000), Place::Going);
        assert_eq!(place_for(Some(2), 1), Place::Going);
        assert_eq!(place_for(Some(2), 2), Place::Waiting);
        assert_eq!(place_for(Some(2), 3), Place::Waiting);
        assert_eq!(Place::Waiting.rsvp(), Rsvp::Waiting);
    }

    #[test]
    fn an_offer_holds_two_days_but_not_into_the_event() {
        let start = 1_000_000;
        assert_eq!(offer_deadline(0, start), OFFER_HOURS * 3_600);
        assert_eq!(offer_deadline(start - 10 * 3_600, start), start - 2 * 3_600);
        assert_eq!(offer_deadline(start - 3_000, start), start - 3_000 + 3_600);
    }
}
