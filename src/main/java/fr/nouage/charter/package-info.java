/**
 * The collective's charter as living configuration: versions, adoption by each collectivité and
 * the active rules the rest of the platform applies. Until a charter is in force, the defaults of
 * the design apply and are reported as defaults (no charter version).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charter")
package fr.nouage.charter;
