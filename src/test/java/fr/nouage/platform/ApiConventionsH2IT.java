package fr.nouage.platform;

class ApiConventionsH2IT extends ApiConventionsContract {
}
