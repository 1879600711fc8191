package cn.fuyuan.desk.app;

import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;

/** The 工作台's first rows, counted at once when it is shown: the court's name and the directory's size (entries in use). */
record DirectoryCounts(String court, int agencies, int regions, int fields) {
    static DirectoryCounts of(Database db) {
        return new DirectoryCounts(new SettingsRepository(db).office().courtName(), new AgencyRepository(db).list(false).size(),
                new ReferenceList(db, ReferenceList.Kind.REGION).list(false).size(),
                new ReferenceList(db, ReferenceList.Kind.FIELD).list(false).size());
    }
}
