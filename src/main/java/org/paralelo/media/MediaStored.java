package org.paralelo.media;

/** A file was uploaded and stored; published inside the storing transaction, delivered to listeners after it. */
public record MediaStored(MediaId id, String mediaType) {
}
