package fr.nouage.accompaniment.web;

/** An invited territory on the seminar's page: how many it registered, whether the user registers it. */
public record DelegationLine(String siren, String name, int delegates, boolean mayRegister) {
}
