package fr.nouage.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.Meetings;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.project.internal.ReviewRepository;

/**
 * The collective and its projects: a "revue de projets" puts chosen projects on a meeting of the
 * collective as items of their own kind; a project in co-décision asks the collective for a decision
 * through the deliberation. What the collective says is written back to each project.
 */
@Service
public class Reviews {

    private final ReviewRepository reviews;
    private final Projects projects;
    private final Meetings meetings;
    private final Bodies bodies;
    private final MessageSource messages;
    private final Clock clock;

    Reviews(ReviewRepository reviews, Projects projects, Meetings meetings, Bodies bodies, MessageSource messages,
            Clock clock) {
        this.reviews = reviews;
        this.projects = projects;
        this.meetings = meetings;
        this.bodies = bodies;
        this.messages = messages;
        this.clock = clock;
    }

    /** The collective's planned meetings whose agenda is still open, by date. */
    public List<Meeting> openMeetings(String territorySiren) {
        return meetings.ofBody(bodies.collective(territorySiren).id()).stream()
                .filter(m -> "PLANNED".equals(m.status()) && !m.agendaFrozen(clock.instant())).toList();
    }

    /**
     * Puts each chosen project on the agenda of a meeting of the collective, as a project review
     * stating its phase and progress.
     *
     * @throws ProjectException INVALID for no project or a meeting that is not the collective's;
     *                          FORBIDDEN, CONFLICT as proposing an item (a frozen agenda)
     */
    @Transactional
    public List<Review> review(String territorySiren, long meetingId, List<Long> projectIds, NouageUser user) {
        Meeting meeting = collectiveMeeting(territorySiren, meetingId);
        if (projectIds == null || projectIds.isEmpty()) {
            throw new ProjectException(Reason.INVALID, "review.error.none");
        }
        if (!MeetingAccess.mayOrganise(user, territorySiren)) {
            throw new ProjectException(Reason.FORBIDDEN, "project.error.forbidden");
        }
        List<Review> added = new ArrayList<>();
        for (long id : projectIds.stream().distinct().toList()) {
            Project project = projects.require(territorySiren, id);
            String description = t("review.itemDescription", t(project.phase().messageKey()), project.progress(),
                    project.title());
            AgendaItem item = meetings.propose(meeting.id(), new Meetings.ProposedItem(t("review.itemTitle",
                    project.title()), description, ItemKind.PROJECT_REVIEW, false, null, false), user);
            reviews.insert(project.id(), meeting.id(), item.id(), Review.Kind.REVIEW, project.progress(), clock.instant());
            projects.changed(project, "review.change.review", user);
            added.add(reviews.byItem(item.id()).orElseThrow());
        }
        return added;
    }

    /**
     * Asks the collective to decide on a project in co-décision: a decision item on the meeting's
     * agenda, on which the collectivités take positions through the deliberation.
     *
     * @throws ProjectException INVALID for a project in another phase or a missing question;
     *                          FORBIDDEN for a user who does not steer it
     */
    @Transactional
    public Review askDecision(long projectId, long meetingId, String question, NouageUser user) {
        Project project = projects.steered(projectId, user);
        if (project.phase() != Phase.CO_DECISION) {
            throw new ProjectException(Reason.INVALID, "review.error.phase");
        }
        String text = Texts.required(question, Projects.TEXT_MAX, "review.error.question");
        Meeting meeting = collectiveMeeting(project.territorySiren(), meetingId);
        AgendaItem item = meetings.propose(meeting.id(), new Meetings.ProposedItem(t("review.decisionTitle",
                project.title()), text, ItemKind.DECISION, false, null, false), user);
        reviews.insert(projectId, meeting.id(), item.id(), Review.Kind.DECISION, project.progress(), clock.instant());
        projects.changed(project, "review.change.decision", user);
        return reviews.byItem(item.id()).orElseThrow();
    }

    public List<Review> ofProject(long projectId) {
        return reviews.ofProject(projectId);
    }

    public Optional<Review> byItem(long itemId) {
        return reviews.byItem(itemId);
    }

    /** Writes back to its project what came out of an item, once its minutes or its decision changed. */
    @Transactional
    public void writeBack(long itemId, String outcome) {
        Optional<Review> review = reviews.byItem(itemId);
        Optional<AgendaItem> item = meetings.item(itemId);
        if (review.isEmpty() || item.isEmpty()) {
            return;
        }
        AgendaItem i = item.get();
        String said = i.outcomeText() != null && !i.outcomeText().isBlank() ? i.outcomeText() : i.minutes();
        String result = outcome != null ? outcome : i.outcome() == null ? review.get().outcome() : i.outcome().name();
        reviews.writeBack(itemId, result, said, clock.instant());
        projects.find(review.get().projectId()).ifPresent(p -> projects.changed(p, "review.change.writtenBack", null));
    }

    private Meeting collectiveMeeting(String territorySiren, long meetingId) {
        long collective = bodies.collective(territorySiren).id();
        return meetings.find(meetingId).filter(m -> m.territorySiren().equals(territorySiren) && m.bodyId() == collective)
                .orElseThrow(() -> new ProjectException(Reason.INVALID, "review.error.meeting"));
    }

    private String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
