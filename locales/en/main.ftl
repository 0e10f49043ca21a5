# Leeratelier — English texts. Every key is also in ../nl/main.ftl.

## General
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-account = My account
nav-admin = Administration
nav-logout = Log out
nav-login = Log in
nav-register = Create account
footer-text = Leeratelier — learning together how to make the impact of social work visible.

## Forms
form-problems = There is a problem
form-error-prefix = Error:
form-error-title-prefix = Error:
error-required = Fill in this field.
error-too-long = Use at most { $limit } characters.
error-email = Enter an e-mail address like name@example.com.
error-choice = Choose one of the options.
error-password-short = Choose a password of at least { $limit } characters.
error-password-is-email = Choose a password that is not your e-mail address.
error-email-taken = There already is an account with this e-mail address. Log in or ask for a new password.
error-password-wrong = This is not your current password.
error-login-failed = The e-mail address or the password is not correct.
error-throttled = Too many attempts. Wait fifteen minutes and try again.
error-invitation-invalid = You can only create an account with a valid invitation. This link is unknown, already used or expired.

## Error pages
error-page-bad-request-title = We do not understand this request
error-page-bad-request-text = Something went wrong with what your browser sent. Go back and try again.
error-page-forbidden-title = No access
error-page-forbidden-text = You do not have access to this page.
error-page-csrf-title = Please try again
error-page-csrf-text = The form had expired, for example because the page was open for a long time. Nothing was saved. Go back, fill in the form again and send it once more.
error-page-csrf-retry = Open the page again
error-page-not-found-title = Page not found
error-page-not-found-text = This page does not exist (any more). Check the address or go to the home page.
error-page-too-large-title = Too large
error-page-too-large-text = What you sent is too large: text up to 1 MB, an attachment up to 20 MB. Make it smaller and try again.
error-page-too-many-title = Please wait
error-page-too-many-text = There were too many requests at once. Try again in a few minutes.
error-page-internal-title = Something went wrong on our side
error-page-internal-text = This is our fault, not yours. Try again later. If it keeps happening, give the code below to the administrator.
error-page-home = Go to the home page
error-page-request-id = Code of this request: { $id }

## Home
home-title = Home
home-heading = How do you make the impact of social work visible?
home-lead = In learning communities, social workers, policy officers, researchers, lecturers and students work together on knowledge and tools that make the impact of social work visible: to yourself, to citizens and to the funder.
home-register = Create account
home-login = Log in
home-welcome = Welcome back, { $name }.
home-members = Members
demo-heading = Demo accounts
demo-text = This is a demonstration. Log in with one of these accounts to look around. Never use it for real data.
demo-col-who = Who
demo-admin = administrator

## Fields
label-email = E-mail address
label-password = Password
label-new-password = New password
label-current-password = Current password
label-display-name = Name
label-organisation-optional = Organisation (optional)
label-background = Background
label-language = Language
hint-display-name = This is how other members see you.
hint-password = At least 12 characters. A sentence of a few words is strong and easy to remember.

## Backgrounds and roles
background-sociaal-werker = Social worker
background-beleidsmedewerker = Policy officer
background-onderzoeker = Researcher
background-docent = Lecturer
background-student = Student
background-ervaringsdeskundige = Expert by experience
background-anders = Other
role-member = member
role-facilitator = learning facilitator
role-coordinator = coordinator

## Create account
register-title = Create account
register-intro = With an account you take part in the learning communities, the forum and the meetings.
register-closed = New accounts need an invitation. Ask an administrator of the werkplaats for one.
register-have-account = Already have an account? Log in.
register-submit = Create account

## Log in
login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-no-account = No account yet? Create one.

## Forgotten password
reset-request-title = Forgot your password
reset-request-intro = Enter your e-mail address. You will get a link to choose a new password. The link works for one hour.
reset-request-submit = Send me a link
reset-request-sent = If there is an account for { $email }, we have sent a link there. Also check your spam folder. The link works for one hour.
reset-back-to-login = Back to log in
reset-title = Choose a new password
reset-expired = This link no longer works. It was already used or is older than one hour.
reset-ask-again = Ask for a new link
reset-submit = Save password

## Account
profile-title = My account
profile-email = You log in with { $email }.
profile-submit = Save
profile-change-password = Change password
password-title = Change password
password-intro = After the change you are logged out on all your other devices.
password-submit = Change password

## Administration
admin-title = Administration
admin-registration-heading = New members
admin-registration-legend = Who may create an account?
admin-registration-open = Anyone
admin-registration-invitation = Only people with an invitation
admin-save = Save
admin-invite-heading = Invite someone
admin-invite-intro = We send a link with which this person creates an account. The link works for fourteen days, once.
admin-invite-submit = Send invitation
admin-open-invitations = Invitations not used yet
admin-invitation-line = { $email },
admin-invitation-until = valid until { $date }

## Messages
flash-registered = Welcome! Your account is ready.
flash-logged-in = You are logged in.
flash-logged-out = You are logged out.
flash-password-changed = Your password has been changed. You are logged out on your other devices.
flash-profile-saved = Your details have been saved.
flash-password-reset = Your new password has been saved and you are logged in.
flash-invited = The invitation has been sent.
flash-settings-saved = The setting has been saved.

## E-mail
mail-reset-subject = New password for Leeratelier
mail-reset-body =
    Dear { $name },

    Someone (hopefully you) asked for a new password for your Leeratelier account.
    Choose a new password with this link. It works for one hour and only once:

    { $link }

    Did you not ask for this? Then you need not do anything. Your password stays the same.

    Regards,
    Leeratelier
