package fr.nouage.accompaniment.web;

import fr.nouage.territory.Collectivity;

/** One line of the delegation form: a collectivité and the person registered for it. */
public record DelegateRow(Collectivity collectivity, String name, String job) {
}
