package fr.nouage.account.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.account.internal.ApiTokens;
import fr.nouage.account.internal.PasswordCheck;
import fr.nouage.account.internal.SignInDelayed;
import fr.nouage.platform.ApiErrors;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** Exchanges an e-mail and password for an API token. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

    private final PasswordCheck passwordCheck;
    private final ApiTokens tokens;
    private final ApiErrors errors;

    AuthApiController(PasswordCheck passwordCheck, ApiTokens tokens, ApiErrors errors) {
        this.passwordCheck = passwordCheck;
        this.tokens = tokens;
        this.errors = errors;
    }

    record Credentials(String email, String password) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @ApiAccess(Who.PUBLIC)
    @PostMapping("/token")
    ResponseEntity<?> token(@RequestBody(required = false) Credentials credentials, HttpServletRequest request)
            throws IOException {
        if (credentials == null) {
            return errors.body(400, "bad_request", "api.error.credentialsMissing");
        }
        try {
            var user = passwordCheck.check(credentials.email(), credentials.password(), request.getRemoteAddr());
            var issued = tokens.issue(user.accountId());
            return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
        } catch (SignInDelayed e) {
            return ResponseEntity.status(429).header("Retry-After", String.valueOf(e.seconds()))
                    .body(errors.body(429, "too_many_attempts", "api.error.throttled").getBody());
        } catch (LockedException e) {
            return errors.body(429, "too_many_attempts", "api.error.throttled");
        } catch (BadCredentialsException e) {
            return errors.body(401, "invalid_credentials", "api.error.credentials");
        }
    }
}
