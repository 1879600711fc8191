package cn.fuyuan.desk.importing;

import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
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

    public ImportRejected(List<Problem> problems, Map<String, Set<String>> missing) {
        super(problems);
        this.missing = Map.copyOf(missing);
    }

    public Map<String, Set<String>> missing() {
        return missing;
    }

    /** True when the only reason for refusal is names that --create-missing would add. */
    public boolean onlyMissingReferences(int missingProblemCount) {
        return !missing.isEmpty() && problems().size() == missingProblemCount;
    }
}
