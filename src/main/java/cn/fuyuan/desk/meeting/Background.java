package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * The meeting screens' reads and writes, off the JavaFX thread through the window's jobs: the result comes back to
 * the JavaFX thread; a refusal ({@link ValidationException}, its message naming the field) goes to {@code refused},
 * anything else to the error dialog.
 */
final class Background {
    private final AppContext ctx;
    private final Consumer<String> refused;

    Background(AppContext ctx, Consumer<String> refused) {
        this.ctx = ctx;
        this.refused = refused;
    }

    <T> void run(Supplier<T> work, Consumer<T> done) {
        ctx.jobs().run(Ui.t("meeting.working"), new Task<T>() {
            @Override
            protected T call() {
                updateProgress(-1, 1);
                return work.get();
            }
        }, done, t -> {
            if (t instanceof ValidationException v) {
                refused.accept(v.getMessage().replace('\n', '；'));
            } else {
                Dialogs.error(ctx.stage(), t);
            }
        });
    }

    void runThen(Runnable work, Runnable done) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, x -> done.run());
    }
}
