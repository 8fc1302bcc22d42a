/**
 * Interchange: bringing questions and courses in and out of Paralelo. For now, the GIFT and Aiken quiz formats:
 * pure parsers and a writer that turn text into assessment {@link org.paralelo.assessment.Question}s and back.
 */
@ApplicationModule(allowedDependencies = {"base", "assessment"})
@NullMarked
package org.paralelo.interchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
