/** People's persistent state: entities and repositories, used only by the people services. */
@NullMarked
package org.paralelo.people.domain;

import org.jspecify.annotations.NullMarked;
