/**
 * Printing documents: an XHTML document rendered as an archivable PDF/A, the format of published
 * acts. Used by the meeting records and the charter exports.
 */
@org.springframework.modulith.NamedInterface("pdf")
package fr.nouage.platform.pdf;
