package fr.nouage.territory.geography;

class GeographyImportH2IT extends GeographyImportIntegration {
}
