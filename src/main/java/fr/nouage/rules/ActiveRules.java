package fr.nouage.rules;

/**
 * The rules of a territory's collective in force on a date.
 *
 * @param charterVersion        number of the charter version that sets them, {@code null} while the defaults apply
 * @param agendaLeadHours       the agenda freezes and is sent this many hours before a collective meeting
 * @param upstreamWindowFromDays a collective meeting prepares an élus' session held at least this many days later
 * @param upstreamWindowToDays  … and at most this many days later
 * @param decisionMode          how the collective decides
 * @param quorumPercent         share of collectivités that must be present for a decision; the quorum is
 *                              more than this share (50 = half of them, plus one)
 * @param rotation              whether hosting and facilitation rotate among the collectivités
 * @param minutesWithinDays     the minutes are sent to every director within this many days
 * @param minutesToElected      whether the élus receive the minutes too
 * @param reflexiveEveryMonths  a reflexive point on how the group works is held every this many months
 * @param yearlySeminar         whether a yearly seminar with an outside third party is expected
 * @param adoptionRule          when a new version of the charter, proposed while these rules are in
 *                              force, comes into force
 */
public record ActiveRules(Integer charterVersion, int agendaLeadHours, int upstreamWindowFromDays,
        int upstreamWindowToDays, DecisionMode decisionMode, int quorumPercent, boolean rotation,
        int minutesWithinDays, boolean minutesToElected, int reflexiveEveryMonths, boolean yearlySeminar,
        AdoptionRule adoptionRule) {

    /** The defaults of the design, in force until the territory adopts a charter. */
    public static ActiveRules defaults() {
        return new ActiveRules(null, 48, 2, 10, DecisionMode.CONSENT, 50, true, 7, false, 6, true, AdoptionRule.ALL);
    }

    /**
     * Checks every parameter against its range.
     *
     * @throws InvalidRulesException naming the first parameter out of range
     */
    public ActiveRules validated() {
        if (agendaLeadHours < 0 || agendaLeadHours > 24 * 30) {
            throw new InvalidRulesException("rules.error.leadHours");
        }
        if (upstreamWindowFromDays < 0 || upstreamWindowToDays > 90 || upstreamWindowToDays < upstreamWindowFromDays) {
            throw new InvalidRulesException("rules.error.window");
        }
        if (decisionMode == null) {
            throw new InvalidRulesException("rules.error.mode");
        }
        if (quorumPercent < 0 || quorumPercent > 100) {
            throw new InvalidRulesException("rules.error.quorum");
        }
        if (minutesWithinDays < 1 || minutesWithinDays > 90) {
            throw new InvalidRulesException("rules.error.minutesDays");
        }
        if (reflexiveEveryMonths < 1 || reflexiveEveryMonths > 36) {
            throw new InvalidRulesException("rules.error.reflexive");
        }
        if (adoptionRule == null) {
            throw new InvalidRulesException("rules.error.adoptionRule");
        }
        return this;
    }

    /** The same rules, as set by another charter version. */
    public ActiveRules withCharterVersion(Integer version) {
        return new ActiveRules(version, agendaLeadHours, upstreamWindowFromDays, upstreamWindowToDays, decisionMode,
                quorumPercent, rotation, minutesWithinDays, minutesToElected, reflexiveEveryMonths, yearlySeminar,
                adoptionRule);
    }

    /** Smallest number of collectivités present for a decision among {@code total}. */
    public int quorum(int total) {
        return total * quorumPercent / 100 + 1;
    }
}
