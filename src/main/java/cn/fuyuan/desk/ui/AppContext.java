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
}
