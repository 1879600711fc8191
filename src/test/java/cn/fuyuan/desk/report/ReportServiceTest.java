package cn.fuyuan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyDirectoryReport;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.settings.OfficeSettings;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

    static final OfficeSettings OFFICE = new OfficeSettings("巴彦淖尔市中级人民法院", "内08", "巴法建",
            "府院联动办公室", "张三", "0478-8123456", "临河区");

    /** A template of the test resources (the documents are laid out by report.document, not by templates). */
    static final String PROBE = "cn/fuyuan/desk/report/probe.jrxml";

    @TempDir
    Path dir;

    static List<Agency> agencies(int n) {
        List<Agency> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new Agency(i, "机关" + i, null, null, "临河区", null, "政法", AgencyLevel.COUNTY,
                    "某某", "局长", "0478-" + (8000000 + i), true));
        }
        return list;
    }

    JasperPrint severalPages() {
        JasperPrint print = AgencyDirectoryReport.fill(ReportService.shared(), OFFICE, agencies(120),
                LocalDate.of(2026, 11, 22));
        assertThat(print.getPages()).hasSizeGreaterThan(2);
        return print;
    }

    @Test
    void templateIsCompiledOnceAndCached() throws Exception {
        ReportService service = new ReportService(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<JasperReport> load = () -> service.template(PROBE);
            List<Future<JasperReport>> results = pool.invokeAll(List.of(load, load, load, load));
            JasperReport first = results.get(0).get();
            for (Future<JasperReport> f : results) {
                assertThat(f.get()).isSameAs(first);
            }
            assertThat(service.template("/" + PROBE)).isSameAs(first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTemplateCompiledAtBuildTimeIsLoadedNotCompiled() throws Exception {
        // a class-path folder holding t.jrxml and a t.jasper compiled from another design: the .jasper wins
        Path root = dir.resolve("cp");
        Path folder = Files.createDirectories(root.resolve("cn/fuyuan/desk/precompiled"));
        try (var in = ReportServiceTest.class.getClassLoader().getResourceAsStream(PROBE)) {
            Files.copy(in, folder.resolve("t.jrxml"));
        }
        net.sf.jasperreports.engine.design.JasperDesign design = net.sf.jasperreports.engine.xml.JRXmlLoader
                .load(folder.resolve("t.jrxml").toFile());
        design.setName("built-ahead");
        net.sf.jasperreports.engine.JasperCompileManager.compileReportToFile(design, folder.resolve("t.jasper").toString());
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {root.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(loader);
            ReportService service = new ReportService(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance());
            assertThat(service.template("cn/fuyuan/desk/precompiled/t.jrxml").getName()).isEqualTo("built-ahead");
            Files.delete(folder.resolve("t.jasper"));
            ReportService fresh = new ReportService(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance());
            assertThat(fresh.template("cn/fuyuan/desk/precompiled/t.jrxml").getName()).isNotEqualTo("built-ahead");
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void missingTemplateIsAClearError() {
        assertThatThrownBy(() -> ReportService.shared().template("cn/fuyuan/desk/nope.jrxml"))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("cn/fuyuan/desk/nope.jrxml");
    }

    @Test
    void progressIsReportedPerPage() {
        JasperPrint print = severalPages();
        int pages = print.getPages().size();
        List<long[]> calls = new ArrayList<>();
        Path out = dir.resolve("p.pdf");
        ReportService.shared().export(print, DocumentFormat.PDF, out, (done, total) -> calls.add(new long[] {done, total}));

        assertThat(out).isRegularFile();
        assertThat(calls).hasSize(pages + 1);
        for (int i = 0; i <= pages; i++) {
            assertThat(calls.get(i)).containsExactly(i, pages);
        }
    }

    @Test
    void cancelledExportLeavesNoFileAndKeepsAnOldOne() throws IOException {
        JasperPrint print = severalPages();
        for (DocumentFormat format : DocumentFormat.values()) {
            Path fresh = dir.resolve("fresh." + format.extension());
            ProgressListener cancelAfterFirstPage = new ProgressListener() {
                long done;

                @Override
                public void progress(long d, long total) {
                    done = d;
                }

                @Override
                public boolean isCancelled() {
                    return done >= 1;
                }
            };
            assertThatThrownBy(() -> ReportService.shared().export(print, format, fresh, cancelAfterFirstPage))
                    .as(format.name())
                    .isInstanceOf(ReportCancelledException.class)
                    .hasMessageContaining(fresh.getFileName().toString());
            assertThat(fresh).as(format.name()).doesNotExist();
        }

        Path existing = dir.resolve("existing.pdf");
        Files.writeString(existing, "old content");
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> ReportService.shared().export(print, DocumentFormat.PDF, existing, cancelled))
                .isInstanceOf(ReportCancelledException.class);
        assertThat(existing).hasContent("old content");

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(existing);
        }
    }

    @Test
    void exportReplacesAnExistingFile() throws IOException {
        Path out = dir.resolve("again.pdf");
        Files.writeString(out, "old content");
        ReportService.shared().export(severalPages(), DocumentFormat.PDF, out, null);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("机关120");
        }
    }

    @Test
    void fillReadsRecordsMapsAndBeans() throws Exception {
        record Row(String name, int count, boolean active) { }
        JRDesignField name = field("name");
        JRDesignField active = field("active");
        JRDesignField nested = field("ignored");
        nested.setDescription("inner.count");

        RowDataSource records = new RowDataSource(List.of(new Row("甲", 1, true), new Row("乙", 2, false)));
        assertThat(records.next()).isTrue();
        assertThat(records.getFieldValue(name)).isEqualTo("甲");
        assertThat(records.getFieldValue(active)).isEqualTo(Boolean.TRUE);
        assertThat(records.next()).isTrue();
        assertThat(records.getFieldValue(name)).isEqualTo("乙");
        assertThat(records.next()).isFalse();
        records.moveFirst();
        assertThat(records.next()).isTrue();
        assertThat(records.getFieldValue(name)).isEqualTo("甲");

        RowDataSource maps = new RowDataSource(List.of(Map.of("name", "丙", "inner", new Row("x", 7, true))));
        assertThat(maps.next()).isTrue();
        assertThat(maps.getFieldValue(name)).isEqualTo("丙");
        assertThat(maps.getFieldValue(nested)).isEqualTo(7);

        RowDataSource beans = new RowDataSource(List.of(new Bean()));
        assertThat(beans.next()).isTrue();
        assertThat(beans.getFieldValue(name)).isEqualTo("丁");

        assertThatThrownBy(() -> {
            RowDataSource bad = new RowDataSource(List.of(new Row("a", 1, true)));
            bad.next();
            bad.getFieldValue(field("missing"));
        }).hasMessageContaining("missing");
    }

    public static class Bean {
        public String getName() {
            return "丁";
        }
    }

    private static JRDesignField field(String name) {
        JRDesignField f = new JRDesignField();
        f.setName(name);
        f.setValueClass(Object.class);
        return f;
    }
}
