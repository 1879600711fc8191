package cn.fuyuan.desk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * A build step, not a test: compiles every {@code .jrxml} under the classes folder to a {@code .jasper}
 * beside it (the pom runs it in prepare-package, so the jar carries both and {@code ReportService} loads
 * the compiled one; the tests before it compile the sources, and process-resources deletes old
 * {@code .jasper} files, so a stale one never stands in for an edited template).
 *
 * <p>Argument: the classes folder ({@code target/classes}).
 */
public final class CompileTemplates {
    private CompileTemplates() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        List<Path> templates;
        try (Stream<Path> s = Files.walk(classes)) {
            templates = s.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString();
            Path jasper = jrxml.resolveSibling(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
            JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
        }
        System.out.println("compiled " + templates.size() + " report templates to .jasper under " + classes);
    }
}
