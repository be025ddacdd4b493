package fr.nouage.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps the audit log append-only: any update or delete of an entry fails
 * (installed by {@code db/vendor/h2/V8_3__audit_append_only.sql}).
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
