package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.territory.Territories;

/**
 * The authorisation matrix of every route of the application, read from Spring's own mappings and
 * called as each kind of user. A route without an entry in {@link #EXPECTED} fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends IntegrationTest {

    /** Who may call a route (the territory of every path is Mortagne). */
    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in user. */
        SIGNED_IN,
        /** Users of the territory (director, élu, referent, its facilitator), the coordinator, the admin. */
        TERRITORY,
        /** Users of the territory who follow its decisions (not the network referents), the coordinator, the admin. */
        FOLLOWERS,
        /** Those who run the territory's meetings: its directors, its facilitator, the coordinator, the admin. */
        ORGANISERS,
        /** Its facilitator, the coordinator and the admin. */
        FACILITATION,
        /** Whoever accompanies territories: any facilitator (seeing theirs), the coordinator, the admin (the observatory's overview). */
        ACCOMPANYING,
        /** The coordinator and the admin only, not even the territory's facilitator (the audit log). */
        COORDINATION,
        /** The admin only. */
        ADMIN
    }

    static final Map<String, Access> EXPECTED = RouteMatrix.EXPECTED;

    private static final String OTHER_TERRITORY = "200000438";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    private final Map<String, String> samples = new TreeMap<>();

    /** Every route of the application, as "METHOD /pattern". */
    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                } else {
                    methods.forEach(m -> routes.add(m.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    @BeforeAll
    void samples() {
        ApiClient director = api().signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        String start = slots().from(MORTAGNE, 300).toString();
        long meeting = director.post("/api/v1/territories/" + MORTAGNE + "/meetings", Map.of("startsAt", start)).json()
                .get("id").asLong();
        long item = director.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Point de la matrice",
                "kind", "DECISION", "sensitive", false)).json().get("id").asLong();
        long session = director.post("/api/v1/territories/" + MORTAGNE + "/sessions", Map.of("body", "BUREAU",
                "startsAt", java.time.LocalDate.now().plusDays(305) + "T18:00")).json().get("id").asLong();
        // a project led by the EPCI (whose director steers it) with one convention
        long project = director.post("/api/v1/territories/" + MORTAGNE + "/projects", Map.of("title",
                "Projet de la matrice", "pilotage", "EPCI", "leads", java.util.List.of(MORTAGNE), "phase", "CO_DECISION"))
                .json().get("id").asLong();
        long agreement = director.post("/api/v1/projects/" + project + "/conventions", Map.of("title",
                "Convention de la matrice", "amount", "1000.00", "parties", java.util.List.of(MORTAGNE, "218501518"),
                "key", Map.of("EQUAL", 100))).json().get("id").asLong();
        samples.put("seminar", api().signIn("coordination@demo.nouage.fr", DEMO_PASSWORD).post("/api/v1/seminars",
                Map.of("title", "Séminaire de la matrice", "on", "2027-03-18", "territories", java.util.List.of(MORTAGNE)))
                .json().get("id").asText());
        samples.put("network", director.post("/api/v1/territories/" + MORTAGNE + "/networks", Map.of("name",
                "Réseau de la matrice", "kind", "BUSINESS")).json().get("id").asText());
        samples.put("project", String.valueOf(project));
        samples.put("agreement", String.valueOf(agreement));
        samples.put("meeting", String.valueOf(meeting));
        samples.put("item", String.valueOf(item));
        samples.put("session", String.valueOf(session));
        if (!territories.exists(OTHER_TERRITORY)) {
            territories.create(OTHER_TERRITORY);
        }
        ensure("referent-matrice@test.nouage.fr", RoleAssignment.inTerritory(Role.REFERENT, MORTAGNE));
        ensure("facilitateur-ailleurs@test.nouage.fr", RoleAssignment.inTerritory(Role.FACILITATOR, OTHER_TERRITORY));
    }

    private void ensure(String email, RoleAssignment role) {
        var account = accounts.findByEmail(email).orElseGet(() -> accounts.create(email, email, DEMO_PASSWORD));
        accounts.assign(account.id(), role);
    }

    /** The concrete path of a pattern, with ids of real Mortagne objects. */
    String path(String pattern) {
        String path = pattern.replace("{siren}", MORTAGNE);
        if (path.contains("/projets/{id}") || path.startsWith("/api/v1/projects/{id}")) {
            path = path.replace("{id}", samples.get("project")).replace("{agreementId}", samples.get("agreement"));
        }
        if (path.contains("/reseaux/{id}") || path.startsWith("/api/v1/networks/{id}")) {
            path = path.replace("{id}", samples.get("network")).replace("{collectivitySiren}", MORTAGNE);
        }
        if (path.startsWith("/api/v1/items/{id}")) {
            path = path.replace("{id}", samples.get("item"));
        }
        if (path.startsWith("/seminaires/{id}") || path.startsWith("/api/v1/seminars/{id}") || path.startsWith("/mur/{id}")) {
            path = path.replace("{id}", samples.get("seminar"));
        }
        if (path.contains("/seances/{id}") || path.contains("/sessions/{id}")) {
            path = path.replace("{id}", samples.get("session"));
        }
        if (path.contains("/items/{id}")) {
            path = path.replace("{id}", samples.get("item"));
        }
        return path.replace("{id}", samples.get("meeting")).replace("{itemId}", samples.get("item"))
                .replaceAll("\\{[^}]+}", "1");
    }

    @Test
    void everyRouteHasAnExpectedAccess() {
        Set<String> routes = routes();
        Set<String> missing = routes.stream().filter(r -> !EXPECTED.containsKey(r)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> stale = EXPECTED.keySet().stream().filter(r -> !routes.contains(r)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("routes without an entry in the authorisation matrix").isEmpty();
        assertThat(stale).as("entries of the matrix naming no route").isEmpty();
    }

    /** A persona and the accesses it is granted on Mortagne. */
    record Persona(String name, String email, boolean member, Set<Access> granted) {
    }

    private static final List<Persona> PERSONAS = List.of(
            new Persona("director of Mortagne", "dg-" + MORTAGNE + "@demo.nouage.fr", true,
                    Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.TERRITORY, Access.FOLLOWERS, Access.ORGANISERS)),
            new Persona("director of Achards", "dg-" + ACHARDS + "@demo.nouage.fr", false,
                    Set.of(Access.PUBLIC, Access.SIGNED_IN)),
            new Persona("élu of Mortagne", "elu-" + MORTAGNE + "@demo.nouage.fr", true,
                    Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.TERRITORY, Access.FOLLOWERS)),
            new Persona("referent of Mortagne", "referent-matrice@test.nouage.fr", true,
                    Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.TERRITORY)),
            new Persona("facilitator of another territory", "facilitateur-ailleurs@test.nouage.fr", false,
                    Set.of(Access.PUBLIC, Access.SIGNED_IN, Access.ACCOMPANYING)),
            new Persona("facilitator of Mortagne", "facilitateur@demo.nouage.fr", true, Set.of(Access.PUBLIC,
                    Access.SIGNED_IN, Access.TERRITORY, Access.FOLLOWERS, Access.ORGANISERS, Access.FACILITATION,
                    Access.ACCOMPANYING)),
            new Persona("coordinator", "coordination@demo.nouage.fr", false, Set.of(Access.PUBLIC, Access.SIGNED_IN,
                    Access.TERRITORY, Access.FOLLOWERS, Access.ORGANISERS, Access.FACILITATION, Access.ACCOMPANYING,
                    Access.COORDINATION)),
            new Persona("admin", ADMIN_EMAIL, false, Set.of(Access.values())));

    @Test
    void everyGetRouteAnswersEachKindOfUserAsExpected() {
        List<String> wrong = new ArrayList<>();
        for (String route : routes()) {
            if (!route.startsWith("GET ") || !EXPECTED.containsKey(route)) {
                continue;
            }
            String pattern = route.substring(4);
            Access access = EXPECTED.get(route);
            String path = path(pattern);
            int anonymous = status(null, pattern, path);
            boolean anonymousRefused = anonymous == 401 || anonymous == 302 && pattern.startsWith("/") && !pattern.startsWith("/api");
            if (access == Access.PUBLIC ? anonymous == 401 || anonymous == 403 : !anonymousRefused && anonymous != 403) {
                wrong.add(route + " as anonymous: " + anonymous);
            }
            for (Persona persona : PERSONAS) {
                int status = status(persona, pattern, path);
                boolean granted = persona.granted().contains(access);
                if (granted && (status == 401 || status == 403)) {
                    wrong.add(route + " as " + persona.name() + ": " + status + " (should be allowed)");
                }
                // a member of the territory may learn that an object of it does not exist (404); anyone
                // else is answered about another territory's id exactly as about a missing one (404)
                boolean asMissing = !persona.member() && namesAnIdOnly(pattern);
                if (!granted && (asMissing ? status != 404
                        : status != 403 && !(persona.member() && status == 404))) {
                    wrong.add(route + " as " + persona.name() + ": " + status
                            + (asMissing ? " (should be 404, as for a missing id)" : " (should be 403)"));
                }
            }
        }
        assertThat(wrong).as("routes answering a user wrongly").isEmpty();
    }

    @Test
    void everyWritingRouteRefusesStrangers() {
        List<String> wrong = new ArrayList<>();
        PageClient achards = clients.computeIfAbsent("dg-" + ACHARDS + "@demo.nouage.fr",
                e -> new PageClient(baseUrl()).signIn(e, DEMO_PASSWORD));
        ApiClient achardsApi = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        for (String route : routes()) {
            if (route.startsWith("GET ") || !EXPECTED.containsKey(route)) {
                continue;
            }
            Access access = EXPECTED.get(route);
            if (access == Access.PUBLIC || access == Access.SIGNED_IN) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            String path = path(pattern);
            int status;
            if (pattern.startsWith("/api/")) {
                status = switch (method) {
                    case "PUT" -> achardsApi.put(path, Map.of()).status();
                    default -> achardsApi.post(path, Map.of()).status();
                };
                int anonymous = api().post(path, Map.of()).status();
                if (anonymous != 401) {
                    wrong.add(route + " as anonymous: " + anonymous);
                }
            } else {
                achards.get("/");
                status = achards.post(path, Map.of()).status();
                int anonymous = new PageClient(baseUrl()).post(path, Map.of()).status();
                if (anonymous != 403 && anonymous != 302) {
                    wrong.add(route + " as anonymous: " + anonymous);
                }
            }
            if (status != (namesAnIdOnly(pattern) ? 404 : 403)) {
                wrong.add(route + " as director of Achards: " + status);
            }
        }
        assertThat(wrong).as("writing routes a stranger could reach").isEmpty();
    }

    /** An API route that names an object by its id alone, not its territory: a stranger may not learn it exists. */
    private static boolean namesAnIdOnly(String pattern) {
        // a seminar is regional, not one territory's: a director of a territory not invited is refused (403)
        return pattern.startsWith("/api/") && !pattern.contains("{siren}") && pattern.contains("{id}")
                && !pattern.startsWith("/api/v1/seminars/");
    }

    /**
     * Every API route naming an object by its id answers a stranger about another territory's object
     * exactly as about a missing id (same status, same body), whatever the object's kind: the access
     * is checked before anything that depends on the object.
     */
    @Test
    void anotherTerritorysIdsAnswerExactlyAsMissingOnes() {
        ApiClient stranger = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        ApiClient director = api().signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        long information = director.post("/api/v1/meetings/" + samples.get("meeting") + "/items", Map.of("title",
                "Point d'information de la matrice", "kind", "INFORMATION", "sensitive", false)).json().get("id")
                .asLong();
        List<String> wrong = new ArrayList<>();
        for (String route : routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            if (!namesAnIdOnly(pattern)) {
                continue;
            }
            List<String> existing = new ArrayList<>(List.of(path(pattern)));
            if (pattern.startsWith("/api/v1/items/{id}")) {
                existing.add(pattern.replace("{id}", String.valueOf(information)).replaceAll("\\{[^}]+}", "1"));
            }
            String missing = pattern.replace("{id}", "1999999999").replaceAll("\\{[^}]+}", "1");
            ApiClient.Response forMissing = call(stranger, method, missing);
            for (String path : existing) {
                ApiClient.Response forExisting = call(stranger, method, path);
                if (forExisting.status() != forMissing.status()
                        || !withoutInstance(forExisting.body()).equals(withoutInstance(forMissing.body()))) {
                    wrong.add(route + ": " + forExisting.status() + " " + forExisting.body() + " for " + path + ", but "
                            + forMissing.status() + " " + forMissing.body() + " for a missing id");
                }
            }
        }
        assertThat(wrong).as("answers telling another territory's objects from missing ones").isEmpty();
    }

    /** A problem document without its {@code instance}, the path asked (which names the id). */
    private static String withoutInstance(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\",?", "");
    }

    private static ApiClient.Response call(ApiClient client, String method, String path) {
        return switch (method) {
            case "GET" -> client.get(path);
            case "PUT" -> client.put(path, Map.of("collectivitySiren", MORTAGNE, "stance", "AGREE"));
            default -> client.post(path, Map.of("collectivitySiren", MORTAGNE, "stance", "AGREE", "title", "Point",
                    "kind", "DECISION", "sensitive", false));
        };
    }

    private final Map<String, PageClient> clients = new TreeMap<>();
    private final Map<String, ApiClient> apiClients = new TreeMap<>();

    private int status(Persona persona, String pattern, String path) {
        if (pattern.startsWith("/api/")) {
            ApiClient client = persona == null ? api()
                    : apiClients.computeIfAbsent(persona.email(), e -> api().signIn(e, DEMO_PASSWORD));
            return client.get(path).status();
        }
        PageClient client = persona == null ? new PageClient(baseUrl())
                : clients.computeIfAbsent(persona.email(), e -> new PageClient(baseUrl()).signIn(e, DEMO_PASSWORD));
        return client.get(path).status();
    }
}
