/** The JSON search API. */
@NullMarked
package org.paralelo.search.web;

import org.jspecify.annotations.NullMarked;
