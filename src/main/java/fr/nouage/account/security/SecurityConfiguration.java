package fr.nouage.account.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import fr.nouage.account.internal.ApiTokens;
import fr.nouage.account.internal.KnownDevices;
import fr.nouage.platform.ApiErrors;
import fr.nouage.account.internal.PasswordCheck;
import fr.nouage.account.internal.SignedInAccounts;

/**
 * Two security chains: the stateless API under {@code /api} (bearer tokens, JSON errors) and the
 * web pages (session, sign-in form, CSRF). Paths that name a territory are granted only to the
 * users of that territory, the coordinator and the admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiErrors errors) throws Exception {
        TerritoryAuthorization territory = new TerritoryAuthorization();
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(tokens, errors), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> errors.write(res, 401, "unauthorized",
                                "api.error.unauthenticated"))
                        .accessDeniedHandler((req, res, ex) -> errors.write(res, 403, "forbidden", "api.error.forbidden")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers("/api/v1/territories/{siren}", "/api/v1/territories/{siren}/**").access(territory)
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, PasswordCheck passwordCheck, ObjectProvider<OidcLogin> oidc,
            SignedInAccounts signedIn, KnownDevices devices,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) throws Exception {
        TerritoryAuthorization territory = new TerritoryAuthorization();
        http.authenticationProvider(new PasswordAuthenticationProvider(passwordCheck))
                // a session counts for what its account may do now, not what it could at sign-in
                .addFilterAfter(new SignedInAccountCheck(signedIn), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // private calendar feeds: calendar applications do not sign in, the token is the secret
                        .requestMatchers(HttpMethod.GET, "/flux/*.ics").permitAll()
                        // one-click acknowledgement of a convocation: the link's token is the proof
                        .requestMatchers("/convocations/**").permitAll()
                        // a seminar's wall from a phone: the seminar's code (kept in the session) is the proof
                        .requestMatchers("/mur", "/mur/**").permitAll()
                        // sign-in by a link received by e-mail: the link's token is the proof
                        .requestMatchers("/connexion/lien", "/connexion/lien/*").permitAll()
                        // a territory's archive: the admin, and the coordinator who accompanies every territory
                        .requestMatchers(HttpMethod.GET, "/admin/territoires/{siren}/archive.zip")
                        .hasAnyRole("ADMIN", "COORDINATOR")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/territoires/{siren}", "/territoires/{siren}/**").access(territory)
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
                .formLogin(form -> form.loginPage("/login").usernameParameter("email").passwordParameter("password")
                        .authenticationDetailsSource(SignInForm.Details::new)
                        .successHandler(SignInForm.success(devices, secureCookies))
                        .failureHandler(SignInForm.failure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?deconnecte")
                        .invalidateHttpSession(true).deleteCookies("SESSION", "JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        OidcLogin oidcLogin = oidc.getIfAvailable();
        if (oidcLogin != null) {
            oidcLogin.configure(http);
        }
        return http.build();
    }

    /**
     * Sends a signed-out visitor to the sign-in page. An HTMX request (its session expired while a
     * page was open) is told to load the sign-in page whole, instead of swapping it into a fragment.
     */
    private static AuthenticationEntryPoint signInPage() {
        AuthenticationEntryPoint redirect = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                redirect.commence(request, response, exception);
            }
        };
    }
}
