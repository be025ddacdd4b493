package fr.nouage.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriteScopeTest {

    @Test
    void aPathUnderOneTerritoryActsForItAlone() {
        assertThat(WriteScope.territoryOf("/territoires/200071363")).isEqualTo("200071363");
        assertThat(WriteScope.territoryOf("/territoires/200071363/reunions/4/points")).isEqualTo("200071363");
        assertThat(WriteScope.territoryOf("/api/v1/territories/200071363/meetings")).isEqualTo("200071363");
    }

    @Test
    void anyOtherPathActsForEveryTerritory() {
        assertThat(WriteScope.territoryOf("/")).isNull();
        assertThat(WriteScope.territoryOf("/admin/territoires/200071363")).isNull();
        assertThat(WriteScope.territoryOf("/api/v1/meetings/4/items")).isNull();
        assertThat(WriteScope.territoryOf("/territoires/")).isNull();
        assertThat(WriteScope.territoryOf(null)).isNull();
    }

    @Test
    void anUnusualSpellingOfATerritoryActsForEveryTerritory() {
        assertThat(WriteScope.territoryOf("/territoires/20007136")).as("too short").isNull();
        assertThat(WriteScope.territoryOf("/territoires/2000713630")).as("too long").isNull();
        assertThat(WriteScope.territoryOf("/territoires/%3200071363/reunions")).as("encoded").isNull();
        assertThat(WriteScope.territoryOf("/territoires/20007136a/reunions")).isNull();
        assertThat(WriteScope.territoryOf("/territoires/200071363;x/reunions")).isNull();
    }

    @Test
    void aMeetingOrItemCallActsForTheTerritoryItsAccessCheckFound() {
        try {
            WriteScope.startRequest("/api/v1/items/42/positions");
            assertThat(WriteScope.current()).as("not known yet: every territory").isNull();
            WriteScope.actFor("200071363");
            assertThat(WriteScope.current()).isEqualTo("200071363");
            WriteScope.actFor("200071363");
            assertThat(WriteScope.current()).isEqualTo("200071363");
            WriteScope.actFor("241000447");
            assertThat(WriteScope.current()).as("two territories: every territory").isNull();
            WriteScope.actFor("200071363");
            assertThat(WriteScope.current()).as("for the rest of the request").isNull();
        } finally {
            WriteScope.leave();
        }
    }

    @Test
    void anAccessCheckNarrowsNothingElse() {
        try {
            WriteScope.startRequest("/admin/comptes/3/roles");
            WriteScope.actFor("200071363");
            assertThat(WriteScope.current()).as("an administration request").isNull();

            WriteScope.leave();
            WriteScope.actFor("200071363");
            assertThat(WriteScope.current()).as("work outside a request (scheduled tasks, listeners)").isNull();

            WriteScope.startRequest("/territoires/200071363/reunions/4");
            WriteScope.actFor("241000447");
            assertThat(WriteScope.current()).as("a page of one territory reading another's item").isNull();
        } finally {
            WriteScope.leave();
        }
    }
}
