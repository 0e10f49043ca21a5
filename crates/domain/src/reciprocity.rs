//! Reciprocity ("niet enkel halen, maar ook brengen"): a private give/take balance per member
//! and atelier, computed from what the platform records. Later features only record events;
//! the rules live here.

/// Something the platform records about a member in an atelier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Activity {
    /// Give: a post that got at least one reply.
    PostReplied,
    /// Give: an answer marked helpful.
    AnswerHelpful,
    /// Give: a knowledge item written.
    KnowledgeWritten,
    /// Give: a knowledge item improved.
    KnowledgeImproved,
    /// Give: a meeting hosted.
    MeetingHosted,
    /// Give: a story (Most Significant Change) contributed.
    StoryContributed,
    /// Give: a harvest (summary of a thread or meeting) written.
    HarvestWritten,
    /// Give: a review given.
    ReviewGiven,
    /// Give: a post others found valuable ("waardevol").
    PostAppreciated,
    /// Take: a knowledge item or thread read.
    Read,
    /// Take: a tool downloaded.
    Download,
    /// Take: a question asked.
    QuestionAsked,
}

impl Activity {
    /// Every activity.
    pub const ALL: [Activity; 12] = [
        Activity::PostReplied,
        Activity::AnswerHelpful,
        Activity::KnowledgeWritten,
        Activity::KnowledgeImproved,
        Activity::MeetingHosted,
        Activity::StoryContributed,
        Activity::HarvestWritten,
        Activity::ReviewGiven,
        Activity::PostAppreciated,
        Activity::Read,
        Activity::Download,
        Activity::QuestionAsked,
    ];

    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        use Activity::*;
        match self {
            PostReplied => "post-replied",
            AnswerHelpful => "answer-helpful",
            KnowledgeWritten => "knowledge-written",
            KnowledgeImproved => "knowledge-improved",
            MeetingHosted => "meeting-hosted",
            StoryContributed => "story-contributed",
            HarvestWritten => "harvest-written",
            ReviewGiven => "review-given",
            PostAppreciated => "post-appreciated",
            Read => "read",
            Download => "download",
            QuestionAsked => "question-asked",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Activity> {
        Activity::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// How members of one atelier stand, without names: for facilitators.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Aggregate {
    /// Sum of everyone's giving.
    pub given: u32,
    /// Sum of everyone's taking.
    pub taken: u32,
    /// Members who have not started.
    pub new: u32,
    /// Members who mostly take.
    pub mostly_taking: u32,
    /// Members in balance.
    pub balanced: u32,
    /// Members who mostly give.
    pub mostly_giving: u32,
}

/// Sums the balances of the members of an atelier.
pub fn aggregate(balances: &[Balance]) -> Aggregate {
    let mut total = Aggregate::default();
    for b in balances {
        total.given = total.given.saturating_add(b.given);
        total.taken = total.taken.saturating_add(b.taken);
        match b.summary() {
            "reciprocity-new" => total.new += 1,
            "reciprocity-mostly-taking" => total.mostly_taking += 1,
            "reciprocity-mostly-giving" => total.mostly_giving += 1,
            _ => total.balanced += 1,
        }
    }
    total
}

/// Whether an activity gives to the community or takes from it, and how much it weighs.
/// Weights reflect effort: hosting a meeting or writing a knowledge item is more than a reply.
pub fn weight(activity: Activity) -> (Side, u32) {
    use Activity::*;
    match activity {
        PostReplied => (Side::Give, 1),
        AnswerHelpful => (Side::Give, 3),
        KnowledgeWritten => (Side::Give, 5),
        KnowledgeImproved => (Side::Give, 2),
        MeetingHosted => (Side::Give, 5),
        StoryContributed => (Side::Give, 3),
        HarvestWritten => (Side::Give, 4),
        ReviewGiven => (Side::Give, 2),
        PostAppreciated => (Side::Give, 1),
        Read => (Side::Take, 1),
        Download => (Side::Take, 1),
        QuestionAsked => (Side::Take, 2),
    }
}

/// Giving or taking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Brengen.
    Give,
    /// Halen.
    Take,
}

/// A member's balance in one atelier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Balance {
    /// Weighted sum of giving.
    pub given: u32,
    /// Weighted sum of taking.
    pub taken: u32,
    /// One concrete way to give next, as a message id.
    pub suggestion: &'static str,
}

