package fr.nouage.diagnostic;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published when a file of commuting flows replaced a vintage of a territory's flows. */
public record CommutingFlowsImported(String territorySiren, int vintage, FlowFormat format, int flows, int skipped,
        Actor by, Instant at) {
}
