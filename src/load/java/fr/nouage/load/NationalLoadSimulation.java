package fr.nouage.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import fr.nouage.synthetic.SyntheticAccounts;

/**
 * A national peak hour on Nouage: virtual users who are the synthetic history's directors, élus,
 * facilitators and coordinator of many territories, each with its own web session (its own cookies),
 * signing in once through the sign-in form, then doing what such a person does in a week, one action
 * after a pause of {@code thinkMin}–{@code thinkMax} seconds: home, territory, calendar, meetings,
 * meeting, deliberation of an item, minutes, consultation, charter, parity; about one action in ten
 * writes through the real forms with their CSRF tokens (propose an item, give a position, answer a
 * consultation, edit minutes, acknowledge a convocation). Users arrive in an open model: a ramp to
 * the number that makes the peak's requests per second, a hold, then steps beyond it to find the
 * knee. See docs/load-test.md.
 */
public class NationalLoadSimulation extends Simulation {

    static final LoadSettings SETTINGS = LoadSettings.fromSystemProperties();
    private static volatile long start;
    private static volatile long end;

    private final Roster roster = Roster.load(SETTINGS);

    private final HttpProtocolBuilder protocol = http.baseUrl(SETTINGS.baseUrl())
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Nouage load test")
            // the few connections of a reverse proxy in front of the platform, not one per person
            .shareConnections()
            // every redirect is followed by hand, so that the page it leads to counts under its own kind
            .disableFollowRedirect();

    // ---- requests -------------------------------------------------------------------------------

    /** A page, checked 200, recorded under its kind, then read by {@code read} (may be null). */
    private static ChainBuilder page(String kind, Function<Session, String> url,
            BiFunction<Session, String, Session> read) {
        return exec(http(kind).get(url)
                .check(responseTimeInMillis().saveAs("rt"), status().is(200), bodyString().saveAs("body")))
                .exec(session -> {
                    boolean ok = !session.isFailed();
                    Recorder.add(kind, millis(session), ok, false);
                    Session next = session.markAsSucceeded();
                    if (ok && read != null && next.contains("body")) {
                        next = read.apply(next, next.getString("body"));
                    }
                    return next.remove("body").remove("rt");
                });
    }

    /**
     * A form sent as a browser sends it, checked with the expected status and a redirect that does not
     * lead to the sign-in page, then the page it redirects to, recorded under {@code followKind}.
     */
    private static ChainBuilder post(String kind, boolean write, int expected, boolean htmx,
            Function<Session, String> url, Function<Session, Map<String, Object>> fields, String followKind) {
        var request = http(kind).post(url).formParamMap(fields)
                .check(responseTimeInMillis().saveAs("rt"), status().is(expected),
                        header("Location").optional().saveAs("location"));
        HttpRequestActionBuilder sent = htmx ? request.header("HX-Request", "true") : request;
        ChainBuilder posted = exec(sent)
                .exec(session -> {
                    String location = session.contains("location") ? session.getString("location") : null;
                    boolean ok = !session.isFailed() && (location == null || !location.contains("/login"));
                    Recorder.add(kind, millis(session), ok, write);
                    Session next = session.markAsSucceeded().remove("rt");
                    return ok ? next : next.remove("location");
                });
        if (followKind != null) {
            posted = posted.doIf(session -> session.contains("location"))
                    .then(page(followKind, session -> path(session.getString("location")), null));
        }
        return posted.exec(session -> session.remove("location").remove("form"));
    }

    private static int millis(Session session) {
        return session.contains("rt") ? session.getInt("rt") : 0;
    }

    /** The path and query of a redirect's location, without its host or fragment. */
    static String path(String location) {
        String path = location.replaceFirst("^https?://[^/]+", "");
        int fragment = path.indexOf('#');
        return fragment < 0 ? path : path.substring(0, fragment);
    }

    // ---- what a person knows --------------------------------------------------------------------

    private static Visitor visitor(Session session) {
        return session.get("visitor");
    }

    private static String siren(Session session) {
        return session.getString("siren");
    }

    private static Visitor.Known known(Session session) {
        return visitor(session).of(siren(session));
    }

