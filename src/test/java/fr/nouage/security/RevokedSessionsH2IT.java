package fr.nouage.security;

class RevokedSessionsH2IT extends RevokedSessionsContract {
}
