package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.deliberation.AnonymousRemarks;
import fr.nouage.deliberation.RemarkCategory;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.NouageIT;
import fr.nouage.support.WebClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * A territory's archive never carries what its reader could not read on a page: below the
 * anonymity threshold (5 people) no remark text is exported to anyone; from it, the coordinator (who
 * reads them on the page) gets them and the admin (who does not) gets none. On the CC Les Portes
 * Briardes, which no other test uses.
 */
abstract class ArchiveRemarksContract extends NouageIT {

    private static final String TERRITORY = "200023125";

    @Autowired
    Territories territories;

    @Autowired
    Meetings meetings;

    @Autowired
    AnonymousRemarks remarks;

    @Test
    void remarkTextsLeaveInAnArchiveOnlyFromTheThresholdAndOnlyForThoseWhoReadThem() throws IOException {
        if (!territories.exists(TERRITORY)) {
            territories.create(TERRITORY);
        }
        List<Collectivity> collectivities = territories.collectivities(TERRITORY).stream().filter(Collectivity::active)
                .toList();
        assertThat(collectivities).hasSizeGreaterThanOrEqualTo(5);
        Meeting meeting = meetings.schedule(TERRITORY, new Meetings.NewMeeting(
                LocalDateTime.of(2044, 3, (int) (System.nanoTime() % 28) + 1, 9, 0), null, null, null, null, null));
        String marker = "remarque-confidentielle-" + UUID.randomUUID();
        remarks.drop(meeting.id(), RemarkCategory.SENSITIVE_TOPIC, marker + " 1", director(collectivities.get(0), 1));

        String below = archiveText("coordination@demo.nouage.fr");
        assertThat(below).as("archive of the coordinator with 1 answer out of 5").contains("anonymous_remark")
                .doesNotContain(marker);

        for (int i = 1; i < 5; i++) {
            remarks.drop(meeting.id(), RemarkCategory.SENSITIVE_TOPIC, marker + " " + (i + 1),
                    director(collectivities.get(i), i + 1));
        }

        assertThat(archiveText("coordination@demo.nouage.fr")).as("the coordinator reads them on the page")
                .contains(marker + " 1", marker + " 5");
        assertThat(archiveText(ADMIN_EMAIL)).as("the admin does not read them on the page").doesNotContain(marker);
    }

    /** A director of a collectivité of the territory, for a remark dropped without signing in. */
    private static NouageUser director(Collectivity collectivity, int n) {
        return new NouageUser(900_000_000L + n + System.nanoTime() % 1_000 * 10, "remarques-" + n + "@example.org",
                "Direction " + n, List.of(RoleAssignment.director(TERRITORY, collectivity.siren())));
    }

    /** The text of every file of the territory's archive, as the given person downloads it. */
    private String archiveText(String email) throws IOException {
        WebClient.Page download = new WebClient(baseUrl()).signIn(email, DEMO_PASSWORD)
                .get("/admin/territoires/" + TERRITORY + "/archive.zip");
        assertThat(download.status()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(entry.getName()).append('\n')
                        .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }
}
