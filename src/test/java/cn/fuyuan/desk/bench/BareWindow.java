package cn.fuyuan.desk.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: the smallest JavaFX window of the same size, started from the
 * class path the same way, printing its first shown frame exactly as {@code --startup-benchmark} does
 * (JVM start → the pulse after {@code onShown}) and exiting. Not an {@code Application} in its main
 * class, like {@code cn.fuyuan.desk.Main}, so JavaFX starts from the class path.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: one label, 1200×760 like FuYuan Desk's first frame. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("FuYuan")), 1200, 760));
            stage.setTitle("bare");
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-frame-ms=" + ms);
                Platform.exit();
            }));
            stage.show();
        }
    }
}
