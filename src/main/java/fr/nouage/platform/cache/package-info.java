/** Short-lived caches, per instance, of data read by nearly every page. */
@org.springframework.modulith.NamedInterface("cache")
package fr.nouage.platform.cache;
