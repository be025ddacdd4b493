package fr.nouage.account.security;

import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.SignedInUser;

/** A person signed in through OpenID Connect: the provider's identity and the Nouage account it matched. */
final class NouageOidcUser extends DefaultOidcUser implements CurrentUser.HoldsNouageUser, SignedInUser {

    private static final long serialVersionUID = 1L;

    private final NouageUser user;

    NouageOidcUser(NouageUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.authorities(), idToken, userInfo, IdTokenClaimNames.SUB);
        this.user = user;
    }

    @Override
    public NouageUser nouageUser() {
        return user;
    }

    /** The account's principal name rather than the provider's subject: sessions are indexed by it. */
    @Override
    public String getName() {
        return user.getName();
    }

    @Override
    public long accountId() {
        return user.accountId();
    }

    @Override
    public String displayName() {
        return user.displayName();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NouageOidcUser that && super.equals(that) && user.accountId() == that.user.accountId();
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Long.hashCode(user.accountId());
    }
}
