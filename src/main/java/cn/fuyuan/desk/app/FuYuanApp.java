package cn.fuyuan.desk.app;

import cn.fuyuan.desk.store.Logging;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.UiFonts;
import cn.fuyuan.desk.ui.Jobs;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.store.DataFolder;
import cn.fuyuan.desk.store.Database;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window. The first frame is shown at once; the database is opened and migrated in the background
 * and the shell is built when it is ready. On an empty database it offers the demonstration dataset.
 */
public final class FuYuanApp extends Application {
    /** The UI language is mirrored here so that the first frame is already in the right language. */
    public static final String LANGUAGE_FILE = "ui-language";
    private static final Logger LOG = LoggerFactory.getLogger(FuYuanApp.class);

    private static volatile Path dataDir;
    private static volatile boolean benchmark;
    /** The database, already being opened (and migrated if needed) while JavaFX starts up. */
    private static volatile CompletableFuture<Database> opening;
    /** The language setting, read by the opening thread right after the database opened (null: not read there). */
    private static volatile OpenedLanguage openedLanguage;

    private record OpenedLanguage(Database db, String value) {
    }

    private final Jobs jobs = new Jobs();
    private final RecentFolders recent = RecentFolders.user();
    private Stage stage;
    private Database db;
    private MainWindow window;
    /** The day's automatic backup, if one is being written: closing the window lets it finish. */
    private Thread backupThread;

    /** Called by Main: opens the window on the data folder (null = default) and returns when it closes. */
    public static int start(Path dataDirOrNull, boolean startupBenchmark) {
        dataDir = DataFolder.resolve(dataDirOrNull);
        benchmark = startupBenchmark;
        try {
            DataFolder.ensure(dataDir);
            Logging.attachFile(dataDir);
        } catch (IOException e) {
            System.err.println(Messages.get("store.cannotOpen", dataDir, e.getMessage()));
            return 1;
        }
        // open the database on the second core while the toolkit starts: the first frame never waits for it
        opening = openInBackground(dataDir);
        try {
            Application.launch(FuYuanApp.class);
        } catch (RuntimeException e) {
            // typically no display, or GTK 3 missing on Linux: say so instead of a stack trace
            LOG.error("The window could not be opened", e);
            System.err.println(Messages.get("app.noWindow", String.valueOf(e.getMessage())));
            return 2;
        } finally {
            finishOpening();
        }
        return 0;
    }

    /** The window never took the database (no display): let an opening or migration finish, then close it. */
    private static void finishOpening() {
        CompletableFuture<Database> f = opening;
        opening = null;
        if (f != null) {
            try {
                f.join().close();
            } catch (RuntimeException e) {
                LOG.warn("Database not opened", e);
            }
        }
    }

