package cn.fuyuan.desk.suggestion;

/**
 * A 抄送 unit: an agency of the directory (agencyId set) or free text such as a superior authority.
 *
 * @param name the name as printed (for an agency, its name when the letter was saved)
 */
public record CcUnit(Integer agencyId, String name) {
    public static CcUnit text(String name) {
        return new CcUnit(null, name);
    }
}
