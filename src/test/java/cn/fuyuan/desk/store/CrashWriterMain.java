package cn.fuyuan.desk.store;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link CrashSafetyTest}: opens the data folder given as the first argument
 * and saves agencies in a loop, printing "COMMITTED name" after each save returned (i.e. committed),
 * until it is killed.
 */
public final class CrashWriterMain {
    private CrashWriterMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Database db = Database.open(Path.of(args[0]), Database.Mode.WRITE)) {
            AgencyRepository repo = new AgencyRepository(db);
            out.println("READY");
            for (int i = 1; i < 1_000_000; i++) {
                String name = "崩溃测试机关" + i;
                repo.save(new Agency(null, name, null, null, null, null, null, AgencyLevel.COUNTY,
                        "负责人" + i, "局长", "0478-" + (8_000_000 + i), true));
                out.println("COMMITTED " + name);
            }
        }
    }
}
