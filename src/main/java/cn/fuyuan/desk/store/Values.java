package cn.fuyuan.desk.store;

/** How typed and imported text is stored: one copy of each small rule that every repository applies. */
public final class Values {
    private Values() {
    }

    /** Surrounding blanks removed; empty or blank text is stored as NULL. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
