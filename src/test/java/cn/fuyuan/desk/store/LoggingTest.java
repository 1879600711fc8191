package cn.fuyuan.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The log follows the data folder: after 打开其他数据文件夹 its lines go to the new folder's file, not the first one's. */
class LoggingTest {
    @Test
    void theLogMovesWithTheDataFolder(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        org.slf4j.Logger log = LoggerFactory.getLogger(LoggingTest.class);

        Path firstFile = Logging.attachFile(first);
        log.info("line for the first folder");
        assertEquals(firstFile, Logging.attachFile(first), "the same folder again keeps its file");
        Path secondFile = Logging.attachFile(second);
        log.info("line for the second folder");

        String a = Files.readString(firstFile, StandardCharsets.UTF_8);
        String b = Files.readString(secondFile, StandardCharsets.UTF_8);
        assertEquals(1, a.split("line for the first folder", -1).length - 1, "attached once: " + a);
        assertFalse(a.contains("line for the second folder"), a);
        assertTrue(b.contains("line for the second folder"), b);
        assertFalse(b.contains("line for the first folder"), b);
    }
}
