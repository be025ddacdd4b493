package fr.nouage.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.nouage.synthetic.SyntheticAccounts;

/**
 * The people the virtual users are: the accounts of the synthetic history (see
 * {@link SyntheticAccounts}), read once before the run through the REST API as the admin (the
 * territories, then the active collectivités of each, whose directors are
 * {@code direction-<SIREN>}). A virtual user is one of them, drawn by role: directors most often.
 */
final class Roster {

    /** Shares of the virtual users by role, in per mille. */
    static final Map<Role, Integer> SHARES = Map.of(Role.DIRECTOR, 780, Role.ELECTED, 170, Role.FACILITATOR, 45,
            Role.COORDINATOR, 5);

    enum Role {
        DIRECTOR, ELECTED, FACILITATOR, COORDINATOR
    }

    record Person(String email, Role role) {
    }

    private static final Pattern SIREN = Pattern.compile("\"siren\":\"(\\d{9})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private final List<Person> directors;
    private final List<Person> elected;
    private final List<Person> facilitators;
    private final List<Person> coordinators;

    private Roster(List<Person> directors, List<Person> elected, List<Person> facilitators, List<Person> coordinators) {
        this.directors = directors;
        this.elected = elected;
        this.facilitators = facilitators;
        this.coordinators = coordinators;
    }

    static Roster load(LoadSettings settings) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String token = match(TOKEN, post(client, settings.baseUrl() + "/api/v1/auth/token",
                "{\"email\":\"" + settings.adminEmail() + "\",\"password\":\"" + settings.adminPassword() + "\"}"))
                .get(0);
        List<String> territories = match(SIREN, get(client, settings.baseUrl() + "/api/v1/territories", token))
                .stream().sorted().toList();
        if (territories.isEmpty()) {
            throw new IllegalStateException("no territory at " + settings.baseUrl() + ": generate the synthetic history first");
        }
        List<Person> elected = new ArrayList<>();
        List<Person> facilitators = new ArrayList<>();
        for (int i = 0; i < territories.size(); i++) {
            elected.add(new Person(SyntheticAccounts.elected(territories.get(i)), Role.ELECTED));
            String facilitator = SyntheticAccounts.facilitatorOf(i);
            if (facilitators.isEmpty() || !facilitators.get(facilitators.size() - 1).email().equals(facilitator)) {
                facilitators.add(new Person(facilitator, Role.FACILITATOR));
            }
        }
        // the directors of every territory, or of an even sample of them
        int wanted = settings.rosterTerritories() <= 0 ? territories.size()
                : Math.min(settings.rosterTerritories(), territories.size());
        List<Person> directors = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            String territory = territories.get((int) ((long) i * territories.size() / wanted));
            for (String collectivity : match(SIREN, get(client,
                    settings.baseUrl() + "/api/v1/territories/" + territory + "/collectivities", token))) {
                directors.add(new Person(SyntheticAccounts.director(collectivity), Role.DIRECTOR));
            }
        }
        return new Roster(directors, elected, facilitators,
                List.of(new Person(SyntheticAccounts.COORDINATOR, Role.COORDINATOR)));
    }

    String describe() {
        return directors.size() + " directors, " + elected.size() + " élus, " + facilitators.size()
                + " facilitators, " + coordinators.size() + " coordinator";
    }

    /** Endless: each virtual user is a person drawn by the role shares, then at random within the role. */
    Iterator<Map<String, Object>> feeder() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int draw = random.nextInt(1000);
                Role role = Role.COORDINATOR;
                for (Role r : Role.values()) {
                    draw -= SHARES.get(r);
                    if (draw < 0) {
                        role = r;
                        break;
                    }
                }
                List<Person> people = switch (role) {
                    case DIRECTOR -> directors;
                    case ELECTED -> elected;
                    case FACILITATOR -> facilitators;
                    case COORDINATOR -> coordinators;
                };
                Person person = people.get(random.nextInt(people.size()));
                Map<String, Object> record = new HashMap<>();
                record.put("email", person.email());
                record.put("role", person.role().name());
                return record;
            }
        };
    }

    private static String post(HttpClient client, String url, String json) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String get(HttpClient client, String url, String token) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build());
    }

    private static String send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + ": is the instance running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> match(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
