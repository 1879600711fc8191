package cn.fuyuan.desk.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The fast path of opening a database: which migrations this build ships, and whether a database has
 * exactly those applied, found with one query on {@code flyway_schema_history} instead of starting
 * Flyway (which costs about a second of a cold start). Whenever the answer is not a plain "up to date"
 * — a new, empty, older, newer or half-migrated database, or a migration folder it cannot read —
 * {@link Database} hands the decision to Flyway as before (copy aside, migrate, restore on failure).
 */
final class SchemaState {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");
    private static volatile Optional<Set<String>> known;

    private SchemaState() {
    }

    /**
     * The versions of the SQL migrations on the class path ({@code V<version>__<name>.sql}), or empty
     * when the folder holds anything else (a repeatable or Java migration, a per-script config) or cannot
     * be listed: then only Flyway can say.
     */
    static Optional<Set<String>> knownVersions() {
        Optional<Set<String>> k = known;
        if (k == null) {
            k = list(SchemaState.class.getClassLoader());
            known = k;
        }
        return k;
    }

    static Optional<Set<String>> list(ClassLoader cl) {
        try {
            Set<String> versions = new TreeSet<>();
            Enumeration<URL> roots = cl.getResources(LOCATION);
            boolean any = false;
            while (roots.hasMoreElements()) {
                any = true;
                for (String name : names(roots.nextElement())) {
                    Matcher m = VERSIONED.matcher(name);
                    if (!m.matches()) {
                        return Optional.empty();
                    }
                    versions.add(normalise(m.group(1)));
                }
            }
            return any && !versions.isEmpty() ? Optional.of(versions) : Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** File names directly in the folder the URL names (a directory or a folder inside a jar). */
    private static List<String> names(URL root) throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        switch (root.getProtocol()) {
            case "file" -> {
                try (Stream<Path> s = Files.list(Path.of(root.toURI()))) {
                    s.filter(Files::isRegularFile).forEach(p -> out.add(p.getFileName().toString()));
                }
            }
            case "jar" -> {
                JarURLConnection c = (JarURLConnection) root.openConnection();
                c.setUseCaches(false);
                String prefix = c.getEntryName().endsWith("/") ? c.getEntryName() : c.getEntryName() + "/";
                try (JarFile jar = c.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String n = entries.nextElement().getName();
                        if (n.startsWith(prefix) && n.length() > prefix.length()) {
                            String rest = n.substring(prefix.length());
                            if (rest.indexOf('/') < 0) {
                                out.add(rest);
                            } else {
                                throw new IOException("nested folder " + n);
                            }
                        }
                    }
                }
            }
            default -> throw new IOException("cannot list " + root);
        }
        return out;
    }

    /** "1", "1.0" and "1_0" are the same version to Flyway: no trailing zero parts, dots. */
    static String normalise(String version) {
        String[] parts = version.replace('_', '.').split("\\.");
        int n = parts.length;
        while (n > 1 && parts[n - 1].chars().allMatch(ch -> ch == '0')) {
            n--;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append('.');
            }
            b.append(parts[i].replaceFirst("^0+(?=.)", ""));
        }
        return b.toString();
    }

    /** The highest known version, compared part by part as numbers. */
    static Optional<String> latestKnown() {
        return knownVersions().map(vs -> vs.stream().max(SchemaState::compare).orElseThrow());
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger p = new java.math.BigInteger(i < x.length ? x[i] : "0");
            java.math.BigInteger q = new java.math.BigInteger(i < y.length ? y[i] : "0");
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * True only when the database's history holds successful migrations of exactly the known versions
     * and no failed row; false for everything else (including no history table or an unreadable file).
     */
    static boolean upToDate(DataSource ds) {
        Optional<Set<String>> k = knownVersions();
        if (k.isEmpty()) {
            return false;
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet t = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!t.next() || t.getInt(1) == 0) {
                    return false;
                }
            }
            Set<String> applied = new TreeSet<>();
            try (ResultSet r = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                while (r.next()) {
                    if (!r.getBoolean(2)) {
                        return false;
                    }
                    applied.add(normalise(r.getString(1)));
                }
            }
            return applied.equals(k.get());
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The highest version successfully applied, "0" when none (or no history table yet). */
    static String appliedVersion(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet t = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!t.next() || t.getInt(1) == 0) {
                    return "0";
                }
            }
            String max = "0";
            try (ResultSet r = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                while (r.next()) {
                    String v = normalise(r.getString(1));
                    if (compare(v, max) > 0) {
                        max = v;
                    }
                }
            }
            return max;
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
