package cn.fuyuan.desk.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table cell of many lines keeps every line, 14 pt apart, inside its row (read back from our PDF). */
class TableCellsTest {
    @TempDir
    Path dir;

    @Test
    void aLongCellKeepsEveryLineOnTheCellPitch() throws IOException {
        for (int lines : new int[] {1, 5, 9}) {
            String text = "甲乙丙丁戊己庚".repeat(lines - 1) + "末尾";
            Table t = Table.of("表", List.of(Column.text("名称", 85), Column.text("其他", 357)),
                    List.of(List.of(Cell.text(text), Cell.text("x")), List.of(Cell.text("下一行"), Cell.text("y"))));
            Path pdf = dir.resolve("cell" + lines + ".pdf");
            DocumentRenderer.write(OfficialDocument.builder("测试").table(t).build(), DocumentFormat.PDF, pdf, ProgressListener.NONE);
            List<double[]> ys = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                new PDFTextStripper() {
                    @Override
                    protected void writeString(String s, List<TextPosition> tp) {
                        texts.add(s);
                        ys.add(new double[] {tp.get(0).getYDirAdj()});
                    }
                }.getText(doc);
            }
            int first = texts.indexOf(lines == 1 ? "末尾" : "甲乙丙丁戊己庚");
            int last = texts.indexOf("末尾");
            assertThat(last).as("%d lines: the last line is printed", lines).isPositive();
            assertThat(last - first + 1).as("%d lines printed", lines).isEqualTo(lines);
            for (int i = first + 1; i <= last; i++) {
                assertThat(ys.get(i)[0] - ys.get(i - 1)[0]).as("pitch").isCloseTo(PdfLayout.CELL_LINE, offset(0.3));
            }
            // the next row starts below the cell's last line
            assertThat(ys.get(texts.indexOf("下一行"))[0]).isGreaterThan(ys.get(last)[0] + PdfLayout.CELL_LINE);
        }
    }
}
