package fr.nouage.observatory;

class BarometerPersistenceH2IT extends BarometerPersistenceContract {
}
