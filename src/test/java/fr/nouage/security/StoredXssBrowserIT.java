package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.account.Accounts;
import fr.nouage.account.RoleAssignment;
import fr.nouage.security.HostileCorpus.Payload;
import fr.nouage.support.ApiClient;
import fr.nouage.support.BrowserTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.TestDocuments;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Stores every script payload of the hostile corpus through the forms of a territory of its own,
 * then opens every page that shows them in Chromium with the Content-Security-Policy switched off
 * (so that the test would catch an injection even without it): no dialog opens, no payload sets
 * {@code window.__xss}, no element carries an event handler or a script link, and the payloads
 * typed as plain text are shown as text.
 */
class StoredXssBrowserIT extends BrowserTest {

    /** CC Coeur de Sologne: a territory no other test uses. */
    static final String TERRITORY = "200000800";
    private static final String FIND_EXECUTABLE = """
            () => {
              const found = [];
              for (const el of document.querySelectorAll('*')) {
                for (const a of el.attributes) {
                  const name = a.name.toLowerCase();
                  const value = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                  if (name.startsWith('on') || name === 'srcdoc' || (['href', 'src', 'action', 'formaction', 'data']
                      .includes(name) && /^(javascript|vbscript|data:text\\/html)/.test(value))) {
                    found.push(el.outerHTML.slice(0, 160));
                  }
                }
                if (el.tagName === 'SCRIPT' && !el.src) found.push('inline script: ' + el.textContent.slice(0, 80));
                if (['IFRAME', 'FRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) found.push(el.tagName);
              }
              return found;
            }""";

    @Autowired
    Accounts accounts;
    @Autowired
    Territories territories;

    private final List<Payload> scripts = HostileCorpus.payloads().stream().filter(Payload::script).toList();

    @Test
    void storedScriptsNeverRunOnAnyPageThatShowsThem() {
        Stored stored = store();
        List<String> dialogs = new ArrayList<>();
        List<String> found = new ArrayList<>();
        openWithoutContentSecurityPolicy();
        page.onDialog(dialog -> {
            dialogs.add(page.url() + ": " + dialog.message());
            dialog.dismiss();
        });
        signIn(HostileInputIT.director(stored.epci()));
        // the check itself: without the policy, a handler slipped into the page does run and is caught
        page.evaluate("() => document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__xss=1\">')");
        page.waitForFunction("() => window.__xss === 1");
        // one payload typed into a real form too, as a person would
        page.navigate("/territoires/" + TERRITORY + "/reunions/" + stored.meeting());
        page.getByLabel("Intitulé", new Page.GetByLabelOptions().setExact(true)).fill(scripts.get(1).value());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proposer le point")).click();
        page.waitForLoadState();
        visit(stored.pages(), found);
        page.navigate("/territoires/" + TERRITORY + "/reunions/" + stored.meeting());
        assertThat(page.locator("main").innerText()).as("a payload typed in a title is shown as the text typed")
                .contains(scripts.get(1).value());
        // another director of the territory reads the notifications of what was added
        openWithoutContentSecurityPolicy();
        page.onDialog(dialog -> {
            dialogs.add(page.url() + ": " + dialog.message());
            dialog.dismiss();
        });
        signIn(HostileInputIT.director(stored.commune()));
        visit(List.of("/notifications", "/territoires/" + TERRITORY + "/reunions/" + stored.meeting()), found);
        System.out.printf("STORED XSS: %d script payloads stored in %d fields, %d pages opened in Chromium without CSP, "
                + "%d executed%n", scripts.size(), stored.fields(), stored.pages().size() + 2, found.size() + dialogs.size());
        assertThat(dialogs).as("dialogs opened by stored payloads").isEmpty();
        assertThat(found).as("stored payloads that ran or left executable markup").isEmpty();
    }

    private void visit(List<String> paths, List<String> found) {
        for (String path : paths) {
            page.navigate(path);
            page.waitForLoadState();
            Object marker = page.evaluate("() => window.__xss");
            if (marker != null) {
                found.add(path + ": window.__xss = " + marker);
            }
            @SuppressWarnings("unchecked")
            List<String> executable = (List<String>) page.evaluate(FIND_EXECUTABLE);
            executable.forEach(e -> found.add(path + ": " + e));
        }
    }

