package fr.nouage.observatory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * Settings of the observatory ({@code nouage.observatory}).
 *
 * @param evidenceTimeToLive how long a territory's evidence of a day stays in memory; it is forgotten
 *                           at once on this instance when a module reports a change, so this bounds
 *                           how stale another instance's view can be
 * @param barometerMinimum   respondents needed before a barometer's results are shown (k-anonymity)
 * @param barometerSecret    secret mixed into the hashes that make an answer replaceable by its author
 *                           without storing who answered ({@code NOUAGE_BAROMETER_SECRET}); when
 *                           blank, each wave keeps a random salt of its own
 */
@Validated
@ConfigurationProperties("nouage.observatory")
public record ObservatoryProperties(@DefaultValue("PT15M") Duration evidenceTimeToLive,
        @DefaultValue("5") @Min(2) int barometerMinimum, String barometerSecret) {
}
