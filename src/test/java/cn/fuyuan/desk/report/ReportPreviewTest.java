package cn.fuyuan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyDirectoryReport;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.settings.OfficeSettings;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs on Monocle (headless JavaFX), configured by surefire. */
class ReportPreviewTest {

    static final Map<String, String> ZH = Map.of(
            "preview.previous", "上一页", "preview.next", "下一页", "preview.page", "第 {0} / {1} 页",
            "preview.zoomIn", "放大", "preview.zoomOut", "缩小", "preview.savePdf", "保存为 PDF",
            "preview.saveDocx", "保存为 Word", "preview.saveXlsx", "保存为 Excel", "preview.print", "打印");

    @BeforeAll
    static void startFx() throws java.util.concurrent.TimeoutException {
        cn.fuyuan.desk.ui.FxTestToolkit.start();
    }

    static <T> T onFx(Supplier<T> action) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(action.get());
            } catch (Throwable t) {
                error.set(t);
            } finally {
                done.countDown();
            }
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        if (error.get() != null) {
            throw new AssertionError(error.get());
        }
        return result.get();
    }

    static Image awaitImage(ReportPreview preview) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Image image = onFx(() -> preview.renderingProperty().get() ? null : preview.getPageImage());
            if (image != null) {
                return image;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("page was not rendered");
    }

    @Test
    void pagesThroughTheReportAndHandsSaveAndPrintToTheCaller() throws Exception {
        List<Agency> agencies = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            agencies.add(new Agency(i, "机关" + i, null, null, "临河区", null, null, AgencyLevel.CITY, null, null,
                    null, true));
        }
        JasperPrint print = AgencyDirectoryReport.fill(ReportService.shared(),
                new OfficeSettings("巴彦淖尔市中级人民法院", null, null, null, null, null, null), agencies,
                LocalDate.of(2026, 11, 22));
        int pages = print.getPages().size();
        assertThat(pages).isGreaterThan(1);

        List<DocumentFormat> saved = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        ReportPreview preview = onFx(() -> {
            ReportPreview p = new ReportPreview(print, ZH::get);
            p.setOnSave(saved::add);
            p.setOnPrint(() -> printed.add("print"));
            Stage stage = new Stage();
            stage.setScene(new Scene(p, 900, 700));
            stage.show();
            return p;
        });

        Image first = awaitImage(preview);
        assertThat(first.getWidth()).isCloseTo(595, org.assertj.core.data.Offset.offset(2.0));
        assertThat(onFx(preview::getPageLabelText)).isEqualTo("第 1 / " + pages + " 页");

        onFx(() -> {
            button(preview, "下一页").fire();
            return null;
        });
        assertThat(onFx(preview::getPageLabelText)).isEqualTo("第 2 / " + pages + " 页");
        awaitImage(preview);

        onFx(() -> {
            button(preview, "放大").fire();
            return null;
        });
        Image zoomed = awaitImage(preview);
        assertThat(zoomed.getWidth()).isGreaterThan(first.getWidth() * 1.2);

        onFx(() -> {
            preview.showPage(99);
            return null;
        });
        assertThat(onFx(preview::getPageIndex)).isEqualTo(pages - 1);
        assertThat(onFx(() -> button(preview, "下一页").isDisabled())).isTrue();

        onFx(() -> {
            button(preview, "保存为 Word").fire();
            button(preview, "打印").fire();
            return null;
        });
        assertThat(saved).containsExactly(DocumentFormat.DOCX);
        assertThat(printed).containsExactly("print");
    }

    static Button button(ReportPreview preview, String text) {
        ToolBar bar = (ToolBar) preview.getTop();
        return bar.getItems().stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText()))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }
}
