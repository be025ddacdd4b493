package fr.nouage.charter;

import fr.nouage.support.OnPostgres;

@OnPostgres
class CharterStoryPostgresIT extends CharterStoryContract {
}
