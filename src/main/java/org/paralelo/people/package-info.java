/**
 * People: accounts, roles, sign-in security (Argon2id, throttling), profiles with the fields regional reports
 * need (state, municipality, region, position, creative fields) and the programme's regions.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui"})
@NullMarked
package org.paralelo.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
