package fr.nouage.charter;

/**
 * An article of a charter version.
 *
 * @param key         stable identifier of the article across versions (pairs it in a diff)
 * @param text        Markdown text, without the rule line
 * @param rule        the active rule the article carries, empty when none
 * @param lockVersion optimistic locking counter: bumped by every edit and every amendment proposed
 */
public record Article(long id, long versionId, String key, Theme theme, int position, String title, String text,
        RuleParameters rule, int lockVersion) {
}
