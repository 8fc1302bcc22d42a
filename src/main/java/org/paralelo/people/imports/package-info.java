/** Reading a participants file (CSV or XLSX) into rows for the people import; no database, no screens. */
@NullMarked
package org.paralelo.people.imports;

import org.jspecify.annotations.NullMarked;
