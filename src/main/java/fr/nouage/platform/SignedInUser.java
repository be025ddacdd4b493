package fr.nouage.platform;

/**
 * What the page layout needs to know about the person signed in, whatever the way they signed in
 * (password, API token or OpenID Connect). Implemented by the account module's principals.
 */
public interface SignedInUser {

    /** Identifier of the account. */
    long accountId();

    /** Name shown in the header, e.g. "Claire Martin". */
    String displayName();
}