mail-invite-subject = Invitation to Leeratelier
mail-invite-body =
    Hello,

    { $inviter } invites you to Leeratelier, the platform of the learning communities.
    Create your account with this link. It works for fourteen days and only once:

    { $link }

    Regards,
    Leeratelier

## Learning communities
home-ateliers = Learning communities
home-themes = Professional development themes
atelier-kind = Learning community
atelier-stage-line = Stage: { $stage }
atelier-member-count = { $count ->
    [one] one member
   *[other] { $count } members
}
atelier-members-only = members only
atelier-themes = Themes
atelier-question = Knowledge question
atelier-mine = Your participation
atelier-mine-active = You take part as { $role }.
atelier-mine-participation = You take part in: { $list }.
atelier-mine-requested = You asked to take part. A learning facilitator will look at your request.
atelier-mine-declined = Your request was not approved.
atelier-withdraw = Withdraw request
atelier-leave = Leave this learning community
atelier-join-heading-open = Take part
atelier-join-heading-approval = Ask to take part
atelier-join-intro-open = Anyone can take part in this learning community. Choose how you want to take part.
atelier-join-intro-approval = A learning facilitator will look at your request. Choose how you want to take part and, if you like, tell why.
atelier-participation-legend = How do you want to take part?
participation-meetings = meetings
participation-public-events = public events
participation-online = online platform
atelier-join-message = Message to the learning facilitator (optional)
atelier-join-submit-open = Take part
atelier-join-submit-approval = Send request
atelier-login-to-join = Log in to take part
atelier-by-invitation = You can only join with an invitation from a learning facilitator.
atelier-members-only-text = What this learning community shares is visible to its members only.
atelier-requests = Requests to take part
atelier-requests-none = There are no open requests.
atelier-decision-message = Message to { $name } (optional)
atelier-approve = Admit { $name }
atelier-decline = Decline { $name }
atelier-members = Members
atelier-members-none = No members yet.
atelier-members-all = All { $count } members
atelier-members-title = Members of { $atelier }
atelier-col-role = Role
atelier-col-participation = Takes part in
atelier-stage-heading = Stage: { $stage }
atelier-stage-history = Stage history
atelier-stage-new = New stage
atelier-stage-reason = Why this stage?
atelier-stage-reason-hint = One or two sentences. Members see this in the history.
atelier-stage-submit = Save stage
error-participation-none = Choose at least one way of taking part.

## Stages of a community of practice (Wenger)
stage-potential = Potential
stage-coalescing = Coalescing
stage-maturing = Maturing
stage-stewardship = Stewardship
stage-transformation = Transformation
stage-potential-activities = People discover a shared question and find each other. Typical: exploring conversations, sharpening the knowledge question together, finding out who already works on it.
stage-coalescing-activities = The group forms: building trust, first meetings, agreements on how to learn together. Typical: getting to know each other's practice, a first shared case.
stage-maturing-activities = The group grows and makes its focus and boundaries clear. Typical: organising knowledge, developing tools, welcoming new members, a learning agenda.
stage-stewardship-activities = The group keeps its knowledge up to date and its voice heard. Typical: updating knowledge products, sharing beyond the group, collecting new questions from practice.
stage-transformation-activities = The group changes radically: it splits, merges with another group or comes to an end. Typical: harvesting what was learned, handing over knowledge, saying goodbye.

## Giving and taking
reciprocity-new = You have just started in this learning community.
reciprocity-mostly-taking = You mostly take knowledge. That is valuable; others like to learn from you too.
reciprocity-balanced = You give and take about equally.
reciprocity-mostly-giving = You give a lot. Thank you!
reciprocity-suggest-tell-use = Tell how you used a tool you downloaded.
reciprocity-suggest-answer = Answer someone else's question.
reciprocity-suggest-improve = Improve or add to a knowledge product you read.
reciprocity-suggest-host = Host a meeting about something you know.
reciprocity-suggest-share-lesson = Share one lesson from your own practice.

flash-stage-changed = The stage has been saved.
flash-joined = Welcome! You now take part.
flash-join-requested = Your request has been sent. You will hear when a learning facilitator has decided.
flash-left = You no longer take part. What you contributed stays.
flash-request-approved = The request has been approved. We have sent the person a message.
flash-request-declined = The request has been declined. We have sent the person a message.

mail-join-approved-subject = You take part in { $atelier }
mail-join-approved-body =
    Dear { $name },

    Your request to take part in the learning community { $atelier } has been approved. Welcome!

    { $message }

    Regards,
    Leeratelier
mail-join-declined-subject = Your request for { $atelier }
mail-join-declined-body =
    Dear { $name },

    Your request to take part in the learning community { $atelier } was not approved.

    { $message }

    Regards,
    Leeratelier

## Giving and taking: own balance
reciprocity-heading = Giving and taking
reciprocity-private = Only you see this. There is no ranking.
reciprocity-given = given: { $points } points
reciprocity-taken = taken: { $points } points
reciprocity-suggestion = An idea:

## Dashboard for learning facilitators
dashboard-link = Dashboard for learning facilitators
dashboard-title = Dashboard: { $atelier }
dashboard-open-requests = { $count ->
    [one] one open request
   *[other] { $count } open requests
}
dashboard-backgrounds = Members by background
dashboard-backgrounds-desc = Number of members of { $atelier } per professional background.
dashboard-participation = Ways of taking part
dashboard-participation-desc = Number of members of { $atelier } taking part in meetings, public events and the online platform.
dashboard-activity = Activity
dashboard-activity-desc = Number of recorded activities in { $atelier } per period of thirty days.
dashboard-col-members = Members
dashboard-col-period = Period
dashboard-col-activities = Activities
dashboard-period-now = last { $days } days
dashboard-period-ago = { $from }–{ $to } days ago
dashboard-reciprocity = Giving and taking, together
dashboard-reciprocity-intro = Added up for all members. You do not see who gives or takes what: it is about the group.
dashboard-given = Given together (points)
dashboard-taken = Taken together (points)
dashboard-members-new = Members who have just started
dashboard-members-taking = Members who mostly take
dashboard-members-balanced = Members in balance
dashboard-members-giving = Members who mostly give

