package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.agency.AgencyView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** 报表: every printable document, each with a preview first (the letters and minutes are printed from their own screen). */
final class ReportsView implements SectionView {
    private final VBox root = new VBox(12);

    ReportsView(AppContext ctx, Runnable openWhitePaper) {
        GridPane docs = new GridPane();
        docs.setHgap(16);
        docs.setVgap(10);
        Label directory = new Label(Ui.t("report.agencyDirectory"));
        Label what = new Label(Ui.t("report.agencyDirectory.what"));
        what.setWrapText(true);
        docs.addRow(0, directory, what,
                Ui.button("report.preview", () -> AgencyView.previewDirectory(ctx, false)));
        int year = java.time.LocalDate.now().getYear();
        docs.addRow(1, new Label(Ui.t("report.suggestionRegister")), wrapped("report.suggestionRegister.what"),
                Ui.button("report.suggestionRegister.preview", () -> cn.fuyuan.desk.suggestion.SuggestionView.previewRegister(ctx, year)));
        docs.addRow(2, new Label(Ui.t("report.suggestionChase")), wrapped("report.suggestionChase.what"),
                Ui.button("report.suggestionChase.preview", () -> cn.fuyuan.desk.suggestion.SuggestionView.previewChaseAll(ctx)));
        docs.addRow(3, new Label(Ui.t("report.suggestionLetter")), wrapped("report.suggestionLetter.what"), new Label());
        docs.addRow(4, new Label(Ui.t("report.followUp")), wrapped("report.followUp.what"),
                Ui.button("report.followUp", () -> cn.fuyuan.desk.meeting.MeetingView.previewFollowUp(ctx, null)));
        docs.addRow(5, new Label(Ui.t("report.minutes")), wrapped("report.minutes.what"), new Label());
        docs.addRow(6, new Label(Ui.t("report.ics")), wrapped("report.ics.what"),
                Ui.button("report.ics", () -> cn.fuyuan.desk.meeting.MeetingView.exportIcs(ctx)));
        int next = cn.fuyuan.desk.caseload.CaseDocumentsDialog.addRows(ctx, docs, 7);
        cn.fuyuan.desk.appearance.FiguresView.addRows(ctx, docs, next);
        docs.addRow(docs.getRowCount(), new Label(Ui.t("report.whitepaper")), wrapped("report.whitepaper.what"),
                Ui.button("report.whitepaper.open", openWhitePaper));
        // the document's name and its button take the width they need (English ones are longer); the description the rest
        javafx.scene.layout.ColumnConstraints name = new javafx.scene.layout.ColumnConstraints();
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints description = new javafx.scene.layout.ColumnConstraints();
        description.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        description.setMinWidth(160);
        javafx.scene.layout.ColumnConstraints action = new javafx.scene.layout.ColumnConstraints();
        action.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        docs.getColumnConstraints().setAll(name, description, action);
        docs.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Button b) {
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        root.getChildren().addAll(Ui.title("nav.reports"), docs);
        root.setPadding(new Insets(16));
    }

    private static Label wrapped(String key) {
        Label l = new Label(Ui.t(key));
        l.setWrapText(true);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }
}
