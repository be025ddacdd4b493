package fr.nouage.platform.session;

class ConcurrentFirstRequestsIT extends ConcurrentFirstRequestsContract {
}
