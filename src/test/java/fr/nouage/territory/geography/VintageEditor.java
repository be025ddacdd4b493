package fr.nouage.territory.geography;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A vintage of the official geography built by a test from the snapshot shipped with Nouage, in
 * the official file format, with the changes the test needs.
 */
final class VintageEditor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArrayNode epcis = shipped("epci.json.gz");
    private final ArrayNode communes = shipped("communes.json.gz");

    /** Sets the population of an actual commune. */
    VintageEditor population(String code, int population) {
        actual(code).put("population", population);
        return this;
    }

    /**
     * Merges actual communes of one EPCI into a new commune: they vanish from the actual communes and
     * reappear as delegated communes of the new one, which takes their place among the EPCI's members.
     */
    VintageEditor merge(String epciSiren, String newCode, String newSiren, String newName, String... codes) {
        int population = 0;
        for (String code : codes) {
            ObjectNode old = actual(code);
            population += old.get("population").asInt();
            communes.remove(indexOf(communes, code, "commune-actuelle"));
            ObjectNode delegated = communes.addObject();
            delegated.put("code", code);
            delegated.put("nom", old.get("nom").asString());
            delegated.put("type", "commune-deleguee");
            delegated.put("chefLieu", newCode);
        }
        ObjectNode created = communes.addObject();
        created.put("code", newCode);
        created.put("nom", newName);
        created.put("type", "commune-actuelle");
        created.put("siren", newSiren);
        created.put("departement", newCode.substring(0, 2));
        created.put("population", population);
        ArrayNode members = (ArrayNode) epcis.get(indexOf(epcis, epciSiren, null)).get("membres");
        for (String code : codes) {
            members.remove(indexOf(members, code, null));
        }
        ObjectNode member = members.addObject();
        member.put("code", newCode);
        member.put("siren", newSiren);
        member.put("nom", newName);
        return this;
    }

    /** Adds a member that no commune of the file has (an inconsistent vintage). */
    VintageEditor unknownMember(String epciSiren, String code) {
        ObjectNode member = ((ArrayNode) epcis.get(indexOf(epcis, epciSiren, null)).get("membres")).addObject();
        member.put("code", code);
        member.put("siren", "200000000");
        member.put("nom", "Commune inconnue");
        return this;
    }

    InputStream epciFile() {
        return new ByteArrayInputStream(JSON.writeValueAsBytes(epcis));
    }

    InputStream communesFile() {
        return new ByteArrayInputStream(JSON.writeValueAsBytes(communes));
    }

    GeographySnapshot read() {
        return new OfficialGeographyReader().read(epciFile(), communesFile());
    }

    private ObjectNode actual(String code) {
        return (ObjectNode) communes.get(indexOf(communes, code, "commune-actuelle"));
    }

    private static int indexOf(ArrayNode list, String code, String type) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            if (code.equals(node.get("code").asString())
                    && (type == null || type.equals(node.get("type").asString()))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + code + " in the shipped vintage");
    }

    private static ArrayNode shipped(String name) {
        try (InputStream in = new GZIPInputStream(VintageEditor.class.getResourceAsStream("/geography/" + name))) {
            return (ArrayNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
