package fr.nouage.territory.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.GeographySnapshot.CommuneStatus;
import fr.nouage.territory.geography.GeographySnapshot.Epci;

class OfficialGeographyReaderTest {

    private static final String EPCI = """
            [{"code":"200000001","nom":"CC du Bocage","type":"CC","membres":[
                {"code":"85001","siren":"218500011","nom":"Alpha"},
                {"code":"85002","siren":"218500022","nom":"Beta"}]},
             {"code":"200000002","nom":"CA de la Côte","type":"CA","membres":[
                {"code":"85003","siren":"218500033","nom":"Gamma"}]}]
            """;
    private static final String COMMUNES = """
            [{"code":"85001","nom":"Alpha","type":"commune-actuelle","siren":"218500011","departement":"85","population":1200},
             {"code":"85002","nom":"Beta","type":"commune-actuelle","siren":"218500022","departement":"85","population":340},
             {"code":"85003","nom":"Gamma","type":"commune-actuelle","siren":"218500033","departement":"85","population":15000},
             {"code":"85004","nom":"Delta","type":"commune-actuelle","siren":"218500044","departement":"85","population":80},
             {"code":"85005","nom":"Ancien-Bourg","type":"commune-deleguee","chefLieu":"85001"},
             {"code":"85001","nom":"Alpha","type":"commune-deleguee","chefLieu":"85001"},
             {"code":"85006","nom":"Hameau","type":"commune-associee","chefLieu":"85002"},
             {"code":"85901","nom":"Arrondissement","type":"arrondissement-municipal","commune":"85003"}]
            """;

    private final OfficialGeographyReader reader = new OfficialGeographyReader();

    @Test
    void readsTheEpciWithTheirMembersAndTheCommunes() {
        GeographySnapshot snapshot = read(EPCI, COMMUNES);

        assertThat(snapshot.epcis()).extracting(Epci::siren).containsExactly("200000001", "200000002");
        Epci bocage = snapshot.epcisBySiren().get("200000001");
        assertThat(bocage.name()).isEqualTo("CC du Bocage");
        assertThat(bocage.kind()).isEqualTo("CC");
        assertThat(bocage.memberCodes()).containsExactly("85001", "85002");
        assertThat(snapshot.actualCommuneCount()).isEqualTo(4);

        Map<String, Commune> communes = snapshot.communesByCode();
        assertThat(communes.get("85001")).isEqualTo(new Commune("85001", "218500011", "Alpha", CommuneStatus.ACTUAL,
                "85", 1200, "200000001", null));
        assertThat(communes.get("85003").epciSiren()).isEqualTo("200000002");
        assertThat(communes.get("85004").epciSiren()).as("a commune outside any EPCI").isNull();
        assertThat(communes.get("85005")).isEqualTo(new Commune("85005", null, "Ancien-Bourg", CommuneStatus.DELEGATED,
                null, 0, null, "85001"));
        assertThat(communes.get("85006").status()).isEqualTo(CommuneStatus.ASSOCIATED);
        assertThat(communes.get("85006").chiefTown()).isEqualTo("85002");
        assertThat(communes).as("municipal districts are left out, a chief town is listed once")
                .containsOnlyKeys("85001", "85002", "85003", "85004", "85005", "85006");
    }

    @Test
    void readsGzipCompressedFilesAsWellAsPlainOnes() {
        GeographySnapshot plain = read(EPCI, COMMUNES);
        GeographySnapshot compressed = reader.read(new ByteArrayInputStream(gzip(EPCI)),
                new ByteArrayInputStream(gzip(COMMUNES)));
        assertThat(compressed).isEqualTo(plain);
    }

    @Test
    void refusesACompressedFileThatExpandsWithoutEnd() {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
            gzip.write('[');
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i <= OfficialGeographyReader.MAX_BYTES / spaces.length; i++) {
                gzip.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        GeographyFormatException refused = catchThrowableOfType(GeographyFormatException.class,
                () -> reader.read(new ByteArrayInputStream(bomb.toByteArray()), new ByteArrayInputStream(gzip(COMMUNES))));

        assertThat(refused.messageKey()).isEqualTo("geography.error.tooLarge");
        assertThat(refused.arguments()).containsExactly("epci.json", 64);
    }

