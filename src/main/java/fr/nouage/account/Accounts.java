package fr.nouage.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.internal.AccountRepository;
import fr.nouage.account.internal.ApiTokens;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Entry point of the account module: creating accounts and giving them scoped roles. */
@Service
public class Accounts {

    /** Minimum length of a password chosen by a person. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final Territories territories;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final ApplicationEventPublisher events;
    private final ApiTokens tokens;

    Accounts(AccountRepository repository, PasswordEncoder passwords, Territories territories,
            org.springframework.jdbc.core.JdbcTemplate template, ApplicationEventPublisher events, ApiTokens tokens,
            Clock clock) {
        this.tokens = tokens;
        this.template = template;
        this.events = events;
        this.repository = repository;
        this.passwords = passwords;
        this.territories = territories;
        this.clock = clock;
    }

    /**
     * Creates an account. A {@code null} password makes an account that can only sign in through
     * OpenID Connect.
     *
     * @throws AccountException when the e-mail is invalid or taken, or the password too short
     */
    @Transactional
    public Account create(String email, String displayName, String password) {
        String normalized = AccountRepository.normalize(email);
        if (!EMAIL.matcher(normalized).matches() || normalized.length() > 254) {
            throw new AccountException("account.error.email");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new AccountException("account.error.name");
        }
        if (repository.emailTaken(normalized)) {
            throw new AccountException("account.error.emailTaken");
        }
        checkPolicy(password);
        long id = repository.insert(normalized, displayName.strip(), password == null ? null : passwords.encode(password),
                clock.instant());
        return repository.find(id).orElseThrow();
    }

    /**
     * Creates several accounts that share one password, hashed once (demonstration data).
     */
    @Transactional
    public List<Long> createAllWithSamePassword(List<String[]> emailAndNames, String password) {
        return repository.insertAll(emailAndNames, passwords.encode(password), clock.instant());
    }

