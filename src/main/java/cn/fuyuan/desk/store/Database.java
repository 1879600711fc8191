package cn.fuyuan.desk.store;

import cn.fuyuan.desk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite store in a data folder: {@code fuyuan.db}, WAL, foreign keys on, a busy timeout, full
 * sync, schema only through Flyway migrations. Opening for writing takes the instance lock; before an
 * existing database is migrated to a newer schema it is copied aside, and a failed migration puts the
 * copy back.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "fuyuan.db";
    public static final String BACKUP_FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Page cache of a connection that reads, KiB. */
    static final int READ_CACHE_KIB = 16_384;
    /** Page cache of a write transaction's connection, KiB: see {@link #write}. */
    static final int WRITE_CACHE_KIB = 131_072;

    /** How a caller uses the data folder. */
    public enum Mode {
        /** The window or a writing command: holds the instance lock, migrates. */
        WRITE,
        /** Reading commands (report, backup, check): share the folder with a running window. */
        READ
    }

    private final Path dataDir;
    private final Path file;
    private final SQLiteDataSource dataSource;
    private final DSLContext dsl;
    private final InstanceLock lock;

    private Database(Path dataDir, SQLiteDataSource dataSource, InstanceLock lock) {
        this(dataDir, dataSource, lock, DSL.using(dataSource, SQLDialect.SQLITE, new Settings().withExecuteLogging(false)));
    }

    private Database(Path dataDir, SQLiteDataSource dataSource, InstanceLock lock, DSLContext dsl) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(FILE_NAME);
        this.dataSource = dataSource;
        this.lock = lock;
        this.dsl = dsl;
    }

    public static Database open(Path dataDir, Mode mode) {
        return open(dataDir, mode, new String[0]);
    }

    /**
     * For tests only: also runs the migrations in {@code extraLocations} (e.g. a deliberately failing V2),
     * so that the copy-aside and restore of a failed migration can be exercised on a real file.
     */
    static Database open(Path dataDir, Mode mode, String... extraLocations) {
        InstanceLock lock = null;
        try {
            if (mode == Mode.READ && !Files.exists(dataDir.resolve(FILE_NAME))) {
                // a reader never creates anything: no folder, no lock file for a database that is not there
                throw new StoreException(Messages.get("store.noDatabase", dataDir.resolve(FILE_NAME)));
            }
            DataFolder.ensure(dataDir);
            lock = InstanceLock.tryAcquire(dataDir).orElse(null);
            if (lock == null && mode == Mode.WRITE) {
                throw new StoreException(Messages.get("store.locked", dataDir, InstanceLock.holder(dataDir)));
            }
            Path file = dataDir.resolve(FILE_NAME);
            SQLiteDataSource ds = dataSource(file);
            if (extraLocations.length == 0 && SchemaState.upToDate(ds)) {
                // the usual start: one query says the schema is current, Flyway is not started at all
                LOG.debug("Schema v{} is current", SchemaState.latestKnown().orElse("?"));
            } else if (lock != null) {
                migrate(dataDir, ds, extraLocations);
            } else {
                checkCurrent(dataDir, ds, extraLocations);
            }
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                DataFolder.ownerOnly(dataDir.resolve(FILE_NAME + suffix), false);
            }
            if (mode == Mode.READ && lock != null) {
                // a reader takes the lock only to be allowed to migrate, and gives it back at once
                closeQuietly(lock);
                lock = null;
            }
            Database db = new Database(dataDir, ds, lock);
            lock = null; // owned by db now
            return db;
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.cannotOpen", dataDir, e.getMessage()), e);
        } finally {
            if (lock != null) {
                closeQuietly(lock);
            }
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(15_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // a connection's page cache: SQLite's 2 MB default is small for the register's joins; writes raise it (write)
        config.setCacheSize(-READ_CACHE_KIB);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    static Flyway flyway(SQLiteDataSource ds, String... extraLocations) {
        String[] locations = new String[extraLocations.length + 1];
        locations[0] = "classpath:db/migration";
        System.arraycopy(extraLocations, 0, locations, 1, extraLocations.length);
        return Flyway.configure()
                .dataSource(ds)
                .locations(locations)
                .validateMigrationNaming(true)
                // a migration merged below ones a database already has (V2 after V3 and V4 on main) is
                // applied, not ignored: the databases of every earlier build open whole
                .outOfOrder(true)
                .load();
    }

    /** The highest schema version this build of the application knows. */
    public static String latestKnownVersion() {
        return SchemaState.latestKnown().orElseGet(Database::latestKnownByFlyway);
    }

    /** The migrations this build ships, as "V1–V4" or "V1, V3", for messages. */
    public static String knownMigrationLabels() {
        List<String> v = SchemaState.knownVersions().map(java.util.ArrayList::new).orElseGet(java.util.ArrayList::new);
        if (v.isEmpty()) {
            return "?";
        }
        boolean consecutive = v.stream().allMatch(x -> x.matches("[0-9]+"))
                && Integer.parseInt(v.get(v.size() - 1)) - Integer.parseInt(v.get(0)) == v.size() - 1;
        return consecutive && v.size() > 1 ? "V" + v.get(0) + "–V" + v.get(v.size() - 1)
                : String.join(", ", v.stream().map(x -> "V" + x).toList());
    }

    private static String latestKnownByFlyway() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite::memory:");
        MigrationInfo[] all = flyway(ds).info().all();
        return all.length == 0 ? "0" : all[all.length - 1].getVersion().getVersion();
    }

    private static void migrate(Path dataDir, SQLiteDataSource ds, String... extraLocations) {
        refuseEdited(dataDir, ds);
        Flyway flyway = flyway(ds, extraLocations);
        MigrationInfoService info = flyway.info();
        refuseNewer(info);
        MigrationInfo current = info.current();
        MigrationInfo[] pending = info.pending();
        if (pending.length == 0) {
            return;
        }
        Path file = dataDir.resolve(FILE_NAME);
        Path copy = null;
        if (current != null) {
            String target = java.util.Arrays.stream(pending).map(m -> m.getVersion().getVersion())
                    .max(SchemaState::compare).orElseThrow();
            copy = backupFolder(dataDir).resolve("fuyuan-v" + current.getVersion().getVersion()
                    + "-before-v" + target + "-" + LocalDateTime.now().format(STAMP) + ".db");
            Backup.onlineCopy(file, copy);
            String adding = String.join(", ", java.util.Arrays.stream(pending).map(m -> "V" + m.getVersion()).toList());
            LOG.info("Database copied to {} before migrating from v{}: applying {}", copy, current.getVersion(), adding);
        }
        List<String> problems;
        try {
            flyway.migrate();
            problems = structureProblems(ds);
        } catch (RuntimeException e) {
            if (copy == null) {
                throw new StoreException(Messages.get("store.migrationFailedNew", e.getMessage()), e);
            }
            Backup.restoreInto(copy, file);
            throw new StoreException(Messages.get("store.migrationFailedRestored", copy, e.getMessage()), e);
        }
        if (!problems.isEmpty()) {
            String what = String.join("; ", problems);
            if (copy == null) {
                throw new StoreException(Messages.get("store.migrationFailedNew", what));
            }
            Backup.restoreInto(copy, file);
            throw new StoreException(Messages.get("store.structureBroken", copy, what));
        }
    }

    /** A database whose history holds a known migration with another checksum is left as it is. */
    private static void refuseEdited(Path dataDir, SQLiteDataSource ds) {
        List<String> edited;
        try (Connection c = ds.getConnection()) {
            edited = SchemaState.edited(SchemaState.applied(c));
        } catch (SQLException e) {
            return; // not readable as a database: Flyway says what is wrong
        }
        if (!edited.isEmpty()) {
            throw new StoreException(Messages.get("store.editedMigration", dataDir.resolve(FILE_NAME), String.join(", ", edited)));
        }
    }

    private static List<String> structureProblems(SQLiteDataSource ds) {
        try (Connection c = ds.getConnection()) {
            return SchemaCheck.problems(c);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static void checkCurrent(Path dataDir, SQLiteDataSource ds, String... extraLocations) {
        refuseEdited(dataDir, ds);
        MigrationInfoService info = flyway(ds, extraLocations).info();
        refuseNewer(info);
        if (info.pending().length > 0) {
            throw new StoreException(Messages.get("store.needsMigration"));
        }
    }

    private static void refuseNewer(MigrationInfoService info) {
        MigrationInfo current = info.current();
        if (current == null) {
            return;
        }
        for (MigrationInfo m : info.all()) {
            if (m.getState().name().startsWith("FUTURE")) {
                throw new StoreException(Messages.get("store.newerSchema", current.getVersion().getVersion(), latestKnownVersion()));
            }
        }
    }

    /** Brings the schema up to date again (after a restore from an older backup). Needs the lock. */
    public void migrate() {
        if (lock == null) {
            throw new StoreException(Messages.get("store.needsMigration"));
        }
        migrate(dataDir, dataSource);
    }

    /** {@code backups/} in the data folder, created owner-only when missing. */
    public static Path backupFolder(Path dataDir) {
        try {
            return DataFolder.ensure(dataDir.resolve(BACKUP_FOLDER));
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.cannotOpen", dataDir.resolve(BACKUP_FOLDER), e.getMessage()), e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** One transaction: everything the function writes commits together or not at all. */
    public <T> T write(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(writeCache(cfg.dsl())));
    }

    public void writeVoid(Consumer<DSLContext> work) {
        dsl.transaction(cfg -> work.accept(writeCache(cfg.dsl())));
    }

    /**
     * A write transaction's connection may keep 128 MiB of pages, so that a 100,000-row import stays in memory
     * until its commit instead of spilling to the WAL. Only there: every connection that reads keeps
     * {@link #READ_CACHE_KIB}, because SQLite frees a page cache into the C heap, which the process keeps
     * (a connection kept open, the search's, would hold its whole cache; issue 16 §3, resident memory).
     * The connection is closed with the transaction, and the setting with it.
     */
    private static DSLContext writeCache(DSLContext tx) {
        tx.execute("PRAGMA cache_size = -" + WRITE_CACHE_KIB);
        return tx;
    }

    /**
     * Many reads in a row on one connection: {@code work} gets this database with its {@link #dsl()} bound to a single
     * connection, which is closed afterwards. Every query through {@link #dsl()} otherwise opens a connection of its
     * own — parsing the schema and starting with an empty page cache each time — which for the white paper's twenty
     * reads cost more than some of the reads.
     */
    public <T> T reading(Function<Database, T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(new Database(dataDir, dataSource, null, DSL.using(c, SQLDialect.SQLITE, dsl.settings())));
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.cannotOpen", file, e.getMessage()), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path file() {
        return file;
    }

    public boolean holdsLock() {
        return lock != null;
    }

    /** The applied schema version, e.g. "1". */
    public String schemaVersion() {
        return SchemaState.appliedVersion(dataSource);
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public Optional<InstanceLock> lock() {
        return Optional.ofNullable(lock);
    }

    @Override
    public void close() {
        if (lock != null) {
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("close failed", e);
        }
    }
}
