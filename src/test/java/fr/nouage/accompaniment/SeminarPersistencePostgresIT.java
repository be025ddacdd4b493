package fr.nouage.accompaniment;

import fr.nouage.support.OnPostgres;

@OnPostgres
class SeminarPersistencePostgresIT extends SeminarPersistenceContract {
}