    /**
     * Gives every collectivité of the given territories that has no director one director account
     * ({@code direction-<siren>@<domain>}), all sharing one password hash. For national
     * deployments and synthetic data.
     *
     * @param encodedPassword the password as the platform's password encoder stores it, e.g.
     *                        {@code {bcrypt}$2a$10$…}, hashed once by the caller
     * @return the number of accounts created
     */
    @Transactional
    public int ensureDirectors(Collection<String> territorySirens, String domain, String encodedPassword) {
        var existing = repository.collectivitiesWithDirector();
        List<String[]> rows = new java.util.ArrayList<>();
        for (String territory : territorySirens) {
            for (var c : territories.collectivities(territory)) {
                if (c.active() && !existing.contains(c.siren())) {
                    rows.add(new String[] {"direction-" + c.siren() + "@" + domain, c.name(), territory, c.siren()});
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        repository.insertDirectors(rows, encodedPassword, clock.instant(), template);
        return rows.size();
    }

    /** An account of bulk data (synthetic history) with the roles it holds. */
    public record BulkAccount(String email, String displayName, List<RoleAssignment> roles) {
    }

    /**
     * Creates those of the given accounts whose e-mail is not taken yet, with their roles, all sharing
     * one password hash, in batches and without publishing {@link RoleGranted} (bulk data, as
     * {@link #ensureDirectors}).
     *
     * @param encodedPassword the password as the platform's password encoder stores it
     * @return the number of accounts created
     */
    @Transactional
    public int ensureAll(List<BulkAccount> wanted, String encodedPassword) {
        java.util.Set<String> taken = repository.existingEmails(wanted.stream().map(BulkAccount::email).toList());
        List<BulkAccount> missing = wanted.stream()
                .filter(a -> !taken.contains(AccountRepository.normalize(a.email()))).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        repository.insertWithRoles(missing, encodedPassword, clock.instant(), template);
        return missing.size();
    }

    /**
     * Gives a role; the scope must name an existing territory, and for a director one of its
     * collectivités. A role given for the first time is published as {@link RoleGranted}, naming the
     * signed-in user as its author (Nouage itself outside a request).
     */
    @Transactional
    public void assign(long accountId, RoleAssignment role) {
        Account account = repository.find(accountId).orElseThrow(() -> new AccountException("account.error.unknown"));
        RoleAssignment scoped = checkScope(role);
        if (account.roles().contains(scoped)) {
            return;
        }
        repository.addRole(accountId, scoped);
        events.publishEvent(new RoleGranted(accountId, account.displayName(), scoped, Actor.current(), clock.instant()));
    }

    /**
     * Takes a role away; one the account held is published as {@link RoleRevoked} and, once
     * committed, ends the account's web sessions on every instance.
     */
    @Transactional
    public void unassign(long accountId, RoleAssignment role) {
        Optional<Account> account = repository.find(accountId);
        if (account.isPresent() && repository.removeRole(accountId, role)) {
            events.publishEvent(new RoleRevoked(accountId, account.get().displayName(), role, Actor.current(),
                    clock.instant()));
        }
    }

    /**
     * Sets a new password, published as {@link AccountAccessChanged}: the account's API tokens are
     * revoked and, once committed, its web sessions end on every instance.
     */
    @Transactional
    public void changePassword(long accountId, String password) {
        if (password == null) {
            throw new AccountException("account.error.passwordShort");
        }
        checkPolicy(password);
        repository.updatePassword(accountId, passwords.encode(password));
        tokens.revokeAll(accountId);
        accessChanged(accountId, AccountAccessChanged.Change.PASSWORD_CHANGED);
    }

    /**
     * Enables or disables an account; a change is published as {@link AccountAccessChanged}. A
     * disabled account's API tokens are revoked and, once committed, its web sessions end on every
     * instance and its calendar feeds stop answering.
     */
    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        Optional<Account> before = repository.find(accountId);
        repository.updateEnabled(accountId, enabled);
        if (!enabled) {
            tokens.revokeAll(accountId);
        }
        if (before.isPresent() && before.get().enabled() != enabled) {
            accessChanged(accountId, enabled ? AccountAccessChanged.Change.ENABLED : AccountAccessChanged.Change.DISABLED);
        }
    }

    private void accessChanged(long accountId, AccountAccessChanged.Change change) {
        repository.find(accountId).ifPresent(a -> events.publishEvent(
                new AccountAccessChanged(accountId, a.displayName(), change, Actor.current(), clock.instant())));
    }

    public Optional<Account> find(long id) {
        return repository.find(id);
    }

    public Optional<Account> findByEmail(String email) {
        return repository.findByEmail(email);
    }

    public List<Account> all() {
        return repository.all();
    }

    public List<Account> inTerritories(Collection<String> territorySirens) {
        return repository.inTerritories(territorySirens);
    }

    /** Most bytes of a password in UTF-8: what bcrypt reads. */
    static final int MAX_PASSWORD_BYTES = 72;

    private static void checkPolicy(String password) {
        if (password != null && (password.length() < MIN_PASSWORD_LENGTH || password.length() > 128)) {
            throw new AccountException("account.error.passwordShort");
        }
        // bcrypt reads no more than 72 bytes: a longer password (accented letters count twice) is refused
        if (password != null && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException("account.error.passwordBytes");
        }
    }

    private RoleAssignment checkScope(RoleAssignment role) {
        if (role.role() == null) {
            throw new AccountException("account.error.role");
        }
        if (!role.role().needsTerritory()) {
            return RoleAssignment.global(role.role());
        }
        if (role.territorySiren() == null || !territories.exists(role.territorySiren())) {
            throw new AccountException("account.error.territory");
        }
        if (!role.role().needsCollectivity() && (role.role() != Role.REFERENT || role.collectivitySiren() == null)) {
            return RoleAssignment.inTerritory(role.role(), role.territorySiren());
        }
        Collectivity collectivity = role.collectivitySiren() == null ? null
                : territories.collectivity(role.collectivitySiren()).orElse(null);
        if (collectivity == null || !collectivity.territorySiren().equals(role.territorySiren())) {
            throw new AccountException("account.error.collectivity");
        }
        return role;
    }
}