    private static String territoryPath(Session session) {
        return "/territoires/" + siren(session);
    }

    private static Session readHome(Session session, String body) {
        List<String> territories = Html.territories(body);
        if (!territories.isEmpty()) {
            visitor(session).territories = territories;
        }
        return session;
    }

    private static Session readMeetings(Session session, String body) {
        List<List<Long>> meetings = Html.meetings(body);
        Visitor.Known known = known(session);
        known.upcoming = meetings.get(0);
        known.held = meetings.get(1);
        return session;
    }

    private static Session readItems(Session session, String body) {
        known(session).items.put(session.getLong("meeting"), Html.items(body));
        return session;
    }

    private static Session readConsultations(Session session, String body) {
        known(session).consultations = Html.consultations(body);
        return session;
    }

    private static BiFunction<Session, String, Session> readForm(Function<String, Map<String, String>> reader) {
        return (session, body) -> {
            Map<String, String> form = reader.apply(body);
            return form == null ? session : session.set("form", form);
        };
    }

    /** The form read from the page, with the fields the person fills in. */
    private static Function<Session, Map<String, Object>> filled(Map<String, Function<Session, String>> typed) {
        return session -> {
            Map<String, String> form = session.get("form");
            Map<String, Object> fields = new HashMap<>();
            form.forEach((name, value) -> {
                if (!name.equals("_action")) {
                    fields.put(name, value);
                }
            });
            typed.forEach((name, value) -> fields.put(name, value.apply(session)));
            return fields;
        };
    }

    private static String action(Session session) {
        Map<String, String> form = session.get("form");
        return form.get("_action");
    }

    /** Sets {@code name} to one of the ids, or removes it when there is none. */
    private static Session choose(Session session, String name, Long id) {
        return id == null ? session.remove(name) : session.set(name, id);
    }

    private static Long first(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }

    private static Long last(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.get(ids.size() - 1);
    }

    private static Long any(List<Long> ids, int within) {
        return ids == null || ids.isEmpty() ? null
                : ids.get(ThreadLocalRandom.current().nextInt(Math.min(within, ids.size())));
    }

    // ---- pauses ---------------------------------------------------------------------------------

    private static Duration seconds(double from, double to) {
        return Duration.ofMillis((long) (1000 * (from + ThreadLocalRandom.current().nextDouble() * (to - from))));
    }

    /** Between two actions. */
    private static Duration think() {
        return seconds(SETTINGS.thinkMinSeconds(), SETTINGS.thinkMaxSeconds());
    }

    /** From a list to the page it leads to. */
    private static Duration click() {
        return seconds(Math.min(0.5, SETTINGS.thinkMinSeconds()), Math.min(2, SETTINGS.thinkMinSeconds()));
    }

    /** Reading a page and filling in its form. */
    private static Duration typing() {
        return seconds(SETTINGS.thinkMinSeconds() / 2, SETTINGS.thinkMaxSeconds() / 2);
    }

    // ---- actions --------------------------------------------------------------------------------

    private static final ChainBuilder KNOW_MEETINGS = doIf(session -> known(session).upcoming == null)
            .then(page("meetings", session -> territoryPath(session) + "/reunions", NationalLoadSimulation::readMeetings)
                    .pause(session -> click()));

    private static final ChainBuilder KNOW_ITEMS = doIf(session -> session.contains("meeting")
            && !known(session).items.containsKey(session.getLong("meeting")))
            .then(page("meeting", NationalLoadSimulation::meetingPath, NationalLoadSimulation::readItems)
                    .pause(session -> click()));

    private static final ChainBuilder KNOW_CONSULTATIONS = doIf(session -> known(session).consultations == null)
            .then(page("consultations", session -> territoryPath(session) + "/consultations",
                    NationalLoadSimulation::readConsultations).pause(session -> click()));

    private static String meetingPath(Session session) {
        return territoryPath(session) + "/reunions/" + session.getLong("meeting");
    }

    private static String itemPath(Session session) {
        return meetingPath(session) + "/deliberation/" + session.getLong("item");
    }

