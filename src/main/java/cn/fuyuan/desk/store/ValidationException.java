package cn.fuyuan.desk.store;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: nothing was written. Carries every problem found, not just the first. */
public class ValidationException extends RuntimeException {
    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
