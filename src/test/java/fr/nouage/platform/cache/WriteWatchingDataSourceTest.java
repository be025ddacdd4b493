package fr.nouage.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;

class WriteWatchingDataSourceTest {

    private final JdbcDataSource database = new JdbcDataSource();
    private final WriteGeneration generation;
    private final DataSource watched;
    private final JdbcTemplate raw;

    WriteWatchingDataSourceTest() {
        database.setURL("jdbc:h2:mem:writes-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        raw = new JdbcTemplate(database);
        raw.execute("create table write_generation (id integer primary key, n bigint not null)");
        raw.execute("insert into write_generation values (1, 0)");
        raw.execute("create table write_scope (scope varchar(20) primary key, n bigint not null)");
        raw.execute("create table item (id integer primary key, name varchar(20))");
        raw.execute("create table spring_session (id varchar(36) primary key)");
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("dataSource", database));
        generation = new WriteGeneration(beans.getBeanProvider(DataSource.class), new ReadCaches(Duration.ofSeconds(5)),
                Duration.ZERO);
        watched = new WriteWatchingDataSource(database, () -> generation);
    }

    private long shared() {
        return raw.queryForObject("select n from write_generation", Long.class);
    }

    @Test
    void readingsAndSessionWritesAreNotWrites() {
        assertThat(WriteWatchingDataSource.writes("select * from item")).isFalse();
        assertThat(WriteWatchingDataSource.writes("  /* page */ (SELECT 1)")).isFalse();
        assertThat(WriteWatchingDataSource.writes("-- count\nselect count(*) from item")).isFalse();
        assertThat(WriteWatchingDataSource.writes("with last as (select 1) select * from last")).isFalse();
        assertThat(WriteWatchingDataSource.writes("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?")).isFalse();
        assertThat(WriteWatchingDataSource.writes("update write_generation set n = n + 1")).isFalse();
        assertThat(WriteWatchingDataSource.writes("update write_scope set n = ? where scope = ?")).isFalse();
        assertThat(WriteWatchingDataSource.writes("update event_publication set completion_date = ?")).isFalse();
        assertThat(WriteWatchingDataSource.writes(null)).isFalse();
    }

    @Test
    void anythingElseIsAWrite() {
        assertThat(WriteWatchingDataSource.writes("insert into item values (1, 'a')")).isTrue();
        assertThat(WriteWatchingDataSource.writes("  Update item set name = ?")).isTrue();
        assertThat(WriteWatchingDataSource.writes("delete from item")).isTrue();
        assertThat(WriteWatchingDataSource.writes("merge into item key (id) values (1, 'a')")).isTrue();
        assertThat(WriteWatchingDataSource.writes("with gone as (delete from item returning id) select * from gone"))
                .isTrue();
        assertThat(WriteWatchingDataSource.writes("truncate table item")).isTrue();
        assertThat(WriteWatchingDataSource.writes("create index item_name on item (name)")).isTrue();
    }

    @Test
    void aCommittedTransactionThatWroteMovesBothCounters() throws SQLException {
        long before = generation.current();
        try (Connection connection = watched.getConnection()) {
            connection.setAutoCommit(false);
            connection.prepareStatement("insert into item values (1, 'a')").executeUpdate();
            assertThat(generation.current()).isEqualTo(before);
            connection.commit();
        }
        assertThat(generation.current()).isGreaterThan(before);
        assertThat(shared()).isEqualTo(1);
    }

    @Test
    void aRolledBackTransactionOrAReadingMovesNothing() throws SQLException {
        long before = generation.current();
        try (Connection connection = watched.getConnection()) {
            connection.setAutoCommit(false);
            connection.prepareStatement("insert into item values (2, 'b')").executeUpdate();
            connection.rollback();
            connection.prepareStatement("select * from item").executeQuery().close();
            connection.commit();
        }
        assertThat(generation.current()).isEqualTo(before);
        assertThat(shared()).isZero();
    }

    @Test
    void aWriteInAutoCommitMovesTheCountersWhenTheConnectionIsGivenBack() throws SQLException {
        long before = generation.current();
        try (Connection connection = watched.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into item values (3, 'c')");
        }
        assertThat(generation.current()).isGreaterThan(before);
        assertThat(shared()).isEqualTo(1);
    }

    @Test
    void sessionStoreWritesMoveNothing() throws SQLException {
        long before = generation.current();
        try (Connection connection = watched.getConnection()) {
            connection.prepareStatement("insert into spring_session values ('s')").executeUpdate();
        }
        assertThat(generation.current()).isEqualTo(before);
        assertThat(shared()).isZero();
    }

