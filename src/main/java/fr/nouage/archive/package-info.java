/**
 * Territory archives: one zip holding a territory's rows from every module and its documents, to
 * move the territory to another instance. Each module declares its own tables by implementing
 * {@link fr.nouage.archive.TerritoryArchivePart} in its internal package; this module writes and
 * reads the archive and knows no feature module. Its pages: {@code /admin/archives} and
 * {@code /admin/territoires/{siren}/archive.zip}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive", allowedDependencies = {"platform"})
package fr.nouage.archive;
