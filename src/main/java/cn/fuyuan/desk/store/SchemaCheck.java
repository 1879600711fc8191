package cn.fuyuan.desk.store;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.SchemaState.Applied;
import cn.fuyuan.desk.store.SchemaState.Migration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a database holds what its migrations define: its history against the migrations this build
 * ships (edited or failed ones), and its tables, columns, foreign keys, indexes, triggers and views
 * against a reference built in memory from the same scripts. Used by {@code check}, by every backup and
 * restore, and after each migration, so that a file with a table dropped or a migration skipped is
 * never called fine.
 */
final class SchemaCheck {
    private SchemaCheck() {
    }

    /**
     * Problems of the database on {@code c}, in the user's language; empty when its history and its
     * structure are what the migrations it applied define. Migrations it has not applied yet (an older
     * file, or one made before a migration was merged below others) are not problems here: opening the
     * file applies them.
     */
    static List<String> problems(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        List<Applied> applied = SchemaState.applied(c);
        Map<String, Migration> known = SchemaState.knownMigrations().orElse(Map.of());
        for (Applied a : applied) {
            if (!a.success()) {
                out.add(Messages.get("check.failedMigration", a.version()));
            }
        }
        for (String v : SchemaState.edited(applied)) {
            out.add(Messages.get("check.editedMigration", v));
        }
        List<Migration> defining = new ArrayList<>();
        for (Migration m : known.values()) {
            if (applied.stream().anyMatch(a -> a.success() && a.version().equals(m.version()))) {
                defining.add(m);
            }
        }
        out.addAll(structure(c, defining));
        return out;
    }

    /** The migrations this build knows that the history on {@code c} lacks, as "V2" labels. */
    static List<String> missing(Connection c) throws SQLException {
        List<Applied> applied = SchemaState.applied(c);
        List<String> out = new ArrayList<>();
        for (Migration m : SchemaState.knownMigrations().orElse(Map.of()).values()) {
            if (applied.stream().noneMatch(a -> a.success() && a.version().equals(m.version()))) {
                out.add("V" + m.version());
            }
        }
        return out;
    }

    /** What {@code c} lacks, or holds differently, of the schema that {@code migrations} build. */
    static List<String> structure(Connection c, List<Migration> migrations) throws SQLException {
        Shape expected;
        try (Connection ref = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = ref.createStatement()) {
            for (Migration m : migrations) {
                st.executeUpdate(m.sql()); // sqlite-jdbc runs every statement of the script
            }
            expected = Shape.of(ref);
        }
        return expected.lackedBy(Shape.of(c));
    }

    /** The parts of a schema that a migration defines, read from the database itself. */
    private record Shape(Map<String, Map<String, String>> columns, Map<String, Set<String>> foreignKeys,
            Map<String, String> indexes, Map<String, String> triggers, Map<String, String> views) {

        static Shape of(Connection c) throws SQLException {
            Map<String, Map<String, String>> columns = new LinkedHashMap<>();
            Map<String, Set<String>> foreignKeys = new LinkedHashMap<>();
            Map<String, String> indexes = new LinkedHashMap<>();
            Map<String, String> triggers = new LinkedHashMap<>();
            Map<String, String> views = new LinkedHashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet r = st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")) {
                while (r.next()) {
                    String type = r.getString(1);
                    String name = r.getString(2);
                    String sql = normalise(r.getString(4));
                    switch (type) {
                        case "table" -> {
                            if (!name.startsWith("sqlite_") && !name.equals("flyway_schema_history")) {
                                columns.put(name, new LinkedHashMap<>());
                                foreignKeys.put(name, new LinkedHashSet<>());
                            }
                        }
                        case "index" -> indexes.put(name, r.getString(3) + " " + sql);
                        case "trigger" -> triggers.put(name, sql);
                        case "view" -> views.put(name, sql);
                        default -> { }
                    }
                }
            }
            try (PreparedStatement cols = c.prepareStatement(
                    "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid");
                    PreparedStatement fks = c.prepareStatement(
                    "SELECT \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?)")) {
                for (String table : columns.keySet()) {
                    cols.setString(1, table);
                    try (ResultSet r = cols.executeQuery()) {
                        while (r.next()) {
                            columns.get(table).put(r.getString(1), r.getString(2) + (r.getInt(3) == 1 ? " NOT NULL" : "")
                                    + (r.getString(4) == null ? "" : " DEFAULT " + r.getString(4))
                                    + (r.getInt(5) > 0 ? " PRIMARY KEY" : ""));
                        }
                    }
                    fks.setString(1, table);
                    try (ResultSet r = fks.executeQuery()) {
                        while (r.next()) {
                            foreignKeys.get(table).add(r.getString(2) + " → " + r.getString(1) + "(" + r.getString(3) + ")"
                                    + " ON UPDATE " + r.getString(4) + " ON DELETE " + r.getString(5));
                        }
                    }
                }
            }
            return new Shape(columns, foreignKeys, indexes, triggers, views);
        }

        /** What this (expected) shape has that {@code actual} lacks or holds differently, in words. */
        List<String> lackedBy(Shape actual) {
            List<String> out = new ArrayList<>();
            columns.forEach((table, cols) -> {
                Map<String, String> has = actual.columns.get(table);
                if (has == null) {
                    out.add(Messages.get("check.missingTable", table));
                    return;
                }
                cols.forEach((col, def) -> {
                    String got = has.get(col);
                    if (got == null) {
                        out.add(Messages.get("check.missingColumn", table, col));
                    } else if (!got.equals(def)) {
                        out.add(Messages.get("check.columnDiffers", table, col, def, got));
                    }
                });
                for (String fk : foreignKeys.get(table)) {
                    if (!actual.foreignKeys.get(table).contains(fk)) {
                        out.add(Messages.get("check.missingForeignKey", table, fk));
                    }
                }
            });
            compare(indexes, actual.indexes, "check.missingIndex", "check.indexDiffers", out);
            compare(triggers, actual.triggers, "check.missingTrigger", "check.triggerDiffers", out);
            compare(views, actual.views, "check.missingView", "check.viewDiffers", out);
            return out;
        }

        private static void compare(Map<String, String> expected, Map<String, String> actual, String missingKey,
                String differsKey, List<String> out) {
            expected.forEach((name, def) -> {
                if (!actual.containsKey(name)) {
                    out.add(Messages.get(missingKey, name));
                } else if (!Objects.equals(actual.get(name), def)) {
                    out.add(Messages.get(differsKey, name));
                }
            });
        }

        private static String normalise(String sql) {
            return sql == null ? "" : sql.replaceAll("\\s+", " ").trim();
        }
    }
}
