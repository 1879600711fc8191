package cn.fuyuan.desk.whitepaper;

import cn.fuyuan.desk.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 白皮书 section's state, testable without a window: the year, the white paper shown (saved, or a fresh draft not
 * saved yet), the chapter being edited and its words, whether there are unsaved edits, and the warnings of the last
 * regeneration (the quoted figures that changed).
 */
public final class WhitePaperViewModel {
    private final WhitePaperService service;
    private final Supplier<LocalDate> today;

    public final IntegerProperty year = new SimpleIntegerProperty(LocalDate.now().getYear() - 1);
    private final ReadOnlyObjectWrapper<WhitePaper> paper = new ReadOnlyObjectWrapper<>();
    public final ObjectProperty<Chapter> chapter = new SimpleObjectProperty<>(Chapter.OVERVIEW);
    /** The words of the chapter being edited (paragraphs, "## " sub-headings, ⟦key=value⟧ figures). */
    public final StringProperty text = new SimpleStringProperty("");
    public final StringProperty heading = new SimpleStringProperty("");
    public final BooleanProperty dirty = new SimpleBooleanProperty();
    public final BooleanProperty editable = new SimpleBooleanProperty();
    public final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Narrative.Change> warnings = FXCollections.observableArrayList();
    private boolean loading;

    public WhitePaperViewModel(WhitePaperService service, Supplier<LocalDate> today) {
        this.service = service;
        this.today = today;
        text.addListener((o, a, b) -> {
            if (!loading) {
                dirty.set(true);
            }
        });
        heading.addListener((o, a, b) -> {
            if (!loading) {
                dirty.set(true);
            }
        });
        chapter.addListener((o, before, now) -> {
            if (before != null && paper.get() != null) {
                keepEdits(before);
            }
            showChapter();
        });
    }

    public ReadOnlyObjectProperty<WhitePaper> paperProperty() {
        return paper.getReadOnlyProperty();
    }

    /** The court and the agency rows the printed white paper is built with (settings; call off the JavaFX thread). */
    public WhitePaperDocument.Options printOptions() {
        return service.printOptions();
    }

    public WhitePaper paper() {
        return paper.get();
    }

    public ObservableList<Narrative.Change> warnings() {
        return warnings;
    }

    /** Years offered: the saved ones and the last five. */
    /** The year of a saved paper (for opening it from the search); read off the JavaFX thread. */
    public java.util.Optional<Integer> yearOf(int paperId) {
        return service.yearOf(paperId);
    }

    public List<Integer> years() {
        List<Integer> out = new ArrayList<>(service.savedYears());
        int now = today.get().getYear();
        for (int y = now; y >= now - 5; y--) {
            if (!out.contains(y)) {
                out.add(y);
            }
        }
        out.sort(java.util.Comparator.reverseOrder());
        return out;
    }

    /** Shows the saved white paper of the year, or a fresh draft (not saved until {@link #save}). */
    public void load() {
        show(fetch(year.get()));
    }

    /**
     * The saved white paper of a year, or a fresh draft: the slow half of {@link #load} (the year's figures), touching no
     * property, so the section runs it as a job off the JavaFX thread and hands the result to {@link #show}.
     */
    public WhitePaper fetch(int year) {
        return service.current(year, today.get());
    }

    /** Shows a paper {@link #fetch} gave (on the JavaFX thread). */
    public void show(WhitePaper p) {
        warnings.clear();
        set(p, false);
        status.set(p.id() == null ? Messages.get("whitepaper.status.fresh", p.title())
                : Messages.get("whitepaper.status.saved", p.title(), stateText(p)));
    }

    static String stateText(WhitePaper p) {
        return Messages.get(p.isFinal() ? "whitepaper.state.FINAL" : "whitepaper.state.DRAFT");
    }

    private void set(WhitePaper p, boolean keepDirty) {
        paper.set(p);
        editable.set(!p.isFinal());
        showChapter();
        dirty.set(keepDirty);
    }

    private void showChapter() {
        WhitePaper p = paper.get();
        if (p == null || chapter.get() == null) {
            return;
        }
        loading = true;
        try {
            WhitePaper.Part part = p.part(chapter.get());
            heading.set(part.heading());
            text.set(part.narrative());
        } finally {
            loading = false;
        }
    }

    private void keepEdits(Chapter c) {
        WhitePaper p = paper.get();
        WhitePaper.Part part = p.part(c);
        if (!part.narrative().equals(text.get()) || !part.heading().equals(heading.get())) {
            paper.set(p.withPart(new WhitePaper.Part(c, heading.get().isBlank() ? c.heading() : heading.get().strip(), text.get(),
                    part.figures())));
        }
    }

    /** The paper with the edits of the chapter shown. */
    public WhitePaper edited() {
        keepEdits(chapter.get());
        return paper.get();
    }

    /** The figures of the chapter shown (to insert one into the words). */
    public ChapterFigures figures() {
        return paper.get() == null ? ChapterFigures.empty() : paper.get().part(chapter.get()).figures();
    }

    /** The mark of a figure of the chapter shown, to insert at the caret. */
    public String markOf(String key) {
        return Narrative.mark(key, figures());
    }

    public void save() {
        WhitePaper p = service.save(edited());
        set(p, false);
        status.set(Messages.get("whitepaper.status.saved", p.title(), stateText(p)));
    }

    /** New figures; the words are kept, the quoted figures take their new values and the changed ones are listed. */
    public List<Narrative.Change> regenerate() {
        return apply(recompute(edited()));
    }

    /** The slow half of {@link #regenerate}: new figures for the edited paper ({@link #edited()}), off the JavaFX thread. */
    public WhitePaperService.Regenerated recompute(WhitePaper edited) {
        return service.regenerate(edited, today.get());
    }

    /** Shows a regeneration {@link #recompute} gave, with its warnings (on the JavaFX thread). */
    public List<Narrative.Change> apply(WhitePaperService.Regenerated r) {
        set(r.paper(), true);
        warnings.setAll(r.changes());
        status.set(r.changes().isEmpty() ? Messages.get("whitepaper.status.regeneratedSame")
                : Messages.get("whitepaper.status.regenerated", r.changes().size()));
        return r.changes();
    }

    public void finalizePaper() {
        WhitePaper p = service.finalizePaper(edited(), today.get());
        set(p, false);
        status.set(Messages.get("whitepaper.status.saved", p.title(), stateText(p)));
    }

    public void reopen(String reason) {
        WhitePaper p = service.reopen(year.get(), reason);
        set(p, false);
        status.set(Messages.get("whitepaper.status.reopened", p.title()));
    }

    /** A warning as shown: 第一章 总体情况：审结 3 → 4. */
    public static String describe(Narrative.Change c) {
        return c.now() == null ? Messages.get("whitepaper.warning.gone", c.chapter().heading(), c.key(), c.quoted())
                : Messages.get("whitepaper.warning.changed", c.chapter().heading(), c.label(), c.quoted(), c.now());
    }
}
