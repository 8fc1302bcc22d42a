package org.paralelo.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.paralelo.base.InvalidInputException;
import org.paralelo.base.UserFacingException;
import org.paralelo.media.domain.MediaFile;
import org.paralelo.media.domain.MediaFileRepository;
import org.paralelo.people.ProfileService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores uploads and hands them out again. Every upload is checked before anything is kept: not empty, not over
 * the size cap (counted while reading), a type detected from the bytes that the purpose accepts, and for images a
 * sane number of pixels. A refused upload leaves no row and no file behind.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MediaService {

    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    private final MediaFileRepository files;
    private final ContentStore store;
    private final TypeDetector types;
    private final ImageProcessor images;
    private final ProfileService profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MediaLimits limits;
    private final TransactionTemplate transactions;
    private final PendingContent pending;

    @Autowired
    MediaService(MediaFileRepository files, ContentStore store, TypeDetector types, ImageProcessor images,
                 ProfileService profiles, ApplicationEventPublisher events, Clock clock, MediaLimits limits,
                 PlatformTransactionManager transactionManager, PendingContent pending) {
        this.pending = pending;
        this.files = files;
        this.store = store;
        this.types = types;
        this.images = images;
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
        this.limits = limits;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The same service with other limits, for tests that need a small cap without a new Spring context. */
    MediaService withLimits(MediaLimits other) {
        return new MediaService(files, store, types, images, profiles, events, clock, other,
                transactions.getTransactionManager(), pending);
    }

    MediaLimits limits() {
        return limits;
    }

    /**
     * Checks and stores an upload for the signed-in trainer or admin (any member for a purpose
     * {@linkplain MediaPurpose#openToMembers() open to members}). The stream is read to its end (or until the
     * cap is passed) but not closed. Refusals are {@link InvalidInputException}s on the field {@code file}.
     *
     * <p>Reading a slow upload can take minutes, so no transaction (and no database connection) is held meanwhile
     * unless the caller already has one; the row is written in a short transaction at the end.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN') or #purpose.openToMembers()")
    public StoredMedia store(InputStream content, String originalName, MediaPurpose purpose) {
        long uploader = profiles.myProfile().id().value();
        String name = FileNames.sanitise(originalName);
        MediaLimits limits = this.limits.forPurpose(purpose);
        ContentStore.Staged upload = receive(content, limits);
        ContentStore.Staged keep = upload;
        try {
            String type = types.detect(upload.path());
            refuseUnlessAllowed(type, name, purpose);
            Integer width = null;
            Integer height = null;
            if (MediaTypes.isImage(type)) {
                ImageProcessor.Result image = images.process(upload.path(), type, limits, store,
                        purpose == MediaPurpose.AVATAR);
                if (image.reencoded()) {
                    try {
                        keep = store.stage(image.file());
                    } catch (IOException e) {
                        store.discard(image.file());
                        throw e;
                    }
                    store.discard(upload);
                }
                type = image.mediaType();
                width = image.width();
                height = image.height();
            }
            String sha256 = keep.sha256();
            ContentStore.Staged placing = keep;
            pending.place(sha256, () -> store.place(placing));
            boolean joined = settleWithCallersTransaction(sha256);
            boolean saved = false;
            try {
                MediaFile row = new MediaFile(sha256, type, keep.size(), FileNames.withExtensionFor(name, type),
                        uploader, clock.instant(), width, height, purpose.name());
                StoredMedia result = transactions.execute(status -> {
                    MediaFile savedRow = files.save(row);
                    StoredMedia stored = view(savedRow);
                    events.publishEvent(new MediaStored(stored.id(), stored.mediaType()));
                    return stored;
                });
                saved = true;
                return result;
            } finally {
                if (!joined) {
                    settle(sha256, !saved);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        } finally {
            // Whatever was not moved into place is removed; after a successful place() these are no-ops.
            store.discard(upload);
            store.discard(keep);
        }
    }

    /**
     * Inside a caller's transaction (an all-or-nothing course import, or a package preview, which always rolls
     * back) the upload settles when that transaction ends; returns false when there is none, so the upload settles
     * as soon as its own row is written.
     */
    private boolean settleWithCallersTransaction(String sha256) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                settle(sha256, status == STATUS_ROLLED_BACK);
            }
        });
        return true;
    }

    /** Bytes of an upload that did not keep its row are removed, unless a committed row or another upload uses them. */
    private void settle(String sha256, boolean rolledBack) {
        pending.settle(sha256, rolledBack, this::committedRowExists, store::delete);
    }

    private boolean committedRowExists(String sha256) {
        TransactionTemplate check = new TransactionTemplate(transactions.getTransactionManager());
        check.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        check.setReadOnly(true);
        return Boolean.TRUE.equals(check.execute(s -> files.existsBySha256(sha256)));
    }

    /**
     * A file the signed-in person uploaded themselves, empty for anyone else's: lets another module attach only
     * the caller's own uploads (attaching would otherwise widen who may read someone else's file).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StoredMedia> mine(MediaId id) {
        long me = profiles.myProfile().id().value();
        return files.findById(id.value()).filter(f -> f.getUploadedBy() == me).map(MediaService::view);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@mediaAccess.canRead(#id)")
    public Optional<StoredMedia> find(MediaId id) {
        return files.findById(id.value()).map(MediaService::view);
    }

    /** The bytes and what a download needs to serve them; {@link MediaNotFoundException} if they are gone. */
    @Transactional(readOnly = true)
    @PreAuthorize("@mediaAccess.canRead(#id)")
    public MediaDownload open(MediaId id) {
        MediaFile file = files.findById(id.value()).orElseThrow(MediaNotFoundException::new);
        String sha256 = file.getSha256();
        if (!store.exists(sha256)) {
            log.error("Media file {} is in the database but its content {} is missing", id.value(), sha256);
            throw new MediaNotFoundException();
        }
        return new MediaDownload(id, file.getMediaType(), file.getSizeBytes(), file.getOriginalName(), sha256,
                () -> store.open(sha256));
    }

    private ContentStore.Staged receive(InputStream content, MediaLimits limits) {
        ContentStore.Staged upload;
        try {
            upload = store.receive(content, limits.maxBytes());
        } catch (ContentStore.TooLarge e) {
            throw InvalidInputException.of("file", "error.media.too-large", limits.maxMegabytes());
        } catch (IOException e) {
            // Usually a connection that broke off mid-upload: worth a retry, not an incident.
            log.info("An upload could not be read to its end: {}", e.toString());
            throw new UserFacingException("error.media.upload-failed");
        }
        if (upload.size() == 0) {
            store.discard(upload);
            throw InvalidInputException.of("file", "error.media.empty");
        }
        return upload;
    }

    /**
     * Refuses types the purpose does not accept. When the name claims an accepted format the bytes do not have
     * (a ZIP or a web page renamed ".pdf"), the refusal says what the content really is, in generic words.
     */
    private static void refuseUnlessAllowed(String detected, String name, MediaPurpose purpose) {
        if (MediaTypes.allowed(purpose, detected)) {
            return;
        }
        boolean claimsAllowedType = MediaTypes.claimedBy(name)
                .filter(claimed -> MediaTypes.allowed(purpose, claimed)).isPresent();
        if (claimsAllowedType) {
            throw InvalidInputException.of("file", "error.media.type-mismatch",
                    MediaTypes.kindOf(detected).label());
        }
        throw InvalidInputException.of("file", "error.media.unsupported-type", MediaTypes.formatList(purpose));
    }

    private static StoredMedia view(MediaFile file) {
        return new StoredMedia(new MediaId(file.getId()), file.getMediaType(), file.getSizeBytes(),
                file.getOriginalName(), file.getWidth(), file.getHeight());
    }
}
