package cn.fuyuan.desk.history;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.ui.Windows;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * A record's History window (全程留痕): every change to it, newest first, read by {@link RecordHistoryViewModel} in a
 * background job. Closes with Esc or its 关闭 button.
 */
public final class HistoryDialog {
    private HistoryDialog() {
    }

    public static void show(AppContext ctx, String table, Object recordId, String title) {
        open(ctx, RecordHistoryViewModel.ofRecord(ctx.db(), ctx.audit(), table, recordId), title);
    }

    /** Every change to any row of a table (e.g. all settings). */
    public static void showTable(AppContext ctx, String table, String title) {
        open(ctx, RecordHistoryViewModel.ofTable(ctx.db(), ctx.audit(), table), title);
    }

    private static void open(AppContext ctx, RecordHistoryViewModel vm, String title) {
        HistoryTable t = new HistoryTable(vm.showsRecord());
        t.setPlaceholder(new Label(Ui.t("history.loading")));
        Stage s = new Stage();
        s.initOwner(ctx.stage());
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(Ui.t("history.of", title));
        cn.fuyuan.desk.ui.ListExport.offer(ctx, new cn.fuyuan.desk.ui.ListExport.Shown(Ui.t("history.of", title), "history", t));
        s.setScene(Windows.closable(s, t, 900, 420, ctx.stage()));
        s.show();
        ctx.jobs().run(Ui.t("history.of", title), new Task<RecordHistoryViewModel.Loaded>() {
            @Override
            protected RecordHistoryViewModel.Loaded call() {
                return vm.load();
            }
        }, loaded -> {
            t.setPlaceholder(new Label(Ui.t("history.empty")));
            t.setReferenceNames(loaded.names());
            t.getItems().setAll(loaded.entries());
        }, e -> Dialogs.error(s, e));
    }
}
