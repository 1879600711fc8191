package cn.fuyuan.desk.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** The versions a support call needs, in one place for the command line's --version and the window's 关于. */
public final class Versions {
    private Versions() {
    }

    /** This application's version (the jar's manifest), "dev" when run from the build's classes. */
    public static String app() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The SQLite engine that runs the database, and the driver that carries it: "3.54.1 (sqlite-jdbc 3.54.1.0)". */
    public static String sqlite(Database db) {
        String engine = String.valueOf(db.dsl().fetchValue("select sqlite_version()"));
        return engine + " (sqlite-jdbc " + of(org.sqlite.JDBC.class) + ")";
    }

    public static String jooq() {
        return org.jooq.Constants.VERSION;
    }

    /**
     * The version written in the manifest of the jar that holds {@code c} (Implementation-Version, else the OSGi
     * Bundle-Version that ControlsFX and sqlite-jdbc give); "?" when there is none.
     */
    public static String of(Class<?> c) {
        String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        URL self = c.getResource(c.getSimpleName() + ".class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return "?";
        }
        String s = self.toString();
        try (InputStream in = new URL(s.substring(0, s.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").openStream()) {
            Attributes a = new Manifest(in).getMainAttributes();
            v = a.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
            return v != null ? v : a.getValue("Bundle-Version") != null ? a.getValue("Bundle-Version") : "?";
        } catch (IOException e) {
            return "?";
        }
    }
}
