package fr.nouage.project;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published when a convention was added to a project, signed, or approved by a party ({@code change}, a message key). */
public record AgreementAdded(long agreementId, long projectId, String territorySiren, String title, String change,
        Actor by, Instant at) {
}
