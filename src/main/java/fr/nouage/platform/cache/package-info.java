/**
 * Short-lived caches, per instance, of data read by nearly every page, and the write generations
 * (per territory, shared between instances) that tell when a value or a page kept from the data is
 * out of date.
 */
@org.springframework.modulith.NamedInterface("cache")
package fr.nouage.platform.cache;
