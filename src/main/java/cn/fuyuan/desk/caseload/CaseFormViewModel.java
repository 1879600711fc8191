package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case form's state: the case fields as typed, the defendants (names from the directory, separated by 、 or
 * commas) and the hearings; builds the {@link AdminCase} to save, or the problems naming each field.
 */
public final class CaseFormViewModel {
    /** The court list entry that stands for the office's own court (court_id NULL). */
    public static final String OWN_COURT = "";

    public final StringProperty number = new SimpleStringProperty("");
    public final StringProperty court = new SimpleStringProperty(OWN_COURT);
    public final StringProperty plaintiffs = new SimpleStringProperty("");
    public final StringProperty defendants = new SimpleStringProperty("");
    public final StringProperty cause = new SimpleStringProperty("");
    public final ObjectProperty<ActType> actType = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> filed = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> closed = new SimpleObjectProperty<>();
    public final ObjectProperty<CaseResult> result = new SimpleObjectProperty<>();
    public final BooleanProperty majorPublicInterest = new SimpleBooleanProperty();
    public final BooleanProperty noticeRequired = new SimpleBooleanProperty();
    private final ObservableList<Hearing> hearings = FXCollections.observableArrayList();
    private AdminCase original;
    private List<Object> baseline;

    /** Fills the form from a stored case (or clears it for a new one when null). */
    public void load(AdminCase c) {
        original = c;
        number.set(c == null ? "" : c.number().toString());
        court.set(c == null || c.courtName() == null ? OWN_COURT : c.courtName());
        plaintiffs.set(c == null || c.plaintiffs() == null ? "" : c.plaintiffs());
        defendants.set(c == null ? "" : String.join("、", c.defendants().stream().map(Defendant::agencyName).toList()));
        cause.set(c == null || c.cause() == null ? "" : c.cause());
        actType.set(c == null ? null : c.actType());
        filed.set(c == null ? null : c.filingDate());
        closed.set(c == null ? null : c.closingDate());
        result.set(c == null ? null : c.result());
        majorPublicInterest.set(c != null && c.majorPublicInterest());
        noticeRequired.set(c != null && c.noticeRequired());
        hearings.setAll(c == null ? List.of() : c.hearings());
        baseline = state();
    }

    /** The fields as the form shows them, in one comparable list. */
    private List<Object> state() {
        return java.util.Arrays.asList(number.get(), court.get(), plaintiffs.get(), defendants.get(), cause.get(), actType.get(),
                filed.get(), closed.get(), result.get(), majorPublicInterest.get(), noticeRequired.get(), List.copyOf(hearings));
    }

    /** Whether the form shows anything other than the case loaded (or the empty new case). */
    public boolean isDirty() {
        return baseline != null && !baseline.equals(state());
    }

    public boolean isNew() {
        return original == null;
    }

    public ObservableList<Hearing> hearings() {
        return hearings;
    }

