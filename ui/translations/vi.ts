<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>access</name>
    <message>
      <source>on</source>
      <translation>bật</translation>
    </message>
    <message>
      <source>More time</source>
      <translation>Thêm thời gian</translation>
    </message>
    <message>
      <source>Your settings (language, voice, contrast, text size) go back to the usual ones in {seconds} s.</source>
      <translation>Sau {seconds} giây, cài đặt ngôn ngữ, giọng nói, tương phản và cỡ chữ sẽ trở về mặc định.</translation>
    </message>
    <message>
      <source>Time is almost up: the first screen returns in {seconds} s.</source>
      <translation>Sắp hết thời gian: sẽ quay về màn hình đầu sau {seconds} giây.</translation>
    </message>
    <message>
      <source>Keep this screen for longer</source>
      <translation>Giữ màn hình này lâu hơn</translation>
    </message>
    <message>
      <source>Contrast</source>
      <translation>Tương phản</translation>
    </message>
    <message>
      <source>High contrast: white text on black, for low vision</source>
      <translation>Tương phản cao: chữ trắng trên nền đen, cho người thị lực kém</translation>
    </message>
    <message>
      <source>Big text</source>
      <translation>Chữ to</translation>
    </message>
    <message>
      <source>Make all text twice as large</source>
      <translation>Phóng to mọi chữ gấp đôi</translation>
    </message>
    <message>
      <source>Lower</source>
      <translation>Hạ thấp</translation>
    </message>
    <message>
      <source>Move everything to the lower part of the screen, within reach from a wheelchair</source>
      <translation>Chuyển mọi thứ xuống phần dưới màn hình, vừa tầm với từ xe lăn</translation>
    </message>
    <message>
      <source>More time.</source>
      <translation>Đã thêm thời gian.</translation>
    </message>
    <message>
      <source>Press 5 for more time.</source>
      <translation>Nhấn 5 để thêm thời gian.</translation>
    </message>
    <message>
      <source>off</source>
      <translation>tắt</translation>
    </message>
  </context>
  <context>
    <name>card</name>
    <message>
      <source>The card could not be read. Please try again.</source>
      <translation>Không đọc được thẻ. Vui lòng thử lại.</translation>
    </message>
    <message>
      <source>The card did not accept these details. Please check the document number, birth date and expiry date.</source>
      <translation>Thẻ không chấp nhận các thông tin này. Vui lòng kiểm tra số giấy tờ, ngày sinh và ngày hết hạn.</translation>
    </message>
    <message>
      <source>This card is not supported yet. Please ask the staff at the counter.</source>
      <translation>Thẻ này chưa được hỗ trợ. Vui lòng hỏi nhân viên tại quầy.</translation>
    </message>
    <message>
      <source>No card was found, or it was taken out too early. Please insert your ID card again and leave it in the reader until reading has finished.</source>
      <translation>Không tìm thấy thẻ, hoặc thẻ bị rút ra quá sớm. Vui lòng đưa lại thẻ tùy thân vào và để yên trong đầu đọc cho đến khi đọc xong.</translation>
    </message>
    <message>
      <source>The card reader is not connected. Please ask the staff at the counter.</source>
      <translation>Đầu đọc thẻ chưa được kết nối. Vui lòng hỏi nhân viên tại quầy.</translation>
    </message>
    <message>
      <source>The card took too long to answer. Please try again.</source>
      <translation>Thẻ phản hồi quá lâu. Vui lòng thử lại.</translation>
    </message>
    <message>
      <source>The card could not be read. Please take it out and insert it again.</source>
      <translation>Không đọc được thẻ. Vui lòng rút thẻ ra và đưa vào lại.</translation>
    </message>
    <message>
      <source>The details stored in this card's chip do not match the details you entered, so the card cannot be used here. Nothing has been printed or charged. Please ask the staff at the counter.</source>
      <translation>Thông tin lưu trong chip của thẻ này không khớp với thông tin bạn đã nhập, vì vậy không thể dùng thẻ này tại đây. Không có gì được in và bạn không bị tính phí. Vui lòng hỏi nhân viên tại quầy.</translation>
    </message>
    <message>
      <source>This card's chip could not be verified as genuine, so the card cannot be used here. Nothing has been printed or charged. Please ask the staff at the counter.</source>
      <translation>Không thể xác minh chip của thẻ này là thật, vì vậy không thể dùng thẻ này tại đây. Không có gì được in và bạn không bị tính phí. Vui lòng hỏi nhân viên tại quầy.</translation>
    </message>
  </context>
  <context>
    <name>centre</name>
    <message>
      <source>Please enter a mobile phone number starting with 010, for example 010 1234 5678.</source>
      <translation>Vui lòng nhập số di động bắt đầu bằng 010, ví dụ 010 1234 5678.</translation>
    </message>
    <message>
      <source>This service is temporarily unavailable. Please ask at the counter.</source>
      <translation>Dịch vụ này tạm thời không sử dụng được. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Type your mobile number with the number keys. Star deletes. Press Enter when done.</source>
      <translation>Nhập số di động bằng các phím số. Phím sao để xóa. Nhập xong hãy nhấn Enter.</translation>
    </message>
    <message>
      <source>Type your mobile number.</source>
      <translation>Hãy nhập số di động của bạn.</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>Dịch vụ khác</translation>
    </message>
    <message>
      <source>Choose what you came for.</source>
      <translation>Hãy chọn việc bạn cần làm.</translation>
    </message>
    <message>
      <source>The number is complete. Press Enter to go on.</source>
      <translation>Đã nhập đủ số. Nhấn Enter để tiếp tục.</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Tiếp</translation>
    </message>
    <message>
      <source>Go on with this number</source>
      <translation>Tiếp tục với số này</translation>
    </message>
    <message>
      <source>{count} digit typed</source>
      <translation>Đã nhập {count} chữ số</translation>
    </message>
    <message>
      <source>{count} digits typed</source>
      <translation>Đã nhập {count} chữ số</translation>
    </message>
    <message>
      <source>No number typed yet</source>
      <translation>Chưa nhập số nào</translation>
    </message>
  </context>
  <context>
    <name>cert</name>
    <message>
      <source>This ID document has expired. Please use one that is still valid, or ask at the counter.</source>
      <translation>Giấy tờ tùy thân này đã hết hạn. Vui lòng dùng giấy tờ còn hạn, hoặc hỏi tại quầy.</translation>
    </message>
    <message>
      <source>The ID card did not accept the details {count} times, so it will not be tried again (a card can lock itself after too many attempts). Please ask at the counter.</source>
      <translation>Thẻ căn cước đã {count} lần không chấp nhận thông tin, nên sẽ không thử lại nữa (thẻ có thể tự khóa nếu thử quá nhiều lần). Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>The ID card was taken out, so anything typed for it was cleared. Put your ID card in the reader and type its details.</source>
      <translation>Thẻ căn cước đã được rút ra nên những gì đã nhập cho thẻ đã bị xóa. Vui lòng đặt thẻ căn cước vào đầu đọc và nhập thông tin của thẻ.</translation>
    </message>
    <message>
      <source>The records found do not belong to the person on this ID card, so nothing can be issued. Nothing has been printed or charged. Please ask the staff at the counter; they have been told.</source>
      <translation>Hồ sơ tìm được không thuộc về người có thẻ căn cước này, vì vậy không thể cấp giấy tờ nào. Không có gì được in và bạn không bị tính phí. Vui lòng hỏi nhân viên tại quầy; họ đã được thông báo.</translation>
    </message>
    <message>
      <source>We could not confirm whether your card was charged. Please keep your receipt and ask at the counter.</source>
      <translation>Chúng tôi không thể xác nhận thẻ của bạn đã bị trừ tiền hay chưa. Vui lòng giữ biên lai và hỏi tại quầy.</translation>
    </message>
    <message>
      <source>We could not confirm whether your card was charged, and the receipt could not be printed. Please ask at the counter.</source>
      <translation>Chúng tôi không xác nhận được thẻ của bạn đã bị trừ tiền hay chưa, và không in được biên lai. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>The receipt could not be printed. Please ask at the counter for one.</source>
      <translation>Không in được biên lai. Vui lòng nhận biên lai tại quầy.</translation>
    </message>
    <message>
      <source>{reason} {charged} A member of staff has been told.</source>
      <translation>{reason} {charged} Đã báo cho nhân viên.</translation>
    </message>
    <message>
      <source>document number</source>
      <translation>số giấy tờ</translation>
    </message>
    <message>
      <source>date of birth</source>
      <translation>ngày sinh</translation>
    </message>
    <message>
      <source>date of expiry</source>
      <translation>ngày hết hạn</translation>
    </message>
    <message>
      <source>Please type the {field} as printed in the lines at the bottom of your ID, with the check digit after it.</source>
      <translation>Vui lòng nhập {field} đúng như in ở các dòng cuối thẻ tùy thân, kèm số kiểm tra ở sau.</translation>
    </message>
    <message>
      <source>{reason} {charged} {receipt} A member of staff has been told.</source>
      <translation>{reason} {charged} {receipt} Đã báo cho nhân viên.</translation>
    </message>
    <message>
      <source>details</source>
      <translation>thông tin</translation>
    </message>
    <message>
      <source>The {field} does not match its check digit. Please compare it with the lines at the bottom of your ID and type it again.</source>
      <translation>Mục {field} không khớp với số kiểm tra. Vui lòng so lại với các dòng cuối thẻ tùy thân và nhập lại.</translation>
    </message>
    <message>
      <source>The {field} is not a real date. Please check it.</source>
      <translation>Mục {field} không phải là ngày hợp lệ. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
      <source>This kiosk's printer cannot confirm printing, so paid documents cannot be issued here. Nothing has been charged. Please ask at the counter.</source>
      <translation>Máy in của ki-ốt này không thể xác nhận đã in xong, nên không thể cấp giấy tờ có phí tại đây. Bạn chưa bị tính phí. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>You have not been charged, but the card payment could not be cancelled automatically; please ask at the counter to release it.</source>
      <translation>Bạn chưa bị tính phí, nhưng không thể tự động hủy giao dịch thẻ; vui lòng đến quầy để được hủy.</translation>
    </message>
    <message>
      <source>A tax payment certificate cannot be issued because some local taxes are unpaid. Nothing has been charged. Please ask at the counter.</source>
      <translation>Không thể cấp giấy chứng nhận nộp thuế vì còn thuế địa phương chưa nộp. Bạn chưa bị tính phí. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Something went wrong. Nothing has been charged.</source>
      <translation>Đã xảy ra sự cố. Bạn chưa bị tính phí.</translation>
    </message>
    <message>
      <source>{printed} of {copies} copies printed; you have not been charged.</source>
      <translation>Đã in {printed} trong {copies} bản; bạn chưa bị tính phí.</translation>
    </message>
    <message>
      <source>1 of {copies} copies was printed; you were charged only for that one.</source>
      <translation>Đã in 1 trong {copies} bản; bạn chỉ phải trả tiền cho số bản đã in.</translation>
    </message>
    <message>
      <source>{printed} of {copies} copies were printed; you were charged only for those.</source>
      <translation>Đã in {printed} trong {copies} bản; bạn chỉ phải trả tiền cho số bản đã in.</translation>
    </message>
    <message>
      <source>You have not been charged.</source>
      <translation>Bạn chưa bị tính phí.</translation>
    </message>
    <message>
      <source>Cleared.</source>
      <translation>Đã xóa hết.</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>Đã xóa.</translation>
    </message>
    <message>
      <source>Digit entered.</source>
      <translation>Đã nhập số.</translation>
    </message>
    <message>
      <source>{amount} won</source>
      <translation>{amount} won</translation>
    </message>
    <message>
      <source>Now the date of expiry: two digits each for the year, the month and the day, then the one digit that comes right after it in the long lines.</source>
      <translation>Bây giờ là ngày hết hạn: mỗi phần năm, tháng, ngày hai chữ số, rồi gõ một chữ số đứng ngay sau nó trong các dòng dài.</translation>
    </message>
    <message>
      <source>Type with the number keys. Enter goes to the next detail, star deletes, hash goes to the first screen. For a letter, press the right arrow key, again for the next letter, or the left arrow key for the one before.</source>
      <translation>Hãy gõ bằng các phím số. Phím Enter sang mục tiếp theo, phím sao để xóa, phím thăng về màn hình đầu. Để gõ chữ cái, nhấn phím mũi tên phải, nhấn tiếp để sang chữ sau, hoặc mũi tên trái để về chữ trước.</translation>
    </message>
    <message>
      <source>Leave your ID card in the reader. Then type three details from the two or three long lines of letters and numbers at the bottom of the page with your photo, each with the one digit that comes right after it.</source>
      <translation>Hãy để giấy tờ tùy thân trên đầu đọc. Sau đó gõ ba thông tin từ hai hoặc ba dòng dài gồm chữ và số ở cuối trang có ảnh của bạn, mỗi thông tin kèm một chữ số đứng ngay sau nó.</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>Last 5 years</source>
      <translation>5 năm gần nhất</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Tất cả</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Thông thường</translation>
    </message>
    <message>
      <source>Detailed</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <source>Specific</source>
      <translation>Chọn lọc</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Không</translation>
    </message>
    <message>
      <source>Copies: {copies}</source>
      <translation>Số bản: {copies}</translation>
    </message>
    <message>
      <source>You can print at most {copies} copies at a time.</source>
      <translation>Mỗi lần chỉ in được tối đa {copies} bản.</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>Tổng cộng: {total}</translation>
    </message>
    <message>
      <source>Issue a certificate</source>
      <translation>Cấp giấy chứng nhận</translation>
    </message>
    <message>
      <source>Choose the document you need.</source>
      <translation>Hãy chọn giấy tờ bạn cần.</translation>
    </message>
    <message>
      <source>Now the document number: the letters and numbers printed as the passport or card number at the top of the page with your photo. Type them, then the one digit that comes right after the number in the long lines at the bottom of that page.</source>
      <translation>Bây giờ là số giấy tờ: các chữ và số in làm số hộ chiếu hoặc số thẻ ở phía trên trang có ảnh của bạn. Hãy gõ chúng, rồi gõ thêm một chữ số đứng ngay sau số đó trong các dòng dài ở cuối trang.</translation>
    </message>
    <message>
      <source>Now the date of birth: two digits each for the year, the month and the day, then the one digit that comes right after your date of birth in the long lines.</source>
      <translation>Bây giờ là ngày sinh: mỗi phần năm, tháng, ngày hai chữ số, rồi gõ một chữ số đứng ngay sau ngày sinh trong các dòng dài.</translation>
    </message>
    <message>
      <source>Your ID card</source>
      <translation>Thẻ tùy thân</translation>
    </message>
    <message>
      <source>Document number, then the digit after it</source>
      <translation>Số giấy tờ, rồi chữ số sau nó</translation>
    </message>
    <message>
      <source>Date of birth (year, month, day), then the digit after it</source>
      <translation>Ngày sinh (năm, tháng, ngày), rồi chữ số sau nó</translation>
    </message>
    <message>
      <source>Date of expiry (year, month, day), then the digit after it</source>
      <translation>Ngày hết hạn (năm, tháng, ngày), rồi chữ số sau nó</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <source>Read the ID card with these details</source>
      <translation>Đọc thẻ tùy thân bằng các thông tin này</translation>
    </message>
    <message>
      <source>The details you typed are still there. Type a detail again to replace it, or press Enter to keep it.</source>
      <translation>Các thông tin bạn đã nhập vẫn còn. Nhập lại một mục để thay thế mục đó, hoặc nhấn Enter để giữ nguyên.</translation>
    </message>
    <message>
      <source>Reading your ID card…</source>
      <translation>Đang đọc thẻ tùy thân…</translation>
    </message>
    <message>
      <source>Please leave your ID card in the reader.</source>
      <translation>Vui lòng để thẻ tùy thân trong đầu đọc.</translation>
    </message>
    <message>
      <source>Show household members</source>
      <translation>Hiện thành viên trong hộ</translation>
    </message>
    <message>
      <source>List everyone in the household</source>
      <translation>Liệt kê mọi người trong hộ</translation>
    </message>
    <message>
      <source>Show full resident numbers</source>
      <translation>Hiện đủ số đăng ký cư dân</translation>
    </message>
    <message>
      <source>Without this, the back digits of resident numbers are hidden</source>
      <translation>Nếu không chọn, các số phía sau của số đăng ký cư dân sẽ bị ẩn</translation>
    </message>
    <message>
      <source>Show how the household was formed</source>
      <translation>Hiện lý do và ngày lập hộ</translation>
    </message>
    <message>
      <source>Print why and when the household was formed</source>
      <translation>In lý do và ngày lập hộ</translation>
    </message>
    <message>
      <source>Show reasons for changes</source>
      <translation>Hiện lý do thay đổi</translation>
    </message>
    <message>
      <source>Print why each entry last changed</source>
      <translation>In lý do thay đổi gần nhất của từng người</translation>
    </message>
    <message>
      <source>Past addresses</source>
      <translation>Địa chỉ cũ</translation>
    </message>
    <message>
      <source>Tap to choose: none, the last 5 years or all</source>
      <translation>Chạm để đổi: không, 5 năm gần nhất hoặc tất cả</translation>
    </message>
    <message>
      <source>Show the head of household</source>
      <translation>Hiện chủ hộ và quan hệ</translation>
    </message>
    <message>
      <source>Print the head of household's name and your relation</source>
      <translation>In tên chủ hộ và quan hệ của bạn với chủ hộ</translation>
    </message>
    <message>
      <source>Show military service</source>
      <translation>Hiện nghĩa vụ quân sự</translation>
    </message>
    <message>
      <source>Print military service, if the records hold it</source>
      <translation>In nghĩa vụ quân sự nếu hồ sơ có ghi</translation>
    </message>
    <message>
      <source>Kind of certificate</source>
      <translation>Loại giấy chứng nhận</translation>
    </message>
    <message>
      <source>Tap to choose. General: parents, spouse and children of the current marriage. Detailed: all children too. Specific: only the family members you choose</source>
      <translation>Chạm để đổi. Thông thường: cha mẹ, vợ/chồng và con của cuộc hôn nhân hiện tại. Chi tiết: gồm tất cả các con. Chọn lọc: chỉ những người bạn chọn</translation>
    </message>
    <message>
      <source>Purpose of use</source>
      <translation>Mục đích sử dụng</translation>
    </message>
    <message>
      <source>Tap to choose what the certificate is for</source>
      <translation>Chạm để chọn mục đích sử dụng giấy chứng nhận</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <source>See the summary</source>
      <translation>Xem tóm tắt</translation>
    </message>
    <message>
      <source>One copy fewer</source>
      <translation>Bớt một bản</translation>
    </message>
    <message>
      <source>One copy more</source>
      <translation>Thêm một bản</translation>
    </message>
    <message>
      <source>Choose the family members to show (you are always shown):</source>
      <translation>Chọn người thân cần hiện (bạn luôn được hiện):</translation>
    </message>
    <message>
      <source>{option}: {value}</source>
      <translation>{option}: {value}</translation>
    </message>
    <message>
      <source>Document: {name}</source>
      <translation>Giấy tờ: {name}</translation>
    </message>
    <message>
      <source>Total: {total} (fee waived)</source>
      <translation>Tổng cộng: {total} (miễn phí)</translation>
    </message>
    <message>
      <source>Check and pay</source>
      <translation>Kiểm tra và thanh toán</translation>
    </message>
    <message>
      <source>Add another document</source>
      <translation>Thêm giấy tờ khác</translation>
    </message>
    <message>
      <source>Choose one more document to pay for and print together</source>
      <translation>Chọn thêm một giấy tờ để thanh toán và in cùng lúc</translation>
    </message>
    <message>
      <source>Please take your documents</source>
      <translation>Xin mời nhận giấy tờ</translation>
    </message>
    <message>
      <source>{fee} per copy</source>
      <translation>{fee} mỗi bản</translation>
    </message>
    <message>
      <source>free of charge</source>
      <translation>Miễn phí</translation>
    </message>
    <message>
      <source>Print this document. {fee}</source>
      <translation>In giấy tờ này. {fee}</translation>
    </message>
    <message>
      <source>This detail is complete. Press Enter to go on.</source>
      <translation>Mục này đã đủ. Nhấn Enter để tiếp tục.</translation>
    </message>
    <message>
      <source>Letter entered.</source>
      <translation>Đã nhập chữ.</translation>
    </message>
    <message>
      <source>All three details are typed. Press Enter to read your ID card.</source>
      <translation>Đã gõ đủ ba thông tin. Nhấn Enter để đọc giấy tờ tùy thân.</translation>
    </message>
    <message>
      <source>{count} character typed</source>
      <translation>Đã nhập {count} ký tự</translation>
    </message>
    <message>
      <source>{count} characters typed</source>
      <translation>Đã nhập {count} ký tự</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Thanh toán</translation>
    </message>
    <message>
      <source>Printing your documents…</source>
      <translation>Đang in giấy tờ…</translation>
    </message>
    <message>
      <source>Please wait. Do not take your ID card out until printing has finished.</source>
      <translation>Vui lòng chờ. Không rút thẻ tùy thân ra cho đến khi in xong.</translation>
    </message>
    <message>
      <source>Identity confirmed</source>
      <translation>Đã xác nhận danh tính</translation>
    </message>
    <message>
      <source>Looking up your records. Please wait.</source>
      <translation>Đang tra cứu hồ sơ của bạn. Vui lòng chờ.</translation>
    </message>
    <message>
      <source>Cancel payment</source>
      <translation>Hủy thanh toán</translation>
    </message>
    <message>
      <source>Stop paying and go back to the summary. Nothing is charged.</source>
      <translation>Dừng thanh toán và quay lại màn hình tóm tắt. Bạn không bị trừ tiền.</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>Hiện</translation>
    </message>
    <message>
      <source>Not shown</source>
      <translation>Không hiện</translation>
    </message>
    <message>
      <source>Show this family member or not</source>
      <translation>Chọn có hiện người thân này hay không</translation>
    </message>
    <message>
      <source>Fee per copy: {fee}</source>
      <translation>Phí mỗi bản: {fee}</translation>
    </message>
    <message>
      <source>Fee exemption applied</source>
      <translation>Đã áp dụng miễn giảm lệ phí</translation>
    </message>
    <message>
      <source>Options: {options}</source>
      <translation>Tùy chọn: {options}</translation>
    </message>
    <message>
      <source>Options:</source>
      <translation>Tùy chọn:</translation>
    </message>
    <message>
      <source>Pay {total} and print</source>
      <translation>Trả {total} và in</translation>
    </message>
    <message>
      <source>You pay only for what prints</source>
      <translation>Chỉ trả tiền cho bản được in</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <source>No fee to pay</source>
      <translation>Không phải trả phí</translation>
    </message>
    <message>
      <source>Your documents and receipt are below the screen. Please take your ID card too.</source>
      <translation>Giấy tờ và biên lai ở phía dưới màn hình. Vui lòng lấy lại cả thẻ tùy thân.</translation>
    </message>
    <message>
      <source>Your documents are below the screen. Please take your ID card too.</source>
      <translation>Giấy tờ ở phía dưới màn hình. Vui lòng lấy lại cả thẻ tùy thân.</translation>
    </message>
    <message>
      <source>Issuance numbers:</source>
      <translation>Số phát hành:</translation>
    </message>
    <message>
      <source>Your ID card could not be used</source>
      <translation>Không thể dùng thẻ căn cước của bạn</translation>
    </message>
    <message>
      <source>The certificate could not be issued</source>
      <translation>Không cấp được giấy chứng nhận</translation>
    </message>
    <message>
      <source>Try another ID card</source>
      <translation>Thử thẻ căn cước khác</translation>
    </message>
    <message>
      <source>Take this card out, put in another ID card and type its details</source>
      <translation>Rút thẻ này ra, đặt thẻ căn cước khác vào và nhập thông tin của thẻ đó</translation>
    </message>
    <message>
      <source>Please tap or insert your payment card on the card terminal: {amount}.</source>
      <translation>Vui lòng chạm hoặc cắm thẻ thanh toán vào máy thanh toán. Số tiền: {amount}.</translation>
    </message>
    <message>
      <source>No fee to pay. One moment, please.</source>
      <translation>Không phải trả phí. Vui lòng đợi một chút.</translation>
    </message>
    <message>
      <source>Family member {number}</source>
      <translation>Thành viên gia đình {number}</translation>
    </message>
    <message>
      <source>Fee exemption: {reason}</source>
      <translation>Miễn giảm phí: {reason}</translation>
    </message>
    <message>
      <source>Printed issuance numbers:</source>
      <translation>Số phát hành đã in:</translation>
    </message>
    <message>
      <source>Try printing again</source>
      <translation>In lại</translation>
    </message>
    <message>
      <source>Back to the summary to print the copies that did not print</source>
      <translation>Quay lại trang tóm tắt để in các bản chưa in được</translation>
    </message>
    <message>
      <source>Choose another document</source>
      <translation>Chọn giấy tờ khác</translation>
    </message>
    <message>
      <source>Go back and choose another document</source>
      <translation>Quay lại và chọn giấy tờ khác</translation>
    </message>
    <message>
      <source>Or:</source>
      <translation>Hoặc:</translation>
    </message>
    <message>
      <source>Put the page with your photo face down on the scanner beside the screen: the details are read by themselves.</source>
      <translation>Hãy úp trang có ảnh của bạn lên máy quét cạnh màn hình: thông tin sẽ được đọc tự động.</translation>
    </message>
  </context>
  <context>
    <name>certificate</name>
    <message>
      <source>general</source>
      <translation>thông thường</translation>
    </message>
    <message>
      <source>detailed</source>
      <translation>chi tiết</translation>
    </message>
    <message>
      <source>specific</source>
      <translation>chọn lọc</translation>
    </message>
    <message>
      <source>Apart from the deferred amounts above, there are no overdue local taxes as of {date}.</source>
      <translation>Ngoài các khoản được hoãn nêu trên, tính đến ngày {date}, không có khoản thuế địa phương nào khác quá hạn.</translation>
    </message>
    <message>
      <source>There are no overdue local taxes as of {date}.</source>
      <translation>Tính đến ngày {date}, không có khoản thuế địa phương nào quá hạn.</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>Thông tin cư dân</translation>
    </message>
    <message>
      <source>Address history (last 5 years)</source>
      <translation>Lịch sử địa chỉ (5 năm gần nhất)</translation>
    </message>
    <message>
      <source>Address history</source>
      <translation>Lịch sử địa chỉ</translation>
    </message>
    <message>
      <source>M</source>
      <translation>Nam</translation>
    </message>
    <message>
      <source>F</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <source>Issuance number</source>
      <translation>Số phát hành</translation>
    </message>
    <message>
      <source>This certifies that the above agrees with the records as of {date}.</source>
      <translation>Xác nhận nội dung trên đúng với hồ sơ tính đến ngày {date}.</translation>
    </message>
    <message>
      <source>Check this document with its issuance number or by scanning the code.</source>
      <translation>Có thể xác minh văn bản này bằng số phát hành hoặc bằng cách quét mã.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Họ tên</translation>
    </message>
    <message>
      <source>Resident no.</source>
      <translation>Số đăng ký cư dân</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <source>Moved in</source>
      <translation>Ngày chuyển đến</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Quan hệ</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Self</source>
      <translation>Bản thân</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>Gia đình</translation>
    </message>
    <message>
      <source>Purpose of use</source>
      <translation>Mục đích sử dụng</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Có hiệu lực đến</translation>
    </message>
    <message>
      <source>Collection deferred</source>
      <translation>Hoãn thu thuế</translation>
    </message>
    <message>
      <source>Seizure deferred</source>
      <translation>Hoãn cưỡng chế nợ thuế</translation>
    </message>
    <message>
      <source>Local taxes</source>
      <translation>Thuế địa phương</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Household formed (reason, date)</source>
      <translation>Lý do và ngày lập hộ</translation>
    </message>
    <message>
      <source>Reason for change</source>
      <translation>Lý do thay đổi</translation>
    </message>
    <message>
      <source>Household members are not shown at your request.</source>
      <translation>Theo yêu cầu của người đề nghị, không hiển thị các thành viên trong hộ.</translation>
    </message>
    <message>
      <source>Past addresses are not shown at your request.</source>
      <translation>Theo yêu cầu của người đề nghị, không hiển thị các địa chỉ trước đây.</translation>
    </message>
    <message>
      <source>Military service</source>
      <translation>Nghĩa vụ quân sự</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Ngày cấp</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>Máy kiosk</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Bản</translation>
    </message>
    <message>
      <source>{copy} of {copies}</source>
      <translation>{copy}/{copies}</translation>
    </message>
    <message>
      <source>Registration base</source>
      <translation>Nơi đăng ký gốc</translation>
    </message>
    <message>
      <source>Relation to the head</source>
      <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
      <source>Deferral</source>
      <translation>Loại hoãn</translation>
    </message>
    <message>
      <source>Tax year</source>
      <translation>Năm tính thuế</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>Loại thuế</translation>
    </message>
    <message>
      <source>Amount (won)</source>
      <translation>Số tiền (won)</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Hoãn đến</translation>
    </message>
    <message>
      <source>now</source>
      <translation>nay</translation>
    </message>
    <message>
      <source>Family role</source>
      <translation>Quan hệ</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <source>Clan</source>
      <translation>Dòng họ</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Thời gian</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <source>empty key</source>
      <translation>khóa trống</translation>
    </message>
    <message>
      <source>malformed key "{key}" (expected e.g. devices.printer.backend)</source>
      <translation>khóa sai định dạng: "{key}" (ví dụ devices.printer.backend)</translation>
    </message>
    <message>
      <source>no such item</source>
      <translation>không có mục này</translation>
    </message>
    <message>
      <source>not a table</source>
      <translation>không phải là bảng</translation>
    </message>
    <message>
      <source>no such setting</source>
      <translation>không có thiết lập này</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} hoặc {last}</translation>
    </message>
    <message>
      <source>list</source>
      <translation>danh sách</translation>
    </message>
    <message>
      <source>tuple</source>
      <translation>danh sách</translation>
    </message>
    <message>
      <source>input should be a valid boolean, got {value}</source>
      <translation>phải là true hoặc false, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid boolean, unable to interpret input, got {value}</source>
      <translation>không hiểu được giá trị đúng/sai, phải là true hoặc false, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, got {value}</source>
      <translation>phải là số nguyên, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, unable to parse string as an integer, got {value}</source>
      <translation>không đọc được thành số nguyên, phải là số nguyên, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, got a number with a fractional part, got {value}</source>
      <translation>phải là số nguyên, không có phần thập phân, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid number, got {value}</source>
      <translation>phải là một số, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid number, unable to parse string as a number, got {value}</source>
      <translation>không đọc được thành số, phải là một số, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a finite number, got {value}</source>
      <translation>phải là số hữu hạn (không được là nan hoặc inf), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid string, got {value}</source>
      <translation>phải là chuỗi ký tự, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid list, got {value}</source>
      <translation>phải là danh sách (ví dụ [1, 2]), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid tuple, got {value}</source>
      <translation>phải là danh sách (ví dụ [1, 2]), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>invalid value ({detail})</source>
      <translation>giá trị không hợp lệ ({detail})</translation>
    </message>
    <message>
      <source>must be one of {expected}, got {value}</source>
      <translation>phải là {expected}, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>một bảng</translation>
    </message>
    <message>
      <source>input should be greater than {gt}, got {value}</source>
      <translation>phải lớn hơn {gt}, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be greater than or equal to {ge}, got {value}</source>
      <translation>phải lớn hơn hoặc bằng {ge}, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be less than {lt}, got {value}</source>
      <translation>phải nhỏ hơn {lt}, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be less than or equal to {le}, got {value}</source>
      <translation>phải nhỏ hơn hoặc bằng {le}, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>string should match pattern '{pattern}', got {value}</source>
      <translation>không khớp mẫu '{pattern}', giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>input should be a valid dictionary or instance of {name}, got {value}</source>
      <translation>phải là một bảng ({name}), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>string should have at least {n} characters, got {value}</source>
      <translation>phải có ít nhất {n} ký tự, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>string should have at least {n} character, got {value}</source>
      <translation>phải có ít nhất {n} ký tự (không được để trống), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>string should have at most {n} characters, got {value}</source>
      <translation>chỉ được có tối đa {n} ký tự, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>string should have at most {n} character, got {value}</source>
      <translation>chỉ được có tối đa {n} ký tự, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>{container} should have at least {n} items after validation, not {actual}, got {value}</source>
      <translation>{container} phải có ít nhất {n} mục (hiện có {actual}), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>{container} should have at least {n} item after validation, not {actual}, got {value}</source>
      <translation>{container} phải có ít nhất {n} mục (hiện có {actual}), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>{container} should have at most {n} items after validation, not {actual}, got {value}</source>
      <translation>{container} chỉ được có tối đa {n} mục (hiện có {actual}), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>{container} should have at most {n} item after validation, not {actual}, got {value}</source>
      <translation>{container} chỉ được có tối đa {n} mục (hiện có {actual}), giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>unknown key (check the spelling; see `kiosk config show` for valid keys)</source>
      <translation>khóa không xác định (hãy kiểm tra chính tả; xem các khóa hợp lệ bằng `kiosk config show`)</translation>
    </message>
    <message>
      <source>required, but missing</source>
      <translation>bắt buộc nhưng đang thiếu</translation>
    </message>
    <message>
      <source>nested more than {limit} levels deep (line {line})</source>
      <translation>lồng nhau sâu hơn {limit} cấp (dòng {line})</translation>
    </message>
    <message>
      <source>nested more than {limit} levels deep</source>
      <translation>lồng nhau sâu hơn {limit} cấp</translation>
    </message>
    <message>
      <source>not valid TOML: {error}</source>
      <translation>không phải TOML hợp lệ: {error}</translation>
    </message>
    <message>
      <source>file is not UTF-8 text</source>
      <translation>tệp không phải văn bản UTF-8</translation>
    </message>
    <message>
      <source>not a regular file (a folder, FIFO or device); refusing to read it</source>
      <translation>không phải tệp thông thường (thư mục, FIFO hoặc thiết bị); từ chối đọc</translation>
    </message>
    <message>
      <source>file is larger than {limit} KiB; a config file is a few KB</source>
      <translation>tệp lớn hơn {limit} KiB; tệp cấu hình thường chỉ vài KB</translation>
    </message>
    <message>
      <source>cannot read file: {error}</source>
      <translation>không đọc được tệp: {error}</translation>
    </message>
    <message>
      <source>Center name</source>
      <translation>Tên trung tâm</translation>
    </message>
    <message>
      <source>Shown on the home screen and printed on every ticket and document.</source>
      <translation>Hiển thị trên màn hình đầu và được in trên mọi phiếu và giấy tờ.</translation>
    </message>
    <message>
      <source>Center code</source>
      <translation>Mã trung tâm</translation>
    </message>
    <message>
      <source>Identifies this center in issuance numbers and audit records.</source>
      <translation>Xác định trung tâm này trong số phát hành và bản ghi kiểm toán.</translation>
    </message>
    <message>
      <source>Kiosk id</source>
      <translation>Mã kiosk</translation>
    </message>
    <message>
      <source>Identifies this kiosk among the center's kiosks. Give each kiosk on one database its own: a kiosk started with an id that a running kiosk holds waits until that one stops.</source>
      <translation>Xác định kiosk này trong số các kiosk của trung tâm. Mỗi kiosk trên cùng một cơ sở dữ liệu cần một mã riêng: kiosk khởi động với mã mà một kiosk đang chạy giữ sẽ chờ đến khi kiosk đó dừng.</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Múi giờ</translation>
    </message>
    <message>
      <source>Business days (and daily queue numbering) start at midnight in this zone.</source>
      <translation>Ngày làm việc (và việc đánh số thứ tự hằng ngày) bắt đầu lúc nửa đêm theo múi giờ này.</translation>
    </message>
    <message>
      <source>unknown time zone, got "{value}" (for example "Asia/Seoul")</source>
      <translation>múi giờ không xác định (ví dụ "Asia/Seoul"), giá trị nhập: "{value}"</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>Tiếng Hàn</translation>
    </message>
    <message>
      <source>Name shown in Korean.</source>
      <translation>Tên hiển thị bằng tiếng Hàn.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Tiếng Anh</translation>
    </message>
    <message>
      <source>Name shown in English.</source>
      <translation>Tên hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>Tiếng Trung</translation>
    </message>
    <message>
      <source>Name shown in Simplified Chinese.</source>
      <translation>Tên hiển thị bằng tiếng Trung giản thể.</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>Tiếng Việt</translation>
    </message>
    <message>
      <source>Name shown in Vietnamese.</source>
      <translation>Tên hiển thị bằng tiếng Việt.</translation>
    </message>
    <message>
      <source>must start with a lowercase letter and use only a-z, 0-9, - or _ (max 32), got "{value}"</source>
      <translation>phải bắt đầu bằng chữ thường và chỉ dùng a-z, 0-9, - hoặc _ (tối đa 32 ký tự), giá trị nhập: "{value}"</translation>
    </message>
    <message>
      <source>required when backend = "{backend}": add its [{backend}] table</source>
      <translation>bắt buộc khi backend = "{backend}": hãy thêm bảng [{backend}]</translation>
    </message>
    <message>
      <source>Priority share</source>
      <translation>Tỷ lệ ưu tiên</translation>
    </message>
    <message>
      <source>Largest share of calls in which a priority ticket may go ahead of earlier ones (1/3: at most one call in three; 0: priority tickets wait their turn).</source>
      <translation>Tỷ lệ tối đa số lượt gọi mà phiếu ưu tiên được gọi trước các phiếu lấy sớm hơn (1/3: nhiều nhất một trong ba lượt; 0: phiếu ưu tiên chờ đến lượt như bình thường).</translation>
    </message>
    <message>
      <source>Service time weight</source>
      <translation>Trọng số thời gian phục vụ</translation>
    </message>
    <message>
      <source>Weight of the newest measured service in the running average used for wait estimates (higher follows recent changes faster).</source>
      <translation>Trọng số của lượt phục vụ đo gần nhất trong trung bình động dùng để ước tính thời gian chờ (càng cao càng nhanh theo kịp thay đổi gần đây).</translation>
    </message>
    <message>
      <source>Unprinted after (s)</source>
      <translation>Coi là chưa in sau (giây)</translation>
    </message>
    <message>
      <source>A ticket still unprinted after this long (its kiosk stopped) is shown to staff as a print failure and can be called.</source>
      <translation>Phiếu vẫn chưa được in sau khoảng thời gian này (kiosk bị dừng) sẽ hiện cho nhân viên là in lỗi và có thể được gọi.</translation>
    </message>
    <message>
      <source>Staff calls shown (minutes)</source>
      <translation>Thời gian hiện yêu cầu gọi nhân viên (phút)</translation>
    </message>
    <message>
      <source>How long a resident's call for staff from a kiosk stays listed at counters.</source>
      <translation>Thời gian yêu cầu gọi nhân viên từ kiosk của người dân được hiển thị tại các quầy.</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Máy in</translation>
    </message>
    <message>
      <source>The receipt printer.</source>
      <translation>Máy in biên lai.</translation>
    </message>
    <message>
      <source>Card reader</source>
      <translation>Đầu đọc thẻ</translation>
    </message>
    <message>
      <source>The ID card reader.</source>
      <translation>Đầu đọc thẻ tùy thân.</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>Giọng nói</translation>
    </message>
    <message>
      <source>Voice guidance.</source>
      <translation>Hướng dẫn bằng giọng nói.</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Thanh toán</translation>
    </message>
    <message>
      <source>How certificate fees are paid.</source>
      <translation>Cách thanh toán phí giấy tờ.</translation>
    </message>
    <message>
      <source>Text messages</source>
      <translation>Tin nhắn thông báo</translation>
    </message>
    <message>
      <source>Texts to residents who follow their ticket by phone.</source>
      <translation>Tin nhắn gửi cho người dân theo dõi số thứ tự bằng điện thoại.</translation>
    </message>
    <message>
      <source>Scripted identity</source>
      <translation>Danh tính giả lập</translation>
    </message>
    <message>
      <source>Which fictional resident the mock card holds.</source>
      <translation>Cư dân hư cấu có trong thẻ giả lập.</translation>
    </message>
    <message>
      <source>Simulated fault</source>
      <translation>Lỗi giả lập</translation>
    </message>
    <message>
      <source>Make the mock reader fail (for tests). cloned_dg1: the chip accepts this resident's details but holds another resident's data; no_sod: no security object; bad_sod_hash: the data does not match its signed hash.</source>
      <translation>Làm đầu đọc giả lập gặp lỗi (để kiểm thử). cloned_dg1: chip chấp nhận thông tin của cư dân này nhưng chứa dữ liệu của cư dân khác; no_sod: không có đối tượng bảo mật; bad_sod_hash: dữ liệu không khớp với giá trị băm đã ký.</translation>
    </message>
    <message>
      <source>Card inserted at start</source>
      <translation>Có thẻ khi khởi động</translation>
    </message>
    <message>
      <source>Whether the mock reader starts with the scripted card inserted.</source>
      <translation>Đầu đọc giả lập có bắt đầu với thẻ giả lập đã cắm sẵn hay không.</translation>
    </message>
    <message>
      <source>Slow card delay (ms)</source>
      <translation>Độ trễ thẻ chậm (ms)</translation>
    </message>
    <message>
      <source>How long a read takes with the slow fault.</source>
      <translation>Thời gian đọc khi có lỗi slow.</translation>
    </message>
    <message>
      <source>Card UID</source>
      <translation>UID thẻ</translation>
    </message>
    <message>
      <source>The UID (hex) the mock card reports, e.g. to test technician cards.</source>
      <translation>UID (hex) mà thẻ giả lập báo về, vd. để thử thẻ kỹ thuật viên.</translation>
    </message>
    <message>
      <source>Reader name pattern</source>
      <translation>Mẫu tên đầu đọc</translation>
    </message>
    <message>
      <source>Use readers whose name contains this text (empty: any reader); the first one holding a card is read.</source>
      <translation>Dùng các đầu đọc có tên chứa chuỗi này (để trống: mọi đầu đọc); đầu đọc đầu tiên có thẻ sẽ được đọc.</translation>
    </message>
    <message>
      <source>Timeout (s)</source>
      <translation>Thời gian chờ (giây)</translation>
    </message>
    <message>
      <source>Per-command timeout.</source>
      <translation>Thời gian chờ cho mỗi lệnh.</translation>
    </message>
    <message>
      <source>Card protocol</source>
      <translation>Giao thức thẻ</translation>
    </message>
    <message>
      <source>Transmission protocol to ask for; any lets the reader choose.</source>
      <translation>Giao thức truyền cần yêu cầu; any để đầu đọc tự chọn.</translation>
    </message>
    <message>
      <source>Poll interval (s)</source>
      <translation>Chu kỳ kiểm tra (giây)</translation>
    </message>
    <message>
      <source>How often readers and card presence are checked (and pcscd reconnected).</source>
      <translation>Tần suất kiểm tra đầu đọc và thẻ (và kết nối lại pcscd).</translation>
    </message>
    <message>
      <source>Accept test cards</source>
      <translation>Chấp nhận thẻ thử nghiệm</translation>
    </message>
    <message>
      <source>Also accept chips on a real reader signed under the test-only CSCA shipped with the kiosk (test cards). Its key is public: never on a kiosk that serves real residents. The mock reader's simulated chips are always checked against it.</source>
      <translation>Chấp nhận cả chip trên đầu đọc thật được ký bởi CSCA chỉ dùng để thử nghiệm đi kèm kiosk (thẻ thử nghiệm). Khóa của CSCA này là công khai: không bao giờ bật trên kiosk phục vụ cư dân thật. Chip mô phỏng của đầu đọc giả lập luôn được kiểm tra bằng CSCA này.</translation>
    </message>
    <message>
      <source>CSCA certificates</source>
      <translation>Chứng chỉ CSCA</translation>
    </message>
    <message>
      <source>PEM or DER files, or folders of them, with the country signing CA certificates that Document Signer certificates on chips must chain to.</source>
      <translation>Tệp PEM hoặc DER, hoặc thư mục chứa chúng, với các chứng chỉ CA ký quốc gia (CSCA) mà chứng chỉ Người ký tài liệu trên chip phải được cấp bởi.</translation>
    </message>
    <message>
      <source>Revocation lists</source>
      <translation>Danh sách thu hồi</translation>
    </message>
    <message>
      <source>Optional PEM or DER CRLs of those CSCAs; a revoked Document Signer is refused.</source>
      <translation>Danh sách thu hồi chứng chỉ (CRL) dạng PEM hoặc DER của các CSCA đó (tùy chọn); Người ký tài liệu đã bị thu hồi sẽ bị từ chối.</translation>
    </message>
    <message>
      <source>Accept unverified chips (ticket-only kiosks)</source>
      <translation>Chấp nhận chip chưa xác minh (ki-ốt chỉ phát số thứ tự)</translation>
    </message>
    <message>
      <source>Accept chips whose security object (EF.SOD) is missing or does not verify. Only for kiosks that issue no certificates and hold no votes: it cannot be on while any document is enabled or participation has polls.</source>
      <translation>Chấp nhận chip thiếu đối tượng bảo mật (EF.SOD) hoặc không xác minh được. Chỉ dành cho ki-ốt không cấp giấy chứng nhận và không tổ chức bỏ phiếu: không thể bật khi có bất kỳ giấy tờ nào đang được bật hoặc mục tham gia của cư dân có cuộc bỏ phiếu.</translation>
    </message>
    <message>
      <source>Card reader backend</source>
      <translation>Backend đầu đọc thẻ</translation>
    </message>
    <message>
      <source>How the kiosk reads ID chips.</source>
      <translation>Cách kiosk đọc chip thẻ tùy thân.</translation>
    </message>
    <message>
      <source>Chip verification</source>
      <translation>Xác minh chip</translation>
    </message>
    <message>
      <source>Trusted chip signers (CSCA certificates) and what to do with chips that cannot be verified.</source>
      <translation>Các bên ký chip được tin cậy (chứng chỉ CSCA) và cách xử lý chip không xác minh được.</translation>
    </message>
    <message>
      <source>MRZ scanner</source>
      <translation>Máy quét MRZ</translation>
    </message>
    <message>
      <source>An MRZ document scanner beside the card reader: keyboard: a USB scanner that types the lines (read on the ID screen). The ID screen and the voice guide offer it before typing the details.</source>
      <translation>Máy quét MRZ đặt cạnh đầu đọc thẻ. keyboard: máy quét USB gõ các dòng như bàn phím (đọc ở màn hình giấy tờ). Màn hình giấy tờ và hướng dẫn bằng giọng nói giới thiệu máy quét trước khi nhập tay.</translation>
    </message>
    <message>
      <source>Mock reader</source>
      <translation>Đầu đọc giả lập</translation>
    </message>
    <message>
      <source>Options for tests.</source>
      <translation>Tùy chọn để kiểm thử.</translation>
    </message>
    <message>
      <source>PC/SC</source>
      <translation>PC/SC</translation>
    </message>
    <message>
      <source>PC/SC reader options.</source>
      <translation>Tùy chọn đầu đọc PC/SC.</translation>
    </message>
    <message>
      <source>Gateway address</source>
      <translation>Địa chỉ cổng gửi tin</translation>
    </message>
    <message>
      <source>The SMS / KakaoTalk (알림톡) gateway's https:// address (http:// only to this PC: 127.0.0.1, localhost); each message is POSTed as JSON {"to": ..., "text": ..., "sender": ...}.</source>
      <translation>Địa chỉ https:// của cổng SMS / KakaoTalk (알림톡) (http:// chỉ cho chính máy này: 127.0.0.1, localhost); mỗi tin được gửi bằng POST dạng JSON {"to": ..., "text": ..., "sender": ...}.</translation>
    </message>
    <message>
      <source>API key file</source>
      <translation>Tệp khóa API</translation>
    </message>
    <message>
      <source>File holding the gateway's API key (sent as a Bearer token).</source>
      <translation>Tệp chứa khóa API của cổng (gửi dưới dạng Bearer token).</translation>
    </message>
    <message>
      <source>API key variable</source>
      <translation>Biến môi trường khóa API</translation>
    </message>
    <message>
      <source>Environment variable holding the API key when no file is given.</source>
      <translation>Biến môi trường chứa khóa API khi không chỉ định tệp.</translation>
    </message>
    <message>
      <source>Sender number</source>
      <translation>Số gửi</translation>
    </message>
    <message>
      <source>The center's registered sender number, passed to the gateway.</source>
      <translation>Số gửi đã đăng ký của trung tâm, được chuyển cho cổng gửi tin.</translation>
    </message>
    <message>
      <source>Time limit (s)</source>
      <translation>Thời gian chờ tối đa (giây)</translation>
    </message>
    <message>
      <source>Per message.</source>
      <translation>Cho mỗi tin nhắn.</translation>
    </message>
    <message>
      <source>Text message backend</source>
      <translation>Cách gửi tin nhắn</translation>
    </message>
    <message>
      <source>none: the status page offers no texts; mock: messages are kept in memory (tests, demo); http: a generic SMS / 알림톡 gateway.</source>
      <translation>none: trang trạng thái không gửi tin; mock: tin nhắn chỉ lưu trong bộ nhớ (kiểm thử, trình diễn); http: cổng SMS / 알림톡 thông dụng.</translation>
    </message>
    <message>
      <source>HTTP gateway</source>
      <translation>Cổng HTTP</translation>
    </message>
    <message>
      <source>Settings of the http backend.</source>
      <translation>Cài đặt cho cách gửi http.</translation>
    </message>
    <message>
      <source>Give the gateway's address, starting with https://</source>
      <translation>Hãy nhập địa chỉ cổng, bắt đầu bằng https://</translation>
    </message>
    <message>
      <source>Scripted answers</source>
      <translation>Phản hồi giả lập</translation>
    </message>
    <message>
      <source>What the mock terminal answers to each authorization, in turn (the last answer repeats); no_card waits the whole time limit for a card; hang never answers (a terminal that froze).</source>
      <translation>Câu trả lời lần lượt của thiết bị thanh toán giả cho mỗi lần cấp phép (câu cuối được lặp lại); no_card chờ thẻ suốt thời hạn; hang không bao giờ trả lời (thiết bị bị treo).</translation>
    </message>
    <message>
      <source>Delay (ms)</source>
      <translation>Độ trễ (ms)</translation>
    </message>
    <message>
      <source>Simulated time the resident takes to tap or insert a card.</source>
      <translation>Thời gian giả lập để người dân chạm hoặc cắm thẻ.</translation>
    </message>
    <message>
      <source>Capture fault</source>
      <translation>Lỗi thu tiền</translation>
    </message>
    <message>
      <source>Make the mock terminal's capture fail (raise) or never answer (hang).</source>
      <translation>Làm cho lệnh thu tiền của thiết bị giả bị lỗi (raise) hoặc không bao giờ trả lời (hang).</translation>
    </message>
    <message>
      <source>Void fault</source>
      <translation>Lỗi hủy giao dịch</translation>
    </message>
    <message>
      <source>Make the mock terminal's void fail (raise) or never answer (hang).</source>
      <translation>Làm cho lệnh hủy của thiết bị giả bị lỗi (raise) hoặc không bao giờ trả lời (hang).</translation>
    </message>
    <message>
      <source>Payment backend</source>
      <translation>Backend thanh toán</translation>
    </message>
    <message>
      <source>free: every fee is waived; mock: a scripted card terminal (tests, demo).</source>
      <translation>free: miễn mọi khoản phí; mock: máy thanh toán thẻ giả lập (kiểm thử, demo).</translation>
    </message>
    <message>
      <source>Waive fees for exempt residents</source>
      <translation>Miễn phí cho người được miễn</translation>
    </message>
    <message>
      <source>Residents the records mark as fee-exempt pay the fee of their exemption reason ([[exemptions]], for example recipients of basic livelihood support), or nothing when the records name no reason. Off: everyone pays.</source>
      <translation>Cư dân được hồ sơ ghi là được miễn giảm phí sẽ trả mức phí theo lý do miễn giảm ([[exemptions]], ví dụ người nhận trợ cấp sinh hoạt cơ bản), hoặc không trả gì khi hồ sơ không nêu lý do. Tắt: mọi người đều trả phí.</translation>
    </message>
    <message>
      <source>Payment time limit (s)</source>
      <translation>Giới hạn thời gian thanh toán (giây)</translation>
    </message>
    <message>
      <source>How long the terminal waits for the resident's card.</source>
      <translation>Thời gian máy thanh toán chờ thẻ của người dân.</translation>
    </message>
    <message>
      <source>Terminal answer limit (s)</source>
      <translation>Thời hạn trả lời của thiết bị (giây)</translation>
    </message>
    <message>
      <source>How long a capture or void may take, and an authorization beyond the card wait, before the kiosk stops waiting, tells staff and releases the resident.</source>
      <translation>Thời gian tối đa cho lệnh thu tiền hoặc hủy, và cho lệnh cấp phép sau thời gian chờ thẻ; quá hạn, ki-ốt ngừng chờ, báo nhân viên và để người dân rời đi.</translation>
    </message>
    <message>
      <source>Mock terminal</source>
      <translation>Máy thanh toán giả lập</translation>
    </message>
    <message>
      <source>Options for tests and the demo.</source>
      <translation>Tùy chọn cho kiểm thử và demo.</translation>
    </message>
    <message>
      <source>Paper width (mm)</source>
      <translation>Khổ giấy (mm)</translation>
    </message>
    <message>
      <source>58 mm = 384 dots, 80 mm = 576 dots.</source>
      <translation>58 mm = 384 điểm, 80 mm = 576 điểm.</translation>
    </message>
    <message>
      <source>Korean text mode</source>
      <translation>Chế độ in chữ Hàn</translation>
    </message>
    <message>
      <source>native: the printer's KS X 1001 (CP949) font; raster: text sent as an image.</source>
      <translation>native: dùng phông KS X 1001 (CP949) của máy in; raster: gửi chữ dưới dạng ảnh.</translation>
    </message>
    <message>
      <source>QR code mode</source>
      <translation>Chế độ mã QR</translation>
    </message>
    <message>
      <source>native: the printer draws the QR (GS ( k); image: sent as a raster image.</source>
      <translation>native: máy in tự vẽ mã QR (GS ( k); image: gửi dưới dạng ảnh raster.</translation>
    </message>
    <message>
      <source>Paper cut</source>
      <translation>Cắt giấy</translation>
    </message>
    <message>
      <source>Cut after each job.</source>
      <translation>Cắt giấy sau mỗi lệnh in.</translation>
    </message>
    <message>
      <source>Print density</source>
      <translation>Độ đậm khi in</translation>
    </message>
    <message>
      <source>Where supported (0-8).</source>
      <translation>Khi máy in hỗ trợ (0-8).</translation>
    </message>
    <message>
      <source>Printer reports its status</source>
      <translation>Máy in báo trạng thái</translation>
    </message>
    <message>
      <source>On: every job needs a full status answer (DLE EOT) before and after it, and the printer's answer to GS r 1 once it has printed it, or it fails. Off: the printer or its connection cannot answer; tickets print unchecked (residents are asked to check the slot) and paid documents are refused.</source>
      <translation>Bật: mỗi lệnh in cần một phản hồi trạng thái đầy đủ (DLE EOT) trước và sau khi in, và phản hồi của máy in cho GS r 1 sau khi đã in xong, nếu không sẽ bị coi là lỗi. Tắt: máy in hoặc kết nối không thể trả lời; phiếu số được in mà không kiểm tra (người dân được nhắc xem khe giấy) và giấy tờ có phí bị từ chối.</translation>
    </message>
    <message>
      <source>Refuse on unknown status (no longer used)</source>
      <translation>Từ chối khi không rõ trạng thái (không còn dùng)</translation>
    </message>
    <message>
      <source>Kept so older files load: an unknown status is always a failed job now. For a printer that cannot answer, turn off reports_status instead.</source>
      <translation>Giữ lại để đọc được tệp cấu hình cũ: nay trạng thái không rõ luôn là lệnh in lỗi. Với máy in không thể trả lời, hãy tắt reports_status.</translation>
    </message>
    <message>
      <source>Make the mock printer fail (for tests).</source>
      <translation>Làm máy in giả lập bị lỗi (để kiểm thử).</translation>
    </message>
    <message>
      <source>Simulated printing time.</source>
      <translation>Thời gian in giả lập.</translation>
    </message>
    <message>
      <source>Vendor id</source>
      <translation>Mã nhà sản xuất</translation>
    </message>
    <message>
      <source>USB vendor id.</source>
      <translation>Mã nhà sản xuất USB (vendor id).</translation>
    </message>
    <message>
      <source>Product id</source>
      <translation>Mã sản phẩm</translation>
    </message>
    <message>
      <source>USB product id.</source>
      <translation>Mã sản phẩm USB (product id).</translation>
    </message>
    <message>
      <source>IN endpoint</source>
      <translation>Endpoint IN</translation>
    </message>
    <message>
      <source>Bulk IN.</source>
      <translation>Endpoint Bulk IN.</translation>
    </message>
    <message>
      <source>OUT endpoint</source>
      <translation>Endpoint OUT</translation>
    </message>
    <message>
      <source>Bulk OUT.</source>
      <translation>Endpoint Bulk OUT.</translation>
    </message>
    <message>
      <source>Timeout (ms)</source>
      <translation>Thời gian chờ (ms)</translation>
    </message>
    <message>
      <source>USB transfer timeout.</source>
      <translation>Thời gian chờ truyền USB.</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Thiết bị</translation>
    </message>
    <message>
      <source>Serial device path that survives a replug, e.g. /dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A1B2C3-if00-port0 (not /dev/ttyUSB0, whose number can change), or COM3.</source>
      <translation>Đường dẫn thiết bị nối tiếp không đổi khi cắm lại, ví dụ /dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A1B2C3-if00-port0 (không dùng /dev/ttyUSB0 vì số có thể đổi), hoặc COM3.</translation>
    </message>
    <message>
      <source>Baud rate</source>
      <translation>Tốc độ baud</translation>
    </message>
    <message>
      <source>Serial speed.</source>
      <translation>Tốc độ cổng nối tiếp.</translation>
    </message>
    <message>
      <source>Read/write timeout.</source>
      <translation>Thời gian chờ đọc/ghi.</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Máy chủ</translation>
    </message>
    <message>
      <source>Printer IP address or host name.</source>
      <translation>Địa chỉ IP hoặc tên máy chủ của máy in.</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Cổng</translation>
    </message>
    <message>
      <source>Raw TCP port.</source>
      <translation>Cổng TCP raw.</translation>
    </message>
    <message>
      <source>Connect and read timeout.</source>
      <translation>Thời gian chờ kết nối và đọc.</translation>
    </message>
    <message>
      <source>Device file</source>
      <translation>Tệp thiết bị</translation>
    </message>
    <message>
      <source>Printer device file, e.g. /dev/usb/lp0.</source>
      <translation>Tệp thiết bị máy in, vd. /dev/usb/lp0.</translation>
    </message>
    <message>
      <source>CUPS queue</source>
      <translation>Hàng đợi CUPS</translation>
    </message>
    <message>
      <source>Name of the CUPS printer queue.</source>
      <translation>Tên hàng đợi máy in CUPS.</translation>
    </message>
    <message>
      <source>CUPS server</source>
      <translation>Máy chủ CUPS</translation>
    </message>
    <message>
      <source>Print server as host, host:port or the path of its socket; empty: this computer's CUPS (as set by CUPS_SERVER or client.conf).</source>
      <translation>Máy chủ in: máy chủ, máy chủ:cổng hoặc đường dẫn socket; để trống: CUPS của máy này (theo CUPS_SERVER hoặc client.conf).</translation>
    </message>
    <message>
      <source>Windows queue</source>
      <translation>Hàng đợi Windows</translation>
    </message>
    <message>
      <source>Windows printer name.</source>
      <translation>Tên máy in Windows.</translation>
    </message>
    <message>
      <source>Printer backend</source>
      <translation>Backend máy in</translation>
    </message>
    <message>
      <source>How the kiosk talks to its printer.</source>
      <translation>Cách kiosk giao tiếp với máy in.</translation>
    </message>
    <message>
      <source>Job time limit (s)</source>
      <translation>Giới hạn thời gian in (giây)</translation>
    </message>
    <message>
      <source>A print job that takes longer (printer stalled) fails with a timeout.</source>
      <translation>Lệnh in kéo dài hơn mức này (máy in bị treo) sẽ thất bại do hết thời gian.</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Cấu hình</translation>
    </message>
    <message>
      <source>Paper and capabilities.</source>
      <translation>Giấy và tính năng.</translation>
    </message>
    <message>
      <source>Mock printer</source>
      <translation>Máy in giả lập</translation>
    </message>
    <message>
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <source>USB options.</source>
      <translation>Tùy chọn USB.</translation>
    </message>
    <message>
      <source>Serial</source>
      <translation>Nối tiếp</translation>
    </message>
    <message>
      <source>Serial options.</source>
      <translation>Tùy chọn cổng nối tiếp.</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Mạng</translation>
    </message>
    <message>
      <source>Network options.</source>
      <translation>Tùy chọn mạng.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <source>File options.</source>
      <translation>Tùy chọn tệp.</translation>
    </message>
    <message>
      <source>CUPS</source>
      <translation>CUPS</translation>
    </message>
    <message>
      <source>CUPS options.</source>
      <translation>Tùy chọn CUPS.</translation>
    </message>
    <message>
      <source>Windows</source>
      <translation>Windows</translation>
    </message>
    <message>
      <source>Windows options.</source>
      <translation>Tùy chọn Windows.</translation>
    </message>
    <message>
      <source>Speech backend</source>
      <translation>Backend giọng nói</translation>
    </message>
    <message>
      <source>How the kiosk speaks.</source>
      <translation>Cách kiosk phát giọng nói.</translation>
    </message>
    <message>
      <source>Default rate</source>
      <translation>Tốc độ mặc định</translation>
    </message>
    <message>
      <source>-1 slow, 0 normal, 1 fast.</source>
      <translation>-1 chậm, 0 bình thường, 1 nhanh.</translation>
    </message>
    <message>
      <source>Default volume</source>
      <translation>Âm lượng mặc định</translation>
    </message>
    <message>
      <source>0 silent, 1 loudest.</source>
      <translation>0 tắt tiếng, 1 to nhất.</translation>
    </message>
    <message>
      <source>Qt speech engine</source>
      <translation>Engine giọng nói Qt</translation>
    </message>
    <message>
      <source>speechd, winrt, sapi or empty for the platform default.</source>
      <translation>speechd, winrt, sapi hoặc để trống để dùng mặc định của nền tảng.</translation>
    </message>
    <message>
      <source>Recorded clips folder</source>
      <translation>Thư mục đoạn ghi âm</translation>
    </message>
    <message>
      <source>Folder of recorded prompts per language (clips backend).</source>
      <translation>Thư mục chứa lời nhắc ghi âm theo từng ngôn ngữ (backend clips).</translation>
    </message>
    <message>
      <source>espeak-ng output</source>
      <translation>Đầu ra espeak-ng</translation>
    </message>
    <message>
      <source>device: the sound card; null: discard audio in real time (no sound card).</source>
      <translation>device: card âm thanh; null: bỏ âm thanh theo thời gian thực (không có card âm thanh).</translation>
    </message>
    <message>
      <source>Earphones</source>
      <translation>Tai nghe</translation>
    </message>
    <message>
      <source>Whether speech is private, so typed characters may be read back: auto: when earphones are detected in the jack (unknown counts as none); always: the kiosk has earphones or a handset only; never: loudspeaker only.</source>
      <translation>Giọng nói có riêng tư không (để có thể đọc lại ký tự đã gõ). auto: khi phát hiện tai nghe cắm vào giắc (không rõ thì coi như không có); always: máy chỉ có tai nghe hoặc ống nghe; never: chỉ có loa.</translation>
    </message>
    <message>
      <source>Display screen</source>
      <translation>Màn hình hiển thị</translation>
    </message>
    <message>
      <source>Geometry of the lobby display's panel (sizes on it are set in millimetres).</source>
      <translation>Thông số màn hình sảnh chờ (các kích thước trên đó tính bằng milimét).</translation>
    </message>
    <message>
      <source>Fullscreen</source>
      <translation>Toàn màn hình</translation>
    </message>
    <message>
      <source>Fill the whole screen (turn off only for development).</source>
      <translation>Hiển thị toàn màn hình (chỉ tắt khi phát triển).</translation>
    </message>
    <message>
      <source>Monitor</source>
      <translation>Màn hình</translation>
    </message>
    <message>
      <source>Which connected monitor shows the display (0 is the first).</source>
      <translation>Màn hình đã kết nối dùng để hiển thị (0 là màn hình đầu tiên).</translation>
    </message>
    <message>
      <source>Announcement repeats</source>
      <translation>Số lần phát thông báo</translation>
    </message>
    <message>
      <source>How many times each call is spoken.</source>
      <translation>Số lần đọc mỗi lượt gọi.</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Ngôn ngữ thứ hai</translation>
    </message>
    <message>
      <source>Also announce each call in this language, after the Korean.</source>
      <translation>Sau tiếng Hàn, đọc thêm mỗi lượt gọi bằng ngôn ngữ này.</translation>
    </message>
    <message>
      <source>Chime</source>
      <translation>Chuông báo</translation>
    </message>
    <message>
      <source>Play a chime before each announcement.</source>
      <translation>Phát chuông báo trước mỗi thông báo.</translation>
    </message>
    <message>
      <source>Earlier calls shown</source>
      <translation>Số lượt gọi trước hiển thị</translation>
    </message>
    <message>
      <source>How many earlier calls the display lists beside the current ones.</source>
      <translation>Số lượt gọi trước được liệt kê bên cạnh các lượt gọi hiện tại.</translation>
    </message>
    <message>
      <source>Number height (mm)</source>
      <translation>Chiều cao chữ số (mm)</translation>
    </message>
    <message>
      <source>Height of the called numbers; about 1 mm per 10 cm of viewing distance.</source>
      <translation>Chiều cao của số được gọi; khoảng 1 mm cho mỗi 10 cm khoảng cách nhìn.</translation>
    </message>
    <message>
      <source>Purpose id</source>
      <translation>Mã mục đích</translation>
    </message>
    <message>
      <source>Short stable identifier.</source>
      <translation>Mã định danh ngắn, cố định.</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>The purpose as residents see it.</source>
      <translation>Mục đích như cư dân nhìn thấy.</translation>
    </message>
    <message>
      <source>Document id</source>
      <translation>Mã giấy tờ</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _).</source>
      <translation>Mã định danh ngắn, cố định (chữ thường, chữ số, - hoặc _).</translation>
    </message>
    <message>
      <source>The document as residents see it.</source>
      <translation>Tên giấy tờ mà người dân nhìn thấy.</translation>
    </message>
    <message>
      <source>Fee per copy (won)</source>
      <translation>Phí mỗi bản (won)</translation>
    </message>
    <message>
      <source>What one copy costs at the kiosk.</source>
      <translation>Giá một bản tại kiosk.</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <source>Choices offered before printing: household_members, rrn_back (resident number back digits), household_reason (세대 구성 사유 및 일자), change_reason (변동 사유), address_history (none, last 5 years or all), household_head (세대주 성명 및 관계), military_service (병역사항), family_kind (일반, 상세 or 특정), purpose (from purposes). Copies are always offered.</source>
      <translation>Các lựa chọn trước khi in: household_members (thành viên trong hộ), rrn_back (các số cuối của số đăng ký cư trú), household_reason (lý do và ngày lập hộ), change_reason (lý do thay đổi), address_history (không, 5 năm gần nhất hoặc tất cả), household_head (tên chủ hộ và quan hệ), military_service (nghĩa vụ quân sự), family_kind (thông thường, chi tiết hoặc chọn lọc), purpose (chọn trong purposes). Số bản luôn được chọn.</translation>
    </message>
    <message>
      <source>Purposes of use</source>
      <translation>Mục đích sử dụng</translation>
    </message>
    <message>
      <source>What the resident may say the document is for (the purpose option); the first is preselected.</source>
      <translation>Những mục đích cư dân có thể chọn cho giấy tờ (lựa chọn purpose); mục đầu tiên được chọn sẵn.</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>Bật</translation>
    </message>
    <message>
      <source>Disabled documents are hidden on the kiosk.</source>
      <translation>Giấy tờ bị tắt sẽ không hiển thị trên kiosk.</translation>
    </message>
    <message>
      <source>Exemption id</source>
      <translation>Mã lý do miễn giảm</translation>
    </message>
    <message>
      <source>Short stable identifier; the records service names the reasons that apply to a resident with these ids.</source>
      <translation>Mã định danh ngắn, cố định; dịch vụ hồ sơ dùng các mã này để nêu lý do miễn giảm áp dụng cho cư dân.</translation>
    </message>
    <message>
      <source>The reason as residents see it on the summary.</source>
      <translation>Lý do như cư dân thấy trên màn hình tóm tắt.</translation>
    </message>
    <message>
      <source>Fees (won)</source>
      <translation>Phí (won)</translation>
    </message>
    <message>
      <source>Fee per copy for each document id under this exemption; a document not named here is free.</source>
      <translation>Phí mỗi bản cho từng mã giấy tờ theo lý do miễn giảm này; giấy tờ không nêu ở đây được miễn phí.</translation>
    </message>
    <message>
      <source>"{value}" is already used by {other}</source>
      <translation>"{value}" đã được dùng ở {other}</translation>
    </message>
    <message>
      <source>Phone follow-up</source>
      <translation>Theo dõi lượt bằng điện thoại</translation>
    </message>
    <message>
      <source>Print a QR code on each queue ticket that opens its live status page (served by `kiosk web`).</source>
      <translation>In trên mỗi phiếu số thứ tự một mã QR mở trang trạng thái trực tiếp (do `kiosk web` cung cấp).</translation>
    </message>
    <message>
      <source>Public address</source>
      <translation>Địa chỉ công khai</translation>
    </message>
    <message>
      <source>Address residents' phones reach `kiosk web` at, e.g. http://10.0.0.5:8080 (the QR code is this address plus the ticket's secret link).</source>
      <translation>Địa chỉ điện thoại của người dân truy cập `kiosk web`, ví dụ http://10.0.0.5:8080 (mã QR là địa chỉ này cộng với liên kết bí mật của phiếu).</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>Địa chỉ lắng nghe</translation>
    </message>
    <message>
      <source>Network address `kiosk web` listens on (0.0.0.0: every interface).</source>
      <translation>Địa chỉ mạng `kiosk web` lắng nghe (0.0.0.0: mọi giao diện).</translation>
    </message>
    <message>
      <source>Listen port</source>
      <translation>Cổng lắng nghe</translation>
    </message>
    <message>
      <source>TCP port of `kiosk web`.</source>
      <translation>Cổng TCP của `kiosk web`.</translation>
    </message>
    <message>
      <source>Text when this many are ahead</source>
      <translation>Nhắn tin khi còn bấy nhiêu người phía trước</translation>
    </message>
    <message>
      <source>A resident who left a phone number is texted once when this many people are ahead, and once when called.</source>
      <translation>Người dân để lại số điện thoại được nhắn một lần khi còn bấy nhiêu người phía trước và một lần khi được gọi.</translation>
    </message>
    <message>
      <source>Refresh period (s)</source>
      <translation>Chu kỳ làm mới (giây)</translation>
    </message>
    <message>
      <source>How often the status page and the text notifier look at the queue.</source>
      <translation>Tần suất trang trạng thái và bộ gửi tin kiểm tra hàng đợi.</translation>
    </message>
    <message>
      <source>Give the address phones reach the status page at, starting with http:// or https://</source>
      <translation>Hãy nhập địa chỉ điện thoại dùng để mở trang trạng thái, bắt đầu bằng http:// hoặc https://</translation>
    </message>
    <message>
      <source>Item id</source>
      <translation>Mã vật dụng</translation>
    </message>
    <message>
      <source>Short stable identifier of the tool (lowercase).</source>
      <translation>Mã định danh ngắn, cố định của dụng cụ (chữ thường).</translation>
    </message>
    <message>
      <source>The tool as residents see it.</source>
      <translation>Tên dụng cụ mà cư dân nhìn thấy.</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>How many of this tool the centre has.</source>
      <translation>Số dụng cụ này mà trung tâm có.</translation>
    </message>
    <message>
      <source>Loan days</source>
      <translation>Số ngày mượn</translation>
    </message>
    <message>
      <source>Days a resident may keep the tool; the slip gives the return date.</source>
      <translation>Số ngày cư dân được giữ dụng cụ; phiếu ghi ngày hạn trả.</translation>
    </message>
    <message>
      <source>Offer tool lending and parcel keeping on the kiosk's other services.</source>
      <translation>Cung cấp cho mượn dụng cụ và giữ bưu kiện trong các dịch vụ khác của máy.</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>Dụng cụ</translation>
    </message>
    <message>
      <source>The tools residents may borrow.</source>
      <translation>Các dụng cụ cư dân có thể mượn.</translation>
    </message>
    <message>
      <source>Parcel keeping</source>
      <translation>Giữ bưu kiện</translation>
    </message>
    <message>
      <source>Residents may ask, by phone number, whether a parcel is kept for them.</source>
      <translation>Cư dân có thể hỏi bằng số điện thoại xem có bưu kiện được giữ không.</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation>Quầy</translation>
    </message>
    <message>
      <source>The counter where tools are handed out and returned and parcels collected.</source>
      <translation>Quầy giao, nhận lại dụng cụ và trả bưu kiện.</translation>
    </message>
    <message>
      <source>Tools per phone number</source>
      <translation>Số dụng cụ mỗi số điện thoại</translation>
    </message>
    <message>
      <source>How many tools one mobile number may have at a time, asked for today or not yet returned; the kiosk refuses more (0: no limit).</source>
      <translation>Số dụng cụ tối đa một số điện thoại di động được giữ cùng lúc (đã đăng ký hôm nay hoặc chưa trả); ki-ốt từ chối nếu vượt quá (0: không giới hạn).</translation>
    </message>
    <message>
      <source>Due soon (days)</source>
      <translation>Sắp đến hạn (ngày)</translation>
    </message>
    <message>
      <source>Staff see a loan in the reminders this many days before it is due.</source>
      <translation>Nhân viên thấy lượt mượn trong nhắc nhở trước hạn bấy nhiêu ngày.</translation>
    </message>
    <message>
      <source>Keep personal data (days)</source>
      <translation>Lưu dữ liệu cá nhân (ngày)</translation>
    </message>
    <message>
      <source>Phone numbers of returned or cancelled loans and collected parcels are erased this many days later.</source>
      <translation>Số điện thoại của lượt mượn đã trả hoặc đã hủy và bưu kiện đã nhận sẽ bị xóa sau số ngày này.</translation>
    </message>
    <message>
      <source>Text shown in Korean.</source>
      <translation>Nội dung hiển thị bằng tiếng Hàn.</translation>
    </message>
    <message>
      <source>Text shown in English.</source>
      <translation>Nội dung hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
      <source>Text shown in Simplified Chinese.</source>
      <translation>Nội dung hiển thị bằng tiếng Trung giản thể.</translation>
    </message>
    <message>
      <source>Text shown in Vietnamese.</source>
      <translation>Nội dung hiển thị bằng tiếng Việt.</translation>
    </message>
    <message>
      <source>Notice id</source>
      <translation>Mã thông báo</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <source>The notice's heading.</source>
      <translation>Tiêu đề của thông báo.</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>The notice itself, as residents read it in large type.</source>
      <translation>Nội dung thông báo mà cư dân đọc bằng chữ lớn.</translation>
    </message>
    <message>
      <source>Shown from</source>
      <translation>Hiển thị từ ngày</translation>
    </message>
    <message>
      <source>First day the notice is shown (a date: 2026-11-16).</source>
      <translation>Ngày đầu tiên hiển thị thông báo (ví dụ: 2026-11-16).</translation>
    </message>
    <message>
      <source>Shown until</source>
      <translation>Hiển thị đến ngày</translation>
    </message>
    <message>
      <source>Last day the notice is shown (inclusive).</source>
      <translation>Ngày cuối cùng hiển thị thông báo (tính cả ngày đó).</translation>
    </message>
    <message>
      <source>Option id</source>
      <translation>Mã lựa chọn</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _). Votes and the list of who voted are kept under it: give each new poll a new id (a poll copied from last term with the same id keeps last term's votes, and its voters cannot vote again).</source>
      <translation>Mã nhận dạng ngắn, cố định (chữ thường, chữ số, - hoặc _). Phiếu bầu và danh sách người đã bỏ phiếu được lưu theo mã này: hãy đặt mã mới cho mỗi cuộc bỏ phiếu mới (sao chép cuộc bỏ phiếu kỳ trước với cùng mã sẽ giữ lại phiếu của kỳ trước, và những người đã bỏ phiếu khi đó không thể bỏ phiếu lại).</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Nhãn</translation>
    </message>
    <message>
      <source>The option as residents see it.</source>
      <translation>Lựa chọn như cư dân nhìn thấy.</translation>
    </message>
    <message>
      <source>Cost (won)</source>
      <translation>Chi phí (won)</translation>
    </message>
    <message>
      <source>What the project costs: required in a budget poll, not set in a survey.</source>
      <translation>Chi phí của dự án: bắt buộc trong cuộc bỏ phiếu ngân sách, không điền trong khảo sát.</translation>
    </message>
    <message>
      <source>Poll id</source>
      <translation>Mã cuộc bỏ phiếu</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _); votes keep it.</source>
      <translation>Mã định danh ngắn, cố định (chữ thường, chữ số, - hoặc _); phiếu bầu lưu mã này.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>survey: a question with answers. budget: participatory budgeting (주민참여예산), each option a project with its cost.</source>
      <translation>survey: khảo sát gồm câu hỏi và câu trả lời. budget: ngân sách có sự tham gia (주민참여예산), mỗi lựa chọn là một dự án kèm chi phí.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Câu hỏi</translation>
    </message>
    <message>
      <source>What residents are asked.</source>
      <translation>Điều được hỏi cư dân.</translation>
    </message>
    <message>
      <source>The answers; each resident chooses one.</source>
      <translation>Các lựa chọn; mỗi cư dân chọn một.</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <source>When voting starts (2026-11-16T09:00:00, center time).</source>
      <translation>Thời điểm bắt đầu bỏ phiếu (ví dụ 2026-11-16T09:00:00, theo giờ của trung tâm).</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <source>When voting ends (not included); results stay visible to staff.</source>
      <translation>Thời điểm kết thúc bỏ phiếu (từ lúc này không thể bỏ phiếu); nhân viên vẫn xem được kết quả.</translation>
    </message>
    <message>
      <source>Offer resident participation on the kiosk's other-services menu.</source>
      <translation>Hiển thị mục Hội tự quản cư dân trong menu dịch vụ khác của máy.</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>Thông báo</translation>
    </message>
    <message>
      <source>Notices of the residents' council, each shown between two dates.</source>
      <translation>Thông báo của Hội tự quản cư dân, mỗi thông báo hiển thị trong khoảng thời gian đã định.</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>Bỏ phiếu</translation>
    </message>
    <message>
      <source>Surveys and participatory-budget votes, each open between two times.</source>
      <translation>Khảo sát và bỏ phiếu ngân sách có sự tham gia, mỗi cuộc mở trong khoảng thời gian đã định.</translation>
    </message>
    <message>
      <source>give both opens and closes an offset, or neither</source>
      <translation>hãy ghi độ lệch múi giờ cho cả opens và closes, hoặc không ghi cho cả hai</translation>
    </message>
    <message>
      <source>must not be before shown_from</source>
      <translation>không được trước shown_from</translation>
    </message>
    <message>
      <source>must be after opens</source>
      <translation>phải sau opens</translation>
    </message>
    <message>
      <source>required in a budget poll</source>
      <translation>bắt buộc trong cuộc bỏ phiếu ngân sách</translation>
    </message>
    <message>
      <source>only for kind = "budget"</source>
      <translation>chỉ dùng khi kind = "budget"</translation>
    </message>
    <message>
      <source>Course id</source>
      <translation>Mã khóa học</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _); registrations are stored under it.</source>
      <translation>Mã định danh ngắn, cố định (chữ thường, chữ số, - hoặc _); các đăng ký được lưu theo mã này.</translation>
    </message>
    <message>
      <source>The course as residents see it.</source>
      <translation>Tên khóa học mà người dân nhìn thấy.</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <source>culture (문화), sports (체육) or education (교육).</source>
      <translation>culture (văn hóa), sports (thể thao) hoặc education (giáo dục).</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Lịch học</translation>
    </message>
    <message>
      <source>When it meets, as residents read it (e.g. "매주 화·목 10:00–11:30").</source>
      <translation>Lịch học mà người dân đọc (ví dụ "Thứ Ba, Thứ Năm 10:00–11:30").</translation>
    </message>
    <message>
      <source>Term start</source>
      <translation>Ngày khai giảng</translation>
    </message>
    <message>
      <source>First day of the term.</source>
      <translation>Ngày đầu tiên của khóa học.</translation>
    </message>
    <message>
      <source>Term end</source>
      <translation>Ngày kết thúc</translation>
    </message>
    <message>
      <source>Last day of the term.</source>
      <translation>Ngày cuối cùng của khóa học.</translation>
    </message>
    <message>
      <source>Places</source>
      <translation>Số chỗ</translation>
    </message>
    <message>
      <source>How many residents the course takes.</source>
      <translation>Số người khóa học nhận.</translation>
    </message>
    <message>
      <source>Waiting list size</source>
      <translation>Số người danh sách chờ</translation>
    </message>
    <message>
      <source>How many more may join the waiting list once the places are taken (0: no waiting list).</source>
      <translation>Số người có thể vào danh sách chờ khi đã hết chỗ (0: không có danh sách chờ).</translation>
    </message>
    <message>
      <source>Fee (won)</source>
      <translation>Học phí (won)</translation>
    </message>
    <message>
      <source>The term's fee, paid at the counter (0: free).</source>
      <translation>Học phí của khóa, nộp tại quầy (0: miễn phí).</translation>
    </message>
    <message>
      <source>Registration opens</source>
      <translation>Ngày mở đăng ký</translation>
    </message>
    <message>
      <source>First day residents can register.</source>
      <translation>Ngày đầu tiên người dân có thể đăng ký.</translation>
    </message>
    <message>
      <source>Registration closes</source>
      <translation>Ngày đóng đăng ký</translation>
    </message>
    <message>
      <source>Last day residents can register (at the latest term_end; after term_start, late registrants are told to pay before their first class).</source>
      <translation>Ngày cuối cùng người dân có thể đăng ký (muộn nhất là term_end; người đăng ký sau term_start được nhắc nộp học phí trước buổi học đầu tiên).</translation>
    </message>
    <message>
      <source>A disabled course takes no new registrations and the kiosk does not list it. The counter still lists it, to manage its registrations and waiting list (a cancel still gives the place to the first waiting).</source>
      <translation>Khóa học bị tắt không nhận đăng ký mới và không hiện trên ki-ốt. Quầy vẫn hiện khóa học này để quản lý người đăng ký và danh sách chờ (khi hủy một đăng ký, chỗ vẫn được chuyển cho người chờ đầu tiên).</translation>
    </message>
    <message>
      <source>Registration number prefix</source>
      <translation>Tiền tố số đăng ký</translation>
    </message>
    <message>
      <source>Printed before each registration's number, e.g. YGAM in YGAM-001 (capital letters and digits). Empty: the first four letters of the id in capitals. Each course needs its own.</source>
      <translation>In trước mỗi số đăng ký, ví dụ YGAM trong YGAM-001 (chữ in hoa và chữ số). Để trống: bốn chữ cái đầu của mã, viết hoa. Mỗi khóa học cần một tiền tố riêng.</translation>
    </message>
    <message>
      <source>Residents can register for the centre's courses at the kiosk.</source>
      <translation>Người dân có thể đăng ký các khóa học của trung tâm tại kiosk.</translation>
    </message>
    <message>
      <source>Courses</source>
      <translation>Khóa học</translation>
    </message>
    <message>
      <source>The courses of the current terms, in the order the kiosk lists them.</source>
      <translation>Các khóa học của kỳ hiện tại, theo thứ tự hiển thị trên kiosk.</translation>
    </message>
    <message>
      <source>Names and phone numbers of registrations are erased this many days after the term ends or the registration is cancelled (a term no longer in the config: after its first day).</source>
      <translation>Tên và số điện thoại của người đăng ký sẽ bị xóa sau số ngày này kể từ khi khóa học kết thúc hoặc đăng ký bị hủy (khóa học không còn trong cấu hình: tính từ ngày bắt đầu).</translation>
    </message>
    <message>
      <source>must not be before term_start</source>
      <translation>không được trước term_start</translation>
    </message>
    <message>
      <source>must not be before registration_opens</source>
      <translation>không được trước registration_opens</translation>
    </message>
    <message>
      <source>must not be after term_end</source>
      <translation>không được sau term_end</translation>
    </message>
    <message>
      <source>numbers registrations {prefix}-001 like {other}: give one of them another number_prefix</source>
      <translation>đánh số đăng ký {prefix}-001 giống {other}: hãy đặt number_prefix khác cho một trong hai</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>URL gốc</translation>
    </message>
    <message>
      <source>The records service, e.g. https://records.example.go.kr/api (see docs/records-http.md). https:// only; http:// only to this computer (tests).</source>
      <translation>Dịch vụ hồ sơ, ví dụ https://records.example.go.kr/api (xem docs/records-http.md). Chỉ https://; http:// chỉ dành cho chính máy này (kiểm thử).</translation>
    </message>
    <message>
      <source>Bearer token</source>
      <translation>Bearer token</translation>
    </message>
    <message>
      <source>Sent as Authorization: Bearer TOKEN.</source>
      <translation>Gửi dưới dạng Authorization: Bearer TOKEN.</translation>
    </message>
    <message>
      <source>The whole lookup must finish within this: connecting, the answer, retries and the waits between them.</source>
      <translation>Toàn bộ lần tra cứu phải xong trong thời gian này: kết nối, câu trả lời, các lần thử lại và thời gian chờ giữa chúng.</translation>
    </message>
    <message>
      <source>Retries</source>
      <translation>Số lần thử lại</translation>
    </message>
    <message>
      <source>Extra attempts after a timeout, a refused connection or a 5xx answer.</source>
      <translation>Số lần thử thêm sau khi hết thời gian chờ, bị từ chối kết nối hoặc nhận phản hồi 5xx.</translation>
    </message>
    <message>
      <source>Backoff (s)</source>
      <translation>Thời gian chờ lùi (giây)</translation>
    </message>
    <message>
      <source>Wait before the first retry; doubled before each further one.</source>
      <translation>Thời gian chờ trước lần thử lại đầu tiên; nhân đôi trước mỗi lần tiếp theo.</translation>
    </message>
    <message>
      <source>CA certificate file</source>
      <translation>Tệp chứng chỉ CA</translation>
    </message>
    <message>
      <source>PEM file of the CA that signed the service's certificate (empty: the system's). TLS verification is always on.</source>
      <translation>Tệp PEM của CA đã ký chứng chỉ của dịch vụ (để trống: dùng của hệ thống). Xác minh TLS luôn được bật.</translation>
    </message>
    <message>
      <source>Make the demo records provider fail (for tests); other_person answers with another resident's record.</source>
      <translation>Làm nhà cung cấp hồ sơ trình diễn gặp lỗi (để kiểm thử); other_person trả về hồ sơ của một cư dân khác.</translation>
    </message>
    <message>
      <source>Records provider</source>
      <translation>Nguồn hồ sơ</translation>
    </message>
    <message>
      <source>demo: fictional residents shipped with the kiosk; http: a records service.</source>
      <translation>demo: cư dân hư cấu đi kèm kiosk; http: dịch vụ hồ sơ.</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>Demo</translation>
    </message>
    <message>
      <source>Demo provider options.</source>
      <translation>Tùy chọn nguồn demo.</translation>
    </message>
    <message>
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <source>Records service options.</source>
      <translation>Tùy chọn dịch vụ hồ sơ.</translation>
    </message>
    <message>
      <source>must be an https:// address (e.g. https://records.example/api), got "{value}"</source>
      <translation>phải là địa chỉ https:// (ví dụ https://records.example/api), nhận được "{value}"</translation>
    </message>
    <message>
      <source>plain http:// would send residents' details unencrypted: use https:// (http:// is only for this computer, e.g. 127.0.0.1), got "{value}"</source>
      <translation>http:// thông thường sẽ gửi thông tin của cư dân mà không mã hóa: hãy dùng https:// (http:// chỉ dành cho chính máy này, ví dụ 127.0.0.1), nhận được "{value}"</translation>
    </message>
    <message>
      <source>not a valid URL, got "{value}"</source>
      <translation>không phải URL hợp lệ, nhận được "{value}"</translation>
    </message>
    <message>
      <source>Schema version</source>
      <translation>Phiên bản lược đồ</translation>
    </message>
    <message>
      <source>Version of this file's layout; older files are migrated when loaded.</source>
      <translation>Phiên bản cấu trúc của tệp này; tệp cũ sẽ được chuyển đổi khi tải.</translation>
    </message>
    <message>
      <source>Center</source>
      <translation>Trung tâm</translation>
    </message>
    <message>
      <source>The community center.</source>
      <translation>Trung tâm hành chính phúc lợi.</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>Màn hình</translation>
    </message>
    <message>
      <source>The touch panel's geometry.</source>
      <translation>Thông số màn hình cảm ứng.</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Dịch vụ</translation>
    </message>
    <message>
      <source>Queue services residents can take a number for.</source>
      <translation>Các dịch vụ người dân có thể lấy số thứ tự.</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>Thiết bị</translation>
    </message>
    <message>
      <source>Printer, card reader, speech.</source>
      <translation>Máy in, đầu đọc thẻ, giọng nói.</translation>
    </message>
    <message>
      <source>Display</source>
      <translation>Hiển thị</translation>
    </message>
    <message>
      <source>Screen defaults.</source>
      <translation>Mặc định của màn hình.</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>Lưu trữ</translation>
    </message>
    <message>
      <source>Where tickets are stored.</source>
      <translation>Nơi lưu phiếu số thứ tự.</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Giấy tờ</translation>
    </message>
    <message>
      <source>Certificates residents can print at the kiosk, with their fees.</source>
      <translation>Các giấy chứng nhận người dân có thể in tại kiosk, kèm mức phí.</translation>
    </message>
    <message>
      <source>Fee exemptions</source>
      <translation>Miễn giảm phí</translation>
    </message>
    <message>
      <source>Reasons a resident pays less or nothing for certificates (when devices.payment.waive_for_exempt is on), with the fee per document.</source>
      <translation>Các lý do cư dân trả ít hơn hoặc không trả phí giấy chứng nhận, kèm phí cho từng giấy tờ (khi devices.payment.waive_for_exempt bật).</translation>
    </message>
    <message>
      <source>Where resident records for certificates come from.</source>
      <translation>Nguồn hồ sơ cư dân dùng để cấp giấy tờ.</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>Kỹ thuật viên</translation>
    </message>
    <message>
      <source>Technician mode entry: PIN, technician cards, corner, timeout.</source>
      <translation>Vào chế độ kỹ thuật viên: PIN, thẻ kỹ thuật viên, góc màn hình, thời gian chờ.</translation>
    </message>
    <message>
      <source>Lobby display</source>
      <translation>Màn hình sảnh chờ</translation>
    </message>
    <message>
      <source>The lobby display that shows and announces calls.</source>
      <translation>Màn hình sảnh chờ hiển thị và thông báo các lượt gọi.</translation>
    </message>
    <message>
      <source>Counters</source>
      <translation>Quầy</translation>
    </message>
    <message>
      <source>Staff counters: priority calls and wait estimates.</source>
      <translation>Quầy nhân viên: gọi ưu tiên và ước tính thời gian chờ.</translation>
    </message>
    <message>
      <source>Lending and parcels</source>
      <translation>Cho mượn và bưu kiện</translation>
    </message>
    <message>
      <source>Tool lending and parcel keeping (a centre service).</source>
      <translation>Cho mượn dụng cụ và giữ bưu kiện (dịch vụ của trung tâm).</translation>
    </message>
    <message>
      <source>QR code on tickets, the live status page and text messages.</source>
      <translation>Mã QR trên phiếu, trang trạng thái trực tiếp và tin nhắn.</translation>
    </message>
    <message>
      <source>Welfare intake</source>
      <translation>Tiếp nhận phúc lợi</translation>
    </message>
    <message>
      <source>Welfare consultation bookings, home visits and crisis reports.</source>
      <translation>Đặt lịch tư vấn phúc lợi, yêu cầu thăm nhà và báo tin hộ gặp khó khăn.</translation>
    </message>
    <message>
      <source>Resident participation</source>
      <translation>Hội tự quản cư dân</translation>
    </message>
    <message>
      <source>주민자치회: notices on the kiosk and the lobby display, and polls residents vote in with their ID card.</source>
      <translation>Hội tự quản cư dân (주민자치회): thông báo trên máy và màn hình sảnh, và các cuộc bỏ phiếu cư dân tham gia bằng thẻ căn cước.</translation>
    </message>
    <message>
      <source>Programmes</source>
      <translation>Đăng ký khóa học</translation>
    </message>
    <message>
      <source>Course registration (자치회관 강좌), a centre service.</source>
      <translation>Đăng ký khóa học (lớp của nhà văn hóa), một dịch vụ của trung tâm.</translation>
    </message>
    <message>
      <source>must be off while certificates are issued (documents are enabled)</source>
      <translation>phải tắt khi đang cấp giấy chứng nhận (có giấy tờ đang được bật)</translation>
    </message>
    <message>
      <source>must be off while residents vote with their ID card (participation has polls)</source>
      <translation>phải tắt khi cư dân bỏ phiếu bằng thẻ căn cước (mục tham gia của cư dân có cuộc bỏ phiếu)</translation>
    </message>
    <message>
      <source>puts the lowest controls {height} mm above the floor; they must be at least {minimum} mm up, within reach from a wheelchair</source>
      <translation>nút thấp nhất cách sàn {height} mm; phải cao ít nhất {minimum} mm để người ngồi xe lăn với tới</translation>
    </message>
    <message>
      <source>overlaps the band of {other}</source>
      <translation>trùng với dải số của {other}</translation>
    </message>
    <message>
      <source>must list at least one purpose (the purpose option is on)</source>
      <translation>phải có ít nhất một mục đích (lựa chọn purpose đang bật)</translation>
    </message>
    <message>
      <source>names no document in [[documents]]</source>
      <translation>không phải giấy tờ nào trong [[documents]]</translation>
    </message>
    <message>
      <source>must be between 0 and 100000 won</source>
      <translation>phải từ 0 đến 100000 won</translation>
    </message>
    <message>
      <source>Width (pixels)</source>
      <translation>Chiều rộng (pixel)</translation>
    </message>
    <message>
      <source>Panel resolution, horizontal.</source>
      <translation>Độ phân giải ngang của màn hình.</translation>
    </message>
    <message>
      <source>Height (pixels)</source>
      <translation>Chiều cao (pixel)</translation>
    </message>
    <message>
      <source>Panel resolution, vertical.</source>
      <translation>Độ phân giải dọc của màn hình.</translation>
    </message>
    <message>
      <source>Pixel pitch (mm)</source>
      <translation>Bước điểm ảnh (mm)</translation>
    </message>
    <message>
      <source>Physical size of one pixel; when set it wins over the physical width.</source>
      <translation>Kích thước thực của một điểm ảnh; khi được đặt, giá trị này được ưu tiên hơn chiều rộng thực.</translation>
    </message>
    <message>
      <source>Physical width (mm)</source>
      <translation>Chiều rộng thực (mm)</translation>
    </message>
    <message>
      <source>Visible width of the panel; used when the pixel pitch is not set.</source>
      <translation>Chiều rộng vùng hiển thị của màn hình; dùng khi chưa đặt bước điểm ảnh.</translation>
    </message>
    <message>
      <source>Mounting height (mm)</source>
      <translation>Chiều cao lắp đặt (mm)</translation>
    </message>
    <message>
      <source>Height of the panel's bottom edge above the floor (for low-screen mode).</source>
      <translation>Chiều cao từ sàn đến mép dưới màn hình (cho chế độ màn hình thấp).</translation>
    </message>
    <message>
      <source>set either pixel_pitch_mm or physical_width_mm</source>
      <translation>cần đặt pixel_pitch_mm hoặc physical_width_mm</translation>
    </message>
    <message>
      <source>Service id</source>
      <translation>Mã dịch vụ</translation>
    </message>
    <message>
      <source>The service as residents see it.</source>
      <translation>Tên dịch vụ mà người dân nhìn thấy.</translation>
    </message>
    <message>
      <source>Ticket prefix</source>
      <translation>Tiền tố số phiếu</translation>
    </message>
    <message>
      <source>One uppercase letter shown before the number (A-012). Use this or a number band.</source>
      <translation>Một chữ cái in hoa đứng trước số (A-012). Dùng mục này hoặc một dải số.</translation>
    </message>
    <message>
      <source>Number band</source>
      <translation>Dải số</translation>
    </message>
    <message>
      <source>First and last number of this service's band (e.g. 500-799), instead of a prefix.</source>
      <translation>Số đầu và số cuối trong dải số của dịch vụ này (vd. 500-799), thay cho tiền tố.</translation>
    </message>
    <message>
      <source>Counter numbers that serve this service.</source>
      <translation>Số các quầy phục vụ dịch vụ này.</translation>
    </message>
    <message>
      <source>Minutes per person</source>
      <translation>Số phút mỗi người</translation>
    </message>
    <message>
      <source>Seed estimate of one person's service time, until measured data exists.</source>
      <translation>Ước tính ban đầu về thời gian phục vụ một người, dùng cho đến khi có dữ liệu đo được.</translation>
    </message>
    <message>
      <source>Priority allowed</source>
      <translation>Cho phép ưu tiên</translation>
    </message>
    <message>
      <source>Elderly, disabled and pregnant residents may take a priority ticket.</source>
      <translation>Người cao tuổi, người khuyết tật và phụ nữ mang thai có thể lấy phiếu ưu tiên.</translation>
    </message>
    <message>
      <source>Disabled services are hidden on the kiosk.</source>
      <translation>Dịch vụ bị tắt sẽ không hiển thị trên kiosk.</translation>
    </message>
    <message>
      <source>must be one uppercase letter A-Z, got "{value}"</source>
      <translation>phải là một chữ cái in hoa A-Z, giá trị nhập: "{value}"</translation>
    </message>
    <message>
      <source>set exactly one of prefix (a letter A-Z) or band ([first, last])</source>
      <translation>phải đặt đúng một trong hai: prefix (một chữ cái A-Z) hoặc band ([số đầu, số cuối])</translation>
    </message>
    <message>
      <source>must be [first, last] with 0 &lt;= first &lt; last &lt;= 9999, got {value}</source>
      <translation>phải có dạng [số đầu, số cuối] với 0 &lt;= số đầu &lt; số cuối &lt;= 9999, giá trị nhập: {value}</translation>
    </message>
    <message>
      <source>Database URL</source>
      <translation>URL cơ sở dữ liệu</translation>
    </message>
    <message>
      <source>SQLAlchemy URL; empty means SQLite in the kiosk's data directory.</source>
      <translation>URL SQLAlchemy; để trống nghĩa là dùng SQLite trong thư mục dữ liệu của kiosk.</translation>
    </message>
    <message>
      <source>must be empty (SQLite in the data folder), a SQLite URL (sqlite:///path/to/file.sqlite3) or a PostgreSQL URL (postgresql+psycopg://user@host/database)</source>
      <translation>phải để trống (SQLite trong thư mục dữ liệu), là URL SQLite (sqlite:///path/to/file.sqlite3) hoặc URL PostgreSQL (postgresql+psycopg://user@host/database)</translation>
    </message>
    <message>
      <source>PIN hash</source>
      <translation>Mã băm PIN</translation>
    </message>
    <message>
      <source>scrypt hash of the technician PIN; set it with `kiosk tech set-pin`. Empty: PIN entry is disabled.</source>
      <translation>Mã băm scrypt của PIN kỹ thuật viên; đặt bằng `kiosk tech set-pin`. Để trống: tắt nhập PIN.</translation>
    </message>
    <message>
      <source>Technician card UIDs</source>
      <translation>UID thẻ kỹ thuật viên</translation>
    </message>
    <message>
      <source>PC/SC card UIDs (uppercase hex, e.g. 04A1B2C3) that bring up the technician PIN pad; the PIN is still needed (a UID can be copied).</source>
      <translation>UID thẻ PC/SC (hex chữ hoa, ví dụ 04A1B2C3) mở bàn phím PIN kỹ thuật viên; vẫn cần nhập PIN (UID có thể bị sao chép).</translation>
    </message>
    <message>
      <source>Entry corner</source>
      <translation>Góc truy cập</translation>
    </message>
    <message>
      <source>Screen corner a technician presses and holds to ask for the PIN.</source>
      <translation>Góc màn hình mà kỹ thuật viên nhấn giữ để mở ô nhập PIN.</translation>
    </message>
    <message>
      <source>Long press (s)</source>
      <translation>Nhấn giữ (giây)</translation>
    </message>
    <message>
      <source>How long the corner must be held before the PIN pad appears.</source>
      <translation>Thời gian phải giữ góc màn hình trước khi bàn phím PIN hiện ra.</translation>
    </message>
    <message>
      <source>Technician idle timeout (s)</source>
      <translation>Thời gian chờ không thao tác của kỹ thuật viên (giây)</translation>
    </message>
    <message>
      <source>Technician mode returns to the resident home screen after this long without a touch.</source>
      <translation>Chế độ kỹ thuật viên trở về màn hình đầu của người dân sau khoảng thời gian này nếu không có thao tác chạm.</translation>
    </message>
    <message>
      <source>Default language</source>
      <translation>Ngôn ngữ mặc định</translation>
    </message>
    <message>
      <source>Language each session starts in.</source>
      <translation>Ngôn ngữ khi bắt đầu mỗi phiên.</translation>
    </message>
    <message>
      <source>Default theme</source>
      <translation>Giao diện mặc định</translation>
    </message>
    <message>
      <source>Colour theme each session starts in.</source>
      <translation>Chủ đề màu khi bắt đầu mỗi phiên.</translation>
    </message>
    <message>
      <source>Lower controls by default</source>
      <translation>Mặc định hạ thấp các nút</translation>
    </message>
    <message>
      <source>Whether each session starts with every control moved within reach from a wheelchair (low-screen mode): auto when the panel's top is above 1,220 mm (screen.mounting_height_mm plus the panel's height), or always on, or off.</source>
      <translation>Mỗi phiên có bắt đầu với mọi nút được hạ xuống trong tầm với từ xe lăn (chế độ màn hình thấp) hay không: auto khi mép trên màn hình cao hơn 1.220 mm (screen.mounting_height_mm cộng chiều cao màn hình), on là luôn bật, off là tắt.</translation>
    </message>
    <message>
      <source>Home reset (s)</source>
      <translation>Đặt lại màn hình đầu (giây)</translation>
    </message>
    <message>
      <source>On the first screen, settings a resident changed (language, voice, contrast, big text, lower) go back to the defaults after this long without a touch, with a warning first.</source>
      <translation>Ở màn hình đầu, các cài đặt người dân đã đổi (ngôn ngữ, giọng nói, tương phản, chữ to, hạ thấp) sẽ trở về mặc định sau khoảng thời gian này không chạm, có cảnh báo trước.</translation>
    </message>
    <message>
      <source>Idle timeout (s)</source>
      <translation>Thời gian chờ không thao tác (giây)</translation>
    </message>
    <message>
      <source>Return home (and wipe the session) after this long without a touch.</source>
      <translation>Quay về màn hình đầu (và xóa phiên) sau khoảng thời gian này nếu không có thao tác chạm.</translation>
    </message>
    <message>
      <source>Ticket screen time (s)</source>
      <translation>Thời gian màn hình phiếu (giây)</translation>
    </message>
    <message>
      <source>How long the closing screens (take your ticket, your documents, a result) stay before returning home; at least 35 s, so the time warning, 25 s before the end, comes after 10 s of reading.</source>
      <translation>Thời gian các màn hình kết thúc (nhận số, nhận giấy tờ, kết quả) hiển thị trước khi về màn hình đầu; ít nhất 35 giây, để cảnh báo thời gian, xuất hiện 25 giây trước khi hết, đến sau 10 giây đọc.</translation>
    </message>
    <message>
      <source>Run fullscreen (turn off only for development).</source>
      <translation>Chạy toàn màn hình (chỉ tắt khi phát triển).</translation>
    </message>
    <message>
      <source>Topic id</source>
      <translation>Mã lĩnh vực</translation>
    </message>
    <message>
      <source>Stable identifier stored with each request.</source>
      <translation>Mã cố định được lưu cùng mỗi yêu cầu.</translation>
    </message>
    <message>
      <source>The topic as residents and staff read it.</source>
      <translation>Tên lĩnh vực mà người dân và nhân viên thấy.</translation>
    </message>
    <message>
      <source>Weekday</source>
      <translation>Thứ</translation>
    </message>
    <message>
      <source>mon, tue, wed, thu, fri, sat or sun.</source>
      <translation>mon, tue, wed, thu, fri, sat hoặc sun.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <source>First slot starts at this time (HH:MM).</source>
      <translation>Khung giờ đầu tiên bắt đầu lúc này (HH:MM).</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <source>The last slot ends by this time (HH:MM, later than the start).</source>
      <translation>Khung giờ cuối kết thúc trước lúc này (HH:MM, sau giờ bắt đầu).</translation>
    </message>
    <message>
      <source>Offer welfare consultation, home visits and crisis reports at the kiosk.</source>
      <translation>Cung cấp tư vấn phúc lợi, thăm nhà và báo tin khẩn cấp tại máy kiosk.</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <source>What a resident can ask about, in the order the kiosk lists them.</source>
      <translation>Các lĩnh vực người dân có thể hỏi, theo thứ tự hiển thị trên kiosk.</translation>
    </message>
    <message>
      <source>Consultation hours</source>
      <translation>Giờ tư vấn</translation>
    </message>
    <message>
      <source>When welfare staff take consultations; slots are cut from these windows.</source>
      <translation>Thời gian cán bộ phúc lợi tư vấn; các khung giờ được chia từ đây.</translation>
    </message>
    <message>
      <source>Slot length (minutes)</source>
      <translation>Độ dài mỗi khung giờ (phút)</translation>
    </message>
    <message>
      <source>Length of one consultation slot.</source>
      <translation>Thời lượng một lần tư vấn.</translation>
    </message>
    <message>
      <source>Days ahead</source>
      <translation>Số ngày đặt trước</translation>
    </message>
    <message>
      <source>Slots are offered from tomorrow up to this many days ahead.</source>
      <translation>Các khung giờ từ ngày mai đến số ngày này.</translation>
    </message>
    <message>
      <source>Retention (days)</source>
      <translation>Thời gian lưu (ngày)</translation>
    </message>
    <message>
      <source>How long a request, with what the resident gave, is kept once staff have marked it done; a consultation is also kept until its slot is this many days past. New and in-progress requests are never deleted: they stay in the counter's welfare inbox until staff mark them done. Deleting runs at kiosk start and when the inbox refreshes.</source>
      <translation>Thời gian lưu một yêu cầu, cùng những gì người dân đã cung cấp, sau khi nhân viên đánh dấu là đã xong; một buổi tư vấn còn được lưu cho đến khi giờ hẹn đã qua ngần ấy ngày. Yêu cầu mới và đang xử lý không bao giờ bị xóa: chúng ở lại trong hộp thư phúc lợi của quầy cho đến khi nhân viên đánh dấu là đã xong. Việc xóa diễn ra khi kiosk khởi động và khi hộp thư được làm mới.</translation>
    </message>
    <message>
      <source>Callback promise</source>
      <translation>Cam kết gọi lại</translation>
    </message>
    <message>
      <source>When staff will call back, printed on the receipt and shown at the end.</source>
      <translation>Khi nào nhân viên gọi lại; in trên phiếu và hiển thị ở cuối.</translation>
    </message>
    <message>
      <source>Welfare team phone</source>
      <translation>Số điện thoại tổ phúc lợi</translation>
    </message>
    <message>
      <source>The welfare team's number, printed on every receipt (empty: left off).</source>
      <translation>Số điện thoại của tổ phúc lợi, in trên mọi phiếu (để trống: không in).</translation>
    </message>
    <message>
      <source>must be a time as HH:MM, got "{value}"</source>
      <translation>phải là giờ dạng HH:MM, nhận được "{value}"</translation>
    </message>
    <message>
      <source>must be later than start ({start})</source>
      <translation>phải muộn hơn giờ bắt đầu ({start})</translation>
    </message>
  </context>
  <context>
    <name>count</name>
    <message>
      <source>{count} people</source>
      <translation>{count} người</translation>
    </message>
    <message>
      <source>1 person</source>
      <translation>1 người</translation>
    </message>
  </context>
  <context>
    <name>counter</name>
    <message>
      <source>Counter {n} is paused: resume it first</source>
      <translation>Quầy {n} đang tạm dừng: hãy tiếp tục trước</translation>
    </message>
    <message>
      <source>{code} is still called here: start serving it or mark it absent first</source>
      <translation>{code} vẫn đang được gọi ở quầy này: hãy bắt đầu phục vụ hoặc đánh dấu vắng mặt trước</translation>
    </message>
    <message>
      <source>{code} is already being served</source>
      <translation>{code} đang được phục vụ rồi</translation>
    </message>
    <message>
      <source>{code} is no longer waiting</source>
      <translation>{code} không còn đang chờ</translation>
    </message>
    <message>
      <source>{code} is still being served here: finish it first</source>
      <translation>{code} vẫn đang được phục vụ ở quầy này: hãy hoàn tất trước</translation>
    </message>
    <message>
      <source>{code} was just called to counter {n}</source>
      <translation>{code} vừa được gọi đến quầy {n}</translation>
    </message>
    <message>
      <source>{code} is still printing; it can be called once its ticket is out</source>
      <translation>{code} vẫn đang in; có thể gọi khi phiếu đã ra</translation>
    </message>
    <message>
      <source>Counter {n} serves no service (see services[].counters in the settings)</source>
      <translation>Quầy {n} không phụ trách dịch vụ nào (xem services[].counters trong cài đặt)</translation>
    </message>
    <message>
      <source>Counter {n} has no called ticket</source>
      <translation>Quầy {n} không có số nào đã được gọi</translation>
    </message>
    <message>
      <source>{service} is switched off</source>
      <translation>Dịch vụ {service} đang tắt</translation>
    </message>
    <message>
      <source>This ticket is no longer in the queue</source>
      <translation>Số này không còn trong hàng chờ</translation>
    </message>
    <message>
      <source>{code} waits for another counter's service</source>
      <translation>{code} đang chờ dịch vụ của quầy khác</translation>
    </message>
    <message>
      <source>Unknown service {service}</source>
      <translation>Dịch vụ không xác định: {service}</translation>
    </message>
    <message>
      <source>{code} already waits for {service}</source>
      <translation>{code} đã đang chờ {service}</translation>
    </message>
    <message>
      <source>Start serving {code} first</source>
      <translation>Hãy bắt đầu phục vụ {code} trước</translation>
    </message>
    <message>
      <source>{code} was withdrawn at the kiosk: its resident holds no ticket. Call the next one.</source>
      <translation>Số {code} đã bị hủy tại kiosk: không có cư dân nào giữ số này. Hãy gọi số tiếp theo.</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>Quầy {n}</translation>
    </message>
    <message>
      <source>Counter {n} · {services}</source>
      <translation>Quầy {n} · {services}</translation>
    </message>
    <message>
      <source>Current ticket</source>
      <translation>Số hiện tại</translation>
    </message>
    <message>
      <source>Call next (F1)</source>
      <translation>Gọi số tiếp (F1)</translation>
    </message>
    <message>
      <source>Call again (F2)</source>
      <translation>Gọi lại (F2)</translation>
    </message>
    <message>
      <source>Start service (F3)</source>
      <translation>Bắt đầu phục vụ (F3)</translation>
    </message>
    <message>
      <source>Finish (F4)</source>
      <translation>Hoàn tất (F4)</translation>
    </message>
    <message>
      <source>Absent (F5)</source>
      <translation>Vắng mặt (F5)</translation>
    </message>
    <message>
      <source>Transfer to… (F6)</source>
      <translation>Chuyển sang… (F6)</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Đang chờ</translation>
    </message>
    <message>
      <source>Staff calls from kiosks (double-click or Enter to dismiss)</source>
      <translation>Yêu cầu gọi nhân viên từ kiosk (nhấp đúp hoặc nhấn Enter để bỏ qua)</translation>
    </message>
    <message>
      <source>Temporarily unavailable: the queue database does not answer. Retrying…</source>
      <translation>Tạm thời không sử dụng được: cơ sở dữ liệu hàng chờ không phản hồi. Đang thử lại…</translation>
    </message>
    <message>
      <source>{service} {count}</source>
      <translation>{service}: {count} người</translation>
    </message>
    <message>
      <source>Waiting now: {counts}</source>
      <translation>Đang chờ: {counts}</translation>
    </message>
    <message>
      <source>Called</source>
      <translation>Đã gọi</translation>
    </message>
    <message>
      <source>Serving</source>
      <translation>Đang phục vụ</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Đang in</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Số</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Dịch vụ</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Giờ lấy số</translation>
    </message>
    <message>
      <source>Waited (min)</source>
      <translation>Đã chờ (phút)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Tạm dừng</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Đang mở</translation>
    </message>
    <message>
      <source>Resume (F7)</source>
      <translation>Tiếp tục (F7)</translation>
    </message>
    <message>
      <source>Pause (F7)</source>
      <translation>Tạm dừng (F7)</translation>
    </message>
    <message>
      <source>issued {time}</source>
      <translation>lấy số lúc {time}</translation>
    </message>
    <message>
      <source>{time}  {kiosk}: a resident asks for help ({detail})</source>
      <translation>{time}  {kiosk}: người dân cần trợ giúp ({detail})</translation>
    </message>
    <message>
      <source>Queue · staff calls: {n}</source>
      <translation>Hàng chờ · gọi nhân viên: {n}</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>Hàng chờ</translation>
    </message>
    <message>
      <source>Temporarily unavailable; try again in a moment.</source>
      <translation>Tạm thời không sử dụng được; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
      <source>This centre has no other service to send a ticket to</source>
      <translation>Trung tâm này không có dịch vụ nào khác để chuyển số</translation>
    </message>
    <message>
      <source>Called {code}</source>
      <translation>Đã gọi {code}</translation>
    </message>
    <message>
      <source>Called {code} again</source>
      <translation>Đã gọi lại {code}</translation>
    </message>
    <message>
      <source>Serving {code}</source>
      <translation>Đang phục vụ {code}</translation>
    </message>
    <message>
      <source>{code} done</source>
      <translation>{code} đã xong</translation>
    </message>
    <message>
      <source>{code} marked absent</source>
      <translation>{code} đã được đánh dấu vắng mặt</translation>
    </message>
    <message>
      <source>{code} sent to {service}</source>
      <translation>{code} đã chuyển sang {service}</translation>
    </message>
    <message>
      <source>next</source>
      <translation>tiếp theo</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>ưu tiên</translation>
    </message>
    <message>
      <source>print failed</source>
      <translation>in lỗi</translation>
    </message>
    <message>
      <source>printing</source>
      <translation>đang in</translation>
    </message>
    <message>
      <source>from {service}</source>
      <translation>từ {service}</translation>
    </message>
    <message>
      <source>No ticket at this counter</source>
      <translation>Quầy này chưa có số nào</translation>
    </message>
    <message>
      <source>Nobody is waiting</source>
      <translation>Không có ai đang chờ</translation>
    </message>
    <message>
      <source>Counter open</source>
      <translation>Quầy đang mở</translation>
    </message>
    <message>
      <source>Counter paused</source>
      <translation>Quầy tạm dừng</translation>
    </message>
  </context>
  <context>
    <name>counter_panels</name>
    <message>
      <source>This PC's centre key file ({file}) is not the kiosks' one. Please ask the technician to copy it from the first kiosk.</source>
      <translation>Tệp khóa trung tâm của máy này ({file}) không giống của các ki-ốt. Vui lòng nhờ kỹ thuật viên sao chép tệp này từ ki-ốt đầu tiên.</translation>
    </message>
  </context>
  <context>
    <name>counter_programmes</name>
    <message>
      <source>not taking registrations</source>
      <translation>không nhận đăng ký</translation>
    </message>
    <message>
      <source>Course registration</source>
      <translation>Đăng ký khóa học</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Làm mới</translation>
    </message>
    <message>
      <source>Show name and phone number</source>
      <translation>Hiện tên và số điện thoại</translation>
    </message>
    <message>
      <source>Mark as called</source>
      <translation>Đánh dấu đã gọi</translation>
    </message>
    <message>
      <source>Cancel registration</source>
      <translation>Hủy đăng ký</translation>
    </message>
    <message>
      <source>The registrations could not be read: {error}</source>
      <translation>Không đọc được danh sách đăng ký: {error}</translation>
    </message>
    <message>
      <source>Registered {registered}/{capacity} · waiting {waiting}/{waiting_list}</source>
      <translation>Đã đăng ký {registered}/{capacity} · chờ {waiting}/{waiting_list}</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Đã đăng ký</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Đang chờ</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>{number} cancelled.</source>
      <translation>Đã hủy {number}.</translation>
    </message>
    <message>
      <source>Registration no.</source>
      <translation>Số đăng ký</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Waiting list</source>
      <translation>Thứ tự chờ</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>Điện thoại di động</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>Ngày đăng ký</translation>
    </message>
    <message>
      <source>{number} moved from the waiting list to a place: please call them.</source>
      <translation>{number} đã được chuyển từ danh sách chờ sang đăng ký chính thức: vui lòng gọi cho họ.</translation>
    </message>
    <message>
      <source>Choose one registration first.</source>
      <translation>Hãy chọn một đăng ký trước.</translation>
    </message>
    <message>
      <source>(no name given)</source>
      <translation>(không có tên)</translation>
    </message>
    <message>
      <source>Cancel registration {number}?</source>
      <translation>Hủy đăng ký {number}?</translation>
    </message>
    <message>
      <source>{number}: the name and phone number were erased.</source>
      <translation>{number}: tên và số điện thoại đã bị xóa.</translation>
    </message>
    <message>
      <source>Registered, to call</source>
      <translation>Đã đăng ký, cần gọi</translation>
    </message>
  </context>
  <context>
    <name>date</name>
    <message>
      <source>Mon</source>
      <translation>T2</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>T3</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>T4</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>T5</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>T6</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>T7</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>CN</translation>
    </message>
    <message>
      <source>{month}/{day} ({weekday})</source>
      <translation>{day}/{month} ({weekday})</translation>
    </message>
    <message>
      <source>{year}/{month}/{day} ({weekday})</source>
      <translation>{day}/{month}/{year} ({weekday})</translation>
    </message>
  </context>
  <context>
    <name>display</name>
    <message>
      <source>Lobby display</source>
      <translation>Màn hình sảnh chờ</translation>
    </message>
    <message>
      <source>Earlier calls</source>
      <translation>Số đã gọi trước</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Đang chờ</translation>
    </message>
    <message>
      <source>Residents' council notice</source>
      <translation>Thông báo Hội tự quản cư dân</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>Quầy {n}</translation>
    </message>
    <message>
      <source>Connection to the queue lost; reconnecting…</source>
      <translation>Mất kết nối với hệ thống hàng chờ; đang kết nối lại…</translation>
    </message>
    <message>
      <source>{service}: {count} waiting</source>
      <translation>{service}: {count} người đang chờ</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Tạm ngừng</translation>
    </message>
    <message>
      <source>{code} → counter {n}</source>
      <translation>{code} → quầy {n}</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Certificates are temporarily unavailable. Please ask at the counter.</source>
      <translation>Tạm thời không thể cấp giấy chứng nhận. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Queue numbers are temporarily unavailable. Please ask at the counter.</source>
      <translation>Tạm thời không thể lấy số thứ tự. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>No more numbers can be issued for this service right now. Please ask staff.</source>
      <translation>Hiện không thể cấp thêm số cho dịch vụ này. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>Queue numbers cannot be issued because the kiosk's clock looks wrong. Please ask staff.</source>
      <translation>Không thể cấp số thứ tự vì đồng hồ của máy có vẻ sai. Vui lòng hỏi nhân viên.</translation>
    </message>
  </context>
  <context>
    <name>follow</name>
    <message>
      <source>Please enter a mobile number like 010-1234-5678 (numbers starting 010, 011...).</source>
      <translation>Vui lòng nhập số di động như 010-1234-5678 (bắt đầu bằng 010, 011...).</translation>
    </message>
    <message>
      <source>Estimated wait: about {minutes} min</source>
      <translation>Thời gian chờ dự kiến: khoảng {minutes} phút</translation>
    </message>
    <message>
      <source>[Queue {code}] {n} people are ahead of you. Please come to the waiting area.</source>
      <translation>[Số {code}] Còn {n} người trước bạn. Vui lòng đến khu vực chờ.</translation>
    </message>
    <message>
      <source>Estimated wait: almost none</source>
      <translation>Thời gian chờ dự kiến: gần như không</translation>
    </message>
    <message>
      <source>[Queue {code}] You are next. Please come to the waiting area.</source>
      <translation>[Số {code}] Bạn là người tiếp theo. Vui lòng đến khu vực chờ.</translation>
    </message>
    <message>
      <source>[Queue {code}] 1 person is ahead of you. Please come to the waiting area.</source>
      <translation>[Số {code}] Còn 1 người trước bạn. Vui lòng đến khu vực chờ.</translation>
    </message>
    <message>
      <source>You are next</source>
      <translation>Bạn là người tiếp theo</translation>
    </message>
    <message>
      <source>1 person ahead of you</source>
      <translation>Còn 1 người trước bạn</translation>
    </message>
    <message>
      <source>{n} people ahead of you</source>
      <translation>Còn {n} người trước bạn</translation>
    </message>
    <message>
      <source>Your number was called. Please go to counter {n}.</source>
      <translation>Số của bạn đã được gọi. Vui lòng đến quầy {n}.</translation>
    </message>
    <message>
      <source>Your number was called. Please go to the counter.</source>
      <translation>Số của bạn đã được gọi. Vui lòng đến quầy.</translation>
    </message>
    <message>
      <source>You are being served at counter {n}.</source>
      <translation>Bạn đang được phục vụ tại quầy {n}.</translation>
    </message>
    <message>
      <source>Your visit is finished. Thank you.</source>
      <translation>Việc của bạn đã xong. Xin cảm ơn.</translation>
    </message>
    <message>
      <source>Your number was called but you were not there. Please ask staff.</source>
      <translation>Số của bạn đã được gọi nhưng bạn không có mặt. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>This ticket was cancelled. Please ask staff.</source>
      <translation>Phiếu này đã bị hủy. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
      <source>This ticket has expired. Please take a new number.</source>
      <translation>Phiếu này đã hết hạn. Vui lòng lấy số mới.</translation>
    </message>
    <message>
      <source>[Queue {code}] Your number was called. Please go to counter {n}.</source>
      <translation>[Số {code}] Số của bạn đã được gọi. Vui lòng đến quầy {n}.</translation>
    </message>
    <message>
      <source>Queue ticket status</source>
      <translation>Trạng thái phiếu số thứ tự</translation>
    </message>
    <message>
      <source>Your number</source>
      <translation>Số của bạn</translation>
    </message>
    <message>
      <source>This page updates by itself.</source>
      <translation>Trang này tự cập nhật.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Ngôn ngữ</translation>
    </message>
    <message>
      <source>Civil service</source>
      <translation>Dịch vụ hành chính</translation>
    </message>
    <message>
      <source>Text me when {n} people are ahead of me and when my number is called.</source>
      <translation>Nhắn tin cho tôi khi còn {n} người trước tôi và khi số của tôi được gọi.</translation>
    </message>
    <message>
      <source>Mobile number</source>
      <translation>Số điện thoại di động</translation>
    </message>
    <message>
      <source>Send me texts</source>
      <translation>Nhận tin nhắn</translation>
    </message>
    <message>
      <source>We will text you when {n} people are ahead of you and when your number is called.</source>
      <translation>Chúng tôi sẽ nhắn tin cho bạn khi còn {n} người trước bạn và khi số của bạn được gọi.</translation>
    </message>
    <message>
      <source>Texts go to {number}.</source>
      <translation>Tin nhắn sẽ được gửi đến số {number}.</translation>
    </message>
    <message>
      <source>Wrong number? Enter the right one</source>
      <translation>Sai số? Hãy nhập số đúng</translation>
    </message>
    <message>
      <source>Change number</source>
      <translation>Đổi số</translation>
    </message>
    <message>
      <source>Your number is used for this ticket only and deleted when your visit ends or the day is over.</source>
      <translation>Số điện thoại chỉ dùng cho phiếu này và sẽ bị xóa khi bạn xong việc hoặc hết ngày.</translation>
    </message>
    <message>
      <source>Your number was not saved: this ticket is no longer waiting, so no texts will come.</source>
      <translation>Số của bạn chưa được lưu: phiếu này không còn chờ nữa nên sẽ không có tin nhắn.</translation>
    </message>
    <message>
      <source>The mobile number of this ticket cannot be changed again. Texts go to the number already saved.</source>
      <translation>Không thể đổi số điện thoại di động của phiếu này thêm nữa. Tin nhắn sẽ được gửi đến số đã lưu.</translation>
    </message>
    <message>
      <source>Ticket not found</source>
      <translation>Không tìm thấy phiếu</translation>
    </message>
    <message>
      <source>This link is not valid or has expired. Please take a new number at the kiosk.</source>
      <translation>Liên kết này không hợp lệ hoặc đã hết hạn. Vui lòng lấy số mới tại máy kiosk.</translation>
    </message>
    <message>
      <source>The queue cannot be reached right now. This page will try again by itself.</source>
      <translation>Hiện không thể kết nối hàng đợi. Trang này sẽ tự thử lại.</translation>
    </message>
  </context>
  <context>
    <name>home</name>
    <message>
      <source>Tap to take a queue number for this service.</source>
      <translation>Chạm để lấy số thứ tự cho dịch vụ này.</translation>
    </message>
    <message>
      <source>{service} (priority)</source>
      <translation>{service} (ưu tiên)</translation>
    </message>
    <message>
      <source>Take a queue number</source>
      <translation>Lấy số thứ tự</translation>
    </message>
    <message>
      <source>Tap the service you came for.</source>
      <translation>Hãy chạm vào dịch vụ bạn cần.</translation>
    </message>
    <message>
      <source>Voice guide: press any key on the keypad below the screen, or tap the Voice guide button.</source>
      <translation>Hướng dẫn bằng giọng nói: nhấn phím bất kỳ trên bàn phím dưới màn hình, hoặc chạm nút Hướng dẫn giọng nói.</translation>
    </message>
    <message>
      <source>Choose the language of the screen</source>
      <translation>Chọn ngôn ngữ màn hình</translation>
    </message>
    <message>
      <source>Voice guide: on</source>
      <translation>Giọng nói: bật</translation>
    </message>
    <message>
      <source>Voice guide</source>
      <translation>Hướng dẫn giọng nói</translation>
    </message>
    <message>
      <source>Turn spoken guidance on or off</source>
      <translation>Bật hoặc tắt hướng dẫn bằng giọng nói</translation>
    </message>
    <message>
      <source>Waiting: {count}</source>
      <translation>Đang chờ: {count} người</translation>
    </message>
    <message>
      <source>Print a certificate (등본, 초본…)</source>
      <translation>In giấy tờ (등본, 초본…)</translation>
    </message>
    <message>
      <source>Print certificates such as resident registration copies, with your ID card</source>
      <translation>In các giấy chứng nhận như bản sao đăng ký cư trú bằng thẻ tùy thân</translation>
    </message>
    <message>
      <source>Other services of the centre: {services}</source>
      <translation>Các dịch vụ khác của trung tâm: {services}</translation>
    </message>
    <message>
      <source>about {minutes} min</source>
      <translation>khoảng {minutes} phút</translation>
    </message>
    <message>
      <source>Priority
Elderly, disabled, pregnant</source>
      <translation>Ưu tiên
Người già, khuyết tật, mang thai</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>Dịch vụ khác</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>Typing in Hangul.</source>
      <translation>Đang gõ bằng chữ Hàn.</translation>
    </message>
    <message>
      <source>Typing in Latin letters.</source>
      <translation>Đang gõ bằng chữ Latinh.</translation>
    </message>
    <message>
      <source>Shift on.</source>
      <translation>Phụ âm đôi: bật.</translation>
    </message>
    <message>
      <source>Shift off.</source>
      <translation>Phụ âm đôi: tắt.</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>Phụ âm đôi</translation>
    </message>
    <message>
      <source>The next key types a double consonant, ㅒ or ㅖ</source>
      <translation>Phím tiếp theo gõ phụ âm đôi, ㅒ hoặc ㅖ</translation>
    </message>
    <message>
      <source>Hangul</source>
      <translation>Chữ Hàn</translation>
    </message>
    <message>
      <source>Latin letters</source>
      <translation>Chữ Latinh</translation>
    </message>
    <message>
      <source>Type in Hangul</source>
      <translation>Gõ bằng chữ Hàn</translation>
    </message>
    <message>
      <source>Type in Latin letters, A to Z</source>
      <translation>Gõ bằng chữ Latinh, từ A đến Z</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>Dấu cách</translation>
    </message>
    <message>
      <source>Type a space</source>
      <translation>Gõ một dấu cách</translation>
    </message>
    <message>
      <source>⌫ Delete</source>
      <translation>⌫ Xóa</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Delete the last letter</source>
      <translation>Xóa chữ cuối cùng</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Xóa hết</translation>
    </message>
    <message>
      <source>Clear the name</source>
      <translation>Xóa toàn bộ tên đã nhập</translation>
    </message>
    <message>
      <source>Letter entered.</source>
      <translation>Đã nhập chữ.</translation>
    </message>
    <message>
      <source>Letter key</source>
      <translation>Phím chữ</translation>
    </message>
  </context>
  <context>
    <name>keypad</name>
    <message>
      <source>⌫ Delete</source>
      <translation>⌫ Xóa</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Delete the last character</source>
      <translation>Xóa ký tự cuối cùng</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Xóa hết</translation>
    </message>
    <message>
      <source>Clear this field</source>
      <translation>Xóa hết ô này</translation>
    </message>
    <message>
      <source>Filler sign</source>
      <translation>Ký hiệu đệm</translation>
    </message>
    <message>
      <source>The &lt; sign used in the MRZ</source>
      <translation>Dấu &lt; dùng trong vùng đọc máy (MRZ)</translation>
    </message>
  </context>
  <context>
    <name>language</name>
    <message>
      <source>Choose a language</source>
      <translation>Chọn ngôn ngữ</translation>
    </message>
  </context>
  <context>
    <name>lending</name>
    <message>
      <source>All of these are lent out at the moment. Please ask at the counter.</source>
      <translation>Hiện tất cả đã được cho mượn. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>This loan is not open any more.</source>
      <translation>Lượt mượn này đã được xử lý xong.</translation>
    </message>
    <message>
      <source>This request was for an earlier day, and every one of these has been asked for since. None is left to hand over.</source>
      <translation>Yêu cầu này là của một ngày trước, và từ đó tất cả đồ dùng này đã được người khác yêu cầu. Không còn cái nào để giao.</translation>
    </message>
    <message>
      <source>This parcel was already collected.</source>
      <translation>Bưu kiện này đã được nhận.</translation>
    </message>
    <message>
      <source>This request was for an earlier day, and its phone number already holds as many tools as one number may ({limit}). Hand it over once one of them is returned or cancelled.</source>
      <translation>Yêu cầu này là của một ngày trước đó, và số điện thoại này đã đăng ký hoặc mượn đủ số dụng cụ tối đa cho một số ({limit}). Hãy giao sau khi một trong số đó được trả lại hoặc hủy.</translation>
    </message>
    <message>
      <source>This phone number already has {limit} tools asked for or borrowed. Please return one first, or ask at the counter.</source>
      <translation>Số điện thoại này đã đăng ký hoặc đang mượn {limit} dụng cụ. Vui lòng trả lại một dụng cụ trước, hoặc hỏi tại quầy.</translation>
    </message>
    <message>
      <source>This phone number already has a tool asked for or borrowed. Please return it first, or ask at the counter.</source>
      <translation>Số điện thoại này đã đăng ký hoặc đang mượn một dụng cụ. Vui lòng trả lại dụng cụ đó trước, hoặc hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>Quầy số {n}</translation>
    </message>
    <message>
      <source>Tool lending</source>
      <translation>Cho mượn dụng cụ</translation>
    </message>
    <message>
      <source>Show this slip at the counter to collect the tool today.</source>
      <translation>Hãy đưa phiếu này tại quầy để nhận dụng cụ trong hôm nay.</translation>
    </message>
    <message>
      <source>Please bring it back clean by the return date.</source>
      <translation>Vui lòng trả lại sạch sẽ trước ngày hạn trả.</translation>
    </message>
    <message>
      <source>Collect at</source>
      <translation>Nhận tại</translation>
    </message>
    <message>
      <source>Return by</source>
      <translation>Hạn trả</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Asked for</source>
      <translation>Thời gian đăng ký</translation>
    </message>
    <message>
      <source>Lending is temporarily unavailable. Please ask at the counter.</source>
      <translation>Dịch vụ cho mượn tạm thời không sử dụng được. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Tool lending and parcels</source>
      <translation>Mượn dụng cụ và giữ bưu kiện</translation>
    </message>
    <message>
      <source>Borrow a tool, or ask whether a parcel is kept for you</source>
      <translation>Mượn dụng cụ, hoặc hỏi xem có bưu kiện được giữ cho bạn không</translation>
    </message>
    <message>
      <source>Lending and parcels</source>
      <translation>Cho mượn và bưu kiện</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Đã giao</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>Đã trả</translation>
    </message>
    <message>
      <source>Cancel request</source>
      <translation>Hủy đăng ký</translation>
    </message>
    <message>
      <source>Show full number</source>
      <translation>Hiện đầy đủ số</translation>
    </message>
    <message>
      <source>Parcels kept</source>
      <translation>Bưu kiện đang giữ</translation>
    </message>
    <message>
      <source>Mobile number (010...)</source>
      <translation>Số di động (010...)</translation>
    </message>
    <message>
      <source>Label: carrier, size (no names)</source>
      <translation>Ghi chú: hãng, kích cỡ (không ghi tên)</translation>
    </message>
    <message>
      <source>Log parcel</source>
      <translation>Ghi nhận bưu kiện</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>Đã nhận</translation>
    </message>
    <message>
      <source>The database did not answer. Try again.</source>
      <translation>Cơ sở dữ liệu không phản hồi. Hãy thử lại.</translation>
    </message>
    <message>
      <source>Asked for (not collected)</source>
      <translation>Đã đăng ký (chưa nhận)</translation>
    </message>
    <message>
      <source>Lent out</source>
      <translation>Đang cho mượn</translation>
    </message>
    <message>
      <source>handed over</source>
      <translation>đã giao</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>đã trả</translation>
    </message>
    <message>
      <source>request cancelled</source>
      <translation>đã hủy đăng ký</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>Mã mượn</translation>
    </message>
    <message>
      <source>Tool</source>
      <translation>Dụng cụ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Parcel</source>
      <translation>Mã bưu kiện</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Thời gian nhận</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Reminders: {overdue} overdue, {soon} due soon. Call the borrowers.</source>
      <translation>Nhắc nhở: {overdue} quá hạn, {soon} sắp đến hạn. Hãy gọi người mượn.</translation>
    </message>
    <message>
      <source>No loan is due soon.</source>
      <translation>Không có lượt mượn nào sắp đến hạn.</translation>
    </message>
    <message>
      <source>Choose a loan in the list first.</source>
      <translation>Hãy chọn một lượt mượn trong danh sách trước.</translation>
    </message>
    <message>
      <source>Choose a parcel in the list first.</source>
      <translation>Hãy chọn một bưu kiện trong danh sách trước.</translation>
    </message>
    <message>
      <source>Parcel {ref} logged.</source>
      <translation>Đã ghi nhận bưu kiện {ref}.</translation>
    </message>
    <message>
      <source>Parcel {ref} collected.</source>
      <translation>Bưu kiện {ref} đã được nhận.</translation>
    </message>
    <message>
      <source>What would you like to do?</source>
      <translation>Bạn muốn làm gì?</translation>
    </message>
    <message>
      <source>Borrow a tool</source>
      <translation>Mượn dụng cụ</translation>
    </message>
    <message>
      <source>Borrow a tool such as a drill or a ladder, and return it later</source>
      <translation>Mượn dụng cụ như máy khoan hay thang, rồi trả lại sau</translation>
    </message>
    <message>
      <source>Is a parcel kept for me?</source>
      <translation>Có bưu kiện giữ cho tôi không?</translation>
    </message>
    <message>
      <source>Check with your mobile number whether the centre keeps a parcel for you</source>
      <translation>Kiểm tra bằng số di động xem trung tâm có giữ bưu kiện cho bạn không</translation>
    </message>
    <message>
      <source>Choose the tool you need.</source>
      <translation>Hãy chọn dụng cụ bạn cần.</translation>
    </message>
    <message>
      <source>Borrow: {tool}</source>
      <translation>Mượn: {tool}</translation>
    </message>
    <message>
      <source>Return by: {date}</source>
      <translation>Hạn trả: {date}</translation>
    </message>
    <message>
      <source>Collect it today at counter {n} with the slip the kiosk prints.</source>
      <translation>Hãy mang phiếu do máy in ra đến quầy số {n} để nhận trong hôm nay.</translation>
    </message>
    <message>
      <source>Mobile number: {phone}</source>
      <translation>Số di động: {phone}</translation>
    </message>
    <message>
      <source>Borrow and print the slip</source>
      <translation>Mượn và in phiếu</translation>
    </message>
    <message>
      <source>Ask for this tool and print the slip</source>
      <translation>Đăng ký mượn dụng cụ này và in phiếu</translation>
    </message>
    <message>
      <source>Printing your slip…</source>
      <translation>Đang in phiếu…</translation>
    </message>
    <message>
      <source>One moment, please…</source>
      <translation>Xin chờ một chút…</translation>
    </message>
    <message>
      <source>Please wait.</source>
      <translation>Vui lòng chờ.</translation>
    </message>
    <message>
      <source>{n} of {units} free · {days} day</source>
      <translation>Còn {n}/{units} · {days} ngày</translation>
    </message>
    <message>
      <source>{n} of {units} free · {days} days</source>
      <translation>Còn {n}/{units} · {days} ngày</translation>
    </message>
    <message>
      <source>All lent out</source>
      <translation>Đã cho mượn hết</translation>
    </message>
    <message>
      <source>{name}: {status}</source>
      <translation>{name}: {status}</translation>
    </message>
    <message>
      <source>Parcels kept for you</source>
      <translation>Bưu kiện giữ cho bạn</translation>
    </message>
    <message>
      <source>The centre keeps {n} parcel for this number.</source>
      <translation>Trung tâm đang giữ {n} bưu kiện cho số này.</translation>
    </message>
    <message>
      <source>The centre keeps {n} parcels for this number.</source>
      <translation>Trung tâm đang giữ {n} bưu kiện cho số này.</translation>
    </message>
    <message>
      <source>Please collect them at counter {n} with your ID card.</source>
      <translation>Vui lòng mang thẻ căn cước đến quầy số {n} để nhận.</translation>
    </message>
    <message>
      <source>No parcel is kept for this number.</source>
      <translation>Không có bưu kiện nào được giữ cho số này.</translation>
    </message>
    <message>
      <source>If you expected one, please ask at the counter.</source>
      <translation>Nếu bạn đang chờ bưu kiện, vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Please take your slip</source>
      <translation>Vui lòng lấy phiếu của bạn</translation>
    </message>
    <message>
      <source>Your loan number</source>
      <translation>Mã mượn của bạn</translation>
    </message>
    <message>
      <source>Collect the tool today at counter {n}.</source>
      <translation>Hãy nhận dụng cụ tại quầy số {n} trong hôm nay.</translation>
    </message>
    <message>
      <source>The slip could not be printed. Tell counter {n} the number above.</source>
      <translation>Không in được phiếu. Hãy báo mã ở trên cho quầy số {n}.</translation>
    </message>
  </context>
  <context>
    <name>nav</name>
    <message>
      <source>Returning to the first screen in {seconds} s</source>
      <translation>Quay lại màn hình đầu sau {seconds} giây</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <source>Go back one step</source>
      <translation>Quay lại một bước</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Màn hình đầu</translation>
    </message>
    <message>
      <source>Return to the first screen</source>
      <translation>Quay về màn hình đầu</translation>
    </message>
    <message>
      <source>Call staff</source>
      <translation>Gọi nhân viên</translation>
    </message>
    <message>
      <source>Ask a member of staff to come and help you</source>
      <translation>Gọi nhân viên đến giúp bạn</translation>
    </message>
    <message>
      <source>First screen in {seconds} s</source>
      <translation>Về đầu: {seconds} giây</translation>
    </message>
    <message>
      <source>Staff cannot be called from this kiosk right now. Please ask at the counter.</source>
      <translation>Hiện không thể gọi nhân viên từ máy này. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>A member of staff has been called. Please wait here.</source>
      <translation>Đã gọi nhân viên. Vui lòng chờ tại đây.</translation>
    </message>
  </context>
  <context>
    <name>participation</name>
    <message>
      <source>You have already voted in this poll. Each resident votes once.</source>
      <translation>Bạn đã bỏ phiếu trong cuộc bỏ phiếu này rồi. Mỗi cư dân chỉ bỏ phiếu một lần.</translation>
    </message>
    <message>
      <source>This poll closed before your vote could be recorded.</source>
      <translation>Cuộc bỏ phiếu này đã kết thúc trước khi phiếu của bạn được ghi nhận.</translation>
    </message>
    <message>
      <source>This poll has closed: votes are no longer taken.</source>
      <translation>Cuộc bỏ phiếu này đã kết thúc: không nhận phiếu nữa.</translation>
    </message>
    <message>
      <source>That choice is no longer on the ballot. Nothing was recorded: please choose again.</source>
      <translation>Lựa chọn đó không còn trên phiếu bầu. Chưa có gì được ghi lại: vui lòng chọn lại.</translation>
    </message>
    <message>
      <source>Your vote could not be recorded just now. Please try again, or ask at the counter.</source>
      <translation>Hiện chưa ghi nhận được phiếu của bạn. Vui lòng thử lại hoặc hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Your ID card could not be checked against the voter list just now. Please try again, or ask at the counter.</source>
      <translation>Hiện chưa kiểm tra được danh sách cử tri. Vui lòng thử lại hoặc hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Residents' council</source>
      <translation>Hội tự quản cư dân</translation>
    </message>
    <message>
      <source>Notices, and votes on local matters</source>
      <translation>Thông báo và bỏ phiếu việc của khu phố</translation>
    </message>
    <message>
      <source>Voting is open until {when}.</source>
      <translation>Hạn bỏ phiếu: đến {when}.</translation>
    </message>
    <message>
      <source>A ballot is secret: its choices are read to you only in earphones.</source>
      <translation>Phiếu bầu là bí mật: các lựa chọn chỉ được đọc cho bạn qua tai nghe.</translation>
    </message>
    <message>
      <source>{label} ({cost})</source>
      <translation>{label} ({cost})</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>Thông báo</translation>
    </message>
    <message>
      <source>Open votes</source>
      <translation>Đang bỏ phiếu</translation>
    </message>
    <message>
      <source>To vote, confirm who you are with your ID card. Each resident votes once; who you are is not stored with your vote.</source>
      <translation>Để bỏ phiếu, vui lòng xác nhận danh tính bằng thẻ căn cước. Mỗi người bỏ phiếu một lần; danh tính của bạn không được lưu cùng lá phiếu.</translation>
    </message>
    <message>
      <source>Vote with my ID card</source>
      <translation>Bỏ phiếu bằng thẻ căn cước</translation>
    </message>
    <message>
      <source>Confirm who you are with your ID card, then choose</source>
      <translation>Xác nhận danh tính bằng thẻ căn cước rồi chọn</translation>
    </message>
    <message>
      <source>Recording your vote…</source>
      <translation>Đang ghi nhận phiếu của bạn…</translation>
    </message>
    <message>
      <source>Identity confirmed</source>
      <translation>Đã xác nhận danh tính</translation>
    </message>
    <message>
      <source>One moment, please.</source>
      <translation>Vui lòng đợi trong giây lát.</translation>
    </message>
    <message>
      <source>Choose one</source>
      <translation>Hãy chọn một</translation>
    </message>
    <message>
      <source>Check your choice</source>
      <translation>Kiểm tra lựa chọn</translation>
    </message>
    <message>
      <source>A vote cannot be changed once it is cast. To choose again, press Back.</source>
      <translation>Sau khi bỏ phiếu sẽ không thể thay đổi. Muốn chọn lại, hãy nhấn Quay lại.</translation>
    </message>
    <message>
      <source>Cast my vote</source>
      <translation>Bỏ phiếu</translation>
    </message>
    <message>
      <source>Record this choice as your vote</source>
      <translation>Ghi nhận lựa chọn này làm phiếu của bạn</translation>
    </message>
    <message>
      <source>Your choice is on the screen. With earphones it is read to you.</source>
      <translation>Lựa chọn của bạn hiển thị trên màn hình. Cắm tai nghe để nghe đọc lựa chọn.</translation>
    </message>
    <message>
      <source>There are no notices or open votes right now.</source>
      <translation>Hiện không có thông báo hay cuộc bỏ phiếu nào.</translation>
    </message>
    <message>
      <source>Read this notice</source>
      <translation>Đọc thông báo này</translation>
    </message>
    <message>
      <source>Participatory budget vote</source>
      <translation>Bỏ phiếu ngân sách có sự tham gia</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>Khảo sát</translation>
    </message>
    <message>
      <source>See the options and vote</source>
      <translation>Xem các lựa chọn và bỏ phiếu</translation>
    </message>
    <message>
      <source>Notices: {notices}. Open votes: {polls}. Choose one.</source>
      <translation>Thông báo: {notices}. Đang bỏ phiếu: {polls}. Hãy chọn một mục.</translation>
    </message>
    <message>
      <source>Posted from {start} to {end}</source>
      <translation>Đăng từ {start} đến {end}</translation>
    </message>
    <message>
      <source>You chose: {option}</source>
      <translation>Bạn đã chọn: {option}</translation>
    </message>
    <message>
      <source>Your vote was counted</source>
      <translation>Phiếu của bạn đã được tính</translation>
    </message>
    <message>
      <source>Thank you for taking part. Please take your ID card with you.</source>
      <translation>Cảm ơn bạn đã tham gia. Vui lòng mang theo thẻ căn cước.</translation>
    </message>
    <message>
      <source>Choose this option</source>
      <translation>Chọn mục này</translation>
    </message>
    <message>
      <source>A choice on the ballot.</source>
      <translation>Một lựa chọn trên phiếu bầu.</translation>
    </message>
    <message>
      <source>You have already voted</source>
      <translation>Bạn đã bỏ phiếu rồi</translation>
    </message>
    <message>
      <source>Please take your ID card with you.</source>
      <translation>Vui lòng mang theo thẻ căn cước.</translation>
    </message>
    <message>
      <source>Your vote was not counted</source>
      <translation>Phiếu của bạn chưa được tính</translation>
    </message>
  </context>
  <context>
    <name>participation_staff</name>
    <message>
      <source>Resident participation</source>
      <translation>Hội tự quản cư dân</translation>
    </message>
    <message>
      <source>{status}: {opens} to {closes}</source>
      <translation>{status}: {opens} đến {closes}</translation>
    </message>
    <message>
      <source>Not open yet</source>
      <translation>Chưa mở</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Đang mở</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Đã kết thúc</translation>
    </message>
    <message>
      <source>The results cannot be read right now; trying again…</source>
      <translation>Hiện không đọc được kết quả; đang thử lại…</translation>
    </message>
    <message>
      <source>Each option's votes are shown when the poll closes: a count going up just after a resident voted would tell their choice.</source>
      <translation>Số phiếu của từng phương án được hiện khi cuộc bỏ phiếu kết thúc: con số tăng lên ngay sau khi một cư dân bỏ phiếu sẽ cho biết lựa chọn của họ.</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>Lựa chọn</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>Số phiếu</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Tỷ lệ</translation>
    </message>
    <message>
      <source>Total votes: {total}</source>
      <translation>Tổng số phiếu: {total}</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <source>Payment is not available right now. The amount approved on your card could not be cancelled here: please ask at the counter.</source>
      <translation>Hiện không thể thanh toán. Số tiền đã được duyệt trên thẻ của bạn không thể hủy tại đây: vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Payment approved.</source>
      <translation>Thanh toán đã được chấp nhận.</translation>
    </message>
    <message>
      <source>The payment was declined. Nothing has been charged. You can try another card.</source>
      <translation>Thanh toán bị từ chối. Bạn chưa bị tính phí. Bạn có thể thử thẻ khác.</translation>
    </message>
    <message>
      <source>No card was presented in time. Nothing has been charged. You can try again.</source>
      <translation>Không có thẻ nào được đưa vào kịp thời. Bạn chưa bị tính phí. Bạn có thể thử lại.</translation>
    </message>
    <message>
      <source>Payment is not available right now. Nothing has been charged. Please ask at the counter.</source>
      <translation>Hiện không thể thanh toán. Bạn chưa bị tính phí. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Payment cancelled. Nothing has been charged.</source>
      <translation>Đã hủy thanh toán. Bạn không bị trừ tiền.</translation>
    </message>
  </context>
  <context>
    <name>print_error</name>
    <message>
      <source>Your ticket could not be printed</source>
      <translation>Không in được phiếu số thứ tự</translation>
    </message>
    <message>
      <source>Your number is</source>
      <translation>Số của bạn là</translation>
    </message>
    <message>
      <source>Your place in the queue is kept. Please remember this number, or tell it to a member of staff.</source>
      <translation>Lượt chờ của bạn vẫn được giữ. Vui lòng nhớ số này hoặc báo cho nhân viên.</translation>
    </message>
    <message>
      <source>I don't need this number</source>
      <translation>Tôi không cần số này</translation>
    </message>
    <message>
      <source>Cancel this queue number</source>
      <translation>Hủy số thứ tự này</translation>
    </message>
    <message>
      <source>Printing again…</source>
      <translation>Đang in lại…</translation>
    </message>
    <message>
      <source>Try printing again</source>
      <translation>In lại</translation>
    </message>
    <message>
      <source>Print the same number again</source>
      <translation>In lại cùng số thứ tự</translation>
    </message>
  </context>
  <context>
    <name>printer</name>
    <message>
      <source>The printer is not connected.</source>
      <translation>Máy in chưa được kết nối.</translation>
    </message>
    <message>
      <source>The printer is switched off or not ready.</source>
      <translation>Máy in đang tắt hoặc chưa sẵn sàng.</translation>
    </message>
    <message>
      <source>The printer has run out of paper.</source>
      <translation>Máy in đã hết giấy.</translation>
    </message>
    <message>
      <source>The printer cover is open.</source>
      <translation>Nắp máy in đang mở.</translation>
    </message>
    <message>
      <source>The printer did not respond in time.</source>
      <translation>Máy in không phản hồi kịp thời.</translation>
    </message>
    <message>
      <source>The connection to the printer was lost.</source>
      <translation>Mất kết nối với máy in.</translation>
    </message>
    <message>
      <source>The printer's state could not be checked.</source>
      <translation>Không kiểm tra được trạng thái máy in.</translation>
    </message>
    <message>
      <source>The printer reported an error.</source>
      <translation>Máy in báo lỗi.</translation>
    </message>
  </context>
  <context>
    <name>programmes</name>
    <message>
      <source>Culture</source>
      <translation>Văn hóa</translation>
    </message>
    <message>
      <source>Sports</source>
      <translation>Thể thao</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Giáo dục</translation>
    </message>
    <message>
      <source>{amount} won</source>
      <translation>{amount} won</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Miễn phí</translation>
    </message>
    <message>
      <source>To cancel, please ask at the counter.</source>
      <translation>Để hủy đăng ký, vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Waiting list no. {position}</source>
      <translation>Danh sách chờ số {position}</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Đã đăng ký</translation>
    </message>
    <message>
      <source>You are on the waiting list. If a place becomes free, the centre will call you at this number.</source>
      <translation>Bạn đã vào danh sách chờ. Khi có chỗ trống, trung tâm sẽ gọi cho bạn theo số này.</translation>
    </message>
    <message>
      <source>Course registration</source>
      <translation>Đăng ký khóa học</translation>
    </message>
    <message>
      <source>The term has started. Please pay the fee of {fee} at the centre's counter before your first class, with this slip.</source>
      <translation>Khóa học đã bắt đầu. Vui lòng mang phiếu này đến quầy của trung tâm để nộp học phí {fee} trước buổi học đầu tiên của bạn.</translation>
    </message>
    <message>
      <source>Please pay the fee of {fee} at the centre's counter by {date}, with this slip.</source>
      <translation>Vui lòng mang phiếu này đến quầy của trung tâm để nộp học phí {fee} trước ngày {date}.</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Lịch học</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Thời gian khóa học</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>Học phí</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>Điện thoại di động</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>Ngày đăng ký</translation>
    </message>
    <message>
      <source>This course is free. The term has started: please come to the next class.</source>
      <translation>Khóa học miễn phí. Khóa học đã bắt đầu: vui lòng đến buổi học tiếp theo.</translation>
    </message>
    <message>
      <source>This course is free. Please come to the first class on {date}.</source>
      <translation>Khóa học miễn phí. Vui lòng đến buổi học đầu tiên vào ngày {date}.</translation>
    </message>
    <message>
      <source>Course registration is temporarily unavailable. Please ask at the counter.</source>
      <translation>Tạm thời không thể đăng ký khóa học. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>This mobile number is already registered for this course. Please ask at the counter if you are not sure.</source>
      <translation>Số điện thoại này đã được đăng ký cho khóa học này. Nếu chưa chắc, vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Sorry, the last place in that course was just taken. Please choose again.</source>
      <translation>Xin lỗi, chỗ cuối cùng của khóa học đó vừa hết. Vui lòng chọn lại.</translation>
    </message>
    <message>
      <source>Registration for that course is not open today.</source>
      <translation>Hôm nay không nhận đăng ký khóa học đó.</translation>
    </message>
    <message>
      <source>That course is no longer offered at the kiosk. Please ask at the counter.</source>
      <translation>Khóa học đó không còn được đăng ký tại máy kiosk. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>This course cannot be chosen now.</source>
      <translation>Hiện không thể chọn khóa học này.</translation>
    </message>
    <message>
      <source>Your registration is saved, but the slip could not be printed. Please note your registration number and ask at the counter for a slip.</source>
      <translation>Đăng ký đã được lưu nhưng không in được phiếu. Vui lòng ghi lại số đăng ký và hỏi quầy để nhận phiếu.</translation>
    </message>
    <message>
      <source>Culture, sports and education courses</source>
      <translation>Các khóa văn hóa, thể thao, giáo dục</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>Đã hết chỗ và hết danh sách chờ</translation>
    </message>
    <message>
      <source>{left} of {capacity} places left</source>
      <translation>Còn {left} trên {capacity} chỗ</translation>
    </message>
    <message>
      <source>Places taken: you can join the waiting list ({left} left)</source>
      <translation>Đã hết chỗ: có thể vào danh sách chờ (còn {left})</translation>
    </message>
    <message>
      <source>Registration opens on {date}</source>
      <translation>Bắt đầu nhận đăng ký từ ngày {date}</translation>
    </message>
    <message>
      <source>Registration has closed</source>
      <translation>Đã hết hạn đăng ký</translation>
    </message>
    <message>
      <source>Type your mobile phone number, starting with 010. The centre contacts you at this number about the course.</source>
      <translation>Vui lòng nhập số điện thoại di động bắt đầu bằng 010. Trung tâm sẽ liên hệ với bạn qua số này về khóa học.</translation>
    </message>
    <message>
      <source>Your number is stored encrypted, used only for this course, and printed on the slip with the middle digits hidden.</source>
      <translation>Số của bạn được lưu mã hóa, chỉ dùng cho khóa học này và in trên phiếu với các chữ số giữa được che.</translation>
    </message>
    <message>
      <source>Press 2 or 8 to move from key to key and 5 to type the key you are on; hash goes to the first screen. Without earphones the letters are not read out: you may skip your name and give it at the counter.</source>
      <translation>Nhấn 2 hoặc 8 để chuyển giữa các phím, nhấn 5 để gõ phím đang chọn; phím thăng về màn hình đầu. Không có tai nghe thì chữ sẽ không được đọc ra: bạn có thể bỏ qua tên và cho biết tại quầy.</translation>
    </message>
    <message>
      <source>Choose a course. The fee is paid at the counter.</source>
      <translation>Vui lòng chọn khóa học. Học phí nộp tại quầy.</translation>
    </message>
    <message>
      <source>Course details</source>
      <translation>Chi tiết khóa học</translation>
    </message>
    <message>
      <source>You need your mobile phone number to register. No ID card is needed.</source>
      <translation>Cần số điện thoại di động để đăng ký. Không cần thẻ căn cước.</translation>
    </message>
    <message>
      <source>Your name (you may skip this)</source>
      <translation>Họ tên của bạn (có thể bỏ qua)</translation>
    </message>
    <message>
      <source>Type your name so the centre knows who registered. You may skip this and give it at the counter.</source>
      <translation>Vui lòng nhập họ tên để trung tâm biết ai đã đăng ký. Bạn có thể bỏ qua và cho biết tại quầy.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Họ tên</translation>
    </message>
    <message>
      <source>{count} letter typed</source>
      <translation>Đã nhập {count} chữ</translation>
    </message>
    <message>
      <source>{count} letters typed</source>
      <translation>Đã nhập {count} chữ</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <source>Save the registration and print the slip</source>
      <translation>Lưu đăng ký và in phiếu</translation>
    </message>
    <message>
      <source>Skip: register without a name</source>
      <translation>Bỏ qua: đăng ký không cần tên</translation>
    </message>
    <message>
      <source>Save the registration without a name and print the slip</source>
      <translation>Lưu đăng ký không có tên và in phiếu</translation>
    </message>
    <message>
      <source>Looking up the courses. Please wait.</source>
      <translation>Đang tải danh sách khóa học. Vui lòng chờ.</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>Số đăng ký</translation>
    </message>
    <message>
      <source>Registration number {number}</source>
      <translation>Số đăng ký {number}</translation>
    </message>
    <message>
      <source>{fee}. {places}</source>
      <translation>{fee}. {places}</translation>
    </message>
    <message>
      <source>Category: {category}</source>
      <translation>Lĩnh vực: {category}</translation>
    </message>
    <message>
      <source>When: {schedule}</source>
      <translation>Lịch học: {schedule}</translation>
    </message>
    <message>
      <source>Term: {term}</source>
      <translation>Thời gian: {term}</translation>
    </message>
    <message>
      <source>Fee: {fee} (paid at the counter)</source>
      <translation>Học phí: {fee} (nộp tại quầy)</translation>
    </message>
    <message>
      <source>Next, type your mobile phone number</source>
      <translation>Tiếp theo, nhập số điện thoại di động</translation>
    </message>
    <message>
      <source>Mobile phone number for {course}</source>
      <translation>Số điện thoại di động cho {course}</translation>
    </message>
    <message>
      <source>Mobile phone number</source>
      <translation>Số điện thoại di động</translation>
    </message>
    <message>
      <source>Printing your slip…</source>
      <translation>Đang in phiếu…</translation>
    </message>
    <message>
      <source>Your registration is saved. Please wait.</source>
      <translation>Đăng ký đã được lưu. Vui lòng chờ.</translation>
    </message>
    <message>
      <source>Saving your registration…</source>
      <translation>Đang lưu đăng ký…</translation>
    </message>
    <message>
      <source>Please wait.</source>
      <translation>Vui lòng chờ.</translation>
    </message>
    <message>
      <source>Your registration is saved</source>
      <translation>Đăng ký đã được lưu</translation>
    </message>
    <message>
      <source>Join the waiting list</source>
      <translation>Vào danh sách chờ</translation>
    </message>
    <message>
      <source>Register for this course</source>
      <translation>Đăng ký khóa học này</translation>
    </message>
    <message>
      <source>You are on the waiting list. Please take your slip</source>
      <translation>Bạn đã vào danh sách chờ. Vui lòng lấy phiếu</translation>
    </message>
    <message>
      <source>You are registered. Please take your slip</source>
      <translation>Đăng ký thành công. Vui lòng lấy phiếu</translation>
    </message>
  </context>
  <context>
    <name>receipt</name>
    <message>
      <source>{amount} won</source>
      <translation>{amount} won</translation>
    </message>
    <message>
      <source>Paid ({id})</source>
      <translation>Đã thanh toán ({id})</translation>
    </message>
    <message>
      <source>Fee waived</source>
      <translation>Miễn phí</translation>
    </message>
    <message>
      <source>Cancelled, not charged</source>
      <translation>Đã hủy, không tính phí</translation>
    </message>
    <message>
      <source>Not charged (please tell the staff)</source>
      <translation>Chưa tính phí (vui lòng báo nhân viên)</translation>
    </message>
    <message>
      <source>Not confirmed: keep this receipt and ask at the counter</source>
      <translation>Chưa xác nhận (vui lòng giữ biên lai và hỏi tại quầy)</translation>
    </message>
    <message>
      <source>Not confirmed ({amount})</source>
      <translation>Chưa xác nhận ({amount})</translation>
    </message>
    <message>
      <source>Printing stopped part-way: only the documents above were printed and charged; the rest were cancelled.</source>
      <translation>Việc in đã dừng giữa chừng: chỉ những giấy tờ nêu trên được in và tính phí; phần còn lại đã bị hủy.</translation>
    </message>
    <message>
      <source>Printing stopped part-way: only the documents above were printed; the rest were cancelled.</source>
      <translation>Việc in đã dừng giữa chừng: chỉ những giấy tờ nêu trên được in; phần còn lại đã bị hủy.</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Biên lai</translation>
    </message>
    <message>
      <source>Issuance numbers</source>
      <translation>Số phát hành</translation>
    </message>
    <message>
      <source>Please keep this receipt.</source>
      <translation>Vui lòng giữ lại biên lai này.</translation>
    </message>
    <message>
      <source>Total charged</source>
      <translation>Tổng tiền đã thu</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Thanh toán</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Giấy tờ</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Số bản</translation>
    </message>
    <message>
      <source>{printed} of {copies}</source>
      <translation>{printed}/{copies} bản</translation>
    </message>
    <message>
      <source>Fee per copy</source>
      <translation>Phí mỗi bản</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <source>Your records could not be retrieved right now. You have not been charged. Please try again later or ask at the counter.</source>
      <translation>Hiện không tra cứu được hồ sơ của bạn. Bạn chưa bị tính phí. Vui lòng thử lại sau hoặc hỏi tại quầy.</translation>
    </message>
    <message>
      <source>No resident registration record was found for this ID card. Certificates for this card cannot be issued here. Please ask at the counter, where staff can help you.</source>
      <translation>Không tìm thấy hồ sơ đăng ký cư trú cho thẻ tùy thân này. Không thể cấp giấy tờ cho thẻ này tại đây. Vui lòng hỏi tại quầy, nhân viên sẽ giúp bạn.</translation>
    </message>
  </context>
  <context>
    <name>stats</name>
    <message>
      <source>Tickets per hour</source>
      <translation>Số phiếu theo giờ</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Đến ngày</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Xem</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Đang tải…</translation>
    </message>
    <message>
      <source>{count} tickets from {start} to {end}</source>
      <translation>{count} phiếu từ {start} đến {end}</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Dịch vụ</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Đã phát</translation>
    </message>
    <message>
      <source>Served</source>
      <translation>Đã phục vụ</translation>
    </message>
    <message>
      <source>No-shows</source>
      <translation>Vắng mặt</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <source>Wait avg (min)</source>
      <translation>Chờ TB (phút)</translation>
    </message>
    <message>
      <source>Wait p90 (min)</source>
      <translation>Chờ p90 (phút)</translation>
    </message>
    <message>
      <source>Service avg (min)</source>
      <translation>Phục vụ TB (phút)</translation>
    </message>
    <message>
      <source>Service p90 (min)</source>
      <translation>Phục vụ p90 (phút)</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
      <source>Statistics unavailable: {reason}</source>
      <translation>Không có số liệu thống kê: {reason}</translation>
    </message>
  </context>
  <context>
    <name>tech</name>
    <message>
      <source>{codes} of service {service} are still waiting, called or being served today: counters call them by the service's id and residents hold the codes on paper. Change its id, prefix or band after the counters have finished or cancelled them (or tomorrow); nothing was changed</source>
      <translation>Phiếu {codes} của dịch vụ {service} hôm nay vẫn đang chờ, đã được gọi hoặc đang được phục vụ: quầy gọi số theo mã dịch vụ và người dân đang cầm phiếu giấy. Hãy đổi mã, tiền tố hoặc dải số của dịch vụ sau khi quầy đã phục vụ xong hoặc hủy các phiếu đó (hoặc ngày mai); chưa thay đổi gì</translation>
    </message>
    <message>
      <source>{codes} of service {service} are still waiting, called or being served today, and once it is off no counter can call them. Turn it off after the counters have finished or cancelled them (or tomorrow); nothing was changed</source>
      <translation>Phiếu {codes} của dịch vụ {service} hôm nay vẫn đang chờ, đã được gọi hoặc đang được phục vụ, và khi dịch vụ bị tắt thì không quầy nào gọi được các phiếu đó. Hãy tắt dịch vụ sau khi quầy đã phục vụ xong hoặc hủy các phiếu đó (hoặc ngày mai); chưa thay đổi gì</translation>
    </message>
    <message>
      <source>Business day {wall} (last numbers issued for {last}): the clock and the queue agree.</source>
      <translation>Ngày làm việc {wall} (số cuối cấp cho ngày {last}): đồng hồ và hàng đợi khớp nhau.</translation>
    </message>
    <message>
      <source>Nothing was moved: these numbers are in play on both {wall} and {last}, and two residents would hold the same number: {codes}. Serve or cancel them, then move the numbers back again.</source>
      <translation>Chưa chuyển số nào: các số sau đang được dùng ở cả ngày {wall} và {last}, hai người dân sẽ giữ cùng một số: {codes}. Hãy phục vụ hoặc huỷ các số đó, rồi chuyển các số về hôm nay lại.</translation>
    </message>
    <message>
      <source>The clock says {wall}, the last numbers were issued for {last}: numbers are refused as a clock jump. Check the clock; if the date is right, accept it.</source>
      <translation>Đồng hồ báo {wall}, số cuối cùng được cấp cho ngày {last}: việc cấp số bị từ chối vì nghi đồng hồ nhảy. Hãy kiểm tra đồng hồ; nếu ngày đúng, hãy chấp nhận.</translation>
    </message>
    <message>
      <source>The clock says {wall}, but numbers were issued for {last}: the queue is held on that later day. If the clock is right now, move those numbers back to today.</source>
      <translation>Đồng hồ báo {wall}, nhưng đã có số được cấp cho ngày {last}: hàng đợi bị giữ ở ngày sau đó. Nếu đồng hồ giờ đã đúng, hãy chuyển các số đó về hôm nay.</translation>
    </message>
    <message>
      <source>Business day and clock</source>
      <translation>Ngày làm việc và đồng hồ</translation>
    </message>
    <message>
      <source>Check the clock</source>
      <translation>Kiểm tra đồng hồ</translation>
    </message>
    <message>
      <source>Accept the clock's date</source>
      <translation>Chấp nhận ngày của đồng hồ</translation>
    </message>
    <message>
      <source>Move numbers back to today</source>
      <translation>Chuyển các số về hôm nay</translation>
    </message>
    <message>
      <source>Clock not checked: {reason}</source>
      <translation>Chưa kiểm tra được đồng hồ: {reason}</translation>
    </message>
    <message>
      <source>This machine's clock is {seconds} s ahead of the database server's. The queue goes by the server's clock, but this machine starts the business day at its own midnight, and the time printed on a ticket and the waits in the statistics are off by as much. Set every clock from the network time (NTP).</source>
      <translation>Đồng hồ của máy này nhanh hơn máy chủ cơ sở dữ liệu {seconds} giây. Hàng đợi theo đồng hồ của máy chủ, nhưng máy này chuyển sang ngày làm việc mới vào nửa đêm theo đồng hồ của nó, và giờ in trên số thứ tự cùng thời gian chờ trong thống kê cũng lệch bấy nhiêu. Hãy đặt mọi đồng hồ theo giờ mạng (NTP).</translation>
    </message>
    <message>
      <source>This machine's clock is {seconds} s behind the database server's. The queue goes by the server's clock, but this machine starts the business day at its own midnight, and the time printed on a ticket and the waits in the statistics are off by as much. Set every clock from the network time (NTP).</source>
      <translation>Đồng hồ của máy này chậm hơn máy chủ cơ sở dữ liệu {seconds} giây. Hàng đợi theo đồng hồ của máy chủ, nhưng máy này chuyển sang ngày làm việc mới vào nửa đêm theo đồng hồ của nó, và giờ in trên số thứ tự cùng thời gian chờ trong thống kê cũng lệch bấy nhiêu. Hãy đặt mọi đồng hồ theo giờ mạng (NTP).</translation>
    </message>
    <message>
      <source>Tap again to confirm</source>
      <translation>Chạm lần nữa để xác nhận</translation>
    </message>
    <message>
      <source>Not started: the kiosk has not reached its database yet.</source>
      <translation>Chưa khởi động: máy chưa kết nối được với cơ sở dữ liệu.</translation>
    </message>
    <message>
      <source>Saved. The kiosk keeps using its current database until it restarts (System page).</source>
      <translation>Đã lưu. Máy vẫn dùng cơ sở dữ liệu hiện tại cho đến khi khởi động lại (trang Hệ thống).</translation>
    </message>
    <message>
      <source>Saved. It takes effect when the kiosk restarts (System page).</source>
      <translation>Đã lưu. Có hiệu lực khi kiosk khởi động lại (trang Hệ thống).</translation>
    </message>
    <message>
      <source>Saved. Counter terminals call services by the ids they started with: restart them (and make the same change on any other machine sharing this queue), or the renamed service's tickets wait with nobody to call them.</source>
      <translation>Đã lưu. Máy quầy gọi số theo mã dịch vụ có khi khởi động: hãy khởi động lại các máy quầy (và thay đổi y như vậy trên mọi máy khác dùng chung hàng đợi này), nếu không phiếu của dịch vụ đã đổi tên sẽ không ai gọi.</translation>
    </message>
    <message>
      <source>Saved. Counter terminals keep the settings they started with: restart the terminals of counters {counters} (and make the same change on any other machine sharing this queue).</source>
      <translation>Đã lưu. Máy quầy giữ cài đặt có khi khởi động: hãy khởi động lại máy của các quầy {counters} (và thay đổi y như vậy trên mọi máy khác dùng chung hàng đợi này).</translation>
    </message>
    <message>
      <source>a service's id, prefix, band or whether it is on can change once the kiosk has reached its database (today's tickets are checked first); nothing was changed</source>
      <translation>Chỉ đổi được mã, tiền tố, dải số của dịch vụ hoặc bật/tắt dịch vụ khi ki-ốt đã kết nối với cơ sở dữ liệu (phải kiểm tra phiếu hôm nay trước); chưa thay đổi gì</translation>
    </message>
    <message>
      <source>today's tickets could not be checked, nothing was changed: {reason}</source>
      <translation>Không kiểm tra được phiếu hôm nay, chưa thay đổi gì: {reason}</translation>
    </message>
    <message>
      <source>Saved. The next attempt to reach the database uses it.</source>
      <translation>Đã lưu. Lần thử kết nối cơ sở dữ liệu tiếp theo sẽ dùng giá trị này.</translation>
    </message>
    <message>
      <source>could not save {path}: {error}</source>
      <translation>không lưu được {path}: {error}</translation>
    </message>
    <message>
      <source>this printer cannot be used, nothing was changed: {reason}</source>
      <translation>Không thể dùng máy in này, chưa thay đổi gì: {reason}</translation>
    </message>
    <message>
      <source>this voice cannot be used, nothing was changed: {reason}</source>
      <translation>Không thể dùng giọng đọc này, chưa thay đổi gì: {reason}</translation>
    </message>
    <message>
      <source>this card reader cannot be used, nothing was changed: {reason}</source>
      <translation>Không thể dùng đầu đọc thẻ này, chưa thay đổi gì: {reason}</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} giờ {m} phút</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>không rõ</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <source>no</source>
      <translation>không</translation>
    </message>
    <message>
      <source>{d} d {h} h {m} min</source>
      <translation>{d} ngày {h} giờ {m} phút</translation>
    </message>
    <message>
      <source>Refresh now</source>
      <translation>Làm mới ngay</translation>
    </message>
    <message>
      <source>Backend: {backend} ({name})</source>
      <translation>Backend: {backend} ({name})</translation>
    </message>
    <message>
      <source>Paper low flag: {low}   Jobs printed today: {jobs}</source>
      <translation>Cờ sắp hết giấy: {low}   Lệnh in hôm nay: {jobs}</translation>
    </message>
    <message>
      <source>Backend: {backend}</source>
      <translation>Backend: {backend}</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Máy in</translation>
    </message>
    <message>
      <source>Card reader</source>
      <translation>Đầu đọc thẻ</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>Giọng nói</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>Ứng dụng</translation>
    </message>
    <message>
      <source>Last error: {error} at {time}</source>
      <translation>Lỗi gần nhất: {error} lúc {time}</translation>
    </message>
    <message>
      <source>Chips signed by the test CSCA are trusted: turn off devices.card_reader.passive_auth.test_cards on a kiosk that serves real residents.</source>
      <translation>Đang tin cậy chip do CSCA thử nghiệm ký: hãy tắt devices.card_reader.passive_auth.test_cards trên kiosk phục vụ cư dân thật.</translation>
    </message>
    <message>
      <source>Test phrase: {phrase}</source>
      <translation>Câu thử: {phrase}</translation>
    </message>
    <message>
      <source>{mb:.1f} MB</source>
      <translation>{mb:.1f} MB</translation>
    </message>
    <message>
      <source>Location: {where}</source>
      <translation>Vị trí: {where}</translation>
    </message>
    <message>
      <source>Size: {size}</source>
      <translation>Kích thước: {size}</translation>
    </message>
    <message>
      <source>Config file: {where}</source>
      <translation>Tệp cấu hình: {where}</translation>
    </message>
    <message>
      <source>Speak a test phrase</source>
      <translation>Đọc câu thử</translation>
    </message>
    <message>
      <source>Connection: error {error}</source>
      <translation>Kết nối: lỗi {error}</translation>
    </message>
    <message>
      <source>No reader found.</source>
      <translation>Không tìm thấy đầu đọc.</translation>
    </message>
    <message>
      <source>{reader}: card inserted: {present}</source>
      <translation>{reader}: có thẻ: {present}</translation>
    </message>
    <message>
      <source>Backend: {backend}   Voice: {voice}</source>
      <translation>Backend: {backend}   Giọng: {voice}</translation>
    </message>
    <message>
      <source>Not reached, trying again: {reason}</source>
      <translation>Chưa kết nối được, đang thử lại: {reason}</translation>
    </message>
    <message>
      <source>Tickets today: {n}</source>
      <translation>Số phiếu hôm nay: {n}</translation>
    </message>
    <message>
      <source>Online: {online}   Paper: {paper}   Cover open: {cover}</source>
      <translation>Trực tuyến: {online}   Giấy: {paper}   Nắp mở: {cover}</translation>
    </message>
    <message>
      <source>Uptime: {uptime}</source>
      <translation>Thời gian chạy: {uptime}</translation>
    </message>
    <message>
      <source>Error: {e}</source>
      <translation>Lỗi: {e}</translation>
    </message>
    <message>
      <source>Version: {version}</source>
      <translation>Phiên bản: {version}</translation>
    </message>
    <message>
      <source>Search for devices</source>
      <translation>Tìm thiết bị</translation>
    </message>
    <message>
      <source>Attached devices</source>
      <translation>Thiết bị đã kết nối</translation>
    </message>
    <message>
      <source>Not searched yet.</source>
      <translation>Chưa tìm kiếm.</translation>
    </message>
    <message>
      <source>Network printer</source>
      <translation>Máy in mạng</translation>
    </message>
    <message>
      <source>Host or IP address</source>
      <translation>Máy chủ hoặc địa chỉ IP</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Cổng</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
      <source>Use this printer</source>
      <translation>Dùng máy in này</translation>
    </message>
    <message>
      <source>Tests</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <source>Print a test page</source>
      <translation>In trang thử</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Số giấy tờ</translation>
    </message>
    <message>
      <source>Birth date YYMMDD</source>
      <translation>Ngày sinh YYMMDD</translation>
    </message>
    <message>
      <source>Expiry date YYMMDD</source>
      <translation>Ngày hết hạn YYMMDD</translation>
    </message>
    <message>
      <source>Read a card</source>
      <translation>Đọc thẻ</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Đang tìm…</translation>
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation>Tìm kiếm thất bại: {error}</translation>
    </message>
    <message>
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <source>Serial ports</source>
      <translation>Cổng nối tiếp</translation>
    </message>
    <message>
      <source>CUPS queues on {server}</source>
      <translation>Hàng đợi CUPS (máy chủ: {server})</translation>
    </message>
    <message>
      <source>CUPS queues</source>
      <translation>Hàng đợi CUPS</translation>
    </message>
    <message>
      <source>Card readers (PC/SC)</source>
      <translation>Đầu đọc thẻ (PC/SC)</translation>
    </message>
    <message>
      <source>Speech voices</source>
      <translation>Giọng đọc</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Đang kết nối…</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Đang in…</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>Đang đọc…</translation>
    </message>
    <message>
      <source>Card read successfully ({kind}).</source>
      <translation>Đọc thẻ thành công ({kind}).</translation>
    </message>
    <message>
      <source>Card read failed: {detail}</source>
      <translation>Đọc thẻ thất bại: {detail}</translation>
    </message>
    <message>
      <source>Enter a host and a port number.</source>
      <translation>Nhập máy chủ và số cổng.</translation>
    </message>
    <message>
      <source>Test page printed on {name}.</source>
      <translation>Đã in trang thử trên {name}.</translation>
    </message>
    <message>
      <source>Test page failed on {name}: {failure} {detail}</source>
      <translation>In trang thử trên {name} thất bại: {failure} {detail}</translation>
    </message>
    <message>
      <source>Printer changed; it is used from the next ticket.</source>
      <translation>Đã đổi máy in; áp dụng từ phiếu tiếp theo.</translation>
    </message>
    <message>
      <source>Not available: {reason}</source>
      <translation>Không khả dụng: {reason}</translation>
    </message>
    <message>
      <source>None found.</source>
      <translation>Không tìm thấy.</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>Dùng</translation>
    </message>
    <message>
      <source>printer</source>
      <translation>máy in</translation>
    </message>
    <message>
      <source>Too many wrong PINs. Try again in {minutes} min.</source>
      <translation>Nhập sai PIN quá nhiều lần. Thử lại sau {minutes} phút.</translation>
    </message>
    <message>
      <source>Technician card read. Enter your PIN.</source>
      <translation>Đã đọc thẻ kỹ thuật viên. Hãy nhập mã PIN.</translation>
    </message>
    <message>
      <source>No technician PIN is set. Set one with: kiosk tech set-pin</source>
      <translation>Chưa đặt PIN kỹ thuật viên. Đặt bằng lệnh: kiosk tech set-pin</translation>
    </message>
    <message>
      <source>No technician PIN is set.</source>
      <translation>Chưa đặt PIN kỹ thuật viên.</translation>
    </message>
    <message>
      <source>Wrong PIN. {left} tries left.</source>
      <translation>Sai PIN. Còn {left} lần thử.</translation>
    </message>
    <message>
      <source>only [[{name}]] tables go in this field</source>
      <translation>Ô này chỉ chứa các bảng [[{name}]]</translation>
    </message>
    <message>
      <source>from {low} to {high}</source>
      <translation>từ {low} đến {high}</translation>
    </message>
    <message>
      <source>at least {low}</source>
      <translation>tối thiểu {low}</translation>
    </message>
    <message>
      <source>at most {high}</source>
      <translation>tối đa {high}</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <source>Checking today's tickets before saving…</source>
      <translation>Đang kiểm tra phiếu hôm nay trước khi lưu…</translation>
    </message>
    <message>
      <source>{field} was cleared: only one of the two can be set.</source>
      <translation>Đã xóa {field}: chỉ có thể đặt một trong hai.</translation>
    </message>
    <message>
      <source>Decrease</source>
      <translation>Giảm</translation>
    </message>
    <message>
      <source>Increase</source>
      <translation>Tăng</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(chưa đặt)</translation>
    </message>
    <message>
      <source>Recent log lines</source>
      <translation>Nhật ký gần đây</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Làm mới</translation>
    </message>
    <message>
      <source>Where to save the bundle</source>
      <translation>Nơi lưu gói chẩn đoán</translation>
    </message>
    <message>
      <source>Export diagnostics</source>
      <translation>Xuất thông tin chẩn đoán</translation>
    </message>
    <message>
      <source>Data folder: {path}</source>
      <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Đang xuất…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Đã lưu: {path}</translation>
    </message>
    <message>
      <source>Export failed: {error}</source>
      <translation>Xuất thất bại: {error}</translation>
    </message>
    <message>
      <source>No log buffer installed.</source>
      <translation>Chưa cài bộ đệm nhật ký.</translation>
    </message>
    <message>
      <source>USB: {label}</source>
      <translation>USB: {label}</translation>
    </message>
    <message>
      <source>Restart today's numbering</source>
      <translation>Đánh số lại hôm nay</translation>
    </message>
    <message>
      <source>Numbering restarted: the next number is {n}.</source>
      <translation>Đã đánh số lại: số tiếp theo là {n}.</translation>
    </message>
    <message>
      <source>Numbering not restarted: {reason}</source>
      <translation>Chưa đặt lại số thứ tự: {reason}</translation>
    </message>
    <message>
      <source>Waiting tickets keep their numbers; new numbers continue after the highest number still waiting.</source>
      <translation>Các phiếu đang chờ giữ nguyên số; số mới tiếp nối sau số lớn nhất còn đang chờ.</translation>
    </message>
    <message>
      <source>Tap again to confirm the restart</source>
      <translation>Chạm lần nữa để xác nhận đánh số lại</translation>
    </message>
    <message>
      <source>Waiting tickets keep their numbers. New numbers continue after the highest number still waiting (1 if none is waiting).</source>
      <translation>Các phiếu đang chờ giữ nguyên số. Số mới tiếp nối sau số lớn nhất còn đang chờ (bắt đầu từ 1 nếu không có ai chờ).</translation>
    </message>
    <message>
      <source>Technician PIN</source>
      <translation>PIN kỹ thuật viên</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Xóa hết</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>Xác nhận</translation>
    </message>
    <message>
      <source>{count} digits entered</source>
      <translation>Đã nhập {count} chữ số</translation>
    </message>
    <message>
      <source>Delete the last digit</source>
      <translation>Xóa chữ số cuối</translation>
    </message>
    <message>
      <source>Restart the kiosk application</source>
      <translation>Khởi động lại ứng dụng kiosk</translation>
    </message>
    <message>
      <source>Exit to the desktop</source>
      <translation>Thoát ra màn hình nền</translation>
    </message>
    <message>
      <source>Technician mode</source>
      <translation>Chế độ kỹ thuật viên</translation>
    </message>
    <message>
      <source>Back to the resident screen</source>
      <translation>Về màn hình người dân</translation>
    </message>
    <message>
      <source>Statistics need the database, which the kiosk has not reached yet.</source>
      <translation>Thống kê cần cơ sở dữ liệu, nhưng máy chưa kết nối được.</translation>
    </message>
    <message>
      <source>Leave technician mode to return to the resident screen. Exit or restart only when servicing the kiosk.</source>
      <translation>Rời chế độ kỹ thuật viên để về màn hình người dân. Chỉ thoát hoặc khởi động lại khi đang bảo trì kiosk.</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>Thiết bị</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>Dịch vụ</translation>
    </message>
    <message>
      <source>Logs</source>
      <translation>Nhật ký</translation>
    </message>
    <message>
      <source>System</source>
      <translation>Hệ thống</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Thống kê</translation>
    </message>
  </context>
  <context>
    <name>ticket</name>
    <message>
      <source>{minutes} min</source>
      <translation>khoảng {minutes} phút</translation>
    </message>
    <message>
      <source>No wait</source>
      <translation>Không phải chờ</translation>
    </message>
    <message>
      <source>Please wait until your number is shown and called.</source>
      <translation>Vui lòng chờ đến khi số của bạn hiện lên và được gọi.</translation>
    </message>
    <message>
      <source>If you miss your call, please ask at the counter.</source>
      <translation>Nếu lỡ lượt gọi, vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Priority ticket</source>
      <translation>Phiếu ưu tiên</translation>
    </message>
    <message>
      <source>Scan to follow your turn on your phone.</source>
      <translation>Quét mã để theo dõi lượt của bạn trên điện thoại.</translation>
    </message>
    <message>
      <source>People ahead</source>
      <translation>Người chờ trước</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation>Thời gian chờ</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Giờ in</translation>
    </message>
    <message>
      <source>Your number is {code}.</source>
      <translation>Số của bạn là {code}.</translation>
    </message>
    <message>
      <source>Your number</source>
      <translation>Số của bạn</translation>
    </message>
    <message>
      <source>Please check the printer slot</source>
      <translation>Vui lòng kiểm tra khe lấy phiếu</translation>
    </message>
    <message>
      <source>Your ticket should come out below the screen. If there is none, remember your number and tell a member of staff.</source>
      <translation>Phiếu số sẽ ra ở bên dưới màn hình. Nếu không có phiếu, hãy nhớ số của bạn và báo cho nhân viên.</translation>
    </message>
    <message>
      <source>People ahead of you: {count}</source>
      <translation>Số người chờ trước bạn: {count}</translation>
    </message>
    <message>
      <source>Please take your ticket</source>
      <translation>Xin mời nhận phiếu số thứ tự</translation>
    </message>
    <message>
      <source>Your ticket is printed below the screen. Wait until your number is called.</source>
      <translation>Phiếu được in ở phía dưới màn hình. Vui lòng chờ đến khi số của bạn được gọi.</translation>
    </message>
    <message>
      <source>Printing your ticket…</source>
      <translation>Đang in phiếu số thứ tự…</translation>
    </message>
    <message>
      <source>Please wait a moment.</source>
      <translation>Vui lòng đợi một chút.</translation>
    </message>
    <message>
      <source>Estimated wait: about {minutes} min</source>
      <translation>Thời gian chờ dự kiến: khoảng {minutes} phút</translation>
    </message>
    <message>
      <source>Estimated wait: you are next</source>
      <translation>Thời gian chờ dự kiến: bạn là người tiếp theo</translation>
    </message>
  </context>
  <context>
    <name>unavailable</name>
    <message>
      <source>Temporarily unavailable</source>
      <translation>Tạm thời không sử dụng được</translation>
    </message>
  </context>
  <context>
    <name>voice</name>
    <message>
      <source>Volume: {level}.</source>
      <translation>Âm lượng: {level}.</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>tối đa</translation>
    </message>
    <message>
      <source>Speed: {level}.</source>
      <translation>Tốc độ: {level}.</translation>
    </message>
    <message>
      <source>minimum</source>
      <translation>tối thiểu</translation>
    </message>
    <message>
      <source>{level} of 10</source>
      <translation>mức {level} trên 10</translation>
    </message>
    <message>
      <source>Press 2 or 8 to move, 5 to choose, 0 to repeat, star to go back, hash for the first screen.</source>
      <translation>Nhấn 2 hoặc 8 để di chuyển, 5 để chọn, 0 để nghe lại, phím sao để quay lại, phím thăng để về màn hình đầu.</translation>
    </message>
    <message>
      <source>Time is up. Returning to the first screen.</source>
      <translation>Đã hết thời gian. Đang quay về màn hình đầu.</translation>
    </message>
    <message>
      <source>Earphones are needed to hear what you type. Without them, each key is confirmed without saying it.</source>
      <translation>Cần tai nghe để nghe những gì bạn gõ. Không có tai nghe, mỗi phím chỉ được xác nhận mà không đọc ra.</translation>
    </message>
    <message>
      <source>The ID card was taken out. Returning to the first screen.</source>
      <translation>Giấy tờ tùy thân đã được rút ra. Đang quay về màn hình đầu.</translation>
    </message>
    <message>
      <source>Returning to the first screen.</source>
      <translation>Đang quay về màn hình đầu.</translation>
    </message>
  </context>
  <context>
    <name>welfare</name>
    <message>
      <source>Book a welfare consultation</source>
      <translation>Đặt lịch tư vấn phúc lợi</translation>
    </message>
    <message>
      <source>Ask for a home visit</source>
      <translation>Yêu cầu đến thăm tại nhà</translation>
    </message>
    <message>
      <source>Report a neighbour in crisis</source>
      <translation>Báo tin hàng xóm gặp khó khăn</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Mới</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Đang xử lý</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Đã xong</translation>
    </message>
    <message>
      <source>Skipping meals</source>
      <translation>Bỏ bữa</translation>
    </message>
    <message>
      <source>Behind on utility bills</source>
      <translation>Nợ tiền điện, nước, ga</translation>
    </message>
    <message>
      <source>Isolated, rarely goes out</source>
      <translation>Sống cô lập, ít ra ngoài</translation>
    </message>
    <message>
      <source>Health getting worse</source>
      <translation>Sức khỏe xấu đi</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>Việc khác</translation>
    </message>
    <message>
      <source>Morning (9 to 12)</source>
      <translation>Buổi sáng (9 giờ đến 12 giờ)</translation>
    </message>
    <message>
      <source>Afternoon (1 to 6)</source>
      <translation>Buổi chiều (1 giờ đến 6 giờ)</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>Lúc nào cũng được</translation>
    </message>
    <message>
      <source>Please come to the welfare desk at this time.</source>
      <translation>Vui lòng đến quầy phúc lợi vào thời gian này.</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Số tiếp nhận</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Yêu cầu</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
      <source>Thank you. Welfare staff will check on the household without naming you.</source>
      <translation>Cảm ơn bạn. Cán bộ phúc lợi sẽ đến kiểm tra hộ gia đình mà không nêu tên bạn.</translation>
    </message>
    <message>
      <source>Welfare request</source>
      <translation>Phiếu tiếp nhận yêu cầu phúc lợi</translation>
    </message>
    <message>
      <source>Please keep this receipt.</source>
      <translation>Vui lòng giữ phiếu này.</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>Consultation</source>
      <translation>Thời gian tư vấn</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Số điện thoại</translation>
    </message>
    <message>
      <source>Welfare team: {phone}</source>
      <translation>Tổ phúc lợi: {phone}</translation>
    </message>
    <message>
      <source>That time was just booked at another kiosk. Please choose another time.</source>
      <translation>Giờ này vừa được đặt ở kiosk khác. Vui lòng chọn giờ khác.</translation>
    </message>
    <message>
      <source>There are no free consultation times in the coming days. Please ask at the counter.</source>
      <translation>Những ngày tới không còn giờ tư vấn trống. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Your request could not be saved. Please try again, or ask at the counter.</source>
      <translation>Không thể lưu yêu cầu của bạn. Vui lòng thử lại hoặc hỏi tại quầy.</translation>
    </message>
    <message>
      <source>The free consultation times could not be looked up. Please try again, or ask at the counter.</source>
      <translation>Không thể tra cứu các giờ tư vấn còn trống. Vui lòng thử lại hoặc hỏi tại quầy.</translation>
    </message>
    <message>
      <source>Please type the tong and ban numbers, or choose “I'd rather tell staff”.</source>
      <translation>Vui lòng nhập số tong và ban, hoặc chọn “Tôi muốn nói với nhân viên”.</translation>
    </message>
    <message>
      <source>The receipt could not be printed. Your request was received: please note the reference {reference}.</source>
      <translation>Không in được phiếu. Yêu cầu của bạn đã được tiếp nhận: vui lòng ghi lại số tiếp nhận {reference}.</translation>
    </message>
    <message>
      <source>Welfare consultation and reports</source>
      <translation>Tư vấn và báo tin phúc lợi</translation>
    </message>
    <message>
      <source>Book a consultation, ask for a home visit, report a neighbour in crisis</source>
      <translation>Đặt lịch tư vấn, yêu cầu thăm nhà, báo tin hàng xóm gặp khó khăn</translation>
    </message>
    <message>
      <source>What is the situation?</source>
      <translation>Tình hình như thế nào?</translation>
    </message>
    <message>
      <source>Choose what fits best. Staff will ask for details.</source>
      <translation>Chọn mục phù hợp nhất. Nhân viên sẽ hỏi thêm chi tiết.</translation>
    </message>
    <message>
      <source>Mobile number</source>
      <translation>Số điện thoại di động</translation>
    </message>
    <message>
      <source>Tong number</source>
      <translation>Tong</translation>
    </message>
    <message>
      <source>Ban number</source>
      <translation>Ban</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <source>Go on</source>
      <translation>Sang bước tiếp theo</translation>
    </message>
    <message>
      <source>Type the numbers with the number keys. Enter goes to the next number, then on; star deletes. If you do not know them, press Enter without typing and tell staff at the counter.</source>
      <translation>Nhập các số bằng phím số. Phím Enter sang số tiếp theo rồi đi tiếp; phím sao để xóa. Nếu không biết, hãy nhấn Enter mà không nhập gì và báo cho nhân viên tại quầy.</translation>
    </message>
    <message>
      <source>Type your mobile number with the number keys, then press Enter; star deletes. To report without your number, press Enter without typing.</source>
      <translation>Nhập số di động bằng các phím số rồi nhấn Enter; phím sao để xóa. Để báo mà không để lại số, hãy nhấn Enter mà không nhập gì.</translation>
    </message>
    <message>
      <source>Please check</source>
      <translation>Vui lòng kiểm tra</translation>
    </message>
    <message>
      <source>Send request</source>
      <translation>Gửi yêu cầu</translation>
    </message>
    <message>
      <source>Send this request to the welfare team and print a receipt</source>
      <translation>Gửi yêu cầu tới tổ phúc lợi và in phiếu</translation>
    </message>
    <message>
      <source>Looking up free times…</source>
      <translation>Đang tìm giờ trống…</translation>
    </message>
    <message>
      <source>One moment, please.</source>
      <translation>Vui lòng đợi một chút.</translation>
    </message>
    <message>
      <source>Your request was received</source>
      <translation>Yêu cầu của bạn đã được tiếp nhận</translation>
    </message>
    <message>
      <source>Please come to the welfare desk on {slot}.</source>
      <translation>Vui lòng đến quầy phúc lợi vào {slot}.</translation>
    </message>
    <message>
      <source>Talk with a welfare officer at the centre, at a time you choose</source>
      <translation>Gặp cán bộ phúc lợi tại trung tâm vào giờ bạn chọn</translation>
    </message>
    <message>
      <source>A welfare officer calls you and visits your home</source>
      <translation>Cán bộ phúc lợi gọi điện và đến thăm nhà bạn</translation>
    </message>
    <message>
      <source>Tell us about a household that needs help. You may stay anonymous</source>
      <translation>Cho chúng tôi biết hộ cần giúp đỡ. Bạn có thể ẩn danh</translation>
    </message>
    <message>
      <source>What would you like to do?</source>
      <translation>Bạn muốn làm gì?</translation>
    </message>
    <message>
      <source>What is it about? Choose one.</source>
      <translation>Về việc gì? Hãy chọn một mục.</translation>
    </message>
    <message>
      <source>Choose a day</source>
      <translation>Chọn ngày</translation>
    </message>
    <message>
      <source>Days with a free consultation time are listed.</source>
      <translation>Các ngày còn giờ tư vấn trống.</translation>
    </message>
    <message>
      <source>Choose a time</source>
      <translation>Chọn giờ</translation>
    </message>
    <message>
      <source>Free times on {day}.</source>
      <translation>Giờ còn trống ngày {day}.</translation>
    </message>
    <message>
      <source>When is a good time?</source>
      <translation>Khi nào thì thuận tiện?</translation>
    </message>
    <message>
      <source>Choose when a call or visit suits you best.</source>
      <translation>Chọn thời gian bạn tiện nghe điện thoại hoặc được thăm.</translation>
    </message>
    <message>
      <source>Where is the household?</source>
      <translation>Hộ gia đình ở đâu?</translation>
    </message>
    <message>
      <source>Type the tong and ban numbers of the address, if you know them.</source>
      <translation>Nếu biết, hãy nhập số tong và ban của địa chỉ.</translation>
    </message>
    <message>
      <source>{count} digit typed</source>
      <translation>Đã nhập {count} chữ số</translation>
    </message>
    <message>
      <source>{count} digits typed</source>
      <translation>Đã nhập {count} chữ số</translation>
    </message>
    <message>
      <source>I'd rather tell staff</source>
      <translation>Tôi muốn nói với nhân viên</translation>
    </message>
    <message>
      <source>Go on without the address; tell staff at the counter</source>
      <translation>Tiếp tục không cần địa chỉ; nói với nhân viên tại quầy</translation>
    </message>
    <message>
      <source>Report without my number</source>
      <translation>Báo tin không để lại số</translation>
    </message>
    <message>
      <source>Stay anonymous: staff will not call you back</source>
      <translation>Ẩn danh: nhân viên sẽ không gọi lại cho bạn</translation>
    </message>
    <message>
      <source>Request: {kind}</source>
      <translation>Yêu cầu: {kind}</translation>
    </message>
    <message>
      <source>About: {topic}</source>
      <translation>Lĩnh vực: {topic}</translation>
    </message>
    <message>
      <source>Situation: {what}</source>
      <translation>Tình hình: {what}</translation>
    </message>
    <message>
      <source>Time: {slot}</source>
      <translation>Thời gian: {slot}</translation>
    </message>
    <message>
      <source>Best time: {when}</source>
      <translation>Thời gian phù hợp: {when}</translation>
    </message>
    <message>
      <source>Phone: {phone}</source>
      <translation>Số điện thoại: {phone}</translation>
    </message>
    <message>
      <source>Sending your request…</source>
      <translation>Đang gửi yêu cầu của bạn…</translation>
    </message>
    <message>
      <source>Printing your receipt…</source>
      <translation>Đang in phiếu…</translation>
    </message>
    <message>
      <source>Welfare</source>
      <translation>Phúc lợi</translation>
    </message>
    <message>
      <source>Reference: {reference}</source>
      <translation>Số tiếp nhận: {reference}</translation>
    </message>
    <message>
      <source>Please take your receipt below the screen.</source>
      <translation>Vui lòng lấy phiếu ở bên dưới màn hình.</translation>
    </message>
    <message>
      <source>Your mobile number (optional)</source>
      <translation>Số điện thoại di động của bạn (không bắt buộc)</translation>
    </message>
    <message>
      <source>Staff may call you to ask more. You may also report without giving your number.</source>
      <translation>Nhân viên có thể gọi để hỏi thêm. Bạn cũng có thể báo tin mà không để lại số.</translation>
    </message>
    <message>
      <source>Your mobile number</source>
      <translation>Số điện thoại di động của bạn</translation>
    </message>
    <message>
      <source>Type the number staff should call, for example 01012345678.</source>
      <translation>Nhập số nhân viên sẽ gọi, ví dụ 01012345678.</translation>
    </message>
    <message>
      <source>Where: you will tell staff</source>
      <translation>Địa điểm: bạn sẽ nói với nhân viên</translation>
    </message>
    <message>
      <source>Phone: not given (anonymous)</source>
      <translation>Số điện thoại: không cung cấp (ẩn danh)</translation>
    </message>
    <message>
      <source>Where: tong {tong}, ban {ban}</source>
      <translation>Địa điểm: tong {tong}, ban {ban}</translation>
    </message>
  </context>
  <context>
    <name>welfare_counter</name>
    <message>
      <source>Welfare inbox</source>
      <translation>Hộp thư phúc lợi</translation>
    </message>
    <message>
      <source>Mark in progress</source>
      <translation>Đánh dấu đang xử lý</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
      <source>{new} new, {total} in all</source>
      <translation>{new} mới, tổng {total}</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Số tiếp nhận</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Loại yêu cầu</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>Khung giờ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
      <source>The inbox cannot be read right now.</source>
      <translation>Hiện không đọc được hộp thư.</translation>
    </message>
    <message>
      <source>The change was not saved: the database did not answer.</source>
      <translation>Thay đổi chưa được lưu: cơ sở dữ liệu không phản hồi.</translation>
    </message>
    <message>
      <source>About: {about}</source>
      <translation>Nội dung: {about}</translation>
    </message>
    <message>
      <source>Slot: {slot}</source>
      <translation>Khung giờ: {slot}</translation>
    </message>
    <message>
      <source>Best time: {when}</source>
      <translation>Thời gian phù hợp: {when}</translation>
    </message>
    <message>
      <source>Where: the reporter will tell staff</source>
      <translation>Địa điểm: người báo tin sẽ nói với nhân viên</translation>
    </message>
    <message>
      <source>Phone: {phone}</source>
      <translation>Số điện thoại: {phone}</translation>
    </message>
    <message>
      <source>The details cannot be read with this terminal's key file.</source>
      <translation>Không đọc được chi tiết bằng tệp khóa của máy này.</translation>
    </message>
    <message>
      <source>Choose a request to see its details.</source>
      <translation>Chọn một yêu cầu để xem chi tiết.</translation>
    </message>
    <message>
      <source>{reference} is now: {status}.</source>
      <translation>{reference} hiện là: {status}.</translation>
    </message>
    <message>
      <source>Someone else changed {reference} meanwhile, so your change was not made. The list now shows where it stands.</source>
      <translation>Trong lúc đó người khác đã thay đổi {reference}, nên thay đổi của bạn chưa được thực hiện. Danh sách hiện cho thấy tình trạng hiện tại.</translation>
    </message>
    <message>
      <source>Where: tong {tong}, ban {ban}</source>
      <translation>Địa điểm: tong {tong}, ban {ban}</translation>
    </message>
    <message>
      <source>Phone: anonymous report</source>
      <translation>Số điện thoại: báo tin ẩn danh</translation>
    </message>
  </context>
</TS>
