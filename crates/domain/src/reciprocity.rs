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
    /// Take: a knowledge item or thread read.
    Read,
    /// Take: a tool downloaded.
    Download,
    /// Take: a question asked.
    QuestionAsked,
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
    fn huge_counts_do_not_overflow() {
        let b = balance(&[(KnowledgeWritten, u32::MAX), (Read, u32::MAX)]);
        assert_eq!((b.given, b.taken), (u32::MAX, u32::MAX));
    }
}
