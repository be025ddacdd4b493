package fr.nouage.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled  whether demonstration data is created on start ({@code NOUAGE_DEMO})
 * @param password password of every demo account ({@code NOUAGE_DEMO_PASSWORD}); when blank each
 *                 account gets a random one, written once to the log
 */
@ConfigurationProperties("nouage.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, String password) {
}