    @Test
    void readsTheSnapshotShippedWithNouage() throws IOException {
        GeographySnapshot snapshot;
        try (InputStream epci = resource("epci.json.gz"); InputStream communes = resource("communes.json.gz")) {
            snapshot = reader.read(epci, communes);
        }
        assertThat(snapshot.epcis()).hasSize(1255);
        assertThat(snapshot.actualCommuneCount()).isEqualTo(34969);
        Map<String, Epci> epcis = snapshot.epcisBySiren();
        assertThat(epcis.get("244400552").memberCodes()).hasSize(20);
        assertThat(epcis.get("248500530").memberCodes()).hasSize(9);
        assertThat(epcis.get("244400503").memberCodes()).hasSize(12);
        assertThat(epcis.get("248500662").memberCodes()).hasSize(11);
        assertThat(epcis.get("248500662").name()).isEqualTo("CC du Pays de Mortagne");
        Commune mortagne = snapshot.communesByCode().get("85151");
        assertThat(mortagne.name()).isEqualTo("Mortagne-sur-Sèvre");
        assertThat(mortagne.epciSiren()).isEqualTo("248500662");
        assertThat(mortagne.population()).isPositive();
    }

    // --- refusals: each names the problem with a message key the admin page translates ---

    @Test
    void refusesMalformedJson() {
        GeographyFormatException e = refusal(EPCI, "[{\"code\": \"85001\", \"nom\": }]");
        assertThat(e.messageKey()).isEqualTo("geography.error.malformed");
        assertThat(e.arguments()[0]).isEqualTo("communes.json");
        assertThat((Integer) e.arguments()[1]).as("line").isPositive();
    }

