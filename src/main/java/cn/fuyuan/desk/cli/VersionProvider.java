package cn.fuyuan.desk.cli;

import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Versions;
import picocli.CommandLine.IVersionProvider;

/** Version of the application and of the schema it knows. */
public final class VersionProvider implements IVersionProvider {
    public static String appVersion() {
        return Versions.app();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"FuYuan Desk " + appVersion() + " (schema v" + Database.latestKnownVersion() + ", Java "
                + System.getProperty("java.version") + ")"};
    }
}
