package cn.fuyuan.desk.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Long work (import, report, backup) runs here, off the JavaFX thread, one job at a time, with a
 * progress bar and a Cancel button in the status bar. The window never freezes.
 */
public final class Jobs {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuyuan-job");
        t.setDaemon(true);
        return t;
    });
    private final ProgressBar bar = new ProgressBar();
    private final Label label = new Label();
    private final Button cancel = new Button();
    private final HBox node = new HBox(6, label, bar, cancel);
    private Task<?> current;

    public Jobs() {
        cancel.setText(Ui.t("action.cancel"));
        cancel.setId("job.cancel");
        cancel.setOnAction(e -> {
            if (current != null) {
                current.cancel(true);
            }
        });
        bar.setPrefWidth(160);
        node.setVisible(false);
        node.setManaged(false);
        node.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    }

    public HBox node() {
        return node;
    }

    public boolean busy() {
        return current != null && current.isRunning();
    }

    /** Runs the task; on success the result goes to onDone, on failure to onError (both on the FX thread). */
    public <T> Task<T> run(String labelText, Task<T> task, Consumer<T> onDone, Consumer<Throwable> onError) {
        current = task;
        label.setText(labelText);
        bar.progressProperty().bind(task.progressProperty());
        node.setVisible(true);
        node.setManaged(true);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                bar.progressProperty().unbind();
                node.setVisible(false);
                node.setManaged(false);
                if (current == task) {
                    current = null;
                }
                if (state == Worker.State.SUCCEEDED && onDone != null) {
                    onDone.accept(task.getValue());
                } else if (state == Worker.State.FAILED && onError != null) {
                    onError.accept(task.getException());
                }
            }
        });
        if (Platform.isFxApplicationThread()) {
            executor.submit(task);
        } else {
            Platform.runLater(() -> executor.submit(task));
        }
        return task;
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
