package fr.nouage.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The accounts the synthetic history creates, all with the password {@code nouage.synthetic.password},
 * and the acknowledgement links of their convocations: what the load test needs to sign in as them
 * and to click the link of the convocation e-mail it never receives.
 * <ul>
 * <li>one director per active collectivité: {@code direction-<collectivité SIREN>@synthetic.nouage.fr};</li>
 * <li>one élu per territory: {@code elu-<territory SIREN>@synthetic.nouage.fr};</li>
 * <li>one facilitator per {@value #TERRITORIES_PER_FACILITATOR} territories, in the order of their
 * SIREN: {@code facilitation-<n>@synthetic.nouage.fr}, {@code n} from 1;</li>
 * <li>one coordinator: {@code coordination@synthetic.nouage.fr}.</li>
 * </ul>
 * Each director and facilitator has, in each of their territories, one convocation already sent, to
 * the territory's latest meeting whose agenda froze, acknowledged by the link
 * {@code /convocations/<token>} where the token is {@link #convocationToken(long, String, String)} of
 * the generator's seed, the territory and the person's e-mail.
 */
public final class SyntheticAccounts {

    public static final String DOMAIN = "synthetic.nouage.fr";
    public static final int TERRITORIES_PER_FACILITATOR = 10;
    public static final String COORDINATOR = "coordination@" + DOMAIN;

    private SyntheticAccounts() {
    }

    public static String director(String collectivitySiren) {
        return "direction-" + collectivitySiren + "@" + DOMAIN;
    }

    public static String elected(String territorySiren) {
        return "elu-" + territorySiren + "@" + DOMAIN;
    }

    /** The facilitator of the territory at this position (from 0) in the order of SIRENs. */
    public static String facilitatorOf(int territoryIndex) {
        return "facilitation-" + (territoryIndex / TERRITORIES_PER_FACILITATOR + 1) + "@" + DOMAIN;
    }

    /** The acknowledgement token of the person's synthetic convocation in a territory: 43 URL-safe characters. */
    public static String convocationToken(long seed, String territorySiren, String email) {
        byte[] digest = sha256(("nouage-synthetic-convocation:" + seed + ":" + territorySiren + ":" + email)
                .getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** The token's hash as the convocation table keeps it. */
    static String tokenHash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
