package fr.nouage.diagnostic;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.diagnostic.internal.FlowFileReader;
import fr.nouage.diagnostic.internal.FlowRepository;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Entry point for the commuting flows of a territory: their import and the interdependences they show. */
@Service
public class CommutingFlows {

    private final Territories territories;
    private final FlowRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommutingFlows(Territories territories, FlowRepository repository, Clock clock, ApplicationEventPublisher events) {
        this.territories = territories;
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Imports an INSEE file of commuting flows (base flux or MOBPRO, plain or gzip), keeping the
     * lines that touch a commune of the territory, and replaces what was imported for its vintage in
     * one transaction: a refused file changes nothing.
     *
     * @param vintage the census year of a MOBPRO file, read from its name when {@code null}; a base
     *                flux file names its own
     * @throws DiagnosticException NOT_FOUND for an unknown territory, FORBIDDEN for a user who may
     *                             not import, INVALID (naming the line) for a malformed file
     */
    @Transactional
    public FlowImport importFile(String territorySiren, InputStream file, String fileName, Integer vintage,
            NouageUser user) {
        if (!territories.exists(territorySiren)) {
            throw new DiagnosticException(Reason.NOT_FOUND, "diagnostic.error.territory");
        }
        if (!DiagnosticAccess.mayImport(user, territorySiren)) {
            throw new DiagnosticException(Reason.FORBIDDEN, "diagnostic.flows.error.forbidden");
        }
        Set<String> communes = Set.copyOf(communes(territorySiren));
        FlowFileReader.Result read = FlowFileReader.read(file, fileName, vintage, communes::contains,
                territories.officialCommuneCodes());
        if (read.vintage() < 1960 || read.vintage() > 2100) {
            throw new DiagnosticException(Reason.INVALID, "diagnostic.flows.error.vintage");
        }
        FlowImport done = new FlowImport(read.vintage(), read.format(), read.linesKept(), read.skipped(),
                read.firstSkippedLine(), name(fileName), clock.instant(), user.displayName());
        repository.replace(territorySiren, done, read.flows());
        events.publishEvent(new CommutingFlowsImported(territorySiren, done.vintage(), done.format(), done.flows(),
                done.skipped(), Actor.of(user), done.importedAt()));
        return done;
    }

    /** The imports of a territory, the latest vintage first. */
    @Transactional(readOnly = true)
    public List<FlowImport> imports(String territorySiren) {
        return repository.imports(territorySiren);
    }

    /** The interdependences of the latest vintage imported, empty before any import. */
    @Transactional(readOnly = true)
    public Optional<Interdependence> interdependence(String territorySiren) {
        return repository.latestVintage(territorySiren).map(vintage -> Interdependence.of(vintage,
                communes(territorySiren), repository.flows(territorySiren, vintage)));
    }

    private static String name(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        return name.isEmpty() ? null : name.substring(0, Math.min(255, name.length()));
    }

    /** INSEE codes of the territory's active communes, by name. */
    private List<String> communes(String territorySiren) {
        return territories.collectivities(territorySiren).stream().filter(c -> c.active() && !c.isEpci())
                .map(Collectivity::inseeCode).filter(c -> c != null).collect(Collectors.toList());
    }
}
