package cn.fuyuan.desk.appearance;

/** How figures are grouped (domain.md §8): by the agency, its region, its field, or all together (全部). */
public enum Grouping {
    AGENCY, REGION, FIELD, OVERALL;

    /** Group name of the overall row. */
    public static final String ALL = "全部";
    /** Group name for an agency whose region or field the directory does not have. */
    public static final String UNKNOWN = "未填";

    String of(String agency, String region, String field) {
        String v = switch (this) {
            case AGENCY -> agency;
            case REGION -> region;
            case FIELD -> field;
            case OVERALL -> ALL;
        };
        return v == null || v.isBlank() ? UNKNOWN : v;
    }
}
