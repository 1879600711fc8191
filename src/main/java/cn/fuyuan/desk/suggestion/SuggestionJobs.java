package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The section's reads and writes as jobs off the JavaFX thread: the result goes to {@code done} on the JavaFX
 * thread; a refusal (its message names the field) is shown over the window and nothing else changes.
 */
final class SuggestionJobs {
    private SuggestionJobs() {
    }

    static <T> void run(AppContext ctx, String labelKey, Callable<T> work, Consumer<T> done) {
        run(ctx, labelKey, work, done, message -> { });
    }

    static <T> void run(AppContext ctx, String labelKey, Callable<T> work, Consumer<T> done, Consumer<String> refused) {
        ctx.jobs().run(Ui.t(labelKey), new Task<T>() {
            @Override
            protected T call() throws Exception {
                updateProgress(-1, 1);
                return work.call();
            }
        }, done, t -> {
            if (t instanceof ValidationException v) {
                refused.accept(v.getMessage());
                Dialogs.problem(ctx.stage(), v.getMessage());
            } else {
                Dialogs.error(ctx.stage(), t);
            }
        });
    }
}
