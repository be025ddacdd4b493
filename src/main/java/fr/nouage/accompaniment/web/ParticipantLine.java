package fr.nouage.accompaniment.web;

/** A participant as the list shows them. */
public record ParticipantLine(String territory, String collectivity, String name, String job) {
}