## Creating and editing a learning community
home-new-atelier = New learning community
atelier-new-title = New learning community
atelier-edit-title = Edit learning community
atelier-edit-heading = Edit { $atelier }
atelier-edit-link = Edit learning community
atelier-field-name = Name
atelier-field-question-hint = The shared question the learning community works on.
atelier-field-description = Description (optional)
atelier-field-visibility = Who may see the page?
atelier-field-join-policy = How do people join?
visibility-public = Anyone, also without an account
visibility-members = Members only
join-policy-open = Anyone with an account can join at once
join-policy-approval = After approval by a learning facilitator
join-policy-invitation = Only with an invitation
atelier-save = Save
flash-atelier-saved = The learning community has been saved.
error-name-letters = Use letters or digits in the name too.
error-name-taken = There already is a learning community with this name.

## Agenda
agenda-heading = Agenda
agenda-intro = Members propose topics and support each other's proposals. A learning facilitator puts a topic on the agenda or closes it with a reason.
agenda-none = There are no proposals yet.
agenda-proposed-by = proposed by { $name }
agenda-supporters = { $count ->
    [one] one member supports this
   *[other] { $count } members support this
}
agenda-support = Support “{ $title }”
agenda-unsupport = Withdraw support for “{ $title }”
agenda-note = Note on “{ $title }”
agenda-note-hint = Required when closing: why not? When scheduling: when, if you already know.
agenda-schedule = Put on the agenda
agenda-close = Close
agenda-scheduled = On the agenda
agenda-closed = Closed
agenda-propose = Propose a topic
agenda-title = Topic
agenda-why = Why this topic? (optional)
agenda-propose-submit = Propose
flash-topic-proposed = Your proposal is on the list. You already support it yourself.
flash-support-saved = Your support has been updated.
flash-topic-decided = The decision has been saved.

## Inviting to a learning community
atelier-invite-heading = Invite someone
atelier-invite-intro = We send a link with which this person joins, also without an account yet. The link works for fourteen days, once.
invitation-title = Invitation
invitation-for = You are invited to the learning community { $atelier }.
invitation-accept = Accept invitation
invitation-need-account = First create an account or log in. Then you come back to this page.
invitation-gone = This invitation no longer works. It was already used or is older than fourteen days. Ask the learning facilitator for a new one.
mail-atelier-invite-subject = Invitation to the learning community { $atelier }
mail-atelier-invite-body =
    Hello,

    { $inviter } invites you to the learning community { $atelier } on Leeratelier.
    The question the learning community works on: { $question }

    Accept the invitation with this link. If you do not have an account yet, you create one first.
    The link works for fourteen days and only once:

    { $link }

    Regards,
    Leeratelier

## Members and profiles
nav-members = Members
members-title = Members
members-intro = Find colleagues in the werkplaats. You only see what people choose to show.
members-filter = Search members
members-any-background = All backgrounds
members-ask-about = Ask me about
members-filter-submit = Search
members-count = { $count ->
    [one] one member found
   *[other] { $count } members found
}
label-bio = About me (optional)
hint-expertise = Topics others may ask you about, separated by commas. For example: debt support, collecting stories.
label-who-sees = Who sees what?
hint-who-sees = Your name is always visible to logged-in members. Nobody sees your e-mail address unless you choose so here.
label-email-visibility = E-mail address
label-organisation-visibility = Organisation
label-background-visibility = Background
label-expertise-visibility = About me and "ask me about"
label-ateliers-visibility = Learning communities I take part in
field-visibility-private = Only me
field-visibility-members = Logged-in members
field-visibility-public = Everyone
label-attribution = How do my contributions appear on the platform?
attribution-name = With my name
attribution-anonymous = As "a member", without a name
profile-view-own = See how others see your profile
error-tag-too-long = Make each topic at most { $limit } characters long.
error-too-many-tags = Name at most { $limit } topics.
atelier-col-actions = Actions
atelier-remove = Remove { $name }
flash-member-removed = The member has been removed. What they contributed stays.

## Managing the werkplaats
home-manage-werkplaats = Manage werkplaats and themes
werkplaats-settings-title = Manage werkplaats
werkplaats-settings-about = About the werkplaats
werkplaats-themes-intro = Professional development themes run through learning communities. Link them to a learning community on that community's page.
werkplaats-theme-form = Theme { $name }
werkplaats-theme-save = Save { $name }
werkplaats-theme-new = New theme
werkplaats-theme-add = Add theme
flash-theme-saved = The theme has been saved.
error-theme-taken = There already is a theme with this name.
admin-werkplaats-heading = New werkplaats
admin-werkplaats-intro = One platform can hold several werkplaatsen, for example for a national network. You become coordinator of the new werkplaats.
admin-werkplaats-submit = Create werkplaats
flash-werkplaats-created = The werkplaats has been created.
error-werkplaats-taken = There already is a werkplaats with this name.

