package fr.nouage.network;

class NetworkPersistenceH2IT extends NetworkPersistenceContract {
}
