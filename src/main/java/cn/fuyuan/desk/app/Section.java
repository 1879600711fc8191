package cn.fuyuan.desk.app;

/** The window's navigation, in the order the office works. */
public enum Section {
    DASHBOARD,
    CASES,
    SUGGESTIONS,
    MEETINGS,
    REPORTS,
    WHITEPAPER,
    AGENCIES,
    SETTINGS,
    HISTORY;

    public String messageKey() {
        return "nav." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
