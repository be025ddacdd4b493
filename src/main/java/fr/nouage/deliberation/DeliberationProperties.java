package fr.nouage.deliberation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * Settings of the deliberation module ({@code nouage.deliberation}).
 *
 * @param remarkSecret   secret mixed into the participation hash of anonymous remarks
 *                       ({@code NOUAGE_REMARK_SECRET}); when blank, one is generated once and kept in
 *                       the database (then anyone reading the database could tell who answered,
 *                       never what they wrote)
 * @param closeCheck     how often due consultations are closed
 * @param remarksVisibleFrom number of people who must have answered before the facilitator reads
 *                       the anonymous remarks
 */
@Validated
@ConfigurationProperties("nouage.deliberation")
public record DeliberationProperties(String remarkSecret, @DefaultValue("PT1M") Duration closeCheck,
        @DefaultValue("5") @Min(2) int remarksVisibleFrom) {
}
