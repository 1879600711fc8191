package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The letter's attachments (附件): the list, add (at most {@link SuggestionRepository#MAX_ATTACHMENT_BYTES}), save as, remove. */
final class SuggestionAttachmentsView {
    private final AppContext ctx;
    private final SuggestionScreens screens;
    private final SuggestionFormViewModel form;
    private final ListView<SuggestionRepository.AttachmentInfo> list = new ListView<>();
    private final VBox root;

    SuggestionAttachmentsView(AppContext ctx, SuggestionScreens screens, SuggestionFormViewModel form) {
        this.ctx = ctx;
        this.screens = screens;
        this.form = form;
        list.setId("suggestion.attachments");
        list.setPrefHeight(90);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SuggestionRepository.AttachmentInfo a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.fileName() + "（" + Math.max(1, a.sizeBytes() / 1024) + " KB）");
            }
        });
        HBox buttons = new HBox(6, Ui.button("suggestion.attachment.add", this::add),
                Ui.button("suggestion.attachment.saveAs", this::saveAs),
                Ui.button("suggestion.attachment.remove", this::remove));
        root = new VBox(6, list, buttons);
    }

    Node node() {
        return root;
    }

    /** Shows these attachments (read with the letter). */
    void show(List<SuggestionRepository.AttachmentInfo> files) {
        list.getItems().setAll(files);
    }

    /** Reads the letter's attachments again in a job (none for a new letter). */
    void reload(Integer letterId) {
        if (letterId == null) {
            show(List.of());
            return;
        }
        SuggestionJobs.run(ctx, "suggestion.loading", () -> screens.attachments(letterId), files -> {
            if (letterId.equals(form.idProperty().get())) {
                show(files);
            }
        });
    }

    private void add() {
        Integer id = form.idProperty().get();
        if (id == null) {
            Dialogs.problem(ctx.stage(), Ui.t("suggestion.attachment.saveFirst"));
            return;
        }
        File f = new FileChooser().showOpenDialog(ctx.stage());
        if (f == null) {
            return;
        }
        if (f.length() > SuggestionRepository.MAX_ATTACHMENT_BYTES) {
            Dialogs.problem(ctx.stage(), Ui.t("suggestion.attachmentTooLarge", f.getName(),
                    String.format(Locale.ROOT, "%.1f", f.length() / 1024.0 / 1024.0), SuggestionRepository.MAX_ATTACHMENT_BYTES / 1024 / 1024));
            return;
        }
        SuggestionJobs.run(ctx, "suggestion.working", () -> {
            screens.addAttachment(id, f.toPath());
            return null;
        }, x -> reload(id));
    }

    private void saveAs() {
        SuggestionRepository.AttachmentInfo a = list.getSelectionModel().getSelectedItem();
        if (a == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(a.fileName());
        File f = chooser.showSaveDialog(ctx.stage());
        if (f != null) {
            SuggestionJobs.run(ctx, "suggestion.working", () -> {
                screens.saveAttachment(a.id(), f.toPath());
                return null;
            }, x -> { });
        }
    }

    private void remove() {
        SuggestionRepository.AttachmentInfo a = list.getSelectionModel().getSelectedItem();
        Integer id = form.idProperty().get();
        if (a != null && Dialogs.confirm(ctx.stage(), Ui.t("suggestion.attachment.removeConfirm", a.fileName()))) {
            SuggestionJobs.run(ctx, "suggestion.working", () -> {
                screens.removeAttachment(a.id());
                return null;
            }, x -> reload(id));
        }
    }
}
