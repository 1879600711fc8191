package cn.fuyuan.desk.history;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Ui;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** A record's History view (全程留痕): every change to it, newest first. */
public final class HistoryDialog {
    private HistoryDialog() {
    }

    public static void show(AppContext ctx, String table, Object recordId, String title) {
        open(ctx, ctx.audit().forRecord(table, recordId, cn.fuyuan.desk.store.Vocabulary.childrenOf(table)), false, title);
    }

    /** Every change to any row of a table (e.g. all settings). */
    public static void showTable(AppContext ctx, String table, String title) {
        open(ctx, ctx.audit().list(new cn.fuyuan.desk.store.AuditRepository.Filter(table, null, null, null, null, null, null, 10_000)), true, title);
    }

    private static void open(AppContext ctx, java.util.List<cn.fuyuan.desk.store.AuditRepository.Entry> entries, boolean showRecord, String title) {
        HistoryTable t = new HistoryTable(showRecord);
        t.setReferenceNames(HistoryTable.referenceNames(ctx.db()));
        t.getItems().setAll(entries);
        Stage s = new Stage();
        s.initOwner(ctx.stage());
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(Ui.t("history.of", title));
        cn.fuyuan.desk.ui.ListExport.offer(ctx, new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("history.of", title), "history", t));
        BorderPane root = new BorderPane(t);
        Scene scene = new Scene(root, 900, 420);
        scene.getStylesheets().addAll(ctx.stage().getScene().getStylesheets());
        s.setScene(scene);
        s.show();
    }
}
