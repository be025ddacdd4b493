package fr.nouage.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  whether demonstration data is created on start ({@code NOUAGE_DEMO})
 * @param password password of every demo account ({@code NOUAGE_DEMO_PASSWORD}); when blank each
 *                 account gets a random one, written once to the log
 * @param history  whether the demo territories also get their two years of fictitious history
 *                 (meetings, positions, minutes, consultations, charter, actions), written once on the
 *                 first start; only read when the demo is enabled
 */
@ConfigurationProperties("nouage.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, String password,
        @DefaultValue("true") boolean history) {
}
