package fr.nouage.security;

class NulCharacterH2IT extends NulCharacterContract {
}
