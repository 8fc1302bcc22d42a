package org.paralelo.interchange;

import java.util.List;
import org.paralelo.base.UserFacingException;

/** A package that cannot even be read (hostile or broken archive); carries the problem for the report. */
public class PackageRefusedException extends UserFacingException {

    private final transient PackageProblem problem;

    public PackageRefusedException(PackageProblem problem) {
        super(problem.messageKey(), problem.detail());
        this.problem = problem;
    }

    public PackageProblem problem() {
        return problem;
    }

    public List<PackageProblem> problems() {
        return List.of(problem);
    }
}
