package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Importing élus' sittings from an .ics file, on the Pays d'Ancenis demo territory. */
class SessionImportIT extends IntegrationTest {

    private static final String BASE = "/territoires/" + ANCENIS;
    private static final DateTimeFormatter ICS_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Autowired
    Territories territories;

    private PageClient director() {
        PageClient client = new PageClient(baseUrl()).signIn("dg-" + ANCENIS + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(client.get(BASE + "/seances/import").status()).isEqualTo(200);
        return client;
    }

    private static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mairie//Agenda des elus//FR\r\n" + String.join("", events)
                + "END:VCALENDAR\r\n";
    }

    private static String event(String uid, String dtstart, String summary, String location) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\n" + dtstart + "\r\nSUMMARY:" + summary
                + "\r\n" + (location == null ? "" : "LOCATION:" + location + "\r\n") + "END:VEVENT\r\n";
    }

    private static Page upload(PageClient client, Map<String, String> fields, String fileName, byte[] content) {
        return client.postFile(BASE + "/seances/import", fields, "file", fileName, "text/calendar", content);
    }

    @Test
    void eachEventBecomesASittingOnceAndPastClashingOrTimelessOnesAreReported() {
        PageClient director = director();
        LocalDate first = LocalDate.now(PARIS).plusDays(120);
        LocalDate second = first.plusDays(14);
        byte[] ics = calendar(
                event("cc-1@ancenis.test", "DTSTART;TZID=Europe/Paris:" + first.format(ICS_DAY) + "T183000",
                        "Conseil communautaire", "Ancenis-Saint-Géréon, salle du conseil"),
                event("cc-2@ancenis.test", "DTSTART:" + second.format(ICS_DAY) + "T173000Z", "Conseil communautaire", null),
                event("cc-past@ancenis.test", "DTSTART;TZID=Europe/Paris:"
                        + LocalDate.now(PARIS).minusDays(20).format(ICS_DAY) + "T183000", "Conseil passé", null),
                event("cc-allday@ancenis.test", "DTSTART;VALUE=DATE:" + first.plusDays(30).format(ICS_DAY),
                        "Séminaire des élus", null),
                event("cc-clash@ancenis.test", "DTSTART;TZID=Europe/Paris:" + first.format(ICS_DAY) + "T090000",
                        "Conseil en double", null))
                .getBytes(StandardCharsets.UTF_8);

        Page report = upload(director, Map.of("body", "CONSEIL_COMMUNAUTAIRE"), "agenda.ics", ics);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Séances créées : 2 ; déjà importées : 0 ; écartées : 3.")
                .contains("Conseil passé").contains("La séance ne peut pas être dans le passé.")
                .contains("Séminaire des élus").contains("n'a pas d'heure de début")
                .contains("Conseil en double").contains("Cette instance siège déjà ce jour-là.");
        var link = java.util.regex.Pattern.compile("href=\"(" + BASE + "/seances/\\d+)\"").matcher(report.body());
        assertThat(link.find()).isTrue();
        Page sitting = director.get(link.group(1));
        assertThat(sitting.text()).contains(DateText.day(first, Locale.FRENCH) + " à 18:30")
                .contains("Ancenis-Saint-Géréon, salle du conseil")
                .contains("Dernier jour d'envoi de la convocation : " + DateText.day(first.minusDays(6), Locale.FRENCH));

        Page again = upload(director, Map.of("body", "CONSEIL_COMMUNAUTAIRE"), "agenda.ics", ics);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("Séances créées : 0 ; déjà importées : 2 ; écartées : 3.");
    }

    @Test
    void aMunicipalCouncilsCalendarNeedsItsCommune() {
        PageClient director = director();
        Collectivity commune = territories.collectivities(ANCENIS).stream().filter(c -> !c.isEpci() && c.active())
                .findFirst().orElseThrow();
        byte[] ics = calendar(event("cm-1@commune.test", "DTSTART;TZID=Europe/Paris:"
                + LocalDate.now(PARIS).plusDays(90).format(ICS_DAY) + "T200000", "Conseil municipal", null))
                .getBytes(StandardCharsets.UTF_8);

        Page withoutCommune = upload(director, Map.of("body", "CONSEIL_MUNICIPAL"), "cm.ics", ics);
        assertThat(withoutCommune.status()).isEqualTo(400);
        assertThat(withoutCommune.text()).contains("Pour un conseil municipal, indiquez");
        assertThat(withoutCommune.selected("body")).isEqualTo("CONSEIL_MUNICIPAL");

        Page imported = upload(director, Map.of("body", "CONSEIL_MUNICIPAL", "inseeCode", commune.inseeCode()),
                "cm.ics", ics);
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.text()).contains("Séances créées : 1").contains("Conseil municipal de " + commune.name());
    }

    @Test
    void aFileThatIsNotAWellFormedCalendarIsRefusedAndNothingImported() {
        PageClient director = director();
        Map<String, String> bureau = Map.of("body", "BUREAU");

        Page notCalendar = upload(director, bureau, "agenda.ics", "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(notCalendar.status()).isEqualTo(400);
        assertThat(notCalendar.text()).contains("Ce fichier n'est pas un calendrier iCalendar");

        String uid = "malformed@ancenis.test";
        String broken = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTART:"
                + LocalDate.now(PARIS).plusDays(60).format(ICS_DAY) + "T090000Z\r\nthis line is no property\r\n";
        Page malformed = upload(director, bureau, "agenda.ics", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("Ce calendrier est mal formé (ligne").contains("rien n'a été importé");

        byte[] huge = new byte[2 * 1024 * 1024 + 10];
        Arrays.fill(huge, (byte) ' ');
        byte[] head = calendar().getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, huge, 0, head.length);
        Page tooLarge = upload(director, bureau, "agenda.ics", huge);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.text()).contains("Le fichier dépasse 2 Mo");

        Page empty = upload(director, bureau, "agenda.ics", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("Choisissez un fichier de calendrier");

        Page noEvent = upload(director, bureau, "agenda.ics", calendar().getBytes(StandardCharsets.US_ASCII));
        assertThat(noEvent.status()).isEqualTo(400);
        assertThat(noEvent.text()).contains("Ce calendrier ne contient aucun événement.");
    }

    @Test
    void onlyThoseWhoRunTheMeetingsImport() {
        PageClient elected = new PageClient(baseUrl()).signIn("elu-" + ANCENIS + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(elected.get(BASE + "/seances/import").status()).isEqualTo(403);
        byte[] ics = calendar(event("elu@ancenis.test", "DTSTART:" + LocalDate.now(PARIS).plusDays(70).format(ICS_DAY)
                + "T090000Z", "Bureau", null)).getBytes(StandardCharsets.UTF_8);
        assertThat(upload(elected, Map.of("body", "BUREAU"), "a.ics", ics).status()).isEqualTo(403);
    }
}
