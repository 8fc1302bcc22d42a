package org.paralelo.community;

/** A resource was written, published, sent back or edited: search refreshes it after the commit. */
record ResourceChanged(long resourceId) {
}
