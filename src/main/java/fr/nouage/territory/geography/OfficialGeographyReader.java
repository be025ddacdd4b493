package fr.nouage.territory.geography;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import fr.nouage.platform.LimitedInputStream;
import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.GeographySnapshot.CommuneStatus;
import fr.nouage.territory.geography.GeographySnapshot.Epci;

import fr.nouage.platform.LimitedInputStream;

/**
 * Reads {@code epci.json} and {@code communes.json} in the format of
 * {@code @etalab/decoupage-administratif} (plain or gzip-compressed) and checks that they are
 * whole and consistent before anything is written.
 */
@Component
public class OfficialGeographyReader {

    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Set<String> EPCI_KINDS = Set.of("CC", "CA", "CU", "METRO", "MET69");
    /** Most bytes read from one file once uncompressed: some fifteen times the official files. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final ObjectMapper json = JsonMapper.builder().build();

    /** Reads both files; throws {@link GeographyFormatException} naming the first problem found. */
    public GeographySnapshot read(InputStream epciFile, InputStream communesFile) {
        JsonNode epciRoot = parse(epciFile, "epci.json");
        JsonNode communesRoot = parse(communesFile, "communes.json");
        if (listsEpcis(communesRoot)) {
            // the EPCI file was given as the communes file: say so rather than blame its first code
            throw new GeographyFormatException(listsEpcis(epciRoot) ? "geography.error.noCommune"
                    : "geography.error.swapped");
        }
        List<Commune> communes = readCommunes(communesRoot);
        Map<String, Commune> byCode = new HashMap<>();
        communes.forEach(c -> byCode.put(c.inseeCode(), c));
        List<Epci> epcis = readEpcis(epciRoot, byCode);
        List<Commune> withEpci = new ArrayList<>(communes.size());
        Map<String, String> epciOfCommune = new HashMap<>();
        for (Epci epci : epcis) {
            for (String member : epci.memberCodes()) {
                String previous = epciOfCommune.put(member, epci.siren());
                if (previous != null) {
                    throw new GeographyFormatException("geography.error.memberTwice", member, previous, epci.siren());
                }
            }
        }
        for (Commune c : communes) {
            withEpci.add(new Commune(c.inseeCode(), c.siren(), c.name(), c.status(), c.department(),
                    c.population(), epciOfCommune.get(c.inseeCode()), c.chiefTown()));
        }
        return new GeographySnapshot(epcis, withEpci);
    }

    private JsonNode parse(InputStream in, String fileName) {
        try (InputStream body = new LimitedInputStream(uncompressed(in), MAX_BYTES,
                () -> new GeographyFormatException("geography.error.tooLarge", fileName, (int) (MAX_BYTES / (1024 * 1024))))) {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isArray()) {
                throw new GeographyFormatException("geography.error.notArray", fileName);
            }
            if (root.isEmpty()) {
                throw new GeographyFormatException("geography.error.empty", fileName);
            }
            return root;
        } catch (JacksonException e) {
            throw new GeographyFormatException("geography.error.malformed", fileName,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new GeographyFormatException("geography.error.unreadable", fileName);
        }
    }

    /** Whether a list looks like epci.json: its first element has members. */
    private static boolean listsEpcis(JsonNode root) {
        JsonNode first = root.get(0);
        return first != null && first.isObject() && first.has("membres");
    }

