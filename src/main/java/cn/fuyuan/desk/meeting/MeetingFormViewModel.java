package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.store.Problem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The meeting form's state and rules, tested without a window: header fields, the three attendee groups,
 * the topics in order, the agreed items, and (read only) the items carried from earlier meetings.
 */
public final class MeetingFormViewModel {
    /** An editable attendee row. */
    public static final class AttendeeRow {
        final Integer id;
        public final ObjectProperty<AttendeeRole> role = new SimpleObjectProperty<>(AttendeeRole.PRESENT);
        public final StringProperty person = new SimpleStringProperty("");
        public final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();

        /** Whether a name or a unit has been typed. */
        public boolean typed() {
            return !(person.get() == null || person.get().isBlank()) || (unit.get() != null && !unit.get().toString().isBlank());
        }

        AttendeeRow(Attendee a) {
            id = a == null ? null : a.id();
            if (a != null) {
                role.set(a.role());
                person.set(a.person() == null ? "" : a.person());
                unit.set(a.unit());
            }
        }
    }

    /** An editable topic row. */
    public static final class TopicRow {
        final Integer id;
        public final boolean followUp;
        public final StringProperty title = new SimpleStringProperty("");
        public final StringProperty minutes = new SimpleStringProperty("");

        TopicRow(Topic t) {
            id = t == null ? null : t.id();
            followUp = t != null && t.followUp();
            if (t != null) {
                title.set(t.title());
                minutes.set(t.minutes() == null ? "" : t.minutes());
            }
        }
    }

    /** An editable agreed-item row. */
    public static final class ItemRow {
        final AgreedItem original;
        public final StringProperty text = new SimpleStringProperty("");
        public final ObjectProperty<List<Unit>> units = new SimpleObjectProperty<>(List.of());
        public final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
        public final ObjectProperty<ItemStatus> status = new SimpleObjectProperty<>(ItemStatus.NOT_STARTED);
        public final StringProperty linkedCase = new SimpleStringProperty("");
        public final StringProperty linkedSuggestion = new SimpleStringProperty("");

        ItemRow(AgreedItem it) {
            original = it;
            if (it != null) {
                text.set(it.text());
                units.set(it.units());
                deadline.set(it.deadline());
                status.set(it.status());
                linkedCase.set(it.linkedCaseNumber() == null ? "" : it.linkedCaseNumber());
                linkedSuggestion.set(it.linkedSuggestionNumber() == null ? "" : it.linkedSuggestionNumber());
            }
        }

        /** The first responsible unit: the 牵头单位. */
        public Unit firstUnit() {
            return units.get().isEmpty() ? null : units.get().get(0);
        }

        /** The 牵头单位 becomes {@code u} (null: none; the first 配合单位 then leads); a 配合单位 chosen to lead leaves the 配合 list. */
        public void setFirstUnit(Unit u) {
            List<Unit> list = new ArrayList<>(units.get());
            if (!list.isEmpty() && u != null && u.sameAs(list.get(0))) {
                return;
            }
            if (!list.isEmpty()) {
                list.remove(0);
            }
            if (u != null) {
                list.removeIf(u::sameAs);
                list.add(0, u);
            }
            units.set(List.copyOf(list));
        }

        /** The 配合单位: every responsible unit after the 牵头单位, in order. */
        public List<Unit> partners() {
            List<Unit> all = units.get();
            return all.size() <= 1 ? List.of() : all.subList(1, all.size());
        }

        /** Adds a 配合单位 (the 牵头单位 when there is none yet); a unit already responsible is not added twice. */
        public void addPartner(Unit u) {
            if (u == null || units.get().stream().anyMatch(u::sameAs)) {
                return;
            }
            List<Unit> list = new ArrayList<>(units.get());
            list.add(u);
            units.set(List.copyOf(list));
        }

