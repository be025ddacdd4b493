package fr.nouage.network;

import fr.nouage.support.OnPostgres;

@OnPostgres
class NetworkPersistencePostgresIT extends NetworkPersistenceContract {
}
