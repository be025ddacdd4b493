package fr.nouage.charter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.charter.internal.CharterDocuments;
import fr.nouage.charter.internal.CharterRepository;
import fr.nouage.charter.internal.CharterText;
import fr.nouage.charter.internal.CharterText.ArticleText;
import fr.nouage.charter.internal.CharterMarkdown;
import fr.nouage.rules.ActiveRules;
import fr.nouage.territory.Territories;

/**
 * Entry point for a territory's charter: its versions and articles, writing a first version (from
 * the model, blank or imported from Markdown), the rules a version sets, differences between
 * versions and exports.
 */
@Service
public class Charters {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 20_000;

    private final CharterRepository repository;
    private final CharterDocuments documents;
    private final Territories territories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Charters(CharterRepository repository, CharterDocuments documents, Territories territories,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.repository = repository;
        this.documents = documents;
        this.territories = territories;
        this.clock = clock;
    }

    /** Every version of the territory's charter, the latest first. */
    public List<CharterVersion> versions(String territorySiren) {
        return repository.versions(territorySiren);
    }

    public Optional<CharterVersion> version(String territorySiren, int number) {
        return repository.version(territorySiren, number);
    }

    public Optional<CharterVersion> versionWithId(long id) {
        return repository.version(id);
    }

    /** The version whose rules apply, if any was adopted. */
    public Optional<CharterVersion> inForce(String territorySiren) {
        return repository.withStatus(territorySiren, CharterStatus.IN_FORCE);
    }

    /** Articles of a version, by theme then position. */
    public List<Article> articles(long versionId) {
        return repository.articles(versionId);
    }

    /**
     * The rules a version sets: the defaults, overridden by its articles' parameters, marked with
     * the version's number.
     *
     * @throws CharterException INVALID when its parameters are out of range
     */
    public ActiveRules rulesOf(CharterVersion version) {
        return RuleParameters.rulesOf(articles(version.id()).stream().map(Article::rule).toList())
                .withCharterVersion(version.number());
    }

    /**
     * Starts the territory's charter as a first draft, from Nouage's model charter or blank.
     *
     * @throws CharterException FORBIDDEN for a user who may not write it; CONFLICT when the
     *                          territory has a charter already
     */
    @Transactional
    public CharterVersion start(String territorySiren, boolean fromModel, NouageUser user) {
        checkWriter(territorySiren, user);
        if (!repository.versions(territorySiren).isEmpty()) {
            throw new CharterException(Reason.CONFLICT, "charter.error.exists");
        }
        CharterText text = fromModel ? documents.model() : documents.blank();
        return created(repository.insertDraft(territorySiren, text, user.displayName(), clock.instant()), user);
    }

    /**
     * Imports a charter written in Markdown: it becomes the first draft, or replaces the content of
     * the first draft while it is still one.
     *
     * @throws CharterException INVALID for Markdown that does not follow the convention or wrong
     *                          rule parameters; CONFLICT once a version was proposed or adopted
     */
    @Transactional
    public CharterVersion importMarkdown(String territorySiren, String markdown, NouageUser user) {
        checkWriter(territorySiren, user);
        if (markdown == null || markdown.isBlank() || markdown.length() > 200_000) {
            throw new CharterException(Reason.INVALID, "charter.error.import.empty");
        }
        CharterText text = documents.markdown().read(markdown);
        text.articles().forEach(Charters::check);
        RuleParameters.rulesOf(text.articles().stream().map(ArticleText::rule).toList());
        List<CharterVersion> versions = repository.versions(territorySiren);
        if (versions.isEmpty()) {
            return created(repository.insertDraft(territorySiren, text, user.displayName(), clock.instant()), user);
        }
        CharterVersion first = versions.get(versions.size() - 1);
        if (versions.size() > 1 || first.status() != CharterStatus.DRAFT) {
            throw new CharterException(Reason.CONFLICT, "charter.error.importAfterFirst");
        }
        repository.replaceContent(first.id(), text);
        edited(first, null, user);
        return repository.version(first.id()).orElseThrow();
    }

    /** What a writer sends to change or add an article of a first draft. */
    public record ArticleEdit(Theme theme, String title, String text, String rule, int expectedLock) {
    }

    /**
     * Changes an article of the first draft, if nobody saved it since the writer read it.
     *
     * @throws CharterException CONFLICT for a version that is no longer a draft (a new version is
     *                          needed), a draft made of amendments, or an article saved meanwhile;
     *                          INVALID for a bad title, text or rule parameter
     */
    @Transactional
    public Article editArticle(String territorySiren, int number, String key, ArticleEdit edit, NouageUser user) {
        CharterVersion version = editableDraft(territorySiren, number, user);
        Article article = repository.article(version.id(), key)
                .orElseThrow(() -> new CharterException(Reason.NOT_FOUND, "charter.error.unknownArticle"));
        ArticleText text = new ArticleText(key, edit.theme() == null ? article.theme() : edit.theme(),
                clean(edit.title()), clean(edit.text()), RuleParameters.parse(edit.rule()));
        check(text);
        checkRules(version.id(), key, text.rule());
        if (!repository.updateArticle(article.id(), edit.expectedLock(), text)) {
            throw new CharterException(Reason.CONFLICT, "charter.error.articleConflict");
        }
        edited(version, text.title(), user);
        return repository.article(version.id(), key).orElseThrow();
    }

