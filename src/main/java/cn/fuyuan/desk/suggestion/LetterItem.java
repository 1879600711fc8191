package cn.fuyuan.desk.suggestion;

/** One problem found and the suggestion that answers it (printed as 一、二、… in this order). */
public record LetterItem(String problem, String advice) {
}
