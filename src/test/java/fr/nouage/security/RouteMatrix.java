package fr.nouage.security;

import static fr.nouage.security.AuthorizationMatrixIT.Access.ADMIN;
import static fr.nouage.security.AuthorizationMatrixIT.Access.PUBLIC;
import static fr.nouage.security.AuthorizationMatrixIT.Access.SIGNED_IN;
import static fr.nouage.security.AuthorizationMatrixIT.Access.TERRITORY;

import java.util.Map;

import fr.nouage.security.AuthorizationMatrixIT.Access;

/** The expected access of every route; a route missing here fails {@link AuthorizationMatrixIT}. */
final class RouteMatrix {

    private RouteMatrix() {
    }

    static final Map<String, Access> EXPECTED = Map.ofEntries(
            Map.entry("GET /login", PUBLIC),
            Map.entry("GET /", SIGNED_IN),
            Map.entry("GET /territoires/{siren}", TERRITORY),
            Map.entry("GET /admin/geographie", ADMIN));
}
