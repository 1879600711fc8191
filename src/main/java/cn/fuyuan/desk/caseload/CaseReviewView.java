package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.ui.Ui;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The case form's titled part for the white paper (败诉原因, 典型案例), bound to a {@link CaseReviewViewModel}. */
final class CaseReviewView {
    private CaseReviewView() {
    }

    static TitledPane create(CaseReviewViewModel vm) {
        List<LossGround> grounds = new ArrayList<>();
        grounds.add(null);
        grounds.addAll(List.of(LossGround.values()));
        ComboBox<LossGround> ground = new ComboBox<>(FXCollections.observableArrayList(grounds));
        ground.setId("case.lossGround");
        ground.setConverter(new StringConverter<>() {
            @Override
            public String toString(LossGround g) {
                return g == null ? "" : g.label();
            }

            @Override
            public LossGround fromString(String s) {
                return null;
            }
        });
        ground.valueProperty().bindBidirectional(vm.lossGround);
        CheckBox typical = new CheckBox(Ui.t("caseload.review.typical"));
        typical.setId("case.typical");
        typical.selectedProperty().bindBidirectional(vm.typical);
        TextField order = new TextField();
        order.setPrefColumnCount(4);
        order.textProperty().bindBidirectional(vm.typicalOrder);
        TextArea facts = area(vm.basicFacts, "case.basicFacts");
        TextArea judgment = area(vm.judgment, "case.judgment");
        TextArea significance = area(vm.significance, "case.significance");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label(Ui.t("caseload.review.lossGround")), ground, typical, new Label(Ui.t("caseload.review.order")), order);
        g.add(new Label(Ui.t("caseload.review.basicFacts")), 0, r);
        g.add(facts, 1, r++, 4, 1);
        g.add(new Label(Ui.t("caseload.review.judgment")), 0, r);
        g.add(judgment, 1, r++, 4, 1);
        g.add(new Label(Ui.t("caseload.review.significance")), 0, r);
        g.add(significance, 1, r, 4, 1);
        facts.disableProperty().bind(vm.typical.not());
        judgment.disableProperty().bind(vm.typical.not());
        significance.disableProperty().bind(vm.typical.not());
        order.disableProperty().bind(vm.typical.not());
        TitledPane pane = new TitledPane(Ui.t("caseload.review.title"), g);
        pane.setId("case.review");
        pane.setExpanded(vm.typical.get() || vm.lossGround.get() != null);
        return pane;
    }

    private static TextArea area(javafx.beans.property.StringProperty p, String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        GridPane.setHgrow(a, Priority.ALWAYS);
        a.textProperty().bindBidirectional(p);
        return a;
    }
}
