package fr.nouage.audit;

import fr.nouage.support.OnPostgres;

@OnPostgres
class AuditSummaryPostgresIT extends AuditSummaryContract {
}
