/**
 * What every page shares: the page context (signed-in user, CSRF token, messages, demo banner),
 * French error pages and the application-wide settings. Other modules depend on it; it depends
 * on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package fr.nouage.platform;
