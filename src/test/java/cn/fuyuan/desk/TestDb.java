package cn.fuyuan.desk;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain-JDBC helpers for tests: they look at the SQLite file the way an outsider would. */
public final class TestDb {
    private TestDb() {
    }

    public static long count(Database db, String table) {
        return longValue(db, "SELECT count(*) FROM " + table);
    }

    public static long longValue(Database db, String sql) {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static String string(Database db, String sql) {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static void execute(Database db, String... sql) {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.executeUpdate(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", sql), e);
        }
    }

    /** The first column of every row, read straight from a database file (no app code involved). */
    public static List<String> column(Path file, String sql) {
        return rows(file, sql).stream().map(r -> r.get(0)).toList();
    }

    /** Every row as the text of its columns, read straight from a database file (no app code involved). */
    public static List<List<String>> rows(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static Agency agency(String name) {
        return new Agency(null, name, null, null, null, null, null, AgencyLevel.COUNTY, "张建国", "局长", "0478-8888888", true);
    }
}
