package cn.fuyuan.desk.ui;

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
}
