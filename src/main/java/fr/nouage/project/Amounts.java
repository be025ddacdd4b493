package fr.nouage.project;

import java.math.BigDecimal;

import fr.nouage.platform.RefusedOperation.Reason;

/** Amounts in euros as typed ({@code 100000.00}, {@code 100 000,00}) turned into cents. */
public final class Amounts {

    /** Ten billion euros: beyond, an amount is surely a typing error. */
    static final long MAX_CENTS = 1_000_000_000_000L;

    private Amounts() {
    }

    /**
     * The amount in cents.
     *
     * @throws ProjectException INVALID for a missing, non-numeric or negative amount, or one with
     *                          more than two decimals
     */
    public static long cents(String typed) {
        if (typed == null || typed.isBlank()) {
            throw invalid("agreement.error.amount");
        }
        String text = typed.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.');
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw invalid("agreement.error.amount");
        }
        if (amount.signum() < 0) {
            throw invalid("agreement.error.amountNegative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw invalid("agreement.error.amountDecimals");
        }
        BigDecimal cents = amount.movePointRight(2);
        if (cents.compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
            throw invalid("agreement.error.amountTooLarge");
        }
        return cents.longValueExact();
    }

    /** Cents as a plain amount with two decimals, e.g. {@code 12345.67}. */
    public static String plain(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static ProjectException invalid(String key) {
        return new ProjectException(Reason.INVALID, key);
    }
}
