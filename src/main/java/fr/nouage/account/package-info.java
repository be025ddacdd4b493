/**
 * Accounts: users, their roles scoped to a territory (and to a collectivité for directors),
 * sign-in by password or OpenID Connect, API tokens, and the access rules every page and API call
 * applies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account", allowedDependencies = {"platform", "territory", "archive"})
package fr.nouage.account;
