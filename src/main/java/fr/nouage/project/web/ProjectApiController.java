package fr.nouage.project.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.project.Agreement;
import fr.nouage.project.AgreementKind;
import fr.nouage.project.Agreements;
import fr.nouage.project.Amounts;
import fr.nouage.project.FinancingKey;
import fr.nouage.project.KeyBasis;
import fr.nouage.project.Phase;
import fr.nouage.project.Pilotage;
import fr.nouage.project.PilotageShare;
import fr.nouage.project.Project;
import fr.nouage.project.ProjectException;
import fr.nouage.project.Projects;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** The portfolio of projects, their conventions and the share of pilotage in JSON. */
@RestController
class ProjectApiController {

    private final Projects projects;
    private final Agreements agreements;

    ProjectApiController(Projects projects, Agreements agreements) {
        this.projects = projects;
        this.agreements = agreements;
    }

    record ProjectRequest(String title, Pilotage pilotage, List<String> leads, Phase phase, String purpose,
            String publicPolicy, String usersConcerned, List<String> members) {
    }

    record ProjectJson(long id, String territorySiren, String title, Pilotage pilotage, List<String> leads,
            Phase phase, int progress, List<String> members, Long steeringBodyId) {
        static ProjectJson of(Project p) {
            return new ProjectJson(p.id(), p.territorySiren(), p.title(), p.pilotage(), p.leads(), p.phase(),
                    p.progress(), p.members(), p.steeringBodyId());
        }
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/projects")
    List<ProjectJson> list(@PathVariable String siren) {
        return projects.ofTerritory(siren).stream().map(ProjectJson::of).toList();
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/projects")
    ResponseEntity<ProjectJson> create(@PathVariable String siren, @RequestBody ProjectRequest request) {
        NouageUser user = CurrentUser.require();
        Project project = projects.create(siren, new Projects.NewProject(request.title(), request.purpose(),
                request.publicPolicy(), request.usersConcerned(), request.pilotage(), request.phase(),
                request.leads(), request.members(), null, null, List.of()), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(ProjectJson.of(project));
    }

    record PilotageJson(int projects, Map<Pilotage, Integer> byMode, Map<String, Integer> byLead,
            Map<String, Integer> communesBySizeClass) {
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/pilotage")
    PilotageJson pilotage(@PathVariable String siren) {
        PilotageShare share = projects.pilotage(siren);
        Map<String, Integer> bySize = new LinkedHashMap<>();
        share.communesBySize().forEach((size, count) -> bySize.put(size.name(), count));
        return new PilotageJson(share.projects(), share.byMode(), share.byLead(), bySize);
    }

    record AgreementRequest(String title, AgreementKind kind, String object, Integer durationMonths, String amount,
            List<String> parties, Map<String, Integer> key, Map<String, Long> units, String unitLabel) {
    }

    record ShareJson(String siren, String amount) {
    }

    record AgreementJson(long id, long projectId, String title, AgreementKind kind, String amount,
            Map<KeyBasis, Integer> key, List<ShareJson> shares) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/projects/{id}/conventions")
    ResponseEntity<AgreementJson> addAgreement(@PathVariable long id, @RequestBody AgreementRequest request) {
        NouageUser user = CurrentUser.require();
        Project project = projects.require(id);
        if (!user.canRead(project.territorySiren())) {
            // another territory's project is answered exactly as a missing one
            throw new ProjectException(Reason.NOT_FOUND, "project.error.unknown");
        }
        Agreement agreement = agreements.create(id, new Agreements.NewAgreement(request.title(), request.kind(),
                request.object(), request.durationMonths(), request.unitLabel(), new Agreements.Split(request.amount(),
                        request.parties(), request.units()), key(request.key())), user);
        List<ShareJson> shares = agreements.shares(agreement).stream()
                .map(s -> new ShareJson(s.siren(), Amounts.plain(s.cents()))).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new AgreementJson(agreement.id(), id, agreement.title(),
                agreement.kind(), Amounts.plain(agreement.amountCents()), agreement.key().weights(), shares));
    }

    /** The weights as sent, with names of bases; INVALID for an unknown basis. */
    static FinancingKey key(Map<String, Integer> weights) {
        if (weights == null) {
            throw new ProjectException(Reason.INVALID, "agreement.error.weights");
        }
        Map<KeyBasis, Integer> parsed = new EnumMap<>(KeyBasis.class);
        weights.forEach((name, weight) -> {
            try {
                parsed.put(KeyBasis.valueOf(name), weight);
            } catch (IllegalArgumentException e) {
                throw new ProjectException(Reason.INVALID, "agreement.error.basis", name);
            }
        });
        return new FinancingKey(parsed);
    }

}
