package org.paralelo.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One upload: who sent which bytes under what name. The bytes themselves are stored once per SHA-256, so rows
 * never change after they are written.
 */
@Entity
@Table(name = "media_file")
public class MediaFile {

    public static final int MAX_MEDIA_TYPE = 120;
    public static final int MAX_ORIGINAL_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "media_type", nullable = false, length = MAX_MEDIA_TYPE)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "original_name", nullable = false, length = MAX_ORIGINAL_NAME)
    private String originalName;

    /** The uploader's person id; people's entities stay inside the people module. */
    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The {@code MediaPurpose} it was uploaded for; none on rows older than V70. */
    @Column(length = 20)
    private @Nullable String purpose;

    private @Nullable Integer width;

    private @Nullable Integer height;

    protected MediaFile() {
        this.sha256 = "";
        this.mediaType = "";
        this.originalName = "";
        this.createdAt = Instant.EPOCH;
    }

    public MediaFile(String sha256, String mediaType, long sizeBytes, String originalName, long uploadedBy,
                     Instant createdAt, @Nullable Integer width, @Nullable Integer height, String purpose) {
        if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("Not a hexadecimal SHA-256: " + sha256);
        }
        if (mediaType.isBlank() || mediaType.length() > MAX_MEDIA_TYPE) {
            throw new IllegalArgumentException("Media type missing or too long: " + mediaType);
        }
        if (originalName.isBlank() || originalName.length() > MAX_ORIGINAL_NAME) {
            throw new IllegalArgumentException("Original name missing or longer than " + MAX_ORIGINAL_NAME);
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("A stored file has at least one byte");
        }
        this.sha256 = sha256.toLowerCase(Locale.ROOT);
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.originalName = originalName;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
        this.width = width;
        this.height = height;
        this.purpose = purpose;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getOriginalName() {
        return originalName;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getPurpose() {
        return purpose;
    }

    public @Nullable Integer getWidth() {
        return width;
    }

    public @Nullable Integer getHeight() {
        return height;
    }
}
