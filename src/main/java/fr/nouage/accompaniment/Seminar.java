package fr.nouage.accompaniment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A regional seminar of the directors of the bloc local.
 *
 * @param code        the short code participants type on their phone to post on the wall
 * @param territories SIRENs of the invited territories (their EPCI)
 * @param wallVersion grows at every change of the wall: screens compare it to refresh
 * @param registrationsCloseOn the last day delegations register, {@code null}: until the seminar's day
 */
public record Seminar(long id, String title, LocalDate heldOn, String place, String code, List<String> territories,
        long wallVersion, Instant createdAt, int version, LocalDate registrationsCloseOn) {

    /** Whether delegations may still register on {@code today}. */
    public boolean registrationsOpen(LocalDate today) {
        return !today.isAfter(registrationsCloseOn == null ? heldOn : registrationsCloseOn);
    }

    public boolean invites(String territorySiren) {
        return territories.contains(territorySiren);
    }
}
