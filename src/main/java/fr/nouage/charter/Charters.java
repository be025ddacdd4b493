package fr.nouage.charter;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/** Entry point of the charter module for the rest of Nouage. */
@Service
public class Charters {

    /**
     * The rules of a territory's collective in force on {@code date}: those of the charter version
     * in force that day, or the defaults when none was.
     */
    public ActiveRules rulesAt(String territorySiren, LocalDate date) {
        return ActiveRules.defaults();
    }
}
