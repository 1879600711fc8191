package cn.fuyuan.desk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void knowsItsExtensions() {
        assertThat(DocumentFormat.fromFileName(Path.of("/tmp/机关名录.pdf"))).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.fromFileName(Path.of("名录.DOCX"))).isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentFormat.fromFileName(Path.of("a.b.xlsx"))).isEqualTo(DocumentFormat.XLSX);
        assertThat(DocumentFormat.XLSX.extension()).isEqualTo("xlsx");
    }

    @Test
    void unknownExtensionNamesTheFile() {
        assertThatThrownBy(() -> DocumentFormat.fromFileName(Path.of("/tmp/机关名录.odt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("机关名录.odt");
        assertThatThrownBy(() -> DocumentFormat.fromFileName(Path.of("readme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readme");
    }
}
