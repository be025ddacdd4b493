package fr.nouage.audit;

/** What kind of change an entry of the audit log records. */
public enum AuditKind {
    MINUTES_EDITED,
    MEETING_HELD,
    MINUTES_PUBLISHED,
    DECISION_TAKEN,
    CHARTER_VERSION_CREATED,
    CHARTER_DRAFT_EDITED,
    CHARTER_PROPOSED,
    CHARTER_ADOPTED,
    CHARTER_IN_FORCE,
    RULES_ENACTED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_CHANGED,
    PACT_STARTED,
    PACT_TIMELINE_RECORDED,
    PACT_OPINION_RECORDED,
    PACT_TEXT_ATTACHED,
    AMENDMENT_PROPOSED,
    AGENDA_ITEM_PROPOSED,
    AGENDA_FROZEN,
    CONSULTATION_OPENED,
    CONSULTATION_CLOSED,
    PROJECT_CREATED,
    PROJECT_CHANGED,
    AGREEMENT_CHANGED,
    COMMUTING_FLOWS_IMPORTED;

    /** Key of its label in the message bundles. */
    public String messageKey() {
        return "audit.kind." + name();
    }
}
