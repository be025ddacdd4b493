package fr.nouage.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.nouage.support.ExecutableMarkup;

/**
 * What every answer to a hostile submission must be: no server error, no internal detail, a French
 * page or a JSON error for a refusal, and nothing executable in a page. Counts what was tried.
 */
final class HostileChecks {

    private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.lang.", "org.springframework.",
            "org.h2.", "org.postgresql", "SQLState", "stack trace");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> fields = new TreeSet<>();
    private final Set<String> payloads = new TreeSet<>();
    private final Set<String> fileFields = new TreeSet<>();
    private final Set<String> files = new TreeSet<>();
    private int fileSubmissions;
    private int notUtf8;
    private int submissions;
    private int refused;
    private int pages;

    /** Checks the answer to one payload sent in one field; {@code json} for the API. */
    void answer(String field, String payload, int status, String body, boolean json) {
        submissions++;
        if (field.endsWith(".file") || field.endsWith(".files")) {
            fileSubmissions++;
            fileFields.add(field);
            files.add(payload);
        } else if (field.endsWith("(not UTF-8)")) {
            notUtf8++;
        } else {
            fields.add(field);
            payloads.add(payload);
        }
        String where = field + " <- " + payload + ": ";
        if (status >= 500) {
            problems.add(where + "status " + status);
        }
        if (status >= 400) {
            refused++;
            if (json && !body.contains("\"error\"")) {
                problems.add(where + "API refusal without a JSON error: " + abbreviate(body));
            }
            if (!json && !body.isEmpty() && !body.contains("lang=\"fr\"")) {
                problems.add(where + "refusal that is not a French page: " + abbreviate(body));
            }
        }
        leaks(where, body);
        if (!json) {
            executable(where, body);
        }
    }

    /** Checks a page that shows stored values: read, no internal detail, nothing executable. */
    void page(String path, int status, String body) {
        pages++;
        if (status != 200) {
            problems.add("page " + path + ": status " + status);
        }
        leaks("page " + path + ": ", body);
        executable("page " + path + ": ", body);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    private void leaks(String where, String body) {
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                problems.add(where + "internal detail '" + leak.strip() + "' shown: " + around(body, leak));
                return;
            }
        }
    }

    private void executable(String where, String body) {
        List<String> found = ExecutableMarkup.in(body);
        if (!found.isEmpty()) {
            problems.add(where + "executable markup " + found.stream().map(HostileChecks::abbreviate).toList());
        }
    }

    private static String around(String body, String needle) {
        int i = body.indexOf(needle);
        return abbreviate(body.substring(Math.max(0, i - 80), Math.min(body.length(), i + 120)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The problems found since the last call, forgotten once taken. */
    List<String> takeProblems() {
        List<String> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    List<String> problems() {
        return problems;
    }

    String figures() {
        return String.format("%d text payloads x %d fields (%d submissions); %d hostile files x %d upload fields (%d "
                + "uploads); %d submissions not in UTF-8; in all %d submissions, %d refused, %d stored; %d pages of "
                + "stored values checked", payloads.size(), fields.size(), submissions - fileSubmissions - notUtf8,
                files.size(), fileFields.size(), fileSubmissions, notUtf8, submissions, refused, submissions - refused,
                pages);
    }

    int submissions() {
        return submissions;
    }
}
