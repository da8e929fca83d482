/**
 * Words that end a position or a project name: verbs and function words, NFC and lowercase with
 * their marks (they are compared with `Token.marked`, since folded many collide with words that
 * organisation and project names are made of: đang/Đảng, có/cơ quan, tại/tài chính).
 */

const words = (s: string): string[] => s.trim().split(/\s+/);
const phrases = (s: string): string[] =>
  s
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean);

/** Single words that never continue a title or a project name. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  words(`
    đã đang sẽ được bị là có cho để tại về với thì mà khi nếu vì nên nhưng hoặc hay cũng vẫn còn
    đều chỉ rất đến từ trên dưới sau trước trong ngoài này đó kia ấy nói nêu cùng do của theo như
    cả chưa vừa luôn phải cần sớm đạt vượt gồm nằm thuộc nhằm hiện nay làm thăm tặng trao ký
    gửi mong dự nghe nhận chúc đi lên xuống ra vào bằng những mỗi từng ở gần hơn khoảng chậm
    gặp vướng dừng tạm kéo góp giúp xong
  `),
);

/** Word pairs that never continue a title or a project name (verbs of reporting and doing). */
export const STOP_PHRASES: readonly string[] = phrases(`cho biết|phát biểu|nhấn mạnh|khẳng định|đề nghị|
  đề xuất|yêu cầu|báo cáo|chia sẻ|thông tin|thông báo|giải thích|trả lời|kiến nghị|phản ánh|đánh giá|
  ghi nhận|chỉ đạo|lưu ý|trao đổi|thừa nhận|cam kết|tiết lộ|xác nhận|chủ trì|tham dự|tham gia|
  kiểm tra|hướng dẫn|đồng chủ trì|đồng thời|khởi công|khánh thành|hoàn thành|triển khai|thi công|
  giải ngân|bàn giao|đưa vào|thực hiện|dự kiến|tiếp tục|tiếp nhận|động viên|biểu dương|gặp gỡ|
  chủ đầu tư|tổng mức|tổng vốn|có tổng|với tổng|trị giá|kinh phí|nguồn vốn|quy mô|diện tích|
  chiều dài|dài khoảng|xuống cấp|tiến độ|vốn đầu tư|đảm bảo|bảo đảm|vận hành|trở thành|phục vụ|bắt đầu|chính thức`);

/**
 * Nouns of project names that hold a stop word ("nhà ở xã hội", "trụ sở làm việc", "giải phóng
 * mặt bằng", "cầu vượt", "ký túc xá"): inside a name these never end it.
 */
export const NAME_COMPOUNDS: ReadonlySet<string> = new Set(
  phrases(`nhà ở|làm việc|mặt bằng|đồng bằng|cầu vượt|vượt lũ|ký túc|đi bộ|dự trữ|hiện đại|ra đa|
    trước mắt|trong nhà|ngoài trời|tại chỗ`),
);
