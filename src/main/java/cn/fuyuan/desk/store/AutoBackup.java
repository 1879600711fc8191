package cn.fuyuan.desk.store;

import cn.fuyuan.desk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups that happen by themselves: on the first start of a day (and by {@code backup --rotate} from a
 * scheduled task) a consistent online copy of the database into {@code backups/}, checked after it is
 * written, then the automatic copies thinned out by rotation — the newest of each of the last N days,
 * weeks and months are kept. Only this class's own files ({@code fuyuan-auto-*.db}) are ever removed;
 * the copies taken before a migration or a restore, and backups made by hand, stay. A backup that
 * cannot be made (a full disk, a read-only folder) is a warning, never a failed start.
 */
public final class AutoBackup {
    public static final String PREFIX = "fuyuan-auto-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);

    /** How many automatic backups to keep: the newest of each of the last {@code daily} days, and so on. */
    public record Retention(int daily, int weekly, int monthly) {
        public static final Retention DEFAULT = new Retention(7, 4, 12);

        public Retention {
            daily = Math.max(1, daily); // the backup just taken is always kept
            weekly = Math.max(0, weekly);
            monthly = Math.max(0, monthly);
        }
    }

    /** What a run did: the backup it made (if any), the old automatic ones it removed, a warning if it failed. */
    public record Outcome(Optional<Path> made, List<Path> removed, Optional<String> warning) {
    }

    private AutoBackup() {
    }

    /** The day's backup, unless an automatic backup was already taken on the day of {@code now}. */
    public static Outcome daily(Path dataDir, Retention retention, LocalDateTime now) {
        Path folder = dataDir.resolve(Database.BACKUP_FOLDER);
        if (taken(folder).stream().anyMatch(t -> t.at().toLocalDate().equals(now.toLocalDate()))) {
            return new Outcome(Optional.empty(), List.of(), Optional.empty());
        }
        return now(dataDir, retention, now);
    }

    /** A backup now, checked, then the rotation; never throws for a backup that cannot be made. */
    public static Outcome now(Path dataDir, Retention retention, LocalDateTime now) {
        Path target;
        try {
            target = Database.backupFolder(dataDir).resolve(PREFIX + now.format(STAMP) + ".db");
        } catch (RuntimeException e) {
            return failed(dataDir.resolve(Database.BACKUP_FOLDER), e);
        }
        try {
            Backup.backup(dataDir, target); // online copy, then integrity, keys and schema checked
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(target); // a copy that failed its check is no backup
            } catch (IOException ignored) {
                // the warning below says the backup failed
            }
            return failed(target, e);
        }
        List<Path> removed = rotate(dataDir.resolve(Database.BACKUP_FOLDER), retention);
        LOG.info("Automatic backup {} (removed by rotation: {})", target, removed);
        return new Outcome(Optional.of(target), removed, Optional.empty());
    }

    private static Outcome failed(Path target, RuntimeException e) {
        LOG.warn("Automatic backup to {} failed", target, e);
        return new Outcome(Optional.empty(), List.of(), Optional.of(Messages.get("backup.autoFailed", target, reason(e))));
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Removes the automatic backups the retention does not keep; returns them. */
    static List<Path> rotate(Path folder, Retention retention) {
        List<Taken> all = taken(folder);
        Set<Path> keep = keep(all, retention);
        List<Path> removed = new ArrayList<>();
        for (Taken t : all) {
            if (!keep.contains(t.file())) {
                try {
                    Files.deleteIfExists(t.file());
                    removed.add(t.file());
                } catch (IOException e) {
                    LOG.warn("Could not remove the old automatic backup {}", t.file(), e);
                }
            }
        }
        return removed;
    }

    /** An automatic backup and when it was taken (from its name). */
    record Taken(Path file, LocalDateTime at) {
    }

    /**
     * The backups to keep: the newest of each of the {@code daily} most recent days that have one, of the
     * {@code weekly} most recent ISO weeks and of the {@code monthly} most recent months.
     */
    static Set<Path> keep(List<Taken> backups, Retention r) {
        List<Taken> newestFirst = backups.stream().sorted(Comparator.comparing(Taken::at).reversed()).toList();
        Set<Path> keep = new HashSet<>();
        keepNewestPer(newestFirst, t -> t.at().toLocalDate(), r.daily(), keep);
        keepNewestPer(newestFirst, t -> {
            LocalDate d = t.at().toLocalDate();
            return d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }, r.weekly(), keep);
        keepNewestPer(newestFirst, t -> YearMonth.from(t.at()), r.monthly(), keep);
        return keep;
    }

    private static void keepNewestPer(List<Taken> newestFirst, Function<Taken, Object> period, int periods, Set<Path> keep) {
        Set<Object> seen = new LinkedHashSet<>();
        for (Taken t : newestFirst) {
            if (seen.size() >= periods && !seen.contains(period.apply(t))) {
                break;
            }
            if (seen.add(period.apply(t))) {
                keep.add(t.file());
            }
        }
    }

    /** The automatic backups in {@code folder}, any order; none when it is missing or unreadable. */
    static List<Taken> taken(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Taken> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(PREFIX) && n.endsWith(".db")) {
                    try {
                        out.add(new Taken(p, LocalDateTime.parse(n.substring(PREFIX.length(), n.length() - 3), STAMP)));
                    } catch (DateTimeParseException e) {
                        // not one of ours after all: left alone
                    }
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }
}
