package fr.nouage.observatory;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * The path of maturation of a territory, read from every module's {@link EvidenceSource}. The
 * evidence of each day read is kept in the {@code observatory-evidence} cache (per territory) and
 * forgotten when a module publishes {@link EvidenceChanged}, so a view rarely asks the modules again.
 */
@Service
public class Observatory {

    /** Name of the cache holding, per territory, its evidence by day. */
    public static final String CACHE = "observatory-evidence";

    private final List<EvidenceSource> sources;
    private final Territories territories;
    private final Clock clock;
    private final CacheManager caches;

    Observatory(List<EvidenceSource> sources, Territories territories, Clock clock, CacheManager caches) {
        this.sources = List.copyOf(sources);
        this.territories = territories;
        this.clock = clock;
        this.caches = caches;
    }

    /** The measures some module reports. */
    public Set<Measure> measured() {
        Set<Measure> measured = EnumSet.noneOf(Measure.class);
        sources.forEach(s -> measured.addAll(s.measures()));
        return measured;
    }

    /** Today, in Paris. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** First day of the territory's path (the day it began to use Nouage). */
    public LocalDate start(Territory territory) {
        return LocalDate.ofInstant(territory.createdAt(), PARIS);
    }

    /**
     * The eleven thresholds of a territory on {@code at} (today when {@code null}), in the order of
     * {@link Threshold}.
     *
     * @throws ObservatoryException NOT_FOUND for an unknown territory, INVALID for a day in the
     *         future or before the territory's path began
     */
    public List<ThresholdStatus> maturity(String siren, LocalDate at) {
        LocalDate day = checkedDay(siren, at);
        Map<Threshold, NavigableMap<LocalDate, Boolean>> past = new ConcurrentHashMap<>();
        for (Threshold t : Threshold.values()) {
            past.put(t, new TreeMap<>());
        }
        for (LocalDate end : PathRules.quarterEnds(start(territory(siren)), day)) {
            List<Evidence> facts = evidence(siren, end);
            for (Threshold t : Threshold.values()) {
                past.get(t).put(end, PathRules.read(t, facts).held());
            }
        }
        List<Evidence> now = evidence(siren, day);
        List<ThresholdStatus> statuses = new ArrayList<>();
        for (Threshold t : Threshold.values()) {
            Reading reading = PathRules.read(t, now);
            statuses.add(new ThresholdStatus(t, PathRules.state(day, reading, past.get(t)), reading.score(),
                    reading.evidence()));
        }
        return statuses;
    }

    /** One point of the quarterly history: the day and each threshold's reading. */
    public record QuarterPoint(LocalDate day, Map<Threshold, Reading> readings) {
    }

    /** The readings at each quarter end of the territory's path, then on {@code at}. */
    public List<QuarterPoint> history(String siren, LocalDate at) {
        LocalDate day = checkedDay(siren, at);
        List<LocalDate> days = new ArrayList<>(PathRules.quarterEnds(start(territory(siren)), day));
        days.add(day);
        List<QuarterPoint> points = new ArrayList<>();
        for (LocalDate d : days) {
            List<Evidence> facts = evidence(siren, d);
            Map<Threshold, Reading> readings = new java.util.EnumMap<>(Threshold.class);
            for (Threshold t : Threshold.values()) {
                readings.put(t, PathRules.read(t, facts));
            }
            points.add(new QuarterPoint(d, readings));
        }
        return points;
    }

    /** Every module's facts of a territory on a day (from the cache when already read). */
    public List<Evidence> evidence(String siren, LocalDate day) {
        Cache cache = caches.getCache(CACHE);
        if (cache == null) {
            return collect(siren, day);
        }
        @SuppressWarnings("unchecked")
        ConcurrentMap<LocalDate, List<Evidence>> byDay = cache.get(siren, ConcurrentHashMap::new);
        return byDay.computeIfAbsent(day, d -> collect(siren, d));
    }

    private List<Evidence> collect(String siren, LocalDate day) {
        List<Evidence> facts = new ArrayList<>();
        for (EvidenceSource source : sources) {
            Set<Measure> declared = source.measures();
            source.evidence(siren, day).stream().filter(e -> declared.contains(e.measure())).forEach(facts::add);
        }
        return List.copyOf(facts);
    }

    /** Forgets a territory's evidence when a module reports a change. */
    @EventListener
    void on(EvidenceChanged changed) {
        Cache cache = caches.getCache(CACHE);
        if (cache != null) {
            cache.evict(changed.territorySiren());
        }
    }

    /** The day asked, checked against the territory's path: not in the future, not before it began. */
    public LocalDate checkedDay(String siren, LocalDate at) {
        Territory territory = territory(siren);
        LocalDate today = today();
        LocalDate day = at == null ? today : at;
        if (day.isAfter(today)) {
            throw new ObservatoryException(Reason.INVALID, "observatory.error.future");
        }
        if (day.isBefore(start(territory))) {
            throw new ObservatoryException(Reason.INVALID, "observatory.error.beforeStart",
                    fr.nouage.platform.DateFormats.of("dd/MM/yyyy", java.util.Locale.FRENCH).format(start(territory)));
        }
        return day;
    }

    private Territory territory(String siren) {
        return territories.find(siren)
                .orElseThrow(() -> new ObservatoryException(Reason.NOT_FOUND, "observatory.error.territory"));
    }
}
