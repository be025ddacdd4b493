package fr.nouage.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person sees on Nouage's pages and fills in its forms, read from the HTML as a browser user
 * would: the links to follow and the fields of the forms (their CSRF token included).
 */
final class Html {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TERRITORY = Pattern.compile("href=\"/territoires/(\\d{9})\"");
    private static final Pattern MEETING = Pattern.compile("href=\"/territoires/\\d{9}/reunions/(\\d+)\"");
    private static final Pattern ITEM = Pattern.compile("/deliberation/(\\d+)\"");
    private static final Pattern CONSULTATION = Pattern.compile("href=\"/territoires/\\d{9}/consultations/(\\d+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern MINUTES_FORM = Pattern.compile(
            "action=\"(/territoires/\\d{9}/reunions/\\d+/compte-rendu/points/\\d+)\" class=\"form minutes-form\"");
    private static final Pattern CHECKED_OUTCOME = Pattern.compile("name=\"outcome\" value=\"([A-Z]*)\" checked");
    private static final Pattern OUTCOME_TEXT = Pattern.compile("name=\"outcomeText\"[^>]*>([^<]*)</textarea>");
    private static final Pattern POINTS = Pattern.compile("name=\"points-(\\d+)\" min=\"0\" max=\"(\\d+)\"");
    private static final Pattern RANK = Pattern.compile("name=\"rang-(\\d+)\"");
    private static final Pattern DATE = Pattern.compile("name=\"dispo-(\\d+)\"");
    private static final Pattern CHOICE = Pattern.compile("name=\"choix\" id=\"[^\"]*\" value=\"(\\d+)\"");

    private Html() {
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        return m.find() ? m.group(1) : null;
    }

    /** The territories a person's home page leads to. */
    static List<String> territories(String page) {
        return distinct(TERRITORY, page);
    }

    /** The meetings of the list page: the upcoming ones, soonest first, then the held ones, latest first. */
    static List<List<Long>> meetings(String page) {
        int past = page.indexOf("id=\"passees\"");
        String upcoming = past < 0 ? page : page.substring(0, past);
        String held = past < 0 ? "" : page.substring(past);
        return List.of(numbers(MEETING, upcoming), numbers(MEETING, held));
    }

    /** The items of a meeting page, in the agenda's order. */
    static List<Long> items(String page) {
        return numbers(ITEM, page);
    }

    /** The consultations of the list page, latest first. */
    static List<Long> consultations(String page) {
        return numbers(CONSULTATION, page);
    }

    /** The fields of the first form posting to an address ending so, hidden fields only; null without one. */
    static Map<String, String> form(String page, String actionEnd) {
        String form = formText(page, actionEnd);
        if (form == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_action", form.substring(0, form.indexOf('"')));
        Matcher m = HIDDEN.matcher(form);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), unescape(m.group(2)));
        }
        return fields;
    }

    /**
     * The answer a director gives to the consultation shown, as its form is filled in, or null when the
     * page offers no answer form (closed, or not a director of the territory).
     */
    static Map<String, String> consultationAnswer(String page) {
        Map<String, String> fields = form(page, "/reponse");
        if (fields == null) {
            return null;
        }
        String form = formText(page, "/reponse");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String[]> points = groups(POINTS, form);
        List<Long> ranks = numbers(RANK, form);
        List<Long> dates = numbers(DATE, form);
        List<Long> choices = numbers(CHOICE, form);
        if (!points.isEmpty()) {
            int left = Integer.parseInt(points.get(0)[1]);
            for (int i = 0; i < points.size(); i++) {
                int given = i == points.size() - 1 ? left : random.nextInt(left + 1);
                fields.put("points-" + points.get(i)[0], String.valueOf(given));
                left -= given;
            }
        } else if (!ranks.isEmpty()) {
            List<Long> order = new ArrayList<>(ranks);
            java.util.Collections.shuffle(order, random);
            for (int i = 0; i < order.size(); i++) {
                fields.put("rang-" + order.get(i), String.valueOf(i + 1));
            }
        } else if (!dates.isEmpty()) {
            dates.stream().filter(d -> random.nextInt(3) > 0).forEach(d -> fields.put("dispo-" + d, "1"));
        } else if (!choices.isEmpty()) {
            fields.put("choix", String.valueOf(choices.get(random.nextInt(choices.size()))));
        } else if (form.contains("name=\"stance\"")) {
            fields.put("stance", random.nextInt(4) == 0 ? "RESERVATION" : "AGREE");
        }
        fields.put("commentaire", "Réponse de la direction générale.");
        return fields;
    }

    /** The minutes of one item of the minutes page, rewritten, or null without a form to write them. */
    static Map<String, String> minutesEdit(String page) {
        List<Long> starts = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        Matcher m = MINUTES_FORM.matcher(page);
        while (m.find()) {
            starts.add((long) m.start());
            actions.add(m.group(1));
        }
        if (actions.isEmpty()) {
            return null;
        }
        int chosen = ThreadLocalRandom.current().nextInt(actions.size());
        int from = starts.get(chosen).intValue();
        int to = page.indexOf("</form>", from);
        String form = page.substring(from, to < 0 ? page.length() : to);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_action", actions.get(chosen));
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            fields.putIfAbsent(hidden.group(1), unescape(hidden.group(2)));
        }
        Matcher outcome = CHECKED_OUTCOME.matcher(form);
        fields.put("outcome", outcome.find() ? outcome.group(1) : "");
        Matcher outcomeText = OUTCOME_TEXT.matcher(form);
        fields.put("outcomeText", outcomeText.find() ? unescape(outcomeText.group(1)) : "");
        fields.put("minutes", "Le collectif a échangé sur ce point ; les communes ont présenté leurs contraintes. "
                + "Relevé complété (" + System.currentTimeMillis() + ").");
        return fields.containsKey("version") ? fields : null;
    }

    private static String formText(String page, String actionEnd) {
        int at = page.indexOf(actionEnd + "\"");
        if (at < 0) {
            return null;
        }
        int action = page.lastIndexOf("action=\"", at);
        int end = page.indexOf("</form>", at);
        if (action < 0) {
            return null;
        }
        return page.substring(action + "action=\"".length(), end < 0 ? page.length() : end);
    }

    private static List<String> distinct(Pattern pattern, String text) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return new ArrayList<>(found);
    }

    private static List<Long> numbers(Pattern pattern, String text) {
        return distinct(pattern, text).stream().map(Long::valueOf).toList();
    }

    private static List<String[]> groups(Pattern pattern, String text) {
        List<String[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(2)});
        }
        return found;
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