## Knowledge base
nav-knowledge = Knowledge base
pagination-label = Pages
someone = A participant
knowledge-title = Knowledge base
knowledge-intro = Articles, tools, methods, practice examples, publications and reports from the learning communities. Search for a word or choose a filter.
knowledge-search-title = Search for “{ $query }”
knowledge-search-label = Search the knowledge base
knowledge-search-submit = Search
knowledge-search-hint = For example: methods, stories, municipalities. Other forms of a word are found too.
knowledge-new-title = New knowledge product
knowledge-new-atelier = For which learning community?
knowledge-new-start = Start writing
knowledge-work-heading = My drafts and reviews
knowledge-facets-heading = Filters
knowledge-facets-clear = Remove all filters
knowledge-facet-selected = Chosen:
knowledge-facet-type = Kind
knowledge-facet-atelier = Learning community
knowledge-facet-theme = Theme
knowledge-facet-tag = Topic
knowledge-facet-language = Language
knowledge-facet-year = Year
knowledge-latest = New in the knowledge base
knowledge-results-count = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
}
knowledge-results-more = More than { $count } results
knowledge-nothing-searchable = Your search has no words we can search for. Try another word.
knowledge-no-results = Nothing found. Try another word or remove a filter.
knowledge-feed-link = Follow new knowledge products (Atom feed)
knowledge-kind-artikel = Article
knowledge-kind-tool = Tool or exercise
knowledge-kind-methode = Method
knowledge-kind-casus = Practice example
knowledge-kind-publicatie = Publication
knowledge-kind-verslag = Report
knowledge-status-draft = Draft
knowledge-status-review = In review
knowledge-status-published = Published
knowledge-status-archived = Archived
knowledge-status-draft-explained = This is a draft. Only you, the reviewers you ask and the facilitators see it. Ask reviewers to read along when it is ready.
knowledge-status-review-explained = This knowledge product waits for review. Reviewers comment; a facilitator publishes it.
knowledge-status-published-explained = This knowledge product is published. Every change becomes a new version.
knowledge-status-archived-explained = This knowledge product is archived. It can still be read, but search no longer finds it.
knowledge-visibility-public = Everyone, also without an account
knowledge-visibility-werkplaats = Participants of the werkplaats
knowledge-visibility-atelier = Only participants of this learning community
content-language-nl = Dutch
content-language-en = English
knowledge-edit-title = Edit knowledge product
knowledge-preview-heading = Preview
knowledge-field-title = Title
knowledge-field-kind = Kind
knowledge-field-summary = Summary
knowledge-field-summary-hint = One or two sentences: what is it about and who is it for?
knowledge-field-body = Text
knowledge-field-body-hint = You can use Markdown: ## for a heading, * for a list, **bold** and [text](https://address) for a link.
knowledge-practical-legend = For tools and methods
knowledge-practical-hint = Only fill this in for a tool, exercise or method.
knowledge-field-purpose = Purpose
knowledge-field-duration = Duration
knowledge-field-group_size = Group size
knowledge-field-materials = What you need
knowledge-field-target_group = Target group
knowledge-field-authors = Authors
knowledge-field-authors-hint = As you want to be cited, for example: S. de Wit, A. Verbeek.
knowledge-field-organisations = Contributing organisations
knowledge-field-tags = Topics
knowledge-field-tags-hint = Separate topics with a comma, for example: neighbourhood team, stories.
knowledge-field-themes = Themes
knowledge-field-visibility = Who may read this once it is published?
knowledge-field-language = Language of the text
knowledge-field-licence = Licence
knowledge-field-message = What did you change?
knowledge-field-message-hint = A short note for the version history.
knowledge-save = Save
knowledge-save-draft = Save as draft
knowledge-preview = Preview
knowledge-published-on = Published on
knowledge-updated-on = Last updated
knowledge-source = Source
knowledge-links-label = With this knowledge product
knowledge-edit-link = Edit
knowledge-history-link = { $count ->
    [one] Version history (1 version)
   *[other] Version history ({ $count } versions)
}
knowledge-markdown-link = Download as Markdown
knowledge-print-link = Printable version
knowledge-workflow-heading = Status
knowledge-no-reviewers = There are no other participants in this learning community yet whom you can ask for a review.
knowledge-reviewers-legend = Whom do you ask to read along?
knowledge-submit = Ask for review
knowledge-publish = Publish
knowledge-return = Send back to the author
knowledge-archive = Archive
knowledge-review-heading = Review
knowledge-reviewers-asked = Asked to read along:
knowledge-verdict-legend = Your verdict
knowledge-verdict-comment-choice = Just a comment
knowledge-verdict-approve-choice = Ready to publish
knowledge-verdict-changes-choice = Change it first
knowledge-verdict-approve = Ready to publish
knowledge-verdict-changes = Change it first
knowledge-comment-label = Comment
knowledge-comment-submit = Post comment
knowledge-history-title = Version history
knowledge-history-caption = All published versions, newest first
knowledge-compare-from = Compare version
knowledge-compare-to = with version
knowledge-compare-submit = Compare
knowledge-revision = Version
knowledge-revision-name = Version { $number }
knowledge-revision-when = Date
knowledge-revision-who = By
knowledge-revision-message = Note
knowledge-revision-actions = Restore
knowledge-revision-current = Current version
knowledge-restore = Restore version { $number }
knowledge-compare-title = Compare versions
knowledge-compare-from-line = From version { $number }
knowledge-compare-to-line = to version { $number }.
knowledge-compare-legend = Struck-through lines were removed, underlined lines were added.
knowledge-compare-same = These versions are the same.
knowledge-diff-added = Added:
knowledge-diff-removed = Removed:
knowledge-revision-edited = Updated
knowledge-revision-published = Published
knowledge-revision-restored = Version { $number } restored
error-reviewer-none = Choose at least one reviewer.
mail-review-asked-subject = Will you read along: { $title }
mail-review-asked-body = { $who } asks you to read along with “{ $title }”.

    Read the draft and give your comments:
    { $link }
