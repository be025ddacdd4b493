package fr.nouage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.Bodies;
import fr.nouage.support.NouageIT;
import fr.nouage.support.TestDocuments;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Networks kept in the database, the same on H2 and PostgreSQL: a network recognised with its start
 * date, its body and document, its referents and the coverage they make, an exchange and the graph
 * it changes.
 */
abstract class NetworkPersistenceContract extends NouageIT {

    @Autowired
    Networks networks;
    @Autowired
    Referents referents;
    @Autowired
    Exchanges exchanges;
    @Autowired
    CooperationGraphs graphs;
    @Autowired
    Bodies bodies;
    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;

    List<Collectivity> communes() {
        return territories.collectivities(ANCENIS).stream().filter(c -> !c.isEpci() && c.active()).toList();
    }

    NouageUser facilitator() {
        Account a = accounts.findByEmail("facilitateur@demo.nouage.fr").orElseThrow();
        return new NouageUser(a.id(), a.email(), a.displayName(), a.roles());
    }

    @Test
    void aNetworkKeepsItsOriginBodyDocumentsAndReferents() {
        Network created = networks.create(ANCENIS, new Networks.NewNetwork("Commande publique — persistance",
                NetworkKind.BUSINESS, "Mutualiser les marchés", "Juriste de l'EPCI", true, LocalDate.of(2012, 5, 1),
                "https://discussion.example.fr/commande-publique"), facilitator());
        networks.addDocument(created.id(), "Guide des achats.pdf", TestDocuments.pdf("guide"), facilitator());
        Collectivity commune = communes().get(0);
        referents.name(created.id(), commune.siren(), "acheteuse@" + commune.inseeCode() + ".test", facilitator());

        Network read = networks.require(ANCENIS, created.id());
        assertThat(read.kind()).isEqualTo(NetworkKind.BUSINESS);
        assertThat(read.preExisting()).isTrue();
        assertThat(read.startedOn()).isEqualTo(LocalDate.of(2012, 5, 1));
        assertThat(read.channelUrl()).isEqualTo("https://discussion.example.fr/commande-publique");
        assertThat(bodies.find(ANCENIS, read.bodyId()).name()).isEqualTo("Commande publique — persistance");
        assertThat(networks.documents(created.id())).singleElement()
                .satisfies(d -> assertThat(d.contentType()).isEqualTo("application/pdf"));
        assertThat(referents.ofNetwork(created.id())).singleElement().satisfies(r -> {
            assertThat(r.collectivitySiren()).isEqualTo(commune.siren());
            assertThat(r.invited()).isTrue();
        });
        Coverage.Row row = referents.coverage(ANCENIS).rows().stream().filter(r -> r.network().id() == created.id())
                .findFirst().orElseThrow();
        assertThat(row.covered()).containsExactly(commune.siren());
        assertThat(row.missing()).hasSize(communes().size());

        // the same name again: refused, nothing saved
        int before = networks.ofTerritory(ANCENIS).size();
        assertThatThrownBy(() -> networks.create(ANCENIS, Networks.NewNetwork.of("COMMANDE PUBLIQUE — persistance",
                NetworkKind.FUNCTION), facilitator())).hasMessage("network.error.nameTaken");
        assertThat(networks.ofTerritory(ANCENIS)).hasSize(before);
    }

    @Test
    void anExchangeIsKeptAndBecomesALinkOfTheGraph() {
        Collectivity a = communes().get(2);
        Collectivity b = communes().get(3);
        LocalDate from = LocalDate.of(2041, 1, 1);
        LocalDate to = LocalDate.of(2042, 1, 1);
        exchanges.record(ANCENIS, new Exchanges.NewExchange(ExchangeKind.PAIRING, a.siren(), b.siren(),
                LocalDate.of(2041, 6, 3), "Un regard neuf", null), facilitator());
        assertThat(exchanges.between(ANCENIS, from, to)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ExchangeKind.PAIRING);
            assertThat(e.firstLearnt()).isEqualTo("Un regard neuf");
            assertThat(e.secondLearnt()).isNull();
        });
        CooperationGraph graph = graphs.of(ANCENIS, from, to);
        assertThat(graph.edges()).anySatisfy(e -> {
            assertThat(List.of(e.a(), e.b())).containsExactlyInAnyOrder(a.siren(), b.siren());
            assertThat(e.kinds()).contains(LinkKind.EXCHANGE);
        });
    }
}
