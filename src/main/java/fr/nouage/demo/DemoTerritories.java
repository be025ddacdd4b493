package fr.nouage.demo;

import java.util.List;

/** The four territories accompanied in the seed, by SIREN of their EPCI. */
final class DemoTerritories {

    static final List<String> SIRENS = List.of("244400552", "248500530", "244400503", "248500662");

    private DemoTerritories() {
    }

    static String directorEmail(String inseeCode) {
        return "dgs-" + inseeCode + "@demo.nouage.fr";
    }

    static String epciDirectorEmail(String siren) {
        return "dg-" + siren + "@demo.nouage.fr";
    }

    static String electedEmail(String siren) {
        return "elu-" + siren + "@demo.nouage.fr";
    }

    /** An agent named by the EPCI to a business network of the territory. */
    static String referentEmail(String siren) {
        return "referent-" + siren + "@demo.nouage.fr";
    }

    static final String FACILITATOR_EMAIL = "facilitateur@demo.nouage.fr";
    static final String COORDINATOR_EMAIL = "coordination@demo.nouage.fr";
}