mail-review-comment-subject = New comment on { $title }
mail-review-comment-body = { $who } posted a comment on “{ $title }”.

    Read the comment:
    { $link }
flash-item-created = Your draft has been saved.
flash-item-saved = Your changes have been saved.
flash-item-submitted = The reviewers have been notified.
flash-comment-saved = Your comment has been posted.
flash-item-published = The knowledge product has been published.
flash-item-returned = The knowledge product has been sent back to the author.
flash-item-archived = The knowledge product has been archived.
flash-revision-restored = The older version has been restored as the newest version.
atelier-knowledge-heading = Knowledge from this learning community
atelier-knowledge-empty = No published knowledge yet.
atelier-knowledge-new = Write a knowledge product
atelier-knowledge-all = Everything of this learning community in the knowledge base
atelier-knowledge-feed = Atom feed of this learning community

## Attachments
attachments-heading = Attachments
attachments-none = There are no attachments yet.
attachments-remove = Remove
attachments-file-label = Add a file
attachments-file-hint = Allowed: { $types }. At most { $megabytes } MB. Do not put client data in an attachment.
attachments-submit = Upload attachment
attachment-error-missing = Choose a file to upload.
attachment-error-empty = The file is empty.
attachment-error-too-large = The file is too large. An attachment may be at most 20 MB.
attachment-error-type = This kind of file cannot be attached. Choose a PDF, an Office or OpenDocument file, an image (PNG, JPEG) or text (TXT, MD, CSV).
attachment-error-disguised = The file's content does not match its name (for example a program ending in “.pdf”). Save it again in the right format.
attachment-error-too-many = This item already has the most attachments allowed. Remove one first.
flash-attachment-added = The attachment has been added.
flash-attachment-removed = The attachment has been removed.

## Collections
knowledge-collections-link = Collections: knowledge put together
collections-title = Collections
collections-intro = Learning facilitators put knowledge items together in a sensible order, such as “Impact: getting started”. In a collection you only see what you may read.
collections-none = There are no collections yet.
collections-new-heading = New collection
collections-field-atelier = Learning community
collections-field-title = Title
collections-field-description = Description
collections-field-description-hint = What is this collection for and how do you use it? Markdown is allowed.
collections-create = Create collection
collections-by-atelier = Put together by learning community { $atelier }
collections-items-heading = In this collection
collections-items-none = This collection holds no items you can read yet. Add them from the page of a published item.
collections-move-up = Up
collections-move-down = Down
collections-remove-item = Take out of collection
collections-manage-heading = Manage collection
collections-manage-hint = You add items from their own page. Deleting removes only the collection; the items stay.
collections-save = Save
collections-delete = Delete collection
collections-of-item-heading = Collections
collections-add-label = Add to collection
collections-add-submit = Add
collection-error-unpublished = Only published items can be put in a collection.
flash-collection-created = The collection has been created. Add items from their page.
flash-collection-saved = The collection has been updated.
flash-collection-deleted = The collection has been deleted.
flash-collection-item-added = The item is now in the collection.

