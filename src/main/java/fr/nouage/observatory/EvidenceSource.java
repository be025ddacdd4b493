package fr.nouage.observatory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A module's evidence for the path of maturation. Each feature module implements it once, as a
 * Spring bean in its {@code internal} package (like {@code fr.nouage.archive.TerritoryArchivePart});
 * the observatory reads every source and knows no feature module.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #evidence} states the facts as they stood at the end of {@code day} (Paris time): only
 * rows dated on or before that day count, windows such as "the last 12 months" end on that day. It is
 * called for every quarter end of a territory's history, so it must answer from the module's own
 * tables with a few indexed queries.</li>
 * <li>It returns one {@link Evidence} per measure of {@link #measures()} it can state (a measure it
 * cannot state yet, e.g. a share of nothing, may be left out: the threshold then rests on the
 * others).</li>
 * <li>{@link #signals} names the vigilance points it sees, each with its facts; the rule of a signal
 * lives in the module that knows the facts and the charter's rules (e.g. {@code minutesWithinDays}).</li>
 * <li>When a fact changes, the module publishes {@link EvidenceChanged} for the territory (usually
 * from a listener of its own events in the same bean) so that the observatory refreshes its
 * snapshot.</li>
 * </ul>
 */
public interface EvidenceSource {

    /** The measures this module reports; the others stay "not measured". */
    Set<Measure> measures();

    /** The facts of a territory on a day, one per measure at most. */
    List<Evidence> evidence(String territorySiren, LocalDate day);

    /**
     * The vigilance points this module sees for a territory today (e.g. minutes later than the
     * charter allows); none by default. The observatory adds slipping thresholds and perception gaps.
     */
    default List<Signal> signals(String territorySiren, LocalDate day) {
        return List.of();
    }
}
