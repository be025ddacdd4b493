package fr.nouage.account.internal;

import fr.nouage.support.OnPostgres;

@OnPostgres
class LoginThrottlePostgresIT extends LoginThrottleContract {
}
