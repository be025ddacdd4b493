package fr.nouage.charter;

import fr.nouage.support.OnPostgres;

@OnPostgres
class GovernancePactPostgresIT extends GovernancePactContract {
}