    private static InputStream uncompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(buffered) : buffered;
    }

    private List<Commune> readCommunes(JsonNode root) {
        List<Commune> communes = new ArrayList<>(root.size());
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode node : root) {
            index++;
            String code = text(node, "code", "communes.json", index);
            if (!INSEE.matcher(code).matches()) {
                throw new GeographyFormatException("geography.error.badCode", "communes.json", index, code);
            }
            String type = text(node, "type", "communes.json", index);
            CommuneStatus status = switch (type) {
                case "commune-actuelle" -> CommuneStatus.ACTUAL;
                case "commune-deleguee" -> CommuneStatus.DELEGATED;
                case "commune-associee" -> CommuneStatus.ASSOCIATED;
                default -> null; // municipal districts and other kinds are not collectivités here
            };
            if (status == null) {
                continue;
            }
            String name = text(node, "nom", "communes.json", index);
            if (status == CommuneStatus.ACTUAL) {
                if (!seen.add(code)) {
                    throw new GeographyFormatException("geography.error.duplicate", "communes.json", code);
                }
                JsonNode sirenNode = node.get("siren");
                String siren = sirenNode == null || sirenNode.isNull() ? null : sirenNode.asString();
                if (siren != null && !SIREN.matcher(siren).matches()) {
                    throw new GeographyFormatException("geography.error.badSiren", "communes.json", index, siren);
                }
                JsonNode population = node.get("population");
                int inhabitants = population != null && population.isIntegralNumber() ? population.asInt() : 0;
                if (inhabitants < 0) {
                    throw new GeographyFormatException("geography.error.badPopulation", code, inhabitants);
                }
                JsonNode department = node.get("departement");
                communes.add(new Commune(code, siren, name, status,
                        department == null || department.isNull() ? null : department.asString(),
                        inhabitants, null, null));
            } else {
                JsonNode chief = node.get("chefLieu");
                communes.add(new Commune(code, null, name, status, null, 0, null,
                        chief == null || chief.isNull() ? null : chief.asString()));
            }
        }
        if (seen.isEmpty()) {
            throw new GeographyFormatException("geography.error.noCommune");
        }
        // an actual commune shadows a delegated one of the same code (the chief town keeps its code)
        List<Commune> result = new ArrayList<>(communes.size());
        for (Commune c : communes) {
            if (c.isActual() || !seen.contains(c.inseeCode())) {
                result.add(c);
            }
        }
        return dedupeHistoric(result);
    }

    private static List<Commune> dedupeHistoric(List<Commune> communes) {
        Map<String, Commune> byCode = new java.util.LinkedHashMap<>();
        for (Commune c : communes) {
            byCode.putIfAbsent(c.inseeCode(), c);
        }
        return new ArrayList<>(byCode.values());
    }

    private List<Epci> readEpcis(JsonNode root, Map<String, Commune> communes) {
        List<Epci> epcis = new ArrayList<>(root.size());
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode node : root) {
            index++;
            if (!node.isObject() || !node.has("membres")) {
                throw new GeographyFormatException("geography.error.notEpciFile", index);
            }
            String siren = text(node, "code", "epci.json", index);
            if (!SIREN.matcher(siren).matches()) {
                throw new GeographyFormatException("geography.error.badSiren", "epci.json", index, siren);
            }
            if (!seen.add(siren)) {
                throw new GeographyFormatException("geography.error.duplicate", "epci.json", siren);
            }
            String name = text(node, "nom", "epci.json", index);
            String kind = text(node, "type", "epci.json", index);
            if (!EPCI_KINDS.contains(kind)) {
                throw new GeographyFormatException("geography.error.badKind", siren, kind);
            }
            JsonNode members = node.get("membres");
            if (!members.isArray() || members.isEmpty()) {
                throw new GeographyFormatException("geography.error.noMember", siren, name);
            }
            List<String> codes = new ArrayList<>(members.size());
            for (JsonNode member : members) {
                String code = member.isObject() && member.hasNonNull("code") ? member.get("code").asString() : "";
                Commune commune = communes.get(code);
                if (commune == null || !commune.isActual()) {
                    throw new GeographyFormatException("geography.error.unknownMember", code, siren, name);
                }
                if (commune.siren() == null) {
                    throw new GeographyFormatException("geography.error.memberWithoutSiren", code, siren);
                }
                codes.add(code);
            }
            epcis.add(new Epci(siren, name, kind, List.copyOf(codes)));
        }
        return epcis;
    }

    private static String text(JsonNode node, String field, String fileName, int index) {
        JsonNode value = node.isObject() ? node.get(field) : null;
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new GeographyFormatException("geography.error.missingField", fileName, index, field);
        }
        return value.asString().strip();
    }
}
