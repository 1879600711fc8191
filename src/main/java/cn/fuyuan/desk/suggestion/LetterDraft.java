package cn.fuyuan.desk.suggestion;

import java.util.List;

/**
 * What the drafter writes: the letter's content, editable while it is a draft.
 *
 * @param id          null for a new letter
 * @param recipientId the 被建议单位 from the agency directory; may be null in a draft
 * @param caseNumbers 案号 of the source case(s), normalised when saved
 * @param items       the problem ↔ suggestion pairs, in printed order
 * @param replyMonths reply period in calendar months (domain.md §8)
 */
public record LetterDraft(
        Integer id,
        String title,
        SuggestionKind kind,
        Integer recipientId,
        List<String> caseNumbers,
        List<CcUnit> cc,
        String background,
        List<LetterItem> items,
        int replyMonths,
        String contactPerson,
        String contactPhone,
        String drafter,
        String notes) {

    public LetterDraft {
        caseNumbers = caseNumbers == null ? List.of() : List.copyOf(caseNumbers);
        cc = cc == null ? List.of() : List.copyOf(cc);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public LetterDraft withId(Integer newId) {
        return new LetterDraft(newId, title, kind, recipientId, caseNumbers, cc, background, items, replyMonths,
                contactPerson, contactPhone, drafter, notes);
    }
}
