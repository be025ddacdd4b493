package fr.nouage.synthetic;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import fr.nouage.meeting.LegalDelays;
import fr.nouage.territory.Collectivity;

/**
 * Writes the history of one territory: bodies, élus' sessions, the collective's meetings with their
 * agendas, attendance, minutes, positions, decisions and actions. Deterministic for a given seed.
 */
final class HistoryWriter {

    static final List<String> TABLES = List.of("body", "elected_session", "meeting", "agenda_item", "attendance",
            "item_position", "item_decision", "action_item", "speaking_turn", "convocation");
    private static final String[] KINDS = {"INFORMATION", "EXCHANGE", "TECHNICAL_OPINION", "DECISION"};
    private static final String[] TOPICS = {"Mutualisation de la commande publique", "Schéma des mobilités",
            "Plan de formation commun", "Gestion des milieux aquatiques", "Petite enfance : places en crèche",
            "Pacte financier et fiscal", "Instruction des autorisations d'urbanisme", "Numérique : messagerie partagée",
            "Prévention des risques", "Restauration scolaire", "Projet de territoire", "Ressources humaines : remplacements"};
    private static final String MINUTES = "Le collectif a échangé sur ce point. Les communes ont présenté leurs contraintes ; "
            + "l'EPCI a rappelé le calendrier. **Points d'accord** : calendrier, méthode. *À préciser* : la clé de répartition.";

    private final RowSink out;
    private final Random random;
    private final Instant now;
    private final java.util.Map<String, Long> existingBodies;
    private final long seed;

    HistoryWriter(RowSink out, long seed, String territorySiren, Instant now) {
        this(out, seed, territorySiren, now, java.util.Map.of());
    }

    /** @param existingBodies ids of the standard bodies already there, by standard key */
    HistoryWriter(RowSink out, long seed, String territorySiren, Instant now, java.util.Map<String, Long> existingBodies) {
        this.existingBodies = existingBodies;
        this.seed = seed;
        this.out = out;
        this.random = new Random(seed ^ territorySiren.hashCode());
        this.now = now;
    }

    static void declareTables(RowSink out) {
        out.table("body", true, "id", "territory_siren", "kind", "name", "collectivity_siren", "standard_key", "created_at");
        out.table("elected_session", true, "id", "body_id", "territory_siren", "starts_at", "urgent",
                "convocation_deadline", "convocation_sent_on", "created_at");
        out.table("meeting", true, "id", "territory_siren", "body_id", "starts_at", "ends_at", "place", "host_siren",
                "facilitator_siren", "agenda_lead_hours", "agenda_freezes_at", "frozen_at", "upstream_session_id",
                "status", "created_at");
        out.table("agenda_item", true, "id", "meeting_id", "position", "title", "description", "kind", "sensitive",
                "urgent", "proposed_by_siren", "proposed_at", "outcome", "outcome_text", "minutes");
        out.table("attendance", false, "meeting_id", "collectivity_siren", "status");
        out.table("item_position", true, "id", "agenda_item_id", "collectivity_siren", "stance", "argument",
                "spoken_by_name", "recorded_at");
        out.table("item_decision", false, "agenda_item_id", "mode", "outcome", "statement", "agree_count",
                "reservation_count", "objection_count", "abstain_count", "present_count", "quorum", "decided_at");
        out.table("action_item", true, "id", "territory_siren", "meeting_id", "agenda_item_id", "title", "owner_siren",
                "due_on", "status");
        out.table("speaking_turn", true, "id", "agenda_item_id", "collectivity_siren", "speaker_name", "intent",
                "requested_at", "spoken_at");
        out.table("convocation", true, "id", "meeting_id", "account_id", "email", "sent_at", "ack_token_hash",
                "acknowledged_at");
        ConsultationWriter.declareTables(out);
    }

    /** A member convened to the collective's meetings: a director or a facilitator of the territory. */
    record Convened(long accountId, String email) {
    }

    /** Writes {@code years} years of history up to now, plus two upcoming meetings. */
    void write(String territory, String territoryName, List<Collectivity> members, int years, int meetingsPerYear,
            int itemsPerMeeting) {
        write(territory, territoryName, members, years, meetingsPerYear, itemsPerMeeting, List.of());
    }

    /**
     * Writes {@code years} years of history up to now, plus two upcoming meetings; the agendas whose
     * freezing time has passed are frozen, and the latest of them has its convocations sent to
     * {@code convened}, each acknowledged by the token {@link SyntheticAccounts#convocationToken}.
     */
    void write(String territory, String territoryName, List<Collectivity> members, int years, int meetingsPerYear,
            int itemsPerMeeting, List<Convened> convened) {
        Timestamp created = Timestamp.from(now);
        long collective = body(territory, "COLLECTIVE", "Collectif des directeurs", created);
        long bureau = body(territory, "BUREAU", "Bureau communautaire", created);
        long council = body(territory, "CONSEIL_COMMUNAUTAIRE", "Conseil communautaire", created);
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        LocalDate start = today.minusYears(years);
        int total = years * meetingsPerYear + 2;
        long daysSpan = java.time.temporal.ChronoUnit.DAYS.between(start, today.plusDays(30));
        long lastFrozen = -1;
        Timestamp lastFreeze = null;
        for (int i = 0; i < total; i++) {
            LocalDate day = workingDay(start.plusDays(daysSpan * i / total));
            boolean past = day.isBefore(today);
            long session = session(territory, i % 3 == 0 ? council : bureau, day.plusDays(4), created);
            long meeting = meeting(territory, collective, session, day, past, i, members, itemsPerMeeting, created);
            Timestamp freezes = freezes(day);
            if (!freezes.toInstant().isAfter(now)) {
                lastFrozen = meeting;
                lastFreeze = freezes;
            }
        }
        if (lastFrozen >= 0) {
            for (Convened c : convened) {
                out.add("convocation", out.nextId("convocation"), lastFrozen, c.accountId(), c.email(), lastFreeze,
                        SyntheticAccounts.tokenHash(SyntheticAccounts.convocationToken(seed, territory, c.email())), null);
            }
        }
        new ConsultationWriter(out, random, now).write(territory, members, years);
    }

