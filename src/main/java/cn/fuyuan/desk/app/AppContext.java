package cn.fuyuan.desk.app;

import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.agency.ReferenceList;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.AuditRepository;
import cn.fuyuan.desk.store.Database;
import javafx.stage.Stage;

/** What the views share: the open database, its repositories, the job runner and the window. */
public final class AppContext {
    private final Database db;
    private final Jobs jobs;
    private final Stage stage;
    private final AgencyRepository agencies;
    private final ReferenceList regions;
    private final ReferenceList fields;
    private final SettingsRepository settings;
    private final AuditRepository audit;

    public AppContext(Database db, Jobs jobs, Stage stage) {
        this.db = db;
        this.jobs = jobs;
        this.stage = stage;
        this.agencies = new AgencyRepository(db);
        this.regions = new ReferenceList(db, ReferenceList.Kind.REGION);
        this.fields = new ReferenceList(db, ReferenceList.Kind.FIELD);
        this.settings = new SettingsRepository(db);
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

    public AgencyRepository agencies() {
        return agencies;
    }

    public ReferenceList regions() {
        return regions;
    }

    public ReferenceList fields() {
        return fields;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public AuditRepository audit() {
        return audit;
    }
}
