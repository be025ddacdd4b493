package fr.nouage.deliberation.internal;

class ConsultationAnswersIT extends ConsultationAnswersContract {
}
