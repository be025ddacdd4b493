package fr.nouage.platform;

/**
 * Counts the unread in-app notifications of an account for the page header. Implemented by the
 * module that owns notifications, so that the platform depends on none.
 */
public interface UnreadNotifications {

    /** Number of unread notifications of the account, in one cheap query. */
    int count(long accountId);
}
