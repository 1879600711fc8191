package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.store.Database;

/** The small directory that HearingImportTest.table() names: 临河区公安局, 临河区住房和城乡建设局 (临河住建局), 五原县公安局. */
public record HearingImportTestSetup(Database db) {
    /** The directory, and the hand-worked table of HearingImportTest imported from a CSV in {@code folder}. */
    public void directoryAndTable(java.nio.file.Path folder) throws Exception {
        directory();
        HearingImport.run(db, cn.fuyuan.desk.importing.Sheets.csv(folder.resolve("t.csv"), java.nio.charset.StandardCharsets.UTF_8, false,
                HearingImportTest.table()), false, false);
    }

    public void directory() {
        ReferenceList regions = new ReferenceList(db, ReferenceList.Kind.REGION);
        ReferenceList fields = new ReferenceList(db, ReferenceList.Kind.FIELD);
        RefItem r1 = regions.save(new RefItem(null, "临河区", 0, true));
        RefItem r2 = regions.save(new RefItem(null, "五原县", 0, true));
        RefItem f1 = fields.save(new RefItem(null, "公安", 0, true));
        RefItem f2 = fields.save(new RefItem(null, "住建", 0, true));
        AgencyRepository agencies = new AgencyRepository(db);
        agencies.save(new Agency(null, "临河区公安局", null, r1.id(), null, f1.id(), null, AgencyLevel.COUNTY, "甲", "局长", null, true));
        agencies.save(new Agency(null, "临河区住房和城乡建设局", "临河住建局", r1.id(), null, f2.id(), null, AgencyLevel.COUNTY, "乙", "局长", null, true));
        agencies.save(new Agency(null, "五原县公安局", null, r2.id(), null, f1.id(), null, AgencyLevel.COUNTY, "丙", "局长", null, true));
    }
}
