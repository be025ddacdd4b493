package fr.nouage.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Account;
import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.project.internal.PlanRepository;
import fr.nouage.project.internal.ProjectRepository;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Entry point for a territory's portfolio of shared projects: creation, pilotage, phase and progress. */
@Service
public class Projects {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 10_000;
    static final int SHORT_MAX = 1000;

    private final ProjectRepository projects;
    private final PlanRepository plans;
    private final Territories territories;
    private final Bodies bodies;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Projects(ProjectRepository projects, PlanRepository plans, Territories territories, Bodies bodies,
            MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.plans = plans;
        this.territories = territories;
        this.bodies = bodies;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A project to start. {@code members} are the collectivités involved besides the leads;
     * {@code handovers} are only for alternating pilotage.
     */
    public record NewProject(String title, String purpose, String publicPolicy, String usersConcerned,
            Pilotage pilotage, Phase phase, List<String> leads, List<String> members, LocalDate startsOn,
            LocalDate endsOn, List<Handover> handovers) {

        /** A project with its title, pilotage, leads and phase only (as the API creates it). */
        public static NewProject of(String title, Pilotage pilotage, List<String> leads, Phase phase) {
            return new NewProject(title, null, null, null, pilotage, phase, leads, List.of(), null, null, List.of());
        }
    }

    /**
     * Adds a project to the territory's portfolio, with its steering committee: a body whose members
     * are the directors of the collectivités involved, and which meets like the collective.
     *
     * @throws ProjectException FORBIDDEN for a user who is no director of the territory (nor its
     *                          facilitator); INVALID naming the problem (title, leads against the
     *                          pilotage mode, collectivité outside the territory, dates, handovers)
     */
    @Transactional
    public Project create(String territorySiren, NewProject p, NouageUser user) {
        if (!ProjectAccess.mayCreate(user, territorySiren)) {
            throw new ProjectException(Reason.FORBIDDEN, "project.error.forbidden");
        }
        String title = Texts.required(p.title(), TITLE_MAX, "project.error.title");
        Set<String> involved = involved(territorySiren, p);
        List<Handover> handovers = p.handovers() == null ? List.of() : p.handovers();
        long id = projects.insert(new ProjectRepository.NewRow(territorySiren, title,
                Texts.optional(p.purpose(), TEXT_MAX, "project.error.purpose"),
                Texts.optional(p.publicPolicy(), TITLE_MAX, "project.error.policy"),
                Texts.optional(p.usersConcerned(), SHORT_MAX, "project.error.users"), p.pilotage(),
                p.phase() == null ? Phase.CO_DIAGNOSTIC : p.phase(), p.startsOn(), p.endsOn(), user.displayName()),
                clock.instant());
        involved.forEach(siren -> projects.addMember(id, siren, p.leads().contains(siren)));
        handovers.forEach(h -> plans.addHandover(id, h));
        projects.setSteeringBody(id, steeringCommittee(territorySiren, title, involved, user).id());
        events.publishEvent(new ProjectCreated(id, territorySiren, title, p.pilotage(), Actor.of(user), clock.instant()));
        return projects.find(id).orElseThrow();
    }

    /**
     * Changes what was said of a project when it started: title, purpose, policy, users, pilotage
     * and its leads, the collectivités involved, dates and handovers (its phase and progress move
     * with {@link #advance}). Directors of newly involved collectivités join its steering committee.
     *
     * @throws ProjectException FORBIDDEN for a user who does not steer it; INVALID as for
     *                          {@link #create}; CONFLICT when someone changed it since {@code version}
     */
    @Transactional
    public Project update(long projectId, Integer version, NewProject p, NouageUser user) {
        Project project = steered(projectId, user);
        String title = Texts.required(p.title(), TITLE_MAX, "project.error.title");
        Set<String> involved = involved(project.territorySiren(), p);
        if (!projects.updateDetails(projectId, version == null ? project.version() : version,
                new ProjectRepository.NewRow(project.territorySiren(), title,
                        Texts.optional(p.purpose(), TEXT_MAX, "project.error.purpose"),
                        Texts.optional(p.publicPolicy(), TITLE_MAX, "project.error.policy"),
                        Texts.optional(p.usersConcerned(), SHORT_MAX, "project.error.users"), p.pilotage(),
                        project.phase(), p.startsOn(), p.endsOn(), user.displayName()))) {
            throw new ProjectException(Reason.CONFLICT, "project.error.conflict");
        }
        projects.removeMembers(projectId);
        involved.forEach(siren -> projects.addMember(projectId, siren, p.leads().contains(siren)));
        plans.removeHandovers(projectId);
        (p.handovers() == null ? List.<Handover>of() : p.handovers()).forEach(h -> plans.addHandover(projectId, h));
        if (project.steeringBodyId() != null) {
            Set<Long> already = bodies.members(bodies.find(project.territorySiren(), project.steeringBodyId()))
                    .stream().map(Account::id).collect(Collectors.toSet());
            directorsOf(project.territorySiren(), involved).filter(a -> !already.contains(a.id()))
                    .forEach(a -> bodies.addMember(project.territorySiren(), project.steeringBodyId(), a.id(), user));
        }
        changed(project, "project.change.details", user);
        return require(projectId);
    }

    /** The collectivités a project involves (leads first), checked against the territory and its pilotage. */
    private Set<String> involved(String territorySiren, NewProject p) {
        Map<String, Collectivity> collectivities = territories.collectivities(territorySiren).stream()
                .filter(Collectivity::active).collect(Collectors.toMap(Collectivity::siren, Function.identity()));
        LeadRules.check(p.pilotage(), p.leads(), collectivities);
        Set<String> involved = new LinkedHashSet<>(p.leads());
        for (String siren : p.members() == null ? List.<String>of() : p.members()) {
            if (!collectivities.containsKey(siren)) {
                throw new ProjectException(Reason.INVALID, "project.error.memberOutside", siren);
            }
            involved.add(siren);
        }
        if (p.startsOn() != null && p.endsOn() != null && p.endsOn().isBefore(p.startsOn())) {
            throw new ProjectException(Reason.INVALID, "project.error.dates");
        }
        checkHandovers(p, p.handovers() == null ? List.of() : p.handovers());
        return involved;
    }

    private static void checkHandovers(NewProject p, List<Handover> handovers) {
        if (!handovers.isEmpty() && p.pilotage() != Pilotage.ALTERNATING) {
            throw new ProjectException(Reason.INVALID, "project.error.handoverMode");
        }
        for (Handover h : handovers) {
            if (h.on() == null || !p.leads().contains(h.collectivitySiren())) {
                throw new ProjectException(Reason.INVALID, "project.error.handoverLead");
            }
            if ((p.startsOn() != null && h.on().isBefore(p.startsOn())) || (p.endsOn() != null && h.on().isAfter(p.endsOn()))) {
                throw new ProjectException(Reason.INVALID, "project.error.handoverDate");
            }
        }
    }

    /** The enabled directors of those collectivités of the territory. */
    private java.util.stream.Stream<Account> directorsOf(String territorySiren, Set<String> collectivities) {
        return bodies.candidates(territorySiren).stream().filter(a -> a.roles().stream().anyMatch(r -> r.role() == Role.DIRECTOR
                && territorySiren.equals(r.territorySiren()) && collectivities.contains(r.collectivitySiren())));
    }

    private Body steeringCommittee(String territorySiren, String title, Set<String> involved, NouageUser user) {
        String name = messages.getMessage("project.committeeName", new Object[] {title}, Locale.FRENCH);
        Body body = bodies.add(territorySiren, BodyKind.STEERING_COMMITTEE, name.length() > 200 ? name.substring(0, 200)
                : name, user);
        directorsOf(territorySiren, involved).forEach(a -> bodies.addMember(territorySiren, body.id(), a.id(), user));
        return body;
    }

    /**
     * Moves a project to a phase and a progress.
     *
     * @throws ProjectException FORBIDDEN for a user who does not steer it; INVALID for a progress
     *                          outside 0–100; CONFLICT when someone changed it since {@code version}
     */
    @Transactional
    public Project advance(long projectId, Integer version, Phase phase, int progress, NouageUser user) {
        Project project = steered(projectId, user);
        if (phase == null || progress < 0 || progress > 100) {
            throw new ProjectException(Reason.INVALID, "project.error.progress");
        }
        if (!projects.updateProgress(projectId, version == null ? project.version() : version, phase, progress)) {
            throw new ProjectException(Reason.CONFLICT, "project.error.conflict");
        }
        changed(project, "project.change.progress", user);
        return require(projectId);
    }

    public Optional<Project> find(long id) {
        return projects.find(id);
    }

    /** The project; NOT_FOUND when unknown. */
    public Project require(long id) {
        return projects.find(id).orElseThrow(() -> new ProjectException(Reason.NOT_FOUND, "project.error.unknown"));
    }

    /** The project of a territory; NOT_FOUND when unknown or of another territory. */
    public Project require(String territorySiren, long id) {
        return projects.find(id).filter(p -> p.territorySiren().equals(territorySiren))
                .orElseThrow(() -> new ProjectException(Reason.NOT_FOUND, "project.error.unknown"));
    }

    /** The projects of a territory, by title. */
    public List<Project> ofTerritory(String territorySiren) {
        return projects.ofTerritory(territorySiren);
    }

    /** The project whose steering committee is that body, if any. */
    public Optional<Project> ofSteeringBody(long bodyId) {
        return projects.bySteeringBody(bodyId).flatMap(projects::find);
    }

    public List<Handover> handovers(long projectId) {
        return plans.handovers(projectId);
    }

    /** The project once checked that the user steers it. */
    Project steered(long projectId, NouageUser user) {
        Project project = require(projectId);
        if (!ProjectAccess.maySteer(user, project)) {
            throw new ProjectException(Reason.FORBIDDEN, "project.error.steer");
        }
        return project;
    }

    void changed(Project project, String change, NouageUser user) {
        events.publishEvent(new ProjectChanged(project.id(), project.territorySiren(), project.title(), change,
                user == null ? Actor.SYSTEM : Actor.of(user), clock.instant()));
    }

    /** Who pilots what in the territory's portfolio. */
    public PilotageShare pilotage(String territorySiren) {
        return PilotageShare.of(ofTerritory(territorySiren), territories.collectivities(territorySiren));
    }
}
