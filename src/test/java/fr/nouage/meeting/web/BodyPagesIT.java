package fr.nouage.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;

/** Bodies the users add (a business network) and their members. */
class BodyPagesIT extends IntegrationTest {

    private PageClient as(String email) {
        return new PageClient(baseUrl()).signIn(email, DEMO_PASSWORD);
    }

    @Test
    void aDirectorAddsABusinessNetworkAndNamesItsMembers() {
        PageClient director = as("dg-" + ACHARDS + "@demo.nouage.fr");
        Page list = director.get("/territoires/" + ACHARDS + "/instances");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Collectif des directeurs").contains("Conseil communautaire")
                .contains("Conférence des maires").contains("Conseil municipal de");

        Page added = director.post("/territoires/" + ACHARDS + "/instances",
                Map.of("kind", "NETWORK", "name", "Réseau des finances"));
        assertThat(added.status()).isEqualTo(302);
        Page body = director.follow(added);
        assertThat(body.text()).contains("Réseau des finances").contains("Aucun membre");

        String candidate = PageClient.all(java.util.regex.Pattern.compile("<option value=\"(\\d+)\">"), body.text()).get(0);
        Page withMember = director.follow(director.post(added.location().replaceFirst("^https?://[^/]+", "") + "/membres",
                Map.of("account", candidate)));
        assertThat(withMember.text()).contains("Un membre");
    }

    @Test
    void refusesAnotherKindABlankNameAndAnElu() {
        PageClient director = as("dg-" + ACHARDS + "@demo.nouage.fr");
        director.get("/territoires/" + ACHARDS + "/instances");
        Page wrongKind = director.post("/territoires/" + ACHARDS + "/instances", Map.of("kind", "BUREAU", "name", "Bis"));
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.text()).contains("Choisissez une nature");
        Page blank = director.post("/territoires/" + ACHARDS + "/instances", Map.of("kind", "NETWORK", "name", " "));
        assertThat(blank.status()).isEqualTo(400);

        PageClient elu = as("elu-" + ACHARDS + "@demo.nouage.fr");
        elu.get("/territoires/" + ACHARDS + "/instances");
        Page refused = elu.post("/territoires/" + ACHARDS + "/instances", Map.of("kind", "NETWORK", "name", "Réseau RH"));
        assertThat(refused.status()).isEqualTo(403);
    }
}
