package cn.fuyuan.desk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A database copy in {@code backups/}, as the restore dialog lists it: when, why, how big, which schema. */
public record BackupFile(Path file, Kind kind, LocalDateTime takenAt, long size, String schemaVersion) {
    private static final Pattern STAMP = Pattern.compile("(\\d{8}-\\d{6})\\.db$");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Why the copy was made; the message key {@code backup.kind.<name>} says it in words. */
    public enum Kind {
        /** The daily automatic backup ({@link AutoBackup}). */
        AUTO,
        /** Kept aside before a schema upgrade. */
        BEFORE_MIGRATION,
        /** Kept aside before a restore replaced the database. */
        BEFORE_RESTORE,
        /** Any other database file put there (a backup made by hand). */
        OTHER;

        static Kind of(String name) {
            if (name.startsWith(AutoBackup.PREFIX)) {
                return AUTO;
            }
            if (name.startsWith("fuyuan-before-restore-")) {
                return BEFORE_RESTORE;
            }
            if (name.matches("fuyuan-v.+-before-v.+")) {
                return BEFORE_MIGRATION;
            }
            return OTHER;
        }
    }

    /** The {@code .db} files in the data folder's {@code backups/}, newest first; none when it is missing. */
    public static List<BackupFile> list(Path dataDir) {
        Path folder = dataDir.resolve(Database.BACKUP_FOLDER);
        List<BackupFile> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".db") && Files.isRegularFile(f)).toList()) {
                String name = p.getFileName().toString();
                out.add(new BackupFile(p, Kind.of(name), timeOf(p, name), Files.size(p), Backup.schemaVersionOf(p)));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return out;
    }

    private static LocalDateTime timeOf(Path p, String name) throws IOException {
        Matcher m = STAMP.matcher(name);
        if (m.find()) {
            try {
                return LocalDateTime.parse(m.group(1), FORMAT);
            } catch (DateTimeParseException e) {
                // fall back to the file's time
            }
        }
        return LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneId.systemDefault());
    }
}
