package fr.nouage.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by the whole platform.
 *
 * @param demo                  whether the instance shows demonstration data (set by {@code NOUAGE_DEMO});
 *                              pages then carry a banner saying so
 * @param uploadMaxFileSize     largest file of an ordinary form (a territory archive has its own limit)
 * @param uploadMaxRequestSize  largest total of the files of an ordinary form
 */
@Validated
@ConfigurationProperties("nouage.platform")
public record PlatformProperties(@DefaultValue("false") boolean demo,
        @DefaultValue("30MB") org.springframework.util.unit.DataSize uploadMaxFileSize,
        @DefaultValue("61MB") org.springframework.util.unit.DataSize uploadMaxRequestSize) {
}
