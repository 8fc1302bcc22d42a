/** Search screens: results with facets, and the admin's index and synonym page. */
@NullMarked
package org.paralelo.search.ui;

import org.jspecify.annotations.NullMarked;
