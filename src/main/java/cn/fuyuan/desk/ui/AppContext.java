package cn.fuyuan.desk.ui;

import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import javafx.stage.Stage;

/**
 * What the views share: the open database, the job runner and the window. It knows no feature: a feature's view makes
 * its own repositories from {@link #db()}.
 */
public final class AppContext {
    private final Database db;
    private final Jobs jobs;
    private final Stage stage;
    private final AuditRepository audit;
    /** Whether every PDF is written archival (PDF/A), as the settings say: the shell that knows them supplies it. */
    private java.util.function.BooleanSupplier archivalAlways = () -> false;

    public AppContext(Database db, Jobs jobs, Stage stage) {
        this.db = db;
        this.jobs = jobs;
        this.stage = stage;
        this.audit = new AuditRepository(db);
    }

    public Database db() {
        return db;
    }

    public Jobs jobs() {
        return jobs;
    }

    public Stage stage() {
        return stage;
    }

    public AuditRepository audit() {
        return audit;
    }

    /** True when every PDF the window writes is to be PDF/A (setting report.pdfa = ALWAYS). */
    public boolean archivalAlways() {
        return archivalAlways.getAsBoolean();
    }

    public AppContext archivalAlways(java.util.function.BooleanSupplier always) {
        this.archivalAlways = always;
        return this;
    }
}
