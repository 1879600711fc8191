package cn.fuyuan.desk.importing;

import java.util.Map;

/**
 * What an import wrote (or, for a dry run, would write).
 *
 * @param created names added to reference lists, by list label (e.g. 所属地区 → 2)
 */
public record ImportSummary(int rows, int inserted, int updated, int unchanged, Map<String, Integer> created, boolean dryRun) {
}
