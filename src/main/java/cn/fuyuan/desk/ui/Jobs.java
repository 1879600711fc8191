package cn.fuyuan.desk.ui;

import java.util.LinkedHashMap;
import java.util.Map;
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
 *
 * <p>Jobs wait their turn: the bar shows the job that runs (the oldest not finished), Cancel cancels that one, and the
 * bar moves on to the next job when it ends and goes away when none is left. Call from the JavaFX thread.
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
    /** The jobs not finished, in the order they run, with their labels. */
    private final Map<Task<?>, String> waiting = new LinkedHashMap<>();

    public Jobs() {
        relabel();
        cancel.setId("job.cancel");
        cancel.setOnAction(e -> {
            Task<?> running = running();
            if (running != null) {
                running.cancel(true);
            }
        });
        bar.setPrefWidth(160);
        node.setVisible(false);
        node.setManaged(false);
        node.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    }

    /**
     * Its words in the language of now: the bar is made with the application, before the data folder's own language
     * is read, and outlives a change of language (its 取消 stayed Chinese in an English window).
     */
    public void relabel() {
        cancel.setText(Ui.t("action.cancel"));
    }

    public HBox node() {
        return node;
    }

    public boolean busy() {
        return !waiting.isEmpty();
    }

    /** The job the bar shows: the oldest one not finished, or null. */
    Task<?> running() {
        return waiting.isEmpty() ? null : waiting.keySet().iterator().next();
    }

    /** Runs the task; on success the result goes to onDone, on failure to onError (both on the FX thread). */
    public <T> Task<T> run(String labelText, Task<T> task, Consumer<T> onDone, Consumer<Throwable> onError) {
        waiting.put(task, labelText);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                waiting.remove(task);
                showRunning();
                if (state == Worker.State.SUCCEEDED && onDone != null) {
                    onDone.accept(task.getValue());
                } else if (state == Worker.State.FAILED && onError != null) {
                    onError.accept(task.getException());
                }
            }
        });
        showRunning();
        if (Platform.isFxApplicationThread()) {
            executor.submit(task);
        } else {
            Platform.runLater(() -> executor.submit(task));
        }
        return task;
    }

    /**
     * Runs a read off the JavaFX thread (a screen's list, a table's rows) as a job; its result goes to {@code onDone}, a
     * failure to {@code onError}, both on the JavaFX thread.
     */
    public <T> Task<T> read(String labelText, java.util.concurrent.Callable<T> read, Consumer<T> onDone, Consumer<Throwable> onError) {
        return run(labelText, new Task<T>() {
            @Override
            protected T call() throws Exception {
                updateProgress(-1, 1);
                return read.call();
            }
        }, onDone, onError);
    }

    private void showRunning() {
        Task<?> running = running();
        bar.progressProperty().unbind();
        node.setVisible(running != null);
        node.setManaged(running != null);
        if (running != null) {
            label.setText(waiting.get(running));
            bar.progressProperty().bind(running.progressProperty());
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