    private void openWithoutContentSecurityPolicy() {
        Browser browser = context.browser();
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setLocale("fr-FR")
                .setBypassCSP(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    /** What was stored and the pages that show it. */
    record Stored(String epci, String commune, long meeting, int fields, List<String> pages) {
    }

    /** Each script payload in each field that a page shows, through the forms (and the API where it is quicker). */
    private Stored store() {
        if (!territories.exists(TERRITORY)) {
            territories.create(TERRITORY);
        }
        List<Collectivity> members = territories.collectivities(TERRITORY).stream().filter(Collectivity::active).toList();
        String epci = members.stream().filter(Collectivity::isEpci).findFirst().orElseThrow().siren();
        String commune = members.stream().filter(c -> !c.isEpci()).findFirst().orElseThrow().siren();
        for (Collectivity c : members) {
            String email = HostileInputIT.director(c.siren());
            var account = accounts.findByEmail(email).orElseGet(() -> accounts.create(email, scripts.get(0).value(),
                    DEMO_PASSWORD));
            accounts.assign(account.id(), RoleAssignment.director(TERRITORY, c.siren()));
        }
        PageClient web = new PageClient(baseUrl()).signIn(HostileInputIT.director(epci), DEMO_PASSWORD);
        ApiClient api = api().signIn(HostileInputIT.director(epci), DEMO_PASSWORD);
        String t = "/territoires/" + TERRITORY;
        LocalDateTime start = LocalDate.now().plusDays(150).atTime(9, 0);
        long meeting = api.post("/api/v1/territories/" + TERRITORY + "/meetings", Map.of("startsAt", start.toString(),
                "place", scripts.get(2).value())).json().get("id").asLong();
        long item = api.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Point à délibérer", "kind",
                "DECISION")).json().get("id").asLong();
        long session = api.post("/api/v1/territories/" + TERRITORY + "/sessions", Map.of("body", "BUREAU", "startsAt",
                start.plusDays(5).toString(), "place", scripts.get(3).value())).json().get("id").asLong();
        web.post(t + "/charte/nouvelle", Map.of("source", "modele"));
        String key = api.get("/api/v1/territories/" + TERRITORY + "/charter/versions/1").json().get("articles").get(0)
                .get("key").asString();
        var consultation = api.post("/api/v1/territories/" + TERRITORY + "/consultations", Map.of("kind",
                "SINGLE_CHOICE", "title", scripts.get(4).value(), "body", scripts.get(5).value(), "closesAt",
                LocalDate.now().plusDays(10).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toString(), "options",
                List.of(scripts.get(6).value(), "Autre"))).json();
        long consultationId = consultation.get("id").asLong();
        String option = consultation.get("options").get(0).get("id").asString();
        String bodyId = HostileInputIT.idOf(web.post(t + "/instances", Map.of("kind", "NETWORK", "name",
                scripts.get(7).value())).location());
        int fields = 8;
        for (Payload p : scripts) {
            web.get(t + "/reunions/" + meeting);
            web.post(t + "/reunions/" + meeting + "/points", Map.of("title", p.value(), "description", p.value(),
                    "kind", "INFORMATION", "destination", "ici"));
            web.post(t + "/reunions/" + meeting + "/compte-rendu/points/" + item + "/actions", Map.of("title", p.value(),
                    "ownerSiren", epci, "dueOn", LocalDate.now().plusDays(160).toString()));
            web.post(t + "/seances/" + session + "/points", Map.of("title", p.value()));
            web.post(t + "/reunions/" + meeting + "/deliberation/" + item + "/position", Map.of("collectivite", epci,
                    "stance", "RESERVATION", "argument", p.value()));
            web.post(t + "/consultations/" + consultationId + "/reponse", Map.of("collectivite", epci, "choix", option,
                    "commentaire", p.value()));
            web.post(t + "/charte/versions/1/articles", Map.of("theme", "INFORMAL", "title", p.value(), "text",
                    p.value() + "\n\n" + p.value().replace("window.__xss=1", "window.__xss=2"), "rule", ""));
            web.postFile(t + "/reunions/" + meeting + "/points/" + item + "/documents", Map.of(), "fichier",
                    p.value().replace("\"", "'") + ".pdf", "application/pdf", TestDocuments.pdf(p.name()));
            web.post(t + "/fiche", Map.of("profile", p.value(), "stake", p.value(), "achievements", p.value()));
        }
        fields += 12;
        String minutes = t + "/reunions/" + meeting + "/compte-rendu";
        String version = new HostileFixture().minutesVersion(web, minutes, item);
        web.post(minutes + "/points/" + item, Map.of("minutes", String.join("\n\n", scripts.stream().map(Payload::value)
                .toList()), "outcome", "DECISION", "outcomeText", scripts.get(8).value(), "version", version));
        web.post(t + "/reunions/" + meeting + "/deliberation/" + item + "/decision", Map.of("enonce",
                scripts.get(9).value(), "revoir", LocalDate.now().plusDays(1).toString()));
        fields += 3;
        List<String> pages = new ArrayList<>(List.of(t, t + "/reunions", t + "/reunions/" + meeting, minutes,
                t + "/reunions/" + meeting + "/points/" + item, t + "/reunions/" + meeting + "/deliberation/" + item,
                t + "/reunions/" + meeting + "/deliberation/" + item + "/orateurs", t + "/actions", t + "/calendrier",
                t + "/seances/" + session, t + "/seances/" + session + "/avis", t + "/instances", t + "/instances/" + bodyId,
                t + "/consultations", t + "/consultations/" + consultationId, t + "/charte", t + "/charte/versions/1",
                t + "/charte/versions/1/articles/" + key, t + "/charte/versions", t + "/parite", t + "/rotation",
                "/notifications", "/"));
        return new Stored(epci, commune, meeting, fields, pages);
    }
}
