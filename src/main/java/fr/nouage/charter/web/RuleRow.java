package fr.nouage.charter.web;

/** A rule parameter as shown: its label and its value in words. */
public record RuleRow(String key, String label, String value) {
}
