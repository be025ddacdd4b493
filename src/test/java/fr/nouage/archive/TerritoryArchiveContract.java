package fr.nouage.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.nouage.support.ApiClient;
import fr.nouage.support.NouageIT;
import fr.nouage.support.TestDocuments;
import fr.nouage.support.WebClient;
import tools.jackson.databind.JsonNode;

/**
 * A territory's archive: Mortagne, after some activity, downloaded by the coordinator, imported
 * into an independent database of the other kind (H2 → PostgreSQL, PostgreSQL → H2) and written
 * out again identical; a copy of it (under other SIRENs) imported through the admin page shows the
 * same pages and documents; an archive of a territory already there, and hostile archives, are
 * refused without writing anything.
 */
abstract class TerritoryArchiveContract extends NouageIT {

    private static final String DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";
    private static final AtomicInteger DAY = new AtomicInteger(610);

    @Autowired
    TerritoryArchives archives;

    @Autowired
    List<TerritoryArchivePart> parts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    fr.nouage.account.Accounts accounts;

    /** An empty database of the other kind than the application's, with Nouage's schema. */
    abstract DataSource otherDatabase();

    /** What the test did on Mortagne before the archive. */
    record Activity(long meeting, long item, long document, byte[] documentBytes) {
    }

    private Activity activity() {
        ApiClient director = api().signIn(DIRECTOR, DEMO_PASSWORD);
        String startsAt = slots().from(MORTAGNE, DAY.incrementAndGet()).toString();
        long meeting = director.post("/api/v1/territories/" + MORTAGNE + "/meetings",
                Map.of("startsAt", startsAt, "place", "Mortagne-sur-Sèvre")).json().get("id").asLong();
        long item = director.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Archive : schéma de mutualisation",
                "kind", "DECISION", "sensitive", false)).json().get("id").asLong();
        director.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Archive : point d'information",
                "kind", "INFORMATION", "sensitive", true));
        director.put("/api/v1/meetings/" + meeting + "/attendance", Map.of(MORTAGNE, "PRESENT"));
        director.post("/api/v1/items/" + item + "/positions", Map.of("collectivitySiren", MORTAGNE, "stance", "AGREE",
                "argument", "Un service commun pour tous"));
        WebClient web = new WebClient(baseUrl()).signIn(DIRECTOR, DEMO_PASSWORD);
        String itemPage = "/territoires/" + MORTAGNE + "/reunions/" + meeting + "/points/" + item;
        byte[] pdf = TestDocuments.pdf("Archive " + meeting);
        assertThat(web.upload(itemPage, itemPage + "/documents", "fichier", "note.pdf", pdf).status()).isEqualTo(302);
        String minutes = "/territoires/" + MORTAGNE + "/reunions/" + meeting + "/compte-rendu";
        web.postForm(minutes, minutes + "/points/" + item, Map.of("minutes", "Accord sur le principe.", "outcome",
                "DECISION", "outcomeText", "Service commun créé", "version", "0"));
        web.postForm("/territoires/" + MORTAGNE + "/charte", "/territoires/" + MORTAGNE + "/charte/nouvelle",
                Map.of("source", "modele"));
        long document = jdbc.sql("select id from agenda_document where item_id = ?").param(item).query(Long.class).single();
        return new Activity(meeting, item, document, pdf);
    }

    @Test
    void mortagneTravelsToAnIndependentDatabaseOfTheOtherKindAndComesOutTheSame() throws IOException {
        Activity activity = activity();
        WebClient coordinator = new WebClient(baseUrl()).signIn("coordination@demo.nouage.fr", DEMO_PASSWORD);
        WebClient.Page download = coordinator.get(archivePath(MORTAGNE));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/zip");
        assertThat(download.header("Content-Disposition")).contains("nouage-" + MORTAGNE);
        byte[] archive = download.bytes();
        Map<String, byte[]> entries = ArchiveFiles.entries(archive);
        JsonNode manifest = ArchiveWriter.JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("format").asInt()).isEqualTo(1);
        assertThat(manifest.get("siren").asString()).isEqualTo(MORTAGNE);
        assertThat(manifest.get("appVersion").asString()).isNotBlank();
        assertThat(manifest.get("rows").get("collectivity").asInt()).isEqualTo(12);
        assertThat(entries.values()).anySatisfy(bytes -> assertThat(bytes).isEqualTo(activity.documentBytes()));
        assertThat(ArchiveFiles.text(entries, "data/account/account.json")).contains(DIRECTOR).doesNotContain("password");

        DataSource other = otherDatabase();
        JdbcClient db = JdbcClient.create(other);
        TerritoryArchives.ImportReport report = archives.importArchive(file(archive), db,
                new TransactionTemplate(new DataSourceTransactionManager(other)));
        assertThat(report.rows("meeting")).isEqualTo(manifest.get("rows").get("meeting").asInt()).isPositive();
        assertThat(report.matched("account")).isZero();
        assertThat(db.sql("select enabled, password_hash from account where email = ?").param(DIRECTOR)
                .query((rs, n) -> rs.getBoolean(1) + "/" + rs.getString(2)).single()).isEqualTo("false/null");
        assertThat(db.sql("select content from agenda_document d join agenda_item i on i.id = d.item_id where i.title = ?")
                .param("Archive : schéma de mutualisation").query((rs, n) -> rs.getBytes(1)).list())
                .anySatisfy(bytes -> assertThat(bytes).isEqualTo(activity.documentBytes()));

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        archives.export(MORTAGNE, db, again);
        assertThat(normalized(again.toByteArray())).isEqualTo(normalized(archive));

        assertThatThrownBy(() -> archives.importArchive(file(archive), db,
                new TransactionTemplate(new DataSourceTransactionManager(other))))
                .isInstanceOfSatisfying(ArchiveRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("archive.error.exists"));
    }

    @Test
    void aCopyImportedThroughTheAdminPageShowsTheSamePagesAndDocuments() {
        Activity activity = activity();
        WebClient admin = new WebClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        byte[] archive = admin.get(archivePath(MORTAGNE)).bytes();
        Map<String, String> pagesBefore = pages(admin, MORTAGNE, activity.meeting(), activity.item());
        byte[] before = admin.get(documentPath(MORTAGNE, activity.meeting(), activity.item(), activity.document())).bytes();
        Renaming copy = Renaming.of(archive, "990000");

        WebClient.Page imported = admin.upload("/admin/archives", "/admin/archives", "archive", "copie.zip",
                copy.apply(archive));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("Territoire importé", copy.siren(MORTAGNE));

        long meeting = jdbc.sql("select id from meeting where territory_siren = ? and starts_at = (select starts_at from meeting where id = ?)")
                .params(copy.siren(MORTAGNE), activity.meeting()).query(Long.class).single();
        long item = jdbc.sql("select id from agenda_item where meeting_id = ? and title = ?")
                .params(meeting, "Archive : schéma de mutualisation").query(Long.class).single();
        long document = jdbc.sql("select id from agenda_document where item_id = ?").param(item).query(Long.class).single();
        // the people came as accounts created disabled, without password: until the admin opens them,
        // the territory shows no director
        List<Long> created = jdbc.sql("select id from account where email like ? and enabled = false and password_hash is null")
                .param("%@" + Renaming.DOMAIN).query(Long.class).list();
        assertThat(created).hasSizeGreaterThanOrEqualTo(13);
        assertThat(text(admin.get("/territoires/" + copy.siren(MORTAGNE)))).contains("Directeurs et directrices inscrits 0");
        created.forEach(id -> accounts.setEnabled(id, true));

        Map<String, String> pagesAfter = new LinkedHashMap<>();
        pages(admin, copy.siren(MORTAGNE), meeting, item).forEach((page, text) -> pagesAfter.put(page, copy.undo(text)));
        assertThat(pagesAfter).isEqualTo(pagesBefore);
        assertThat(pagesAfter.get("meeting")).contains("Archive : schéma de mutualisation");
        assertThat(pagesAfter.get("item")).contains("note.pdf");
        assertThat(pagesAfter.get("minutes")).contains("Accord sur le principe.", "Service commun créé");
        assertThat(admin.get(documentPath(copy.siren(MORTAGNE), meeting, item, document)).bytes())
                .isEqualTo(before).isEqualTo(activity.documentBytes());
    }

    @Test
    void anArchiveOfATerritoryAlreadyThereOrAHostileOneIsRefusedAndWritesNothing() {
        WebClient admin = new WebClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        byte[] archive = admin.get(archivePath(MORTAGNE)).bytes();
        Renaming renaming = Renaming.of(archive, "991000");
        byte[] sound = renaming.apply(archive);
        int accounts = jdbc.sql("select count(*) from account").query(Integer.class).single();
        int meetings = jdbc.sql("select count(*) from meeting").query(Integer.class).single();

        refused(admin, archive, 409, "existe déjà sur cette instance");
        refused(admin, ArchiveFiles.with(sound, "../../../../tmp/nouage-archive-evil.txt", "x".getBytes(StandardCharsets.UTF_8)),
                400, "nom inattendu");
        refused(admin, ArchiveFiles.with(sound, "files/agenda_document/999999.content", new byte[64 * 1024 * 1024]), 400,
                "se décompresse bien au-delà de sa taille");
        byte[] escalating = ArchiveFiles.rewritten(sound, (name, json) -> name.endsWith("/role_assignment.json")
                ? json.replaceFirst("\"role\":\"[A-Z]+\"", "\"role\":\"ADMIN\"") : json);
        refused(admin, escalating, 400, "rôle");
        // an archive over the ordinary 30 MB upload limit still reaches the archive's own checks
        byte[] large = new byte[31 * 1024 * 1024];
        new java.util.Random(7).nextBytes(large);
        refused(admin, ArchiveFiles.with(escalating, "files/agenda_document/999998.content", large), 400, "rôle");
        refused(admin, ArchiveFiles.rewritten(sound, (name, json) -> name.endsWith("/agenda_item.json")
                ? json.replaceFirst("\\{", "{\"secret\":1,") : json), 400, "colonne inconnue");
        refused(admin, "PK not a zip".getBytes(StandardCharsets.UTF_8), 400, "archive zip lisible");

        assertThat(jdbc.sql("select count(*) from territory where siren = ?").param(renaming.siren(MORTAGNE))
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from collectivity where siren like '991000%'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from account").query(Integer.class).single()).isEqualTo(accounts);
        assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single()).isGreaterThanOrEqualTo(meetings);
        assertThat(jdbc.sql("select count(*) from meeting where territory_siren = ?").param(renaming.siren(MORTAGNE))
                .query(Integer.class).single()).isZero();
        assertThat(Path.of("/tmp/nouage-archive-evil.txt")).doesNotExist();
    }

    @Test
    void onlyTheAdminAndTheCoordinatorDownloadAnArchive() {
        assertThat(new WebClient(baseUrl()).signIn(DIRECTOR, DEMO_PASSWORD).get(archivePath(MORTAGNE)).status())
                .isEqualTo(403);
        assertThat(new WebClient(baseUrl()).signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD)
                .get(archivePath(MORTAGNE)).status()).isEqualTo(403);
        assertThat(new WebClient(baseUrl()).get(archivePath(MORTAGNE)).status()).isEqualTo(302);
        assertThat(new WebClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD).get(archivePath("200000001")).status())
                .isEqualTo(404);
    }

    private void refused(WebClient admin, byte[] archive, int status, String reason) {
        WebClient.Page page = admin.upload("/admin/archives", "/admin/archives", "archive", "archive.zip", archive);
        assertThat(page.status()).as(reason).isEqualTo(status);
        assertThat(page.body()).contains(reason);
    }

    private static String archivePath(String siren) {
        return "/admin/territoires/" + siren + "/archive.zip";
    }

    private static String documentPath(String siren, long meeting, long item, long document) {
        return "/territoires/" + siren + "/reunions/" + meeting + "/points/" + item + "/documents/" + document;
    }

    /** The visible text of the pages a member reads, by page. */
    private Map<String, String> pages(WebClient client, String siren, long meeting, long item) {
        String base = "/territoires/" + siren;
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("territory", text(client.get(base)));
        pages.put("meetings", text(client.get(base + "/reunions")));
        pages.put("meeting", text(client.get(base + "/reunions/" + meeting)));
        pages.put("item", text(client.get(base + "/reunions/" + meeting + "/points/" + item)));
        pages.put("minutes", text(client.get(base + "/reunions/" + meeting + "/compte-rendu")));
        pages.put("charter versions", text(client.get(base + "/charte/versions")));
        ApiClient api = api().signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        pages.put("charter versions (API)", api.get("/api/v1/territories/" + siren + "/charter/versions").body()
                .replaceAll("\"id\":[0-9]+", "\"id\":_"));
        return pages;
    }

    private static String text(WebClient.Page page) {
        assertThat(page.status()).isEqualTo(200);
        return page.body().replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }

    private static Path file(byte[] archive) throws IOException {
        Path file = Files.createTempFile("archive-test-", ".zip");
        Files.write(file, archive);
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * Each table's rows as the archive gives them, with generated ids replaced by the row's rank,
     * references by the rank of the row they name, stored files by their SHA-256, random columns
     * left out and rows whose account did not travel dropped, as the import does.
     */
    private Map<String, List<Map<String, String>>> normalized(byte[] archive) {
        Map<String, byte[]> entries = ArchiveFiles.entries(archive);
        Map<String, Map<Long, Integer>> ranks = new HashMap<>();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (TerritoryArchivePart part : parts.stream().sorted(java.util.Comparator.comparingInt(TerritoryArchivePart::order)).toList()) {
            for (ArchiveTable table : part.tables()) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (JsonNode row : ArchiveWriter.JSON.readTree(entries.get("data/" + part.name() + "/" + table.name() + ".json"))) {
                    Map<String, String> normal = normalizedRow(table, row, entries, ranks, rows.size());
                    if (normal != null) {
                        rows.add(normal);
                    }
                }
                tables.put(table.name(), rows);
            }
        }
        return tables;
    }

    private static Map<String, String> normalizedRow(ArchiveTable table, JsonNode row, Map<String, byte[]> entries,
            Map<String, Map<Long, Integer>> ranks, int rank) {
        Map<String, String> normal = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : row.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            ArchiveTable.Reference reference = table.referenceColumns().get(name);
            if (name.equals(table.generatedIdColumn())) {
                ranks.computeIfAbsent(table.name(), t -> new HashMap<>()).put(value.longValue(), rank);
                normal.put(name, "#" + rank);
            } else if (reference != null && !value.isNull()) {
                Integer target = ranks.getOrDefault(reference.table(), Map.of()).get(value.longValue());
                if (target == null && reference.missing() == ArchiveTable.Missing.SKIP_ROW) {
                    return null;
                }
                normal.put(name, target == null ? "null" : "#" + target);
            } else if (!table.randomizedColumns().contains(name)) {
                String text = value.isString() ? value.stringValue() : value.toString();
                normal.put(name, text.startsWith("files/") ? sha256(entries.get(text)) : text);
            }
        }
        return normal;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same territory under other SIRENs (the EPCI's and each commune's) and with every account
     * at another domain, so that a copy of Mortagne can live next to it.
     */
    record Renaming(Map<String, String> sirens) {

        static final String DOMAIN = "copie-archive.test";

        static Renaming of(byte[] archive, String prefix) {
            JsonNode collectivities = ArchiveWriter.JSON.readTree(ArchiveFiles.entries(archive).get("data/territory/collectivity.json"));
            Map<String, String> sirens = new LinkedHashMap<>();
            int n = 0;
            sirens.put(MORTAGNE, prefix + String.format("%03d", n++));
            for (JsonNode c : collectivities) {
                if (!c.get("siren").asString().equals(MORTAGNE)) {
                    sirens.put(c.get("siren").asString(), prefix + String.format("%03d", n++));
                }
            }
            return new Renaming(sirens);
        }

        String siren(String original) {
            return sirens.get(original);
        }

        byte[] apply(byte[] archive) {
            return ArchiveFiles.rewritten(archive, (name, json) -> {
                String renamed = json;
                for (var e : sirens.entrySet()) {
                    renamed = renamed.replace(e.getKey(), e.getValue());
                }
                return name.endsWith("/account.json")
                        ? renamed.replaceAll("(\"email\":\"[^\"@]+)@[^\"]+\"", "$1@" + DOMAIN + "\"") : renamed;
            });
        }

        /** A page of the copy as it reads with the original SIRENs. */
        String undo(String text) {
            String original = text;
            for (var e : sirens.entrySet()) {
                original = original.replace(e.getValue(), e.getKey());
            }
            return original;
        }
    }
}
