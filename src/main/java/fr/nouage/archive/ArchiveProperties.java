package fr.nouage.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * Limits of the territory archives an admin imports ({@code nouage.archive}).
 *
 * @param maxSize              largest archive file accepted (the upload limit of the platform must allow it)
 * @param maxUncompressedSize  largest total of the archive's entries once inflated
 * @param maxEntries           largest number of entries (tables and stored files)
 * @param maxCompressionRatio  an entry over 1 MB that inflates more than this many times its compressed
 *                             size is refused as a zip bomb
 */
@Validated
@ConfigurationProperties("nouage.archive")
record ArchiveProperties(@DefaultValue("256MB") DataSize maxSize, @DefaultValue("1GB") DataSize maxUncompressedSize,
        @DefaultValue("20000") @Min(10) int maxEntries, @DefaultValue("100") @Min(2) int maxCompressionRatio) {
}
