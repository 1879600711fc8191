package cn.fuyuan.desk.app;

import java.nio.file.Path;

public final class FuYuanApp {
    public static int start(Path dataDir, boolean benchmark) {
        return 0;
    }
}
