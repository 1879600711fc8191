package cn.fuyuan.desk.report.document;

import java.time.LocalDate;
import java.util.List;

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 §7.3.5.2): after the body and one empty line, the signer right-aligned two
 * characters in, the date on the next line with its first character two to the right of the signer's (the date is
 * the issue date, written 2025年7月1日).
 */
public record Signature(List<String> signers, LocalDate date) {
    public Signature {
        signers = List.copyOf(signers);
    }

    public static Signature of(String signer, LocalDate date) {
        return new Signature(signer == null || signer.isBlank() ? List.of() : List.of(signer), date);
    }
}
