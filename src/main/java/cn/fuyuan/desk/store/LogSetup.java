package cn.fuyuan.desk.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, in code (found through {@code META-INF/services}) rather than a
 * {@code logback.xml}: parsing XML with Joran cost about 300 ms of every cold start, before the window
 * could even begin. The console gets warnings only; the window and commands add a rolling file in the
 * data folder ({@link Logging#attachFile}).
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%-5level %logger{30} - %msg%n");
        encoder.start();
        ThresholdFilter warn = new ThresholdFilter();
        warn.setLevel("WARN");
        warn.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(ctx);
        console.setName("console");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(warn);
        console.start();

        ctx.getLogger("org.flywaydb").setLevel(Level.WARN);
        ctx.getLogger("org.jooq").setLevel(Level.WARN);
        ctx.getLogger("org.jooq.Constants").setLevel(Level.OFF);
        ctx.getLogger("net.sf.jasperreports").setLevel(Level.WARN);
        ctx.getLogger("org.apache.poi").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