    /** Adds a hearing (appearance rows for every defendant are made when the case is built). */
    public void addHearing(LocalDate date, LocalTime time, String place) {
        hearings.add(new Hearing(null, date, time, place, List.of()));
        hearings.sort(java.util.Comparator.comparing(Hearing::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
    }

    /**
     * What is wrong with a hearing on {@code date} before it is added, checked where the date is entered: no date, a
     * second hearing that day, a date before the 立案日期 or after the 结案日期 as the form shows them. Empty when it
     * can be added.
     */
    public List<Problem> checkNewHearing(LocalDate date) {
        List<Problem> out = new ArrayList<>();
        if (date == null) {
            out.add(Problem.ofField("hearingDate", Messages.get("caseload.rule.hearingDateRequired", hearings.size() + 1)));
            return out;
        }
        if (hearings.stream().anyMatch(h -> date.equals(h.date()))) {
            out.add(Problem.ofField("hearingDate", Messages.get("caseload.rule.hearingSameDay", date)));
        }
        out.addAll(outsideCase(date));
        return out;
    }

    /** The hearings the form holds whose date lies outside the case (after the 结案日期, before the 立案日期), flagged. */
    public List<Problem> hearingProblems() {
        List<Problem> out = new ArrayList<>();
        for (Hearing h : hearings) {
            if (h.date() != null) {
                out.addAll(outsideCase(h.date()));
            }
        }
        return out;
    }

    private List<Problem> outsideCase(LocalDate date) {
        List<Problem> out = new ArrayList<>();
        if (filed.get() != null && date.isBefore(filed.get())) {
            out.add(Problem.ofField("hearingDate", Messages.get("caseload.rule.hearingBeforeFiling", date, filed.get())));
        }
        if (closed.get() != null && date.isAfter(closed.get())) {
            out.add(Problem.ofField("hearingDate", Messages.get("caseload.rule.hearingAfterClosing", date, closed.get())));
        }
        return out;
    }

    /** Removes the hearing of that day from the case (deleted with its appearances when the case is saved). */
    public boolean removeHearing(LocalDate date) {
        return hearings.removeIf(h -> date != null && date.equals(h.date()));
    }

    /** Replaces a hearing's appearances (edited in the case's grid). */
    public void setAppearances(int hearingIndex, List<Appearance> list) {
        hearings.set(hearingIndex, hearings.get(hearingIndex).withAppearances(list));
    }

    /** The court as typed; null for the office's own court. */
    public String courtOrNull() {
        String s = court.get();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The case to save. Defendant names are looked up with {@code agencies}; the court name with {@code courts}.
     *
     * @throws ValidationException naming each bad field (number, defendants, court, and the rules of {@link CaseRules})
     */
    public AdminCase build(Function<String, Optional<Agency>> agencies, Function<String, Optional<Integer>> courts) {
        List<Problem> problems = new ArrayList<>();
        CaseNumber n = null;
        if (number.get() == null || number.get().isBlank()) {
            problems.add(Problem.ofField("number", Messages.get("caseload.rule.numberRequired")));
        } else {
            n = CaseNumber.parse(number.get()).orElse(null);
            if (n == null) {
                problems.add(Problem.ofField("number", CaseNumber.refusal(number.get().strip())));
            }
        }
        Integer courtId = null;
        String courtName = court.get() == null ? OWN_COURT : court.get().strip();
        if (!courtName.isEmpty()) {
            courtId = courts.apply(courtName).orElse(null);
            if (courtId == null) {
                problems.add(Problem.ofField("court", Messages.get("caseload.import.unknownCourt", courtName)));
            }
        }
        List<Defendant> ds = new ArrayList<>();
        Map<Integer, String> names = new HashMap<>();
        for (String name : (defendants.get() == null ? "" : defendants.get()).split("[、,，;；\\n]")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<Agency> a = agencies.apply(name.strip());
            if (a.isEmpty()) {
                problems.add(Problem.ofField("defendants", Messages.get("caseload.import.unknownAgency", name.strip())));
            } else {
                ds.add(new Defendant(a.get().id(), a.get().name(), a.get().regionName(), a.get().fieldName()));
                names.put(a.get().id(), a.get().name());
            }
        }
        // every hearing has one appearance row per defendant; rows of removed defendants go
        List<Hearing> hs = new ArrayList<>();
        for (Hearing h : hearings) {
            List<Appearance> list = new ArrayList<>();
            for (Defendant d : ds) {
                Appearance a = h.appearances().stream().filter(x -> x.agencyId() == d.agencyId()).findFirst()
                        .orElse(Appearance.blank(d.agencyId(), d.agencyName(), noticeRequired.get()));
                list.add(a);
            }
            hs.add(h.withAppearances(list));
        }
        AdminCase c = new AdminCase(original == null ? null : original.id(), n, courtId, courtName.isEmpty() ? null : courtName,
                plaintiffs.get(), cause.get(), actType.get(), original == null ? null : original.fieldId(), null, filed.get(), closed.get(),
                result.get(), majorPublicInterest.get(), noticeRequired.get(), ds, hs);
        if (n != null) {
            problems.addAll(CaseRules.check(c).stream().filter(p -> !p.field().equals("defendants") || ds.isEmpty() && problems.stream()
                    .noneMatch(q -> q.field().equals("defendants"))).toList());
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return c;
    }
}
