package fr.nouage.rules;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/** The rules in force, for the rest of Nouage. */
@Service
public class Rules {

    /**
     * The rules of a territory's collective in force on {@code date}: those of the charter version
     * in force that day, or the defaults when none was.
     */
    public ActiveRules rulesAt(String territorySiren, LocalDate date) {
        return ActiveRules.defaults();
    }
}
