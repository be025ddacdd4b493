package fr.nouage.observatory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The alerts of a territory today: the vigilance points each module sees in its facts (minutes late
 * for the charter, reflexive point overdue, collectivités not heard, pilotage all held by the EPCI…),
 * the thresholds slipping, and the largest gaps between what the directors perceive and what the
 * evidence shows.
 */
@Service
public class Vigilance {

    /** A gap of this many points (on 100) between perceived and observed is an alert. */
    public static final int GAP_ALERT = 30;

    private final List<EvidenceSource> sources;
    private final Observatory observatory;
    private final Barometers barometers;

    Vigilance(List<EvidenceSource> sources, Observatory observatory, Barometers barometers) {
        this.sources = List.copyOf(sources);
        this.observatory = observatory;
        this.barometers = barometers;
    }

    /** The alerts of a territory today, the oldest first. */
    public List<Watch> alerts(String siren) {
        LocalDate today = observatory.checkedDay(siren, null);
        List<Watch> watches = new ArrayList<>();
        sources.forEach(s -> s.signals(siren, today).forEach(signal -> watches.add(Watch.of(signal))));
        List<ThresholdStatus> maturity = observatory.maturity(siren, today);
        String path = "/territoires/" + siren + "/maturite";
        for (ThresholdStatus status : maturity) {
            if (status.state() == ThresholdState.SLIPPING) {
                watches.add(Watch.of(new Signal(Alert.THRESHOLD_SLIPPING, today,
                        List.of(Fact.of(path, "observatory.alert.fact.slipping", status.threshold().messageKey())))));
            }
        }
        for (Mirror.Line line : Mirror.of(maturity, barometers.lastResults(siren)).largestGaps()) {
            if (Math.abs(line.gap()) >= GAP_ALERT) {
                watches.add(Watch.of(new Signal(Alert.PERCEPTION_GAP, today, List.of(Fact.of(path + "#miroir",
                        "observatory.alert.fact.gap", line.threshold().messageKey(), line.perceived(), line.observed())))));
            }
        }
        watches.sort(Comparator.comparing(Watch::since));
        return watches;
    }
}