impl Balance {
    /// Where the member stands, as a message id: "new", "mostly-taking", "balanced",
    /// "mostly-giving". Never a rank among others.
    pub fn summary(&self) -> &'static str {
        match (self.given, self.taken) {
            (0, 0) => "reciprocity-new",
            (g, t) if t > 2 * g + 2 => "reciprocity-mostly-taking",
            (g, t) if g > 2 * t + 2 => "reciprocity-mostly-giving",
            _ => "reciprocity-balanced",
        }
    }
}

/// Computes the balance from recorded activities (with their counts).
pub fn balance(activities: &[(Activity, u32)]) -> Balance {
    let mut given = 0u32;
    let mut taken = 0u32;
    let has = |a: Activity| activities.iter().any(|(x, n)| *x == a && *n > 0);
    for (activity, count) in activities {
        let (side, w) = weight(*activity);
        let amount = w.saturating_mul(*count);
        match side {
            Side::Give => given = given.saturating_add(amount),
            Side::Take => taken = taken.saturating_add(amount),
        }
    }
    // One concrete suggestion that fits what the member already does.
    let suggestion = if has(Activity::Download) && !has(Activity::StoryContributed) {
        "reciprocity-suggest-tell-use"
    } else if has(Activity::QuestionAsked) && !has(Activity::AnswerHelpful) {
        "reciprocity-suggest-answer"
    } else if has(Activity::Read) && !has(Activity::KnowledgeImproved) {
        "reciprocity-suggest-improve"
    } else if !has(Activity::MeetingHosted) && given > 10 {
        "reciprocity-suggest-host"
    } else {
        "reciprocity-suggest-share-lesson"
    };
    Balance {
        given,
        taken,
        suggestion,
    }
}

#[cfg(test)]
mod tests {
    use super::Activity::*;
    use super::*;

    /// (recorded activities, given, taken, summary)
    type BalanceCase = (&'static [(Activity, u32)], u32, u32, &'static str);

    #[test]
    fn balances_weigh_giving_and_taking() {
        let cases: &[BalanceCase] = &[
            (&[], 0, 0, "reciprocity-new"),
            (
                &[(Read, 10), (Download, 2)],
                0,
                12,
                "reciprocity-mostly-taking",
            ),
            (
                &[(KnowledgeWritten, 1), (Read, 4)],
                5,
                4,
                "reciprocity-balanced",
            ),
            (
                &[(MeetingHosted, 2), (AnswerHelpful, 1), (Read, 1)],
                13,
                1,
                "reciprocity-mostly-giving",
            ),
            (
                &[(QuestionAsked, 3), (PostReplied, 2)],
                2,
                6,
                "reciprocity-balanced",
            ),
            (
                &[(QuestionAsked, 4), (PostReplied, 2)],
                2,
                8,
                "reciprocity-mostly-taking",
            ),
        ];
        for (activities, given, taken, summary) in cases {
            let b = balance(activities);
            assert_eq!(
                (b.given, b.taken, b.summary()),
                (*given, *taken, *summary),
                "{activities:?}"
            );
        }
    }

    #[test]
    fn the_suggestion_fits_what_the_member_does() {
        let cases: &[(&[(Activity, u32)], &str)] = &[
            (&[(Download, 1)], "reciprocity-suggest-tell-use"),
            (
                &[(Download, 1), (StoryContributed, 1)],
                "reciprocity-suggest-share-lesson",
            ),
            (&[(QuestionAsked, 2)], "reciprocity-suggest-answer"),
            (&[(Read, 5)], "reciprocity-suggest-improve"),
            (&[(KnowledgeWritten, 3)], "reciprocity-suggest-host"),
            (&[], "reciprocity-suggest-share-lesson"),
        ];
        for (activities, suggestion) in cases {
            assert_eq!(
                balance(activities).suggestion,
                *suggestion,
                "{activities:?}"
            );
        }
    }

    #[test]
    fn codes_round_trip_and_aggregates_hide_who_is_who() {
        for a in Activity::ALL {
            assert_eq!(Activity::from_code(a.code()), Some(a));
        }
        let balances = [
            balance(&[]),
            balance(&[(Read, 10)]),
            balance(&[(MeetingHosted, 3)]),
            balance(&[(KnowledgeWritten, 1), (Read, 4)]),
        ];
        let total = aggregate(&balances);
        assert_eq!(
            total,
            Aggregate {
                given: 20,
                taken: 14,
                new: 1,
                mostly_taking: 1,
                balanced: 1,
                mostly_giving: 1
            }
        );
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let b = balance(&[(KnowledgeWritten, u32::MAX), (Read, u32::MAX)]);
        assert_eq!((b.given, b.taken), (u32::MAX, u32::MAX));
    }
}
