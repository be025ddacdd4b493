package fr.nouage.diagnostic.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;
import fr.nouage.account.CurrentUser;
import fr.nouage.diagnostic.CommutingFlows;
import fr.nouage.diagnostic.DiagnosticException;
import fr.nouage.diagnostic.FlowFormat;
import fr.nouage.diagnostic.FlowImport;
import fr.nouage.diagnostic.Interdependence;
import fr.nouage.platform.RefusedOperation.Reason;

/** Commuting flows in JSON: their import and the interdependence of a territory. */
@RestController
class FlowApiController {

    private final CommutingFlows flows;

    FlowApiController(CommutingFlows flows) {
        this.flows = flows;
    }

    record ImportJson(int vintage, int flows, FlowFormat format, int skipped, long firstSkippedLine) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/commuting-flows")
    ImportJson upload(@PathVariable String siren, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Integer vintage) {
        if (file == null || file.isEmpty()) {
            throw new DiagnosticException(Reason.INVALID, "diagnostic.flows.error.noFile");
        }
        try (InputStream in = file.getInputStream()) {
            FlowImport done = flows.importFile(siren, in, file.getOriginalFilename(), vintage, CurrentUser.require());
            return new ImportJson(done.vintage(), done.flows(), done.format(), done.skipped(), done.firstSkippedLine());
        } catch (IOException e) {
            throw new DiagnosticException(Reason.INVALID, "diagnostic.flows.error.unreadable", "0");
        }
    }

    record PairJson(String from, String to, long flow) {
    }

    record InterdependenceJson(Integer vintage, long actives, long sameCommune, long otherCommuneOfTerritory,
            long outside, List<PairJson> pairs) {
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/interdependence")
    InterdependenceJson interdependence(@PathVariable String siren) {
        return flows.interdependence(siren).map(i -> new InterdependenceJson(i.vintage(), i.actives(), i.sameCommune(),
                i.otherCommuneOfTerritory(), i.outside(), i.pairs().stream()
                        .map(p -> new PairJson(p.from(), p.to(), p.flow())).toList()))
                .orElse(new InterdependenceJson(null, 0, 0, 0, 0, List.of()));
    }
}
