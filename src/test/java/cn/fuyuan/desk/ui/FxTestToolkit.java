package cn.fuyuan.desk.ui;

import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * The one way tests start JavaFX (headless on Monocle, see the surefire configuration): through TestFX, whichever test
 * class runs first, and so that closing a window between tests does not end the platform for the next one.
 */
public final class FxTestToolkit {
    private FxTestToolkit() {
    }

    public static void start() throws TimeoutException {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            // JavaFX runs already (an earlier test class): TestFX must not launch it again
            FxToolkit.registerStage(Stage::new);
        } else {
            FxToolkit.registerPrimaryStage();
        }
        Platform.setImplicitExit(false);
    }
}