    private static String consultationPath(Session session) {
        return territoryPath(session) + "/consultations/" + session.getLong("consultation");
    }

    private static String convocationPath(Session session) {
        Visitor v = visitor(session);
        return "/convocations/" + SyntheticAccounts.convocationToken(SETTINGS.seed(), siren(session), v.email);
    }

    private static ChainBuilder withForm(ChainBuilder then) {
        return doIf(session -> session.contains("form")).then(then);
    }

    private static final ChainBuilder HOME = page("home", session -> "/", NationalLoadSimulation::readHome);
    private static final ChainBuilder TERRITORY = page("territory", NationalLoadSimulation::territoryPath, null);
    private static final ChainBuilder CALENDAR = page("calendar", s -> territoryPath(s) + "/calendrier", null);
    private static final ChainBuilder MEETINGS = page("meetings", s -> territoryPath(s) + "/reunions",
            NationalLoadSimulation::readMeetings);
    private static final ChainBuilder CHARTER = page("charter", s -> territoryPath(s) + "/charte", null);
    private static final ChainBuilder PARITY = page("parity", s -> territoryPath(s) + "/parite", null);

    /** The next meeting most often, else the latest held one or one of the few before it. */
    private static final ChainBuilder MEETING = exec(KNOW_MEETINGS)
            .exec(session -> {
                Visitor.Known k = known(session);
                int draw = ThreadLocalRandom.current().nextInt(10);
                Long id = draw < 5 ? first(k.upcoming) : draw < 8 ? first(k.held) : any(k.held, 5);
                return choose(session, "meeting", id == null ? first(k.held) : id);
            })
            .doIf(session -> session.contains("meeting"))
            .then(page("meeting", NationalLoadSimulation::meetingPath, NationalLoadSimulation::readItems));

    /** An item of the next meeting most often, else of the latest held one. */
    private static final ChainBuilder DELIBERATION = exec(KNOW_MEETINGS)
            .exec(session -> {
                Visitor.Known k = known(session);
                Long id = ThreadLocalRandom.current().nextInt(10) < 7 ? first(k.upcoming) : first(k.held);
                return choose(session, "meeting", id == null ? first(k.held) : id);
            })
            .exec(KNOW_ITEMS)
            .exec(session -> choose(session, "item", session.contains("meeting")
                    ? any(known(session).items.get(session.getLong("meeting")), 100) : null))
            .doIf(session -> session.contains("item"))
            .then(page("deliberation", NationalLoadSimulation::itemPath, null));

    private static final ChainBuilder MINUTES = exec(KNOW_MEETINGS)
            .exec(session -> choose(session, "meeting", first(known(session).held)))
            .doIf(session -> session.contains("meeting"))
            .then(page("minutes", session -> meetingPath(session) + "/compte-rendu", null));

    private static final ChainBuilder CONSULTATION = exec(KNOW_CONSULTATIONS)
            .exec(session -> choose(session, "consultation", first(known(session).consultations)))
            .doIf(session -> session.contains("consultation"))
            .then(page("consultation", NationalLoadSimulation::consultationPath, null));

    /** On the farthest upcoming meeting, whose agenda is the least likely to be frozen. */
    private static final ChainBuilder PROPOSE_ITEM = exec(KNOW_MEETINGS)
            .exec(session -> choose(session, "meeting", last(known(session).upcoming)))
            .doIf(session -> session.contains("meeting"))
            .then(page("meeting", NationalLoadSimulation::meetingPath,
                    readForm(body -> Html.form(body, "/points"))))
            .exec(withForm(pause(session -> typing()).exec(post("propose item", true, 302, false,
                    NationalLoadSimulation::action, filled(Map.of(
                            "title", s -> "Point proposé par la direction (" + System.currentTimeMillis() + ")",
                            "description", s -> "Point à préparer ensemble avant la décision des élus.",
                            "kind", s -> List.of("INFORMATION", "EXCHANGE", "TECHNICAL_OPINION", "DECISION")
                                    .get(ThreadLocalRandom.current().nextInt(4)),
                            "destination", s -> "ici")), "meeting"))));

