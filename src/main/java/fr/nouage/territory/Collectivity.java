package fr.nouage.territory;

/**
 * A collectivité of a territory: the EPCI or one of its member communes.
 *
 * @param siren          SIREN of the collectivité, its identifier everywhere in Nouage
 * @param inseeCode      INSEE code of a commune, {@code null} for the EPCI
 * @param population     population municipale (INSEE populations légales)
 * @param active         {@code false} once the commune left the territory or was merged; its
 *                       history stays attached to it
 */
public record Collectivity(String siren, String inseeCode, String name, CollectivityKind kind,
        int population, String territorySiren, boolean active) {

    public SizeClass sizeClass() {
        return SizeClass.of(population);
    }

    public boolean isEpci() {
        return kind == CollectivityKind.EPCI;
    }
}