## Forum
nav-forum = Forum
forum-title = Forum
forum-intro = Join the conversation in your learning communities: ask a practice question, share what you see, or raise a slow question that needs time.
forum-no-categories = You are not yet a member of a learning community with a forum.
forum-werkplaats-wide = Whole workshop
forum-thread-count = { $count ->
    [one] one topic
   *[other] { $count } topics
}
forum-post-count = { $count ->
    [one] one post
   *[other] { $count } posts
}
forum-last-activity = last active
forum-new-thread = New topic
forum-no-threads = Nothing has been asked or discussed here yet. Will you start?
forum-answered = answered
forum-locked = closed
forum-kind-discussion = Discussion
forum-kind-question = Practice question
forum-kind-slow = Slow question
forum-kind-discussion-hint = A topic to talk about together.
forum-kind-question-hint = A question from your practice. You or the facilitator can mark an answer as helpful.
forum-kind-slow-hint = A deeper or ethical question that needs time. Never "solved"; can go on a meeting agenda.
forum-slow-heading = A slow question
forum-slow-prompt = Take your time. What does this question bring up for you, which experience or doubt do you recognise? Replying in a few days is fine; a quick answer is not the aim here.
forum-go-to-helpful = Go to the helpful answer
forum-edited = edited
forum-helpful-badge = Helpful answer
forum-post-hidden = This post has been hidden by a facilitator.
forum-appreciate = Valuable
forum-post-by = post by
forum-appreciations = { $count ->
    [one] found valuable once
   *[other] found valuable { $count } times
}
forum-mark-helpful = Mark as helpful answer
forum-edit = Edit
forum-reply-heading = Reply
forum-field-reply = Your reply
forum-field-body-hint = Markdown is allowed. Do not mention names or other details of clients.
forum-reply-submit = Post reply
forum-locked-explained = This topic is closed: no more replies can be added.
forum-field-title = Title
forum-field-kind = Kind of topic
forum-field-body = Your post
forum-start-submit = Post topic
forum-edit-title = Edit post
forum-edit-intro = Readers see that your post was edited and can read the earlier version.
forum-edit-submit = Save change
forum-back-to-post = Back to the post
forum-history-title = History of a post
forum-history-current = Current version
forum-history-earlier = Earlier versions
forum-history-changed-by = Changed by
forum-error-locked = This topic is closed: no more replies can be added.
forum-error-stale-form = The form had expired. Copy your text, reload the page and try again.
guard-title = Does this contain client data?
guard-intro = Before we post your message, we check for details that could identify a client. We saw:
guard-advice = Make the post anonymous (for example “a mother of three” instead of a name; no date of birth, citizen service number or address). Not client data? Tick the box below and send again.
guard-confirm = I have checked: these are not details about a client.
guard-sign-bsn = something that looks like a citizen service number
guard-sign-birth-date = something that looks like a date of birth
guard-sign-address = something that looks like an address
guard-sign-name = a name next to such details
flash-thread-created = Your topic has been posted.
flash-reply-saved = Your reply has been posted.
flash-post-edited = Your change has been saved.
flash-helpful-marked = The answer has been marked as helpful.
flash-post-appreciated = Thank you: the writer sees that you found this valuable.
knowledge-kind-bericht = Forum post
knowledge-kind-evenement = Event
forum-new-category = New category
forum-queue-title = Flags for moderation
forum-queue-empty = There are no open flags.
forum-flagged-by = flagged by
forum-already-hidden = already hidden
forum-flag = Flag
forum-flag-reason = Why do you flag this post?
forum-flag-submit = Send flag
forum-hide = Hide
forum-restore = Show again
forum-lock = Close topic
forum-unlock = Reopen topic
forum-move = Move
forum-move-to = Move to category
forum-moderation-heading = Moderation
forum-moderation-reason = Reason (kept in the log)
forum-harvest = Harvest as knowledge item
forum-harvest-explained = Turn this topic into a draft report in the knowledge base, with a link back. You edit the draft before it is published.
forum-harvested-in = Harvested in the knowledge base
forum-harvest-intro = Harvested from the forum topic [{ $title }]({ $link }). Edit this draft: summarise what the conversation produced and remove what should not be shared.
forum-harvest-summary = What a conversation in the forum produced.
forum-error-harvest-werkplaats = Only topics from a learning community can be harvested.
forum-log-title = Moderation log
forum-log-empty = Nothing has been moderated in this topic yet.
forum-log-when = When
forum-log-who = Who
forum-log-what = What
forum-log-why = Why
forum-log-post = post
forum-back-to-thread = Back to the topic
forum-action-hide = Post hidden
forum-action-restore = Post shown again
forum-action-lock = Topic closed
forum-action-unlock = Topic reopened
forum-action-move = Topic moved
forum-field-category-name = Name
forum-field-category-description = What is it about? (one sentence)
forum-category-create = Create category
flash-post-flagged = Thank you. The facilitator will look at your flag.
flash-post-hidden = The post has been hidden.
flash-post-restored = The post is visible again.
flash-thread-locked = The topic has been closed.
flash-thread-unlocked = The topic has been reopened.
flash-thread-moved = The topic has been moved.
flash-thread-harvested = The draft is ready in the knowledge base. Edit it and ask for a review.
flash-category-created = The category has been created.
forum-unread = { $count ->
    [one] one new post
   *[other] { $count } new posts
}
forum-new-badge = New
nav-notifications = Notifications
nav-notifications-unread = unread
forum-watch-thread = Follow
forum-unwatch-thread = Stop following
forum-watch-category = Follow category
forum-unwatch-category = Stop following category
notifications-title = Notifications
notifications-unread = { $count ->
    [0] You have no new notifications.
    [one] You have one new notification.
   *[other] You have { $count } new notifications.
}
notifications-none = No notifications yet. You get them when someone mentions you (with @ and your name), replies to your topic, or writes in something you follow.
notifications-mark-read = Mark all as read
notification-kind-mention = You were mentioned
notification-kind-reply = Reply to your topic
notification-kind-watched_thread = New in a topic you follow
notification-kind-watched_category = New in a category you follow
notifications-digest-heading = Summary by e-mail
notifications-digest-legend = How often do you want a summary of your notifications by e-mail?
notifications-digest-save = Save
digest-off-choice = Never (default)
digest-daily-choice = Every day
digest-weekly-choice = Every week
digest-daily = daily
digest-weekly = weekly
digest-off = never
digest-subject = { $count ->
    [one] One new notification in your learning communities
   *[other] { $count } new notifications in your learning communities
}
digest-body = New in your learning communities since your last summary:

    { $items }

    You get this summary { $frequency }. Unsubscribe in one click: { $unsubscribe }
    Settings: { $settings }
digest-item-mention = { $who } mentioned you in “{ $title }”
digest-item-reply = { $who } replied to your topic “{ $title }”
digest-item-watched-thread = { $who } wrote in “{ $title }”
digest-item-watched-category = { $who } wrote in “{ $title }”
unsubscribe-title = Unsubscribe from the e-mail summary
unsubscribe-ask = Don't want a summary of your notifications by e-mail any more? Your notifications stay in the app.
unsubscribe-submit = Unsubscribe
unsubscribe-done = You have been unsubscribed. You will no longer get a summary by e-mail. After logging in you can turn it on again under Notifications.
unsubscribe-unknown = We do not know this unsubscribe link (any more): you may have unsubscribed already, or the link comes from an older summary. Log in and choose under Notifications how often you want a summary.
flash-notifications-read = All notifications are marked as read.
flash-digest-saved = Your choice has been saved.
flash-watch-saved = Your choice has been saved.
forum-quote = Quote
forum-quote-intro = @{ $who } wrote:
forum-put-on-agenda = Put on a meeting agenda
forum-agenda-description = Slow question from the forum: { $link }
flash-put-on-agenda = The slow question is now among the topics proposed for the agenda.
forum-log-in-to-reply = Log in to reply.
forum-join-to-reply = Only members of this learning community can reply here. Join on the community's page.
forum-history-shielded = This earlier version is shielded: it seemed to contain client data. Only the writer and the facilitators see it.
forum-manage-category = Manage category
forum-delete-category = Delete category
forum-delete-category-hint = Only an empty category can be deleted. Move its topics to another category first.
forum-category-order-hint = Move this category up or down in the atelier's list.
forum-category-up = Move up
forum-category-down = Move down
forum-error-category-not-empty = This category still has topics. Move them to another category first.
flash-category-saved = The category has been updated.
flash-category-deleted = The category has been deleted.
flash-category-moved = The order of the categories has changed.
forum-harvest-posts = Which posts do you take along?

