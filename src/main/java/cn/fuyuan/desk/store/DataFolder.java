package cn.fuyuan.desk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Where the data lives: the OS data folder, unless {@code --data DIR} or FUYUAN_DESK_DATA says otherwise. */
public final class DataFolder {
    public static final String ENV = "FUYUAN_DESK_DATA";

    private DataFolder() {
    }

    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Path override, Map<String, String> env, String osName, Path home) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("FuYuanDesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("FuYuanDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("fuyuan-desk");
    }

    /** Creates the folder if needed; readable by its owner only where the OS allows. */
    public static Path ensure(Path dir) throws IOException {
        Files.createDirectories(dir);
        ownerOnly(dir, true);
        return dir;
    }

    /**
     * Opens {@code file}, creating it readable and writable by its owner only (whatever the umask) where
     * the file system knows POSIX permissions; an existing file is made owner-only too.
     */
    public static FileChannel openOwnerOnly(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> opts = new HashSet<>(Arrays.asList(options));
        Path dir = file.toAbsolutePath().getParent();
        FileChannel channel;
        if (dir != null && Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            channel = FileChannel.open(file, opts, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            channel = FileChannel.open(file, opts);
        }
        ownerOnly(file, false);
        return channel;
    }

    /** rwx------ for folders, rw------- for files, on file systems that know POSIX permissions. */
    public static void ownerOnly(Path path, boolean directory) {
        try {
            if (Files.exists(path) && Files.getFileStore(path).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: not every file system lets us (e.g. a shared folder); the data stays usable
        }
    }
}
