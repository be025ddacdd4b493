package fr.nouage.platform.session;

import fr.nouage.support.OnPostgres;

@OnPostgres
class ConcurrentFirstRequestsPostgresIT extends ConcurrentFirstRequestsContract {
}
