package fr.nouage.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Sessions.ImportedEvent;

/**
 * Fuzzes the import of an élus' calendar (.ics): whatever the bytes, it gives bounded events or
 * refuses the file with a {@link MeetingException}, never another exception, a hang or unbounded
 * memory. The seeds are in {@code SessionCalendarReaderFuzzTestInputs/calendar}.
 */
class SessionCalendarReaderFuzzTest {

    private static final AtomicLong EXECUTIONS = new AtomicLong();
    private static final long STARTED = System.nanoTime();

    @FuzzTest
    void calendar(byte[] input) {
        EXECUTIONS.incrementAndGet();
        List<ImportedEvent> events;
        try {
            events = SessionCalendarReader.read(input);
        } catch (MeetingException refused) {
            assertThat(refused.reason()).isEqualTo(MeetingException.Reason.INVALID);
            return;
        }
        assertThat(events).isNotEmpty().hasSizeLessThanOrEqualTo(SessionCalendarReader.MAX_EVENTS);
        for (ImportedEvent event : events) {
            assertThat(event.uid()).isNotBlank().hasSizeLessThanOrEqualTo(SessionCalendarReader.TEXT_MAX);
            if (event.summary() != null) {
                assertThat(event.summary()).hasSizeLessThanOrEqualTo(SessionCalendarReader.TEXT_MAX);
            }
            if (event.place() != null) {
                assertThat(event.place()).hasSizeLessThanOrEqualTo(SessionCalendarReader.TEXT_MAX);
            }
        }
    }

    @AfterAll
    static void executions() {
        System.out.printf("FUZZ calendar (.ics) reader: %d executions in %d s%n", EXECUTIONS.get(),
                (System.nanoTime() - STARTED) / 1_000_000_000L);
    }
}
