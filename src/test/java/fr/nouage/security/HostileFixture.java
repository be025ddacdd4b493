package fr.nouage.security;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.nouage.support.ApiClient;
import fr.nouage.support.PageClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Small helpers of {@link HostileInputIT}: reading ids and versions from pages, a charter in force. */
final class HostileFixture {

    /** The version field of an item's minutes form, as the minutes page shows it now. */
    String minutesVersion(PageClient web, String minutesPage, long itemId) {
        String body = web.get(minutesPage).body();
        int form = body.indexOf("/compte-rendu/points/" + itemId + "\"");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(body);
        return form >= 0 && version.find(form) ? version.group(1) : "0";
    }

    /** The first group of the first match in a page; fails when there is none. */
    String first(String body, Pattern pattern) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("nothing matches " + pattern);
        }
        return m.group(1);
    }

    /** The id a redirect leads to, e.g. {@code /territoires/…/instances/12} gives 12. */
    String id(String location) {
        return HostileInputIT.idOf(location);
    }

    /**
     * Proposes version 1 of the territory's charter for adoption; {@code adoptEpci} adopts it for the
     * EPCI through the adoption page, then each commune's director adopts it through the API.
     */
    void bringIntoForce(PageClient web, String territory, Territories territories, Consumer<String> adoptEpci) {
        String version = "/territoires/" + territory + "/charte/versions/1";
        web.get(version);
        web.post(version + "/proposition", Map.of());
        web.get(version + "/adoption");
        adoptEpci.accept(version + "/adoption");
        for (Collectivity c : territories.collectivities(territory)) {
            if (c.active() && !c.isEpci()) {
                new ApiClient(baseUrl).signIn(HostileInputIT.director(c.siren()), HostileInputIT.DEMO_PASSWORD)
                        .post("/api/v1/territories/" + territory + "/charter/versions/1/adoptions",
                                Map.of("collectivitySiren", c.siren()));
            }
        }
    }

    private String baseUrl;

    HostileFixture baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    /** The page of a geography import once it has finished (or after 60 s). */
    String finishedImport(PageClient admin, String location) {
        String path = java.net.URI.create(location).getPath();
        long deadline = System.nanoTime() + 60_000_000_000L;
        String body = admin.get(path).body();
        while (body.contains("hx-trigger=\"every") && System.nanoTime() < deadline) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            body = admin.get(path).body();
        }
        return body;
    }

    /** The bytes of a URL-encoded text, e.g. {@code %C3%28} gives two bytes. */
    byte[] decodePercent(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
