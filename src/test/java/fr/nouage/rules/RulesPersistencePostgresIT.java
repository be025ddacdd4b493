package fr.nouage.rules;

import fr.nouage.support.OnPostgres;

@OnPostgres
class RulesPersistencePostgresIT extends RulesPersistenceContract {
}
