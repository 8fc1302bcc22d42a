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
 * reader's language, such as the kind of a refused file). A question's field refused by a model rule is kept in
 * {@code field} ({@code pairs.4.prompt}), and the shown message names it in words ({@link #displayKey()}).
 */
public record PackageProblem(String file, int line, String messageKey, String detail, List<Object> arguments,
                             String field) {

    public PackageProblem {
        file = file == null ? "" : file;
        detail = detail == null ? "" : detail;
        arguments = arguments == null ? List.of(detail)
                : arguments.stream().map(a -> a == null ? (Object) "" : a).toList();
        field = field == null ? "" : field;
    }

    public PackageProblem(String file, int line, String messageKey, String detail, List<Object> arguments) {
        this(file, line, messageKey, detail, arguments, "");
    }

    /** A problem whose message shows the detail as its one argument. */
    public PackageProblem(String file, int line, String messageKey, String detail) {
        this(file, line, messageKey, detail, null);
    }

    /** A problem of a question file, with its own message arguments (a refused field named in words). */
    static PackageProblem of(String file, GiftProblem problem) {
        return new PackageProblem(file, problem.line(), problem.messageKey(), problem.detail(), problem.arguments(),
                problem.field());
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

    /** The key of the message shown: the problem's own, or the one that names a refused field first. */
    public String displayKey() {
        return ProblemText.key(messageKey, field);
    }

    /** For the message source: {@code getMessage(displayKey(), messageArguments(), locale)}. */
    public Object[] messageArguments() {
        return ProblemText.arguments(messageKey, arguments, field);
    }

    /** {@code lessons/01-intro.md:12}, {@code course.yaml}, or empty for the package as a whole. */
    public String where() {
        return file.isEmpty() ? "" : line > 0 ? file + ":" + line : file;
    }
}
