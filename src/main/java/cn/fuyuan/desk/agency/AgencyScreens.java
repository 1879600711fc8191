package cn.fuyuan.desk.agency;

import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * What the 机关名录 screen reads and writes besides its view models, so that the view calls no repository: the
 * regions and fields offered, an agency as stored, removing one, the directory document. No JavaFX.
 */
public final class AgencyScreens {
    private final Database db;
    private final AgencyRepository agencies;

    public AgencyScreens(Database db) {
        this.db = db;
        this.agencies = new AgencyRepository(db);
    }

    public AgencyListViewModel list() {
        return new AgencyListViewModel(agencies);
    }

    public AgencyFormViewModel form() {
        return new AgencyFormViewModel(agencies);
    }

    public List<RefItem> regions() {
        return new ReferenceList(db, ReferenceList.Kind.REGION).list(false);
    }

    public List<RefItem> fields() {
        return new ReferenceList(db, ReferenceList.Kind.FIELD).list(false);
    }

    public Optional<Agency> find(int id) {
        return agencies.find(id);
    }

    /** Deletes the agency, or only deactivates it when cases or letters refer to it. */
    public AgencyRepository.Removal remove(int id) {
        return agencies.remove(id);
    }

    /** The 机关名录 document as of today. */
    public JasperPrint directory(boolean includeInactive) {
        return AgencyDirectoryReport.fill(ReportService.shared(), new SettingsRepository(db).office(),
                agencies.list(includeInactive), LocalDate.now());
    }
}
