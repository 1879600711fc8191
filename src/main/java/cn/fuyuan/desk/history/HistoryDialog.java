package cn.fuyuan.desk.history;

import cn.fuyuan.desk.app.AppContext;
import cn.fuyuan.desk.app.Ui;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** A record's History view (全程留痕): every change to it, newest first. */
public final class HistoryDialog {
    private HistoryDialog() {
    }

    public static void show(AppContext ctx, String table, Object recordId, String title) {
        HistoryTable t = new HistoryTable(false);
        t.getItems().setAll(ctx.audit().forRecord(table, recordId));
        Stage s = new Stage();
        s.initOwner(ctx.stage());
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(Ui.t("history.of", title));
        BorderPane root = new BorderPane(t);
        Scene scene = new Scene(root, 900, 420);
        scene.getStylesheets().addAll(ctx.stage().getScene().getStylesheets());
        s.setScene(scene);
        s.show();
    }
}