    /** For tests: the data folder the next window opens. */
    public static void useDataFolder(Path dir) {
        dataDir = dir;
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            LOG.error("Uncaught exception in {}", t.getName(), e);
            if (Platform.isFxApplicationThread()) {
                Dialogs.error(stage, e);
            } else {
                Platform.runLater(() -> Dialogs.error(stage, e));
            }
        });
        Messages.setLocale(Messages.parseLocale(readLanguageFile(dataDir)));
        UiFonts.load();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label opening = new Label(Messages.get("app.opening", dataDir));
        VBox loading = new VBox(12, spinner, opening);
        loading.setAlignment(Pos.CENTER);
        Scene scene = new Scene(loading, 1200, 760);
        scene.getStylesheets().add(UiFonts.stylesheet());
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        stage.setOnShown(e -> Platform.runLater(this::firstFrameShown));
        stage.show();
        openDatabase();
    }

    private void firstFrameShown() {
        if (benchmark) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + ms);
        }
    }

    private static CompletableFuture<Database> openInBackground(Path dir) {
        CompletableFuture<Database> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Database d = Database.open(dir, Database.Mode.WRITE);
                try {
                    // the window's first question of the database, asked here: jOOQ's first query (its parser and
                    // record mapping, ~100 ms cold) runs beside the toolkit's start, not on the FX thread after it
                    openedLanguage = new OpenedLanguage(d,
                            new cn.fuyuan.desk.settings.SettingsRepository(d).get(SettingKey.UI_LANGUAGE));
                } catch (RuntimeException e) {
                    LOG.warn("Language setting not read while opening; read again on the window's thread", e);
                }
                f.complete(d);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "fuyuan-open");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private void openDatabase() {
        CompletableFuture<Database> started = opening;
        opening = null;
        CompletableFuture<Database> open = started != null ? started : openInBackground(dataDir);
        open.whenComplete((d, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                Dialogs.error(stage, cause);
                Platform.exit();
            } else {
                opened(d);
            }
        }));
    }

    private void opened(Database d) {
        db = d;
        OpenedLanguage read = openedLanguage;
        openedLanguage = null;
        String language = read != null && read.db() == d ? read.value()
                : new cn.fuyuan.desk.settings.SettingsRepository(db).get(SettingKey.UI_LANGUAGE);
        Messages.setLocale(Messages.parseLocale(language));
        buildWindow(Section.DASHBOARD);
        if (benchmark) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("ready-ms=" + ms);
            Platform.exit();
            return;
        }
        recent.add(db.dataDir());
        dailyBackup();
        firstStartIfEmpty();
        notifier = cn.fuyuan.desk.reminders.ReminderNotifier.start(db, stage, () -> window.select(Section.DASHBOARD));
    }

    /** The reminders of the open database (null before the window opens, and in the start-up benchmark). */
    private cn.fuyuan.desk.reminders.ReminderNotifier notifier;

    /** For tests: the reminders now running. */
    cn.fuyuan.desk.reminders.ReminderNotifier notifier() {
        return notifier;
    }

    /**
     * The first start of a day backs the database up into backups/ (with rotation) on a thread of its
     * own: the window is usable at once, and a backup that cannot be made is a warning, not a failure.
     */
    private void dailyBackup() {
        cn.fuyuan.desk.store.AutoBackup.Retention retention = new cn.fuyuan.desk.settings.SettingsRepository(db).backupRetention();
        Path dir = db.dataDir();
        Thread t = new Thread(() -> cn.fuyuan.desk.store.AutoBackup.daily(dir, retention, java.time.LocalDateTime.now())
                .warning().ifPresent(w -> Platform.runLater(() -> org.controlsfx.control.Notifications.create()
                        .owner(stage).title(Messages.get("app.title")).text(w).hideAfter(javafx.util.Duration.seconds(30))
                        .showWarning())), "fuyuan-daily-backup");
        t.start();
        backupThread = t;
    }

    private void buildWindow(Section section) {
        jobs.relabel();
        cn.fuyuan.desk.settings.SettingsRepository settings = new cn.fuyuan.desk.settings.SettingsRepository(db);
        AppContext ctx = new AppContext(db, jobs, stage)
                .archivalAlways(() -> "ALWAYS".equals(settings.get(SettingKey.REPORT_PDFA)));
        window = new MainWindow(ctx, this::languageChanged, new MainWindow.DataFolders() {
            @Override
            public void open(Path folder) {
                switchTo(folder, false);
            }

            @Override
            public java.util.List<Path> recent() {
                return recent.list().stream().filter(p -> !p.equals(db.dataDir())).toList();
            }
        });
        stage.getScene().setRoot(window.root());
        stage.setTitle(Messages.get("app.title") + " — " + db.file());
        // closing the window asks the shown form about unsaved changes first (保存 / 放弃 / 取消)
        MainWindow asked = window;
        stage.setOnCloseRequest(e -> {
            if (!asked.mayLeaveShown()) {
                e.consume();
            }
        });
        window.select(section);
        // an unjustified absence at a hearing (案件与出庭) drafts a suggestion letter (司法建议) in this window and shows it
        MainWindow shown = window;
        cn.fuyuan.desk.caseload.AbsenceFollowUp.register((c, facts) -> {
            int id = cn.fuyuan.desk.suggestion.SuggestionDrafts.fromAbsence(ctx.db(), facts);
            if (shown.open(Section.SUGGESTIONS) instanceof cn.fuyuan.desk.suggestion.SuggestionView v) {
                v.open(id);
            }
        });
    }

    private void languageChanged() {
        writeLanguageFile(dataDir, Messages.tag(Messages.locale()));
        Section s = window.selected();
        buildWindow(s == null ? Section.SETTINGS : s);
    }

    /**
     * An empty database (no agency yet): the first-start guide says what to do first, and may open the demonstration
     * data in a folder of its own beside this one — never written into this folder.
     */
    private void firstStartIfEmpty() {
        if (new AgencyRepository(db).count() > 0) {
            return;
        }
        switch (FirstStartDialog.ask(stage, db.dataDir(), demoFolder(db.dataDir()))) {
            case DEMO -> switchTo(demoFolder(db.dataDir()), true);
            case SETTINGS -> window.select(Section.SETTINGS);
            case DIRECTORY -> window.select(Section.AGENCIES);
            case CLOSE -> { }
        }
    }

    /** Where the demonstration data of a data folder lives: a sibling folder, {@code <name>-demo}. */
    static Path demoFolder(Path dataDir) {
        Path d = dataDir.toAbsolutePath().normalize();
        String name = d.getFileName() == null ? "fuyuan-desk" : d.getFileName().toString();
        return (d.getParent() == null ? d : d.getParent()).resolve(name + "-demo");
    }

    /**
     * Opens another data folder in this window: the shown form is asked about unsaved changes, the new database is
     * opened (and migrated) in the background, then the old one is closed and the window rebuilt on the new one. A
     * folder that cannot be opened (held by another window, not a database) leaves the old one open.
     *
     * @param demo write the demonstration data into it when it is empty
     */
    void switchTo(Path folder, boolean demo) {
        Path target = folder.toAbsolutePath().normalize();
        if (db != null && target.equals(db.dataDir())) {
            return;
        }
        if (window != null && !window.mayLeaveShown()) {
            return;
        }
        if (jobs.busy()) {
            Dialogs.problem(stage, Messages.get("folder.busy"));
            return;
        }
        // the folder's own interface language, when its settings name one (else the one shown now)
        String[] language = new String[1];
        jobs.run(Messages.get("folder.opening", target), new Task<Database>() {
            @Override
            protected Database call() throws IOException {
                updateProgress(-1, 1);
                DataFolder.ensure(target);
                Database opened = Database.open(target, Database.Mode.WRITE);
                try {
                    if (demo && new AgencyRepository(opened).count() == 0) {
                        DemoData.write(opened, 1, DemoData.DEFAULT_SEED, null);
                    }
                    language[0] = new cn.fuyuan.desk.settings.SettingsRepository(opened).stored(SettingKey.UI_LANGUAGE).orElse(null);
                    return opened;
                } catch (RuntimeException e) {
                    opened.close();
                    throw e;
                }
            }
        }, opened -> {
            Database old = db;
            waitForBackup();
            if (notifier != null) {
                notifier.stop(); // its database is about to close
            }
            db = opened;
            dataDir = opened.dataDir();
            Logging.attachFile(dataDir);
            old.close();
            recent.add(old.dataDir());
            recent.add(opened.dataDir());
            if (language[0] != null) {
                Messages.setLocale(Messages.parseLocale(language[0]));
            }
            writeLanguageFile(dataDir, Messages.tag(Messages.locale()));
            buildWindow(Section.DASHBOARD);
            dailyBackup();
            firstStartIfEmpty();
            notifier = cn.fuyuan.desk.reminders.ReminderNotifier.start(db, stage, () -> window.select(Section.DASHBOARD));
        }, t -> Dialogs.error(stage, t));
    }

    private void waitForBackup() {
        if (backupThread != null) {
            try {
                backupThread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String readLanguageFile(Path dir) {
        try {
            Path f = dir.resolve(LANGUAGE_FILE);
            return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    static void writeLanguageFile(Path dir, String tag) {
        try {
            Files.writeString(dir.resolve(LANGUAGE_FILE), tag, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not remember the UI language", e);
        }
    }

    @Override
    public void stop() {
        jobs.shutdown();
        waitForBackup();
        if (db != null) {
            db.close();
        }
    }
}
