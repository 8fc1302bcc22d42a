/**
 * Media: the files people upload (lesson images and attachments). Types are detected from the bytes and checked
 * against an allow-list, sizes are capped while streaming, large images are scaled down for slow connections, and
 * the bytes are stored once per content hash under the data directory. Downloads go through {@link
 * org.paralelo.media.MediaService} and {@link org.paralelo.media.MediaAccess}; other modules widen read access by
 * implementing {@link org.paralelo.media.MediaReadPolicy}. Members' uploads nothing uses any more are deleted after a
 * grace period by {@code OrphanedMediaSweep}; every module that refers to files says which through a
 * {@link org.paralelo.media.MediaReferences} (extension point).
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "people"})
@NullMarked
package org.paralelo.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
