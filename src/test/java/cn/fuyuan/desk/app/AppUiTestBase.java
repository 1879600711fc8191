package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.Dialogs;
import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.ui.FxTestToolkit;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application (FuYuanApp) on a data folder in a temp directory, headless on Monocle
 * (see the surefire configuration), and closes it after each test.
 */
abstract class AppUiTestBase extends FxRobot {
    static final long WAIT_S = 20;

    @TempDir
    Path dataDir;
    Application app;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxTestToolkit.start();
    }

    /** Writes the demonstration data, so that the window opens without offering it. */
    void withDemoData() {
        try (Database db = Database.open(dataDir, Database.Mode.WRITE)) {
            DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        }
    }

    /** Starts the window and waits until the database is open and the shell is built. */
    void startApp() throws TimeoutException {
        startApp(dataDir);
    }

    /** Runs on the JavaFX thread and waits for the answer. */
    static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    /** Starts the window on another folder (e.g. one inside the temp directory, to have a sibling beside it). */
    void startApp(Path folder) throws TimeoutException {
        FuYuanApp.useDataFolder(folder);
        app = FxToolkit.setupApplication(FuYuanApp.class);
        waitUntil(() -> node("nav").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeApp() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        Messages.setLocale(Messages.CHINESE);
    }

    /** A node by id; ids with dots would be CSS classes in a selector, so compare the id itself. */
    Optional<Node> node(String id) {
        return lookup((Predicate<Node>) n -> id.equals(n.getId())).tryQuery();
    }

    Node must(String id) {
        return node(id).orElseThrow(() -> new AssertionError("no node with id " + id));
    }

    <T extends Node> T must(String id, Class<T> type) {
        return type.cast(must(id));
    }

    void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, condition);
    }

    /** For work that writes a whole database (a demo folder created, migrated and filled): longer on a loaded machine. */
    void waitLongUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(6 * WAIT_S, TimeUnit.SECONDS, condition);
    }

    void showSection(Section s) throws TimeoutException {
        // the window may just have been rebuilt (demo loaded, language switched): wait for its nav cells
        waitUntil(() -> node("nav-" + s.name()).map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        clickOn(must("nav-" + s.name()));
        waitUntil(() -> node("section-" + s.name()).map(n -> n.getScene() != null).orElse(false));
    }

    /** The dialog that is open now (an Alert of Dialogs), if any. */
    Optional<DialogPane> dialog() {
        return listWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane)
                .map(DialogPane.class::cast)
                .findFirst();
    }

    DialogPane awaitDialog() throws TimeoutException {
        waitUntil(() -> dialog().isPresent());
        return dialog().orElseThrow();
    }

    /** Answers the unsaved-changes dialog with the button of this id (unsaved.save / discard / cancel) and waits until it is gone. */
    void answerUnsaved(String buttonId) throws TimeoutException {
        DialogPane pane = awaitDialog();
        assertThat(pane.getId()).isEqualTo("unsaved.dialog");
        Window w = pane.getScene().getWindow();
        Node b = from(pane).lookup((Predicate<Node>) n -> buttonId.equals(n.getId())).query();
        clickOn(b);
        waitUntil(() -> !w.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the dialog's button with this text (是, 否, 确定 …) and waits until the dialog is gone. */
    void clickDialogButton(DialogPane pane, String text) throws TimeoutException {
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in " + pane.getButtonTypes()));
        Node button = pane.lookupButton(type);
        assertThat(((Labeled) button).getText()).isEqualTo(text);
        Window window = pane.getScene().getWindow();
        clickOn(button);
        waitUntil(() -> !window.isShowing());
    }

    /** The number of agencies in the data folder's file, read beside the running window. */
    int agenciesInFile() {
        try (Database db = Database.open(dataDir, Database.Mode.READ)) {
            return db.dsl().fetchCount(cn.fuyuan.desk.store.jooq.Tables.AGENCY);
        }
    }
}
