package fr.nouage.accompaniment;

class SeminarPersistenceH2IT extends SeminarPersistenceContract {
}
