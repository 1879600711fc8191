package cn.fuyuan.desk.store;

import cn.fuyuan.desk.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Backup and restore with SQLite's online backup API: a copy taken while the window is open is
 * consistent, and a restore replaces the pages of the live database in one step after the file has
 * been checked and the current database copied aside.
 */
public final class Backup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Backup() {
    }

    /** Copies the database file {@code source} to {@code target} (written aside first, then moved in place). */
    public static void onlineCopy(Path source, Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".fuyuan-backup-", ".tmp");
            Files.delete(tmp); // the backup API creates the file itself
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath());
                 Statement st = c.createStatement()) {
                st.setQueryTimeout(60);
                st.executeUpdate("backup to " + quote(tmp));
            }
            // The copy inherits WAL mode from the live database; a WAL file opened read-only (check,
            // restore) leaves -wal/-shm files beside it. A copy is one self-contained file instead.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.toAbsolutePath());
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=DELETE");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            DataFolder.ownerOnly(target, false);
        } catch (SQLException | IOException e) {
            throw new StoreException(Messages.get("backup.failed", target, e.getMessage()), e);
        }
    }

    /** Overwrites the contents of database {@code target} with those of {@code source}. */
    static void restoreInto(Path source, Path target) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.executeUpdate("restore from " + quote(source));
        } catch (SQLException e) {
            throw new StoreException(Messages.get("restore.failed", source, e.getMessage()), e);
        }
    }

    /** Backup of the database of {@code db} to {@code out}. Works while the window holds the folder. */
    public static void backup(Path dataDir, Path out) {
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (!Files.exists(file)) {
            throw new StoreException(Messages.get("store.noDatabase", file));
        }
        onlineCopy(file, out);
        List<String> problems = check(out);
        if (!problems.isEmpty()) {
            throw new StoreException(Messages.get("backup.checkFailed", out, String.join("; ", problems)));
        }
    }

    /**
     * Restores {@code from} into the data folder of {@code db} (which must hold the instance lock): the
     * file is checked first, the current database is copied to {@code backups/} and that copy is returned.
     */
    public static Path restore(Database db, Path from) {
        if (!db.holdsLock()) {
            throw new StoreException(Messages.get("store.locked", db.dataDir(), InstanceLock.holder(db.dataDir())));
        }
        List<String> problems = check(from);
        if (!problems.isEmpty()) {
            throw new StoreException(Messages.get("restore.badFile", from, String.join("; ", problems)));
        }
        String version = schemaVersionOf(from);
        String known = Database.latestKnownVersion();
        if (SchemaState.compare(version, known) > 0) {
            throw new StoreException(Messages.get("store.newerSchema", version, known));
        }
        Path aside = Database.backupFolder(db.dataDir())
                .resolve("fuyuan-before-restore-" + LocalDateTime.now().format(STAMP) + ".db");
        onlineCopy(db.file(), aside);
        restoreInto(from, db.file());
        return aside;
    }

    /**
     * Problems found in a database file: not SQLite, integrity, foreign keys, not ours, a migration that
     * failed or differs from this build's, tables, columns, keys, indexes or triggers its migrations define
     * but it lacks. Empty = fine. Migrations not applied yet are not problems: opening applies them.
     */
    public static List<String> check(Path file) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(Messages.get("check.noFile", file));
            return problems;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (!java.util.Arrays.equals(head, SQLITE_MAGIC)) {
                problems.add(Messages.get("check.notSqlite", file));
                return problems;
            }
        } catch (IOException e) {
            problems.add(e.getMessage());
            return problems;
        }
        try (Connection c = readOnly(file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        problems.add("integrity_check: " + line);
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add(Messages.get("check.foreignKey", rs.getString(1), rs.getLong(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('flyway_schema_history', 'agency', 'audit_log')")) {
                if (!rs.next() || rs.getInt(1) < 3) {
                    problems.add(Messages.get("check.notOurs", file));
                    return problems;
                }
            }
            problems.addAll(SchemaCheck.problems(c));
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** The highest successfully applied migration of a database file, "0" if none. */
    public static String schemaVersionOf(Path file) {
        try (Connection c = readOnly(file)) {
            return SchemaState.highest(SchemaState.applied(c));
        } catch (SQLException e) {
            return "0";
        }
    }

    /**
     * The migrations this build ships that the database file has not applied, as "V2" labels (opening
     * the file applies them); empty for an up-to-date file or one that cannot be read.
     */
    public static List<String> missingMigrations(Path file) {
        try (Connection c = readOnly(file)) {
            return SchemaCheck.missing(c);
        } catch (SQLException e) {
            return List.of();
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly.toProperties());
    }

    private static String quote(Path p) {
        String s = p.toAbsolutePath().toString();
        if (s.contains("\"")) {
            throw new IllegalArgumentException("path contains a double quote: " + s);
        }
        return "\"" + s + "\"";
    }
}
