package cn.fuyuan.desk.whitepaper;

import java.time.LocalDate;
import java.util.List;

/**
 * The white paper of a year: its title, its state (拟稿 / 定稿), the day its figures were generated, and its chapters
 * in the order of domain.md §9.
 *
 * @param id null for a fresh draft not saved yet
 */
public record WhitePaper(Integer id, int year, String title, State state, LocalDate figuresOn, LocalDate finalizedOn,
                         String reopenReason, List<Part> parts) {

    public enum State { DRAFT, FINAL }

    /** One chapter: its heading as printed, the office's words, and its figures. */
    public record Part(Chapter chapter, String heading, String narrative, ChapterFigures figures) {
        public Part withNarrative(String text) {
            return new Part(chapter, heading, text, figures);
        }
    }

    public WhitePaper {
        parts = List.copyOf(parts);
    }

    public boolean isFinal() {
        return state == State.FINAL;
    }

    public Part part(Chapter c) {
        return parts.stream().filter(p -> p.chapter() == c).findFirst().orElseThrow();
    }

    public WhitePaper withParts(List<Part> newParts) {
        return new WhitePaper(id, year, title, state, figuresOn, finalizedOn, reopenReason, newParts);
    }

    public WhitePaper withPart(Part part) {
        return withParts(parts.stream().map(p -> p.chapter() == part.chapter() ? part : p).toList());
    }
}
