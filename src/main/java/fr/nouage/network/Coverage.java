package fr.nouage.network;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.nouage.territory.Collectivity;

/**
 * The coverage matrix of a territory's networks: for each network the collectivités represented by a
 * referent and those missing (the EPCI counts as a collectivité), and the collectivités in no network.
 *
 * @param collectivities the active collectivités, the EPCI first
 * @param unrepresented  the collectivités that have a referent in no network
 */
public record Coverage(List<Collectivity> collectivities, List<Row> rows, List<Collectivity> unrepresented) {

    /** One network's line of the matrix. */
    public record Row(Network network, Set<String> covered, List<String> missing) {

        /** Whether that collectivité has a referent in this network. */
        public boolean covers(String siren) {
            return covered.contains(siren);
        }
    }

    static Coverage of(List<Network> networks, List<Referent> referents, List<Collectivity> collectivities) {
        Set<String> active = collectivities.stream().map(Collectivity::siren).collect(Collectors.toSet());
        List<Row> rows = networks.stream().map(n -> {
            Set<String> covered = referents.stream().filter(r -> r.networkId() == n.id())
                    .map(Referent::collectivitySiren).filter(active::contains).collect(Collectors.toSet());
            return new Row(n, covered, collectivities.stream().map(Collectivity::siren)
                    .filter(s -> !covered.contains(s)).toList());
        }).toList();
        Set<String> anywhere = rows.stream().flatMap(r -> r.covered().stream()).collect(Collectors.toSet());
        return new Coverage(collectivities, rows, collectivities.stream().filter(c -> !anywhere.contains(c.siren()))
                .toList());
    }
}
