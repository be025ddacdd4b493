package fr.nouage.account.internal;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** An attempt refused without checking its password: it must wait, for the account or for where it comes from. */
public class SignInDelayed extends LockedException {

    private static final long serialVersionUID = 1L;

    private final transient Duration wait;

    public SignInDelayed(Duration wait) {
        super("sign-in delayed");
        this.wait = wait;
    }

    /** How long to wait before trying again. */
    public Duration waitFor() {
        return wait;
    }

    /** The wait in whole seconds, rounded up. */
    public long seconds() {
        return (wait.toMillis() + 999) / 1000;
    }
}
