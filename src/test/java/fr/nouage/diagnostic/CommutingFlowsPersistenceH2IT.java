package fr.nouage.diagnostic;

class CommutingFlowsPersistenceH2IT extends CommutingFlowsPersistenceContract {
}
