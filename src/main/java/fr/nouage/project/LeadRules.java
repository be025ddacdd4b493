package fr.nouage.project;

import java.util.List;
import java.util.Map;

import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Collectivity;

/**
 * The leads a pilotage mode allows: the EPCI alone for {@link Pilotage#EPCI}, one commune for
 * {@link Pilotage#COMMUNE}, two collectivités or more for co-pilotage and alternating pilotage;
 * always active collectivités of the territory, each once.
 */
final class LeadRules {

    private LeadRules() {
    }

    /**
     * @param collectivities the territory's active collectivités, by SIREN
     * @throws ProjectException INVALID naming the problem
     */
    static void check(Pilotage pilotage, List<String> leads, Map<String, Collectivity> collectivities) {
        if (pilotage == null) {
            throw invalid("project.error.pilotage");
        }
        if (leads == null || leads.isEmpty()) {
            throw invalid("project.error.noLead");
        }
        for (String siren : leads) {
            if (siren == null || !collectivities.containsKey(siren)) {
                throw invalid("project.error.leadOutside", String.valueOf(siren));
            }
        }
        if (leads.stream().distinct().count() != leads.size()) {
            throw invalid("project.error.leadTwice");
        }
        switch (pilotage) {
            case EPCI -> {
                if (leads.size() != 1 || !collectivities.get(leads.get(0)).isEpci()) {
                    throw invalid("project.error.leadEpci");
                }
            }
            case COMMUNE -> {
                if (leads.size() != 1 || collectivities.get(leads.get(0)).isEpci()) {
                    throw invalid("project.error.leadCommune");
                }
            }
            case CO_PILOTAGE, ALTERNATING -> {
                if (leads.size() < 2) {
                    throw invalid("project.error.leadsShared");
                }
            }
        }
    }

    private static ProjectException invalid(String key, Object... arguments) {
        return new ProjectException(Reason.INVALID, key, arguments);
    }
}