    @Test
    void refusesATruncatedFile() {
        GeographyFormatException e = refusal(EPCI.substring(0, EPCI.length() / 2), COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.malformed");
        assertThat(e.arguments()[0]).isEqualTo("epci.json");
    }

    @Test
    void refusesATruncatedGzipFile() {
        byte[] whole = gzip(COMMUNES);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        GeographyFormatException e = catchThrowableOfType(GeographyFormatException.class,
                () -> reader.read(new ByteArrayInputStream(gzip(EPCI)), new ByteArrayInputStream(truncated)));
        assertThat(e).isNotNull();
        assertThat(e.messageKey()).isEqualTo("geography.error.malformed");
        assertThat(e.arguments()[0]).isEqualTo("communes.json");
    }

    @Test
    void refusesAnEmptyList() {
        GeographyFormatException e = refusal("[]", COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.empty");
        assertThat(e.arguments()).containsExactly("epci.json");
    }

    @Test
    void refusesSomethingElseThanAList() {
        GeographyFormatException e = refusal(EPCI, "{\"communes\": []}");
        assertThat(e.messageKey()).isEqualTo("geography.error.notArray");
        assertThat(e.arguments()).containsExactly("communes.json");
    }

    @Test
    void refusesSwappedFiles() {
        GeographyFormatException e = refusal(COMMUNES, EPCI);
        assertThat(e.messageKey()).isEqualTo("geography.error.swapped");
    }

    @Test
    void refusesTheCommunesFileGivenForBoth() {
        GeographyFormatException e = refusal(COMMUNES, COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.notEpciFile");
        assertThat(e.arguments()).containsExactly(1);
    }

    @Test
    void refusesTheEpciFileGivenForBoth() {
        GeographyFormatException e = refusal(EPCI, EPCI);
        assertThat(e.messageKey()).isEqualTo("geography.error.noCommune");
    }

    @Test
    void refusesAMemberMissingFromTheCommunes() {
        String epci = EPCI.replace("{\"code\":\"85002\",\"siren\":\"218500022\",\"nom\":\"Beta\"}",
                "{\"code\":\"85099\",\"siren\":\"218500999\",\"nom\":\"Inconnue\"}");
        GeographyFormatException e = refusal(epci, COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.unknownMember");
        assertThat(e.arguments()).containsExactly("85099", "200000001", "CC du Bocage");
    }

    @Test
    void refusesAMemberThatIsADelegatedCommune() {
        String epci = EPCI.replace("\"code\":\"85002\"", "\"code\":\"85005\"");
        GeographyFormatException e = refusal(epci, COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.unknownMember");
        assertThat(e.arguments()[0]).isEqualTo("85005");
    }

    @Test
    void refusesAnEpciWithoutMember() {
        String epci = """
                [{"code":"200000001","nom":"CC du Bocage","type":"CC","membres":[]}]""";
        GeographyFormatException e = refusal(epci, COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.noMember");
        assertThat(e.arguments()).containsExactly("200000001", "CC du Bocage");
    }

    @Test
    void refusesACommuneCodeGivenTwice() {
        String communes = COMMUNES.replace("\"code\":\"85004\"", "\"code\":\"85003\"");
        GeographyFormatException e = refusal(EPCI, communes);
        assertThat(e.messageKey()).isEqualTo("geography.error.duplicate");
        assertThat(e.arguments()).containsExactly("communes.json", "85003");
    }

    @Test
    void refusesAnEpciSirenGivenTwice() {
        String epci = EPCI.replace("\"code\":\"200000002\"", "\"code\":\"200000001\"");
        GeographyFormatException e = refusal(epci, COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.duplicate");
        assertThat(e.arguments()).containsExactly("epci.json", "200000001");
    }

    @Test
    void refusesACommuneMemberOfTwoEpci() {
        String epci = EPCI.replace("{\"code\":\"85003\",\"siren\":\"218500033\",\"nom\":\"Gamma\"}",
                "{\"code\":\"85003\",\"siren\":\"218500033\",\"nom\":\"Gamma\"},"
                        + "{\"code\":\"85001\",\"siren\":\"218500011\",\"nom\":\"Alpha\"}");
        GeographyFormatException e = refusal(epci, COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.memberTwice");
        assertThat(e.arguments()).containsExactly("85001", "200000001", "200000002");
    }

    @Test
    void refusesABadEpciSiren() {
        String epci = EPCI.replace("\"code\":\"200000002\"", "\"code\":\"20000002\"");
        GeographyFormatException e = refusal(epci, COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.badSiren");
        assertThat(e.arguments()).containsExactly("epci.json", 2, "20000002");
    }

    @Test
    void refusesABadCommuneSiren() {
        String communes = COMMUNES.replace("\"siren\":\"218500022\"", "\"siren\":\"21850002X\"");
        GeographyFormatException e = refusal(EPCI, communes);
        assertThat(e.messageKey()).isEqualTo("geography.error.badSiren");
        assertThat(e.arguments()).containsExactly("communes.json", 2, "21850002X");
    }

    @Test
    void refusesABadInseeCode() {
        String communes = COMMUNES.replace("\"code\":\"85004\"", "\"code\":\"8504\"");
        GeographyFormatException e = refusal(EPCI, communes);
        assertThat(e.messageKey()).isEqualTo("geography.error.badCode");
        assertThat(e.arguments()).containsExactly("communes.json", 4, "8504");
    }

    @Test
    void refusesAMissingField() {
        String communes = COMMUNES.replace("\"nom\":\"Delta\",", "");
        GeographyFormatException e = refusal(EPCI, communes);
        assertThat(e.messageKey()).isEqualTo("geography.error.missingField");
        assertThat(e.arguments()).containsExactly("communes.json", 4, "nom");
    }

    @Test
    void refusesAnUnknownEpciKind() {
        String epci = EPCI.replace("\"type\":\"CA\"", "\"type\":\"SIVU\"");
        GeographyFormatException e = refusal(epci, COMMUNES);
        assertThat(e.messageKey()).isEqualTo("geography.error.badKind");
        assertThat(e.arguments()).containsExactly("200000002", "SIVU");
    }

    @Test
    void refusesANegativePopulation() {
        String communes = COMMUNES.replace("\"population\":80", "\"population\":-80");
        GeographyFormatException e = refusal(EPCI, communes);
        assertThat(e.messageKey()).isEqualTo("geography.error.badPopulation");
        assertThat(e.arguments()).containsExactly("85004", -80);
    }

    private GeographySnapshot read(String epci, String communes) {
        return reader.read(stream(epci), stream(communes));
    }

    private GeographyFormatException refusal(String epci, String communes) {
        GeographyFormatException e = catchThrowableOfType(GeographyFormatException.class, () -> read(epci, communes));
        assertThat(e).as("the files must be refused").isNotNull();
        return e;
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream resource(String name) {
        InputStream in = OfficialGeographyReaderTest.class.getResourceAsStream("/geography/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static byte[] gzip(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
