package fr.nouage.account.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Adds OpenID Connect sign-in to the web security chain. A bean of this type exists only when
 * OpenID Connect is switched on by configuration.
 */
interface OidcLogin {

    void configure(HttpSecurity http) throws Exception;
}
