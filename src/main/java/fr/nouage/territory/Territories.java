package fr.nouage.territory;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.territory.geography.GeographySnapshot.Epci;
import fr.nouage.territory.geography.GeographyStore;
import fr.nouage.territory.internal.TerritoryRepository;
import fr.nouage.territory.internal.TerritorySynchronizer;

/** Entry point of the territory module for the rest of Nouage. */
@Service
public class Territories {

    private final TerritoryRepository repository;
    private final GeographyStore geography;
    private final TerritorySynchronizer synchronizer;
    private final ApplicationEventPublisher events;
    private final fr.nouage.territory.internal.BulkTerritoryCreator bulk;
    private final Clock clock;

    Territories(TerritoryRepository repository, GeographyStore geography, TerritorySynchronizer synchronizer,
            ApplicationEventPublisher events, fr.nouage.territory.internal.BulkTerritoryCreator bulk,
            Clock clock) {
        this.bulk = bulk;
        this.repository = repository;
        this.geography = geography;
        this.synchronizer = synchronizer;
        this.events = events;
        this.clock = clock;
    }

    /** Every territory created on this instance, by name. */
    public List<Territory> all() {
        return repository.findAll();
    }

    /** The territories among {@code sirens} that exist, by name. */
    public List<Territory> withSirens(Collection<String> sirens) {
        return repository.findAll(sirens);
    }

    public Optional<Territory> find(String siren) {
        return repository.find(siren);
    }

    public boolean exists(String siren) {
        return repository.exists(siren);
    }

    /** The collectivités of a territory, the EPCI first then the communes by name, inactive ones included. */
    public List<Collectivity> collectivities(String territorySiren) {
        return repository.collectivities(territorySiren);
    }

    /**
     * The INSEE codes of every commune of the official geography in place (delegated and associated
     * communes included), empty before its first import.
     */
    public java.util.Set<String> officialCommuneCodes() {
        return geography.communeCodes();
    }

    public Optional<Collectivity> collectivity(String siren) {
        return repository.collectivity(siren);
    }

    /**
     * Creates the territory of an EPCI of the official geography, with the EPCI and each member
     * commune as collectivités.
     *
     * @throws UnknownEpciException     when no EPCI of the geography in place has this SIREN
     * @throws TerritoryExistsException when the territory was already created
     */
    @Transactional
    public Territory create(String epciSiren) {
        Epci epci = geography.epci(epciSiren).orElseThrow(() -> new UnknownEpciException(epciSiren));
        if (repository.exists(epciSiren)) {
            throw new TerritoryExistsException(epciSiren);
        }
        repository.insert(epci.siren(), epci.name(), epci.kind(), clock.instant());
        synchronizer.synchronize(epci, geography.members(epciSiren), java.util.Map.of());
        events.publishEvent(new TerritoryCreated(epci.siren(), epci.name()));
        return repository.find(epciSiren).orElseThrow();
    }

    /**
     * Creates the territories of many EPCI at once (national deployments, synthetic data), in
     * batches; EPCI that already have a territory are skipped.
     *
     * @return the number of territories created
     */
    @Transactional
    public int createAll(java.util.Collection<String> epciSirens) {
        return bulk.createAll(epciSirens, clock.instant());
    }

    /** Replaces the experience card of a territory. */
    @Transactional
    public void updateCard(String siren, ExperienceCard card) {
        repository.updateCard(siren, card);
    }

    /** Thrown when a SIREN names no EPCI of the official geography in place. */
    public static class UnknownEpciException extends RuntimeException {
        public UnknownEpciException(String siren) {
            super("No EPCI " + siren + " in the official geography");
        }
    }

    /** Thrown when creating a territory that exists already. */
    public static class TerritoryExistsException extends RuntimeException {
        public TerritoryExistsException(String siren) {
            super("Territory " + siren + " exists already");
        }
    }
}
