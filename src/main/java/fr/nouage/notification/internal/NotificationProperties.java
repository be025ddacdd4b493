package fr.nouage.notification.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notification e-mails.
 *
 * @param baseUrl        public address of Nouage, for the links in e-mails
 * @param from           sender address of every e-mail
 * @param attachmentsMax documents of a convocation are attached up to this total, linked beyond
 * @param digestHour     hour (Europe/Paris) from which daily digests, and on Mondays weekly ones, go out
 * @param retryInterval  how often unsent convocations and notifications are tried again
 * @param digestCheck    how often the digests due are looked for
 */
@Validated
@ConfigurationProperties("nouage.notification")
public record NotificationProperties(@DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("nouage@localhost") @NotBlank String from,
        @DefaultValue("10MB") DataSize attachmentsMax,
        @DefaultValue("7") @Min(0) @Max(23) int digestHour,
        @DefaultValue("PT5M") Duration retryInterval,
        @DefaultValue("PT5M") Duration digestCheck) {

    /** The absolute address of a path of Nouage. */
    public String url(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
