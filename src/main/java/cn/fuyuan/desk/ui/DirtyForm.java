package cn.fuyuan.desk.ui;

import cn.fuyuan.desk.store.ValidationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * A form that can hold changes not saved yet. Whatever would leave it — another section, another record, closing
 * the window or the dialog — asks it first ({@link #mayLeave}): with unsaved changes the user chooses 保存 (save, then
 * leave; a refused save stays), 放弃 (drop the changes, then leave) or 取消 (stay, the edit kept).
 */
public interface DirtyForm {

    /** Whether the form holds changes that are not saved. */
    boolean isDirty();

    /** Saves the changes; false when the save is refused (the form has said why), so the user stays. */
    boolean save();

    /** Drops the changes: the form shows the stored record again (or an empty one). */
    void discard();

    /** True when the form may be left now: nothing unsaved, or the user chose 保存 (and it saved) or 放弃. */
    default boolean mayLeave(Window owner) {
        return !isDirty() || UnsavedChanges.resolve(this, UnsavedChanges.ask(owner));
    }

    /** A save that may be refused with a {@link ValidationException} whose message names the field. */
    @FunctionalInterface
    interface Save {
        void run() throws ValidationException;
    }

    /**
     * The form every section builds: {@code save} runs, and a refusal is shown to the user in a dialog over
     * {@code owner} (the edit kept, the user staying on the form).
     */
    static DirtyForm of(BooleanSupplier dirty, Save save, Runnable discard, Supplier<Window> owner) {
        return new DirtyForm() {
            @Override
            public boolean isDirty() {
                return dirty.getAsBoolean();
            }

            @Override
            public boolean save() {
                try {
                    save.run();
                    return true;
                } catch (ValidationException e) {
                    Dialogs.problem(owner.get(), e.getMessage());
                    return false;
                }
            }

            @Override
            public void discard() {
                discard.run();
            }
        };
    }
}
