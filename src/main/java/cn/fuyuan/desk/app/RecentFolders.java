package cn.fuyuan.desk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The data folders opened lately, newest first, for 文件 → 最近的数据文件夹. Kept in the user's preferences (the OS's own
 * store), not in a database: it is about which database to open. The system property {@code fuyuan.prefs} names
 * another preferences node (tests use their own).
 */
final class RecentFolders {
    static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;

    RecentFolders(Preferences prefs) {
        this.prefs = prefs;
    }

    static RecentFolders user() {
        return new RecentFolders(Preferences.userRoot().node(System.getProperty("fuyuan.prefs", "cn/fuyuan/desk")));
    }

    List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = prefs.get(KEY + i, null);
            if (v != null && !v.isBlank()) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Puts the folder first (once), keeping at most {@link #MAX}. */
    void add(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        List<Path> l = list();
        l.remove(f);
        l.add(0, f);
        for (int i = 0; i < MAX; i++) {
            if (i < l.size()) {
                prefs.put(KEY + i, l.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(RecentFolders.class).warn("Could not remember the recent data folders", e);
        }
    }
}
