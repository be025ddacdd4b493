package fr.nouage.territory.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.nouage.territory.geography.EmbeddedGeography;

/** Loads the shipped official geography on the first start, so that territories can be created at once. */
@Component
@Order(0)
class GeographyAtStartup implements ApplicationRunner {

    private final EmbeddedGeography geography;

    GeographyAtStartup(EmbeddedGeography geography) {
        this.geography = geography;
    }

    @Override
    public void run(ApplicationArguments args) {
        geography.loadIfEmpty();
    }
}