    @Test
    void aWriteOfAnotherInstanceIsSeenAtTheNextCheck() {
        generation.checkShared();
        long before = generation.current();
        generation.checkShared();
        assertThat(generation.current()).as("nothing written").isEqualTo(before);

        raw.update("update write_generation set n = n + 1");
        generation.checkShared();

        assertThat(generation.current()).isGreaterThan(before);
    }

    @Test
    void thisInstancesOwnMoveIsNotTakenForAnotherInstancesWrite() throws SQLException {
        generation.checkShared();
        try (Connection connection = watched.getConnection()) {
            connection.prepareStatement("insert into item values (5, 'e')").executeUpdate();
        }
        long afterWrite = generation.current();

        generation.checkShared();

        assertThat(generation.current()).isEqualTo(afterWrite);
    }

    @Test
    void writesBeforeTheCounterExistsAreStillSeenHere() throws SQLException {
        raw.execute("drop table write_generation");
        long before = generation.current();
        try (Connection connection = watched.getConnection()) {
            connection.setAutoCommit(false);
            connection.prepareStatement("insert into item values (4, 'd')").executeUpdate();
            connection.commit();
        }
        assertThat(generation.current()).isGreaterThan(before);
        assertThat(raw.queryForObject("select count(*) from item", Integer.class)).isEqualTo(1);
    }

    private static final String ACHARDS = "200071363";
    private static final String OTHER = "241000447";

    private void writeFor(String territory, int id) throws SQLException {
        WriteScope.enter(territory);
        try (Connection connection = watched.getConnection()) {
            connection.prepareStatement("insert into item values (" + id + ", 'x')").executeUpdate();
        } finally {
            WriteScope.leave();
        }
    }

    @Test
    void aWriteForOneTerritoryMovesItsGenerationAloneAndRecordsItsScope() throws SQLException {
        long achards = generation.current(ACHARDS);
        long other = generation.current(OTHER);
        long all = generation.current();

        writeFor(ACHARDS, 10);

        assertThat(generation.current(ACHARDS)).isGreaterThan(achards);
        assertThat(generation.current(OTHER)).as("another territory's pages stay valid").isEqualTo(other);
        assertThat(generation.current()).as("all data").isGreaterThan(all);
        assertThat(raw.queryForObject("select n from write_scope where scope = ?", Long.class, ACHARDS))
                .isEqualTo(shared()).isEqualTo(1);

        writeFor(ACHARDS, 11);
        assertThat(raw.queryForObject("select n from write_scope where scope = ?", Long.class, ACHARDS))
                .as("one row per scope, moved with the counter").isEqualTo(2);
    }

    @Test
    void aWriteForEveryTerritoryMovesThemAll() throws SQLException {
        writeFor(ACHARDS, 12);
        long achards = generation.current(ACHARDS);
        long other = generation.current(OTHER);

        writeFor(null, 13);

        assertThat(generation.current(ACHARDS)).isGreaterThan(achards);
        assertThat(generation.current(OTHER)).isGreaterThan(other);
        assertThat(raw.queryForObject("select n from write_scope where scope = '*'", Long.class)).isEqualTo(2);
    }

    @Test
    void anotherInstancesWriteForOneTerritoryMovesThatTerritoryHere() throws SQLException {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("dataSource", database));
        WriteGeneration elsewhere = new WriteGeneration(beans.getBeanProvider(DataSource.class),
                new ReadCaches(Duration.ofSeconds(5)), Duration.ZERO);
        DataSource elsewhereWatched = new WriteWatchingDataSource(database, () -> elsewhere);
        generation.checkShared();
        long achards = generation.current(ACHARDS);
        long other = generation.current(OTHER);

        WriteScope.enter(OTHER);
        try (Connection connection = elsewhereWatched.getConnection()) {
            connection.prepareStatement("insert into item values (14, 'n')").executeUpdate();
        } finally {
            WriteScope.leave();
        }
        generation.checkShared();

        assertThat(generation.current(OTHER)).isGreaterThan(other);
        assertThat(generation.current(ACHARDS)).isEqualTo(achards);

        raw.update("update write_generation set n = n + 1");
        generation.checkShared();
        assertThat(generation.current(ACHARDS)).as("a move without a recorded scope moves everything")
                .isGreaterThan(achards);
    }

    @Test
    void theScopeTravelsWithWorkHandedToAnotherThread() throws Exception {
        String[] seen = new String[1];
        WriteScope.enter(ACHARDS);
        Runnable task;
        try {
            task = WriteScope.carried(() -> seen[0] = WriteScope.current());
        } finally {
            WriteScope.leave();
        }
        Thread thread = new Thread(task);
        thread.start();
        thread.join();
        assertThat(seen[0]).isEqualTo(ACHARDS);
        assertThat(WriteScope.current()).isNull();
    }
}
