//! Who may do what in the forum, as a pure function of the actor's standing towards a category
//! and the thread's state. Atelier categories are for the atelier's active members; the
//! werkplaats-wide category for every member of the werkplaats. Facilitators (and
//! coordinators) of the atelier moderate; for the werkplaats-wide category, admins do.

/// The actor's standing towards one category (and, where it matters, one thread or post).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ForumStanding {
    /// Platform admin.
    pub admin: bool,
    /// May read and write in the category (active member of its atelier, or of its
    /// werkplaats for the werkplaats-wide category).
    pub participant: bool,
    /// Facilitates the category's atelier.
    pub facilitator: bool,
    /// Started the thread.
    pub thread_author: bool,
    /// Wrote the post.
    pub post_author: bool,
    /// The category belongs to a public atelier: anyone may read it (not write).
    pub public_read: bool,
}

impl ForumStanding {
    fn moderates(self) -> bool {
        self.admin || self.facilitator
    }
}

/// What someone wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForumAction {
    /// Read the category and its threads.
    Read,
    /// Start a thread.
    StartThread,
    /// Reply (the thread must be open).
    Reply,
    /// Edit a post (its author, while the thread is open; moderators always).
    EditPost,
    /// Mark a helpful answer in a practice question.
    MarkHelpful,
    /// Appreciate someone else's post ("waardevol").
    Appreciate,
    /// Flag a post for the moderators.
    Flag,
    /// Hide and restore posts, lock and move threads, see the flags.
    Moderate,
    /// Turn a thread into a draft knowledge item.
    Harvest,
}

/// True when someone with `standing` may do `action`; `locked` and `question` describe the
/// thread (false when there is none).
pub fn can_in_forum(
    standing: ForumStanding,
    action: ForumAction,
    locked: bool,
    question: bool,
) -> bool {
    let member = standing.participant || standing.admin;
    match action {
        ForumAction::Read => member || standing.public_read,
        ForumAction::StartThread => member,
        ForumAction::Reply => member && (!locked || standing.moderates()),
        ForumAction::EditPost => {
            standing.moderates() || (member && standing.post_author && !locked)
        }
        ForumAction::MarkHelpful => {
            question && (standing.moderates() || (member && standing.thread_author))
        }
        ForumAction::Appreciate => member && !standing.post_author,
        ForumAction::Flag => member && !standing.post_author,
        ForumAction::Moderate | ForumAction::Harvest => standing.moderates(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ForumAction as A;

    fn member() -> ForumStanding {
        ForumStanding {
            participant: true,
            ..Default::default()
        }
    }

    #[test]
    fn visitors_read_public_categories_and_do_nothing_else() {
        let visitor = ForumStanding {
            public_read: true,
            ..Default::default()
        };
        assert!(can_in_forum(visitor, A::Read, false, false));
        for action in [
            A::StartThread,
            A::Reply,
            A::Appreciate,
            A::Flag,
            A::EditPost,
            A::Moderate,
        ] {
            assert!(!can_in_forum(visitor, action, false, false), "{action:?}");
        }
    }

    #[test]
    fn outsiders_see_nothing() {
        for action in [
            A::Read,
            A::StartThread,
            A::Reply,
            A::Appreciate,
            A::Flag,
            A::Moderate,
        ] {
            assert!(
                !can_in_forum(ForumStanding::default(), action, false, true),
                "{action:?}"
            );
        }
    }

    #[test]
    fn members_talk_and_locked_threads_stay_quiet() {
        let m = member();
        assert!(can_in_forum(m, A::Read, false, false));
        assert!(can_in_forum(m, A::StartThread, false, false));
        assert!(can_in_forum(m, A::Reply, false, false));
        assert!(!can_in_forum(m, A::Reply, true, false));
        assert!(
            !can_in_forum(m, A::EditPost, false, false),
            "not their post"
        );
        let author = ForumStanding {
            post_author: true,
            ..m
        };
        assert!(can_in_forum(author, A::EditPost, false, false));
        assert!(!can_in_forum(author, A::EditPost, true, false), "locked");
        assert!(
            !can_in_forum(author, A::Appreciate, false, false),
            "not one's own post"
        );
        assert!(can_in_forum(m, A::Appreciate, false, false));
        assert!(!can_in_forum(m, A::Moderate, false, false));
        assert!(!can_in_forum(m, A::Harvest, false, false));
    }

    #[test]
    fn helpful_answers_only_in_questions_by_asker_or_facilitator() {
        let asker = ForumStanding {
            thread_author: true,
            ..member()
        };
        assert!(can_in_forum(asker, A::MarkHelpful, false, true));
        assert!(
            !can_in_forum(asker, A::MarkHelpful, false, false),
            "a discussion or slow question"
        );
        assert!(!can_in_forum(member(), A::MarkHelpful, false, true));
        let facilitator = ForumStanding {
            facilitator: true,
            ..member()
        };
        assert!(can_in_forum(facilitator, A::MarkHelpful, false, true));
    }

    #[test]
    fn moderators_moderate_and_may_still_reply_when_locked() {
        let facilitator = ForumStanding {
            facilitator: true,
            ..member()
        };
        let admin = ForumStanding {
            admin: true,
            ..Default::default()
        };
        for who in [facilitator, admin] {
            assert!(can_in_forum(who, A::Moderate, false, false));
            assert!(can_in_forum(who, A::Harvest, false, false));
            assert!(can_in_forum(who, A::Reply, true, false));
            assert!(can_in_forum(who, A::EditPost, true, false));
        }
    }
}
