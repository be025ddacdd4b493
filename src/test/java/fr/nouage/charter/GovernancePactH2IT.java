package fr.nouage.charter;

class GovernancePactH2IT extends GovernancePactContract {
}
