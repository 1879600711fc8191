package cn.fuyuan.desk.settings;

import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One editable list of the settings screen (地区 or 领域): its items, active and not, and the changes a clerk makes to
 * them; each change is one transaction of {@link ReferenceList} and the list is read again after it.
 */
public final class ReferenceListViewModel {
    private final ReferenceList list;
    private final ObservableList<RefItem> items = FXCollections.observableArrayList();

    public ReferenceListViewModel(Database db, ReferenceList.Kind kind) {
        this.list = new ReferenceList(db, kind);
    }

    public ReferenceList.Kind kind() {
        return list.kind();
    }

    /** The list's name (地区, 领域). */
    public String label() {
        return list.kind().label();
    }

    /** The history table of the list's rows. */
    public String table() {
        return list.kind() == ReferenceList.Kind.REGION ? "region" : "work_field";
    }

    public ObservableList<RefItem> items() {
        return items;
    }

    public void reload() {
        items.setAll(list.list(true));
    }

    /** Adds an active item named {@code name} (refused with a message naming the list when the name is taken). */
    public void add(String name) {
        try {
            list.save(new RefItem(null, name, 0, true));
        } finally {
            reload();
        }
    }

    public void rename(RefItem item, String name) {
        try {
            list.save(new RefItem(item.id(), name, item.sortOrder(), item.active()));
        } finally {
            reload();
        }
    }

    /** Switches the item between in use and not in use. */
    public void toggleActive(RefItem item) {
        try {
            list.save(new RefItem(item.id(), item.name(), item.sortOrder(), !item.active()));
        } finally {
            reload();
        }
    }

    /** Removes the item, or keeps it not in use when agencies refer to it; says which happened. */
    public String remove(RefItem item) {
        boolean deleted = list.remove(item.id());
        reload();
        return Messages.get(deleted ? "settings.removed" : "settings.deactivatedInUse", item.name());
    }
}
