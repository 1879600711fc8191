package cn.fuyuan.desk.importing;

import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An import refused as a whole: every bad row is in {@link #problems()} and nothing was written.
 * {@link #missing()} holds the reference names (by list, e.g. 所属地区 → {乌拉特后旗}) that the file names
 * but the store does not have, so the window can offer to add them and try again.
 */
public class ImportRejected extends ValidationException {
    private final Map<String, Set<String>> missing;
    private final List<Problem> missingProblems;

    public ImportRejected(List<Problem> problems, Map<String, Set<String>> missing) {
        this(problems, missing, List.of());
    }

    /**
     * @param missingProblems those of {@code problems} that are there only because a name of {@code missing} is
     *                        unknown (mapping or adding the name cures them)
     */
    public ImportRejected(List<Problem> problems, Map<String, Set<String>> missing, List<Problem> missingProblems) {
        super(problems);
        this.missing = Map.copyOf(missing);
        this.missingProblems = List.copyOf(missingProblems);
    }

    public Map<String, Set<String>> missing() {
        return missing;
    }

    /**
     * The problems that adding or mapping the missing names would not cure. An import that does not tell its problems
     * apart (the two-argument constructor) counts every problem here.
     */
    public List<Problem> otherProblems() {
        List<Problem> other = new ArrayList<>(problems());
        for (Problem p : missingProblems) {
            other.remove(p);
        }
        return other;
    }
}
