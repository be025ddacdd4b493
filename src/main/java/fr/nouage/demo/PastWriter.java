package fr.nouage.demo;

import static fr.nouage.demo.Rows.at;
import static fr.nouage.platform.DateFormats.PARIS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import fr.nouage.demo.DemoStory.ConsultationText;
import fr.nouage.demo.DemoStory.Topic;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.LegalDelays;
import fr.nouage.rules.ActiveRules;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.SizeClass;

/**
 * Writes the past of one demonstration territory, about two years up to the clock's now: the élus'
 * sittings, a meeting of the collective a week before each (agenda frozen ahead as the rules say),
 * its attendance, convocations and acknowledgements, items with positions, decisions, opinions
 * forwarded to the sitting, minutes published, speaking turns and actions, then the consultations
 * between meetings. Deterministic for a territory and a day. The history lies in the past, where
 * the facades rightly refuse to plan anything: rows are written as a seed script would.
 */
final class PastWriter {

    /** Sittings looked back on: one about every four weeks, about two years. */
    static final int SITTINGS = 25;
    static final int CADENCE_DAYS = 28;
    static final int DAYS_BEFORE_SITTING = 7;

    private final Rows rows;
    private final DemoStory story;
    private final List<Collectivity> members;
    private final Map<String, DemoPeople.Person> directors;
    private final String facilitatorName;
    private final Function<LocalDate, ActiveRules> rules;
    private final Instant now;
    private final LocalDate today;
    private final Random random;
    private int topicTurn;
    private int ownTurn;
    private int actionTurn;
    private long[] lastDecision;

    PastWriter(Rows rows, DemoStory story, List<Collectivity> members, Map<String, DemoPeople.Person> directors,
            String facilitatorName, Function<LocalDate, ActiveRules> rules, Instant now) {
        this.rows = rows;
        this.story = story;
        this.members = members;
        this.directors = directors;
        this.facilitatorName = facilitatorName;
        this.rules = rules;
        this.now = now;
        this.today = LocalDate.ofInstant(now, PARIS);
        this.random = new Random(story.siren().hashCode() * 31L + 2019);
    }

    /** The next sitting of the élus' upstream body, four days from now (a working day). */
    static LocalDate nextSitting(LocalDate today) {
        return workingDay(today.plusDays(4));
    }

    /**
     * Writes the past and returns the id of the sitting after the next one, which the meeting to come
     * prepares.
     */
    long write(long collectiveBody, long upstreamBody, List<Long> groupBodies) {
        LocalDate anchor = nextSitting(today);
        int index = 0;
        for (int k = SITTINGS; k >= 0; k--) {
            LocalDate sittingDay = workingDay(anchor.minusDays((long) CADENCE_DAYS * k));
            if (sittingDay.getMonth() == Month.AUGUST) {
                continue;
            }
            long sitting = sitting(upstreamBody, sittingDay);
            LocalDate meetingDay = workingDayBefore(sittingDay.minusDays(DAYS_BEFORE_SITTING));
            meeting(collectiveBody, sitting, meetingDay, index++);
        }
        for (int g = 0; g < groupBodies.size(); g++) {
            for (int k = 11; k >= 1; k--) {
                LocalDate day = workingDay(today.minusDays(61L * k + 9 * g));
                if (day.getMonth() != Month.AUGUST) {
                    groupMeeting(groupBodies.get(g), day, k + g);
                }
            }
        }
        consultations();
        actionsToCome();
        return sitting(upstreamBody, workingDay(anchor.plusDays(CADENCE_DAYS)));
    }

    private long sitting(long body, LocalDate day) {
        LocalDate deadline = LegalDelays.convocationDeadline(day, LegalDelays.LARGE);
        return rows.insert("""
                insert into elected_session (body_id, territory_siren, starts_at, place, urgent, convocation_deadline,
                    convocation_sent_on, created_at) values (?, ?, ?, ?, false, ?, ?, ?)""",
                body, story.siren(), at(instant(day, 18, 30)), text("place.epci", members.get(0).name()),
                Date.valueOf(deadline), deadline.isBefore(today) ? Date.valueOf(deadline) : null,
                at(instant(day.minusDays(40), 10, 0)));
    }

