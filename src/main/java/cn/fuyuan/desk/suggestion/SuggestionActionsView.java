package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.suggestion.SuggestionRules.Step;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/**
 * The letter's workflow buttons (保存 提交 退回 签发 送达 回证 回复 办结 撤回 优秀 作废 打印 历史): each enabled as the
 * {@link SuggestionWorkflowViewModel} allows it, each step asked in a small dialog and written in a job.
 */
final class SuggestionActionsView {
    private final AppContext ctx;
    private final SuggestionScreens screens;
    private final SuggestionFormViewModel form;
    private final SuggestionWorkflowViewModel workflow;
    private final Consumer<Integer> reload;
    private final Consumer<String> refused;
    private final FlowPane buttons = new FlowPane(6, 6);

    SuggestionActionsView(AppContext ctx, SuggestionScreens screens, SuggestionFormViewModel form, SuggestionWorkflowViewModel workflow,
            Consumer<Integer> reload, Consumer<String> refused) {
        this.ctx = ctx;
        this.screens = screens;
        this.form = form;
        this.workflow = workflow;
        this.reload = reload;
        this.refused = refused;
        add("suggestion.action.save", workflow.allowed(Step.SAVE), this::save);
        add("suggestion.action.submit", workflow.allowed(Step.SUBMIT), () -> {
            LetterDraft draft = form.toDraft();
            write(() -> workflow.submit(draft));
        });
        add("suggestion.action.sendBack", workflow.allowed(Step.SEND_BACK), () -> write(id -> workflow.sendBack(id)));
        add("suggestion.action.sign", workflow.allowed(Step.SIGN), this::sign);
        add("suggestion.action.deliver", workflow.allowed(Step.DELIVER), this::deliver);
        add("suggestion.action.receipt", workflow.allowed(Step.RECEIPT), () -> {
            Suggestion s = form.loadedProperty().get();
            write(id -> workflow.toggleReceipt(s));
        });
        add("suggestion.action.reply", workflow.allowed(Step.REPLY), this::reply);
        add("suggestion.action.close", workflow.allowed(Step.CLOSE), this::close);
        add("suggestion.action.withdraw", workflow.allowed(Step.WITHDRAW), this::withdraw);
        add("suggestion.action.excellent", workflow.allowed(Step.EXCELLENT), this::excellent);
        add("suggestion.action.void", null, this::voidNumber);
        add("suggestion.action.print", workflow.shown(),
                () -> SuggestionDocuments.previewLetter(ctx, screens, form.loadedProperty().get()));
        add("action.history", workflow.shown(),
                () -> HistoryDialog.show(ctx, "suggestion", form.idProperty().get(), form.titleProperty().get()));
    }

    Node node() {
        return buttons;
    }

    private void add(String key, ObservableBooleanValue enabled, Runnable action) {
        Button b = Ui.button(key, action);
        b.setId(key);
        if (enabled != null) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        }
        buttons.getChildren().add(b);
    }

    /** Saves the draft as the form shows it (a refusal shown under the form and over the window). */
    void save() {
        if (form.editableProperty().get()) {
            LetterDraft draft = form.toDraft();
            write(() -> workflow.save(draft));
        }
    }

    /** A step on the letter shown: written in a job, then the section read again showing the letter. */
    private void write(StepOn step) {
        int id = form.idProperty().get();
        write(() -> {
            step.run(id);
            return id;
        });
    }

    private void write(Callable<Integer> step) {
        SuggestionJobs.run(ctx, "suggestion.working", step, reload::accept, refused);
    }

    @FunctionalInterface
    private interface StepOn {
        void run(int id);
    }

    private SuggestionStepDialog dialog(String key) {
        return new SuggestionStepDialog(ctx.stage(), key);
    }

    private void sign() {
        SuggestionStepDialog d = dialog("suggestion.action.sign");
        ComboBox<Approver> by = d.choice("suggestion.approvedBy", Approver.values(), Approver::label, Approver.PRESIDENT);
        DatePicker on = d.date("suggestion.approvedOn", LocalDate.now());
        if (d.ok()) {
            write(id -> workflow.sign(id, by.getValue(), on.getValue()));
        }
    }

    private void deliver() {
        SuggestionStepDialog d = dialog("suggestion.action.deliver");
        DatePicker on = d.date("suggestion.issuedOn", LocalDate.now());
        ComboBox<String> method = d.choice("suggestion.deliveryMethod", new String[] {"直接送达", "邮寄送达", "电子送达", "委托送达"},
                x -> x, "直接送达");
        method.setEditable(true);
        CheckBox receipt = d.check("suggestion.receiptReturned", false);
        if (d.ok()) {
            String typed = method.getEditor().getText();
            write(id -> workflow.deliver(id, on.getValue(), typed, method.getValue(), receipt.isSelected()));
        }
    }

    private void reply() {
        SuggestionStepDialog d = dialog("suggestion.action.reply");
        DatePicker on = d.date("suggestion.replyOn", LocalDate.now());
        ComboBox<Adoption> adoption = d.choice("suggestion.adoption", Adoption.values(), Adoption::label, Adoption.ADOPTED);
        TextArea text = d.area("suggestion.replyText");
        if (d.ok(() -> SuggestionRules.checkReply(form.loadedProperty().get(), on.getValue(), text.getText(), adoption.getValue()))) {
            write(id -> workflow.reply(id, on.getValue(), text.getText(), adoption.getValue()));
        }
    }

    private void close() {
        SuggestionStepDialog d = dialog("suggestion.action.close");
        DatePicker on = d.date("suggestion.archivedOn", LocalDate.now());
        TextArea visit = d.area("suggestion.visitNotes");
        if (d.ok(() -> SuggestionRules.checkClose(form.loadedProperty().get(), on.getValue()))) {
            write(id -> workflow.close(id, on.getValue(), visit.getText()));
        }
    }

    private void withdraw() {
        SuggestionStepDialog d = dialog("suggestion.action.withdraw");
        DatePicker on = d.date("suggestion.withdrawnOn", LocalDate.now());
        TextArea reason = d.area("suggestion.withdrawReason");
        if (d.ok(() -> SuggestionRules.checkWithdraw(form.loadedProperty().get(), on.getValue(), reason.getText()))) {
            write(id -> workflow.withdraw(id, on.getValue(), reason.getText()));
        }
    }

    private void excellent() {
        Suggestion s = form.loadedProperty().get();
        SuggestionStepDialog d = dialog("suggestion.action.excellent");
        CheckBox on = d.check("suggestion.excellent", true);
        TextField contest = d.text("suggestion.excellentContest", s.excellentContest() == null ? "" : s.excellentContest());
        TextField year = d.text("suggestion.excellentYear", String.valueOf(s.excellentYear() == null ? LocalDate.now().getYear() : s.excellentYear()));
        if (d.ok(() -> SuggestionWorkflowViewModel.checkExcellent(s, on.isSelected(), contest.getText(), year.getText()))) {
            write(id -> workflow.markExcellent(id, on.isSelected(), contest.getText(), year.getText()));
        }
    }

    private void voidNumber() {
        SuggestionStepDialog d = dialog("suggestion.action.void");
        TextField year = d.text("suggestion.filter.year", String.valueOf(LocalDate.now().getYear()));
        TextArea reason = d.area("suggestion.voidReason");
        if (d.ok(() -> SuggestionWorkflowViewModel.checkVoid(year.getText()))) {
            SuggestionJobs.run(ctx, "suggestion.working", () -> workflow.voidNumber(year.getText(), reason.getText()),
                    n -> Dialogs.info(ctx.stage(), Ui.t("suggestion.voided", n)));
        }
    }
}