        /** Removes a 配合单位. */
        public void removePartner(Unit u) {
            List<Unit> list = new ArrayList<>(units.get());
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).sameAs(u)) {
                    list.remove(i);
                    break;
                }
            }
            units.set(List.copyOf(list));
        }
    }

    private final MeetingRepository repo;
    private Meeting current;
    public final StringProperty number = new SimpleStringProperty("");
    public final ObjectProperty<MeetingState> state = new SimpleObjectProperty<>(MeetingState.PLANNED);
    public final StringProperty title = new SimpleStringProperty("");
    public final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(MeetingKind.JOINT);
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final StringProperty time = new SimpleStringProperty("09:00");
    public final StringProperty place = new SimpleStringProperty("");
    public final StringProperty host = new SimpleStringProperty("");
    public final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    public final ObservableList<AttendeeRow> attendees = FXCollections.observableArrayList();
    public final ObservableList<TopicRow> topics = FXCollections.observableArrayList();
    public final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    public final ObservableList<AgreedItem> carried = FXCollections.observableArrayList();
    /** What is typed into the attendee fields while no attendee row is chosen: the person the next + 出席 / 请假 / 列席 adds. */
    public final AttendeeRow attendeeEntry = new AttendeeRow(null);
    /** The agreed item the item editor shows (null: none, the editor empty); kept by position across save and reload. */
    public final ObjectProperty<ItemRow> item = new SimpleObjectProperty<>();

    private Supplier<LocalDate> today = LocalDate::now;
    private Meeting baseline;

    public MeetingFormViewModel(MeetingRepository repo) {
        this.repo = repo;
    }

    /** The day the form takes as today (the rules that depend on it: a meeting after today is not 已召开). */
    public void setToday(Supplier<LocalDate> clock) {
        this.today = clock;
    }

    public Meeting current() {
        return current;
    }

    /** A blank meeting on a date; shows the open items it will carry over. */
    public void newMeeting(LocalDate on) {
        clear(on);
        refreshCarryPreview();
    }

    /** A blank meeting on a date, nothing read: the carry-over is shown by {@link #showCarryPreview}. */
    public void clear(LocalDate on) {
        current = null;
        number.set("");
        state.set(MeetingState.PLANNED);
        title.set("");
        kind.set(MeetingKind.JOINT);
        date.set(on);
        time.set("09:00");
        place.set("");
        host.set("");
        readOnly.set(false);
        attendees.clear();
        topics.clear();
        items.clear();
        item.set(null);
        clearAttendeeEntry();
        carried.clear();
        baseline = toMeeting();
    }

    /** Whether the meeting as the form shows it differs from the one loaded or saved (issued minutes are not edited). */
    public boolean isDirty() {
        return !readOnly.get() && baseline != null && !baseline.equals(toMeeting());
    }

    /** For a meeting not saved yet: the open items of meetings before its date (what saving will carry). */
    public void refreshCarryPreview() {
        if (current == null) {
            carried.setAll(carriedBefore(heldAt()));
        }
    }

    /** The open items a new meeting held at {@code at} carries (a read: may run off the JavaFX thread). */
    public List<AgreedItem> carriedBefore(LocalDateTime at) {
        return at == null ? List.of() : repo.openItemsBefore(at);
    }

    /** Shows the carry preview read by {@link #carriedBefore}, unless the form has since moved to a stored meeting. */
    public void showCarryPreview(LocalDateTime at, List<AgreedItem> open) {
        if (current == null && java.util.Objects.equals(at, heldAt())) {
            carried.setAll(open);
        }
    }

    /** Shows a stored meeting (another one than before: the item editor empty). */
    public void load(Meeting m) {
        current = m;
        number.set(m.number());
        state.set(m.state());
        title.set(m.title());
        kind.set(m.kind());
        date.set(m.heldAt().toLocalDate());
        time.set(m.heldAt().toLocalTime().toString());
        place.set(m.place() == null ? "" : m.place());
        host.set(m.host() == null ? "" : m.host());
        readOnly.set(m.state() == MeetingState.ISSUED);
        attendees.setAll(m.attendees().stream().map(AttendeeRow::new).toList());
        topics.setAll(m.topics().stream().map(TopicRow::new).toList());
        items.setAll(m.items().stream().map(ItemRow::new).toList());
        item.set(null);
        carried.setAll(m.carried());
        clearAttendeeEntry();
        baseline = toMeeting();
    }

    /**
     * Shows the meeting as stored after this form's save, step or progress: the item editor keeps the item at the same
     * position, so the item just edited stays shown with its units.
     */
    public void showStored(Meeting m) {
        int at = item.get() == null ? -1 : items.indexOf(item.get());
        load(m);
        item.set(at >= 0 && at < items.size() ? items.get(at) : null);
    }

    public void reload() {
        if (current != null) {
            repo.find(current.id()).ifPresent(this::load);
        }
    }

    /**
     * Adds an attendee in {@code role}: the person and unit typed into the entry fields (which then empty for the next
     * person), or an empty row to fill in when nothing was typed.
     */
    public AttendeeRow addAttendee(AttendeeRole role) {
        AttendeeRow r = new AttendeeRow(null);
        r.role.set(role);
        if (attendeeEntry.typed()) {
            r.person.set(attendeeEntry.person.get() == null ? "" : attendeeEntry.person.get().strip());
            r.unit.set(attendeeEntry.unit.get());
            clearAttendeeEntry();
        }
        attendees.add(r);
        return r;
    }

    private void clearAttendeeEntry() {
        attendeeEntry.person.set("");
        attendeeEntry.unit.set(null);
        attendeeEntry.role.set(AttendeeRole.PRESENT);
    }

    public TopicRow addTopic() {
        TopicRow r = new TopicRow(null);
        topics.add(r);
        return r;
    }

    /** Adds an empty agreed item and shows it in the item editor. */
    public ItemRow addItem() {
        ItemRow r = new ItemRow(null);
        items.add(r);
        item.set(r);
        return r;
    }

    /** Removes an agreed item (the editor empties when it showed it). */
    public void removeItem(ItemRow r) {
        if (r != null && items.remove(r) && item.get() == r) {
            item.set(null);
        }
    }

    LocalDateTime heldAt() {
        if (date.get() == null) {
            return null;
        }
        try {
            return date.get().atTime(LocalTime.parse(time.get() == null || time.get().isBlank() ? "09:00" : time.get().strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The meeting as the form shows it. */
    public Meeting toMeeting() {
        List<Attendee> a = attendees.stream().map(r -> new Attendee(r.id, r.role.get(), r.person.get(), r.unit.get())).toList();
        List<Topic> t = topics.stream().map(r -> new Topic(r.id, r.title.get(), r.minutes.get(), r.followUp)).toList();
        List<AgreedItem> i = items.stream().map(r -> {
            AgreedItem o = r.original;
            LocalDate completed = r.status.get() == ItemStatus.DONE
                    ? (o != null && o.completedOn() != null ? o.completedOn() : LocalDate.now()) : null;
            return new AgreedItem(o == null ? null : o.id(), o == null ? null : o.meetingId(), null, r.text.get(), r.units.get(),
                    r.deadline.get(), r.status.get(), completed, o == null ? null : o.evidencePath(),
                    r.linkedCase.get(), r.linkedSuggestion.get());
        }).toList();
        if (current == null) {
            return Meeting.draft(kind.get(), title.get(), heldAt(), place.get(), host.get(), a, t, i);
        }
        return current.withContent(title.get(), kind.get(), heldAt(), place.get(), host.get(), a, t, i);
    }

    /** Problems as the form stands (live); empty when it can be saved. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (readOnly.get()) {
            out.add(Problem.ofField("state", cn.fuyuan.desk.i18n.Messages.get("meeting.readOnlyIssued", number.get())));
            return out;
        }
        if (date.get() != null && heldAt() == null) {
            out.add(Problem.ofField("time", cn.fuyuan.desk.i18n.Messages.get("meeting.badTime", time.get())));
        }
        out.addAll(MeetingRules.check(toMeeting()));
        MeetingRules.checkHeld(state.get(), heldAt(), today.get()).ifPresent(out::add);
        return out;
    }

    /** Saves (creates with its number and carried items, or updates); the form then shows the stored meeting. */
    public Meeting save() {
        Meeting m = write(toMeeting());
        showStored(m);
        return m;
    }

    /** Writes the meeting {@link #toMeeting} gave: created (numbered, carrying the open items) or updated; one transaction. */
    public Meeting write(Meeting shown) {
        return shown.id() == null ? repo.create(shown) : repo.save(shown);
    }

    public Meeting advance() {
        Meeting m = advanceStored(current.id());
        showStored(m);
        return m;
    }

    /** The stored meeting moved on a step (筹备 → 已召开 → 纪要已印发). */
    public Meeting advanceStored(int id) {
        return repo.advance(id, today.get());
    }

    public Meeting reopen() {
        Meeting m = reopenStored(current.id());
        showStored(m);
        return m;
    }

    public Meeting reopenStored(int id) {
        return repo.reopen(id);
    }

    /** Deletes a meeting still 筹备 (refused with the reason otherwise). */
    public void delete(int id) {
        repo.delete(id);
    }

    /** Progress on an item of this meeting or carried into it; the form then shows the stored meeting. */
    public void recordProgress(int itemId, LocalDate on, String note, ItemStatus status) {
        Meeting m = recordProgressStored(current == null ? null : current.id(), itemId, on, note, status);
        if (m != null) {
            showStored(m);
        }
    }

    /** Records the progress; returns the meeting as stored now (null for a meeting not saved yet). */
    public Meeting recordProgressStored(Integer meetingId, int itemId, LocalDate on, String note, ItemStatus status) {
        repo.recordProgress(itemId, meetingId, on, note, status);
        return meetingId == null ? null : repo.find(meetingId).orElse(null);
    }

    /** The stored meeting (a read). */
    public java.util.Optional<Meeting> find(int id) {
        return repo.find(id);
    }
}
