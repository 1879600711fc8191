package cn.fuyuan.desk.suggestion;

import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_NUMBER;

import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.jooq.tables.records.SuggestionNumberRecord;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The court's series of suggestion numbers, one per year: {@code <prefix>法建〔<year>〕<n>号}
 * (domain.md §1). A number is taken inside the caller's write transaction, which SQLite begins
 * IMMEDIATE (Database), so the read of the highest number and the insert of the next one hold the write
 * lock together; UNIQUE(year, seq) refuses a duplicate even if some other writer tried. Numbers are
 * never reused: a number is either a letter's or a recorded void.
 */
public final class SuggestionNumbering {
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(.*?)[〔\\[［(（](\\d{4})[〕\\]］)）]第?0*(\\d+)号\\s*$");

    /** A number of the series. */
    public record Number(String prefix, int year, int seq) {
        public String text() {
            return format(prefix, year, seq);
        }
    }

    private SuggestionNumbering() {
    }

    /** The full prefix: the stored one, with 法建 appended when it does not already end in it. */
    public static String fullPrefix(String storedPrefix) {
        String p = storedPrefix == null ? "" : storedPrefix.strip();
        return p.endsWith("法建") ? p : p + "法建";
    }

    /** 巴法建〔2025〕3号: hexagonal brackets, no leading zeros, no 第. */
    public static String format(String storedPrefix, int year, int seq) {
        return fullPrefix(storedPrefix) + "〔" + year + "〕" + seq + "号";
    }

    /** Reads a number as people write it (〔〕, [], （）, leading zeros, 第); empty when it is not one. */
    public static Optional<Number> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(3).length() > 6) { // no office issues a million letters a year; more digits would overflow an int
            return Optional.empty();
        }
        int seq = Integer.parseInt(m.group(3));
        if (seq <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Number(m.group(1).strip(), Integer.parseInt(m.group(2)), seq));
    }

    /** The next free sequence number of the year. */
    static int next(DSLContext tx, int year) {
        Integer max = tx.select(DSL.max(SUGGESTION_NUMBER.SEQ)).from(SUGGESTION_NUMBER)
                .where(SUGGESTION_NUMBER.YEAR.eq(year)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** Takes the next number of the year for a letter (within the caller's transaction; audited). */
    static String takeFor(DSLContext tx, int suggestionId, int year, String storedPrefix, LocalDate today) {
        return take(tx, year, next(tx, year), storedPrefix, suggestionId, null, today).getNumberText();
    }

    /** Records a given number (import) for a letter; the UNIQUE constraint refuses a duplicate. */
    static SuggestionNumberRecord record(DSLContext tx, int suggestionId, Number n, String storedPrefix, LocalDate today) {
        return take(tx, n.year(), n.seq(), storedPrefix, suggestionId, null, today);
    }

    /** Voids the next number of the year with a reason: the series skips it, and the skip is on record. */
    static String voidNext(DSLContext tx, int year, String reason, String storedPrefix, LocalDate today) {
        return take(tx, year, next(tx, year), storedPrefix, null, reason, today).getNumberText();
    }

    private static SuggestionNumberRecord take(DSLContext tx, int year, int seq, String storedPrefix,
                                               Integer suggestionId, String voidReason, LocalDate today) {
        SuggestionNumberRecord r = tx.newRecord(SUGGESTION_NUMBER);
        r.setYear(year);
        r.setSeq(seq);
        r.setNumberText(format(storedPrefix, year, seq));
        r.setSuggestionId(suggestionId);
        r.setVoidReason(voidReason);
        r.setTakenOn(today);
        return Audit.insert(tx, r);
    }
}
