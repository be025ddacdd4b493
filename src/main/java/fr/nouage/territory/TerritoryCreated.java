package fr.nouage.territory;

/** Published once a territory and its collectivités exist. */
public record TerritoryCreated(String siren, String name) {
}
