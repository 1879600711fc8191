package cn.fuyuan.desk.suggestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The suggestion figures of domain.md §8 — the ONE definition used by the screen, the printed register
 * and {@code stats suggestions}. Pure functions over plain records.
 *
 * <p>For letters issued in year Y, as of a day D: issued = issue date in Y; replied = a reply dated on or
 * before D; on time = replied and reply date ≤ due date; overdue = no reply by D and due date &lt; D;
 * adopted / partly / not adopted among the replied; reply rate = replied ÷ issued as a percentage rounded
 * half-up to two decimals, null when nothing was issued. A withdrawn letter (已撤回) is not counted: it no
 * longer asks for a reply.
 */
public final class SuggestionStats {
    /** Group name of the overall figures. */
    public static final String ALL = "全部";
    public static final String NO_RECIPIENT = "（未指定）";
    public static final String NO_FIELD = "（未设领域）";

    /** How the letters are grouped. */
    public enum GroupBy { OVERALL, RECIPIENT, FIELD, TYPE }

    /** What the figures need of a letter. */
    public record Letter(String recipient, String field, SuggestionKind kind, LocalDate issuedOn, LocalDate dueOn,
                         LocalDate replyOn, Adoption adoption, boolean withdrawn) {
        public static Letter of(Suggestion s) {
            return new Letter(s.recipientName(), s.recipientField(), s.kind(), s.issuedOn(), s.dueOn(), s.replyOn(),
                    s.adoption(), s.status() == SuggestionStatus.WITHDRAWN);
        }
    }

    /** One row of figures; the names are the keys of {@code stats suggestions}. */
    public record Figures(String group, int issued, int replied, int onTime, int overdue, int adopted,
                          int partlyAdopted, int notAdopted, BigDecimal replyRate) {
    }

    private SuggestionStats() {
    }

    /** Percentage rounded half-up to two decimals; null for a zero denominator (shown as —). */
    public static BigDecimal rate(int numerator, int denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** The figures of one set of letters (all assumed issued in the year). */
    public static Figures figures(String group, List<Letter> issued, LocalDate asOf) {
        int replied = 0;
        int onTime = 0;
        int overdue = 0;
        int adopted = 0;
        int partly = 0;
        int not = 0;
        for (Letter l : issued) {
            if (SuggestionDates.repliedBy(l.replyOn(), asOf)) {
                replied++;
                if (l.dueOn() != null && !l.replyOn().isAfter(l.dueOn())) {
                    onTime++;
                }
                if (l.adoption() != null) {
                    switch (l.adoption()) {
                        case ADOPTED -> adopted++;
                        case PARTLY -> partly++;
                        case NOT_ADOPTED -> not++;
                    }
                }
            } else if (SuggestionDates.overdue(l.dueOn(), l.replyOn(), asOf)) {
                overdue++;
            }
        }
        return new Figures(group, issued.size(), replied, onTime, overdue, adopted, partly, not, rate(replied, issued.size()));
    }

    /** Letters issued in the year (and not withdrawn). */
    public static List<Letter> issuedIn(List<Letter> letters, int year) {
        return letters.stream().filter(l -> !l.withdrawn() && l.issuedOn() != null && l.issuedOn().getYear() == year).toList();
    }

    /**
     * The figures for year Y as of D. OVERALL gives one row named 全部 (also when nothing was issued);
     * the other groupings give one row per group that issued something, in name order.
     */
    public static List<Figures> compute(List<Letter> letters, int year, LocalDate asOf, GroupBy by) {
        List<Letter> issued = issuedIn(letters, year);
        if (by == GroupBy.OVERALL) {
            return List.of(figures(ALL, issued, asOf));
        }
        Function<Letter, String> key = switch (by) {
            case RECIPIENT -> l -> l.recipient() == null ? NO_RECIPIENT : l.recipient();
            case FIELD -> l -> l.field() == null ? NO_FIELD : l.field();
            case TYPE -> l -> l.kind().zh();
            case OVERALL -> l -> ALL;
        };
        // in pinyin order of the group names (i18n.PinyinOrder), sorted once after grouping (thousands of recipients)
        Map<String, List<Letter>> byName = new java.util.HashMap<>();
        for (Letter l : issued) {
            byName.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l);
        }
        Map<String, List<Letter>> groups = new TreeMap<>(cn.fuyuan.desk.i18n.PinyinOrder.NAMES);
        groups.putAll(byName);
        List<Figures> out = new ArrayList<>();
        groups.forEach((g, ls) -> out.add(figures(g, ls, asOf)));
        return out;
    }
}
