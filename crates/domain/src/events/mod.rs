//! Events: atelier meetings (*bijeenkomsten*), intervision sessions and public events, online,
//! in person or hybrid; the event form with local (Europe/Amsterdam) times; who is invited by
//! participation degree; recurring series; and the waiting-list rules.

pub mod ical;
mod input;
pub mod local_time;
pub mod series;
mod waitlist;

pub use input::{EventInput, MAX_TITLE, NewEvent};

pub use waitlist::{OFFER_HOURS, Place, offer_deadline, place_for};

coded_enum!(
    /// What kind of gathering an event is.
    EventKind {
        /// An atelier meeting (bijeenkomst).
        Meeting => "meeting",
        /// An intervision or reflection session.
        Intervision => "intervision",
        /// A public event, open to people without an account.
        Public => "public",
    }
);

coded_enum!(
    /// Where it happens.
    EventMode {
        /// In person.
        InPerson => "in_person",
        /// Online.
        Online => "online",
        /// Both.
        Hybrid => "hybrid",
    }
);

coded_enum!(
    /// A registration's state.
    Rsvp {
        /// Coming (holds a place).
        Going => "going",
        /// Perhaps (holds no place).
        Maybe => "maybe",
        /// Not coming.
        NotGoing => "not_going",
        /// On the waiting list.
        Waiting => "waiting",
        /// Offered a place that came free; holds it until the offer expires.
        Offered => "offered",
    }
);

/// Whether a member with these participation choices is invited to an event of `kind`
/// (everyone may still open any event they may see).
pub fn invited(kind: EventKind, joins_meetings: bool, joins_public_events: bool) -> bool {
    match kind {
        EventKind::Meeting | EventKind::Intervision => joins_meetings,
        EventKind::Public => joins_public_events || joins_meetings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invitations_follow_the_participation_degree() {
        assert!(invited(EventKind::Meeting, true, false));
        assert!(
            !invited(EventKind::Meeting, false, true),
            "public events only"
        );
        assert!(!invited(EventKind::Intervision, false, true));
        assert!(invited(EventKind::Public, false, true));
        assert!(!invited(EventKind::Public, false, false), "online only");
    }
}
