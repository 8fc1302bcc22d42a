/** Programme's persistent state, used only by the programme services. */
@NullMarked
package org.paralelo.programme.domain;

import org.jspecify.annotations.NullMarked;
