package cn.fuyuan.desk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * The migrations this build ships (version, script, Flyway's checksum, SQL) and how a database's
 * {@code flyway_schema_history} compares with them. The start-up fast path: a database whose history
 * holds exactly the known migrations, each with its known checksum, opens with one query instead of
 * starting Flyway (about a second of a cold start). Anything else — a new, empty, older, newer, gapped
 * (a migration merged below ones already applied), edited or half-migrated database, or a migration
 * folder it cannot read — goes to {@link Database}'s careful path.
 */
final class SchemaState {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");
    private static volatile Optional<Map<String, Migration>> known;

    /** One versioned SQL migration of this build. */
    record Migration(String version, String script, int checksum, String sql) {
    }

    /** One row of a database's migration history. */
    record Applied(String version, String script, Integer checksum, boolean success) {
    }

    private SchemaState() {
    }

    /** The known migrations by normalised version, in version order; empty when only Flyway can say. */
    static Optional<Map<String, Migration>> knownMigrations() {
        Optional<Map<String, Migration>> k = known;
        if (k == null) {
            k = migrations(SchemaState.class.getClassLoader());
            known = k;
        }
        return k;
    }

    /**
     * The versions of the SQL migrations on the class path ({@code V<version>__<name>.sql}), or empty
     * when the folder holds anything else (a repeatable or Java migration, a per-script config) or cannot
     * be listed: then only Flyway can say.
     */
    static Optional<Set<String>> knownVersions() {
        return knownMigrations().map(Map::keySet);
    }

    static Optional<Set<String>> list(ClassLoader cl) {
        return migrations(cl).map(Map::keySet);
    }

    static Optional<Map<String, Migration>> migrations(ClassLoader cl) {
        try {
            Map<String, Migration> byVersion = new TreeMap<>(SchemaState::compare);
            Enumeration<URL> roots = cl.getResources(LOCATION);
            boolean any = false;
            while (roots.hasMoreElements()) {
                any = true;
                for (String name : names(roots.nextElement())) {
                    Matcher m = VERSIONED.matcher(name);
                    if (!m.matches()) {
                        return Optional.empty();
                    }
                    String sql;
                    try (InputStream in = cl.getResourceAsStream(LOCATION + "/" + name)) {
                        if (in == null) {
                            return Optional.empty();
                        }
                        sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    String version = normalise(m.group(1));
                    if (byVersion.put(version, new Migration(version, name, checksum(sql), sql)) != null) {
                        return Optional.empty(); // two scripts of one version: Flyway refuses, let it say so
                    }
                }
            }
            return any && !byVersion.isEmpty()
                    ? Optional.of(Collections.unmodifiableMap(new LinkedHashMap<>(byVersion)))
                    : Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Flyway's checksum of an SQL script: CRC-32 over the UTF-8 bytes of each line without its line
     * break, a byte-order mark dropped from the first line (so CRLF and LF files sum alike).
     */
    static int checksum(String sql) {
        CRC32 crc = new CRC32();
        try (BufferedReader r = new BufferedReader(new StringReader(sql))) {
            String line = r.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = r.readLine();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        return (int) crc.getValue();
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

    /** The versioned rows of a database's history, in the order applied; empty when it has none. */
    static List<Applied> applied(Connection c) throws SQLException {
        List<Applied> out = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet t = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!t.next() || t.getInt(1) == 0) {
                    return out;
                }
            }
            try (ResultSet r = st.executeQuery("SELECT version, script, checksum, success FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
                while (r.next()) {
                    int checksum = r.getInt(3);
                    out.add(new Applied(normalise(r.getString(1)), r.getString(2), r.wasNull() ? null : checksum,
                            r.getBoolean(4)));
                }
            }
        }
        return out;
    }

    /**
     * True only when the database's history holds successful migrations of exactly the known versions,
     * each with the checksum of the script this build ships, and no failed row; false for everything
     * else (including no history table or an unreadable file).
     */
    static boolean upToDate(DataSource ds) {
        Optional<Map<String, Migration>> k = knownMigrations();
        if (k.isEmpty()) {
            return false;
        }
        try (Connection c = ds.getConnection()) {
            List<Applied> applied = applied(c);
            if (applied.size() != k.get().size()) {
                return false;
            }
            for (Applied a : applied) {
                Migration m = k.get().get(a.version());
                if (!a.success() || m == null || a.checksum() == null || a.checksum() != m.checksum()) {
                    return false;
                }
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The known migrations a database applied from a script other than the one this build ships (an
     * edited migration: a development build's, or a file changed by hand), as "V1" labels; empty when
     * every applied known migration matches, or when the known migrations cannot be listed.
     */
    static List<String> edited(List<Applied> applied) {
        Map<String, Migration> k = knownMigrations().orElse(Map.of());
        List<String> out = new ArrayList<>();
        for (Applied a : applied) {
            Migration m = k.get(a.version());
            if (a.success() && m != null && (a.checksum() == null || a.checksum() != m.checksum())) {
                out.add("V" + a.version());
            }
        }
        return out;
    }

    /** The highest version successfully applied, "0" when none (or no history table yet). */
    static String appliedVersion(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return highest(applied(c));
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    static String highest(List<Applied> applied) {
        String max = "0";
        for (Applied a : applied) {
            if (a.success() && compare(a.version(), max) > 0) {
                max = a.version();
            }
        }
        return max;
    }
}
