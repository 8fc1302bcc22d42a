/** People's screens: sign-in, registration, profile, and the admin screens for people, regions and settings. */
@NullMarked
package org.paralelo.people.ui;

import org.jspecify.annotations.NullMarked;
