package fr.nouage.charter;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erases a territory's charter (versions with their articles and adoptions, amendments), so that a
 * story about writing a charter starts from none even when another test of the shared database
 * wrote one on the same territory. The rules enacted stay: each later enactment supersedes them.
 */
final class CharterReset {

    private CharterReset() {
    }

    static void erase(JdbcClient jdbc, String territorySiren) {
        jdbc.sql("delete from charter_amendment where territory_siren = ?").param(territorySiren).update();
        jdbc.sql("delete from charter_version where territory_siren = ?").param(territorySiren).update();
    }
}
