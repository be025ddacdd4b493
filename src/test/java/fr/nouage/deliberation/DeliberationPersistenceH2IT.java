package fr.nouage.deliberation;

class DeliberationPersistenceH2IT extends DeliberationPersistenceContract {
}
