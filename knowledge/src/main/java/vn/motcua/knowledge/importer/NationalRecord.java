package vn.motcua.knowledge.importer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of the national portal's crawl (22 string fields, see
 * shared/reference/national-records/README.md), as published: nothing cleaned yet.
 */
record NationalRecord(
        String code,
        String detailUrl,
        String title,
        String decision,
        String levels,
        String field,
        String applicants,
        String competentAgency,
        String receivingAddress,
        String delegatedAgency,
        String coordinatingAgency,
        String steps,
        String channels,
        String documents,
        String legalBasis,
        String implementingAgency,
        String requirements,
        String result,
        String rawText) {

    /** The field that tells a national record from a seed document. */
    static final String CODE_FIELD = "ma_thu_tuc";

    static boolean looksLikeOne(JsonNode node) {
        return node.isObject() && node.has(CODE_FIELD);
    }

    static NationalRecord of(JsonNode n) {
        return new NationalRecord(text(n, CODE_FIELD), text(n, "detail_url"), text(n, "ten_thu_tuc"),
                text(n, "so_quyet_dinh"), text(n, "cap_thuc_hien"), text(n, "linh_vuc"),
                text(n, "doi_tuong_thuc_hien"), text(n, "co_quan_co_tham_quyen"), text(n, "dia_chi_tiep_nhan"),
                text(n, "co_quan_duoc_uy_quyen"), text(n, "co_quan_phoi_hop"), text(n, "trinh_tu_thuc_hien"),
                text(n, "cach_thuc_thuc_hien"), text(n, "thanh_phan_ho_so"), text(n, "can_cu_phap_ly"),
                text(n, "co_quan_thuc_hien"), text(n, "yeu_cau_dieu_kien"), text(n, "ket_qua_xu_ly"),
                text(n, "raw_text"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.isTextual() ? v.textValue() : v.toString();
    }

    NationalRecord withTail(String steps, String channels, String documents, String legalBasis,
                            String implementingAgency, String requirements, String result) {
        return new NationalRecord(code, detailUrl, title, decision, levels, field, applicants, competentAgency,
                receivingAddress, delegatedAgency, coordinatingAgency, steps, channels, documents, legalBasis,
                implementingAgency, requirements, result, rawText);
    }
}
