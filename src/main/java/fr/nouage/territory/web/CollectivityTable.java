package fr.nouage.territory.web;

import java.util.Comparator;
import java.util.List;

import fr.nouage.territory.web.CollectivityRow.SortColumn;

/**
 * The sortable table of a territory's collectivités, as shown on its page.
 *
 * @param siren      territory of the table, for the sort links
 * @param sort       column it is sorted by
 * @param descending whether the order is descending
 */
public record CollectivityTable(String siren, List<CollectivityRow> rows, SortColumn sort, boolean descending) {

    static CollectivityTable of(String siren, List<CollectivityRow> rows, String sortParam, String orderParam) {
        SortColumn sort = SortColumn.fromParam(sortParam);
        boolean descending = "desc".equalsIgnoreCase(orderParam);
        Comparator<CollectivityRow> comparator = sort.comparator();
        return new CollectivityTable(siren, rows.stream().sorted(descending ? comparator.reversed() : comparator).toList(),
                sort, descending);
    }

    public SortColumn[] columns() {
        return SortColumn.values();
    }

    /** Link that sorts by {@code column}: ascending, or the other way if already sorted by it. */
    public String sortLink(SortColumn column) {
        boolean nextDescending = column == sort && !descending;
        return "/territoires/" + siren + "?tri=" + column.param() + "&ordre=" + (nextDescending ? "desc" : "asc");
    }

    /** Value of {@code aria-sort} for a column header. */
    public String ariaSort(SortColumn column) {
        if (column != sort) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }
}
