package cn.fuyuan.desk.agency;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Lets other features' report tests use the same A4 and embedded-font check. */
public final class AgencyDirectoryReportTestAccess {
    private AgencyDirectoryReportTestAccess() {
    }

    public static void assertA4AndEmbedded(PDDocument doc) throws IOException {
        AgencyDirectoryReportTest.assertA4AndEmbedded(doc);
    }
}