## Agenda (events)
nav-agenda = Agenda
calendar-title = Agenda
calendar-intro = Meetings, intervision and public events of the werkplaats and its learning communities.
calendar-new-event = New event
calendar-empty = No events are planned yet.
calendar-feed-heading = Your agenda in your own calendar
calendar-feed-explained = With this secret address your calendar (Outlook, Google, Apple) shows every event you registered for. Do not share it; make a new address if it reached others.
calendar-feed-label = Address of your calendar feed
calendar-feed-reset = Make a new secret address
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
event-kind-meeting = Meeting
event-kind-intervision = Intervision
event-kind-public = Public event
event-mode-in_person = In person
event-mode-online = Online
event-mode-hybrid = Hybrid
event-cancelled = Cancelled
event-cancelled-notice = This event will not take place.
event-when = When
event-where = Where
event-online-link = Join online
event-online-link-hidden = You see the link here once you have registered.
event-places = Places
event-places-left = { $count ->
    [one] One place left
   *[other] { $count } places left
}
event-places-total = { $count } in total
event-waiting-count = { $count } on the waiting list
event-places-unlimited = Unlimited
event-deadline = Registration open until
event-organisers = Organised by
event-add-to-calendar = Add to your calendar (.ics)
event-rsvp-heading = Registration
event-your-status-going = You are registered.
event-your-status-maybe = You might come.
event-your-status-not_going = You said you will not come.
event-your-status-waiting = You are on the waiting list. If a place frees up, you get a mail.
event-your-status-offered = A place has become free for you.
event-offer-until = Confirm before { $until }, or the place goes to the next on the waiting list.
event-confirm-offer = I am coming: confirm my place
event-going = I am coming
event-join-waiting-list = Full: put me on the waiting list
event-maybe = Maybe
event-not-going = I am not coming
event-log-in-to-register = Log in to register
event-registration-closed = Registration is closed; you can still cancel.
event-registration-closed-or-members = You cannot register (any more): it is closed or for members of the atelier only.
event-organise-heading = Organise
event-edit = Edit event
event-export-csv = Download the attendee list (CSV)
event-no-registrations = Nobody has registered yet.
event-attendees-caption = Registrations and attendance
event-check-in = { $name } was there
event-undo-check-in = Undo: { $name }
event-cancel-hint = Cancelling keeps the event, marked as cancelled, and mails everyone who registered.
event-cancel = Cancel event
event-status-going = Coming
event-status-maybe = Maybe
event-status-not_going = Not coming
event-status-waiting = Waiting list
event-status-offered = Place offered
csv-name = Name
csv-email = E-mail
csv-organisation = Organisation
csv-background = Background
csv-status = Registration
csv-checked-in = Present
event-present-yes = yes
event-present-no = no
event-field-title = Title
event-field-kind = Kind
event-field-mode = Format
event-field-date = Date
event-field-date-hint = For example 2026-12-10.
event-field-start = Start time
event-field-end = End time
event-field-time-hint = For example 19:30 (Dutch time).
event-field-end-date = End date (if different)
event-field-end-date-hint = Only for an event of several days.
event-field-location = Location
event-field-location-hint = Address or room; required when you meet in person.
event-field-online-url = Link to join online
event-field-online-url-hint = An https link; only people who register see it.
event-field-capacity = Number of places
event-field-capacity-hint = Leave empty for unlimited. When full, a waiting list starts.
event-field-deadline-date = Registration closes (date)
event-field-deadline-hint = Leave empty: registration stays open until the start.
event-field-deadline-time = Registration closes (time)
event-field-description = Description
event-create = Plan event
error-event-time = Enter a valid date and time, such as 2026-12-10 and 19:30.
error-event-time-skipped = This time does not exist: the clocks go forward an hour then.
error-event-in-past = This date is in the past.
error-event-end-before-start = The end must come after the start.
error-event-online-url = Give an https link to join online.
error-event-capacity = Enter a number of places of 1 or more, or leave it empty.
error-event-deadline-after-start = Registration must close before the start.
error-event-cancelled = This event has been cancelled.
error-event-registration-closed = Registration is closed.
flash-event-created = The event is in the agenda.
flash-event-saved = Your changes are saved.
flash-event-cancelled = The event is cancelled; everyone who registered gets a mail.
flash-event-going = You are registered.
flash-event-waiting = It is full: you are on the waiting list.
flash-event-maybe = Noted: maybe.
flash-event-not-going = Noted: you are not coming.
flash-event-checked-in = Attendance updated.
flash-feed-reset = You have a new address; the old one no longer works.
event-cancelled-subject = Cancelled: { $title }
event-cancelled-body = The event "{ $title }" on { $when } will not take place.

    { $link }
event-offer-subject = A place is free: { $title }
event-offer-body = Good news: a place has become free for "{ $title }" on { $when }, and it is yours. Confirm within two days on the event's page; after that the place goes to the next person on the waiting list.

    { $link }
