package fr.nouage.project;

class ProjectPersistenceH2IT extends ProjectPersistenceContract {
}
