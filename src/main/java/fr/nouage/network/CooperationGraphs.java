package fr.nouage.network;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingHeld;
import fr.nouage.meeting.Meetings;
import fr.nouage.network.CooperationMeasures.Link;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.project.Agreement;
import fr.nouage.project.AgreementAdded;
import fr.nouage.project.AgreementParty;
import fr.nouage.project.Project;
import fr.nouage.project.ProjectChanged;
import fr.nouage.project.ProjectCreated;
import fr.nouage.project.Projects;
import fr.nouage.project.Agreements;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The cooperation graph of a territory: its links read from the projects and conventions (project
 * facade), the networks' referents and the exchanges (this module) and the meetings hosted (meeting
 * facade). Computed once per territory and period and kept in the {@value #CACHE} cache until
 * something that makes links changes on this instance (at most ten minutes on the others, see
 * {@code GraphCache}).
 */
@Service
public class CooperationGraphs {

    /** The cache of computed graphs, by territory and period. */
    public static final String CACHE = "cooperationGraph";
    static final double PROJECT_WEIGHT = 2;
    static final double AGREEMENT_WEIGHT = 2;
    static final double NETWORK_WEIGHT = 1;
    static final double EXCHANGE_WEIGHT = 2;
    static final double MEETING_WEIGHT = 0.5;

    private final Territories territories;
    private final Projects projects;
    private final Agreements agreements;
    private final Meetings meetings;
    private final Referents referents;
    private final Exchanges exchanges;

    CooperationGraphs(Territories territories, Projects projects, Agreements agreements, Meetings meetings,
            Referents referents, Exchanges exchanges) {
        this.territories = territories;
        this.projects = projects;
        this.agreements = agreements;
        this.meetings = meetings;
        this.referents = referents;
        this.exchanges = exchanges;
    }

    /**
     * The graph of {@code [from, toExclusive)} with the figures of each year.
     *
     * @throws NetworkException INVALID for an end not after the start, or a date outside 2000–2100
     */
    @Cacheable(cacheNames = CACHE, key = "#territorySiren + ':' + #from + ':' + #toExclusive")
    public CooperationGraph of(String territorySiren, LocalDate from, LocalDate toExclusive) {
        if (from == null || toExclusive == null || !toExclusive.isAfter(from)) {
            throw new NetworkException(Reason.INVALID, "network.graph.error.period");
        }
        fr.nouage.platform.DateRange.require(from, NetworkException::invalid);
        fr.nouage.platform.DateRange.require(toExclusive, NetworkException::invalid);
        Map<String, String> names = new LinkedHashMap<>();
        territories.collectivities(territorySiren).stream().filter(Collectivity::active)
                .forEach(c -> names.put(c.siren(), c.name()));
        List<Link> links = new ArrayList<>();
        projectLinks(territorySiren, links);
        networkLinks(territorySiren, links);
        exchanges.between(territorySiren, from, toExclusive).forEach(e -> links.add(new Link(e.firstSiren(),
                e.secondSiren(), LinkKind.EXCHANGE, EXCHANGE_WEIGHT, e.on(), e.on())));
        meetingLinks(territorySiren, from, toExclusive, links);
        return CooperationMeasures.withYears(names, links, from, toExclusive);
    }

    /** Co-piloted projects link their leads; signed conventions link their parties. */
    private void projectLinks(String territorySiren, List<Link> links) {
        for (Project p : projects.ofTerritory(territorySiren)) {
            LocalDate end = p.closedOn() != null ? p.closedOn() : p.endsOn();
            pairs(p.leads(), (a, b) -> links.add(new Link(a, b, LinkKind.PROJECT, PROJECT_WEIGHT, p.startsOn(), end)));
            for (Agreement agreement : agreements.ofProject(p.id())) {
                if (agreement.signed()) {
                    pairs(agreement.parties().stream().map(AgreementParty::siren).toList(), (a, b) -> links.add(
                            new Link(a, b, LinkKind.AGREEMENT, AGREEMENT_WEIGHT, agreement.signedOn(), null)));
                }
            }
        }
    }

    /** Two collectivités with a referent in the same network are linked from the day both are named. */
    private void networkLinks(String territorySiren, List<Link> links) {
        Map<Long, List<Referent>> byNetwork = referents.ofTerritory(territorySiren).stream()
                .collect(Collectors.groupingBy(Referent::networkId));
        byNetwork.values().forEach(named -> {
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    Referent a = named.get(i);
                    Referent b = named.get(j);
                    LocalDate since = LocalDate.ofInstant(a.namedAt().isAfter(b.namedAt()) ? a.namedAt() : b.namedAt(),
                            PARIS);
                    links.add(new Link(a.collectivitySiren(), b.collectivitySiren(), LinkKind.NETWORK, NETWORK_WEIGHT,
                            since, null));
                }
            }
        });
    }

    /** A meeting's host is linked to every collectivité present at it. */
    private void meetingLinks(String territorySiren, LocalDate from, LocalDate toExclusive, List<Link> links) {
        for (Meeting m : meetings.between(territorySiren, from, toExclusive)) {
            if (m.hostSiren() == null) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(m.startsAt(), PARIS);
            meetings.attendance(m.id()).forEach((siren, status) -> {
                if (status == AttendanceStatus.PRESENT && !siren.equals(m.hostSiren())) {
                    links.add(new Link(m.hostSiren(), siren, LinkKind.MEETING, MEETING_WEIGHT, day, day));
                }
            });
        }
    }

    private static void pairs(List<String> sirens, java.util.function.BiConsumer<String, String> each) {
        for (int i = 0; i < sirens.size(); i++) {
            for (int j = i + 1; j < sirens.size(); j++) {
                each.accept(sirens.get(i), sirens.get(j));
            }
        }
    }

    /** Forgets the computed graphs when something that makes links changes. */
    @EventListener({NetworkChanged.class, ProjectCreated.class, ProjectChanged.class, AgreementAdded.class,
            MeetingHeld.class})
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void forget() {
        // the annotation does the work
    }
}
