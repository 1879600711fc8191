package cn.fuyuan.desk.app;

import cn.fuyuan.desk.store.BackupFile;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * 从备份恢复: the copies in {@code backups/} listed with time, kind, size and schema version (newest
 * first, the newest chosen), or another file chosen from disk. Returns the file to restore.
 */
final class RestoreDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RestoreDialog() {
    }

    static Optional<Path> choose(Window owner, Path backupsFolder, List<BackupFile> backups) {
        Dialog<Path> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Ui.t("restore.title"));
        d.setHeaderText(null);
        TableView<BackupFile> table = new TableView<>();
        table.setId("restore.list");
        table.getColumns().add(column("restore.col.time", b -> TIME.format(b.takenAt()), 150));
        table.getColumns().add(column("restore.col.kind", b -> Ui.t("backup.kind." + b.kind().name()), 160));
        table.getColumns().add(column("restore.col.size", b -> size(b.size()), 90));
        table.getColumns().add(column("restore.col.schema", BackupFile::schemaVersion, 80));
        table.getItems().setAll(backups);
        table.setPlaceholder(new Label(Ui.t("restore.none")));
        table.setPrefSize(540, 280);
        // the columns share the table's width (no empty column at the right); English kinds are the longest
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        if (!backups.isEmpty()) {
            table.getSelectionModel().select(0);
        }
        Path[] other = new Path[1];
        Button otherFile = new Button(Ui.t("restore.otherFile"));
        otherFile.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(Ui.plain(Ui.t("menu.restore")));
            if (backupsFolder.toFile().isDirectory()) {
                fc.setInitialDirectory(backupsFolder.toFile());
            }
            File f = fc.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                other[0] = f.toPath();
                d.setResult(other[0]);
                d.close();
            }
        });
        d.getDialogPane().setContent(new VBox(8, new Label(Ui.t("restore.list")), table, otherFile));
        ButtonType restore = new ButtonType(Ui.t("restore.action"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = Dialogs.cancelButton();
        d.getDialogPane().getButtonTypes().setAll(restore, cancel);
        d.getDialogPane().lookupButton(restore).disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == restore && table.getSelectionModel().getSelectedItem() != null
                ? table.getSelectionModel().getSelectedItem().file() : other[0]);
        return d.showAndWait();
    }

    private static TableColumn<BackupFile, String> column(String key, java.util.function.Function<BackupFile, String> value, double width) {
        TableColumn<BackupFile, String> c = new TableColumn<>(Ui.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.0f KB", Math.max(1, bytes / 1024.0));
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
