package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Ui;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The window's status bar: the data file, the schema version, and the running jobs. */
final class StatusBarView {
    private StatusBarView() {
    }

    static HBox create(AppContext ctx) {
        Label path = new Label(Ui.t("status.data", ctx.db().file()));
        path.setId("status.data");
        Label schema = new Label(Ui.t("status.schema", ctx.db().schemaVersion()));
        schema.setId("status.schema");
        HBox bar = new HBox(16, path, schema, Ui.spacer(), ctx.jobs().node());
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setStyle("-fx-background-color: derive(-fx-base, -4%); -fx-border-color: derive(-fx-base, -15%) transparent transparent transparent;");
        return bar;
    }
}
