package cn.fuyuan.desk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per data folder: the window or a writing command holds an OS file lock on
 * {@code fuyuan.lock}. A second instance is told who holds it instead of sharing writes.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "fuyuan.lock";

    /**
     * Lock files this process holds. A second channel on a held file must not even be opened: on POSIX
     * systems closing any descriptor of a file drops all of the process's locks on it, so a reader
     * opening the folder beside the window would silently free it for another process.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) already holds it. */
    public static Optional<InstanceLock> tryAcquire(Path dataDir) throws IOException {
        Path file = key(dataDir);
        if (!HELD.add(file)) {
            return Optional.empty();
        }
        boolean acquired = false;
        try {
            FileChannel channel = DataFolder.openOwnerOnly(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            // the pid first, then the rest cut off: a reader never sees the file empty (it once told a
            // second instance that "process " held the folder)
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(pid), 0);
            channel.truncate(pid.length);
            channel.force(false);
            acquired = true;
            return Optional.of(new InstanceLock(file, channel, lock));
        } finally {
            if (!acquired) {
                HELD.remove(file);
            }
        }
    }

    /** The lock file, named the same way however the folder was spelled (symlinks, relative paths). */
    private static Path key(Path dataDir) {
        Path dir;
        try {
            dir = dataDir.toRealPath();
        } catch (IOException e) {
            dir = dataDir.toAbsolutePath().normalize();
        }
        return dir.resolve(FILE_NAME);
    }

    /** The process id written by the holder, if readable. */
    public static String holder(Path dataDir) {
        if (HELD.contains(key(dataDir))) {
            // this process: reading the file would open (and close) a descriptor on it, dropping the lock
            return String.valueOf(ProcessHandle.current().pid());
        }
        try {
            String pid = java.nio.file.Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
            return pid.matches("[0-9]+") ? pid : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(file);
            }
        }
    }
}
