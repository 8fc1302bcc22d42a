/** Media's persistent state: the upload rows and their repository, used only by the media services. */
@NullMarked
package org.paralelo.media.domain;

import org.jspecify.annotations.NullMarked;
