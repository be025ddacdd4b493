package fr.nouage.diagnostic;

import fr.nouage.support.OnPostgres;

@OnPostgres
class CommutingFlowsPersistencePostgresIT extends CommutingFlowsPersistenceContract {
}
