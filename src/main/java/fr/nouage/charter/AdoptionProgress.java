package fr.nouage.charter;

import java.util.Collection;
import java.util.Set;

import fr.nouage.rules.AdoptionRule;
import fr.nouage.territory.Collectivity;

/**
 * Where the adoption of a charter version stands against the rule of adoption that governs it.
 *
 * @param rule              the rule of adoption
 * @param members           active collectivités of the territory
 * @param adopted           how many of them adopted the version
 * @param needed            how many adoptions the rule asks for
 * @param population        population of the territory's active communes
 * @param adoptedPopulation population of the communes among them that adopted
 * @param neededPopulation  population the adopting communes must hold; 0 when the rule does not weigh it
 */
public record AdoptionProgress(AdoptionRule rule, int members, int adopted, int needed, long population,
        long adoptedPopulation, long neededPopulation) {

    /**
     * The progress of an adoption: {@code members} are the territory's active collectivités, and
     * {@code adopters} the SIRENs of those that adopted (adoptions by a collectivité that left the
     * territory do not count).
     */
    public static AdoptionProgress of(AdoptionRule rule, Collection<Collectivity> members, Set<String> adopters) {
        int count = members.size();
        int adopted = 0;
        long population = 0;
        long adoptedPopulation = 0;
        for (Collectivity c : members) {
            boolean adopter = adopters.contains(c.siren());
            adopted += adopter ? 1 : 0;
            if (!c.isEpci()) {
                population += c.population();
                adoptedPopulation += adopter ? c.population() : 0;
            }
        }
        int needed = switch (rule) {
            case ALL -> count;
            case TWO_THIRDS -> (2 * count + 2) / 3;
            case MAJORITY_HALF_POPULATION -> count / 2 + 1;
        };
        long neededPopulation = rule == AdoptionRule.MAJORITY_HALF_POPULATION ? (population + 1) / 2 : 0;
        return new AdoptionProgress(rule, count, adopted, needed, population, adoptedPopulation, neededPopulation);
    }

    /** Whether the rule is met: the version may come into force. */
    public boolean met() {
        return adopted >= needed && adoptedPopulation >= neededPopulation;
    }

    /** Adoptions still needed to reach the count the rule asks for (0 once reached). */
    public int missingAdoptions() {
        return Math.max(0, needed - adopted);
    }

    /** Inhabitants the adopting communes still lack (0 once reached, or when the rule does not weigh population). */
    public long missingPopulation() {
        return Math.max(0, neededPopulation - adoptedPopulation);
    }

    /** Whether the rule weighs the population of the communes. */
    public boolean weighsPopulation() {
        return rule == AdoptionRule.MAJORITY_HALF_POPULATION;
    }
}
