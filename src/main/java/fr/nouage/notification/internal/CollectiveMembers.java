package fr.nouage.notification.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.Meeting;

/**
 * The members of a territory's collective: its enabled directors and its facilitators; and the
 * members a meeting concerns: the collective's, or those of the other body that meets (a steering
 * committee, a network).
 */
@Component
class CollectiveMembers {

    private final Accounts accounts;
    private final Bodies bodies;

    CollectiveMembers(Accounts accounts, Bodies bodies) {
        this.accounts = accounts;
        this.bodies = bodies;
    }

    List<Account> of(String territorySiren) {
        return accounts.inTerritories(Set.of(territorySiren)).stream().filter(Account::enabled)
                .filter(a -> a.roles().stream().anyMatch(r -> territorySiren.equals(r.territorySiren())
                        && (r.role() == Role.DIRECTOR || r.role() == Role.FACILITATOR)))
                .toList();
    }

    /** The members a meeting convenes and tells: those of its body. */
    List<Account> of(Meeting meeting) {
        Body body = bodies.find(meeting.territorySiren(), meeting.bodyId());
        return body.kind() == BodyKind.COLLECTIVE ? of(meeting.territorySiren())
                : bodies.members(body).stream().filter(Account::enabled).toList();
    }
}
