package cn.fuyuan.desk.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GB/T 9704 §7.3.5: the 署名 and 成文日期 never stand alone on a page. Texts of every length around a page's end
 * (one-line and three-line paragraphs), read back from our PDF: the signature's page always has body text above it.
 */
class SignatureNeverAloneTest {
    static final String SIGNER = "巴彦淖尔市中级人民法院";
    static final String LONG = "行政机关负责人出庭应诉是法定义务，是推进法治政府建设、实质性化解行政争议的重要举措。";

    @TempDir
    Path dir;

    @Test
    void theSignatureTakesTextWithItOntoItsPage() throws IOException {
        int carried = 0;
        for (int k = 12; k <= 24; k++) {
            for (boolean longLast : new boolean[] {false, true}) {
                OfficialDocument.Builder b = OfficialDocument.builder("测试").author("测试");
                for (int i = 0; i < k; i++) {
                    b.paragraph("第" + i + "段。");
                }
                if (longLast) {
                    b.paragraph(LONG + LONG);
                }
                b.signature(SIGNER, LocalDate.of(2025, 7, 1));
                Path pdf = dir.resolve("s" + k + longLast + ".pdf");
                DocumentRenderer.write(b.build(), DocumentFormat.PDF, pdf, ProgressListener.NONE);
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    int pages = doc.getNumberOfPages();
                    PDFTextStripper st = new PDFTextStripper();
                    st.setStartPage(pages);
                    st.setEndPage(pages);
                    List<String> lines = new ArrayList<>(List.of(st.getText(doc).strip().split("\\R")));
                    assertThat(lines).as("k=%d long=%s", k, longLast).contains(SIGNER);
                    List<String> before = lines.subList(0, lines.indexOf(SIGNER));
                    assertThat(before).as("k=%d long=%s: text above the signature on page %d", k, longLast, pages)
                            .anyMatch(l -> !l.isBlank() && !l.startsWith("—"));
                    if (pages > 1 && longLast) {
                        // the long paragraph was split: its last lines moved, its first ones stayed
                        st.setStartPage(pages - 1);
                        st.setEndPage(pages - 1);
                        if (st.getText(doc).contains("行政机关负责人出庭应诉是法定义务")) {
                            carried++;
                        }
                    }
                }
            }
        }
        assertThat(carried).as("a paragraph split so that its last lines go with the signature").isPositive();
    }
}
