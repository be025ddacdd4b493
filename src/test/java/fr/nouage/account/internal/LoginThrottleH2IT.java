package fr.nouage.account.internal;

class LoginThrottleH2IT extends LoginThrottleContract {
}
