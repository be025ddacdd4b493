package fr.nouage.charter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.charter.Article;
import fr.nouage.charter.CharterStatus;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.RuleParameters;
import fr.nouage.charter.Theme;
import fr.nouage.charter.internal.CharterText.ArticleText;
import fr.nouage.rules.AdoptionRule;

/** Charter versions and their articles. */
@Repository
public class CharterRepository {

    private static final String VERSION = """
            select id, territory_siren, version_number, status, title, preamble, created_at, created_by, proposed_at,
                   in_force_at, superseded_at, adoption_rule, lock_version
            from charter_version
            """;
    private static final String ARTICLE = """
            select id, version_id, article_key, theme, position, title, body, rule_params, lock_version
            from charter_article
            """;

    private final JdbcClient jdbc;

    CharterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CharterVersion> versions(String territorySiren) {
        return jdbc.sql(VERSION + "where territory_siren = ? order by version_number desc").param(territorySiren)
                .query(CharterRepository::version).list();
    }

    public Optional<CharterVersion> version(long id) {
        return jdbc.sql(VERSION + "where id = ?").param(id).query(CharterRepository::version).optional();
    }

    public Optional<CharterVersion> version(String territorySiren, int number) {
        return jdbc.sql(VERSION + "where territory_siren = ? and version_number = ?").params(territorySiren, number)
                .query(CharterRepository::version).optional();
    }

    public Optional<CharterVersion> withStatus(String territorySiren, CharterStatus status) {
        return jdbc.sql(VERSION + "where territory_siren = ? and status = ? order by version_number desc limit 1")
                .params(territorySiren, status.name()).query(CharterRepository::version).optional();
    }

    /** Creates the next numbered version, as a draft holding {@code text}. */
    public CharterVersion insertDraft(String territorySiren, CharterText text, String createdBy, Instant now) {
        int number = jdbc.sql("select coalesce(max(version_number), 0) + 1 from charter_version where territory_siren = ?")
                .param(territorySiren).query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into charter_version (territory_siren, version_number, status, title, preamble, created_at, created_by)
                values (?, ?, 'DRAFT', ?, ?, ?, ?)""")
                .params(territorySiren, number, text.title(), text.preamble(), Timestamp.from(now), createdBy)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertArticles(id, text.articles());
        return version(id).orElseThrow();
    }

    /** Replaces the whole content of a draft. */
    public void replaceContent(long versionId, CharterText text) {
        jdbc.sql("update charter_version set title = ?, preamble = ?, lock_version = lock_version + 1 where id = ?")
                .params(text.title(), text.preamble(), versionId).update();
        jdbc.sql("delete from charter_article where version_id = ?").param(versionId).update();
        insertArticles(versionId, text.articles());
    }

    private void insertArticles(long versionId, List<ArticleText> articles) {
        int position = 0;
        for (ArticleText a : articles) {
            insertArticle(versionId, a, ++position);
        }
    }

    public void insertArticle(long versionId, ArticleText a, int position) {
        jdbc.sql("""
                insert into charter_article (version_id, article_key, theme, position, title, body, rule_params)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(versionId, a.key(), a.theme().name(), position, a.title(), a.text(),
                        a.rule().isEmpty() ? null : a.rule().format())
                .update();
    }

    public List<Article> articles(long versionId) {
        return jdbc.sql(ARTICLE + "where version_id = ? order by position, id").param(versionId)
                .query(CharterRepository::article).list()
                .stream().sorted(java.util.Comparator.comparing(Article::theme)).toList();
    }

    public Optional<Article> article(long versionId, String key) {
        return jdbc.sql(ARTICLE + "where version_id = ? and article_key = ?").params(versionId, key)
                .query(CharterRepository::article).optional();
    }

    public int nextPosition(long versionId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from charter_article where version_id = ?")
                .param(versionId).query(Integer.class).single();
    }

    /**
     * Writes an article's new content if nobody changed it since {@code expectedLock}.
     *
     * @return whether the row was updated (false: someone else saved first)
     */
    public boolean updateArticle(long articleId, int expectedLock, ArticleText a) {
        return jdbc.sql("""
                update charter_article set theme = ?, title = ?, body = ?, rule_params = ?, lock_version = lock_version + 1
                where id = ? and lock_version = ?""")
                .params(a.theme().name(), a.title(), a.text(), a.rule().isEmpty() ? null : a.rule().format(), articleId,
                        expectedLock)
                .update() == 1;
    }

    /** Bumps an article's lock if it is still at {@code expectedLock}; false when someone came first. */
    public boolean touchArticle(long articleId, int expectedLock) {
        return jdbc.sql("update charter_article set lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(articleId, expectedLock).update() == 1;
    }

    /**
     * Moves a version from one status to another, taking its row lock.
     *
     * @return whether the version was in status {@code from}
     */
    public boolean changeStatus(long versionId, CharterStatus from, CharterStatus to, Instant now) {
        String stamp = switch (to) {
            case PROPOSED -> ", proposed_at = ?";
            case IN_FORCE -> ", in_force_at = ?";
            case SUPERSEDED -> ", superseded_at = ?";
            case DRAFT -> ", proposed_at = ?";
        };
        Timestamp at = to == CharterStatus.DRAFT ? null : Timestamp.from(now);
        return jdbc.sql("update charter_version set status = ?" + stamp
                + ", lock_version = lock_version + 1 where id = ? and status = ?")
                .params(to.name(), at, versionId, from.name()).update() == 1;
    }

    /**
     * Submits a draft for adoption under {@code rule}, taking its row lock.
     *
     * @return whether the version was still a draft
     */
    public boolean propose(long versionId, AdoptionRule rule, Instant now) {
        return jdbc.sql("""
                update charter_version set status = 'PROPOSED', proposed_at = ?, adoption_rule = ?,
                    lock_version = lock_version + 1
                where id = ? and status = 'DRAFT'""")
                .params(Timestamp.from(now), rule.name(), versionId).update() == 1;
    }

    /** Takes the row lock of a version still in {@code status}, so that concurrent changes queue up. */
    public boolean lock(long versionId, CharterStatus status) {
        return jdbc.sql("update charter_version set lock_version = lock_version + 1 where id = ? and status = ?")
                .params(versionId, status.name()).update() == 1;
    }

    private static CharterVersion version(ResultSet rs, int n) throws SQLException {
        return new CharterVersion(rs.getLong("id"), rs.getString("territory_siren"), rs.getInt("version_number"),
                CharterStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("preamble"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "proposed_at"),
                instant(rs, "in_force_at"), instant(rs, "superseded_at"),
                rs.getString("adoption_rule") == null ? null : AdoptionRule.valueOf(rs.getString("adoption_rule")),
                rs.getInt("lock_version"));
    }

    private static Article article(ResultSet rs, int n) throws SQLException {
        return new Article(rs.getLong("id"), rs.getLong("version_id"), rs.getString("article_key"),
                Theme.valueOf(rs.getString("theme")), rs.getInt("position"), rs.getString("title"), rs.getString("body"),
                RuleParameters.parse(rs.getString("rule_params")), rs.getInt("lock_version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
