/** Paralelo's root package: the Spring Boot application and its Vaadin app shell. */
@NullMarked
package org.paralelo;

import org.jspecify.annotations.NullMarked;
