package org.paralelo.interchange;

import java.util.Arrays;
import java.util.List;
import org.paralelo.base.FieldProblem;
import org.paralelo.base.UserFacingException;

/**
 * Something found while reading a course package: the file and line it concerns (line 0 when it is about the
 * whole file or the whole package), a message key ({@code interchange.package.…}, a GIFT key, or the model's own
 * {@code error.…} key), a detail (a name, a value or an excerpt) and the arguments the message is shown with:
 * the detail, or for a refusal by a model rule the rule's own arguments (which may be texts resolved in the
 * reader's language, such as the kind of a refused file).
 */
public record PackageProblem(String file, int line, String messageKey, String detail, List<Object> arguments) {

    public PackageProblem {
        file = file == null ? "" : file;
        detail = detail == null ? "" : detail;
        arguments = arguments == null ? List.of(detail)
                : arguments.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    /** A problem whose message shows the detail as its one argument. */
    public PackageProblem(String file, int line, String messageKey, String detail) {
        this(file, line, messageKey, detail, null);
    }

    /** A model rule's refusal of a field, with the rule's own message arguments. */
    static PackageProblem refusal(String file, int line, FieldProblem refused) {
        return new PackageProblem(file, line, refused.messageKey(), ModelCheck.detail(refused),
                refused.arguments() == null ? List.of() : Arrays.asList(refused.arguments()));
    }

    /** A refusal that concerns no field (publishing, a file too large to store), with its own arguments. */
    static PackageProblem refusal(String file, int line, UserFacingException refused) {
        return new PackageProblem(file, line, refused.messageKey(), ModelCheck.detail(refused),
                Arrays.asList(refused.arguments()));
    }

    /** For the message source: {@code getMessage(messageKey(), messageArguments(), locale)}. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }

    /** {@code lessons/01-intro.md:12}, {@code course.yaml}, or empty for the package as a whole. */
    public String where() {
        return file.isEmpty() ? "" : line > 0 ? file + ":" + line : file;
    }
}
