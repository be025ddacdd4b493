package fr.nouage.account.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import fr.nouage.account.AccountAccessChanged;
import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleGranted;
import fr.nouage.account.RoleRevoked;

/**
 * Makes a change of an account's rights count at once, once committed: a disabled account, a new
 * password or a role taken away ends every web session of the account (in the session table shared
 * by every instance, found by the account's principal name), and any change makes this instance
 * forget what it kept of the account. The session of the request making the change is not deleted
 * under its feet: its next request reads the account again ({@link SignedInAccounts}).
 */
@Component
class SessionsOfChangedAccounts {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SignedInAccounts signedIn;

    SessionsOfChangedAccounts(FindByIndexNameSessionRepository<? extends Session> sessions, SignedInAccounts signedIn) {
        this.sessions = sessions;
        this.signedIn = signedIn;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountAccessChanged changed) {
        signedIn.forget(changed.accountId());
        if (changed.change() != AccountAccessChanged.Change.ENABLED) {
            end(changed.accountId());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RoleRevoked revoked) {
        signedIn.forget(revoked.accountId());
        end(revoked.accountId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RoleGranted granted) {
        signedIn.forget(granted.accountId());
    }

    private void end(long accountId) {
        String current = currentSessionId();
        for (String id : sessions.findByPrincipalName(NouageUser.principalName(accountId)).keySet()) {
            if (!id.equals(current)) {
                sessions.deleteById(id);
            }
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
