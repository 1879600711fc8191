package cn.fuyuan.desk;

import cn.fuyuan.desk.cli.Cli;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of {@code java -jar fuyuan-desk.jar}. It does not extend {@code Application}, so that
 * JavaFX from the class path starts, and so that the command line never loads JavaFX at all.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = Cli.run(args, (dataDir, benchmark) -> cn.fuyuan.desk.app.FuYuanApp.start(dataDir, benchmark), out, err);
        } catch (Throwable t) { // an Error the command line's own handler does not see: still an internal error, exit 2
            org.slf4j.LoggerFactory.getLogger(Main.class).error("Internal error", t);
            err.println(cn.fuyuan.desk.i18n.Messages.get("cli.internalError", String.valueOf(t)));
            code = Cli.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
