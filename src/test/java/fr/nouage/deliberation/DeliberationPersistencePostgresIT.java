package fr.nouage.deliberation;

import fr.nouage.support.OnPostgres;

@OnPostgres
class DeliberationPersistencePostgresIT extends DeliberationPersistenceContract {
}
