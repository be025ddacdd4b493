package fr.nouage.territory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import fr.nouage.territory.Collectivity;

/** A line of a territory's table of collectivités. */
public record CollectivityRow(Collectivity collectivity, List<String> directors) {

    public String directorNames() {
        return String.join(", ", directors);
    }

    /** Columns the table can be sorted by, with the names used in the query string. */
    public enum SortColumn {
        NOM("nom"), INSEE("insee"), POPULATION("population"), TAILLE("taille"), DIRECTION("direction");

        private final String param;

        SortColumn(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        static SortColumn fromParam(String value) {
            for (SortColumn column : values()) {
                if (column.param.equalsIgnoreCase(value)) {
                    return column;
                }
            }
            return NOM;
        }

        /** Order of the rows for this column, names in French order. */
        Comparator<CollectivityRow> comparator() {
            Comparator<CollectivityRow> byName = Comparator.comparing(r -> FrenchOrder.key(r.collectivity().name()));
            return switch (this) {
                case NOM -> byName;
                case INSEE -> Comparator.comparing((CollectivityRow r) -> r.collectivity().inseeCode() == null ? ""
                        : r.collectivity().inseeCode()).thenComparing(byName);
                case POPULATION, TAILLE -> Comparator.comparingInt((CollectivityRow r) -> r.collectivity().population())
                        .thenComparing(byName);
                case DIRECTION -> Comparator.comparing((CollectivityRow r) -> r.directorNames().toLowerCase(Locale.FRENCH))
                        .thenComparing(byName);
            };
        }
    }
}