    /** On an item of the next meeting. */
    private static final ChainBuilder GIVE_POSITION = exec(KNOW_MEETINGS)
            .exec(session -> choose(session, "meeting", first(known(session).upcoming)))
            .exec(KNOW_ITEMS)
            .exec(session -> choose(session, "item", session.contains("meeting")
                    ? any(known(session).items.get(session.getLong("meeting")), 100) : null))
            .doIf(session -> session.contains("item"))
            .then(page("deliberation", NationalLoadSimulation::itemPath,
                    readForm(body -> Html.form(body, "/position"))))
            .exec(withForm(pause(session -> typing()).exec(post("give position", true, 302, false,
                    NationalLoadSimulation::action, filled(Map.of(
                            "stance", s -> ThreadLocalRandom.current().nextInt(4) == 0 ? "RESERVATION" : "AGREE",
                            "argument", s -> "Position de la commune, après échange avec les élus.")),
                    "deliberation"))));

    /** The latest consultation, open in the synthetic history. */
    private static final ChainBuilder ANSWER_CONSULTATION = exec(KNOW_CONSULTATIONS)
            .exec(session -> choose(session, "consultation", first(known(session).consultations)))
            .doIf(session -> session.contains("consultation"))
            .then(page("consultation", NationalLoadSimulation::consultationPath, readForm(Html::consultationAnswer)))
            .exec(withForm(pause(session -> typing()).exec(post("answer consultation", true, 302, false,
                    NationalLoadSimulation::action, filled(Map.of()), "consultation"))));

    /** An item of the latest held meeting, saved as the minutes page's script does (HTMX, a fragment back). */
    private static final ChainBuilder EDIT_MINUTES = exec(KNOW_MEETINGS)
            .exec(session -> choose(session, "meeting", first(known(session).held)))
            .doIf(session -> session.contains("meeting"))
            .then(page("minutes", session -> meetingPath(session) + "/compte-rendu", readForm(Html::minutesEdit)))
            .exec(withForm(pause(session -> typing()).exec(post("edit minutes", true, 200, true,
                    NationalLoadSimulation::action, filled(Map.of()), null))));

    /** The link of the convocation e-mail, then its button. */
    private static final ChainBuilder ACKNOWLEDGE_CONVOCATION = exec(page("convocation",
            NationalLoadSimulation::convocationPath,
            (session, body) -> readForm(b -> Html.form(b, convocationPath(session))).apply(session, body)))
            .exec(withForm(pause(session -> click()).exec(post("acknowledge convocation", true, 302, false,
                    NationalLoadSimulation::action, filled(Map.of()), "convocation"))));

    private static final ChainBuilder SIGN_IN = exec(session -> session.set("visitor",
            new Visitor(session.getString("email"), Roster.Role.valueOf(session.getString("role")))))
            .exec(page("login page", session -> "/login", (session, body) -> {
                String csrf = Html.csrf(body);
                return csrf == null ? session : session.set("form", Map.of("_action", "/login", "_csrf", csrf));
            }))
            .exec(withForm(pause(session -> click()).exec(post("sign in", false, 302, false, session -> "/login",
                    filled(Map.of("email", session -> visitor(session).email, "password",
                            session -> SETTINGS.password())), null))))
            .exec(HOME);

    /** Chooses the next action and the territory it is about. */
    private static Session next(Session session) {
        Visitor v = visitor(session);
        String siren = v.territory();
        Visitor.Action action = siren == null ? Visitor.Action.HOME : v.next();
        Session next = session.set("action", action.name()).remove("form").remove("meeting").remove("item")
                .remove("consultation");
        return siren == null ? next : next.set("siren", siren);
    }

