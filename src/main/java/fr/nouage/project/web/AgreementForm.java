package fr.nouage.project.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.nouage.project.Agreements;
import fr.nouage.project.FinancingKey;
import fr.nouage.project.KeyBasis;

/**
 * The convention form as typed: its terms, its parties with their units, and up to three keys to
 * simulate side by side (fields {@code a_EQUAL}, {@code b_POPULATION}…; units in {@code units_<SIREN>}).
 */
public record AgreementForm(Map<String, String> values, List<String> parties) {

    /** The keys that can be simulated side by side. */
    public static final List<String> KEYS = List.of("a", "b", "c");

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String units(String siren) {
        return value("units_" + siren);
    }

    public String weight(String key, KeyBasis basis) {
        return value(key + "_" + basis.name());
    }

    /** Whether any weight of that key was typed. */
    public boolean typed(String key) {
        for (KeyBasis basis : KeyBasis.values()) {
            if (!weight(key, basis).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The key typed under that letter; INVALID when the weights are not whole percentages adding to 100. */
    public FinancingKey key(String key) {
        Map<KeyBasis, Integer> weights = new EnumMap<>(KeyBasis.class);
        for (KeyBasis basis : KeyBasis.values()) {
            String typed = weight(key, basis).strip();
            if (!typed.isEmpty()) {
                try {
                    weights.put(basis, Integer.parseInt(typed));
                } catch (NumberFormatException e) {
                    weights.put(basis, -1);
                }
            }
        }
        return new FinancingKey(weights);
    }

    /** The units typed per party; a unit that is not a whole number counts as -1 (refused). */
    public Map<String, Long> unitsByParty() {
        Map<String, Long> units = new LinkedHashMap<>();
        for (String siren : parties) {
            String typed = units(siren).strip();
            if (!typed.isEmpty()) {
                try {
                    units.put(siren, Long.parseLong(typed));
                } catch (NumberFormatException e) {
                    units.put(siren, -1L);
                }
            }
        }
        return units;
    }

    public Agreements.Split split() {
        return new Agreements.Split(value("amount"), parties, unitsByParty());
    }

    /** The hidden fields that carry the terms and the parties to the form choosing a key. */
    public List<String[]> carried() {
        List<String[]> fields = new ArrayList<>();
        for (String name : List.of("title", "kind", "object", "duration", "amount", "unitLabel")) {
            fields.add(new String[] {name, value(name)});
        }
        for (String siren : parties) {
            fields.add(new String[] {"parties", siren});
            fields.add(new String[] {"units_" + siren, units(siren)});
        }
        return fields;
    }

    static AgreementForm of(Map<String, String> params, List<String> parties) {
        return new AgreementForm(params, parties.stream().filter(s -> !s.isBlank()).distinct().toList());
    }
}
