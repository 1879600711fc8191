package cn.fuyuan.desk.store;

import java.nio.file.Path;

/** Run in a separate JVM by {@link InstanceLockTest}: tries to open the folder for writing, prints OPENED or LOCKED. */
public final class LockProbeMain {
    private LockProbeMain() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]), Database.Mode.WRITE)) {
            System.out.println("OPENED");
        } catch (StoreException e) {
            System.out.println("LOCKED");
        }
    }
}
