package fr.nouage.audit;

class AuditSummaryH2IT extends AuditSummaryContract {
}