    /** Adds an article to the first draft. */
    @Transactional
    public Article addArticle(String territorySiren, int number, ArticleEdit edit, NouageUser user) {
        CharterVersion version = editableDraft(territorySiren, number, user);
        if (edit.theme() == null) {
            throw new CharterException(Reason.INVALID, "charter.error.theme");
        }
        List<String> taken = new ArrayList<>(repository.articles(version.id()).stream().map(Article::key).toList());
        String key = CharterMarkdown.slug(edit.title());
        for (int n = 2; taken.contains(key); n++) {
            key = CharterMarkdown.slug(edit.title()) + "-" + n;
        }
        ArticleText text = new ArticleText(key, edit.theme(), clean(edit.title()), clean(edit.text()),
                RuleParameters.parse(edit.rule()));
        check(text);
        checkRules(version.id(), key, text.rule());
        repository.insertArticle(version.id(), text, repository.nextPosition(version.id()));
        edited(version, text.title(), user);
        return repository.article(version.id(), key).orElseThrow();
    }

    /** The Markdown of a version, in the import convention. */
    public String markdown(CharterVersion version) {
        return documents.markdown().write(text(version));
    }

    /** The PDF of a version. */
    public byte[] pdf(CharterVersion version) {
        return documents.pdf(version, text(version), territoryName(version));
    }

    /** The OpenDocument text of a version. */
    public byte[] odt(CharterVersion version) {
        return documents.odt(version, text(version), territoryName(version));
    }

    /** How each article changed since the previous version, in reading order; empty for a first version. */
    public List<ArticleDiff> diffWithPrevious(CharterVersion version) {
        Optional<CharterVersion> previous = repository.version(version.territorySiren(), version.number() - 1);
        if (previous.isEmpty()) {
            return List.of();
        }
        Map<String, Article> before = new LinkedHashMap<>();
        articles(previous.get().id()).forEach(a -> before.put(a.key(), a));
        List<ArticleDiff> diffs = new ArrayList<>();
        for (Article after : articles(version.id())) {
            diffs.add(ArticleDiff.of(before.remove(after.key()), after, documents::ruleText));
        }
        before.values().forEach(removed -> diffs.add(ArticleDiff.of(removed, null, documents::ruleText)));
        return diffs;
    }

    CharterText text(CharterVersion version) {
        return new CharterText(version.title(), version.preamble(), articles(version.id()).stream()
                .map(a -> new ArticleText(a.key(), a.theme(), a.title(), a.text(), a.rule())).toList());
    }

    private String territoryName(CharterVersion version) {
        return territories.find(version.territorySiren()).map(t -> t.name()).orElse(version.territorySiren());
    }

    private CharterVersion created(CharterVersion version, NouageUser user) {
        events.publishEvent(new CharterVersionCreated(version.territorySiren(), version.number(), Actor.of(user),
                version.createdAt()));
        return version;
    }

    private void edited(CharterVersion version, String articleTitle, NouageUser user) {
        events.publishEvent(new CharterDraftEdited(version.territorySiren(), version.number(), articleTitle,
                Actor.of(user), clock.instant()));
    }

    private CharterVersion editableDraft(String territorySiren, int number, NouageUser user) {
        checkWriter(territorySiren, user);
        CharterVersion version = repository.version(territorySiren, number)
                .orElseThrow(() -> new CharterException(Reason.NOT_FOUND, "charter.error.unknownVersion"));
        if (version.status() == CharterStatus.IN_FORCE || version.status() == CharterStatus.SUPERSEDED) {
            throw new CharterException(Reason.CONFLICT, "charter.error.inForce", version.number());
        }
        if (version.status() == CharterStatus.PROPOSED) {
            throw new CharterException(Reason.CONFLICT, "charter.error.proposed", version.number());
        }
        if (version.number() > 1) {
            throw new CharterException(Reason.CONFLICT, "charter.error.draftOfAmendments", version.number());
        }
        return version;
    }

    private void checkRules(long versionId, String key, RuleParameters rule) {
        List<RuleParameters> all = new ArrayList<>();
        repository.articles(versionId).stream().filter(a -> !a.key().equals(key)).forEach(a -> all.add(a.rule()));
        all.add(rule);
        RuleParameters.rulesOf(all);
    }

    private void checkWriter(String territorySiren, NouageUser user) {
        if (!territories.exists(territorySiren)) {
            throw new CharterException(Reason.NOT_FOUND, "charter.error.unknownTerritory");
        }
        if (!CharterAccess.mayWrite(user, territorySiren)) {
            throw new CharterException(Reason.FORBIDDEN, "charter.error.forbidden");
        }
    }

    /** Checks the title and text of an article. */
    static void check(ArticleText a) {
        if (a.title() == null || a.title().isBlank() || a.title().length() > TITLE_MAX) {
            throw new CharterException(Reason.INVALID, "charter.error.title");
        }
        if (a.text().length() > TEXT_MAX) {
            throw new CharterException(Reason.INVALID, "charter.error.textTooLong");
        }
        if (a.text().lines().anyMatch(l -> l.matches("^#{1,3}\\s.*"))) {
            throw new CharterException(Reason.INVALID, "charter.error.heading");
        }
    }

    static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    Instant now() {
        return clock.instant();
    }
}
