package fr.nouage.platform;

import fr.nouage.support.OnPostgres;

@OnPostgres
class ApiConventionsPostgresIT extends ApiConventionsContract {
}
