package fr.nouage.charter;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Published when the text of a draft changed: an article edited or added ({@code articleTitle}), or
 * its whole content imported ({@code articleTitle} {@code null}).
 */
public record CharterDraftEdited(String territorySiren, int number, String articleTitle, Actor by, Instant at) {
}
