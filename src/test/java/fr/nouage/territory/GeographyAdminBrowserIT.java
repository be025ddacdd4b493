package fr.nouage.territory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.nouage.support.BrowserTest;
import fr.nouage.territory.geography.EmbeddedGeography;

/**
 * The admin imports a new vintage of the official geography, is told what changed, sees a broken
 * file refused, and goes back to the shipped vintage.
 */
class GeographyAdminBrowserIT extends BrowserTest {

    private static final String MALLIEVRE = "85134";
    /** An import reads and compares the whole of France: on a busy machine it can take a while. */
    private static final LocatorAssertions.ContainsTextOptions IMPORT_DONE = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(120_000);

    @Autowired
    EmbeddedGeography shipped;

    private boolean geographyChanged;

    /** Puts the shipped geography back for the other tests if a test failed before doing it itself. */
    @AfterEach
    void restoreShippedGeography() {
        if (geographyChanged) {
            shipped.load("test");
        }
    }

    @Test
    void aNewVintageUpdatesThePopulationsAndTheShippedOneRestoresThem() {
        signIn(ADMIN_EMAIL);
        int before = populationOfMallievre();
        int after = before + 11;
        page.navigate("/admin/geographie");
        assertAccessible(page);

        geographyChanged = true;
        upload(new FilePayload("epci.json.gz", "application/gzip", shipped.bytes("epci.json.gz")),
                new FilePayload("communes.json.gz", "application/gzip", communesWithMallievreAt(after)));

        assertThat(page).hasURL(Pattern.compile("/admin/geographie/imports/\\d+$"));
        Locator progress = page.locator("#import-progress");
        assertThat(progress).containsText("Nouveau millésime appliqué", IMPORT_DONE);
        Locator populations = progress.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Populations modifiées"));
        assertThat(populations).containsText("Mallièvre (" + MALLIEVRE + ") : " + before + " → " + after);
        assertThat(populations.locator("td.num")).hasText("1");
        assertAccessible(page);
        assertThat(populationOfMallievre()).isEqualTo(after);

        page.navigate("/admin/geographie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Réimporter ce millésime")).click();

        assertThat(page.locator("#import-progress")).containsText("Source : @etalab/decoupage-administratif@6.0.0");
        assertThat(page.locator("#import-progress")).containsText("Nouveau millésime appliqué", IMPORT_DONE);
        assertThat(page.locator("#import-progress")).containsText("Mallièvre (" + MALLIEVRE + ") : " + after + " → " + before);
        assertThat(populationOfMallievre()).isEqualTo(before);
        geographyChanged = false;
        page.navigate("/admin/geographie");
        assertThat(page.locator("table.data tbody tr").first()).containsText("1\u202f255 EPCI");
        assertAccessible(page);
    }

    @Test
    void aTruncatedFileIsRefusedWithItsProblemAndChangesNothing() {
        signIn(ADMIN_EMAIL);
        int before = populationOfMallievre();
        byte[] communes = plain(shipped.bytes("communes.json.gz"));
        byte[] truncated = java.util.Arrays.copyOf(communes, 5000);

        page.navigate("/admin/geographie");
        upload(new FilePayload("epci.json.gz", "application/gzip", shipped.bytes("epci.json.gz")),
                new FilePayload("communes.json", "application/json", truncated));

        Locator alert = page.locator("#import-progress").getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("Import refusé", IMPORT_DONE);
        assertThat(alert).containsText("Le fichier communes.json est mal formé ou tronqué");
        assertThat(page.locator("#import-progress")).containsText("Rien n'a été modifié.");
        assertAccessible(page);
        page.reload(); // the finished import is now read back from the import log
        assertThat(page.locator("#import-progress").getByRole(AriaRole.ALERT))
                .containsText("Le fichier communes.json est mal formé ou tronqué (ligne 1, colonne 5");
        assertThat(populationOfMallievre()).isEqualTo(before);
        page.navigate("/admin/geographie");
        assertThat(page.locator("table.data tbody tr").first()).containsText("refusé");
    }

    @Test
    void aFileOverTheLimitGetsTheFrenchTooLargePage(@org.junit.jupiter.api.io.TempDir Path folder)
            throws IOException {
        signIn(ADMIN_EMAIL);
        Path huge = folder.resolve("communes.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(30L * 1024 * 1024 + 1);
        }
        page.navigate("/admin/geographie");
        page.getByLabel("Fichier des EPCI").setInputFiles(new FilePayload("epci.json", "application/json",
                "[]".getBytes()));
        page.getByLabel("Fichier des communes").setInputFiles(huge);

        var response = page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Lancer l'import")).click());

        assertThat(response.status()).isEqualTo(413);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fichier trop volumineux")))
                .isVisible();
        assertAccessible(page);
    }

    private void upload(FilePayload epci, FilePayload communes) {
        page.getByLabel("Fichier des EPCI").setInputFiles(epci);
        page.getByLabel("Fichier des communes").setInputFiles(communes);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer l'import")).click();
    }

    /** Population of Mallièvre as Mortagne's page shows it to the signed-in admin. */
    private int populationOfMallievre() {
        String html = context.request().get("/territoires/" + MORTAGNE + "?tri=population&ordre=asc",
                com.microsoft.playwright.options.RequestOptions.create().setHeader("HX-Request", "true")).text();
        Page fragment = context.newPage();
        try {
            fragment.setContent(html);
            Locator row = fragment.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Mallièvre"));
            return Integer.parseInt(row.locator("td.num").innerText().replaceAll("\\D", ""));
        } finally {
            fragment.close();
        }
    }

    private byte[] communesWithMallievreAt(int population) {
        JsonNode communes = JsonMapper.builder().build().readTree(plain(shipped.bytes("communes.json.gz")));
        int changed = 0;
        for (JsonNode commune : communes) {
            if (MALLIEVRE.equals(commune.get("code").asString())
                    && "commune-actuelle".equals(commune.get("type").asString())) {
                ((ObjectNode) commune).put("population", population);
                changed++;
            }
        }
        assertThat(changed).isEqualTo(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(JsonMapper.builder().build().writeValueAsBytes(communes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] plain(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
