package cn.fuyuan.desk.settings;

/**
 * The office's identity as printed on documents.
 *
 * @param courtName        full court name, e.g. 巴彦淖尔市中级人民法院
 * @param courtCode        court code used in case numbers, e.g. 内08
 * @param suggestionPrefix the suggestion-letter series prefix, e.g. 巴法建 (numbers read 巴法建〔2025〕3号)
 */
public record OfficeSettings(
        String courtName,
        String courtCode,
        String suggestionPrefix,
        String officeName,
        String contactPerson,
        String phone,
        String address) {
}
