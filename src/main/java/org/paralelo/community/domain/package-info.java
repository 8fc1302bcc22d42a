/** The Network's tables for network profiles, Creative Cities, conversations, messages and blocks. */
@NullMarked
package org.paralelo.community.domain;

import org.jspecify.annotations.NullMarked;
