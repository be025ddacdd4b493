package fr.nouage.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a route of the API, as the OpenAPI description tells integrators (its
 * {@code x-nouage-access} extension and a sentence of the operation's description). It documents
 * the rule the route's module enforces; it enforces nothing itself. Every {@code /api/v1} route
 * carries one (a contract test walks {@code /v3/api-docs}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiAccess {

    Who value();

    /** The readers and writers of a route, from the widest to the narrowest. */
    enum Who {
        PUBLIC("Anyone, without a token."),
        SIGNED_IN("Any signed-in user (bearer token)."),
        TERRITORY("Users with a role in the territory (director, élu, referent, its facilitator), the coordinator "
                + "and the admin; another territory's objects answer 404 as missing ones."),
        FOLLOWERS("Users of the territory who follow its decisions (directors, élus, its facilitator), the "
                + "coordinator and the admin; another territory's objects answer 404."),
        ORGANISERS("Those who run the territory's meetings: its directors (for their own collectivité), its "
                + "facilitator, the coordinator and the admin; another territory's objects answer 404."),
        FACILITATION("The territory's facilitator, the coordinator and the admin."),
        ACCOMPANYING("Those who accompany territories: the coordinator and the admin (every territory), each "
                + "facilitator (the territories they accompany)."),
        COORDINATION("The coordinator and the admin."),
        ADMIN("The platform's admin.");

        private final String description;

        Who(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
