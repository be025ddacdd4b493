package fr.nouage.account.web;

/** What the admin typed in the new-account form, shown again when it is refused (never the password). */
public record NewAccountForm(String email, String displayName, String password) {
}
