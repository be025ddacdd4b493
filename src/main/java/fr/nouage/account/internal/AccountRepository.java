package fr.nouage.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.account.Account;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.territory.TerritoryPeople;

/** Accounts and role assignments in the database. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account with its password hash, for sign-in only. */
    public record Credentials(long id, String email, String displayName, String passwordHash, boolean enabled) {
    }

    public Optional<Credentials> credentials(String email) {
        return jdbc.sql("select id, email, display_name, password_hash, enabled from account where email = ?")
                .param(normalize(email))
                .query((rs, n) -> new Credentials(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5))).optional();
    }

    public long insert(String email, String displayName, String passwordHash, Instant createdAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (email, display_name, password_hash, enabled, created_at) values (?, ?, ?, true, ?)")
                .params(normalize(email), displayName, passwordHash, Timestamp.from(createdAt)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Inserts many accounts sharing one password hash (demo data); returns their ids in order. */
    public List<Long> insertAll(List<String[]> emailAndNames, String passwordHash, Instant createdAt) {
        List<Long> ids = new ArrayList<>(emailAndNames.size());
        for (String[] row : emailAndNames) {
            ids.add(insert(row[0], row[1], passwordHash, createdAt));
        }
        return ids;
    }

    /** Collectivités (SIRENs) that already have a director. */
    public java.util.Set<String> collectivitiesWithDirector() {
        return new java.util.HashSet<>(jdbc.sql("select distinct collectivity_siren from role_assignment where role = 'DIRECTOR' and collectivity_siren is not null")
                .query(String.class).list());
    }

    /**
     * Inserts many director accounts sharing one password hash, with their role, in batches.
     *
     * @param rows e-mail, display name, territory SIREN, collectivité SIREN
     */
    public void insertDirectors(List<String[]> rows, String passwordHash, Instant createdAt,
            org.springframework.jdbc.core.JdbcTemplate template) {
        for (int from = 0; from < rows.size(); from += 1_000) {
            List<String[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1_000));
            template.batchUpdate("insert into account (email, display_name, password_hash, enabled, created_at) values (?, ?, ?, true, ?)",
                    chunk.stream().map(r -> new Object[] {normalize(r[0]), r[1], passwordHash, Timestamp.from(createdAt)}).toList());
            Map<String, Long> ids = new HashMap<>();
            jdbc.sql("select id, email from account where email in (:emails)")
                    .param("emails", chunk.stream().map(r -> normalize(r[0])).toList())
                    .query(rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
            template.batchUpdate("insert into role_assignment (account_id, role, territory_siren, collectivity_siren) values (?, 'DIRECTOR', ?, ?)",
                    chunk.stream().map(r -> new Object[] {ids.get(normalize(r[0])), r[2], r[3]}).toList());
        }
    }

    /** Those of the given e-mails (normalised) that an account already has. */
    public java.util.Set<String> existingEmails(Collection<String> emails) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> normalized = emails.stream().map(AccountRepository::normalize).toList();
        for (int from = 0; from < normalized.size(); from += 1_000) {
            found.addAll(jdbc.sql("select email from account where email in (:emails)")
                    .param("emails", normalized.subList(from, Math.min(normalized.size(), from + 1_000)))
                    .query(String.class).list());
        }
        return found;
    }

    /** Inserts many accounts sharing one password hash, each with its roles, in batches. */
    public void insertWithRoles(List<fr.nouage.account.Accounts.BulkAccount> accounts, String passwordHash,
            Instant createdAt, org.springframework.jdbc.core.JdbcTemplate template) {
        for (int from = 0; from < accounts.size(); from += 1_000) {
            var chunk = accounts.subList(from, Math.min(accounts.size(), from + 1_000));
            template.batchUpdate("insert into account (email, display_name, password_hash, enabled, created_at) values (?, ?, ?, true, ?)",
                    chunk.stream().map(a -> new Object[] {normalize(a.email()), a.displayName(), passwordHash,
                            Timestamp.from(createdAt)}).toList());
            Map<String, Long> ids = new HashMap<>();
            jdbc.sql("select id, email from account where email in (:emails)")
                    .param("emails", chunk.stream().map(a -> normalize(a.email())).toList())
                    .query(rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
            template.batchUpdate("insert into role_assignment (account_id, role, territory_siren, collectivity_siren) values (?, ?, ?, ?)",
                    chunk.stream().flatMap(a -> a.roles().stream().map(r -> new Object[] {ids.get(normalize(a.email())),
                            r.role().name(), r.territorySiren(), r.collectivitySiren()})).toList());
        }
    }

    public void updatePassword(long id, String passwordHash) {
        jdbc.sql("update account set password_hash = ?, version = version + 1 where id = ?").params(passwordHash, id)
                .update();
    }

    public void updateEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = ?, version = version + 1 where id = ?").params(enabled, id).update();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select count(*) from account where email = ?").param(normalize(email)).query(Integer.class)
                .single() > 0;
    }

    public void addRole(long accountId, RoleAssignment role) {
        jdbc.sql("insert into role_assignment (account_id, role, territory_siren, collectivity_siren) values (?, ?, ?, ?)")
                .params(accountId, role.role().name(), role.territorySiren(), role.collectivitySiren()).update();
    }

    /** Removes a role; false when the account did not hold it. */
    public boolean removeRole(long accountId, RoleAssignment role) {
        return jdbc.sql("""
                delete from role_assignment where account_id = ? and role = ?
                and coalesce(territory_siren, '') = ? and coalesce(collectivity_siren, '') = ?""")
                .params(accountId, role.role().name(), blank(role.territorySiren()), blank(role.collectivitySiren()))
                .update() > 0;
    }

    public List<RoleAssignment> roles(long accountId) {
        return jdbc.sql("select role, territory_siren, collectivity_siren from role_assignment where account_id = ? order by id")
                .param(accountId).query((rs, n) -> new RoleAssignment(Role.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3))).list();
    }

    public Optional<Account> find(long id) {
        return accounts("where a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public Optional<Account> findByEmail(String email) {
        return accounts("where a.email = :email", Map.of("email", normalize(email))).stream().findFirst();
    }

    public List<Account> all() {
        return accounts("", Map.of());
    }

    /** Accounts holding at least one role in one of the given territories. */
    public List<Account> inTerritories(Collection<String> sirens) {
        if (sirens.isEmpty()) {
            return List.of();
        }
        return accounts("where a.id in (select account_id from role_assignment where territory_siren in (:sirens))",
                Map.of("sirens", sirens));
    }

    /** The enabled directors (by collectivité) and facilitators of a territory, in one query. */
    public TerritoryPeople.Team team(String territorySiren) {
        Map<String, List<String>> directors = new LinkedHashMap<>();
        List<String> facilitators = new ArrayList<>();
        jdbc.sql("select a.display_name, r.role, r.collectivity_siren from role_assignment r "
                + "join account a on a.id = r.account_id where r.territory_siren = ? and a.enabled "
                + "and r.role in ('DIRECTOR', 'FACILITATOR') order by a.display_name, a.email, r.id")
                .param(territorySiren).query(rs -> {
                    if (Role.DIRECTOR.name().equals(rs.getString(2))) {
                        directors.computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(rs.getString(1));
                    } else if (!facilitators.contains(rs.getString(1))) {
                        facilitators.add(rs.getString(1));
                    }
                });
        directors.replaceAll((collectivity, names) -> List.copyOf(names));
        return new TerritoryPeople.Team(Collections.unmodifiableMap(directors), List.copyOf(facilitators));
    }

    private List<Account> accounts(String where, Map<String, ?> params) {
        Map<Long, List<RoleAssignment>> roles = new HashMap<>();
        jdbc.sql("select r.account_id, r.role, r.territory_siren, r.collectivity_siren from role_assignment r "
                + "join account a on a.id = r.account_id " + where + " order by r.id").params(params)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                            new RoleAssignment(Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        return jdbc.sql("select a.id, a.email, a.display_name, a.enabled, a.password_hash is not null from account a "
                + where + " order by a.display_name, a.email").params(params)
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), List.copyOf(roles.getOrDefault(rs.getLong(1), List.of())))).list();
    }

    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
