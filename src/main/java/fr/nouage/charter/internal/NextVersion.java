package fr.nouage.charter.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.nouage.account.Actor;
import fr.nouage.charter.Amendment;
import fr.nouage.charter.Article;
import fr.nouage.charter.CharterStatus;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.CharterVersionCreated;
import fr.nouage.charter.internal.CharterText.ArticleText;

/**
 * Gathers the adopted amendments into the next numbered version: a draft copied from the version in
 * force, each amendment replacing its article (title, text and rule), in the order they were
 * proposed. While a version is proposed for adoption, adopted amendments wait for the next draft.
 */
@Component
public class NextVersion {

    private final CharterRepository versions;
    private final AmendmentRepository amendments;
    private final ApplicationEventPublisher events;

    NextVersion(CharterRepository versions, AmendmentRepository amendments, ApplicationEventPublisher events) {
        this.versions = versions;
        this.amendments = amendments;
        this.events = events;
    }

    /**
     * Puts the adopted amendments not yet in a version into the next draft, creating it if needed
     * (announced as {@link CharterVersionCreated}, made by {@code actor}).
     *
     * @param by the name recorded as the draft's author
     */
    public Optional<CharterVersion> incorporatePending(String territorySiren, String by, Actor actor, Instant now) {
        Optional<CharterVersion> inForce = versions.withStatus(territorySiren, CharterStatus.IN_FORCE);
        List<Amendment> pending = amendments.adoptedPending(territorySiren);
        if (inForce.isEmpty() || pending.isEmpty()
                || versions.withStatus(territorySiren, CharterStatus.PROPOSED).isPresent()) {
            return Optional.empty();
        }
        CharterVersion draft = versions.withStatus(territorySiren, CharterStatus.DRAFT)
                .filter(d -> d.number() > inForce.get().number())
                .orElseGet(() -> {
                    CharterVersion created = versions.insertDraft(territorySiren, copy(inForce.get()), by, now);
                    events.publishEvent(new CharterVersionCreated(territorySiren, created.number(), actor, now));
                    return created;
                });
        for (Amendment a : pending) {
            ArticleText text = new ArticleText(a.articleKey(), null, a.newTitle(), a.newText(), a.newRule());
            Optional<Article> article = versions.article(draft.id(), a.articleKey());
            if (article.isPresent()) {
                Article current = article.get();
                versions.updateArticle(current.id(), current.lockVersion(), new ArticleText(a.articleKey(),
                        current.theme(), text.title(), text.text(), text.rule()));
            } else {
                Article base = versions.article(a.baseVersionId(), a.articleKey()).orElseThrow();
                versions.insertArticle(draft.id(), new ArticleText(a.articleKey(), base.theme(), text.title(),
                        text.text(), text.rule()), versions.nextPosition(draft.id()));
            }
            amendments.incorporate(a.id(), draft.id());
        }
        return Optional.of(draft);
    }

    private CharterText copy(CharterVersion version) {
        return new CharterText(version.title(), version.preamble(), versions.articles(version.id()).stream()
                .map(a -> new ArticleText(a.key(), a.theme(), a.title(), a.text(), a.rule())).toList());
    }
}
