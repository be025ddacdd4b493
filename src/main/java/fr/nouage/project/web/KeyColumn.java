package fr.nouage.project.web;

import java.util.List;

import fr.nouage.project.FinancingKey;

/** One key of a side-by-side simulation: its letter, the key, and its shares or the reason it cannot split. */
public record KeyColumn(String letter, FinancingKey key, List<FinancingKey.Share> shares, String error) {

    public FinancingKey.Share share(String siren) {
        return shares == null ? null : shares.stream().filter(s -> s.siren().equals(siren)).findFirst().orElse(null);
    }
}
