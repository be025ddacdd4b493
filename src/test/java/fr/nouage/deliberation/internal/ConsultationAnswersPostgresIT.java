package fr.nouage.deliberation.internal;

import fr.nouage.support.OnPostgres;

@OnPostgres
class ConsultationAnswersPostgresIT extends ConsultationAnswersContract {
}
