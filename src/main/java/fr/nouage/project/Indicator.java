package fr.nouage.project;

import java.math.BigDecimal;

/** An indicator of a project's evaluation, with its target and the value reached. */
public record Indicator(long id, long projectId, String name, String unit, BigDecimal target, BigDecimal actual) {

    /** The value reached as a percentage of the target, {@code null} when either is missing or the target is 0. */
    public Integer reachedPercent() {
        if (target == null || actual == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, java.math.RoundingMode.HALF_UP).intValue();
    }
}