event-guest-intro = You can register without an account: we only ask your name and e-mail address.
event-guest-or-log-in = Have an account? Log in instead.
event-guest-name = Your name
event-guest-email = Your e-mail address
event-guest-email-hint = You get a mail with a link to confirm your registration.
event-guest-keep-informed = Keep me informed about later events (otherwise your data is deleted 30 days after the event)
event-guest-submit = Register
event-guest-page-title = Your registration
event-guest-hello = Hello { $name }.
event-guest-status-pending = Confirm your registration with the button below.
event-guest-status-going = You are registered.
event-guest-status-waiting = It is full: you are on the waiting list. If a place frees up, you get a mail.
event-guest-status-offered = A place has become free for you.
event-guest-status-not_going = You cancelled your registration.
event-guest-status-maybe = You might come.
event-guest-confirm = Confirm registration
event-guest-privacy = We use your name and e-mail address only for this event and delete them 30 days after it, unless you asked to stay informed.
background-guest = Guest (no account)
flash-guest-check-mail = Almost done: confirm your registration with the link in the mail we sent you.
flash-guest-already-confirmed = Your registration was confirmed already; nothing changed.
event-guest-confirm-subject = Confirm your registration: { $title }
event-guest-confirm-body = You registered for "{ $title }" on { $when }. Confirm your registration (or cancel it) with this link:

    { $link }

    Did you not register? Then ignore this mail; nothing happens.
calendar-showing-mine = You see the events you are invited to (by how you take part) and the public events.
calendar-show-all = Show all events
calendar-show-mine = Show only my events
event-invitation-subject = Invitation: { $title }
event-invitation-body = You are invited to "{ $title }" on { $when }. Register (or say you will not come) on the event's page:

    { $link }
atelier-events-heading = Meetings and events
atelier-events-empty = Nothing is planned yet.
atelier-events-feed = This atelier's agenda in your calendar (.ics)
notifications-reminders-heading = Reminders
notifications-reminders-label = Send me a reminder a day before an event I registered for
notifications-reminders-save = Save
flash-reminders-saved = Your choice for reminders is saved.
event-reminder-subject = Tomorrow: { $title }
event-reminder-body = A reminder: tomorrow, { $when }, is "{ $title }". Cannot come after all? Cancel, and your place goes to someone on the waiting list.

    { $link }
event-session-heading = Run the intervision
event-session-format = Format
event-session-format-none = (no format yet)
event-session-run = Run the session (steps on the screen)
event-session-step = Step { $number }
event-session-step-of = Step { $number } of
event-session-minutes = { $count ->
    [one] one minute
   *[other] { $count } minutes
}
event-session-steps = Steps of the session
event-session-previous = Previous step
event-session-next = Next step
event-session-notes = Notes (anonymous)
event-session-save-notes = Save notes
event-report-heading = Report of the meeting
event-report-published = A draft of this report is in the knowledge base.
event-report-open = Open the report
event-report-insights = Key insights
event-report-decisions = Decisions
event-report-actions = Follow-up actions
event-report-anonymous-hint = Write without names or identifying details of clients.
event-report-save = Save report
event-report-publish-hint = Publishing makes a draft report in the atelier's knowledge base, with attendance by background, the insights, decisions, actions and notes. Facilitators then decide who can read it.
event-report-publish = Publish the report in the knowledge base
event-report-title = Report: { $title }
event-report-summary = Report of a meeting of the learning community: who was there, what we learned and what we agreed.
event-report-intro = Report of "{ $title }" ({ $link }).
event-report-attendance = Present
event-report-attendance-count = { $count ->
    [one] One participant.
   *[other] { $count } participants.
}
event-report-notes = Notes
error-event-report-empty = Fill in at least the insights, decisions or actions.
error-event-report-no-atelier = Only an atelier's event gets a report in the knowledge base.
flash-notes-saved = The notes are saved.
flash-report-saved = The report is saved.
flash-report-published = The report is in the knowledge base as a draft.
event-topics-heading = Agenda of the meeting
event-topics-none = No topics are on the agenda yet.
event-topics-add-label = Proposed topic
event-topics-add = Put on the agenda
flash-topic-scheduled = The topic is on the meeting's agenda.
event-field-repeat = Repeat
event-repeat-none = Once
event-repeat-weekly = Every week
event-repeat-biweekly = Every two weeks
event-repeat-fourweekly = Every four weeks
event-repeat-monthly-weekday = Every month on the same weekday (for example every fourth Thursday)
event-field-repeat-count = Number of dates
event-field-repeat-count-hint = How many dates, at most 24. Each date has its own registration.
error-event-repeat-count = Enter a number from 1 to { $limit }.
event-series-heading = All dates of this series
calendar-list-view = List
calendar-previous-month = Previous month
calendar-next-month = Next month
calendar-month-view = Month view
weekday-1 = Monday
weekday-1-short = Mon
weekday-2 = Tuesday
weekday-2-short = Tue
weekday-3 = Wednesday
weekday-3-short = Wed
weekday-4 = Thursday
weekday-4-short = Thu
weekday-5 = Friday
weekday-5-short = Fri
weekday-6 = Saturday
weekday-6-short = Sat
weekday-7 = Sunday
weekday-7-short = Sun
event-organiser-add-label = Co-organiser
event-organiser-add = Add to the organisers
flash-organiser-added = An organiser has been added.
error-event-too-far = Plan an event no more than ten years ahead.
error-event-series-skipped = One of the dates falls in the hour the clocks go forward; choose another time.
error-event-report-client-data = This looks like it holds data about a client; the report is not saved yet.
