/** Sign-in: the security filter chain, Argon2id password hashing, account look-up and login throttling. */
@NullMarked
package org.paralelo.people.security;

import org.jspecify.annotations.NullMarked;
