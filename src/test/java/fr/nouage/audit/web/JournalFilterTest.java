package fr.nouage.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditQuery;

class JournalFilterTest {

    @Test
    void theFiltersAsTypedBecomeAQueryOfTheLog() {
        AuditQuery query = JournalFilter.of("ROLE_GRANTED", "2027-01-01", " 2027-01-31 ", "", 3).query("248500662");

        assertThat(query).isEqualTo(new AuditQuery("248500662", AuditKind.ROLE_GRANTED, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31), 3));
        assertThat(JournalFilter.of("", null, "", null, null).query(null))
                .isEqualTo(new AuditQuery(null, null, null, null, 1));
        assertThat(JournalFilter.of(null, null, null, "244400503", -4).query(null).territorySiren()).isEqualTo("244400503");
    }

    @Test
    void filtersThatCannotBeReadAreRefusedWithAMessage() {
        assertThatThrownBy(() -> JournalFilter.of("DROP TABLE", null, null, null, 1).query("248500662"))
                .hasMessage("audit.filter.error.kind");
        assertThatThrownBy(() -> JournalFilter.of(null, "31/01/2027", null, null, 1).query("248500662"))
                .hasMessage("audit.filter.error.date");
        assertThatThrownBy(() -> JournalFilter.of(null, "2027-02-01", "2027-01-31", null, 1).query("248500662"))
                .hasMessage("audit.filter.error.range");
    }

    @Test
    void pageLinksKeepTheFilters() {
        JournalFilter filter = JournalFilter.of("MINUTES_EDITED", "2027-01-01", null, "248500662", 2);

        assertThat(filter.pageLink(3)).isEqualTo("?type=MINUTES_EDITED&du=2027-01-01&territoire=248500662&page=3");
        assertThat(filter.pageLink(1)).isEqualTo("?type=MINUTES_EDITED&du=2027-01-01&territoire=248500662");
        assertThat(JournalFilter.of(null, null, null, null, 2).pageLink(1)).isEqualTo("?");
    }
}
