package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The case form's part for the white paper: 败诉原因 and 典型案例 with 基本案情, 裁判结果, 典型意义 and the order. */
public final class CaseReviewViewModel {
    public final ObjectProperty<LossGround> lossGround = new SimpleObjectProperty<>();
    public final BooleanProperty typical = new SimpleBooleanProperty();
    public final StringProperty typicalOrder = new SimpleStringProperty("");
    public final StringProperty basicFacts = new SimpleStringProperty("");
    public final StringProperty judgment = new SimpleStringProperty("");
    public final StringProperty significance = new SimpleStringProperty("");

    public void load(CaseReview r) {
        lossGround.set(r == null ? null : r.lossGround());
        typical.set(r != null && r.typical());
        typicalOrder.set(r == null || !r.typical() ? "" : Integer.toString(r.typicalOrder()));
        basicFacts.set(r == null || r.basicFacts() == null ? "" : r.basicFacts());
        judgment.set(r == null || r.judgment() == null ? "" : r.judgment());
        significance.set(r == null || r.significance() == null ? "" : r.significance());
    }

    /**
     * The problems naming each field: a 败诉原因 only on a case the agency lost (the result the case form holds), and the
     * order a whole number.
     */
    public List<Problem> check(CaseResult result, boolean includeCompensation) {
        List<Problem> out = new ArrayList<>();
        if (lossGround.get() != null && !LossRules.lost(result, includeCompensation)) {
            out.add(Problem.ofField("lossGround", Messages.get("caseload.review.groundNeedsLoss", lossGround.get().label(),
                    result == null ? "—" : result.label())));
        }
        if (!typicalOrder.get().isBlank() && !typicalOrder.get().strip().matches("\\d{1,6}")) {
            out.add(Problem.ofField("typicalOrder", Messages.get("caseload.review.badOrder", typicalOrder.get())));
        }
        return out;
    }

    public CaseReview build(int caseId) {
        String o = typicalOrder.get().strip();
        return new CaseReview(caseId, lossGround.get(), typical.get(), o.matches("\\d{1,6}") ? Integer.parseInt(o) : 0,
                basicFacts.get(), judgment.get(), significance.get());
    }
}
