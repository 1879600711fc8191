package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/wang");

    @Test
    void linuxDefaultIsUnderLocalShare() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/wang/.local/share/fuyuan-desk"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/srv/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/srv/xdg/fuyuan-desk"));
        // a blank XDG_DATA_HOME is treated as unset
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "  "), "Linux", HOME))
                .isEqualTo(Path.of("/home/wang/.local/share/fuyuan-desk"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\wang\\AppData\\Roaming";
        Path p = DataFolder.resolve(null, Map.of("APPDATA", appData), "Windows 11", HOME);
        assertThat(p).isEqualTo(Path.of(appData).resolve("FuYuanDesk"));
        assertThat(p.getFileName()).hasToString("FuYuanDesk");
        // without APPDATA: the usual place under the home folder
        assertThat(DataFolder.resolve(null, Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("FuYuanDesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/wang/Library/Application Support/FuYuanDesk"));
    }

    @Test
    void environmentOverridesTheOsDefault() {
        assertThat(DataFolder.resolve(null, Map.of(DataFolder.ENV, "/data/fuyuan/../fy", "XDG_DATA_HOME", "/srv/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/data/fy"));
        assertThat(DataFolder.resolve(null, Map.of(DataFolder.ENV, "/data/fy", "APPDATA", "C:\\x"), "Windows 11", HOME))
                .isEqualTo(Path.of("/data/fy"));
        // relative values are made absolute
        assertThat(DataFolder.resolve(null, Map.of(DataFolder.ENV, "rel"), "Linux", HOME))
                .isAbsolute().isEqualTo(Path.of("rel").toAbsolutePath());
    }

    @Test
    void explicitOverrideBeatsEverything() {
        Map<String, String> env = Map.of(DataFolder.ENV, "/data/env", "XDG_DATA_HOME", "/srv/xdg");
        assertThat(DataFolder.resolve(Path.of("/explicit/./dir"), env, "Linux", HOME)).isEqualTo(Path.of("/explicit/dir"));
        assertThat(DataFolder.resolve(Path.of("relative"), env, "Mac OS X", HOME))
                .isEqualTo(Path.of("relative").toAbsolutePath());
    }
}
