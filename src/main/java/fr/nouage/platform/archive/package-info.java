/**
 * Territory archives: one zip holding a territory's rows from every module and its documents, to
 * move the territory to another instance. Each module declares its own tables by implementing
 * {@link fr.nouage.platform.archive.TerritoryArchivePart} in its internal package; this package
 * writes and reads the archive and knows no module.
 */
@org.springframework.modulith.NamedInterface("archive")
package fr.nouage.platform.archive;
