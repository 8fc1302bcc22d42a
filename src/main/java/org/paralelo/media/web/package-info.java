/** Media over HTTP: the download endpoint, which reads only through the media service. */
@NullMarked
package org.paralelo.media.web;

import org.jspecify.annotations.NullMarked;
