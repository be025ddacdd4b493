package fr.nouage.territory;

/**
 * What a territory's collective says of itself: its kind of territory, its stake and what it
 * produced so far. Any field may be blank.
 */
public record ExperienceCard(String profile, String stake, String achievements) {

    public static ExperienceCard empty() {
        return new ExperienceCard("", "", "");
    }

    public boolean isEmpty() {
        return isBlank(profile) && isBlank(stake) && isBlank(achievements);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
