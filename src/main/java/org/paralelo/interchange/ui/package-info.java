/** Views for trainers and admins: import a course package with a preview, export courses and question banks. */
@NullMarked
package org.paralelo.interchange.ui;

import org.jspecify.annotations.NullMarked;
