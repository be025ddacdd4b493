package fr.nouage.diagnostic;

/** The official INSEE layouts of home-to-work commuting flows that Nouage reads. */
public enum FlowFormat {
    /** "Base flux de mobilité": one line per pair of communes, {@code NBFLUX_C<yy>_ACTOCC15P} actives. */
    BASE_FLUX,
    /** Detailed file MOBPRO: one weighted record ({@code IPONDI}) per person. */
    MOBPRO;

    public String messageKey() {
        return "diagnostic.format." + name();
    }
}
