package fr.nouage.charter;

class CharterStoryH2IT extends CharterStoryContract {
}
