package fr.nouage.audit;

/** The kind of thing a change applied to; the entry names it by its id. */
public enum AuditSubject {
    /** A meeting of the collective (id: meeting id). */
    MEETING,
    /** An agenda item (id: item id). */
    AGENDA_ITEM,
    /** A version of the territory's charter (id: version number). */
    CHARTER_VERSION,
    /** The rules of the territory's collective (id: the date they apply from). */
    RULES,
    /** An account (id: account id). */
    ACCOUNT,
    /** A shared project of the portfolio (id: project id). */
    PROJECT,
    /** A convention of a project (id: convention id). */
    AGREEMENT,
    /** The pacte de gouvernance that follows a general renewal (id: pact id). */
    PACT,
    /** A proposed amendment of the charter (id: amendment id). */
    AMENDMENT,
    /** A consultation between meetings (id: consultation id). */
    CONSULTATION,
    /** The commuting flows of a territory for one census year (id: the vintage). */
    COMMUTING_FLOWS
}