    private final ScenarioBuilder scenario = scenario("A week of a member of a collective")
            .feed(roster.feeder())
            .exec(SIGN_IN)
            .asLongAs(session -> System.currentTimeMillis() < end, "actions", true).on(
                    pause(session -> think())
                            .exec(NationalLoadSimulation::next)
                            .doSwitch("#{action}").on(
                                    onCase("HOME").then(HOME),
                                    onCase("TERRITORY").then(TERRITORY),
                                    onCase("CALENDAR").then(CALENDAR),
                                    onCase("MEETINGS").then(MEETINGS),
                                    onCase("MEETING").then(MEETING),
                                    onCase("DELIBERATION").then(DELIBERATION),
                                    onCase("MINUTES").then(MINUTES),
                                    onCase("CONSULTATION").then(CONSULTATION),
                                    onCase("CHARTER").then(CHARTER),
                                    onCase("PARITY").then(PARITY),
                                    onCase("PROPOSE_ITEM").then(PROPOSE_ITEM),
                                    onCase("GIVE_POSITION").then(GIVE_POSITION),
                                    onCase("ANSWER_CONSULTATION").then(ANSWER_CONSULTATION),
                                    onCase("EDIT_MINUTES").then(EDIT_MINUTES),
                                    onCase("ACKNOWLEDGE_CONVOCATION").then(ACKNOWLEDGE_CONVOCATION)));

    // ---- injection ------------------------------------------------------------------------------

    /** Requests a person sends per action once they know their way, by action. */
    private static int requests(Visitor.Action action) {
        return switch (action) {
            case PROPOSE_ITEM, GIVE_POSITION, ANSWER_CONSULTATION, ACKNOWLEDGE_CONVOCATION -> 3;
            case EDIT_MINUTES -> 2;
            default -> 1;
        };
    }

    /** Requests per second one virtual user sends on average, over the mix of roles and actions. */
    static double requestsPerUserSecond() {
        double perSecond = 0;
        for (var role : Roster.SHARES.entrySet()) {
            double requests = 0;
            double seconds = 0;
            for (var action : Visitor.MIX.get(role.getKey()).entrySet()) {
                double weight = action.getValue() / 1000.0;
                requests += weight * requests(action.getKey());
                double typing = action.getKey().writes() ? SETTINGS.thinkMeanSeconds() / 2 : 0;
                seconds += weight * (SETTINGS.thinkMeanSeconds() + typing);
            }
            perSecond += role.getValue() / 1000.0 * requests / seconds;
        }
        return perSecond;
    }

    private static OpenInjectionStep[] injection() {
        double perUser = requestsPerUserSecond();
        double usersAtPeak = SETTINGS.peakRps() / perUser;
        List<OpenInjectionStep> steps = new ArrayList<>();
        steps.add(constantUsersPerSec(usersAtPeak / SETTINGS.rampSeconds())
                .during(Duration.ofSeconds(SETTINGS.rampSeconds())).randomized());
        if (SETTINGS.holdSeconds() > 0) {
            steps.add(nothingFor(Duration.ofSeconds(SETTINGS.holdSeconds())));
        }
        // each step's newcomers arrive during its first quarter, then the load holds
        int arriving = Math.max(1, SETTINGS.stepSeconds() / 4);
        for (int k = 1; k <= SETTINGS.beyondSteps(); k++) {
            double more = usersAtPeak * SETTINGS.beyondStepPercent() / 100.0;
            steps.add(constantUsersPerSec(more / arriving).during(Duration.ofSeconds(arriving)).randomized());
            steps.add(nothingFor(Duration.ofSeconds(SETTINGS.stepSeconds() - arriving)));
        }
        System.out.printf(java.util.Locale.ROOT,
                "Load: %.3f requests per second per virtual user; %.0f users at the peak of %.0f req/s; roster: %s%n",
                perUser, usersAtPeak, SETTINGS.peakRps(), roster());
        return steps.toArray(new OpenInjectionStep[0]);
    }

    private static volatile String rosterText = "";

    private static String roster() {
        return rosterText;
    }

    {
        rosterText = roster.describe();
        setUp(scenario.injectOpen(injection())).protocols(protocol)
                .maxDuration(SETTINGS.total().plusSeconds(30));
    }

    @Override
    public void before() {
        start = System.currentTimeMillis();
        end = start + SETTINGS.total().toMillis();
    }

    @Override
    public void after() {
        System.out.println(Recorder.summarise(SETTINGS, start, roster()));
    }
}
