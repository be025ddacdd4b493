package fr.nouage.project;

/** A basis of a financing key: what each party's share is proportional to. */
public enum KeyBasis {
    /** The same share for every party. */
    EQUAL,
    /** The population municipale the platform holds (INSEE populations légales). */
    POPULATION,
    /** Units of use entered per party (hours, files handled, pupils…). */
    UNITS;

    public String messageKey() {
        return "keyBasis." + name();
    }
}
