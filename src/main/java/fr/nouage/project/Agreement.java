package fr.nouage.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A convention between collectivités of a territory, carried by a project.
 *
 * @param signedOn the day it was signed, {@code null} for a draft; from then on its parties' shares
 *                 and the populations behind them are frozen
 * @param parties  the collectivités party to it, in the order they were given
 */
public record Agreement(long id, long projectId, String territorySiren, String title, AgreementKind kind, String object,
        Integer durationMonths, long amountCents, FinancingKey key, String unitLabel, LocalDate signedOn,
        List<AgreementParty> parties, int version) {

    public BigDecimal amount() {
        return BigDecimal.valueOf(amountCents, 2);
    }

    public boolean signed() {
        return signedOn != null;
    }

    /** Whether every party recorded the deliberation approving it. */
    public boolean approvedByAll() {
        return parties.stream().allMatch(p -> p.deliberationOn() != null);
    }
}
