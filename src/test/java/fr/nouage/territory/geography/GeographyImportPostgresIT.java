package fr.nouage.territory.geography;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.nouage.support.Databases;

class GeographyImportPostgresIT extends GeographyImportIntegration {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.postgres(registry);
    }
}
