package fr.nouage.charter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The pacte de gouvernance of a territory after a general renewal of the councils (CGCT
 * L5211-11-2): the council debates whether to draw one up; if so, the draft goes to the municipal
 * councils, who give their opinion within two months, and the pact is adopted within nine months of
 * the renewal.
 *
 * @param drawUp      what the debate decided: {@code null} before the debate
 * @param textSize    size in bytes of the adopted text (PDF), {@code null} until attached
 */
public record GovernancePact(long id, String territorySiren, LocalDate renewalDate, LocalDate debateDate,
        Boolean drawUp, LocalDate draftSentOn, LocalDate adoptedOn, String deliberationRef, String textFileName,
        Long textSize, Instant textUploadedAt, int lockVersion) {

    /** The municipal councils give their opinion within two months of receiving the draft. */
    public LocalDate opinionsDeadline() {
        return draftSentOn == null ? null : draftSentOn.plusMonths(2);
    }

    /** The pact is adopted within nine months of the general renewal. */
    public LocalDate adoptionDeadline() {
        return renewalDate.plusMonths(9);
    }

    public boolean hasText() {
        return textSize != null;
    }
}
