package vn.motcua.bot.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.knowledge.procedure.ProcedureSection;
import vn.motcua.knowledge.text.VietnameseText;

/** Which part of a procedure a question asks about, from cue phrases (folded, so accents do not matter). */
public class SectionDetector {
    private final Map<ProcedureSection, Phrases> cues = new LinkedHashMap<>();

    public SectionDetector() {
        cues.put(ProcedureSection.FEES, Phrases.of(List.of(
                "lệ phí", "phí", "bao nhiêu tiền", "mất tiền", "tốn bao nhiêu", "chi phí", "tiền", "miễn phí", "giá")));
        cues.put(ProcedureSection.TIME, Phrases.of(List.of(
                "bao lâu", "mấy ngày", "bao nhiêu ngày", "thời gian", "thời hạn", "khi nào có", "lâu không",
                "bao giờ")));
        cues.put(ProcedureSection.DOCUMENTS, Phrases.of(List.of(
                "giấy tờ", "hồ sơ gồm", "cần những gì", "cần gì", "chuẩn bị", "thành phần", "mang theo",
                "hồ sơ gì", "giấy gì", "những gì")));
        cues.put(ProcedureSection.PLACE, Phrases.of(List.of(
                "ở đâu", "nộp đâu", "chỗ nào", "nơi nào", "đâu", "cơ quan nào", "xã hay", "lên xã", "lên huyện",
                "lên tỉnh")));
        cues.put(ProcedureSection.ONLINE, Phrases.of(List.of(
                "online", "trực tuyến", "qua mạng", "dịch vụ công", "vneid", "trên mạng", "từ xa")));
        cues.put(ProcedureSection.STEPS, Phrases.of(List.of(
                "các bước", "trình tự", "quy trình", "thủ tục như thế nào", "làm như thế nào", "bước")));
        cues.put(ProcedureSection.REQUIREMENTS, Phrases.of(List.of(
                "điều kiện", "bao nhiêu tuổi", "có được không", "được không", "có bắt buộc", "bắt buộc",
                "yêu cầu")));
        cues.put(ProcedureSection.RESULT, Phrases.of(List.of(
                "nhận được gì", "nhận được giấy gì", "kết quả", "giá trị bao lâu", "có giá trị", "được cấp")));
    }

    public ProcedureSection detect(String text) {
        String folded = VietnameseText.fold(text);
        ProcedureSection best = ProcedureSection.GENERAL;
        int bestCount = 0;
        for (var entry : cues.entrySet()) {
            int count = entry.getValue().countIn(folded);
            if (count > bestCount) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        return best;
    }
}
