package fr.nouage.rules;

class RulesPersistenceH2IT extends RulesPersistenceContract {
}