    private long body(String territory, String kind, String name, Timestamp created) {
        Long existing = existingBodies.get(territory + ":" + kind);
        if (existing != null) {
            return existing;
        }
        long id = out.nextId("body");
        out.add("body", id, territory, kind, name, null, territory + ":" + kind, created);
        return id;
    }

    private long session(String territory, long body, LocalDate day, Timestamp created) {
        long id = out.nextId("elected_session");
        LocalDate deadline = LegalDelays.convocationDeadline(day, LegalDelays.LARGE);
        out.add("elected_session", id, body, territory, at(day, LocalTime.of(18, 30)), false, Date.valueOf(deadline),
                day.isBefore(LocalDate.ofInstant(now, PARIS)) ? Date.valueOf(deadline.minusDays(random.nextInt(3)))
                        : null, created);
        return id;
    }

    /** The meeting's id; its agenda is frozen once its freezing time has passed, as the platform would have. */
    private long meeting(String territory, long body, long session, LocalDate day, boolean past, int index,
            List<Collectivity> members, int itemsPerMeeting, Timestamp created) {
        long id = out.nextId("meeting");
        Timestamp starts = at(day, LocalTime.of(9, 0));
        Timestamp freezes = freezes(day);
        boolean frozen = past || !freezes.toInstant().isAfter(now);
        Collectivity host = members.get(index % members.size());
        Collectivity facilitator = members.get((index + 1) % members.size());
        out.add("meeting", id, territory, body, starts, at(day, LocalTime.of(11, 30)), "Mairie de " + host.name(),
                host.siren(), facilitator.siren(), 48, freezes, frozen ? freezes : null, session,
                past ? "HELD" : "PLANNED", created);
        int quorum = members.size() / 2 + 1;
        List<Collectivity> present = members.stream().filter(m -> random.nextInt(100) < 75).toList();
        if (past) {
            for (Collectivity m : members) {
                out.add("attendance", id, m.siren(), present.contains(m) ? "PRESENT"
                        : random.nextBoolean() ? "EXCUSED" : "REPRESENTED");
            }
        }
        for (int p = 1; p <= itemsPerMeeting; p++) {
            item(territory, id, p, past, members, present, quorum, starts);
        }
        return id;
    }

    private static Timestamp freezes(LocalDate day) {
        return Timestamp.from(at(day, LocalTime.of(9, 0)).toInstant().minusSeconds(48 * 3600));
    }

    private void item(String territory, long meeting, int position, boolean past, List<Collectivity> members,
            List<Collectivity> present, int quorum, Timestamp starts) {
        long id = out.nextId("agenda_item");
        String kind = KINDS[random.nextInt(KINDS.length)];
        String title = TOPICS[random.nextInt(TOPICS.length)];
        Collectivity proposer = members.get(random.nextInt(members.size()));
        boolean decides = kind.equals("DECISION") || kind.equals("TECHNICAL_OPINION");
        String outcome = !past ? null : kind.equals("DECISION") ? "DECISION" : kind.equals("TECHNICAL_OPINION") ? "OPINION" : "NOTED";
        out.add("agenda_item", id, meeting, position, title, "Point proposé pour préparer la décision des élus.", kind,
                random.nextInt(10) == 0, false, proposer.siren(), Timestamp.from(starts.toInstant().minusSeconds(7 * 86400)),
                outcome, past && decides ? "Le collectif émet un avis favorable." : null, past ? MINUTES : null);
        if (!past) {
            return;
        }
        if (decides) {
            int agree = 0;
            int reservation = 0;
            for (Collectivity m : present) {
                if (random.nextInt(100) < 60) {
                    boolean withReservation = random.nextInt(5) == 0;
                    out.add("item_position", out.nextId("item_position"), id, m.siren(),
                            withReservation ? "RESERVATION" : "AGREE", "Position argumentée", "Direction", starts);
                    agree += withReservation ? 0 : 1;
                    reservation += withReservation ? 1 : 0;
                }
            }
            if (kind.equals("DECISION")) {
                out.add("item_decision", id, "CONSENT", present.size() >= quorum ? "ADOPTED" : "NO_QUORUM",
                        "Le collectif adopte la proposition.", agree, reservation, 0, 0, present.size(), quorum, starts);
            }
        }
        if (random.nextInt(3) == 0) {
            Collectivity speaker = present.isEmpty() ? proposer : present.get(random.nextInt(present.size()));
            out.add("speaking_turn", out.nextId("speaking_turn"), id, speaker.siren(), "Direction",
                    random.nextBoolean() ? "FOR" : "QUESTION", starts, starts);
        }
        if (random.nextInt(5) == 0) {
            Collectivity owner = members.get(random.nextInt(members.size()));
            LocalDate due = LocalDate.ofInstant(starts.toInstant(), PARIS).plusDays(30);
            out.add("action_item", out.nextId("action_item"), territory, meeting, id, "Préparer une note de synthèse",
                    owner.siren(), Date.valueOf(due), due.isBefore(LocalDate.ofInstant(now, PARIS)) ? "DONE" : "OPEN");
        }
    }

    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Timestamp at(LocalDate day, LocalTime time) {
        return Timestamp.from(day.atTime(time).atZone(PARIS).toInstant());
    }
}
