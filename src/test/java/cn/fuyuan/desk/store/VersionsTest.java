package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 关于 and --version name real versions (issue 12 point 8: About showed "SQLite ?" and "ControlsFX ?"). */
class VersionsTest {
    @TempDir
    Path tmp;

    @Test
    void theSqliteEngineAndItsDriverAreNamed() {
        try (Database db = Database.open(tmp.resolve("data"), Database.Mode.WRITE)) {
            assertThat(Versions.sqlite(db)).matches("3\\.\\d+\\.\\d+ \\(sqlite-jdbc 3\\.\\d+\\.\\d+(\\.\\d+)?\\)");
        }
    }

    @Test
    void aLibraryWithoutAnImplementationVersionIsReadFromItsBundleVersion() {
        // ControlsFX's manifest has only Bundle-Version
        assertThat(Versions.of(org.controlsfx.control.StatusBar.class)).matches("11\\.\\d+\\.\\d+");
        assertThat(Versions.of(net.sf.jasperreports.engine.JasperReport.class)).matches("7\\.\\d+\\.\\d+.*");
        assertThat(Versions.jooq()).startsWith("3.19");
        assertThat(Versions.of(VersionsTest.class)).isEqualTo("?");
    }
}
