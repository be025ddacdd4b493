package fr.nouage.observatory;

import java.util.List;

/** The vigilance points the platform watches, each with the levers the seed suggests. */
public enum Alert {
    REFLEXIVE_OVERDUE(Lever.SCHEDULE_REFLEXIVE_POINT),
    NO_YEARLY_SEMINAR(Lever.PLAN_SEMINAR),
    MINUTES_LATE(Lever.PUBLISH_MINUTES),
    MINUTES_NOT_TO_ELECTED(Lever.PUBLISH_MINUTES),
    ABSENT_COLLECTIVITY(Lever.MEET_IN_SMALL_COMMUNE, Lever.ROTATE_FACILITATION),
    NEVER_HEARD(Lever.THEMATIC_WORKSHOP, Lever.ROTATE_FACILITATION),
    PILOTAGE_ALL_EPCI(Lever.SHARE_PILOTAGE),
    MEETINGS_NEVER_TRAVEL(Lever.MEET_IN_SMALL_COMMUNE),
    DOCUMENTS_LATE(Lever.SEND_DOCUMENTS_EARLIER),
    SITTINGS_WITHOUT_UPSTREAM(Lever.MEET_BEFORE_SITTING),
    THRESHOLD_SLIPPING(Lever.SCHEDULE_REFLEXIVE_POINT),
    PERCEPTION_GAP(Lever.SCHEDULE_REFLEXIVE_POINT);

    private final List<Lever> levers;

    Alert(Lever... levers) {
        this.levers = List.of(levers);
    }

    public List<Lever> levers() {
        return levers;
    }

    public String messageKey() {
        return "observatory.alert." + name();
    }

    /** What the collective can do about an alert. */
    public enum Lever {
        SCHEDULE_REFLEXIVE_POINT, PLAN_SEMINAR, PUBLISH_MINUTES, MEET_IN_SMALL_COMMUNE, ROTATE_FACILITATION,
        THEMATIC_WORKSHOP, SHARE_PILOTAGE, SEND_DOCUMENTS_EARLIER, MEET_BEFORE_SITTING;

        public String messageKey() {
            return "observatory.lever." + name();
        }
    }
}
