package fr.nouage.security;

import fr.nouage.support.OnPostgres;

@OnPostgres
class RevokedSessionsPostgresIT extends RevokedSessionsContract {
}
