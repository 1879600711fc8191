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

        /** The first responsible unit (the form edits one; more kept as they are). */
        public Unit firstUnit() {
            return units.get().isEmpty() ? null : units.get().get(0);
        }

        public void setFirstUnit(Unit u) {
            List<Unit> list = new ArrayList<>(units.get());
            if (u == null) {
                if (!list.isEmpty()) {
                    list.remove(0);
                }
            } else if (list.isEmpty()) {
                list.add(u);
            } else {
                list.set(0, u);
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
        refreshCarryPreview();
        baseline = toMeeting();
    }

    /** Whether the meeting as the form shows it differs from the one loaded or saved (issued minutes are not edited). */
    public boolean isDirty() {
        return !readOnly.get() && baseline != null && !baseline.equals(toMeeting());
    }

    /** For a meeting not saved yet: the open items of meetings before its date (what saving will carry). */
    public void refreshCarryPreview() {
        if (current == null) {
            LocalDateTime at = heldAt();
            carried.setAll(at == null ? List.of() : repo.openItemsBefore(at));
        }
    }

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
        carried.setAll(m.carried());
        baseline = toMeeting();
    }

    public void reload() {
        if (current != null) {
            repo.find(current.id()).ifPresent(this::load);
        }
    }

    public AttendeeRow addAttendee(AttendeeRole role) {
        AttendeeRow r = new AttendeeRow(null);
        r.role.set(role);
        attendees.add(r);
        return r;
    }

    public TopicRow addTopic() {
        TopicRow r = new TopicRow(null);
        topics.add(r);
        return r;
    }

    public ItemRow addItem() {
        ItemRow r = new ItemRow(null);
        items.add(r);
        return r;
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
        Meeting m = current == null ? repo.create(toMeeting()) : repo.save(toMeeting());
        load(m);
        return m;
    }

    public Meeting advance() {
        Meeting m = repo.advance(current.id(), today.get());
        load(m);
        return m;
    }

    public Meeting reopen() {
        Meeting m = repo.reopen(current.id());
        load(m);
        return m;
    }

    /** Progress on an item of this meeting or carried into it; the form then shows the stored meeting. */
    public void recordProgress(int itemId, LocalDate on, String note, ItemStatus status) {
        repo.recordProgress(itemId, current == null ? null : current.id(), on, note, status);
        reload();
    }
}
