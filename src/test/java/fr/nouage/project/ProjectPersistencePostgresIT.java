package fr.nouage.project;

import fr.nouage.support.OnPostgres;

@OnPostgres
class ProjectPersistencePostgresIT extends ProjectPersistenceContract {
}
