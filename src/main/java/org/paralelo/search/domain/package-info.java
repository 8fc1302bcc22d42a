/** Search's own tables: extracted attachment text and the synonym list. */
@NullMarked
package org.paralelo.search.domain;

import org.jspecify.annotations.NullMarked;
