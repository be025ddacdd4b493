package fr.nouage.observatory;

import fr.nouage.support.OnPostgres;

@OnPostgres
class BarometerPersistencePostgresIT extends BarometerPersistenceContract {
}
