package fr.nouage.territory.geography;

import fr.nouage.support.OnPostgres;

@OnPostgres
class GeographyImportPostgresIT extends GeographyImportIntegration {
}
