package cn.fuyuan.desk.app;

import cn.fuyuan.desk.agency.AgencyView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** 报表: every printable document, each with a preview first. Later features add their documents here. */
final class ReportsView implements SectionView {
    private final VBox root = new VBox(12);

    ReportsView(AppContext ctx) {
        GridPane docs = new GridPane();
        docs.setHgap(16);
        docs.setVgap(10);
        Label directory = new Label(Ui.t("report.agencyDirectory"));
        Label what = new Label(Ui.t("report.agencyDirectory.what"));
        what.setWrapText(true);
        docs.addRow(0, directory, what,
                Ui.button("report.preview", () -> AgencyView.previewDirectory(ctx, false)));
        cn.fuyuan.desk.caseload.CaseDocuments.addRows(ctx, docs, 1);
        Label later = new Label(Ui.t("report.later"));
        later.setWrapText(true);
        root.getChildren().addAll(Ui.title("nav.reports"), docs, later);
        root.setPadding(new Insets(16));
    }

    @Override
    public Node node() {
        return root;
    }
}
