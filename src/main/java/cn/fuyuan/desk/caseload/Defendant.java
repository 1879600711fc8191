package cn.fuyuan.desk.caseload;

/** A defendant agency (被告) of a case, with the directory's region and field. */
public record Defendant(int agencyId, String agencyName, String regionName, String fieldName) {
}