    private void meeting(long body, long sitting, LocalDate day, int index) {
        Instant starts = instant(day, 9, 0);
        Instant ends = instant(day, 11, 30);
        ActiveRules rule = rules.apply(day);
        Instant freezes = starts.minus(Duration.ofHours(rule.agendaLeadHours()));
        Collectivity host = host(index);
        Collectivity facilitator = facilitating(index);
        boolean held = ends.isBefore(now);
        Instant published = instant(day.plusDays(2), 17, 0);
        boolean publish = held && published.isBefore(now);
        String place = host.isEpci() ? text("place.epci", host.name()) : text("place.commune", host.name());
        long meeting = rows.insert("""
                insert into meeting (territory_siren, body_id, starts_at, ends_at, place, host_siren, facilitator_siren,
                    agenda_lead_hours, agenda_freezes_at, frozen_at, upstream_session_id, charter_version, status,
                    chaired_by, created_at, minutes_published_at, minutes_published_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                story.siren(), body, at(starts), at(ends), place, host.siren(), facilitator.siren(),
                rule.agendaLeadHours(), at(freezes), at(freezes), sitting, rule.charterVersion(),
                held ? "HELD" : "PLANNED", name(facilitator), at(starts.minus(Duration.ofDays(30))),
                publish ? at(published) : null, publish ? name(facilitator) : null);
        Map<String, String> attendance = attendance(meeting, held);
        convocations(meeting, freezes);
        List<Topic> topics = topics(index);
        for (int p = 0; p < topics.size(); p++) {
            item(meeting, sitting, p + 1, topics.get(p), starts, ends, attendance, facilitator);
        }
    }

    private void groupMeeting(long body, LocalDate day, int index) {
        Instant starts = instant(day, 14, 0);
        Collectivity host = members.get(1 + index % (members.size() - 1));
        long meeting = rows.insert("""
                insert into meeting (territory_siren, body_id, starts_at, ends_at, place, host_siren, facilitator_siren,
                    agenda_lead_hours, agenda_freezes_at, frozen_at, status, created_at, minutes_published_at,
                    minutes_published_by) values (?, ?, ?, ?, ?, ?, ?, 48, ?, ?, 'HELD', ?, ?, ?)""",
                story.siren(), body, at(starts), at(instant(day, 16, 0)), text("place.commune", host.name()),
                host.siren(), host.siren(), at(starts.minus(Duration.ofHours(48))), at(starts.minus(Duration.ofHours(48))),
                at(starts.minus(Duration.ofDays(20))), at(starts.plus(Duration.ofDays(3))), name(host));
        Map<String, String> attendance = new LinkedHashMap<>();
        for (Collectivity c : members) {
            if (random.nextInt(100) < 45) {
                attendance.put(c.siren(), "PRESENT");
                rows.run("insert into attendance (meeting_id, collectivity_siren, status, recorded_by) values (?, ?, ?, ?)",
                        meeting, c.siren(), "PRESENT", name(host));
            }
        }
        Topic topic = story.texts().common().get((index * 5) % story.texts().common().size());
        rows.insert("""
                insert into agenda_item (meeting_id, position, title, description, kind, sensitive, urgent,
                    proposed_by_siren, proposed_at, outcome, minutes, minutes_updated_by, minutes_updated_at)
                values (?, 1, ?, ?, 'EXCHANGE', false, false, ?, ?, 'NOTED', ?, ?, ?)""",
                meeting, topic.title(), topic.description(), host.siren(), at(starts.minus(Duration.ofDays(10))),
                text("minutes.information"), name(host), at(starts.plus(Duration.ofHours(3))));
    }

    private Map<String, String> attendance(long meeting, boolean held) {
        Map<String, String> statuses = new LinkedHashMap<>();
        if (!held) {
            return statuses;
        }
        for (Collectivity c : members) {
            int roll = random.nextInt(100);
            String status = roll < presence(c) ? "PRESENT" : roll < presence(c) + 6 ? "REPRESENTED" : "EXCUSED";
            statuses.put(c.siren(), status);
            rows.run("insert into attendance (meeting_id, collectivity_siren, status, recorded_by) values (?, ?, ?, ?)",
                    meeting, c.siren(), status, facilitatorName);
        }
        return statuses;
    }

    /** Larger collectivités come more often: the parity figures show it, as the seed observed. */
    private static int presence(Collectivity c) {
        if (c.isEpci()) {
            return 96;
        }
        return switch (c.sizeClass()) {
            case FROM_10000 -> 92;
            case FROM_3500_TO_9999 -> 86;
            case FROM_1000_TO_3499 -> 68;
            default -> 52;
        };
    }

    private void convocations(long meeting, Instant sentAt) {
        for (DemoPeople.Person person : directors.values()) {
            boolean acknowledged = random.nextInt(100) < 85;
            rows.run("""
                    insert into convocation (meeting_id, account_id, email, sent_at, ack_token_hash, acknowledged_at)
                    values (?, ?, ?, ?, ?, ?)""", meeting, person.accountId(), person.email(), at(sentAt),
                    sha256("demo|" + meeting + "|" + person.accountId()),
                    acknowledged ? at(sentAt.plus(Duration.ofHours(2 + random.nextInt(40)))) : null);
        }
    }

    private List<Topic> topics(int index) {
        List<Topic> chosen = new ArrayList<>();
        List<Topic> own = story.own();
        if (!own.isEmpty() && (index % 2 == 0 || story.siren().equals(DemoStory.ANCENIS))) {
            chosen.add(own.get(ownTurn++ % own.size()));
        }
        List<Topic> common = story.texts().common();
        while (chosen.size() < 4) {
            Topic topic = common.get(topicTurn++ % common.size());
            if (!chosen.contains(topic)) {
                chosen.add(topic);
            }
        }
        return chosen;
    }

    private void item(long meeting, long sitting, int position, Topic topic, Instant starts, Instant ends,
            Map<String, String> attendance, Collectivity facilitator) {
        boolean held = !attendance.isEmpty();
        boolean asks = topic.kind() == ItemKind.DECISION || topic.kind() == ItemKind.TECHNICAL_OPINION;
        Collectivity proposer = proposer();
        List<String> present = attendance.entrySet().stream().filter(e -> !"EXCUSED".equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        int quorum = rules.apply(LocalDate.ofInstant(starts, PARIS)).quorum(members.size());
        boolean quorate = present.size() >= quorum;
        String outcome = !held ? null : !asks ? "NOTED" : topic.kind() == ItemKind.TECHNICAL_OPINION ? "OPINION"
                : quorate ? "DECISION" : "DEFERRED";
        Long sessionItem = null;
        if ("OPINION".equals(outcome)) {
            sessionItem = rows.insert("insert into session_item (session_id, position, title) values (?, ?, ?)",
                    sitting, position, topic.title());
        }
        long item = rows.insert("""
                insert into agenda_item (meeting_id, position, title, description, kind, sensitive, urgent,
                    proposed_by_account, proposed_by_siren, proposed_at, session_item_id, outcome, outcome_text, minutes,
                    minutes_updated_by, minutes_updated_at, opinion_forwarded_at)
                values (?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                meeting, position, topic.title(), topic.description(), topic.kind().name(), random.nextInt(12) == 0,
                accountOf(proposer), proposer.siren(), at(starts.minus(Duration.ofDays(5 + random.nextInt(10)))),
                sessionItem, outcome, held && asks && !topic.conclusion().isBlank() ? topic.conclusion() : null,
                held ? text(asks ? "minutes" : "minutes.information") : null, held ? name(facilitator) : null,
                held ? at(ends.plus(Duration.ofHours(4))) : null, sessionItem != null ? at(ends) : null);
        if (!held) {
            return;
        }
        int[] counts = new int[4];
        if (asks) {
            positions(item, present, starts, topic.kind() == ItemKind.DECISION, counts);
        }
        if (topic.kind() == ItemKind.DECISION) {
            rows.run("""
                    insert into item_decision (agenda_item_id, mode, outcome, statement, agree_count, reservation_count,
                        objection_count, abstain_count, present_count, quorum, decided_at, decided_by)
                    values (?, 'CONSENT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", item, quorate ? "ADOPTED" : "NO_QUORUM",
                    quorate ? topic.conclusion() : null, counts[0], counts[1], counts[2], counts[3], present.size(),
                    quorum, at(ends.minus(Duration.ofMinutes(20))), facilitatorName);
            if (quorate) {
                action(meeting, item, starts);
            }
        }
        turns(item, present, starts);
    }

    private void positions(long item, List<String> present, Instant starts, boolean decision, int[] counts) {
        for (String siren : present) {
            Collectivity c = member(siren);
            if (random.nextInt(100) >= speaks(c)) {
                continue;
            }
            int roll = random.nextInt(100);
            String stance = roll < 72 ? "AGREE" : roll < 90 ? "RESERVATION" : roll < 97 ? "ABSTAIN" : "OBJECTION";
            String argument = switch (stance) {
                case "RESERVATION" -> text("argument.reservation");
                case "OBJECTION" -> text("argument.objection");
                case "AGREE" -> random.nextInt(3) == 0 ? text("argument.agree") : null;
                default -> null;
            };
            String status = "OBJECTION".equals(stance) ? (decision ? "ANSWERED" : "OPEN") : null;
            Instant recorded = starts.plus(Duration.ofMinutes(10 + random.nextInt(100)));
            rows.run("""
                    insert into item_position (agenda_item_id, collectivity_siren, stance, argument, objection_status,
                        spoken_by_account, spoken_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    item, siren, stance, argument, status, accountOf(c), name(c), at(recorded));
            rows.run("""
                    insert into item_position_history (agenda_item_id, collectivity_siren, stance, argument,
                        objection_status, spoken_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?)""",
                    item, siren, stance, argument, status, name(c), at(recorded));
            counts[switch (stance) {
                case "AGREE" -> 0;
                case "RESERVATION" -> 1;
                case "OBJECTION" -> 2;
                default -> 3;
            }]++;
        }
    }

    /** Small communes speak less often than large ones. */
    private static int speaks(Collectivity c) {
        if (c.isEpci()) {
            return 95;
        }
        return c.sizeClass().compareTo(SizeClass.FROM_3500_TO_9999) >= 0 ? 85
                : c.sizeClass() == SizeClass.FROM_1000_TO_3499 ? 62 : 45;
    }

    private void turns(long item, List<String> present, Instant starts) {
        int turns = present.isEmpty() ? 0 : random.nextInt(3);
        for (int t = 0; t < turns; t++) {
            Collectivity c = member(present.get(random.nextInt(present.size())));
            Instant asked = starts.plus(Duration.ofMinutes(5 + random.nextInt(120)));
            rows.run("""
                    insert into speaking_turn (agenda_item_id, collectivity_siren, speaker_account, speaker_name, intent,
                        requested_at, spoken_at) values (?, ?, ?, ?, ?, ?, ?)""", item, c.siren(), accountOf(c),
                    name(c), random.nextBoolean() ? "FOR" : "QUESTION", at(asked), at(asked.plus(Duration.ofMinutes(3))));
        }
    }

    private void action(long meeting, long item, Instant starts) {
        LocalDate day = LocalDate.ofInstant(starts, PARIS);
        LocalDate due = day.plusDays(21 + random.nextInt(50));
        Collectivity owner = members.get((actionTurn * 11 + 1) % members.size());
        lastDecision = new long[] {meeting, item};
        String title = story.texts().actions().get(actionTurn++ % story.texts().actions().size());
        String status;
        if (due.isBefore(today.minusDays(90))) {
            status = "DONE";
        } else if (due.isBefore(today.minusDays(7))) {
            status = random.nextInt(100) < 80 ? "DONE" : "IN_PROGRESS";
        } else {
            status = random.nextBoolean() ? "OPEN" : "IN_PROGRESS";
        }
        rows.run("""
                insert into action_item (territory_siren, meeting_id, agenda_item_id, title, owner_siren, due_on, status,
                    done_at, created_at, created_by, status_updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                story.siren(), meeting, item, title, owner.siren(), Date.valueOf(due), status,
                "DONE".equals(status) ? at(instant(due.minusDays(3), 16, 0)) : null,
                at(starts.plus(Duration.ofHours(2))), facilitatorName, "OPEN".equals(status) ? null : name(owner));
    }

    /**
     * Actions that give each territory something to follow now: one due next week for its smallest
     * commune, one already late for another commune.
     */
    private void actionsToCome() {
        if (lastDecision == null) {
            return;
        }
        List<Collectivity> bySize = members.stream().filter(c -> !c.isEpci())
                .sorted(java.util.Comparator.comparingLong(Collectivity::population)).toList();
        List<String> titles = story.texts().actions();
        Object[][] actions = {{bySize.get(0), today.plusDays(6), titles.get(1)},
                {bySize.get(1), today.minusDays(12), titles.get(4)}};
        for (Object[] a : actions) {
            Collectivity owner = (Collectivity) a[0];
            rows.run("""
                    insert into action_item (territory_siren, meeting_id, agenda_item_id, title, owner_siren, due_on,
                        status, created_at, created_by) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""",
                    story.siren(), lastDecision[0], lastDecision[1], a[2], owner.siren(), Date.valueOf((LocalDate) a[1]),
                    at(now.minus(Duration.ofDays(20))), facilitatorName);
        }
    }

    private void consultations() {
        List<ConsultationText> texts = story.texts().consultations();
        for (int k = 0; k < texts.size(); k++) {
            ConsultationText text = texts.get((k + story.siren().length() + ownTurn) % texts.size());
            Instant opened = instant(today.minusDays(35 + 110L * k), 10, 0);
            Instant closes = opened.plus(Duration.ofDays(14));
            Collectivity opener = members.get(0);
            long id = rows.insert("""
                    insert into consultation (territory_siren, kind, title, body, points_total, opened_by_account,
                        opened_by_name, opened_at, closes_at, closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    story.siren(), text.kind(), text.title(), text.body(), "POINTS".equals(text.kind()) ? 10 : null,
                    accountOf(opener), name(opener), at(opened), at(closes), at(closes));
            List<Long> options = new ArrayList<>();
            List<String> labels = "DATE_POLL".equals(text.kind()) ? List.of("1", "2", "3") : text.options();
            for (int o = 0; o < labels.size(); o++) {
                Instant date = "DATE_POLL".equals(text.kind()) ? instant(LocalDate.ofInstant(closes, PARIS)
                        .plusDays(7 + o), 9, 0) : null;
                String label = date == null ? labels.get(o)
                        : fr.nouage.platform.DateFormats.of("EEEE d MMMM yyyy", Locale.FRENCH).format(date);
                options.add(rows.insert("""
                        insert into consultation_option (consultation_id, position, label, starts_at) values (?, ?, ?, ?)""",
                        id, o + 1, label, at(date)));
            }
            for (Collectivity c : members) {
                if (random.nextInt(100) >= presence(c)) {
                    continue;
                }
                answer(id, text.kind(), c, options, opened);
            }
        }
    }

    private void answer(long consultation, String kind, Collectivity c, List<Long> options, Instant opened) {
        String stance = switch (kind) {
            case "CONSENT" -> random.nextInt(100) < 80 ? "AGREE" : "RESERVATION";
            default -> null;
        };
        String comment = "ADVICE".equals(kind) ? text("argument.reservation") : null;
        long answer = rows.insert("""
                insert into consultation_answer (consultation_id, collectivity_siren, stance, comment,
                    answered_by_account, answered_by_name, answered_at) values (?, ?, ?, ?, ?, ?, ?)""",
                consultation, c.siren(), stance, comment, accountOf(c), name(c),
                at(opened.plus(Duration.ofHours(2 + random.nextInt(200)))));
        int first = random.nextInt(Math.max(1, options.size()));
        int remaining = 10;
        for (int o = 0; o < options.size(); o++) {
            int option = (first + o) % options.size();
            int amount = switch (kind) {
                case "RANKED_CHOICE" -> o + 1;
                case "POINTS" -> o == options.size() - 1 ? remaining : random.nextInt(remaining + 1);
                case "SINGLE_CHOICE" -> o == 0 ? 1 : 0;
                default -> random.nextInt(3) == 0 ? 0 : 1;
            };
            remaining -= "POINTS".equals(kind) ? amount : 0;
            if (amount > 0) {
                rows.run("insert into consultation_answer_value (answer_id, option_id, amount) values (?, ?, ?)", answer,
                        options.get(option), amount);
            }
        }
    }

    /** Who hosts a meeting: in turn among the communes (Achards), or the EPCI every other time. */
    private Collectivity host(int index) {
        List<Collectivity> communes = members.subList(1, members.size());
        if (story.communesHost() || story.charter()) {
            return communes.get(index % communes.size());
        }
        return index % 2 == 0 ? members.get(0) : communes.get((index / 2) % communes.size());
    }

    /** Who facilitates: in turn among the communes (Achards, Erdre et Gesvres), the EPCI elsewhere. */
    private Collectivity facilitating(int index) {
        List<Collectivity> communes = members.subList(1, members.size());
        if (story.communesHost() || story.charter()) {
            return communes.get((index + 3) % communes.size());
        }
        return index % 4 == 3 ? communes.get((index / 4) % communes.size()) : members.get(0);
    }

    /** Items come mostly from the EPCI and the larger communes. */
    private Collectivity proposer() {
        for (int tries = 0; tries < 5; tries++) {
            Collectivity c = members.get(random.nextInt(members.size()));
            if (random.nextInt(100) < speaks(c)) {
                return c;
            }
        }
        return members.get(0);
    }

    private Collectivity member(String siren) {
        return members.stream().filter(c -> c.siren().equals(siren)).findFirst().orElseThrow();
    }

    private String name(Collectivity c) {
        DemoPeople.Person person = directors.get(c.siren());
        return person == null ? c.name() : person.name();
    }

    private Long accountOf(Collectivity c) {
        DemoPeople.Person person = directors.get(c.siren());
        return person == null ? null : person.accountId();
    }

    private String text(String key, Object... args) {
        String pattern = story.texts().text(key).replace("\\n", "\n");
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.FRENCH).format(args);
    }

    static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static LocalDate workingDayBefore(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    static Instant instant(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(PARIS).toInstant();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
