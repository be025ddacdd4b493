package fr.nouage.diagnostic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import fr.nouage.diagnostic.DiagnosticException;
import fr.nouage.diagnostic.FlowFormat;
import fr.nouage.diagnostic.internal.FlowFileReader.Pair;
import fr.nouage.diagnostic.internal.FlowFileReader.Result;

/** The two INSEE layouts read from small files written here, plain and gzip, and the files refused. */
class FlowFileReaderTest {

    private static final Set<String> TERRITORY = Set.of("85151", "85008");
    private static final Set<String> GEOGRAPHY = Set.of("85151", "85008", "85194", "75056", "69123", "13055", "44109");

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static Result read(InputStream in) {
        return FlowFileReader.read(in, "flux.csv", null, TERRITORY::contains, GEOGRAPHY);
    }

    private static final String BASE_FLUX = """
            \uFEFFCODGEO;LIBGEO;DCLT;L_DCLT;NBFLUX_C21_ACTOCC15P
            85151;Mortagne-sur-Sèvre;85151;Mortagne-sur-Sèvre;1234,5678
            85151;Mortagne-sur-Sèvre;85008;Les Landes-Genusson;10.25
            85151;Mortagne-sur-Sèvre;75101;Paris 1er Arrondissement;1,5
            85151;Mortagne-sur-Sèvre;75120;Paris 20e Arrondissement;2.25
            85008;"Les Landes-Genusson";85151;Mortagne-sur-Sèvre;40,4
            44109;Nantes;69381;Lyon 1er Arrondissement;500
            44109;Nantes;85008;Les Landes-Genusson;3
            """;

    @Test
    void aBaseFluxFileKeepsTheLinesTouchingTheTerritoryWithTheirDecimalsAndFoldsArrondissements() {
        Result result = read(text(BASE_FLUX));

        assertThat(result.format()).isEqualTo(FlowFormat.BASE_FLUX);
        assertThat(result.vintage()).isEqualTo(2021);
        assertThat(result.linesKept()).isEqualTo(6);
        assertThat(result.skipped()).isZero();
        assertThat(result.flows()).containsEntry(new Pair("85151", "85151"), new BigDecimal("1234.5678"))
                .containsEntry(new Pair("85151", "85008"), new BigDecimal("10.25"))
                .containsEntry(new Pair("85151", "75056"), new BigDecimal("3.75"))
                .containsEntry(new Pair("85008", "85151"), new BigDecimal("40.4"))
                .containsEntry(new Pair("44109", "85008"), new BigDecimal("3"))
                .doesNotContainKey(new Pair("44109", "69123"));
    }

    @Test
    void aGzipFileReadsTheSame() throws IOException {
        assertThat(read(gzip(BASE_FLUX)).flows()).isEqualTo(read(text(BASE_FLUX)).flows());
    }

    @Test
    void aMobproFileSumsItsWeightedRecordsWithTheirDecimals() {
        String mobpro = """
                "COMMUNE";"ARM";"DCLT";"AGEREVQ";"IPONDI";"TRANS"
                "85151";"ZZZZZ";"85151";"040";"1.123456789012";"4"
                "85151";"ZZZZZ";"85151";"025";"2,876543210988";"5"
                "85151";"ZZZZZ";"13201";"030";"0.5";"5"
                "85151";"ZZZZZ";"13216";"030";"0.75";"5"
                "75056";"75115";"85008";"050";"1.1";"4"
                "69123";"69383";"69382";"050";"7";"4"
                """;
        Result result = FlowFileReader.read(text(mobpro), "FD_MOBPRO_2020.csv", null, TERRITORY::contains, GEOGRAPHY);

        assertThat(result.format()).isEqualTo(FlowFormat.MOBPRO);
        assertThat(result.vintage()).isEqualTo(2020);
        assertThat(result.linesKept()).isEqualTo(5);
        assertThat(result.flows()).containsEntry(new Pair("85151", "85151"), new BigDecimal("4.000000000000"))
                .containsEntry(new Pair("85151", "13055"), new BigDecimal("1.25"))
                .containsEntry(new Pair("75056", "85008"), new BigDecimal("1.1")).hasSize(3);
    }

