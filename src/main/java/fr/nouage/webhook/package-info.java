/**
 * Webhooks: a territory's directors register an address that Nouage calls, signed with a secret
 * (HMAC-SHA256), when the agenda of a meeting freezes, an opinion is forwarded to the élus, an item
 * is decided or minutes are published. The events reach this module through Spring Modulith's event
 * publication registry (after commit, not lost on a crash); each delivery is kept, retried with
 * backoff and shown in a delivery log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhook", allowedDependencies = {"platform", "territory",
        "account", "meeting", "deliberation"})
package fr.nouage.webhook;
