package org.paralelo.community;

import org.paralelo.media.MediaId;

/**
 * A file of a post as readers see it: an inline image or an attachment listed under the post, with its name,
 * size and where it is downloaded ({@code /media/…}, checked again by media's read policy on every download).
 */
public record PostFile(MediaId media, boolean image, String name, long sizeBytes, String downloadPath) {
}