    @Test
    void aMobproVintageGivenByTheUserPrevailsOverTheFileName() {
        String mobpro = "COMMUNE;ARM;DCLT;IPONDI\n85151;ZZZZZ;85008;1\n";
        assertThat(FlowFileReader.read(text(mobpro), "mobpro.csv", 2019, TERRITORY::contains, GEOGRAPHY).vintage())
                .isEqualTo(2019);
        assertThatThrownBy(() -> FlowFileReader.read(text(mobpro), "mobpro.csv", null, TERRITORY::contains, GEOGRAPHY))
                .isInstanceOf(DiagnosticException.class).extracting("messageKey").isEqualTo("diagnostic.flows.error.vintage");
    }

    @Test
    void aCommuneCodeUnknownToTheGeographyIsSkippedAndCountedWhileAPlaceAbroadIsKept() {
        String file = """
                CODGEO;LIBGEO;DCLT;L_DCLT;NBFLUX_C22_ACTOCC15P
                85151;Mortagne-sur-Sèvre;99999;Inconnue;5
                85151;Mortagne-sur-Sèvre;85999;Inconnue;5
                85151;Mortagne-sur-Sèvre;85151;Mortagne-sur-Sèvre;10
                85008;Les Landes-Genusson;85998;Inconnue;5
                """;
        Result result = read(text(file));
        assertThat(result.vintage()).isEqualTo(2022);
        assertThat(result.linesKept()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.firstSkippedLine()).isEqualTo(3);
        assertThat(result.flows()).containsKey(new Pair("85151", "99999"));
    }

    @Test
    void malformedFilesAreRefusedNamingTheLine() throws IOException {
        String header = "CODGEO;LIBGEO;DCLT;L_DCLT;NBFLUX_C21_ACTOCC15P\n";
        assertRefused(header + "85151;M;85151;M;12\n85151;M;85008;L;-3\n", "diagnostic.flows.error.negative", "3");
        assertRefused(header + "85151;M;85151;M;douze\n", "diagnostic.flows.error.number", "2");
        assertRefused(header + "85151;M;85151;M;\n", "diagnostic.flows.error.number", "2");
        assertRefused(header + "85151;M;85151;M;1\n85008;L;85008;L;1\n85151;M;85151;M;2\n",
                "diagnostic.flows.error.duplicate", "4");
        assertRefused(header + "8515;M;85151;M;1\n", "diagnostic.flows.error.code", "2");
        assertRefused(header + "85151;M;85151\n", "diagnostic.flows.error.columns", "2");
        assertRefused("siren;nom;population\n248500662;Pays de Mortagne;1\n", "diagnostic.flows.error.format", "1");
        assertRefused(header, "diagnostic.flows.error.noLine", "2");
        assertRefused("", "diagnostic.flows.error.empty", "1");
        assertRefused(header + "85151;\"M;85151;M;1\n", "diagnostic.flows.error.unreadable", null);

        StringBuilder big = new StringBuilder(header);
        for (int i = 0; i < 5_000; i++) {
            big.append("85151;M;").append(10_000 + i).append(";X;1.5\n");
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        gzip(big.toString()).transferTo(whole);
        byte[] truncated = Arrays.copyOf(whole.toByteArray(), whole.size() / 2);
        assertThatThrownBy(() -> read(new ByteArrayInputStream(truncated))).isInstanceOf(DiagnosticException.class)
                .extracting("messageKey").isEqualTo("diagnostic.flows.error.unreadable");
    }

    private static void assertRefused(String file, String key, String line) {
        assertThatThrownBy(() -> read(text(file))).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            if (line != null) {
                assertThat(e.arguments()[0]).isEqualTo(line);
            }
        });
    }

    @Test
    void arrondissementsFoldIntoTheirCommune() {
        assertThat(FlowFileReader.fold("75108")).isEqualTo("75056");
        assertThat(FlowFileReader.fold("69389")).isEqualTo("69123");
        assertThat(FlowFileReader.fold("13216")).isEqualTo("13055");
        assertThat(FlowFileReader.fold("13217")).isEqualTo("13217");
        assertThat(FlowFileReader.fold("75056")).isEqualTo("75056");
    }
}
