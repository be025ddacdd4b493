package fr.nouage.meeting;

/** How a collectivité took part in a meeting. */
public enum AttendanceStatus {
    PRESENT, EXCUSED, REPRESENTED;

    public String messageKey() {
        return "attendance." + name();
    }
}
