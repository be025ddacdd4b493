package fr.nouage.security;

import static fr.nouage.security.AuthorizationMatrixIT.Access.ADMIN;
import static fr.nouage.security.AuthorizationMatrixIT.Access.FACILITATION;
import static fr.nouage.security.AuthorizationMatrixIT.Access.FOLLOWERS;
import static fr.nouage.security.AuthorizationMatrixIT.Access.ORGANISERS;
import static fr.nouage.security.AuthorizationMatrixIT.Access.PUBLIC;
import static fr.nouage.security.AuthorizationMatrixIT.Access.SIGNED_IN;
import static fr.nouage.security.AuthorizationMatrixIT.Access.TERRITORY;

import java.util.Map;

import fr.nouage.security.AuthorizationMatrixIT.Access;

/**
 * The expected access of every route of the application; a route missing here fails
 * {@link AuthorizationMatrixIT}. Paths name the territory of Mortagne and, for ids, a meeting
 * still planned (its minutes are not yet open to the élus).
 */
final class RouteMatrix {

    private RouteMatrix() {
    }

    static final Map<String, Access> EXPECTED = Map.ofEntries(
            Map.entry("GET /", SIGNED_IN),
            Map.entry("GET /admin/comptes", ADMIN),
            Map.entry("GET /admin/comptes/{id}", ADMIN),
            Map.entry("GET /admin/comptes/{id}/collectivites", ADMIN),
            Map.entry("GET /admin/geographie/imports/{id}", ADMIN),
            Map.entry("GET /admin/geographie", ADMIN),
            Map.entry("GET /admin/territoires", ADMIN),
            Map.entry("GET /api/v1/items/{id}/positions", TERRITORY),
            Map.entry("GET /api/v1/meetings/{id}/minutes.pdf", ORGANISERS),
            Map.entry("GET /api/v1/territories", SIGNED_IN),
            Map.entry("GET /api/v1/territories/{siren}/calendar.ics", TERRITORY),
            Map.entry("GET /api/v1/territories/{siren}/charter/amendments", TERRITORY),
            Map.entry("GET /api/v1/territories/{siren}/charter/versions", TERRITORY),
            Map.entry("GET /api/v1/territories/{siren}/charter/versions/{number}", TERRITORY),
            Map.entry("GET /api/v1/territories/{siren}/collectivities", TERRITORY),
            Map.entry("GET /api/v1/territories/{siren}/parity", TERRITORY),
            Map.entry("GET /api/v1/territories/{siren}/rules", TERRITORY),
            Map.entry("GET /compte/notifications", SIGNED_IN),
            Map.entry("GET /convocations/{token}", PUBLIC),
            Map.entry("GET /flux/{token}.ics", PUBLIC),
            Map.entry("GET /login", PUBLIC),
            Map.entry("GET /notifications", SIGNED_IN),
            Map.entry("GET /notifications/{id}", SIGNED_IN),
            Map.entry("GET /territoires/{siren}", TERRITORY),
            Map.entry("GET /territoires/{siren}/actions", FOLLOWERS),
            Map.entry("GET /territoires/{siren}/calendrier", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/amendements", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/articles/{key}/amendement", ORGANISERS),
            Map.entry("GET /territoires/{siren}/charte/versions", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/versions/{number}", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/versions/{number}/adoption", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/versions/{number}/articles/{key}", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/versions/{number}/ecarts", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/versions/{number}/export.md", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/versions/{number}/export.odt", TERRITORY),
            Map.entry("GET /territoires/{siren}/charte/versions/{number}/export.pdf", TERRITORY),
            Map.entry("GET /territoires/{siren}/fiche", ORGANISERS),
            Map.entry("GET /territoires/{siren}/flux", ORGANISERS),
            Map.entry("GET /territoires/{siren}/instances", TERRITORY),
            Map.entry("GET /territoires/{siren}/instances/{bodyId}", TERRITORY),
            Map.entry("POST /territoires/{siren}/instances", ORGANISERS),
            Map.entry("POST /territoires/{siren}/instances/{bodyId}/membres", ORGANISERS),
            Map.entry("POST /territoires/{siren}/instances/{bodyId}/membres/retrait", ORGANISERS),
            Map.entry("GET /territoires/{siren}/pacte", TERRITORY),
            Map.entry("GET /territoires/{siren}/pacte/{id}/texte.pdf", TERRITORY),
            Map.entry("GET /territoires/{siren}/reunions", TERRITORY),
            Map.entry("GET /territoires/{siren}/reunions/nouvelle", ORGANISERS),
            Map.entry("GET /territoires/{siren}/reunions/{id}", TERRITORY),
            Map.entry("GET /territoires/{siren}/reunions/{id}/compte-rendu", ORGANISERS),
            Map.entry("GET /territoires/{siren}/reunions/{id}/compte-rendu.pdf", ORGANISERS),
            Map.entry("GET /territoires/{siren}/reunions/{id}/convocations", FACILITATION),
            Map.entry("GET /territoires/{siren}/reunions/{id}/points/{itemId}", TERRITORY),
            Map.entry("GET /territoires/{siren}/reunions/{id}/points/{itemId}/documents/{documentId}", TERRITORY),
            Map.entry("GET /territoires/{siren}/rotation", TERRITORY),
            Map.entry("GET /territoires/{siren}/seances/import", ORGANISERS),
            Map.entry("GET /territoires/{siren}/seances/nouvelle", ORGANISERS),
            Map.entry("GET /territoires/{siren}/seances/{id}", TERRITORY),
            Map.entry("GET /territoires/{siren}/seances/{id}/avis", FOLLOWERS),
            Map.entry("GET /v3/api-docs", PUBLIC),
            Map.entry("GET /v3/api-docs.yaml", PUBLIC),
            Map.entry("POST /admin/comptes", ADMIN),
            Map.entry("POST /admin/comptes/{id}/activation", ADMIN),
            Map.entry("POST /admin/comptes/{id}/mot-de-passe", ADMIN),
            Map.entry("POST /admin/comptes/{id}/roles", ADMIN),
            Map.entry("POST /admin/comptes/{id}/roles/retrait", ADMIN),
            Map.entry("POST /admin/geographie", ADMIN),
            Map.entry("POST /admin/geographie/instantane", ADMIN),
            Map.entry("POST /admin/territoires", ADMIN),
            Map.entry("POST /api/v1/auth/token", PUBLIC),
            Map.entry("POST /api/v1/items/{id}/decision", ORGANISERS),
            Map.entry("POST /api/v1/items/{id}/objections/withdraw", ORGANISERS),
            Map.entry("POST /api/v1/items/{id}/objections/{positionId}/answer", ORGANISERS),
            Map.entry("POST /api/v1/items/{id}/positions", ORGANISERS),
            Map.entry("POST /api/v1/meetings/{id}/items", ORGANISERS),
            Map.entry("POST /api/v1/territories/{siren}/charter/versions/{number}/adoptions", ORGANISERS),
            Map.entry("POST /api/v1/territories/{siren}/meetings", ORGANISERS),
            Map.entry("POST /api/v1/territories/{siren}/sessions", ORGANISERS),
            Map.entry("POST /compte/notifications", SIGNED_IN),
            Map.entry("POST /convocations/{token}", PUBLIC),
            Map.entry("POST /notifications/lues", SIGNED_IN),
            Map.entry("POST /territoires/{siren}/actions/{actionId}", ORGANISERS),
            Map.entry("POST /territoires/{siren}/charte/articles/{key}/amendement", ORGANISERS),
            Map.entry("POST /territoires/{siren}/charte/import", ORGANISERS),
            Map.entry("POST /territoires/{siren}/charte/nouvelle", ORGANISERS),
            Map.entry("POST /territoires/{siren}/charte/versions/{number}/adoption", ORGANISERS),
            Map.entry("POST /territoires/{siren}/charte/versions/{number}/articles", ORGANISERS),
            Map.entry("POST /territoires/{siren}/charte/versions/{number}/articles/{key}", ORGANISERS),
            Map.entry("POST /territoires/{siren}/charte/versions/{number}/proposition", ORGANISERS),
            Map.entry("POST /territoires/{siren}/fiche", ORGANISERS),
            Map.entry("POST /territoires/{siren}/flux", ORGANISERS),
            Map.entry("POST /territoires/{siren}/flux/{feedId}/revocation", ORGANISERS),
            Map.entry("POST /territoires/{siren}/pacte", ORGANISERS),
            Map.entry("POST /territoires/{siren}/pacte/{id}/avis", ORGANISERS),
            Map.entry("POST /territoires/{siren}/pacte/{id}/calendrier", ORGANISERS),
            Map.entry("POST /territoires/{siren}/pacte/{id}/texte", ORGANISERS),
            Map.entry("POST /territoires/{siren}/reunions/nouvelle", ORGANISERS),
            Map.entry("POST /territoires/{siren}/reunions/{id}/compte-rendu/points/{itemId}", ORGANISERS),
            Map.entry("POST /territoires/{siren}/reunions/{id}/compte-rendu/points/{itemId}/actions", ORGANISERS),
            Map.entry("POST /territoires/{siren}/reunions/{id}/compte-rendu/tenue", ORGANISERS),
            Map.entry("POST /territoires/{siren}/reunions/{id}/points", ORGANISERS),
            Map.entry("POST /territoires/{siren}/reunions/{id}/points/{itemId}/documents", ORGANISERS),
            Map.entry("POST /territoires/{siren}/reunions/{id}/presences", ORGANISERS),
            Map.entry("POST /territoires/{siren}/seances/import", ORGANISERS),
            Map.entry("POST /territoires/{siren}/seances/nouvelle", ORGANISERS),
            Map.entry("POST /territoires/{siren}/seances/{id}/convocation", ORGANISERS),
            Map.entry("POST /territoires/{siren}/seances/{id}/points", ORGANISERS),
            Map.entry("PUT /api/v1/meetings/{id}/attendance", ORGANISERS));
}
