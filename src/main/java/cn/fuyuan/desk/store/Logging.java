package cn.fuyuan.desk.store;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import cn.fuyuan.desk.store.DataFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.LoggerFactory;

/**
 * Sends the log to a rolling file {@code logs/fuyuan-desk.log} in the data folder (10 MB × 14 days).
 * Like the database, the folder and every log file are readable by their owner only, whatever the
 * umask: a log names files, agencies and cases.
 */
public final class Logging {
    private Logging() {
    }

    /**
     * Sends the log to {@code dataDir}'s file; called again with another folder (the window's 打开其他数据文件夹), the
     * log moves there and the first folder's file is closed.
     */
    public static Path attachFile(Path dataDir) {
        Path dir = dataDir.resolve("logs");
        try {
            DataFolder.ensure(dir);
        } catch (IOException e) {
            return dir.resolve("fuyuan-desk.log"); // no log file then; the data stays usable
        }
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Path file = dir.resolve("fuyuan-desk.log");
        if (root.getAppender("datafile") instanceof RollingFileAppender<ILoggingEvent> kept) {
            if (Path.of(kept.getFile()).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                return file;
            }
            // another data folder opened in the same window: its log follows it, the old folder's file is closed
            root.detachAppender(kept);
            kept.stop();
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new OwnerOnlyFileAppender();
        appender.setContext(ctx);
        appender.setName("datafile");
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(appender);
        policy.setFileNamePattern(dir.resolve("fuyuan-desk.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        return file;
    }

    /**
     * The command line's log goes to the file only: warnings and errors (a refused file's technical detail, a stack
     * trace) are not printed on the console between the command's own messages (issue 12 §13). The window keeps the
     * console.
     */
    public static void fileOnly() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender("console");
    }

    /** Creates each log file (the first and each one after a roll-over) owner-only before Logback opens it. */
    private static final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {
        @Override
        public void openFile(String fileName) throws IOException {
            Path file = Path.of(fileName);
            DataFolder.openOwnerOnly(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
            super.openFile(fileName);
        }
    }
}
