package fr.nouage.charter;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.charter.internal.AmendmentRepository;
import fr.nouage.charter.internal.AmendmentRepository.NewAmendment;
import fr.nouage.charter.internal.CharterRepository;
import fr.nouage.charter.internal.CharterText.ArticleText;
import fr.nouage.charter.internal.NextVersion;
import fr.nouage.deliberation.DecisionOutcome;
import fr.nouage.deliberation.ItemDecided;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;

/**
 * Amendments to the articles of the version in force. Proposing one puts a decision item on the
 * agenda of an upcoming meeting of the collective; the collective's decision on that item adopts
 * or rejects it, and adopted amendments make the next numbered version.
 *
 * <p>Two amendments to the same article cannot overwrite each other unseen: the form carries the
 * article's lock counter, which each proposed amendment bumps, and starts from the text of the
 * latest amendment still standing; a writer who read an older state gets a conflict.
 */
@Service
public class CharterAmendments {

    static final int MOTIVE_MAX = 4_000;

    private final AmendmentRepository amendments;
    private final CharterRepository versions;
    private final Charters charters;
    private final NextVersion nextVersion;
    private final Meetings meetings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CharterAmendments(AmendmentRepository amendments, CharterRepository versions, Charters charters,
            NextVersion nextVersion, Meetings meetings, MessageSource messages, ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.amendments = amendments;
        this.versions = versions;
        this.charters = charters;
        this.nextVersion = nextVersion;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What a director proposes for an article.
     *
     * @param rule          the article's rule parameters after the amendment ({@code key = value ; …})
     * @param expectedLock  the article's lock counter when the form was read
     */
    public record Proposal(String articleKey, String title, String text, String rule, String motive, Long meetingId,
            int expectedLock) {
    }

    /**
     * Proposes an amendment and puts it on the agenda of the chosen meeting, as an item to decide.
     *
     * @throws CharterException FORBIDDEN for a user who is not a director of the territory; CONFLICT
     *                          when no version is in force or another amendment to the article was
     *                          saved meanwhile (or the meeting's agenda is frozen); INVALID for a
     *                          missing meeting, no change, a bad text or rule parameter
     */
    @Transactional
    public Amendment propose(String territorySiren, Proposal proposal, NouageUser user) {
        if (!CharterAccess.mayAmend(user, territorySiren)) {
            throw new CharterException(Reason.FORBIDDEN, "charter.error.amendForbidden");
        }
        CharterVersion base = charters.inForce(territorySiren)
                .orElseThrow(() -> new CharterException(Reason.CONFLICT, "charter.error.noVersionInForce"));
        Article article = versions.article(base.id(), proposal.articleKey())
                .orElseThrow(() -> new CharterException(Reason.NOT_FOUND, "charter.error.unknownArticle"));
        ArticleText text = new ArticleText(article.key(), article.theme(), Charters.clean(proposal.title()),
                Charters.clean(proposal.text()), RuleParameters.parse(proposal.rule()));
        Charters.check(text);
        String motive = Charters.clean(proposal.motive());
        if (motive.length() > MOTIVE_MAX) {
            throw new CharterException(Reason.INVALID, "charter.error.motiveTooLong");
        }
        ArticleText start = startingPoint(territorySiren, article);
        if (start.title().equals(text.title()) && start.text().equals(text.text()) && start.rule().equals(text.rule())) {
            throw new CharterException(Reason.INVALID, "charter.error.noChange");
        }
        List<RuleParameters> rules = new ArrayList<>();
        charters.articles(base.id()).stream().filter(a -> !a.key().equals(article.key())).forEach(a -> rules.add(a.rule()));
        rules.add(text.rule());
        RuleParameters.rulesOf(rules);
        Meeting meeting = upcomingMeeting(territorySiren, proposal.meetingId());
        if (!versions.touchArticle(article.id(), proposal.expectedLock())) {
            throw new CharterException(Reason.CONFLICT, "charter.error.amendmentConflict");
        }
        long id = amendments.insert(new NewAmendment(territorySiren, base.id(), article.key(), text.title(), text.text(),
                text.rule(), motive.isEmpty() ? null : motive, user.accountId(), user.displayName(),
                CharterAccess.actingFor(user, territorySiren)), clock.instant());
        AgendaItem item;
        try {
            item = meetings.propose(meeting.id(), new Meetings.ProposedItem(t("charter.amendment.itemTitle",
                    abbreviate(article.title(), 200)), description(text, motive), ItemKind.DECISION, false, null, false), user);
        } catch (MeetingException e) {
            throw new CharterException(Reason.valueOf(e.reason().name()), e.messageKey(), e.arguments());
        }
        amendments.attachItem(id, meeting.id(), item.id());
        events.publishEvent(new AmendmentProposed(territorySiren, id, text.title(), meeting.id(), Actor.of(user),
                clock.instant()));
        return amendments.find(id).orElseThrow();
    }

    /**
     * What a new amendment to an article starts from: the latest amendment of it still standing
     * (proposed or adopted, not yet in a version) or else the article of the version in force.
     */
    public ArticleText startingPoint(String territorySiren, Article article) {
        return amendments.ofArticle(territorySiren, article.key()).stream()
                .filter(a -> a.status() != AmendmentStatus.REJECTED && a.resultVersionId() == null)
                .reduce((first, second) -> second)
                .map(a -> new ArticleText(a.articleKey(), article.theme(), a.newTitle(), a.newText(), a.newRule()))
                .orElseGet(() -> new ArticleText(article.key(), article.theme(), article.title(), article.text(),
                        article.rule()));
    }

    /** Adopts or rejects the amendment behind a decided agenda item. */
    @ApplicationModuleListener
    void on(ItemDecided decided) {
        amendments.ofItem(decided.itemId()).ifPresent(amendment -> {
            boolean adopted = decided.outcome() == DecisionOutcome.ADOPTED;
            if (amendments.decide(amendment.id(), adopted ? AmendmentStatus.ADOPTED : AmendmentStatus.REJECTED,
                    clock.instant()) && adopted) {
                nextVersion.incorporatePending(amendment.territorySiren(), amendment.proposedBy(), decided.by(),
                        clock.instant());
            }
        });
    }

    public Optional<Amendment> find(long id) {
        return amendments.find(id);
    }

    /** Amendments of a territory, most recent first. */
    public List<Amendment> ofTerritory(String territorySiren) {
        return amendments.ofTerritory(territorySiren);
    }

    /** Amendments of one article, oldest first. */
    public List<Amendment> ofArticle(String territorySiren, String articleKey) {
        return amendments.ofArticle(territorySiren, articleKey);
    }

    /** Meetings of the collective whose agenda is still open, for choosing where to discuss an amendment. */
    public List<Meeting> openMeetings(String territorySiren) {
        java.time.Instant now = clock.instant();
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(PARIS));
        return meetings.ofCollective(territorySiren, today, today.plusYears(10)).stream()
                .filter(m -> !m.agendaFrozen(now) && "PLANNED".equals(m.status())).toList();
    }

    private Meeting upcomingMeeting(String territorySiren, Long meetingId) {
        if (meetingId == null) {
            throw new CharterException(Reason.INVALID, "charter.error.meeting");
        }
        Meeting meeting = meetings.find(meetingId).filter(m -> m.territorySiren().equals(territorySiren))
                .orElseThrow(() -> new CharterException(Reason.INVALID, "charter.error.meeting"));
        if (meeting.agendaFrozen(clock.instant())) {
            throw new CharterException(Reason.CONFLICT, "item.error.frozen");
        }
        return meeting;
    }

    private String description(ArticleText text, String motive) {
        StringBuilder d = new StringBuilder();
        if (!motive.isEmpty()) {
            d.append(t("charter.amendment.itemMotive", motive)).append("\n\n");
        }
        d.append(t("charter.amendment.itemText")).append("\n\n").append(text.text());
        if (!text.rule().isEmpty()) {
            d.append("\n\n").append(t("charter.amendment.itemRule", text.rule().format()));
        }
        return d.length() > 10_000 ? d.substring(0, 9_990) + " […]" : d.toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
