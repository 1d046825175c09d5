<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
  <context>
    <name>access</name>
    <message>
      <source>on</source>
      <translation>켜짐</translation>
    </message>
    <message>
      <source>More time</source>
      <translation>시간 연장</translation>
    </message>
    <message>
      <source>Your settings (language, voice, contrast, text size) go back to the usual ones in {seconds} s.</source>
      <translation>{seconds}초 뒤에 언어, 음성 안내, 고대비, 글자 크기 설정이 처음 상태로 돌아갑니다.</translation>
    </message>
    <message>
      <source>Time is almost up: the first screen returns in {seconds} s.</source>
      <translation>곧 시간이 끝납니다. {seconds}초 뒤 처음 화면으로 돌아갑니다.</translation>
    </message>
    <message>
      <source>Keep this screen for longer</source>
      <translation>이 화면을 더 오래 유지합니다</translation>
    </message>
    <message>
      <source>Contrast</source>
      <translation>고대비</translation>
    </message>
    <message>
      <source>High contrast: white text on black, for low vision</source>
      <translation>고대비: 검은 바탕에 흰 글씨 (저시력인용)</translation>
    </message>
    <message>
      <source>Big text</source>
      <translation>큰 글씨</translation>
    </message>
    <message>
      <source>Make all text twice as large</source>
      <translation>모든 글씨를 두 배로 키웁니다</translation>
    </message>
    <message>
      <source>Lower</source>
      <translation>낮은 화면</translation>
    </message>
    <message>
      <source>Move everything to the lower part of the screen, within reach from a wheelchair</source>
      <translation>휠체어에서도 손이 닿도록 모든 내용을 화면 아래쪽으로 옮깁니다</translation>
    </message>
    <message>
      <source>More time.</source>
      <translation>시간을 더 드렸습니다.</translation>
    </message>
    <message>
      <source>Press 5 for more time.</source>
      <translation>시간을 연장하려면 5번을 누르세요.</translation>
    </message>
    <message>
      <source>off</source>
      <translation>꺼짐</translation>
    </message>
  </context>
  <context>
    <name>card</name>
    <message>
      <source>The card could not be read. Please try again.</source>
      <translation>카드를 읽지 못했습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
      <source>The card did not accept these details. Please check the document number, birth date and expiry date.</source>
      <translation>입력하신 정보로 카드를 읽을 수 없습니다. 신분증 번호, 생년월일, 만료일을 확인해 주세요.</translation>
    </message>
    <message>
      <source>This card is not supported yet. Please ask the staff at the counter.</source>
      <translation>아직 지원하지 않는 카드입니다. 창구 직원에게 문의해 주세요.</translation>
    </message>
    <message>
      <source>No card was found, or it was taken out too early. Please insert your ID card again and leave it in the reader until reading has finished.</source>
      <translation>카드가 없거나 너무 일찍 빠졌습니다. 신분증을 다시 넣고, 다 읽을 때까지 리더기에 그대로 두세요.</translation>
    </message>
    <message>
      <source>The card reader is not connected. Please ask the staff at the counter.</source>
      <translation>카드 리더기가 연결되어 있지 않습니다. 창구 직원에게 문의해 주세요.</translation>
    </message>
    <message>
      <source>The card took too long to answer. Please try again.</source>
      <translation>카드 응답이 너무 늦습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
      <source>The card could not be read. Please take it out and insert it again.</source>
      <translation>카드를 읽지 못했습니다. 카드를 뺐다가 다시 넣어 주세요.</translation>
    </message>
    <message>
      <source>The details stored in this card's chip do not match the details you entered, so the card cannot be used here. Nothing has been printed or charged. Please ask the staff at the counter.</source>
      <translation>카드 칩에 저장된 정보가 입력하신 정보와 일치하지 않아 이 카드는 여기에서 사용할 수 없습니다. 인쇄되거나 청구된 것은 없습니다. 창구 직원에게 문의해 주세요.</translation>
    </message>
    <message>
      <source>This card's chip could not be verified as genuine, so the card cannot be used here. Nothing has been printed or charged. Please ask the staff at the counter.</source>
      <translation>이 카드의 칩이 진본인지 확인할 수 없어 이 카드는 여기에서 사용할 수 없습니다. 인쇄되거나 청구된 것은 없습니다. 창구 직원에게 문의해 주세요.</translation>
    </message>
  </context>
  <context>
    <name>centre</name>
    <message>
      <source>Please enter a mobile phone number starting with 010, for example 010 1234 5678.</source>
      <translation>010으로 시작하는 휴대전화 번호를 입력해 주세요. 예: 010 1234 5678</translation>
    </message>
    <message>
      <source>This service is temporarily unavailable. Please ask at the counter.</source>
      <translation>이 업무는 잠시 이용할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Type your mobile number with the number keys. Star deletes. Press Enter when done.</source>
      <translation>숫자 키로 휴대전화 번호를 누르세요. 별표는 지우기, 다 누르면 확인 키를 누르세요.</translation>
    </message>
    <message>
      <source>Type your mobile number.</source>
      <translation>휴대전화 번호를 누르세요.</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>그 밖의 업무</translation>
    </message>
    <message>
      <source>Choose what you came for.</source>
      <translation>오신 업무를 고르세요.</translation>
    </message>
    <message>
      <source>The number is complete. Press Enter to go on.</source>
      <translation>번호를 다 입력했습니다. 확인 키를 누르면 다음으로 넘어갑니다.</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>다음</translation>
    </message>
    <message>
      <source>Go on with this number</source>
      <translation>이 번호로 계속합니다</translation>
    </message>
    <message>
      <source>{count} digit typed</source>
      <translation>{count}자리 입력됨</translation>
    </message>
    <message>
      <source>{count} digits typed</source>
      <translation>{count}자리 입력됨</translation>
    </message>
    <message>
      <source>No number typed yet</source>
      <translation>아직 입력한 번호가 없습니다</translation>
    </message>
  </context>
  <context>
    <name>cert</name>
    <message>
      <source>This ID document has expired. Please use one that is still valid, or ask at the counter.</source>
      <translation>유효기간이 지난 신분증입니다. 유효한 신분증을 사용하시거나 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>The ID card did not accept the details {count} times, so it will not be tried again (a card can lock itself after too many attempts). Please ask at the counter.</source>
      <translation>신분증이 입력하신 정보를 {count}번 받아들이지 않아 더 이상 시도하지 않습니다(너무 많이 시도하면 카드가 잠길 수 있습니다). 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>The ID card was taken out, so anything typed for it was cleared. Put your ID card in the reader and type its details.</source>
      <translation>신분증을 빼셔서 입력하신 내용을 지웠습니다. 신분증을 판독기에 넣고 정보를 입력해 주세요.</translation>
    </message>
    <message>
      <source>The records found do not belong to the person on this ID card, so nothing can be issued. Nothing has been printed or charged. Please ask the staff at the counter; they have been told.</source>
      <translation>조회된 기록이 이 신분증의 본인 기록이 아니어서 아무것도 발급할 수 없습니다. 인쇄되거나 청구된 것은 없습니다. 창구 직원에게 문의해 주세요. 직원에게 이미 알렸습니다.</translation>
    </message>
    <message>
      <source>We could not confirm whether your card was charged. Please keep your receipt and ask at the counter.</source>
      <translation>카드 결제 여부를 확인하지 못했습니다. 영수증을 보관하시고 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>We could not confirm whether your card was charged, and the receipt could not be printed. Please ask at the counter.</source>
      <translation>카드 결제 여부를 확인하지 못했고, 영수증도 인쇄하지 못했습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>The receipt could not be printed. Please ask at the counter for one.</source>
      <translation>영수증을 인쇄하지 못했습니다. 창구에서 받아 가세요.</translation>
    </message>
    <message>
      <source>{reason} {charged} A member of staff has been told.</source>
      <translation>{reason} {charged} 직원에게 알렸습니다.</translation>
    </message>
    <message>
      <source>document number</source>
      <translation>신분증 번호</translation>
    </message>
    <message>
      <source>date of birth</source>
      <translation>생년월일</translation>
    </message>
    <message>
      <source>date of expiry</source>
      <translation>만료일</translation>
    </message>
    <message>
      <source>Please type the {field} as printed in the lines at the bottom of your ID, with the check digit after it.</source>
      <translation>{field} 칸에 신분증 아래쪽 줄에 인쇄된 그대로 입력하고, 끝에 확인 숫자를 붙여 주세요.</translation>
    </message>
    <message>
      <source>{reason} {charged} {receipt} A member of staff has been told.</source>
      <translation>{reason} {charged} {receipt} 직원에게 알렸습니다.</translation>
    </message>
    <message>
      <source>details</source>
      <translation>입력 내용</translation>
    </message>
    <message>
      <source>The {field} does not match its check digit. Please compare it with the lines at the bottom of your ID and type it again.</source>
      <translation>{field}의 확인 숫자가 맞지 않습니다. 신분증 아래쪽 줄과 비교해 다시 입력해 주세요.</translation>
    </message>
    <message>
      <source>The {field} is not a real date. Please check it.</source>
      <translation>{field}: 존재하지 않는 날짜입니다. 다시 확인해 주세요.</translation>
    </message>
    <message>
      <source>This kiosk's printer cannot confirm printing, so paid documents cannot be issued here. Nothing has been charged. Please ask at the counter.</source>
      <translation>이 키오스크의 프린터는 인쇄 여부를 확인할 수 없어 유료 증명서를 발급할 수 없습니다. 요금은 청구되지 않았습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>You have not been charged, but the card payment could not be cancelled automatically; please ask at the counter to release it.</source>
      <translation>요금은 청구되지 않았지만 카드 결제 승인을 자동으로 취소하지 못했습니다. 창구에서 승인 취소를 요청해 주세요.</translation>
    </message>
    <message>
      <source>A tax payment certificate cannot be issued because some local taxes are unpaid. Nothing has been charged. Please ask at the counter.</source>
      <translation>체납된 지방세가 있어 지방세 납세증명서를 발급할 수 없습니다. 요금은 청구되지 않았습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Something went wrong. Nothing has been charged.</source>
      <translation>문제가 발생했습니다. 요금은 청구되지 않았습니다.</translation>
    </message>
    <message>
      <source>{printed} of {copies} copies printed; you have not been charged.</source>
      <translation>{copies}부 중 {printed}부가 인쇄되었으며, 결제된 금액은 없습니다.</translation>
    </message>
    <message>
      <source>1 of {copies} copies was printed; you were charged only for that one.</source>
      <translation>{copies}부 중 1부만 인쇄되었으며, 인쇄된 부수만 결제되었습니다.</translation>
    </message>
    <message>
      <source>{printed} of {copies} copies were printed; you were charged only for those.</source>
      <translation>{copies}부 중 {printed}부만 인쇄되었으며, 인쇄된 부수만 결제되었습니다.</translation>
    </message>
    <message>
      <source>You have not been charged.</source>
      <translation>요금이 청구되지 않았습니다.</translation>
    </message>
    <message>
      <source>Cleared.</source>
      <translation>모두 지웠습니다.</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>지웠습니다.</translation>
    </message>
    <message>
      <source>Digit entered.</source>
      <translation>숫자 입력.</translation>
    </message>
    <message>
      <source>{amount} won</source>
      <translation>{amount}원</translation>
    </message>
    <message>
      <source>Now the date of expiry: two digits each for the year, the month and the day, then the one digit that comes right after it in the long lines.</source>
      <translation>이제 유효기간 만료일입니다. 연도, 월, 일을 각각 두 자리로 입력하고, 긴 줄에서 그 바로 뒤에 있는 숫자 한 개를 입력하세요.</translation>
    </message>
    <message>
      <source>Type with the number keys. Enter goes to the next detail, star deletes, hash goes to the first screen. For a letter, press the right arrow key, again for the next letter, or the left arrow key for the one before.</source>
      <translation>숫자 키로 입력하세요. 확인 키는 다음 항목, 별표는 지우기, 우물 정자는 처음 화면입니다. 영문자는 오른쪽 화살표 키를 누르고, 다시 누르면 다음 글자, 왼쪽 화살표 키는 앞 글자입니다.</translation>
    </message>
    <message>
      <source>Leave your ID card in the reader. Then type three details from the two or three long lines of letters and numbers at the bottom of the page with your photo, each with the one digit that comes right after it.</source>
      <translation>신분증을 리더기에 그대로 두세요. 그리고 사진이 있는 면 아래쪽, 영문자와 숫자로 된 두세 줄의 긴 줄에서 세 가지 정보를 입력하세요. 각각 바로 뒤에 있는 숫자 한 개도 함께 입력합니다.</translation>
    </message>
    <message>
      <source>None</source>
      <translation>없음</translation>
    </message>
    <message>
      <source>Last 5 years</source>
      <translation>최근 5년</translation>
    </message>
    <message>
      <source>All</source>
      <translation>전체</translation>
    </message>
    <message>
      <source>General</source>
      <translation>일반</translation>
    </message>
    <message>
      <source>Detailed</source>
      <translation>상세</translation>
    </message>
    <message>
      <source>Specific</source>
      <translation>특정</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>예</translation>
    </message>
    <message>
      <source>No</source>
      <translation>아니요</translation>
    </message>
    <message>
      <source>Copies: {copies}</source>
      <translation>부수: {copies}부</translation>
    </message>
    <message>
      <source>You can print at most {copies} copies at a time.</source>
      <translation>한 번에 최대 {copies}부까지 인쇄할 수 있습니다.</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>합계: {total}</translation>
    </message>
    <message>
      <source>Issue a certificate</source>
      <translation>증명서 발급</translation>
    </message>
    <message>
      <source>Choose the document you need.</source>
      <translation>필요한 증명서를 고르세요.</translation>
    </message>
    <message>
      <source>Now the document number: the letters and numbers printed as the passport or card number at the top of the page with your photo. Type them, then the one digit that comes right after the number in the long lines at the bottom of that page.</source>
      <translation>이제 문서 번호입니다. 사진이 있는 면 위쪽에 여권 번호나 카드 번호로 인쇄된 영문자와 숫자입니다. 이것을 입력하고, 그 면 아래쪽의 긴 줄에서 이 번호 바로 뒤에 있는 숫자 한 개도 입력하세요.</translation>
    </message>
    <message>
      <source>Now the date of birth: two digits each for the year, the month and the day, then the one digit that comes right after your date of birth in the long lines.</source>
      <translation>이제 생년월일입니다. 연도, 월, 일을 각각 두 자리로 입력하고, 긴 줄에서 생년월일 바로 뒤에 있는 숫자 한 개를 입력하세요.</translation>
    </message>
    <message>
      <source>Your ID card</source>
      <translation>신분증 정보 입력</translation>
    </message>
    <message>
      <source>Document number, then the digit after it</source>
      <translation>문서 번호와 그 뒤의 숫자</translation>
    </message>
    <message>
      <source>Date of birth (year, month, day), then the digit after it</source>
      <translation>생년월일(연, 월, 일)과 그 뒤의 숫자</translation>
    </message>
    <message>
      <source>Date of expiry (year, month, day), then the digit after it</source>
      <translation>유효기간 만료일(연, 월, 일)과 그 뒤의 숫자</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>다음</translation>
    </message>
    <message>
      <source>Read the ID card with these details</source>
      <translation>입력한 정보로 신분증을 읽습니다</translation>
    </message>
    <message>
      <source>The details you typed are still there. Type a detail again to replace it, or press Enter to keep it.</source>
      <translation>입력하신 정보가 그대로 남아 있습니다. 다시 입력하면 그 항목이 바뀌고, 확인 키를 누르면 그대로 둡니다.</translation>
    </message>
    <message>
      <source>Reading your ID card…</source>
      <translation>신분증을 읽고 있습니다…</translation>
    </message>
    <message>
      <source>Please leave your ID card in the reader.</source>
      <translation>신분증을 리더기에 그대로 두세요.</translation>
    </message>
    <message>
      <source>Show household members</source>
      <translation>세대원 표시</translation>
    </message>
    <message>
      <source>List everyone in the household</source>
      <translation>세대원을 모두 표시합니다</translation>
    </message>
    <message>
      <source>Show full resident numbers</source>
      <translation>주민등록번호 전체 표시</translation>
    </message>
    <message>
      <source>Without this, the back digits of resident numbers are hidden</source>
      <translation>선택하지 않으면 주민등록번호 뒷자리가 가려집니다</translation>
    </message>
    <message>
      <source>Show how the household was formed</source>
      <translation>세대 구성 사유 및 일자 표시</translation>
    </message>
    <message>
      <source>Print why and when the household was formed</source>
      <translation>세대를 구성한 사유와 날짜를 인쇄합니다</translation>
    </message>
    <message>
      <source>Show reasons for changes</source>
      <translation>변동 사유 표시</translation>
    </message>
    <message>
      <source>Print why each entry last changed</source>
      <translation>세대원별 최근 변동 사유를 인쇄합니다</translation>
    </message>
    <message>
      <source>Past addresses</source>
      <translation>주소 변동 사항</translation>
    </message>
    <message>
      <source>Tap to choose: none, the last 5 years or all</source>
      <translation>누를 때마다 바뀝니다: 없음, 최근 5년, 전체</translation>
    </message>
    <message>
      <source>Show the head of household</source>
      <translation>세대주 성명 및 관계 표시</translation>
    </message>
    <message>
      <source>Print the head of household's name and your relation</source>
      <translation>세대주 성명과 세대주와의 관계를 인쇄합니다</translation>
    </message>
    <message>
      <source>Show military service</source>
      <translation>병역 사항 표시</translation>
    </message>
    <message>
      <source>Print military service, if the records hold it</source>
      <translation>기록이 있으면 병역 사항을 인쇄합니다</translation>
    </message>
    <message>
      <source>Kind of certificate</source>
      <translation>증명서 종류</translation>
    </message>
    <message>
      <source>Tap to choose. General: parents, spouse and children of the current marriage. Detailed: all children too. Specific: only the family members you choose</source>
      <translation>누를 때마다 바뀝니다. 일반: 부모, 배우자, 현재 혼인 중의 자녀. 상세: 모든 자녀까지. 특정: 선택한 가족만</translation>
    </message>
    <message>
      <source>Purpose of use</source>
      <translation>사용 목적</translation>
    </message>
    <message>
      <source>Tap to choose what the certificate is for</source>
      <translation>누를 때마다 증명서 사용 목적이 바뀝니다</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>선택 사항</translation>
    </message>
    <message>
      <source>See the summary</source>
      <translation>신청 내용을 확인합니다</translation>
    </message>
    <message>
      <source>One copy fewer</source>
      <translation>1부 줄이기</translation>
    </message>
    <message>
      <source>One copy more</source>
      <translation>1부 늘리기</translation>
    </message>
    <message>
      <source>Choose the family members to show (you are always shown):</source>
      <translation>표시할 가족을 선택하세요 (본인은 항상 표시됩니다):</translation>
    </message>
    <message>
      <source>{option}: {value}</source>
      <translation>{option}: {value}</translation>
    </message>
    <message>
      <source>Document: {name}</source>
      <translation>증명서: {name}</translation>
    </message>
    <message>
      <source>Total: {total} (fee waived)</source>
      <translation>합계: {total} (수수료 면제)</translation>
    </message>
    <message>
      <source>Check and pay</source>
      <translation>확인 및 결제</translation>
    </message>
    <message>
      <source>Add another document</source>
      <translation>다른 증명서 추가</translation>
    </message>
    <message>
      <source>Choose one more document to pay for and print together</source>
      <translation>증명서를 하나 더 골라 함께 결제하고 인쇄합니다</translation>
    </message>
    <message>
      <source>Please take your documents</source>
      <translation>증명서를 받아 가세요</translation>
    </message>
    <message>
      <source>{fee} per copy</source>
      <translation>1부 {fee}</translation>
    </message>
    <message>
      <source>free of charge</source>
      <translation>무료</translation>
    </message>
    <message>
      <source>Print this document. {fee}</source>
      <translation>이 증명서를 인쇄합니다. {fee}</translation>
    </message>
    <message>
      <source>This detail is complete. Press Enter to go on.</source>
      <translation>이 항목은 다 입력했습니다. 확인 키를 누르면 넘어갑니다.</translation>
    </message>
    <message>
      <source>Letter entered.</source>
      <translation>영문자 입력.</translation>
    </message>
    <message>
      <source>All three details are typed. Press Enter to read your ID card.</source>
      <translation>세 가지 정보를 모두 입력했습니다. 확인 키를 누르면 신분증을 읽습니다.</translation>
    </message>
    <message>
      <source>{count} character typed</source>
      <translation>{count}자 입력됨</translation>
    </message>
    <message>
      <source>{count} characters typed</source>
      <translation>{count}자 입력됨</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>결제</translation>
    </message>
    <message>
      <source>Printing your documents…</source>
      <translation>증명서를 인쇄하고 있습니다…</translation>
    </message>
    <message>
      <source>Please wait. Do not take your ID card out until printing has finished.</source>
      <translation>잠시만 기다려 주세요. 인쇄가 끝날 때까지 신분증을 빼지 마세요.</translation>
    </message>
    <message>
      <source>Identity confirmed</source>
      <translation>본인 확인 완료</translation>
    </message>
    <message>
      <source>Looking up your records. Please wait.</source>
      <translation>기록을 조회하고 있습니다. 잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Cancel payment</source>
      <translation>결제 취소</translation>
    </message>
    <message>
      <source>Stop paying and go back to the summary. Nothing is charged.</source>
      <translation>결제를 멈추고 신청 내용 확인 화면으로 돌아갑니다. 요금은 청구되지 않습니다.</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>표시</translation>
    </message>
    <message>
      <source>Not shown</source>
      <translation>표시 안 함</translation>
    </message>
    <message>
      <source>Show this family member or not</source>
      <translation>이 가족을 표시할지 선택합니다</translation>
    </message>
    <message>
      <source>Fee per copy: {fee}</source>
      <translation>1부당 수수료: {fee}</translation>
    </message>
    <message>
      <source>Fee exemption applied</source>
      <translation>수수료 감면 적용</translation>
    </message>
    <message>
      <source>Options: {options}</source>
      <translation>선택 사항: {options}</translation>
    </message>
    <message>
      <source>Options:</source>
      <translation>선택 사항:</translation>
    </message>
    <message>
      <source>Pay {total} and print</source>
      <translation>{total} 결제 후 인쇄</translation>
    </message>
    <message>
      <source>You pay only for what prints</source>
      <translation>인쇄된 부수만 결제됩니다</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>인쇄</translation>
    </message>
    <message>
      <source>No fee to pay</source>
      <translation>수수료가 없습니다</translation>
    </message>
    <message>
      <source>Your documents and receipt are below the screen. Please take your ID card too.</source>
      <translation>증명서와 영수증이 화면 아래로 나옵니다. 신분증도 꼭 챙겨 가세요.</translation>
    </message>
    <message>
      <source>Your documents are below the screen. Please take your ID card too.</source>
      <translation>증명서가 화면 아래로 나옵니다. 신분증도 꼭 챙겨 가세요.</translation>
    </message>
    <message>
      <source>Issuance numbers:</source>
      <translation>문서확인번호:</translation>
    </message>
    <message>
      <source>Your ID card could not be used</source>
      <translation>신분증을 확인할 수 없습니다</translation>
    </message>
    <message>
      <source>The certificate could not be issued</source>
      <translation>증명서를 발급하지 못했습니다</translation>
    </message>
    <message>
      <source>Try another ID card</source>
      <translation>다른 신분증으로 다시 시도</translation>
    </message>
    <message>
      <source>Take this card out, put in another ID card and type its details</source>
      <translation>이 카드를 빼고 다른 신분증을 넣은 뒤 그 정보를 입력합니다</translation>
    </message>
    <message>
      <source>Please tap or insert your payment card on the card terminal: {amount}.</source>
      <translation>카드 단말기에 결제 카드를 대거나 꽂아 주세요. 결제 금액: {amount}.</translation>
    </message>
    <message>
      <source>No fee to pay. One moment, please.</source>
      <translation>수수료가 없습니다. 잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Family member {number}</source>
      <translation>가족 구성원 {number}</translation>
    </message>
    <message>
      <source>Fee exemption: {reason}</source>
      <translation>수수료 감면: {reason}</translation>
    </message>
    <message>
      <source>Printed issuance numbers:</source>
      <translation>인쇄된 문서확인번호:</translation>
    </message>
    <message>
      <source>Try printing again</source>
      <translation>다시 인쇄하기</translation>
    </message>
    <message>
      <source>Back to the summary to print the copies that did not print</source>
      <translation>인쇄되지 않은 부수를 인쇄하도록 확인 화면으로 돌아갑니다</translation>
    </message>
    <message>
      <source>Choose another document</source>
      <translation>다른 증명서 고르기</translation>
    </message>
    <message>
      <source>Go back and choose another document</source>
      <translation>돌아가서 다른 증명서를 고릅니다</translation>
    </message>
    <message>
      <source>Or:</source>
      <translation>또는</translation>
    </message>
    <message>
      <source>Put the page with your photo face down on the scanner beside the screen: the details are read by themselves.</source>
      <translation>사진이 있는 면을 화면 옆 스캐너에 엎어 놓으세요. 정보가 자동으로 읽힙니다.</translation>
    </message>
  </context>
  <context>
    <name>certificate</name>
    <message>
      <source>general</source>
      <translation>일반</translation>
    </message>
    <message>
      <source>detailed</source>
      <translation>상세</translation>
    </message>
    <message>
      <source>specific</source>
      <translation>특정</translation>
    </message>
    <message>
      <source>Apart from the deferred amounts above, there are no overdue local taxes as of {date}.</source>
      <translation>위의 징수유예 등 또는 체납처분유예 금액을 제외하고는 {date} 현재 다른 체납액이 없습니다.</translation>
    </message>
    <message>
      <source>There are no overdue local taxes as of {date}.</source>
      <translation>{date} 현재 체납된 지방세가 없습니다.</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>인적 사항</translation>
    </message>
    <message>
      <source>Address history (last 5 years)</source>
      <translation>주소 변동 사항 (최근 5년)</translation>
    </message>
    <message>
      <source>Address history</source>
      <translation>주소 변동 사항</translation>
    </message>
    <message>
      <source>M</source>
      <translation>남</translation>
    </message>
    <message>
      <source>F</source>
      <translation>여</translation>
    </message>
    <message>
      <source>Issuance number</source>
      <translation>문서확인번호</translation>
    </message>
    <message>
      <source>This certifies that the above agrees with the records as of {date}.</source>
      <translation>위 내용이 {date} 현재 기록과 틀림없음을 증명합니다.</translation>
    </message>
    <message>
      <source>Check this document with its issuance number or by scanning the code.</source>
      <translation>이 문서는 문서확인번호 또는 코드 스캔으로 진위를 확인할 수 있습니다.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>성명</translation>
    </message>
    <message>
      <source>Resident no.</source>
      <translation>주민등록번호</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>세대주</translation>
    </message>
    <message>
      <source>Moved in</source>
      <translation>전입일</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>관계</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>세대 사항</translation>
    </message>
    <message>
      <source>Self</source>
      <translation>본인</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>가족 사항</translation>
    </message>
    <message>
      <source>Purpose of use</source>
      <translation>증명서 사용 목적</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>유효 기한</translation>
    </message>
    <message>
      <source>Collection deferred</source>
      <translation>징수유예</translation>
    </message>
    <message>
      <source>Seizure deferred</source>
      <translation>체납처분유예</translation>
    </message>
    <message>
      <source>Local taxes</source>
      <translation>지방세</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>주소</translation>
    </message>
    <message>
      <source>Household formed (reason, date)</source>
      <translation>세대 구성 사유 및 일자</translation>
    </message>
    <message>
      <source>Reason for change</source>
      <translation>변동 사유</translation>
    </message>
    <message>
      <source>Household members are not shown at your request.</source>
      <translation>신청인의 요청에 따라 세대원 표시를 생략합니다.</translation>
    </message>
    <message>
      <source>Past addresses are not shown at your request.</source>
      <translation>신청인의 요청에 따라 과거 주소 변동 사항 표시를 생략합니다.</translation>
    </message>
    <message>
      <source>Military service</source>
      <translation>병역 사항</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>발급 일시</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>발급기</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>부수</translation>
    </message>
    <message>
      <source>{copy} of {copies}</source>
      <translation>{copies}부 중 {copy}번째</translation>
    </message>
    <message>
      <source>Registration base</source>
      <translation>등록기준지</translation>
    </message>
    <message>
      <source>Relation to the head</source>
      <translation>세대주와의 관계</translation>
    </message>
    <message>
      <source>Deferral</source>
      <translation>구분</translation>
    </message>
    <message>
      <source>Tax year</source>
      <translation>과세연도</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>세목</translation>
    </message>
    <message>
      <source>Amount (won)</source>
      <translation>지방세액(원)</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>유예 기한</translation>
    </message>
    <message>
      <source>now</source>
      <translation>현재</translation>
    </message>
    <message>
      <source>Family role</source>
      <translation>구분</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>성별</translation>
    </message>
    <message>
      <source>Clan</source>
      <translation>본</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>출생연월일</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>기간</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <source>empty key</source>
      <translation>키가 비어 있습니다</translation>
    </message>
    <message>
      <source>malformed key "{key}" (expected e.g. devices.printer.backend)</source>
      <translation>키 형식이 잘못되었습니다: "{key}" (예: devices.printer.backend)</translation>
    </message>
    <message>
      <source>no such item</source>
      <translation>해당 항목이 없습니다</translation>
    </message>
    <message>
      <source>not a table</source>
      <translation>테이블이 아닙니다</translation>
    </message>
    <message>
      <source>no such setting</source>
      <translation>해당 설정이 없습니다</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} 또는 {last}</translation>
    </message>
    <message>
      <source>list</source>
      <translation>목록</translation>
    </message>
    <message>
      <source>tuple</source>
      <translation>목록</translation>
    </message>
    <message>
      <source>input should be a valid boolean, got {value}</source>
      <translation>true 또는 false여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid boolean, unable to interpret input, got {value}</source>
      <translation>참/거짓 값으로 해석할 수 없습니다. true 또는 false여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, got {value}</source>
      <translation>정수여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, unable to parse string as an integer, got {value}</source>
      <translation>정수로 읽을 수 없는 값입니다. 정수여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, got a number with a fractional part, got {value}</source>
      <translation>소수점 없는 정수여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid number, got {value}</source>
      <translation>숫자여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid number, unable to parse string as a number, got {value}</source>
      <translation>숫자로 읽을 수 없는 값입니다. 숫자여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a finite number, got {value}</source>
      <translation>유한한 숫자여야 합니다(nan, inf는 쓸 수 없음). 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid string, got {value}</source>
      <translation>문자열이어야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid list, got {value}</source>
      <translation>목록이어야 합니다(예: [1, 2]). 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid tuple, got {value}</source>
      <translation>목록이어야 합니다(예: [1, 2]). 입력값: {value}</translation>
    </message>
    <message>
      <source>invalid value ({detail})</source>
      <translation>올바르지 않은 값입니다({detail})</translation>
    </message>
    <message>
      <source>must be one of {expected}, got {value}</source>
      <translation>{expected} 중 하나여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>테이블</translation>
    </message>
    <message>
      <source>input should be greater than {gt}, got {value}</source>
      <translation>{gt}보다 커야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be greater than or equal to {ge}, got {value}</source>
      <translation>{ge} 이상이어야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be less than {lt}, got {value}</source>
      <translation>{lt}보다 작아야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be less than or equal to {le}, got {value}</source>
      <translation>{le} 이하여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>string should match pattern '{pattern}', got {value}</source>
      <translation>형식이 맞지 않습니다(패턴: '{pattern}'). 입력값: {value}</translation>
    </message>
    <message>
      <source>input should be a valid dictionary or instance of {name}, got {value}</source>
      <translation>테이블({name})이어야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>string should have at least {n} characters, got {value}</source>
      <translation>{n}자 이상이어야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>string should have at least {n} character, got {value}</source>
      <translation>{n}자 이상이어야 합니다(비워 둘 수 없음). 입력값: {value}</translation>
    </message>
    <message>
      <source>string should have at most {n} characters, got {value}</source>
      <translation>{n}자 이하여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>string should have at most {n} character, got {value}</source>
      <translation>{n}자 이하여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>{container} should have at least {n} items after validation, not {actual}, got {value}</source>
      <translation>{container}에 항목이 {n}개 이상 있어야 합니다(현재 {actual}개). 입력값: {value}</translation>
    </message>
    <message>
      <source>{container} should have at least {n} item after validation, not {actual}, got {value}</source>
      <translation>{container}에 항목이 {n}개 이상 있어야 합니다(현재 {actual}개). 입력값: {value}</translation>
    </message>
    <message>
      <source>{container} should have at most {n} items after validation, not {actual}, got {value}</source>
      <translation>{container}의 항목은 {n}개 이하여야 합니다(현재 {actual}개). 입력값: {value}</translation>
    </message>
    <message>
      <source>{container} should have at most {n} item after validation, not {actual}, got {value}</source>
      <translation>{container}의 항목은 {n}개 이하여야 합니다(현재 {actual}개). 입력값: {value}</translation>
    </message>
    <message>
      <source>unknown key (check the spelling; see `kiosk config show` for valid keys)</source>
      <translation>알 수 없는 키입니다(철자를 확인하세요. 쓸 수 있는 키는 `kiosk config show`로 볼 수 있습니다)</translation>
    </message>
    <message>
      <source>required, but missing</source>
      <translation>필수 항목인데 값이 없습니다</translation>
    </message>
    <message>
      <source>nested more than {limit} levels deep (line {line})</source>
      <translation>{limit}단계보다 깊게 중첩되어 있습니다({line}번째 줄)</translation>
    </message>
    <message>
      <source>nested more than {limit} levels deep</source>
      <translation>{limit}단계보다 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
      <source>not valid TOML: {error}</source>
      <translation>올바른 TOML 형식이 아닙니다: {error}</translation>
    </message>
    <message>
      <source>file is not UTF-8 text</source>
      <translation>파일이 UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
      <source>not a regular file (a folder, FIFO or device); refusing to read it</source>
      <translation>일반 파일이 아닙니다(폴더, FIFO 또는 장치). 읽지 않습니다</translation>
    </message>
    <message>
      <source>file is larger than {limit} KiB; a config file is a few KB</source>
      <translation>파일이 {limit} KiB보다 큽니다. 설정 파일은 보통 몇 KB입니다</translation>
    </message>
    <message>
      <source>cannot read file: {error}</source>
      <translation>파일을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
      <source>Center name</source>
      <translation>센터 이름</translation>
    </message>
    <message>
      <source>Shown on the home screen and printed on every ticket and document.</source>
      <translation>첫 화면에 표시되고 모든 번호표와 증명서에 인쇄됩니다.</translation>
    </message>
    <message>
      <source>Center code</source>
      <translation>센터 코드</translation>
    </message>
    <message>
      <source>Identifies this center in issuance numbers and audit records.</source>
      <translation>문서확인번호와 감사 기록에서 이 센터를 식별합니다.</translation>
    </message>
    <message>
      <source>Kiosk id</source>
      <translation>키오스크 ID</translation>
    </message>
    <message>
      <source>Identifies this kiosk among the center's kiosks. Give each kiosk on one database its own: a kiosk started with an id that a running kiosk holds waits until that one stops.</source>
      <translation>센터의 키오스크 가운데 이 키오스크를 식별합니다. 한 데이터베이스의 키오스크마다 다른 ID를 주십시오. 실행 중인 키오스크가 쓰는 ID로 시작한 키오스크는 그 키오스크가 멈출 때까지 기다립니다.</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>시간대</translation>
    </message>
    <message>
      <source>Business days (and daily queue numbering) start at midnight in this zone.</source>
      <translation>업무일(과 일별 번호표 번호)은 이 시간대의 자정에 시작됩니다.</translation>
    </message>
    <message>
      <source>unknown time zone, got "{value}" (for example "Asia/Seoul")</source>
      <translation>알 수 없는 시간대입니다(예: "Asia/Seoul"). 입력값: "{value}"</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>한국어</translation>
    </message>
    <message>
      <source>Name shown in Korean.</source>
      <translation>한국어로 표시되는 이름입니다.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>영어</translation>
    </message>
    <message>
      <source>Name shown in English.</source>
      <translation>영어로 표시되는 이름입니다.</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>중국어</translation>
    </message>
    <message>
      <source>Name shown in Simplified Chinese.</source>
      <translation>중국어(간체)로 표시되는 이름입니다.</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>베트남어</translation>
    </message>
    <message>
      <source>Name shown in Vietnamese.</source>
      <translation>베트남어로 표시되는 이름입니다.</translation>
    </message>
    <message>
      <source>must start with a lowercase letter and use only a-z, 0-9, - or _ (max 32), got "{value}"</source>
      <translation>영문 소문자로 시작하고 a-z, 0-9, -, _만 쓸 수 있습니다(최대 32자). 입력값: "{value}"</translation>
    </message>
    <message>
      <source>required when backend = "{backend}": add its [{backend}] table</source>
      <translation>backend = "{backend}"일 때 필요합니다. [{backend}] 테이블을 추가하세요</translation>
    </message>
    <message>
      <source>Priority share</source>
      <translation>교통약자 우선 호출 비율</translation>
    </message>
    <message>
      <source>Largest share of calls in which a priority ticket may go ahead of earlier ones (1/3: at most one call in three; 0: priority tickets wait their turn).</source>
      <translation>교통약자 우선 번호표가 먼저 온 번호표보다 앞서 호출될 수 있는 최대 비율입니다 (1/3: 세 번 중 최대 한 번, 0: 우선 번호표도 차례를 기다림).</translation>
    </message>
    <message>
      <source>Service time weight</source>
      <translation>처리 시간 가중치</translation>
    </message>
    <message>
      <source>Weight of the newest measured service in the running average used for wait estimates (higher follows recent changes faster).</source>
      <translation>대기 시간 추정에 쓰는 이동 평균에서 가장 최근에 측정한 처리 시간의 가중치입니다 (높을수록 최근 변화를 빨리 반영).</translation>
    </message>
    <message>
      <source>Unprinted after (s)</source>
      <translation>미인쇄 판단 시간(초)</translation>
    </message>
    <message>
      <source>A ticket still unprinted after this long (its kiosk stopped) is shown to staff as a print failure and can be called.</source>
      <translation>이 시간이 지나도 인쇄되지 않은 번호표(키오스크 멈춤)는 직원에게 인쇄 실패로 표시되며 호출할 수 있습니다.</translation>
    </message>
    <message>
      <source>Staff calls shown (minutes)</source>
      <translation>직원 호출 표시 시간(분)</translation>
    </message>
    <message>
      <source>How long a resident's call for staff from a kiosk stays listed at counters.</source>
      <translation>키오스크에서 민원인이 보낸 직원 호출이 창구 화면에 표시되는 시간입니다.</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>프린터</translation>
    </message>
    <message>
      <source>The receipt printer.</source>
      <translation>영수증 프린터입니다.</translation>
    </message>
    <message>
      <source>Card reader</source>
      <translation>카드 리더기</translation>
    </message>
    <message>
      <source>The ID card reader.</source>
      <translation>신분증 리더기입니다.</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>음성</translation>
    </message>
    <message>
      <source>Voice guidance.</source>
      <translation>음성 안내입니다.</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>결제</translation>
    </message>
    <message>
      <source>How certificate fees are paid.</source>
      <translation>증명서 수수료 결제 방식입니다.</translation>
    </message>
    <message>
      <source>Text messages</source>
      <translation>문자 알림</translation>
    </message>
    <message>
      <source>Texts to residents who follow their ticket by phone.</source>
      <translation>휴대전화로 번호표를 확인하는 주민에게 보내는 문자입니다.</translation>
    </message>
    <message>
      <source>Scripted identity</source>
      <translation>모의 신원</translation>
    </message>
    <message>
      <source>Which fictional resident the mock card holds.</source>
      <translation>모의 카드에 담긴 가상 주민입니다.</translation>
    </message>
    <message>
      <source>Simulated fault</source>
      <translation>모의 고장</translation>
    </message>
    <message>
      <source>Make the mock reader fail (for tests). cloned_dg1: the chip accepts this resident's details but holds another resident's data; no_sod: no security object; bad_sod_hash: the data does not match its signed hash.</source>
      <translation>모의 리더기에 고장을 일으킵니다(테스트용). cloned_dg1: 칩이 이 주민의 정보를 받아들이지만 다른 주민의 데이터를 담고 있음, no_sod: 보안 객체 없음, bad_sod_hash: 데이터가 서명된 해시와 맞지 않음.</translation>
    </message>
    <message>
      <source>Card inserted at start</source>
      <translation>시작 시 카드 삽입</translation>
    </message>
    <message>
      <source>Whether the mock reader starts with the scripted card inserted.</source>
      <translation>모의 리더기가 모의 카드가 꽂힌 상태로 시작할지 정합니다.</translation>
    </message>
    <message>
      <source>Slow card delay (ms)</source>
      <translation>느린 카드 지연(ms)</translation>
    </message>
    <message>
      <source>How long a read takes with the slow fault.</source>
      <translation>slow 고장일 때 읽기에 걸리는 시간입니다.</translation>
    </message>
    <message>
      <source>Card UID</source>
      <translation>카드 UID</translation>
    </message>
    <message>
      <source>The UID (hex) the mock card reports, e.g. to test technician cards.</source>
      <translation>모의 카드가 보고하는 UID(16진수)입니다. 기술자 카드 테스트 등에 씁니다.</translation>
    </message>
    <message>
      <source>Reader name pattern</source>
      <translation>리더기 이름 패턴</translation>
    </message>
    <message>
      <source>Use readers whose name contains this text (empty: any reader); the first one holding a card is read.</source>
      <translation>이름에 이 문자열이 들어 있는 리더기를 사용합니다 (비우면 모든 리더기). 카드가 꽂힌 첫 번째 리더기를 읽습니다.</translation>
    </message>
    <message>
      <source>Timeout (s)</source>
      <translation>시간 제한(초)</translation>
    </message>
    <message>
      <source>Per-command timeout.</source>
      <translation>명령별 시간 제한입니다.</translation>
    </message>
    <message>
      <source>Card protocol</source>
      <translation>카드 프로토콜</translation>
    </message>
    <message>
      <source>Transmission protocol to ask for; any lets the reader choose.</source>
      <translation>요청할 전송 프로토콜입니다. any는 리더기가 고르게 합니다.</translation>
    </message>
    <message>
      <source>Poll interval (s)</source>
      <translation>확인 주기(초)</translation>
    </message>
    <message>
      <source>How often readers and card presence are checked (and pcscd reconnected).</source>
      <translation>리더기와 카드 유무를 확인하는 (그리고 pcscd에 다시 연결하는) 주기입니다.</translation>
    </message>
    <message>
      <source>Accept test cards</source>
      <translation>시험용 카드 허용</translation>
    </message>
    <message>
      <source>Also accept chips on a real reader signed under the test-only CSCA shipped with the kiosk (test cards). Its key is public: never on a kiosk that serves real residents. The mock reader's simulated chips are always checked against it.</source>
      <translation>실제 리더기에서도 키오스크에 포함된 테스트 전용 CSCA로 서명된 칩(시험용 카드)을 받아들입니다. 이 CSCA의 키는 공개되어 있으므로 실제 주민을 상대하는 키오스크에서는 절대 켜지 마세요. 모의 리더기의 가상 칩은 항상 이 CSCA로 확인합니다.</translation>
    </message>
    <message>
      <source>CSCA certificates</source>
      <translation>CSCA 인증서</translation>
    </message>
    <message>
      <source>PEM or DER files, or folders of them, with the country signing CA certificates that Document Signer certificates on chips must chain to.</source>
      <translation>칩의 문서 서명자(DS) 인증서가 연결되어야 하는 국가 서명 CA(CSCA) 인증서가 든 PEM 또는 DER 파일, 또는 그런 파일이 든 폴더.</translation>
    </message>
    <message>
      <source>Revocation lists</source>
      <translation>폐기 목록</translation>
    </message>
    <message>
      <source>Optional PEM or DER CRLs of those CSCAs; a revoked Document Signer is refused.</source>
      <translation>해당 CSCA의 PEM 또는 DER 인증서 폐기 목록(CRL, 선택). 폐기된 문서 서명자는 거부됩니다.</translation>
    </message>
    <message>
      <source>Accept unverified chips (ticket-only kiosks)</source>
      <translation>검증되지 않은 칩 허용(번호표 전용 키오스크)</translation>
    </message>
    <message>
      <source>Accept chips whose security object (EF.SOD) is missing or does not verify. Only for kiosks that issue no certificates and hold no votes: it cannot be on while any document is enabled or participation has polls.</source>
      <translation>보안 객체(EF.SOD)가 없거나 검증되지 않는 칩을 받아들입니다. 증명서를 발급하지 않고 투표도 받지 않는 키오스크 전용입니다. 발급 문서가 하나라도 켜져 있거나 주민참여에 투표가 있으면 켤 수 없습니다.</translation>
    </message>
    <message>
      <source>Card reader backend</source>
      <translation>카드 리더기 백엔드</translation>
    </message>
    <message>
      <source>How the kiosk reads ID chips.</source>
      <translation>키오스크가 신분증 칩을 읽는 방식입니다.</translation>
    </message>
    <message>
      <source>Chip verification</source>
      <translation>칩 검증</translation>
    </message>
    <message>
      <source>Trusted chip signers (CSCA certificates) and what to do with chips that cannot be verified.</source>
      <translation>신뢰하는 칩 서명자(CSCA 인증서)와 검증할 수 없는 칩의 처리 방법.</translation>
    </message>
    <message>
      <source>MRZ scanner</source>
      <translation>MRZ 스캐너</translation>
    </message>
    <message>
      <source>An MRZ document scanner beside the card reader: keyboard: a USB scanner that types the lines (read on the ID screen). The ID screen and the voice guide offer it before typing the details.</source>
      <translation>카드 리더 옆의 MRZ 문서 스캐너. keyboard: 줄을 키보드처럼 입력하는 USB 스캐너(신분증 화면에서 읽음). 신분증 화면과 음성 안내가 직접 입력보다 먼저 안내합니다.</translation>
    </message>
    <message>
      <source>Mock reader</source>
      <translation>모의 리더기</translation>
    </message>
    <message>
      <source>Options for tests.</source>
      <translation>테스트용 옵션입니다.</translation>
    </message>
    <message>
      <source>PC/SC</source>
      <translation>PC/SC</translation>
    </message>
    <message>
      <source>PC/SC reader options.</source>
      <translation>PC/SC 리더기 옵션입니다.</translation>
    </message>
    <message>
      <source>Gateway address</source>
      <translation>게이트웨이 주소</translation>
    </message>
    <message>
      <source>The SMS / KakaoTalk (알림톡) gateway's https:// address (http:// only to this PC: 127.0.0.1, localhost); each message is POSTed as JSON {"to": ..., "text": ..., "sender": ...}.</source>
      <translation>문자/알림톡 게이트웨이의 https:// 주소입니다(http://는 이 PC, 즉 127.0.0.1이나 localhost에만 쓸 수 있습니다). 메시지마다 JSON {"to": ..., "text": ..., "sender": ...} 형식으로 POST 요청을 보냅니다.</translation>
    </message>
    <message>
      <source>API key file</source>
      <translation>API 키 파일</translation>
    </message>
    <message>
      <source>File holding the gateway's API key (sent as a Bearer token).</source>
      <translation>게이트웨이 API 키가 들어 있는 파일입니다(Bearer 토큰으로 전송).</translation>
    </message>
    <message>
      <source>API key variable</source>
      <translation>API 키 환경 변수</translation>
    </message>
    <message>
      <source>Environment variable holding the API key when no file is given.</source>
      <translation>파일을 지정하지 않은 경우 API 키를 읽을 환경 변수입니다.</translation>
    </message>
    <message>
      <source>Sender number</source>
      <translation>발신 번호</translation>
    </message>
    <message>
      <source>The center's registered sender number, passed to the gateway.</source>
      <translation>센터에서 등록한 발신 번호로, 게이트웨이에 전달됩니다.</translation>
    </message>
    <message>
      <source>Time limit (s)</source>
      <translation>제한 시간(초)</translation>
    </message>
    <message>
      <source>Per message.</source>
      <translation>메시지 1건당 기준입니다.</translation>
    </message>
    <message>
      <source>Text message backend</source>
      <translation>문자 발송 방식</translation>
    </message>
    <message>
      <source>none: the status page offers no texts; mock: messages are kept in memory (tests, demo); http: a generic SMS / 알림톡 gateway.</source>
      <translation>none: 현황 페이지에서 문자 알림을 제공하지 않음, mock: 메시지를 메모리에만 보관(시험·시연용), http: 일반 문자/알림톡 게이트웨이</translation>
    </message>
    <message>
      <source>HTTP gateway</source>
      <translation>HTTP 게이트웨이</translation>
    </message>
    <message>
      <source>Settings of the http backend.</source>
      <translation>http 방식의 설정입니다.</translation>
    </message>
    <message>
      <source>Give the gateway's address, starting with https://</source>
      <translation>https://로 시작하는 게이트웨이 주소를 입력해 주세요</translation>
    </message>
    <message>
      <source>Scripted answers</source>
      <translation>모의 응답</translation>
    </message>
    <message>
      <source>What the mock terminal answers to each authorization, in turn (the last answer repeats); no_card waits the whole time limit for a card; hang never answers (a terminal that froze).</source>
      <translation>모의 단말기가 승인 요청마다 차례로 보내는 응답입니다 (마지막 응답이 반복됨). no_card는 제한 시간 내내 카드를 기다리고, hang은 끝내 응답하지 않습니다 (멈춘 단말기).</translation>
    </message>
    <message>
      <source>Delay (ms)</source>
      <translation>지연(ms)</translation>
    </message>
    <message>
      <source>Simulated time the resident takes to tap or insert a card.</source>
      <translation>민원인이 카드를 대거나 꽂는 데 걸리는 모의 시간입니다.</translation>
    </message>
    <message>
      <source>Capture fault</source>
      <translation>결제 확정 오류</translation>
    </message>
    <message>
      <source>Make the mock terminal's capture fail (raise) or never answer (hang).</source>
      <translation>모의 단말기의 결제 확정을 실패(raise)시키거나 응답하지 않게(hang) 합니다.</translation>
    </message>
    <message>
      <source>Void fault</source>
      <translation>승인 취소 오류</translation>
    </message>
    <message>
      <source>Make the mock terminal's void fail (raise) or never answer (hang).</source>
      <translation>모의 단말기의 승인 취소를 실패(raise)시키거나 응답하지 않게(hang) 합니다.</translation>
    </message>
    <message>
      <source>Payment backend</source>
      <translation>결제 백엔드</translation>
    </message>
    <message>
      <source>free: every fee is waived; mock: a scripted card terminal (tests, demo).</source>
      <translation>free: 모든 수수료 면제, mock: 모의 카드 단말기 (테스트, 시연).</translation>
    </message>
    <message>
      <source>Waive fees for exempt residents</source>
      <translation>면제 대상자 수수료 면제</translation>
    </message>
    <message>
      <source>Residents the records mark as fee-exempt pay the fee of their exemption reason ([[exemptions]], for example recipients of basic livelihood support), or nothing when the records name no reason. Off: everyone pays.</source>
      <translation>기록에 수수료 감면 대상으로 표시된 주민은 감면 사유([[exemptions]], 예: 국민기초생활수급자)에 정한 수수료를 내며, 기록에 사유가 없으면 수수료를 내지 않습니다. 끄면 모두 수수료를 냅니다.</translation>
    </message>
    <message>
      <source>Payment time limit (s)</source>
      <translation>결제 시간 제한(초)</translation>
    </message>
    <message>
      <source>How long the terminal waits for the resident's card.</source>
      <translation>단말기가 민원인의 카드를 기다리는 시간입니다.</translation>
    </message>
    <message>
      <source>Terminal answer limit (s)</source>
      <translation>단말기 응답 제한 시간 (초)</translation>
    </message>
    <message>
      <source>How long a capture or void may take, and an authorization beyond the card wait, before the kiosk stops waiting, tells staff and releases the resident.</source>
      <translation>결제 확정이나 승인 취소, 그리고 카드 대기 시간 이후의 승인이 이 시간을 넘기면 키오스크는 기다리기를 멈추고 직원에게 알린 뒤 주민을 다음 화면으로 보냅니다.</translation>
    </message>
    <message>
      <source>Mock terminal</source>
      <translation>모의 단말기</translation>
    </message>
    <message>
      <source>Options for tests and the demo.</source>
      <translation>테스트 및 시연용 옵션입니다.</translation>
    </message>
    <message>
      <source>Paper width (mm)</source>
      <translation>용지 폭(mm)</translation>
    </message>
    <message>
      <source>58 mm = 384 dots, 80 mm = 576 dots.</source>
      <translation>58 mm = 384도트, 80 mm = 576도트.</translation>
    </message>
    <message>
      <source>Korean text mode</source>
      <translation>한글 인쇄 방식</translation>
    </message>
    <message>
      <source>native: the printer's KS X 1001 (CP949) font; raster: text sent as an image.</source>
      <translation>native: 프린터 내장 KS X 1001(CP949) 글꼴 사용, raster: 글자를 이미지로 전송.</translation>
    </message>
    <message>
      <source>QR code mode</source>
      <translation>QR 코드 방식</translation>
    </message>
    <message>
      <source>native: the printer draws the QR (GS ( k); image: sent as a raster image.</source>
      <translation>native: 프린터가 QR 코드를 직접 그림 (GS ( k), image: 래스터 이미지로 전송.</translation>
    </message>
    <message>
      <source>Paper cut</source>
      <translation>용지 자르기</translation>
    </message>
    <message>
      <source>Cut after each job.</source>
      <translation>작업마다 용지를 자릅니다.</translation>
    </message>
    <message>
      <source>Print density</source>
      <translation>인쇄 농도</translation>
    </message>
    <message>
      <source>Where supported (0-8).</source>
      <translation>지원하는 프린터에서만 적용됩니다 (0-8).</translation>
    </message>
    <message>
      <source>Printer reports its status</source>
      <translation>프린터 상태 보고 지원</translation>
    </message>
    <message>
      <source>On: every job needs a full status answer (DLE EOT) before and after it, and the printer's answer to GS r 1 once it has printed it, or it fails. Off: the printer or its connection cannot answer; tickets print unchecked (residents are asked to check the slot) and paid documents are refused.</source>
      <translation>켜짐: 모든 인쇄 작업 전후에 완전한 상태 응답(DLE EOT)이 있어야 하고, 인쇄를 마친 뒤 GS r 1에 대한 프린터의 응답이 있어야 하며, 없으면 실패로 처리합니다. 꺼짐: 프린터나 연결이 상태를 알려 주지 못합니다. 번호표는 확인 없이 인쇄되고(주민에게 출구 확인 안내) 유료 증명서는 발급하지 않습니다.</translation>
    </message>
    <message>
      <source>Refuse on unknown status (no longer used)</source>
      <translation>상태를 알 수 없으면 인쇄 거부 (더 이상 사용하지 않음)</translation>
    </message>
    <message>
      <source>Kept so older files load: an unknown status is always a failed job now. For a printer that cannot answer, turn off reports_status instead.</source>
      <translation>이전 설정 파일을 읽기 위해 남겨 둔 항목입니다. 이제 상태를 알 수 없으면 항상 인쇄 실패로 처리합니다. 상태를 알려 주지 못하는 프린터라면 대신 reports_status를 끄세요.</translation>
    </message>
    <message>
      <source>Make the mock printer fail (for tests).</source>
      <translation>모의 프린터가 실패하도록 합니다 (테스트용).</translation>
    </message>
    <message>
      <source>Simulated printing time.</source>
      <translation>모의 인쇄 시간입니다.</translation>
    </message>
    <message>
      <source>Vendor id</source>
      <translation>제조사 ID</translation>
    </message>
    <message>
      <source>USB vendor id.</source>
      <translation>USB 제조사 ID(vendor id)입니다.</translation>
    </message>
    <message>
      <source>Product id</source>
      <translation>제품 ID</translation>
    </message>
    <message>
      <source>USB product id.</source>
      <translation>USB 제품 ID(product id)입니다.</translation>
    </message>
    <message>
      <source>IN endpoint</source>
      <translation>IN 엔드포인트</translation>
    </message>
    <message>
      <source>Bulk IN.</source>
      <translation>Bulk IN 엔드포인트입니다.</translation>
    </message>
    <message>
      <source>OUT endpoint</source>
      <translation>OUT 엔드포인트</translation>
    </message>
    <message>
      <source>Bulk OUT.</source>
      <translation>Bulk OUT 엔드포인트입니다.</translation>
    </message>
    <message>
      <source>Timeout (ms)</source>
      <translation>시간 제한(ms)</translation>
    </message>
    <message>
      <source>USB transfer timeout.</source>
      <translation>USB 전송 시간 제한입니다.</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>장치</translation>
    </message>
    <message>
      <source>Serial device path that survives a replug, e.g. /dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A1B2C3-if00-port0 (not /dev/ttyUSB0, whose number can change), or COM3.</source>
      <translation>다시 연결해도 바뀌지 않는 시리얼 장치 경로입니다 (예: /dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A1B2C3-if00-port0, 번호가 바뀔 수 있는 /dev/ttyUSB0는 쓰지 마십시오) 또는 COM3.</translation>
    </message>
    <message>
      <source>Baud rate</source>
      <translation>통신 속도(baud)</translation>
    </message>
    <message>
      <source>Serial speed.</source>
      <translation>시리얼 통신 속도입니다.</translation>
    </message>
    <message>
      <source>Read/write timeout.</source>
      <translation>읽기/쓰기 시간 제한입니다.</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>호스트</translation>
    </message>
    <message>
      <source>Printer IP address or host name.</source>
      <translation>프린터 IP 주소 또는 호스트 이름입니다.</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>포트</translation>
    </message>
    <message>
      <source>Raw TCP port.</source>
      <translation>Raw TCP 포트입니다.</translation>
    </message>
    <message>
      <source>Connect and read timeout.</source>
      <translation>연결 및 읽기 시간 제한입니다.</translation>
    </message>
    <message>
      <source>Device file</source>
      <translation>장치 파일</translation>
    </message>
    <message>
      <source>Printer device file, e.g. /dev/usb/lp0.</source>
      <translation>프린터 장치 파일입니다 (예: /dev/usb/lp0).</translation>
    </message>
    <message>
      <source>CUPS queue</source>
      <translation>CUPS 대기열</translation>
    </message>
    <message>
      <source>Name of the CUPS printer queue.</source>
      <translation>CUPS 프린터 대기열 이름입니다.</translation>
    </message>
    <message>
      <source>CUPS server</source>
      <translation>CUPS 서버</translation>
    </message>
    <message>
      <source>Print server as host, host:port or the path of its socket; empty: this computer's CUPS (as set by CUPS_SERVER or client.conf).</source>
      <translation>인쇄 서버: 호스트, 호스트:포트 또는 소켓 경로. 비워 두면 이 컴퓨터의 CUPS(CUPS_SERVER 또는 client.conf 설정)를 씁니다.</translation>
    </message>
    <message>
      <source>Windows queue</source>
      <translation>Windows 대기열</translation>
    </message>
    <message>
      <source>Windows printer name.</source>
      <translation>Windows 프린터 이름입니다.</translation>
    </message>
    <message>
      <source>Printer backend</source>
      <translation>프린터 백엔드</translation>
    </message>
    <message>
      <source>How the kiosk talks to its printer.</source>
      <translation>키오스크가 프린터와 통신하는 방식입니다.</translation>
    </message>
    <message>
      <source>Job time limit (s)</source>
      <translation>작업 시간 제한(초)</translation>
    </message>
    <message>
      <source>A print job that takes longer (printer stalled) fails with a timeout.</source>
      <translation>이보다 오래 걸리는 인쇄 작업(프린터 멈춤)은 시간 초과로 실패 처리됩니다.</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>프로필</translation>
    </message>
    <message>
      <source>Paper and capabilities.</source>
      <translation>용지와 지원 기능입니다.</translation>
    </message>
    <message>
      <source>Mock printer</source>
      <translation>모의 프린터</translation>
    </message>
    <message>
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <source>USB options.</source>
      <translation>USB 옵션입니다.</translation>
    </message>
    <message>
      <source>Serial</source>
      <translation>시리얼</translation>
    </message>
    <message>
      <source>Serial options.</source>
      <translation>시리얼 옵션입니다.</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>네트워크</translation>
    </message>
    <message>
      <source>Network options.</source>
      <translation>네트워크 옵션입니다.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <source>File options.</source>
      <translation>파일 옵션입니다.</translation>
    </message>
    <message>
      <source>CUPS</source>
      <translation>CUPS</translation>
    </message>
    <message>
      <source>CUPS options.</source>
      <translation>CUPS 옵션입니다.</translation>
    </message>
    <message>
      <source>Windows</source>
      <translation>Windows</translation>
    </message>
    <message>
      <source>Windows options.</source>
      <translation>Windows 옵션입니다.</translation>
    </message>
    <message>
      <source>Speech backend</source>
      <translation>음성 백엔드</translation>
    </message>
    <message>
      <source>How the kiosk speaks.</source>
      <translation>키오스크의 음성 출력 방식입니다.</translation>
    </message>
    <message>
      <source>Default rate</source>
      <translation>기본 말하기 속도</translation>
    </message>
    <message>
      <source>-1 slow, 0 normal, 1 fast.</source>
      <translation>-1 느림, 0 보통, 1 빠름.</translation>
    </message>
    <message>
      <source>Default volume</source>
      <translation>기본 음량</translation>
    </message>
    <message>
      <source>0 silent, 1 loudest.</source>
      <translation>0 무음, 1 최대.</translation>
    </message>
    <message>
      <source>Qt speech engine</source>
      <translation>Qt 음성 엔진</translation>
    </message>
    <message>
      <source>speechd, winrt, sapi or empty for the platform default.</source>
      <translation>speechd, winrt, sapi 중 하나입니다. 비우면 플랫폼 기본값을 씁니다.</translation>
    </message>
    <message>
      <source>Recorded clips folder</source>
      <translation>녹음 파일 폴더</translation>
    </message>
    <message>
      <source>Folder of recorded prompts per language (clips backend).</source>
      <translation>언어별 녹음 안내 음성이 들어 있는 폴더입니다 (clips 백엔드).</translation>
    </message>
    <message>
      <source>espeak-ng output</source>
      <translation>espeak-ng 출력</translation>
    </message>
    <message>
      <source>device: the sound card; null: discard audio in real time (no sound card).</source>
      <translation>device: 사운드 카드, null: 소리를 실시간으로 버림 (사운드 카드 없음).</translation>
    </message>
    <message>
      <source>Earphones</source>
      <translation>이어폰</translation>
    </message>
    <message>
      <source>Whether speech is private, so typed characters may be read back: auto: when earphones are detected in the jack (unknown counts as none); always: the kiosk has earphones or a handset only; never: loudspeaker only.</source>
      <translation>음성이 본인에게만 들리는지(입력한 글자를 읽어 줄 수 있는지). auto: 잭에 이어폰이 감지될 때(알 수 없으면 없는 것으로 봄), always: 이어폰이나 수화기만 있는 키오스크, never: 스피커만 있음.</translation>
    </message>
    <message>
      <source>Display screen</source>
      <translation>안내 화면 패널</translation>
    </message>
    <message>
      <source>Geometry of the lobby display's panel (sizes on it are set in millimetres).</source>
      <translation>대기 안내 화면 패널의 규격입니다 (화면 속 크기는 mm 단위로 설정).</translation>
    </message>
    <message>
      <source>Fullscreen</source>
      <translation>전체 화면</translation>
    </message>
    <message>
      <source>Fill the whole screen (turn off only for development).</source>
      <translation>화면 전체를 채웁니다 (개발할 때만 끄세요).</translation>
    </message>
    <message>
      <source>Monitor</source>
      <translation>모니터</translation>
    </message>
    <message>
      <source>Which connected monitor shows the display (0 is the first).</source>
      <translation>안내 화면을 띄울 모니터입니다 (0이 첫 번째).</translation>
    </message>
    <message>
      <source>Announcement repeats</source>
      <translation>안내 방송 반복 횟수</translation>
    </message>
    <message>
      <source>How many times each call is spoken.</source>
      <translation>호출마다 음성으로 안내하는 횟수입니다.</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>제2 언어</translation>
    </message>
    <message>
      <source>Also announce each call in this language, after the Korean.</source>
      <translation>한국어 안내 뒤에 이 언어로도 호출을 안내합니다.</translation>
    </message>
    <message>
      <source>Chime</source>
      <translation>안내음</translation>
    </message>
    <message>
      <source>Play a chime before each announcement.</source>
      <translation>안내 방송 전에 안내음을 울립니다.</translation>
    </message>
    <message>
      <source>Earlier calls shown</source>
      <translation>이전 호출 표시 개수</translation>
    </message>
    <message>
      <source>How many earlier calls the display lists beside the current ones.</source>
      <translation>현재 호출 옆에 표시할 이전 호출의 개수입니다.</translation>
    </message>
    <message>
      <source>Number height (mm)</source>
      <translation>번호 글자 높이(mm)</translation>
    </message>
    <message>
      <source>Height of the called numbers; about 1 mm per 10 cm of viewing distance.</source>
      <translation>호출 번호의 글자 높이입니다. 보는 거리 10 cm당 약 1 mm가 적당합니다.</translation>
    </message>
    <message>
      <source>Purpose id</source>
      <translation>사용 목적 식별자</translation>
    </message>
    <message>
      <source>Short stable identifier.</source>
      <translation>짧고 바뀌지 않는 식별자입니다.</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>이름</translation>
    </message>
    <message>
      <source>The purpose as residents see it.</source>
      <translation>주민에게 보이는 사용 목적입니다.</translation>
    </message>
    <message>
      <source>Document id</source>
      <translation>증명서 ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _).</source>
      <translation>짧고 바뀌지 않는 식별자입니다 (영문 소문자, 숫자, - 또는 _).</translation>
    </message>
    <message>
      <source>The document as residents see it.</source>
      <translation>민원인에게 보이는 증명서 이름입니다.</translation>
    </message>
    <message>
      <source>Fee per copy (won)</source>
      <translation>1부당 수수료(원)</translation>
    </message>
    <message>
      <source>What one copy costs at the kiosk.</source>
      <translation>키오스크에서 1부를 발급할 때의 수수료입니다.</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>선택 사항</translation>
    </message>
    <message>
      <source>Choices offered before printing: household_members, rrn_back (resident number back digits), household_reason (세대 구성 사유 및 일자), change_reason (변동 사유), address_history (none, last 5 years or all), household_head (세대주 성명 및 관계), military_service (병역사항), family_kind (일반, 상세 or 특정), purpose (from purposes). Copies are always offered.</source>
      <translation>인쇄 전에 고를 수 있는 선택 사항: household_members(세대원), rrn_back(주민등록번호 뒷자리), household_reason(세대 구성 사유 및 일자), change_reason(변동 사유), address_history(주소 변동 사항: 없음, 최근 5년, 전체), household_head(세대주 성명 및 관계), military_service(병역사항), family_kind(일반, 상세, 특정), purpose(purposes 중 사용 목적). 부수는 항상 고를 수 있습니다.</translation>
    </message>
    <message>
      <source>Purposes of use</source>
      <translation>사용 목적</translation>
    </message>
    <message>
      <source>What the resident may say the document is for (the purpose option); the first is preselected.</source>
      <translation>주민이 고를 수 있는 증명서 사용 목적(purpose 선택 사항)입니다. 첫 번째가 미리 선택됩니다.</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>사용</translation>
    </message>
    <message>
      <source>Disabled documents are hidden on the kiosk.</source>
      <translation>사용하지 않는 증명서는 키오스크에 표시되지 않습니다.</translation>
    </message>
    <message>
      <source>Exemption id</source>
      <translation>감면 사유 식별자</translation>
    </message>
    <message>
      <source>Short stable identifier; the records service names the reasons that apply to a resident with these ids.</source>
      <translation>짧고 바뀌지 않는 식별자입니다. 기록 서비스는 주민에게 해당하는 감면 사유를 이 식별자로 알려 줍니다.</translation>
    </message>
    <message>
      <source>The reason as residents see it on the summary.</source>
      <translation>확인 화면에서 주민에게 보이는 감면 사유입니다.</translation>
    </message>
    <message>
      <source>Fees (won)</source>
      <translation>수수료(원)</translation>
    </message>
    <message>
      <source>Fee per copy for each document id under this exemption; a document not named here is free.</source>
      <translation>이 감면 사유에 따른 증명서별(문서 id별) 1부당 수수료입니다. 여기에 없는 증명서는 무료입니다.</translation>
    </message>
    <message>
      <source>"{value}" is already used by {other}</source>
      <translation>"{value}"은(는) 이미 {other}에서 사용하고 있습니다</translation>
    </message>
    <message>
      <source>Phone follow-up</source>
      <translation>휴대전화 순서 확인</translation>
    </message>
    <message>
      <source>Print a QR code on each queue ticket that opens its live status page (served by `kiosk web`).</source>
      <translation>번호표마다 실시간 대기 현황 페이지를 여는 QR 코드를 인쇄합니다(`kiosk web`에서 제공).</translation>
    </message>
    <message>
      <source>Public address</source>
      <translation>공개 주소</translation>
    </message>
    <message>
      <source>Address residents' phones reach `kiosk web` at, e.g. http://10.0.0.5:8080 (the QR code is this address plus the ticket's secret link).</source>
      <translation>주민의 휴대전화가 `kiosk web`에 접속하는 주소입니다(예: http://10.0.0.5:8080). QR 코드는 이 주소 뒤에 번호표별 비밀 링크를 붙인 것입니다.</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>수신 주소</translation>
    </message>
    <message>
      <source>Network address `kiosk web` listens on (0.0.0.0: every interface).</source>
      <translation>`kiosk web`이 연결을 받는 네트워크 주소입니다(0.0.0.0: 모든 인터페이스).</translation>
    </message>
    <message>
      <source>Listen port</source>
      <translation>수신 포트</translation>
    </message>
    <message>
      <source>TCP port of `kiosk web`.</source>
      <translation>`kiosk web`의 TCP 포트입니다.</translation>
    </message>
    <message>
      <source>Text when this many are ahead</source>
      <translation>알림을 보낼 앞 대기 인원</translation>
    </message>
    <message>
      <source>A resident who left a phone number is texted once when this many people are ahead, and once when called.</source>
      <translation>전화번호를 남긴 주민에게 앞 대기 인원이 이 수가 되었을 때 한 번, 호출되었을 때 한 번 문자를 보냅니다.</translation>
    </message>
    <message>
      <source>Refresh period (s)</source>
      <translation>새로 고침 간격(초)</translation>
    </message>
    <message>
      <source>How often the status page and the text notifier look at the queue.</source>
      <translation>현황 페이지와 문자 알림이 대기열을 확인하는 간격입니다.</translation>
    </message>
    <message>
      <source>Give the address phones reach the status page at, starting with http:// or https://</source>
      <translation>휴대전화가 현황 페이지에 접속할 주소를 http:// 또는 https://로 시작하여 입력해 주세요</translation>
    </message>
    <message>
      <source>Item id</source>
      <translation>물품 ID</translation>
    </message>
    <message>
      <source>Short stable identifier of the tool (lowercase).</source>
      <translation>공구의 짧고 바뀌지 않는 식별자 (소문자).</translation>
    </message>
    <message>
      <source>The tool as residents see it.</source>
      <translation>주민에게 보이는 공구 이름.</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>수량</translation>
    </message>
    <message>
      <source>How many of this tool the centre has.</source>
      <translation>센터가 가진 이 공구의 개수.</translation>
    </message>
    <message>
      <source>Loan days</source>
      <translation>대여 기간 (일)</translation>
    </message>
    <message>
      <source>Days a resident may keep the tool; the slip gives the return date.</source>
      <translation>주민이 공구를 가지고 있을 수 있는 날수. 표에 반납일이 찍힙니다.</translation>
    </message>
    <message>
      <source>Offer tool lending and parcel keeping on the kiosk's other services.</source>
      <translation>키오스크의 그 밖의 업무에서 공구 대여와 택배 보관을 제공합니다.</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>공구</translation>
    </message>
    <message>
      <source>The tools residents may borrow.</source>
      <translation>주민이 빌릴 수 있는 공구.</translation>
    </message>
    <message>
      <source>Parcel keeping</source>
      <translation>택배 보관</translation>
    </message>
    <message>
      <source>Residents may ask, by phone number, whether a parcel is kept for them.</source>
      <translation>주민이 전화번호로 맡겨진 택배가 있는지 확인할 수 있습니다.</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation>창구</translation>
    </message>
    <message>
      <source>The counter where tools are handed out and returned and parcels collected.</source>
      <translation>공구를 내어 주고 돌려받으며 택배를 찾아가는 창구.</translation>
    </message>
    <message>
      <source>Tools per phone number</source>
      <translation>전화번호당 공구 수</translation>
    </message>
    <message>
      <source>How many tools one mobile number may have at a time, asked for today or not yet returned; the kiosk refuses more (0: no limit).</source>
      <translation>휴대전화 번호 하나로 동시에 가질 수 있는 공구 수입니다(오늘 신청했거나 아직 반납하지 않은 공구). 이보다 많으면 키오스크가 거절합니다(0: 제한 없음).</translation>
    </message>
    <message>
      <source>Due soon (days)</source>
      <translation>반납 임박 (일)</translation>
    </message>
    <message>
      <source>Staff see a loan in the reminders this many days before it is due.</source>
      <translation>반납일 며칠 전부터 직원 알림에 대여가 표시되는지.</translation>
    </message>
    <message>
      <source>Keep personal data (days)</source>
      <translation>개인정보 보관 (일)</translation>
    </message>
    <message>
      <source>Phone numbers of returned or cancelled loans and collected parcels are erased this many days later.</source>
      <translation>반납되거나 취소된 대여와 찾아간 택배의 전화번호는 이 일수가 지나면 지워집니다.</translation>
    </message>
    <message>
      <source>Text shown in Korean.</source>
      <translation>한국어로 표시되는 글입니다.</translation>
    </message>
    <message>
      <source>Text shown in English.</source>
      <translation>영어로 표시되는 글입니다.</translation>
    </message>
    <message>
      <source>Text shown in Simplified Chinese.</source>
      <translation>중국어(간체)로 표시되는 글입니다.</translation>
    </message>
    <message>
      <source>Text shown in Vietnamese.</source>
      <translation>베트남어로 표시되는 글입니다.</translation>
    </message>
    <message>
      <source>Notice id</source>
      <translation>공지 ID</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <source>The notice's heading.</source>
      <translation>공지의 제목입니다.</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>본문</translation>
    </message>
    <message>
      <source>The notice itself, as residents read it in large type.</source>
      <translation>주민이 큰 글씨로 읽는 공지 본문입니다.</translation>
    </message>
    <message>
      <source>Shown from</source>
      <translation>게시 시작일</translation>
    </message>
    <message>
      <source>First day the notice is shown (a date: 2026-11-16).</source>
      <translation>공지를 처음 게시하는 날짜입니다(예: 2026-11-16).</translation>
    </message>
    <message>
      <source>Shown until</source>
      <translation>게시 종료일</translation>
    </message>
    <message>
      <source>Last day the notice is shown (inclusive).</source>
      <translation>공지를 마지막으로 게시하는 날짜입니다(당일 포함).</translation>
    </message>
    <message>
      <source>Option id</source>
      <translation>선택지 ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _). Votes and the list of who voted are kept under it: give each new poll a new id (a poll copied from last term with the same id keeps last term's votes, and its voters cannot vote again).</source>
      <translation>바뀌지 않는 짧은 식별자입니다(영문 소문자, 숫자, - 또는 _). 투표 결과와 투표한 사람 목록이 이 식별자로 보관되므로 새 투표에는 새 식별자를 주세요(지난 기수의 투표를 같은 식별자로 복사하면 지난 투표 결과가 남고, 그때 투표한 주민은 다시 투표할 수 없습니다).</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>표시 이름</translation>
    </message>
    <message>
      <source>The option as residents see it.</source>
      <translation>주민에게 보이는 선택지 이름입니다.</translation>
    </message>
    <message>
      <source>Cost (won)</source>
      <translation>사업비(원)</translation>
    </message>
    <message>
      <source>What the project costs: required in a budget poll, not set in a survey.</source>
      <translation>사업에 드는 비용입니다. 주민참여예산 투표에서는 반드시 적고, 설문에서는 적지 않습니다.</translation>
    </message>
    <message>
      <source>Poll id</source>
      <translation>투표 ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _); votes keep it.</source>
      <translation>바뀌지 않는 짧은 식별자입니다(영문 소문자, 숫자, - 또는 _). 투표 기록에 남습니다.</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>종류</translation>
    </message>
    <message>
      <source>survey: a question with answers. budget: participatory budgeting (주민참여예산), each option a project with its cost.</source>
      <translation>survey: 질문과 답으로 이루어진 설문입니다. budget: 주민참여예산 투표로, 선택지마다 사업과 그 비용이 있습니다.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>질문</translation>
    </message>
    <message>
      <source>What residents are asked.</source>
      <translation>주민에게 묻는 내용입니다.</translation>
    </message>
    <message>
      <source>The answers; each resident chooses one.</source>
      <translation>선택지입니다. 주민 한 사람이 하나를 고릅니다.</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>투표 시작</translation>
    </message>
    <message>
      <source>When voting starts (2026-11-16T09:00:00, center time).</source>
      <translation>투표가 시작되는 일시입니다(예: 2026-11-16T09:00:00, 센터 시간대 기준).</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>투표 마감</translation>
    </message>
    <message>
      <source>When voting ends (not included); results stay visible to staff.</source>
      <translation>투표가 끝나는 일시입니다(이 시각부터 투표할 수 없습니다). 결과는 마감 후에도 직원이 볼 수 있습니다.</translation>
    </message>
    <message>
      <source>Offer resident participation on the kiosk's other-services menu.</source>
      <translation>키오스크의 기타 서비스 메뉴에 주민자치회를 표시합니다.</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>공지</translation>
    </message>
    <message>
      <source>Notices of the residents' council, each shown between two dates.</source>
      <translation>주민자치회 공지입니다. 각 공지는 정한 기간 동안 게시됩니다.</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>투표</translation>
    </message>
    <message>
      <source>Surveys and participatory-budget votes, each open between two times.</source>
      <translation>설문과 주민참여예산 투표입니다. 각 투표는 정한 기간 동안 진행됩니다.</translation>
    </message>
    <message>
      <source>give both opens and closes an offset, or neither</source>
      <translation>opens와 closes 모두에 시간대(오프셋)를 적거나, 둘 다 적지 마십시오</translation>
    </message>
    <message>
      <source>must not be before shown_from</source>
      <translation>shown_from보다 앞설 수 없습니다</translation>
    </message>
    <message>
      <source>must be after opens</source>
      <translation>opens보다 뒤여야 합니다</translation>
    </message>
    <message>
      <source>required in a budget poll</source>
      <translation>주민참여예산 투표에서는 필수입니다</translation>
    </message>
    <message>
      <source>only for kind = "budget"</source>
      <translation>kind = "budget"일 때만 적을 수 있습니다</translation>
    </message>
    <message>
      <source>Course id</source>
      <translation>강좌 ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _); registrations are stored under it.</source>
      <translation>짧고 바뀌지 않는 식별자(영문 소문자, 숫자, - 또는 _). 신청 내역이 이 ID로 저장됩니다.</translation>
    </message>
    <message>
      <source>The course as residents see it.</source>
      <translation>주민에게 보이는 강좌 이름입니다.</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>분야</translation>
    </message>
    <message>
      <source>culture (문화), sports (체육) or education (교육).</source>
      <translation>culture(문화), sports(체육) 또는 education(교육).</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>일정</translation>
    </message>
    <message>
      <source>When it meets, as residents read it (e.g. "매주 화·목 10:00–11:30").</source>
      <translation>주민에게 보이는 수업 일정(예: "매주 화·목 10:00–11:30").</translation>
    </message>
    <message>
      <source>Term start</source>
      <translation>개강일</translation>
    </message>
    <message>
      <source>First day of the term.</source>
      <translation>강좌 기간의 첫날입니다.</translation>
    </message>
    <message>
      <source>Term end</source>
      <translation>종강일</translation>
    </message>
    <message>
      <source>Last day of the term.</source>
      <translation>강좌 기간의 마지막 날입니다.</translation>
    </message>
    <message>
      <source>Places</source>
      <translation>정원</translation>
    </message>
    <message>
      <source>How many residents the course takes.</source>
      <translation>강좌에 받을 수 있는 인원입니다.</translation>
    </message>
    <message>
      <source>Waiting list size</source>
      <translation>대기 인원</translation>
    </message>
    <message>
      <source>How many more may join the waiting list once the places are taken (0: no waiting list).</source>
      <translation>정원이 찬 뒤 대기 신청을 받을 인원입니다(0: 대기 신청 없음).</translation>
    </message>
    <message>
      <source>Fee (won)</source>
      <translation>수강료(원)</translation>
    </message>
    <message>
      <source>The term's fee, paid at the counter (0: free).</source>
      <translation>창구에서 납부하는 강좌 기간의 수강료입니다(0: 무료).</translation>
    </message>
    <message>
      <source>Registration opens</source>
      <translation>신청 시작일</translation>
    </message>
    <message>
      <source>First day residents can register.</source>
      <translation>주민이 신청할 수 있는 첫날입니다.</translation>
    </message>
    <message>
      <source>Registration closes</source>
      <translation>신청 마감일</translation>
    </message>
    <message>
      <source>Last day residents can register (at the latest term_end; after term_start, late registrants are told to pay before their first class).</source>
      <translation>주민이 신청할 수 있는 마지막 날입니다(늦어도 term_end까지. term_start 이후에 신청한 주민에게는 첫 수업 전에 납부하라고 안내합니다).</translation>
    </message>
    <message>
      <source>A disabled course takes no new registrations and the kiosk does not list it. The counter still lists it, to manage its registrations and waiting list (a cancel still gives the place to the first waiting).</source>
      <translation>사용하지 않는 강좌는 새 접수를 받지 않으며 키오스크에 표시되지 않습니다. 창구에는 계속 표시되어 접수자와 대기자 명단을 관리할 수 있습니다(취소하면 여전히 첫 번째 대기자에게 자리가 돌아갑니다).</translation>
    </message>
    <message>
      <source>Registration number prefix</source>
      <translation>신청 번호 머리글자</translation>
    </message>
    <message>
      <source>Printed before each registration's number, e.g. YGAM in YGAM-001 (capital letters and digits). Empty: the first four letters of the id in capitals. Each course needs its own.</source>
      <translation>각 신청 번호 앞에 인쇄됩니다(예: YGAM-001의 YGAM, 영문 대문자와 숫자). 비워 두면 ID의 앞 네 글자를 대문자로 씁니다. 강좌마다 달라야 합니다.</translation>
    </message>
    <message>
      <source>Residents can register for the centre's courses at the kiosk.</source>
      <translation>주민이 키오스크에서 센터 강좌를 신청할 수 있습니다.</translation>
    </message>
    <message>
      <source>Courses</source>
      <translation>강좌</translation>
    </message>
    <message>
      <source>The courses of the current terms, in the order the kiosk lists them.</source>
      <translation>현재 기수의 강좌 목록으로, 키오스크에 이 순서대로 표시됩니다.</translation>
    </message>
    <message>
      <source>Names and phone numbers of registrations are erased this many days after the term ends or the registration is cancelled (a term no longer in the config: after its first day).</source>
      <translation>수강 신청자의 이름과 전화번호는 종강일이나 신청 취소일로부터 이 일수가 지나면 지워집니다 (설정에서 빠진 강좌 기간은 개강일부터 셉니다).</translation>
    </message>
    <message>
      <source>must not be before term_start</source>
      <translation>term_start보다 앞설 수 없습니다</translation>
    </message>
    <message>
      <source>must not be before registration_opens</source>
      <translation>registration_opens보다 앞설 수 없습니다</translation>
    </message>
    <message>
      <source>must not be after term_end</source>
      <translation>term_end보다 뒤일 수 없습니다</translation>
    </message>
    <message>
      <source>numbers registrations {prefix}-001 like {other}: give one of them another number_prefix</source>
      <translation>{other}와(과) 같이 신청 번호를 {prefix}-001로 매깁니다. 둘 중 하나에 다른 number_prefix를 주십시오</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>기본 URL</translation>
    </message>
    <message>
      <source>The records service, e.g. https://records.example.go.kr/api (see docs/records-http.md). https:// only; http:// only to this computer (tests).</source>
      <translation>기록 조회 서비스 주소입니다 (예: https://records.example.go.kr/api, docs/records-http.md 참고). https://만 허용되며, http://는 이 컴퓨터에만 허용됩니다(테스트용).</translation>
    </message>
    <message>
      <source>Bearer token</source>
      <translation>Bearer 토큰</translation>
    </message>
    <message>
      <source>Sent as Authorization: Bearer TOKEN.</source>
      <translation>Authorization: Bearer TOKEN 헤더로 전송됩니다.</translation>
    </message>
    <message>
      <source>The whole lookup must finish within this: connecting, the answer, retries and the waits between them.</source>
      <translation>조회 전체가 이 시간 안에 끝나야 합니다: 연결, 응답, 재시도와 그 사이의 대기 시간을 모두 포함합니다.</translation>
    </message>
    <message>
      <source>Retries</source>
      <translation>재시도 횟수</translation>
    </message>
    <message>
      <source>Extra attempts after a timeout, a refused connection or a 5xx answer.</source>
      <translation>시간 초과, 연결 거부, 5xx 응답 뒤에 추가로 시도하는 횟수입니다.</translation>
    </message>
    <message>
      <source>Backoff (s)</source>
      <translation>재시도 대기(초)</translation>
    </message>
    <message>
      <source>Wait before the first retry; doubled before each further one.</source>
      <translation>첫 재시도 전 대기 시간입니다. 이후 재시도마다 두 배로 늘어납니다.</translation>
    </message>
    <message>
      <source>CA certificate file</source>
      <translation>CA 인증서 파일</translation>
    </message>
    <message>
      <source>PEM file of the CA that signed the service's certificate (empty: the system's). TLS verification is always on.</source>
      <translation>서비스 인증서에 서명한 CA의 PEM 파일입니다 (비우면 시스템 기본값). TLS 검증은 항상 켜져 있습니다.</translation>
    </message>
    <message>
      <source>Make the demo records provider fail (for tests); other_person answers with another resident's record.</source>
      <translation>데모 기록 제공자에 고장을 일으킵니다(테스트용). other_person은 다른 주민의 기록으로 응답합니다.</translation>
    </message>
    <message>
      <source>Records provider</source>
      <translation>기록 제공자</translation>
    </message>
    <message>
      <source>demo: fictional residents shipped with the kiosk; http: a records service.</source>
      <translation>demo: 키오스크에 포함된 가상 주민, http: 기록 조회 서비스.</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>시연</translation>
    </message>
    <message>
      <source>Demo provider options.</source>
      <translation>시연용 제공자 옵션입니다.</translation>
    </message>
    <message>
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <source>Records service options.</source>
      <translation>기록 조회 서비스 옵션입니다.</translation>
    </message>
    <message>
      <source>must be an https:// address (e.g. https://records.example/api), got "{value}"</source>
      <translation>https:// 주소여야 합니다 (예: https://records.example/api). 입력값: "{value}"</translation>
    </message>
    <message>
      <source>plain http:// would send residents' details unencrypted: use https:// (http:// is only for this computer, e.g. 127.0.0.1), got "{value}"</source>
      <translation>일반 http://는 주민의 개인정보를 암호화하지 않고 보냅니다. https://를 사용하세요 (http://는 이 컴퓨터, 예: 127.0.0.1에만 허용). 입력값: "{value}"</translation>
    </message>
    <message>
      <source>not a valid URL, got "{value}"</source>
      <translation>올바른 URL이 아닙니다. 입력값: "{value}"</translation>
    </message>
    <message>
      <source>Schema version</source>
      <translation>스키마 버전</translation>
    </message>
    <message>
      <source>Version of this file's layout; older files are migrated when loaded.</source>
      <translation>이 파일 구조의 버전입니다. 이전 버전 파일은 불러올 때 변환됩니다.</translation>
    </message>
    <message>
      <source>Center</source>
      <translation>센터</translation>
    </message>
    <message>
      <source>The community center.</source>
      <translation>행정복지센터입니다.</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>화면</translation>
    </message>
    <message>
      <source>The touch panel's geometry.</source>
      <translation>터치 패널의 규격입니다.</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>업무</translation>
    </message>
    <message>
      <source>Queue services residents can take a number for.</source>
      <translation>민원인이 번호표를 받을 수 있는 업무입니다.</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>장치</translation>
    </message>
    <message>
      <source>Printer, card reader, speech.</source>
      <translation>프린터, 카드 리더기, 음성.</translation>
    </message>
    <message>
      <source>Display</source>
      <translation>화면 표시</translation>
    </message>
    <message>
      <source>Screen defaults.</source>
      <translation>화면 기본값입니다.</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>저장소</translation>
    </message>
    <message>
      <source>Where tickets are stored.</source>
      <translation>번호표를 저장하는 곳입니다.</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>증명서</translation>
    </message>
    <message>
      <source>Certificates residents can print at the kiosk, with their fees.</source>
      <translation>민원인이 키오스크에서 발급할 수 있는 증명서와 수수료입니다.</translation>
    </message>
    <message>
      <source>Fee exemptions</source>
      <translation>수수료 감면</translation>
    </message>
    <message>
      <source>Reasons a resident pays less or nothing for certificates (when devices.payment.waive_for_exempt is on), with the fee per document.</source>
      <translation>주민이 증명서 수수료를 적게 내거나 내지 않는 사유와 증명서별 수수료입니다 (devices.payment.waive_for_exempt가 켜져 있을 때).</translation>
    </message>
    <message>
      <source>Where resident records for certificates come from.</source>
      <translation>증명서에 쓰는 주민 기록을 가져오는 곳입니다.</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>기술자</translation>
    </message>
    <message>
      <source>Technician mode entry: PIN, technician cards, corner, timeout.</source>
      <translation>기술자 모드 진입: PIN, 기술자 카드, 모서리, 시간 제한.</translation>
    </message>
    <message>
      <source>Lobby display</source>
      <translation>대기 안내 화면</translation>
    </message>
    <message>
      <source>The lobby display that shows and announces calls.</source>
      <translation>호출 번호를 보여 주고 음성으로 안내하는 대기 안내 화면입니다.</translation>
    </message>
    <message>
      <source>Counters</source>
      <translation>창구</translation>
    </message>
    <message>
      <source>Staff counters: priority calls and wait estimates.</source>
      <translation>직원 창구: 교통약자 우선 호출과 대기 시간 추정.</translation>
    </message>
    <message>
      <source>Lending and parcels</source>
      <translation>대여·택배</translation>
    </message>
    <message>
      <source>Tool lending and parcel keeping (a centre service).</source>
      <translation>공구 대여와 택배 보관 (센터 업무).</translation>
    </message>
    <message>
      <source>QR code on tickets, the live status page and text messages.</source>
      <translation>번호표의 QR 코드, 실시간 현황 페이지, 문자 알림입니다.</translation>
    </message>
    <message>
      <source>Welfare intake</source>
      <translation>복지 상담·신고</translation>
    </message>
    <message>
      <source>Welfare consultation bookings, home visits and crisis reports.</source>
      <translation>복지 상담 예약, 방문 상담 요청, 위기가구 신고입니다.</translation>
    </message>
    <message>
      <source>Resident participation</source>
      <translation>주민자치회</translation>
    </message>
    <message>
      <source>주민자치회: notices on the kiosk and the lobby display, and polls residents vote in with their ID card.</source>
      <translation>주민자치회: 키오스크와 대기 안내 화면에 표시하는 공지, 주민이 신분증으로 참여하는 투표입니다.</translation>
    </message>
    <message>
      <source>Programmes</source>
      <translation>강좌 신청</translation>
    </message>
    <message>
      <source>Course registration (자치회관 강좌), a centre service.</source>
      <translation>자치회관 강좌 신청(센터 서비스)입니다.</translation>
    </message>
    <message>
      <source>must be off while certificates are issued (documents are enabled)</source>
      <translation>증명서를 발급하는 동안에는 꺼야 합니다(발급 문서가 켜져 있음)</translation>
    </message>
    <message>
      <source>must be off while residents vote with their ID card (participation has polls)</source>
      <translation>주민이 신분증으로 투표하는 동안에는 꺼야 합니다(주민참여에 투표가 있음)</translation>
    </message>
    <message>
      <source>puts the lowest controls {height} mm above the floor; they must be at least {minimum} mm up, within reach from a wheelchair</source>
      <translation>가장 낮은 버튼이 바닥에서 {height}mm 높이에 옵니다. 휠체어에서 손이 닿도록 {minimum}mm 이상이어야 합니다</translation>
    </message>
    <message>
      <source>overlaps the band of {other}</source>
      <translation>{other}의 번호 구간과 겹칩니다</translation>
    </message>
    <message>
      <source>must list at least one purpose (the purpose option is on)</source>
      <translation>사용 목적을 하나 이상 적어야 합니다 (purpose 선택 사항이 켜져 있음)</translation>
    </message>
    <message>
      <source>names no document in [[documents]]</source>
      <translation>[[documents]]에 없는 증명서입니다</translation>
    </message>
    <message>
      <source>must be between 0 and 100000 won</source>
      <translation>0원에서 100000원 사이여야 합니다</translation>
    </message>
    <message>
      <source>Width (pixels)</source>
      <translation>너비(픽셀)</translation>
    </message>
    <message>
      <source>Panel resolution, horizontal.</source>
      <translation>패널의 가로 해상도입니다.</translation>
    </message>
    <message>
      <source>Height (pixels)</source>
      <translation>높이(픽셀)</translation>
    </message>
    <message>
      <source>Panel resolution, vertical.</source>
      <translation>패널의 세로 해상도입니다.</translation>
    </message>
    <message>
      <source>Pixel pitch (mm)</source>
      <translation>픽셀 피치(mm)</translation>
    </message>
    <message>
      <source>Physical size of one pixel; when set it wins over the physical width.</source>
      <translation>픽셀 하나의 실제 크기입니다. 설정하면 실제 너비보다 우선합니다.</translation>
    </message>
    <message>
      <source>Physical width (mm)</source>
      <translation>실제 너비(mm)</translation>
    </message>
    <message>
      <source>Visible width of the panel; used when the pixel pitch is not set.</source>
      <translation>패널의 화면 표시 영역 너비입니다. 픽셀 피치가 설정되지 않았을 때 사용합니다.</translation>
    </message>
    <message>
      <source>Mounting height (mm)</source>
      <translation>설치 높이(mm)</translation>
    </message>
    <message>
      <source>Height of the panel's bottom edge above the floor (for low-screen mode).</source>
      <translation>바닥에서 패널 아래쪽 가장자리까지의 높이입니다 (낮은 화면 모드용).</translation>
    </message>
    <message>
      <source>set either pixel_pitch_mm or physical_width_mm</source>
      <translation>pixel_pitch_mm 또는 physical_width_mm 중 하나를 설정해야 합니다</translation>
    </message>
    <message>
      <source>Service id</source>
      <translation>업무 ID</translation>
    </message>
    <message>
      <source>The service as residents see it.</source>
      <translation>민원인에게 보이는 업무 이름입니다.</translation>
    </message>
    <message>
      <source>Ticket prefix</source>
      <translation>번호표 접두 문자</translation>
    </message>
    <message>
      <source>One uppercase letter shown before the number (A-012). Use this or a number band.</source>
      <translation>번호 앞에 표시되는 영문 대문자 한 글자입니다 (A-012). 이 항목과 번호 구간 중 하나를 사용하세요.</translation>
    </message>
    <message>
      <source>Number band</source>
      <translation>번호 구간</translation>
    </message>
    <message>
      <source>First and last number of this service's band (e.g. 500-799), instead of a prefix.</source>
      <translation>접두 문자 대신 쓰는 이 업무의 번호 구간 시작 번호와 끝 번호입니다 (예: 500-799).</translation>
    </message>
    <message>
      <source>Counter numbers that serve this service.</source>
      <translation>이 업무를 처리하는 창구 번호입니다.</translation>
    </message>
    <message>
      <source>Minutes per person</source>
      <translation>1인당 처리 시간(분)</translation>
    </message>
    <message>
      <source>Seed estimate of one person's service time, until measured data exists.</source>
      <translation>측정 데이터가 쌓이기 전까지 쓰는 1인당 처리 시간의 초기 추정값입니다.</translation>
    </message>
    <message>
      <source>Priority allowed</source>
      <translation>교통약자 우선 허용</translation>
    </message>
    <message>
      <source>Elderly, disabled and pregnant residents may take a priority ticket.</source>
      <translation>어르신, 장애인, 임산부가 교통약자 우선 번호표를 받을 수 있습니다.</translation>
    </message>
    <message>
      <source>Disabled services are hidden on the kiosk.</source>
      <translation>사용하지 않는 업무는 키오스크에 표시되지 않습니다.</translation>
    </message>
    <message>
      <source>must be one uppercase letter A-Z, got "{value}"</source>
      <translation>A-Z 대문자 한 글자여야 합니다. 입력값: "{value}"</translation>
    </message>
    <message>
      <source>set exactly one of prefix (a letter A-Z) or band ([first, last])</source>
      <translation>prefix(A-Z 한 글자)와 band([첫 번호, 끝 번호]) 중 하나만 설정해야 합니다</translation>
    </message>
    <message>
      <source>must be [first, last] with 0 &lt;= first &lt; last &lt;= 9999, got {value}</source>
      <translation>[첫 번호, 끝 번호] 형식이고 0 &lt;= 첫 번호 &lt; 끝 번호 &lt;= 9999여야 합니다. 입력값: {value}</translation>
    </message>
    <message>
      <source>Database URL</source>
      <translation>데이터베이스 URL</translation>
    </message>
    <message>
      <source>SQLAlchemy URL; empty means SQLite in the kiosk's data directory.</source>
      <translation>SQLAlchemy URL입니다. 비우면 키오스크 데이터 폴더의 SQLite를 사용합니다.</translation>
    </message>
    <message>
      <source>must be empty (SQLite in the data folder), a SQLite URL (sqlite:///path/to/file.sqlite3) or a PostgreSQL URL (postgresql+psycopg://user@host/database)</source>
      <translation>비워 두거나(데이터 폴더의 SQLite), SQLite URL(sqlite:///path/to/file.sqlite3) 또는 PostgreSQL URL(postgresql+psycopg://user@host/database)이어야 합니다</translation>
    </message>
    <message>
      <source>PIN hash</source>
      <translation>PIN 해시</translation>
    </message>
    <message>
      <source>scrypt hash of the technician PIN; set it with `kiosk tech set-pin`. Empty: PIN entry is disabled.</source>
      <translation>기술자 PIN의 scrypt 해시입니다. `kiosk tech set-pin`으로 설정합니다. 비어 있으면 PIN 입력을 쓸 수 없습니다.</translation>
    </message>
    <message>
      <source>Technician card UIDs</source>
      <translation>기술자 카드 UID</translation>
    </message>
    <message>
      <source>PC/SC card UIDs (uppercase hex, e.g. 04A1B2C3) that bring up the technician PIN pad; the PIN is still needed (a UID can be copied).</source>
      <translation>기술자 PIN 입력 화면을 여는 PC/SC 카드 UID입니다(대문자 16진수, 예: 04A1B2C3). UID는 복제될 수 있으므로 PIN은 여전히 필요합니다.</translation>
    </message>
    <message>
      <source>Entry corner</source>
      <translation>진입 모서리</translation>
    </message>
    <message>
      <source>Screen corner a technician presses and holds to ask for the PIN.</source>
      <translation>기술자가 길게 눌러 PIN 입력을 여는 화면 모서리입니다.</translation>
    </message>
    <message>
      <source>Long press (s)</source>
      <translation>길게 누르기(초)</translation>
    </message>
    <message>
      <source>How long the corner must be held before the PIN pad appears.</source>
      <translation>PIN 입력판이 나타나기 전까지 모서리를 누르고 있어야 하는 시간입니다.</translation>
    </message>
    <message>
      <source>Technician idle timeout (s)</source>
      <translation>기술자 모드 무동작 시간 제한(초)</translation>
    </message>
    <message>
      <source>Technician mode returns to the resident home screen after this long without a touch.</source>
      <translation>이 시간 동안 화면을 누르지 않으면 기술자 모드에서 민원인 첫 화면으로 돌아갑니다.</translation>
    </message>
    <message>
      <source>Default language</source>
      <translation>기본 언어</translation>
    </message>
    <message>
      <source>Language each session starts in.</source>
      <translation>각 세션이 시작될 때의 언어입니다.</translation>
    </message>
    <message>
      <source>Default theme</source>
      <translation>기본 테마</translation>
    </message>
    <message>
      <source>Colour theme each session starts in.</source>
      <translation>각 세션이 시작될 때의 색상 테마입니다.</translation>
    </message>
    <message>
      <source>Lower controls by default</source>
      <translation>기본으로 버튼 낮추기</translation>
    </message>
    <message>
      <source>Whether each session starts with every control moved within reach from a wheelchair (low-screen mode): auto when the panel's top is above 1,220 mm (screen.mounting_height_mm plus the panel's height), or always on, or off.</source>
      <translation>각 이용을 모든 버튼이 휠체어에서 닿는 높이로 내려온 상태(낮은 화면 모드)로 시작할지 정합니다. auto는 화면 윗변이 1,220mm보다 높을 때(screen.mounting_height_mm에 화면 높이를 더한 값), on은 항상, off는 사용하지 않음입니다.</translation>
    </message>
    <message>
      <source>Home reset (s)</source>
      <translation>첫 화면 초기화 (초)</translation>
    </message>
    <message>
      <source>On the first screen, settings a resident changed (language, voice, contrast, big text, lower) go back to the defaults after this long without a touch, with a warning first.</source>
      <translation>첫 화면에서 이용자가 바꾼 설정(언어, 음성 안내, 고대비, 큰 글씨, 낮추기)은 이 시간 동안 아무 조작이 없으면 먼저 알린 뒤 기본값으로 돌아갑니다.</translation>
    </message>
    <message>
      <source>Idle timeout (s)</source>
      <translation>무동작 시간 제한(초)</translation>
    </message>
    <message>
      <source>Return home (and wipe the session) after this long without a touch.</source>
      <translation>이 시간 동안 화면을 누르지 않으면 처음 화면으로 돌아갑니다 (세션 정보 삭제).</translation>
    </message>
    <message>
      <source>Ticket screen time (s)</source>
      <translation>번호표 화면 표시 시간(초)</translation>
    </message>
    <message>
      <source>How long the closing screens (take your ticket, your documents, a result) stay before returning home; at least 35 s, so the time warning, 25 s before the end, comes after 10 s of reading.</source>
      <translation>마무리 화면('번호표를 받아 가세요', 증명서 수령, 결과 안내)이 처음 화면으로 돌아가기 전까지 표시되는 시간입니다. 최소 35초이며, 끝나기 25초 전에 나오는 시간 경고가 10초 동안 읽은 뒤에 나오도록 합니다.</translation>
    </message>
    <message>
      <source>Run fullscreen (turn off only for development).</source>
      <translation>전체 화면으로 실행합니다 (개발할 때만 끄세요).</translation>
    </message>
    <message>
      <source>Topic id</source>
      <translation>분야 ID</translation>
    </message>
    <message>
      <source>Stable identifier stored with each request.</source>
      <translation>각 신청과 함께 저장되는 고정 식별자입니다.</translation>
    </message>
    <message>
      <source>The topic as residents and staff read it.</source>
      <translation>주민과 직원에게 보이는 분야 이름입니다.</translation>
    </message>
    <message>
      <source>Weekday</source>
      <translation>요일</translation>
    </message>
    <message>
      <source>mon, tue, wed, thu, fri, sat or sun.</source>
      <translation>mon, tue, wed, thu, fri, sat, sun 중 하나입니다.</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>시작</translation>
    </message>
    <message>
      <source>First slot starts at this time (HH:MM).</source>
      <translation>첫 상담이 이 시각에 시작합니다(HH:MM).</translation>
    </message>
    <message>
      <source>End</source>
      <translation>종료</translation>
    </message>
    <message>
      <source>The last slot ends by this time (HH:MM, later than the start).</source>
      <translation>마지막 상담이 이 시각까지 끝납니다(HH:MM, 시작보다 늦어야 함).</translation>
    </message>
    <message>
      <source>Offer welfare consultation, home visits and crisis reports at the kiosk.</source>
      <translation>키오스크에서 복지 상담 예약, 방문 상담 요청, 위기가구 신고를 받습니다.</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>상담 분야</translation>
    </message>
    <message>
      <source>What a resident can ask about, in the order the kiosk lists them.</source>
      <translation>주민이 선택할 수 있는 상담 분야이며, 키오스크에 이 순서로 표시됩니다.</translation>
    </message>
    <message>
      <source>Consultation hours</source>
      <translation>상담 시간</translation>
    </message>
    <message>
      <source>When welfare staff take consultations; slots are cut from these windows.</source>
      <translation>복지 담당자가 상담하는 시간대이며, 이 시간대를 나누어 예약 시간을 만듭니다.</translation>
    </message>
    <message>
      <source>Slot length (minutes)</source>
      <translation>상담 1회 시간(분)</translation>
    </message>
    <message>
      <source>Length of one consultation slot.</source>
      <translation>상담 한 건에 배정하는 시간입니다.</translation>
    </message>
    <message>
      <source>Days ahead</source>
      <translation>예약 가능 기간(일)</translation>
    </message>
    <message>
      <source>Slots are offered from tomorrow up to this many days ahead.</source>
      <translation>내일부터 이 일수까지의 상담 시간을 보여 줍니다.</translation>
    </message>
    <message>
      <source>Retention (days)</source>
      <translation>보관 기간(일)</translation>
    </message>
    <message>
      <source>How long a request, with what the resident gave, is kept once staff have marked it done; a consultation is also kept until its slot is this many days past. New and in-progress requests are never deleted: they stay in the counter's welfare inbox until staff mark them done. Deleting runs at kiosk start and when the inbox refreshes.</source>
      <translation>직원이 완료로 표시한 신청을 주민이 입력한 내용과 함께 보관하는 기간입니다. 상담 예약은 예약 시간이 지난 뒤에도 이 일수만큼 보관합니다. 새 신청과 처리 중인 신청은 삭제되지 않으며, 직원이 완료로 표시할 때까지 창구의 복지 접수함에 남습니다. 삭제는 키오스크 시작 시와 접수함을 새로 고칠 때 이루어집니다.</translation>
    </message>
    <message>
      <source>Callback promise</source>
      <translation>회신 안내</translation>
    </message>
    <message>
      <source>When staff will call back, printed on the receipt and shown at the end.</source>
      <translation>담당자가 언제 연락하는지 안내하는 문구로, 접수증에 인쇄되고 마지막 화면에 표시됩니다.</translation>
    </message>
    <message>
      <source>Welfare team phone</source>
      <translation>복지팀 전화번호</translation>
    </message>
    <message>
      <source>The welfare team's number, printed on every receipt (empty: left off).</source>
      <translation>복지팀 전화번호로, 모든 접수증에 인쇄됩니다(비우면 생략).</translation>
    </message>
    <message>
      <source>must be a time as HH:MM, got "{value}"</source>
      <translation>HH:MM 형식의 시각이어야 합니다. 입력값: "{value}"</translation>
    </message>
    <message>
      <source>must be later than start ({start})</source>
      <translation>시작 시각({start})보다 늦어야 합니다</translation>
    </message>
  </context>
  <context>
    <name>count</name>
    <message>
      <source>{count} people</source>
      <translation>{count}명</translation>
    </message>
    <message>
      <source>1 person</source>
      <translation>1명</translation>
    </message>
  </context>
  <context>
    <name>counter</name>
    <message>
      <source>Counter {n} is paused: resume it first</source>
      <translation>{n}번 창구가 일시 중지 상태입니다. 먼저 재개하세요</translation>
    </message>
    <message>
      <source>{code} is still called here: start serving it or mark it absent first</source>
      <translation>{code}번이 아직 이 창구에 호출되어 있습니다. 먼저 업무 시작 또는 부재 처리를 하세요</translation>
    </message>
    <message>
      <source>{code} is already being served</source>
      <translation>{code}번은 이미 업무 중입니다</translation>
    </message>
    <message>
      <source>{code} is no longer waiting</source>
      <translation>{code}번은 더 이상 대기 중이 아닙니다</translation>
    </message>
    <message>
      <source>{code} is still being served here: finish it first</source>
      <translation>{code}번이 아직 이 창구에서 업무 중입니다. 먼저 완료하세요</translation>
    </message>
    <message>
      <source>{code} was just called to counter {n}</source>
      <translation>{code}번은 방금 {n}번 창구에서 호출했습니다</translation>
    </message>
    <message>
      <source>{code} is still printing; it can be called once its ticket is out</source>
      <translation>{code}번은 아직 인쇄 중입니다. 번호표가 나온 뒤에 호출할 수 있습니다</translation>
    </message>
    <message>
      <source>Counter {n} serves no service (see services[].counters in the settings)</source>
      <translation>{n}번 창구가 맡은 업무가 없습니다 (설정의 services[].counters 참고)</translation>
    </message>
    <message>
      <source>Counter {n} has no called ticket</source>
      <translation>{n}번 창구에 호출된 번호가 없습니다</translation>
    </message>
    <message>
      <source>{service} is switched off</source>
      <translation>{service} 업무가 꺼져 있습니다</translation>
    </message>
    <message>
      <source>This ticket is no longer in the queue</source>
      <translation>이 번호는 더 이상 대기열에 없습니다</translation>
    </message>
    <message>
      <source>{code} waits for another counter's service</source>
      <translation>{code}번은 다른 창구의 업무를 기다리고 있습니다</translation>
    </message>
    <message>
      <source>Unknown service {service}</source>
      <translation>알 수 없는 업무: {service}</translation>
    </message>
    <message>
      <source>{code} already waits for {service}</source>
      <translation>{code}번은 이미 {service} 대기 중입니다</translation>
    </message>
    <message>
      <source>Start serving {code} first</source>
      <translation>먼저 {code}번 업무를 시작하세요</translation>
    </message>
    <message>
      <source>{code} was withdrawn at the kiosk: its resident holds no ticket. Call the next one.</source>
      <translation>{code}번은 키오스크에서 취소되었습니다. 이 번호를 가진 주민은 없습니다. 다음 번호를 호출하세요.</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>{n}번 창구</translation>
    </message>
    <message>
      <source>Counter {n} · {services}</source>
      <translation>{n}번 창구 · {services}</translation>
    </message>
    <message>
      <source>Current ticket</source>
      <translation>현재 번호</translation>
    </message>
    <message>
      <source>Call next (F1)</source>
      <translation>다음 호출 (F1)</translation>
    </message>
    <message>
      <source>Call again (F2)</source>
      <translation>재호출 (F2)</translation>
    </message>
    <message>
      <source>Start service (F3)</source>
      <translation>업무 시작 (F3)</translation>
    </message>
    <message>
      <source>Finish (F4)</source>
      <translation>완료 (F4)</translation>
    </message>
    <message>
      <source>Absent (F5)</source>
      <translation>부재 (F5)</translation>
    </message>
    <message>
      <source>Transfer to… (F6)</source>
      <translation>업무 이관… (F6)</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>대기</translation>
    </message>
    <message>
      <source>Staff calls from kiosks (double-click or Enter to dismiss)</source>
      <translation>키오스크의 직원 호출 (두 번 클릭하거나 Enter를 누르면 지워짐)</translation>
    </message>
    <message>
      <source>Temporarily unavailable: the queue database does not answer. Retrying…</source>
      <translation>일시적으로 사용할 수 없습니다. 대기열 데이터베이스가 응답하지 않아 다시 시도하는 중…</translation>
    </message>
    <message>
      <source>{service} {count}</source>
      <translation>{service} {count}명</translation>
    </message>
    <message>
      <source>Waiting now: {counts}</source>
      <translation>현재 대기: {counts}</translation>
    </message>
    <message>
      <source>Called</source>
      <translation>호출됨</translation>
    </message>
    <message>
      <source>Serving</source>
      <translation>업무 중</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>인쇄 중</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>번호</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>업무</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>발행 시각</translation>
    </message>
    <message>
      <source>Waited (min)</source>
      <translation>대기(분)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>비고</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>일시 중지</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>운영 중</translation>
    </message>
    <message>
      <source>Resume (F7)</source>
      <translation>재개 (F7)</translation>
    </message>
    <message>
      <source>Pause (F7)</source>
      <translation>일시 중지 (F7)</translation>
    </message>
    <message>
      <source>issued {time}</source>
      <translation>{time} 발행</translation>
    </message>
    <message>
      <source>{time}  {kiosk}: a resident asks for help ({detail})</source>
      <translation>{time}  {kiosk}: 민원인이 도움을 요청했습니다 ({detail})</translation>
    </message>
    <message>
      <source>Queue · staff calls: {n}</source>
      <translation>대기열 · 직원 호출 {n}건</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>대기열</translation>
    </message>
    <message>
      <source>Temporarily unavailable; try again in a moment.</source>
      <translation>일시적으로 사용할 수 없습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
      <source>This centre has no other service to send a ticket to</source>
      <translation>이 센터에는 번호를 넘길 다른 업무가 없습니다</translation>
    </message>
    <message>
      <source>Called {code}</source>
      <translation>{code}번 호출</translation>
    </message>
    <message>
      <source>Called {code} again</source>
      <translation>{code}번 재호출</translation>
    </message>
    <message>
      <source>Serving {code}</source>
      <translation>{code}번 업무 중</translation>
    </message>
    <message>
      <source>{code} done</source>
      <translation>{code}번 완료</translation>
    </message>
    <message>
      <source>{code} marked absent</source>
      <translation>{code}번 부재 처리</translation>
    </message>
    <message>
      <source>{code} sent to {service}</source>
      <translation>{code}번 → {service} 이관</translation>
    </message>
    <message>
      <source>next</source>
      <translation>다음</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>교통약자</translation>
    </message>
    <message>
      <source>print failed</source>
      <translation>인쇄 실패</translation>
    </message>
    <message>
      <source>printing</source>
      <translation>인쇄 중</translation>
    </message>
    <message>
      <source>from {service}</source>
      <translation>{service}에서 이관</translation>
    </message>
    <message>
      <source>No ticket at this counter</source>
      <translation>이 창구에 배정된 번호가 없습니다</translation>
    </message>
    <message>
      <source>Nobody is waiting</source>
      <translation>대기 중인 사람이 없습니다</translation>
    </message>
    <message>
      <source>Counter open</source>
      <translation>창구 운영 중</translation>
    </message>
    <message>
      <source>Counter paused</source>
      <translation>창구 일시 중지</translation>
    </message>
  </context>
  <context>
    <name>counter_panels</name>
    <message>
      <source>This PC's centre key file ({file}) is not the kiosks' one. Please ask the technician to copy it from the first kiosk.</source>
      <translation>이 PC의 센터 키 파일({file})이 키오스크의 것과 다릅니다. 첫 번째 키오스크에서 복사해 달라고 기술 담당자에게 요청해 주세요.</translation>
    </message>
  </context>
  <context>
    <name>counter_programmes</name>
    <message>
      <source>not taking registrations</source>
      <translation>신규 접수 중지</translation>
    </message>
    <message>
      <source>Course registration</source>
      <translation>강좌 신청</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>새로 고침</translation>
    </message>
    <message>
      <source>Show name and phone number</source>
      <translation>이름·전화번호 보기</translation>
    </message>
    <message>
      <source>Mark as called</source>
      <translation>연락 완료로 표시</translation>
    </message>
    <message>
      <source>Cancel registration</source>
      <translation>신청 취소</translation>
    </message>
    <message>
      <source>The registrations could not be read: {error}</source>
      <translation>신청 내역을 읽지 못했습니다: {error}</translation>
    </message>
    <message>
      <source>Registered {registered}/{capacity} · waiting {waiting}/{waiting_list}</source>
      <translation>신청 {registered}/{capacity}명 · 대기 {waiting}/{waiting_list}명</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>신청</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>대기</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>{number} cancelled.</source>
      <translation>{number} 신청을 취소했습니다.</translation>
    </message>
    <message>
      <source>Registration no.</source>
      <translation>신청번호</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <source>Waiting list</source>
      <translation>대기 순번</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>휴대전화</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>신청 일시</translation>
    </message>
    <message>
      <source>{number} moved from the waiting list to a place: please call them.</source>
      <translation>대기자 {number}이(가) 신청 확정되었습니다. 연락해 주세요.</translation>
    </message>
    <message>
      <source>Choose one registration first.</source>
      <translation>먼저 신청 내역 하나를 선택하세요.</translation>
    </message>
    <message>
      <source>(no name given)</source>
      <translation>(이름 없음)</translation>
    </message>
    <message>
      <source>Cancel registration {number}?</source>
      <translation>{number} 신청을 취소할까요?</translation>
    </message>
    <message>
      <source>{number}: the name and phone number were erased.</source>
      <translation>{number}: 이름과 전화번호는 이미 지워졌습니다.</translation>
    </message>
    <message>
      <source>Registered, to call</source>
      <translation>등록됨, 연락 필요</translation>
    </message>
  </context>
  <context>
    <name>date</name>
    <message>
      <source>Mon</source>
      <translation>월</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>화</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>수</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>목</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>금</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>토</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>일</translation>
    </message>
    <message>
      <source>{month}/{day} ({weekday})</source>
      <translation>{month}월 {day}일 ({weekday})</translation>
    </message>
    <message>
      <source>{year}/{month}/{day} ({weekday})</source>
      <translation>{year}년 {month}월 {day}일 ({weekday})</translation>
    </message>
  </context>
  <context>
    <name>display</name>
    <message>
      <source>Lobby display</source>
      <translation>대기 안내 화면</translation>
    </message>
    <message>
      <source>Earlier calls</source>
      <translation>이전 호출</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>대기</translation>
    </message>
    <message>
      <source>Residents' council notice</source>
      <translation>주민자치회 알림</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>{n}번 창구</translation>
    </message>
    <message>
      <source>Connection to the queue lost; reconnecting…</source>
      <translation>대기열 연결이 끊겼습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
      <source>{service}: {count} waiting</source>
      <translation>{service}: {count}명 대기</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>잠시 중단</translation>
    </message>
    <message>
      <source>{code} → counter {n}</source>
      <translation>{code} → {n}번 창구</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Certificates are temporarily unavailable. Please ask at the counter.</source>
      <translation>지금은 증명서를 발급할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Queue numbers are temporarily unavailable. Please ask at the counter.</source>
      <translation>지금은 번호표를 발급할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>No more numbers can be issued for this service right now. Please ask staff.</source>
      <translation>지금은 이 업무의 번호표를 더 발급할 수 없습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
      <source>Queue numbers cannot be issued because the kiosk's clock looks wrong. Please ask staff.</source>
      <translation>키오스크의 시계가 잘못된 것 같아 번호표를 발급할 수 없습니다. 직원에게 문의해 주세요.</translation>
    </message>
  </context>
  <context>
    <name>follow</name>
    <message>
      <source>Please enter a mobile number like 010-1234-5678 (numbers starting 010, 011...).</source>
      <translation>010-1234-5678과 같은 휴대전화 번호(010, 011 등으로 시작)를 입력해 주세요.</translation>
    </message>
    <message>
      <source>Estimated wait: about {minutes} min</source>
      <translation>예상 대기 시간: 약 {minutes}분</translation>
    </message>
    <message>
      <source>[Queue {code}] {n} people are ahead of you. Please come to the waiting area.</source>
      <translation>[번호표 {code}] 앞에 {n}명이 기다리고 있습니다. 대기 장소로 와 주세요.</translation>
    </message>
    <message>
      <source>Estimated wait: almost none</source>
      <translation>예상 대기 시간: 거의 없음</translation>
    </message>
    <message>
      <source>[Queue {code}] You are next. Please come to the waiting area.</source>
      <translation>[번호표 {code}] 다음 차례입니다. 대기 장소로 와 주세요.</translation>
    </message>
    <message>
      <source>[Queue {code}] 1 person is ahead of you. Please come to the waiting area.</source>
      <translation>[번호표 {code}] 앞에 1명이 기다리고 있습니다. 대기 장소로 와 주세요.</translation>
    </message>
    <message>
      <source>You are next</source>
      <translation>다음 차례입니다</translation>
    </message>
    <message>
      <source>1 person ahead of you</source>
      <translation>내 앞 대기 1명</translation>
    </message>
    <message>
      <source>{n} people ahead of you</source>
      <translation>내 앞 대기 {n}명</translation>
    </message>
    <message>
      <source>Your number was called. Please go to counter {n}.</source>
      <translation>호출되었습니다. {n}번 창구로 가 주세요.</translation>
    </message>
    <message>
      <source>Your number was called. Please go to the counter.</source>
      <translation>호출되었습니다. 창구로 가 주세요.</translation>
    </message>
    <message>
      <source>You are being served at counter {n}.</source>
      <translation>{n}번 창구에서 업무를 처리하고 있습니다.</translation>
    </message>
    <message>
      <source>Your visit is finished. Thank you.</source>
      <translation>업무가 끝났습니다. 감사합니다.</translation>
    </message>
    <message>
      <source>Your number was called but you were not there. Please ask staff.</source>
      <translation>호출했으나 자리에 계시지 않았습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
      <source>This ticket was cancelled. Please ask staff.</source>
      <translation>취소된 번호표입니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
      <source>This ticket has expired. Please take a new number.</source>
      <translation>기한이 지난 번호표입니다. 번호표를 새로 뽑아 주세요.</translation>
    </message>
    <message>
      <source>[Queue {code}] Your number was called. Please go to counter {n}.</source>
      <translation>[번호표 {code}] 호출되었습니다. {n}번 창구로 가 주세요.</translation>
    </message>
    <message>
      <source>Queue ticket status</source>
      <translation>번호표 대기 현황</translation>
    </message>
    <message>
      <source>Your number</source>
      <translation>내 번호</translation>
    </message>
    <message>
      <source>This page updates by itself.</source>
      <translation>이 화면은 자동으로 새로 고쳐집니다.</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>언어</translation>
    </message>
    <message>
      <source>Civil service</source>
      <translation>민원</translation>
    </message>
    <message>
      <source>Text me when {n} people are ahead of me and when my number is called.</source>
      <translation>내 앞 대기가 {n}명이 되었을 때와 호출되었을 때 문자로 알려 드립니다.</translation>
    </message>
    <message>
      <source>Mobile number</source>
      <translation>휴대전화 번호</translation>
    </message>
    <message>
      <source>Send me texts</source>
      <translation>문자 알림 받기</translation>
    </message>
    <message>
      <source>We will text you when {n} people are ahead of you and when your number is called.</source>
      <translation>내 앞 대기가 {n}명이 되었을 때와 호출되었을 때 문자를 보내 드립니다.</translation>
    </message>
    <message>
      <source>Texts go to {number}.</source>
      <translation>문자는 {number} 번호로 보내 드립니다.</translation>
    </message>
    <message>
      <source>Wrong number? Enter the right one</source>
      <translation>번호가 틀렸나요? 맞는 번호를 입력해 주세요</translation>
    </message>
    <message>
      <source>Change number</source>
      <translation>번호 바꾸기</translation>
    </message>
    <message>
      <source>Your number is used for this ticket only and deleted when your visit ends or the day is over.</source>
      <translation>전화번호는 이 번호표 알림에만 사용하며, 업무가 끝나거나 하루가 지나면 삭제합니다.</translation>
    </message>
    <message>
      <source>Your number was not saved: this ticket is no longer waiting, so no texts will come.</source>
      <translation>번호를 저장하지 않았습니다. 이 번호표는 더 이상 대기 중이 아니어서 문자가 가지 않습니다.</translation>
    </message>
    <message>
      <source>The mobile number of this ticket cannot be changed again. Texts go to the number already saved.</source>
      <translation>이 번호표의 휴대전화 번호는 더 이상 바꿀 수 없습니다. 문자는 이미 저장된 번호로 보내 드립니다.</translation>
    </message>
    <message>
      <source>Ticket not found</source>
      <translation>번호표를 찾을 수 없습니다</translation>
    </message>
    <message>
      <source>This link is not valid or has expired. Please take a new number at the kiosk.</source>
      <translation>유효하지 않거나 기한이 지난 링크입니다. 키오스크에서 번호표를 새로 뽑아 주세요.</translation>
    </message>
    <message>
      <source>The queue cannot be reached right now. This page will try again by itself.</source>
      <translation>지금은 대기 현황을 불러올 수 없습니다. 잠시 후 자동으로 다시 시도합니다.</translation>
    </message>
  </context>
  <context>
    <name>home</name>
    <message>
      <source>Tap to take a queue number for this service.</source>
      <translation>누르면 이 업무의 번호표가 나옵니다.</translation>
    </message>
    <message>
      <source>{service} (priority)</source>
      <translation>{service} (교통약자 우선)</translation>
    </message>
    <message>
      <source>Take a queue number</source>
      <translation>번호표 뽑기</translation>
    </message>
    <message>
      <source>Tap the service you came for.</source>
      <translation>원하시는 업무를 누르세요.</translation>
    </message>
    <message>
      <source>Voice guide: press any key on the keypad below the screen, or tap the Voice guide button.</source>
      <translation>음성 안내: 화면 아래 키패드의 아무 버튼이나 누르거나 [음성 안내] 버튼을 누르세요.</translation>
    </message>
    <message>
      <source>Choose the language of the screen</source>
      <translation>화면 언어를 고릅니다</translation>
    </message>
    <message>
      <source>Voice guide: on</source>
      <translation>음성 안내 켜짐</translation>
    </message>
    <message>
      <source>Voice guide</source>
      <translation>음성 안내</translation>
    </message>
    <message>
      <source>Turn spoken guidance on or off</source>
      <translation>음성 안내를 켜거나 끕니다</translation>
    </message>
    <message>
      <source>Waiting: {count}</source>
      <translation>대기 {count}명</translation>
    </message>
    <message>
      <source>Print a certificate (등본, 초본…)</source>
      <translation>증명서 바로 발급 (등본, 초본…)</translation>
    </message>
    <message>
      <source>Print certificates such as resident registration copies, with your ID card</source>
      <translation>신분증으로 주민등록표 등본 등 증명서를 발급합니다</translation>
    </message>
    <message>
      <source>Other services of the centre: {services}</source>
      <translation>센터의 그 밖의 업무: {services}</translation>
    </message>
    <message>
      <source>about {minutes} min</source>
      <translation>약 {minutes}분</translation>
    </message>
    <message>
      <source>Priority
Elderly, disabled, pregnant</source>
      <translation>교통약자 우선</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>그 밖의 업무</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>Typing in Hangul.</source>
      <translation>한글로 입력합니다.</translation>
    </message>
    <message>
      <source>Typing in Latin letters.</source>
      <translation>영문으로 입력합니다.</translation>
    </message>
    <message>
      <source>Shift on.</source>
      <translation>쌍자음 켜짐.</translation>
    </message>
    <message>
      <source>Shift off.</source>
      <translation>쌍자음 꺼짐.</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>쌍자음</translation>
    </message>
    <message>
      <source>The next key types a double consonant, ㅒ or ㅖ</source>
      <translation>다음 글자를 쌍자음이나 ㅒ, ㅖ로 입력합니다</translation>
    </message>
    <message>
      <source>Hangul</source>
      <translation>한글</translation>
    </message>
    <message>
      <source>Latin letters</source>
      <translation>영문</translation>
    </message>
    <message>
      <source>Type in Hangul</source>
      <translation>한글로 입력합니다</translation>
    </message>
    <message>
      <source>Type in Latin letters, A to Z</source>
      <translation>영문(A~Z)으로 입력합니다</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>띄어쓰기</translation>
    </message>
    <message>
      <source>Type a space</source>
      <translation>한 칸 띄웁니다</translation>
    </message>
    <message>
      <source>⌫ Delete</source>
      <translation>⌫ 지우기</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>지우기</translation>
    </message>
    <message>
      <source>Delete the last letter</source>
      <translation>마지막 글자를 지웁니다</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>모두 지우기</translation>
    </message>
    <message>
      <source>Clear the name</source>
      <translation>입력한 이름을 모두 지웁니다</translation>
    </message>
    <message>
      <source>Letter entered.</source>
      <translation>글자 입력.</translation>
    </message>
    <message>
      <source>Letter key</source>
      <translation>글자 키</translation>
    </message>
  </context>
  <context>
    <name>keypad</name>
    <message>
      <source>⌫ Delete</source>
      <translation>⌫ 지우기</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>지우기</translation>
    </message>
    <message>
      <source>Delete the last character</source>
      <translation>마지막 글자를 지웁니다</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>모두 지우기</translation>
    </message>
    <message>
      <source>Clear this field</source>
      <translation>이 칸을 모두 지웁니다</translation>
    </message>
    <message>
      <source>Filler sign</source>
      <translation>채움 기호</translation>
    </message>
    <message>
      <source>The &lt; sign used in the MRZ</source>
      <translation>기계 판독 영역(MRZ)에 쓰이는 &lt; 기호</translation>
    </message>
  </context>
  <context>
    <name>language</name>
    <message>
      <source>Choose a language</source>
      <translation>언어를 고르세요</translation>
    </message>
  </context>
  <context>
    <name>lending</name>
    <message>
      <source>All of these are lent out at the moment. Please ask at the counter.</source>
      <translation>지금은 모두 대여 중입니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>This loan is not open any more.</source>
      <translation>이미 처리가 끝난 대여입니다.</translation>
    </message>
    <message>
      <source>This request was for an earlier day, and every one of these has been asked for since. None is left to hand over.</source>
      <translation>이전 날짜의 신청이며, 그 뒤로 남은 물품이 모두 신청되었습니다. 내어 드릴 물품이 없습니다.</translation>
    </message>
    <message>
      <source>This parcel was already collected.</source>
      <translation>이미 찾아간 택배입니다.</translation>
    </message>
    <message>
      <source>This request was for an earlier day, and its phone number already holds as many tools as one number may ({limit}). Hand it over once one of them is returned or cancelled.</source>
      <translation>이전 날짜의 신청이며, 이 전화번호는 이미 한 번호당 가능한 만큼({limit}개)의 공구를 신청했거나 빌려 갔습니다. 그중 하나가 반납되거나 취소된 뒤에 내주세요.</translation>
    </message>
    <message>
      <source>This phone number already has {limit} tools asked for or borrowed. Please return one first, or ask at the counter.</source>
      <translation>이 전화번호로 이미 공구 {limit}개를 신청했거나 빌려 가셨습니다. 먼저 하나를 반납하시거나 창구에 문의하세요.</translation>
    </message>
    <message>
      <source>This phone number already has a tool asked for or borrowed. Please return it first, or ask at the counter.</source>
      <translation>이 전화번호로 이미 공구를 신청했거나 빌려 가셨습니다. 먼저 반납하시거나 창구에 문의하세요.</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>{n}번 창구</translation>
    </message>
    <message>
      <source>Tool lending</source>
      <translation>공구 대여</translation>
    </message>
    <message>
      <source>Show this slip at the counter to collect the tool today.</source>
      <translation>오늘 창구에 이 표를 보여 주고 공구를 받아 가세요.</translation>
    </message>
    <message>
      <source>Please bring it back clean by the return date.</source>
      <translation>반납일까지 깨끗하게 반납해 주세요.</translation>
    </message>
    <message>
      <source>Collect at</source>
      <translation>받는 곳</translation>
    </message>
    <message>
      <source>Return by</source>
      <translation>반납일</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>전화번호</translation>
    </message>
    <message>
      <source>Asked for</source>
      <translation>신청 일시</translation>
    </message>
    <message>
      <source>Lending is temporarily unavailable. Please ask at the counter.</source>
      <translation>대여 서비스를 잠시 이용할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Tool lending and parcels</source>
      <translation>공구 대여·택배 보관</translation>
    </message>
    <message>
      <source>Borrow a tool, or ask whether a parcel is kept for you</source>
      <translation>공구를 빌리거나, 맡겨진 택배가 있는지 확인합니다</translation>
    </message>
    <message>
      <source>Lending and parcels</source>
      <translation>대여·택배</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>내어 줌</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>반납됨</translation>
    </message>
    <message>
      <source>Cancel request</source>
      <translation>신청 취소</translation>
    </message>
    <message>
      <source>Show full number</source>
      <translation>전체 번호 보기</translation>
    </message>
    <message>
      <source>Parcels kept</source>
      <translation>보관 중인 택배</translation>
    </message>
    <message>
      <source>Mobile number (010...)</source>
      <translation>휴대전화 번호 (010...)</translation>
    </message>
    <message>
      <source>Label: carrier, size (no names)</source>
      <translation>표시: 택배사, 크기 (이름 쓰지 않음)</translation>
    </message>
    <message>
      <source>Log parcel</source>
      <translation>택배 등록</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>찾아감</translation>
    </message>
    <message>
      <source>The database did not answer. Try again.</source>
      <translation>데이터베이스가 응답하지 않습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
      <source>Asked for (not collected)</source>
      <translation>신청됨 (아직 안 받음)</translation>
    </message>
    <message>
      <source>Lent out</source>
      <translation>대여 중</translation>
    </message>
    <message>
      <source>handed over</source>
      <translation>내어 줌</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>반납됨</translation>
    </message>
    <message>
      <source>request cancelled</source>
      <translation>신청 취소됨</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>대여 번호</translation>
    </message>
    <message>
      <source>Tool</source>
      <translation>공구</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <source>Parcel</source>
      <translation>택배 번호</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>받은 시각</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>표시</translation>
    </message>
    <message>
      <source>Reminders: {overdue} overdue, {soon} due soon. Call the borrowers.</source>
      <translation>알림: 연체 {overdue}건, 반납 임박 {soon}건. 빌린 분께 연락하세요.</translation>
    </message>
    <message>
      <source>No loan is due soon.</source>
      <translation>반납이 임박한 대여가 없습니다.</translation>
    </message>
    <message>
      <source>Choose a loan in the list first.</source>
      <translation>먼저 목록에서 대여를 고르세요.</translation>
    </message>
    <message>
      <source>Choose a parcel in the list first.</source>
      <translation>먼저 목록에서 택배를 고르세요.</translation>
    </message>
    <message>
      <source>Parcel {ref} logged.</source>
      <translation>택배 {ref}을(를) 등록했습니다.</translation>
    </message>
    <message>
      <source>Parcel {ref} collected.</source>
      <translation>택배 {ref}을(를) 찾아갔습니다.</translation>
    </message>
    <message>
      <source>What would you like to do?</source>
      <translation>무엇을 하시겠어요?</translation>
    </message>
    <message>
      <source>Borrow a tool</source>
      <translation>공구 빌리기</translation>
    </message>
    <message>
      <source>Borrow a tool such as a drill or a ladder, and return it later</source>
      <translation>드릴이나 사다리 같은 공구를 빌리고 나중에 반납합니다</translation>
    </message>
    <message>
      <source>Is a parcel kept for me?</source>
      <translation>맡겨진 택배가 있나요?</translation>
    </message>
    <message>
      <source>Check with your mobile number whether the centre keeps a parcel for you</source>
      <translation>휴대전화 번호로 센터에 보관 중인 택배가 있는지 확인합니다</translation>
    </message>
    <message>
      <source>Choose the tool you need.</source>
      <translation>필요한 공구를 고르세요.</translation>
    </message>
    <message>
      <source>Borrow: {tool}</source>
      <translation>빌리기: {tool}</translation>
    </message>
    <message>
      <source>Return by: {date}</source>
      <translation>반납일: {date}</translation>
    </message>
    <message>
      <source>Collect it today at counter {n} with the slip the kiosk prints.</source>
      <translation>키오스크에서 나오는 표를 가지고 오늘 {n}번 창구에서 받아 가세요.</translation>
    </message>
    <message>
      <source>Mobile number: {phone}</source>
      <translation>휴대전화 번호: {phone}</translation>
    </message>
    <message>
      <source>Borrow and print the slip</source>
      <translation>빌리고 표 출력하기</translation>
    </message>
    <message>
      <source>Ask for this tool and print the slip</source>
      <translation>이 공구를 신청하고 표를 출력합니다</translation>
    </message>
    <message>
      <source>Printing your slip…</source>
      <translation>표를 출력하고 있습니다…</translation>
    </message>
    <message>
      <source>One moment, please…</source>
      <translation>잠시만 기다려 주세요…</translation>
    </message>
    <message>
      <source>Please wait.</source>
      <translation>잠시 기다려 주세요.</translation>
    </message>
    <message>
      <source>{n} of {units} free · {days} day</source>
      <translation>{units}개 중 {n}개 가능 · {days}일</translation>
    </message>
    <message>
      <source>{n} of {units} free · {days} days</source>
      <translation>{units}개 중 {n}개 가능 · {days}일</translation>
    </message>
    <message>
      <source>All lent out</source>
      <translation>모두 대여 중</translation>
    </message>
    <message>
      <source>{name}: {status}</source>
      <translation>{name}: {status}</translation>
    </message>
    <message>
      <source>Parcels kept for you</source>
      <translation>보관 중인 택배</translation>
    </message>
    <message>
      <source>The centre keeps {n} parcel for this number.</source>
      <translation>이 번호로 보관 중인 택배가 {n}개 있습니다.</translation>
    </message>
    <message>
      <source>The centre keeps {n} parcels for this number.</source>
      <translation>이 번호로 보관 중인 택배가 {n}개 있습니다.</translation>
    </message>
    <message>
      <source>Please collect them at counter {n} with your ID card.</source>
      <translation>신분증을 가지고 {n}번 창구에서 찾아가세요.</translation>
    </message>
    <message>
      <source>No parcel is kept for this number.</source>
      <translation>이 번호로 보관 중인 택배가 없습니다.</translation>
    </message>
    <message>
      <source>If you expected one, please ask at the counter.</source>
      <translation>받을 택배가 있다면 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Please take your slip</source>
      <translation>표를 받아 가세요</translation>
    </message>
    <message>
      <source>Your loan number</source>
      <translation>대여 번호</translation>
    </message>
    <message>
      <source>Collect the tool today at counter {n}.</source>
      <translation>오늘 {n}번 창구에서 공구를 받아 가세요.</translation>
    </message>
    <message>
      <source>The slip could not be printed. Tell counter {n} the number above.</source>
      <translation>표를 출력하지 못했습니다. {n}번 창구에 위의 번호를 말씀해 주세요.</translation>
    </message>
  </context>
  <context>
    <name>nav</name>
    <message>
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds}초 뒤 처음 화면으로 돌아갑니다</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>이전</translation>
    </message>
    <message>
      <source>Go back one step</source>
      <translation>한 단계 전으로 돌아갑니다</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>처음으로</translation>
    </message>
    <message>
      <source>Return to the first screen</source>
      <translation>처음 화면으로 돌아갑니다</translation>
    </message>
    <message>
      <source>Call staff</source>
      <translation>직원 호출</translation>
    </message>
    <message>
      <source>Ask a member of staff to come and help you</source>
      <translation>직원이 와서 도와 드립니다</translation>
    </message>
    <message>
      <source>First screen in {seconds} s</source>
      <translation>처음 화면까지 {seconds}초</translation>
    </message>
    <message>
      <source>Staff cannot be called from this kiosk right now. Please ask at the counter.</source>
      <translation>지금은 이 기기에서 직원을 호출할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>A member of staff has been called. Please wait here.</source>
      <translation>직원을 불렀습니다. 이곳에서 잠시 기다려 주세요.</translation>
    </message>
  </context>
  <context>
    <name>participation</name>
    <message>
      <source>You have already voted in this poll. Each resident votes once.</source>
      <translation>이미 이 투표에 참여하셨습니다. 투표는 한 사람당 한 번만 할 수 있습니다.</translation>
    </message>
    <message>
      <source>This poll closed before your vote could be recorded.</source>
      <translation>투표가 기록되기 전에 이 투표가 마감되었습니다.</translation>
    </message>
    <message>
      <source>This poll has closed: votes are no longer taken.</source>
      <translation>이 투표는 마감되었습니다. 더 이상 투표를 받지 않습니다.</translation>
    </message>
    <message>
      <source>That choice is no longer on the ballot. Nothing was recorded: please choose again.</source>
      <translation>그 선택지는 더 이상 투표 항목에 없습니다. 아무것도 기록되지 않았으니 다시 선택해 주세요.</translation>
    </message>
    <message>
      <source>Your vote could not be recorded just now. Please try again, or ask at the counter.</source>
      <translation>지금은 투표를 기록하지 못했습니다. 다시 시도하시거나 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Your ID card could not be checked against the voter list just now. Please try again, or ask at the counter.</source>
      <translation>지금은 투표자 명부를 확인하지 못했습니다. 다시 시도하시거나 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Residents' council</source>
      <translation>주민자치회</translation>
    </message>
    <message>
      <source>Notices, and votes on local matters</source>
      <translation>공지 확인과 우리 동네 일 투표</translation>
    </message>
    <message>
      <source>Voting is open until {when}.</source>
      <translation>투표 기간: {when}까지</translation>
    </message>
    <message>
      <source>A ballot is secret: its choices are read to you only in earphones.</source>
      <translation>투표는 비밀입니다. 선택지는 이어폰으로만 읽어 드립니다.</translation>
    </message>
    <message>
      <source>{label} ({cost})</source>
      <translation>{label} ({cost})</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>공지</translation>
    </message>
    <message>
      <source>Open votes</source>
      <translation>진행 중인 투표</translation>
    </message>
    <message>
      <source>To vote, confirm who you are with your ID card. Each resident votes once; who you are is not stored with your vote.</source>
      <translation>투표하려면 신분증으로 본인을 확인해 주세요. 한 사람당 한 번 투표할 수 있으며, 누가 어디에 투표했는지는 저장되지 않습니다.</translation>
    </message>
    <message>
      <source>Vote with my ID card</source>
      <translation>신분증으로 투표하기</translation>
    </message>
    <message>
      <source>Confirm who you are with your ID card, then choose</source>
      <translation>신분증으로 본인을 확인한 뒤 선택합니다</translation>
    </message>
    <message>
      <source>Recording your vote…</source>
      <translation>투표를 기록하고 있습니다…</translation>
    </message>
    <message>
      <source>Identity confirmed</source>
      <translation>본인 확인이 끝났습니다</translation>
    </message>
    <message>
      <source>One moment, please.</source>
      <translation>잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Choose one</source>
      <translation>하나를 선택해 주세요</translation>
    </message>
    <message>
      <source>Check your choice</source>
      <translation>선택 확인</translation>
    </message>
    <message>
      <source>A vote cannot be changed once it is cast. To choose again, press Back.</source>
      <translation>투표한 뒤에는 바꿀 수 없습니다. 다시 고르시려면 '이전'을 누르세요.</translation>
    </message>
    <message>
      <source>Cast my vote</source>
      <translation>투표하기</translation>
    </message>
    <message>
      <source>Record this choice as your vote</source>
      <translation>이 선택으로 투표합니다</translation>
    </message>
    <message>
      <source>Your choice is on the screen. With earphones it is read to you.</source>
      <translation>선택하신 항목은 화면에 표시되어 있습니다. 이어폰을 꽂으시면 읽어 드립니다.</translation>
    </message>
    <message>
      <source>There are no notices or open votes right now.</source>
      <translation>지금은 공지나 진행 중인 투표가 없습니다.</translation>
    </message>
    <message>
      <source>Read this notice</source>
      <translation>이 공지 읽기</translation>
    </message>
    <message>
      <source>Participatory budget vote</source>
      <translation>주민참여예산 투표</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>설문</translation>
    </message>
    <message>
      <source>See the options and vote</source>
      <translation>선택지를 보고 투표합니다</translation>
    </message>
    <message>
      <source>Notices: {notices}. Open votes: {polls}. Choose one.</source>
      <translation>공지 {notices}건, 진행 중인 투표 {polls}건이 있습니다. 하나를 선택해 주세요.</translation>
    </message>
    <message>
      <source>Posted from {start} to {end}</source>
      <translation>게시 기간: {start} ~ {end}</translation>
    </message>
    <message>
      <source>You chose: {option}</source>
      <translation>선택하신 항목: {option}</translation>
    </message>
    <message>
      <source>Your vote was counted</source>
      <translation>투표가 반영되었습니다</translation>
    </message>
    <message>
      <source>Thank you for taking part. Please take your ID card with you.</source>
      <translation>참여해 주셔서 감사합니다. 신분증을 꼭 챙겨 가세요.</translation>
    </message>
    <message>
      <source>Choose this option</source>
      <translation>이 항목을 선택합니다</translation>
    </message>
    <message>
      <source>A choice on the ballot.</source>
      <translation>투표 선택지입니다.</translation>
    </message>
    <message>
      <source>You have already voted</source>
      <translation>이미 투표하셨습니다</translation>
    </message>
    <message>
      <source>Please take your ID card with you.</source>
      <translation>신분증을 꼭 챙겨 가세요.</translation>
    </message>
    <message>
      <source>Your vote was not counted</source>
      <translation>투표가 반영되지 않았습니다</translation>
    </message>
  </context>
  <context>
    <name>participation_staff</name>
    <message>
      <source>Resident participation</source>
      <translation>주민자치회</translation>
    </message>
    <message>
      <source>{status}: {opens} to {closes}</source>
      <translation>{status}: {opens} ~ {closes}</translation>
    </message>
    <message>
      <source>Not open yet</source>
      <translation>시작 전</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>진행 중</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>마감</translation>
    </message>
    <message>
      <source>The results cannot be read right now; trying again…</source>
      <translation>지금은 결과를 불러올 수 없습니다. 다시 시도하는 중입니다…</translation>
    </message>
    <message>
      <source>Each option's votes are shown when the poll closes: a count going up just after a resident voted would tell their choice.</source>
      <translation>선택지별 득표는 투표가 끝나면 보입니다. 주민이 투표한 직후 늘어나는 수를 보면 그분의 선택을 알 수 있기 때문입니다.</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>선택지</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>득표</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>득표율</translation>
    </message>
    <message>
      <source>Total votes: {total}</source>
      <translation>총 투표수: {total}</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <source>Payment is not available right now. The amount approved on your card could not be cancelled here: please ask at the counter.</source>
      <translation>지금은 결제를 할 수 없습니다. 카드에 승인된 금액을 여기서 취소하지 못했습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Payment approved.</source>
      <translation>결제가 승인되었습니다.</translation>
    </message>
    <message>
      <source>The payment was declined. Nothing has been charged. You can try another card.</source>
      <translation>결제가 거절되었습니다. 요금은 청구되지 않았습니다. 다른 카드로 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
      <source>No card was presented in time. Nothing has been charged. You can try again.</source>
      <translation>시간 안에 카드를 대지 않았습니다. 요금은 청구되지 않았습니다. 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
      <source>Payment is not available right now. Nothing has been charged. Please ask at the counter.</source>
      <translation>지금은 결제를 할 수 없습니다. 요금은 청구되지 않았습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Payment cancelled. Nothing has been charged.</source>
      <translation>결제를 취소했습니다. 요금이 청구되지 않았습니다.</translation>
    </message>
  </context>
  <context>
    <name>print_error</name>
    <message>
      <source>Your ticket could not be printed</source>
      <translation>번호표를 인쇄하지 못했습니다</translation>
    </message>
    <message>
      <source>Your number is</source>
      <translation>고객님의 번호는</translation>
    </message>
    <message>
      <source>Your place in the queue is kept. Please remember this number, or tell it to a member of staff.</source>
      <translation>대기 순서는 그대로 유지됩니다. 이 번호를 기억하시거나 직원에게 알려 주세요.</translation>
    </message>
    <message>
      <source>I don't need this number</source>
      <translation>이 번호표는 필요 없어요</translation>
    </message>
    <message>
      <source>Cancel this queue number</source>
      <translation>이 번호표를 취소합니다</translation>
    </message>
    <message>
      <source>Printing again…</source>
      <translation>다시 인쇄하고 있습니다…</translation>
    </message>
    <message>
      <source>Try printing again</source>
      <translation>다시 인쇄하기</translation>
    </message>
    <message>
      <source>Print the same number again</source>
      <translation>같은 번호로 다시 인쇄합니다</translation>
    </message>
  </context>
  <context>
    <name>printer</name>
    <message>
      <source>The printer is not connected.</source>
      <translation>프린터가 연결되어 있지 않습니다.</translation>
    </message>
    <message>
      <source>The printer is switched off or not ready.</source>
      <translation>프린터가 꺼져 있거나 준비되지 않았습니다.</translation>
    </message>
    <message>
      <source>The printer has run out of paper.</source>
      <translation>프린터 용지가 떨어졌습니다.</translation>
    </message>
    <message>
      <source>The printer cover is open.</source>
      <translation>프린터 덮개가 열려 있습니다.</translation>
    </message>
    <message>
      <source>The printer did not respond in time.</source>
      <translation>프린터가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
      <source>The connection to the printer was lost.</source>
      <translation>프린터 연결이 끊어졌습니다.</translation>
    </message>
    <message>
      <source>The printer's state could not be checked.</source>
      <translation>프린터 상태를 확인할 수 없습니다.</translation>
    </message>
    <message>
      <source>The printer reported an error.</source>
      <translation>프린터에 오류가 발생했습니다.</translation>
    </message>
  </context>
  <context>
    <name>programmes</name>
    <message>
      <source>Culture</source>
      <translation>문화</translation>
    </message>
    <message>
      <source>Sports</source>
      <translation>체육</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>교육</translation>
    </message>
    <message>
      <source>{amount} won</source>
      <translation>{amount}원</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>무료</translation>
    </message>
    <message>
      <source>To cancel, please ask at the counter.</source>
      <translation>신청을 취소하시려면 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Waiting list no. {position}</source>
      <translation>대기 {position}번</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>신청 완료</translation>
    </message>
    <message>
      <source>You are on the waiting list. If a place becomes free, the centre will call you at this number.</source>
      <translation>대기자로 등록되었습니다. 자리가 나면 센터에서 이 번호로 연락드립니다.</translation>
    </message>
    <message>
      <source>Course registration</source>
      <translation>강좌 신청</translation>
    </message>
    <message>
      <source>The term has started. Please pay the fee of {fee} at the centre's counter before your first class, with this slip.</source>
      <translation>이미 개강했습니다. 첫 수업 전에 이 확인증을 가지고 센터 창구에서 수강료 {fee}을 납부해 주세요.</translation>
    </message>
    <message>
      <source>Please pay the fee of {fee} at the centre's counter by {date}, with this slip.</source>
      <translation>{date}까지 이 확인증을 가지고 센터 창구에서 수강료 {fee}을 납부해 주세요.</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>일정</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>기간</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>수강료</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>휴대전화</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>신청 일시</translation>
    </message>
    <message>
      <source>This course is free. The term has started: please come to the next class.</source>
      <translation>무료 강좌입니다. 이미 개강했으니 다음 수업에 참석해 주세요.</translation>
    </message>
    <message>
      <source>This course is free. Please come to the first class on {date}.</source>
      <translation>무료 강좌입니다. {date} 첫 수업에 참석해 주세요.</translation>
    </message>
    <message>
      <source>Course registration is temporarily unavailable. Please ask at the counter.</source>
      <translation>강좌 신청을 일시적으로 이용할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>This mobile number is already registered for this course. Please ask at the counter if you are not sure.</source>
      <translation>이 휴대전화 번호로 이미 이 강좌에 신청되어 있습니다. 확인이 필요하시면 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Sorry, the last place in that course was just taken. Please choose again.</source>
      <translation>죄송합니다. 방금 해당 강좌의 마지막 자리가 마감되었습니다. 다시 선택해 주세요.</translation>
    </message>
    <message>
      <source>Registration for that course is not open today.</source>
      <translation>해당 강좌는 오늘 신청할 수 없습니다.</translation>
    </message>
    <message>
      <source>That course is no longer offered at the kiosk. Please ask at the counter.</source>
      <translation>그 강좌는 이제 키오스크에서 신청할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>This course cannot be chosen now.</source>
      <translation>지금은 이 강좌를 신청할 수 없습니다.</translation>
    </message>
    <message>
      <source>Your registration is saved, but the slip could not be printed. Please note your registration number and ask at the counter for a slip.</source>
      <translation>신청은 저장되었으나 확인증을 출력하지 못했습니다. 신청번호를 메모하시고 창구에서 확인증을 받아 가세요.</translation>
    </message>
    <message>
      <source>Culture, sports and education courses</source>
      <translation>문화·체육·교육 강좌</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>정원·대기 모두 마감</translation>
    </message>
    <message>
      <source>{left} of {capacity} places left</source>
      <translation>정원 {capacity}명 중 {left}자리 남음</translation>
    </message>
    <message>
      <source>Places taken: you can join the waiting list ({left} left)</source>
      <translation>정원 마감: 대기 신청 가능 ({left}자리 남음)</translation>
    </message>
    <message>
      <source>Registration opens on {date}</source>
      <translation>{date}부터 신청 가능</translation>
    </message>
    <message>
      <source>Registration has closed</source>
      <translation>신청 기간 종료</translation>
    </message>
    <message>
      <source>Type your mobile phone number, starting with 010. The centre contacts you at this number about the course.</source>
      <translation>010으로 시작하는 휴대전화 번호를 입력해 주세요. 강좌 관련 안내는 이 번호로 연락드립니다.</translation>
    </message>
    <message>
      <source>Your number is stored encrypted, used only for this course, and printed on the slip with the middle digits hidden.</source>
      <translation>입력하신 번호는 암호화하여 보관하며 이 강좌에만 사용합니다. 확인증에는 가운데 자리를 가려서 인쇄합니다.</translation>
    </message>
    <message>
      <source>Press 2 or 8 to move from key to key and 5 to type the key you are on; hash goes to the first screen. Without earphones the letters are not read out: you may skip your name and give it at the counter.</source>
      <translation>2번이나 8번으로 키를 옮겨 다니고, 5번을 누르면 지금 키가 입력됩니다. 우물 정자는 처음 화면입니다. 이어폰이 없으면 글자를 읽어 드리지 않으니, 성함 입력을 건너뛰고 창구에서 알려 주셔도 됩니다.</translation>
    </message>
    <message>
      <source>Choose a course. The fee is paid at the counter.</source>
      <translation>신청할 강좌를 선택해 주세요. 수강료는 창구에서 납부합니다.</translation>
    </message>
    <message>
      <source>Course details</source>
      <translation>강좌 안내</translation>
    </message>
    <message>
      <source>You need your mobile phone number to register. No ID card is needed.</source>
      <translation>신청에는 휴대전화 번호가 필요합니다. 신분증은 필요하지 않습니다.</translation>
    </message>
    <message>
      <source>Your name (you may skip this)</source>
      <translation>성함 입력 (생략 가능)</translation>
    </message>
    <message>
      <source>Type your name so the centre knows who registered. You may skip this and give it at the counter.</source>
      <translation>신청하신 분을 확인할 수 있도록 성함을 입력해 주세요. 건너뛰고 창구에서 알려 주셔도 됩니다.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>성함</translation>
    </message>
    <message>
      <source>{count} letter typed</source>
      <translation>{count}글자 입력됨</translation>
    </message>
    <message>
      <source>{count} letters typed</source>
      <translation>{count}글자 입력됨</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>다음</translation>
    </message>
    <message>
      <source>Save the registration and print the slip</source>
      <translation>신청을 저장하고 확인증을 출력합니다</translation>
    </message>
    <message>
      <source>Skip: register without a name</source>
      <translation>건너뛰기: 이름 없이 신청</translation>
    </message>
    <message>
      <source>Save the registration without a name and print the slip</source>
      <translation>이름 없이 신청을 저장하고 확인증을 출력합니다</translation>
    </message>
    <message>
      <source>Looking up the courses. Please wait.</source>
      <translation>강좌 목록을 불러오고 있습니다. 잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>신청번호</translation>
    </message>
    <message>
      <source>Registration number {number}</source>
      <translation>신청번호 {number}</translation>
    </message>
    <message>
      <source>{fee}. {places}</source>
      <translation>{fee}. {places}</translation>
    </message>
    <message>
      <source>Category: {category}</source>
      <translation>분야: {category}</translation>
    </message>
    <message>
      <source>When: {schedule}</source>
      <translation>일정: {schedule}</translation>
    </message>
    <message>
      <source>Term: {term}</source>
      <translation>기간: {term}</translation>
    </message>
    <message>
      <source>Fee: {fee} (paid at the counter)</source>
      <translation>수강료: {fee} (창구 납부)</translation>
    </message>
    <message>
      <source>Next, type your mobile phone number</source>
      <translation>다음 화면에서 휴대전화 번호를 입력합니다</translation>
    </message>
    <message>
      <source>Mobile phone number for {course}</source>
      <translation>{course} 신청용 휴대전화 번호</translation>
    </message>
    <message>
      <source>Mobile phone number</source>
      <translation>휴대전화 번호</translation>
    </message>
    <message>
      <source>Printing your slip…</source>
      <translation>확인증을 출력하고 있습니다…</translation>
    </message>
    <message>
      <source>Your registration is saved. Please wait.</source>
      <translation>신청이 저장되었습니다. 잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Saving your registration…</source>
      <translation>신청을 저장하고 있습니다…</translation>
    </message>
    <message>
      <source>Please wait.</source>
      <translation>잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Your registration is saved</source>
      <translation>신청이 저장되었습니다</translation>
    </message>
    <message>
      <source>Join the waiting list</source>
      <translation>대기 신청하기</translation>
    </message>
    <message>
      <source>Register for this course</source>
      <translation>이 강좌 신청하기</translation>
    </message>
    <message>
      <source>You are on the waiting list. Please take your slip</source>
      <translation>대기 신청이 완료되었습니다. 확인증을 받아 가세요</translation>
    </message>
    <message>
      <source>You are registered. Please take your slip</source>
      <translation>신청이 완료되었습니다. 확인증을 받아 가세요</translation>
    </message>
  </context>
  <context>
    <name>receipt</name>
    <message>
      <source>{amount} won</source>
      <translation>{amount}원</translation>
    </message>
    <message>
      <source>Paid ({id})</source>
      <translation>결제 완료 ({id})</translation>
    </message>
    <message>
      <source>Fee waived</source>
      <translation>수수료 면제</translation>
    </message>
    <message>
      <source>Cancelled, not charged</source>
      <translation>결제 취소 (청구 없음)</translation>
    </message>
    <message>
      <source>Not charged (please tell the staff)</source>
      <translation>미결제 (직원에게 알려 주세요)</translation>
    </message>
    <message>
      <source>Not confirmed: keep this receipt and ask at the counter</source>
      <translation>결제 미확인 (영수증을 보관하고 창구에 문의해 주세요)</translation>
    </message>
    <message>
      <source>Not confirmed ({amount})</source>
      <translation>미확인 ({amount})</translation>
    </message>
    <message>
      <source>Printing stopped part-way: only the documents above were printed and charged; the rest were cancelled.</source>
      <translation>인쇄가 중간에 멈췄습니다. 위에 적힌 증명서만 인쇄되어 그 수수료만 결제되었고, 나머지는 취소되었습니다.</translation>
    </message>
    <message>
      <source>Printing stopped part-way: only the documents above were printed; the rest were cancelled.</source>
      <translation>인쇄가 중간에 멈췄습니다. 위에 적힌 증명서만 인쇄되었고, 나머지는 취소되었습니다.</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>영수증</translation>
    </message>
    <message>
      <source>Issuance numbers</source>
      <translation>문서확인번호</translation>
    </message>
    <message>
      <source>Please keep this receipt.</source>
      <translation>영수증을 보관해 주세요.</translation>
    </message>
    <message>
      <source>Total charged</source>
      <translation>결제 금액</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>결제</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>일시</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>증명서</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>부수</translation>
    </message>
    <message>
      <source>{printed} of {copies}</source>
      <translation>{copies}부 중 {printed}부</translation>
    </message>
    <message>
      <source>Fee per copy</source>
      <translation>1부당 수수료</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <source>Your records could not be retrieved right now. You have not been charged. Please try again later or ask at the counter.</source>
      <translation>지금은 기록을 조회할 수 없습니다. 요금은 청구되지 않았습니다. 잠시 후 다시 시도하시거나 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>No resident registration record was found for this ID card. Certificates for this card cannot be issued here. Please ask at the counter, where staff can help you.</source>
      <translation>이 신분증으로 조회되는 주민등록 기록이 없습니다. 이 신분증으로는 여기에서 증명서를 발급할 수 없습니다. 창구에 문의하시면 직원이 도와 드립니다.</translation>
    </message>
  </context>
  <context>
    <name>stats</name>
    <message>
      <source>Tickets per hour</source>
      <translation>시간대별 번호표 발행 수</translation>
    </message>
    <message>
      <source>From</source>
      <translation>시작일</translation>
    </message>
    <message>
      <source>To</source>
      <translation>종료일</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>조회</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>불러오는 중…</translation>
    </message>
    <message>
      <source>{count} tickets from {start} to {end}</source>
      <translation>{start}~{end} 번호표 {count}장</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>날짜</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>업무</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>발행</translation>
    </message>
    <message>
      <source>Served</source>
      <translation>처리</translation>
    </message>
    <message>
      <source>No-shows</source>
      <translation>부재</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Wait avg (min)</source>
      <translation>평균 대기(분)</translation>
    </message>
    <message>
      <source>Wait p90 (min)</source>
      <translation>대기 p90(분)</translation>
    </message>
    <message>
      <source>Service avg (min)</source>
      <translation>평균 처리(분)</translation>
    </message>
    <message>
      <source>Service p90 (min)</source>
      <translation>처리 p90(분)</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
      <source>Statistics unavailable: {reason}</source>
      <translation>통계를 불러올 수 없습니다: {reason}</translation>
    </message>
  </context>
  <context>
    <name>tech</name>
    <message>
      <source>{codes} of service {service} are still waiting, called or being served today: counters call them by the service's id and residents hold the codes on paper. Change its id, prefix or band after the counters have finished or cancelled them (or tomorrow); nothing was changed</source>
      <translation>{service} 업무의 {codes} 번호표가 오늘 아직 대기, 호출 또는 처리 중입니다. 창구는 업무 ID로 번호를 부르고 주민은 번호표를 종이로 들고 있습니다. 창구에서 이 번호표를 마치거나 취소한 뒤에(또는 내일) 업무의 ID, 접두 문자, 번호 구간을 바꾸세요. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
      <source>{codes} of service {service} are still waiting, called or being served today, and once it is off no counter can call them. Turn it off after the counters have finished or cancelled them (or tomorrow); nothing was changed</source>
      <translation>{service} 업무의 {codes} 번호표가 오늘 아직 대기, 호출 또는 처리 중이며, 업무를 끄면 어느 창구도 이 번호표를 부를 수 없습니다. 창구에서 이 번호표를 마치거나 취소한 뒤에(또는 내일) 업무를 끄세요. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
      <source>Business day {wall} (last numbers issued for {last}): the clock and the queue agree.</source>
      <translation>업무일 {wall} (마지막 번호표 발급일 {last}): 시계와 대기열이 일치합니다.</translation>
    </message>
    <message>
      <source>Nothing was moved: these numbers are in play on both {wall} and {last}, and two residents would hold the same number: {codes}. Serve or cancel them, then move the numbers back again.</source>
      <translation>아무것도 옮기지 않았습니다: 다음 번호가 {wall}과 {last} 양쪽에서 아직 사용 중이라 두 주민이 같은 번호를 갖게 됩니다: {codes}. 이 번호들을 처리하거나 취소한 뒤 다시 오늘로 옮기세요.</translation>
    </message>
    <message>
      <source>The clock says {wall}, the last numbers were issued for {last}: numbers are refused as a clock jump. Check the clock; if the date is right, accept it.</source>
      <translation>시계는 {wall}이지만 마지막 번호표는 {last} 날짜로 발급되었습니다. 시계가 건너뛴 것으로 보고 번호표 발급을 거부하고 있습니다. 시계를 확인하고, 날짜가 맞으면 승인하세요.</translation>
    </message>
    <message>
      <source>The clock says {wall}, but numbers were issued for {last}: the queue is held on that later day. If the clock is right now, move those numbers back to today.</source>
      <translation>시계는 {wall}이지만 번호표가 {last} 날짜로 발급되어 대기열이 그 이후 날짜에 묶여 있습니다. 지금 시계가 맞다면 그 번호들을 오늘로 옮기세요.</translation>
    </message>
    <message>
      <source>Business day and clock</source>
      <translation>업무일과 시계</translation>
    </message>
    <message>
      <source>Check the clock</source>
      <translation>시계 확인</translation>
    </message>
    <message>
      <source>Accept the clock's date</source>
      <translation>시계 날짜 승인</translation>
    </message>
    <message>
      <source>Move numbers back to today</source>
      <translation>번호표를 오늘로 되돌리기</translation>
    </message>
    <message>
      <source>Clock not checked: {reason}</source>
      <translation>시계를 확인하지 못했습니다: {reason}</translation>
    </message>
    <message>
      <source>This machine's clock is {seconds} s ahead of the database server's. The queue goes by the server's clock, but this machine starts the business day at its own midnight, and the time printed on a ticket and the waits in the statistics are off by as much. Set every clock from the network time (NTP).</source>
      <translation>이 기기의 시계가 데이터베이스 서버보다 {seconds}초 빠릅니다. 대기열은 서버의 시계를 따르지만, 이 기기는 자기 시계의 자정에 영업일을 바꾸고, 번호표에 인쇄되는 시각과 통계의 대기 시간도 그만큼 어긋납니다. 모든 기기의 시계를 네트워크 시간(NTP)에 맞추세요.</translation>
    </message>
    <message>
      <source>This machine's clock is {seconds} s behind the database server's. The queue goes by the server's clock, but this machine starts the business day at its own midnight, and the time printed on a ticket and the waits in the statistics are off by as much. Set every clock from the network time (NTP).</source>
      <translation>이 기기의 시계가 데이터베이스 서버보다 {seconds}초 느립니다. 대기열은 서버의 시계를 따르지만, 이 기기는 자기 시계의 자정에 영업일을 바꾸고, 번호표에 인쇄되는 시각과 통계의 대기 시간도 그만큼 어긋납니다. 모든 기기의 시계를 네트워크 시간(NTP)에 맞추세요.</translation>
    </message>
    <message>
      <source>Tap again to confirm</source>
      <translation>확인하려면 한 번 더 누르세요</translation>
    </message>
    <message>
      <source>Not started: the kiosk has not reached its database yet.</source>
      <translation>시작되지 않음: 키오스크가 아직 데이터베이스에 연결되지 않았습니다.</translation>
    </message>
    <message>
      <source>Saved. The kiosk keeps using its current database until it restarts (System page).</source>
      <translation>저장했습니다. 키오스크를 다시 시작할 때까지는 지금의 데이터베이스를 계속 사용합니다(시스템 화면).</translation>
    </message>
    <message>
      <source>Saved. It takes effect when the kiosk restarts (System page).</source>
      <translation>저장했습니다. 키오스크를 다시 시작하면 적용됩니다(시스템 화면).</translation>
    </message>
    <message>
      <source>Saved. Counter terminals call services by the ids they started with: restart them (and make the same change on any other machine sharing this queue), or the renamed service's tickets wait with nobody to call them.</source>
      <translation>저장했습니다. 창구 단말기는 시작할 때의 업무 ID로 번호를 부릅니다. 창구 단말기를 다시 시작하세요(이 대기열을 함께 쓰는 다른 기기에서도 같은 설정을 바꾸세요). 그러지 않으면 이름이 바뀐 업무의 번호표를 아무도 부르지 않습니다.</translation>
    </message>
    <message>
      <source>Saved. Counter terminals keep the settings they started with: restart the terminals of counters {counters} (and make the same change on any other machine sharing this queue).</source>
      <translation>저장했습니다. 창구 단말기는 시작할 때의 설정을 계속 씁니다. {counters}번 창구의 단말기를 다시 시작하세요(이 대기열을 함께 쓰는 다른 기기에서도 같은 설정을 바꾸세요).</translation>
    </message>
    <message>
      <source>a service's id, prefix, band or whether it is on can change once the kiosk has reached its database (today's tickets are checked first); nothing was changed</source>
      <translation>키오스크가 데이터베이스에 연결된 뒤에 업무의 ID, 접두 문자, 번호 구간, 사용 여부를 바꿀 수 있습니다(오늘의 번호표를 먼저 확인합니다). 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
      <source>today's tickets could not be checked, nothing was changed: {reason}</source>
      <translation>오늘의 번호표를 확인하지 못해 아무것도 바꾸지 않았습니다: {reason}</translation>
    </message>
    <message>
      <source>Saved. The next attempt to reach the database uses it.</source>
      <translation>저장했습니다. 다음 데이터베이스 연결 시도부터 사용합니다.</translation>
    </message>
    <message>
      <source>could not save {path}: {error}</source>
      <translation>{path}에 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
      <source>this printer cannot be used, nothing was changed: {reason}</source>
      <translation>이 프린터는 사용할 수 없어 아무것도 바꾸지 않았습니다: {reason}</translation>
    </message>
    <message>
      <source>this voice cannot be used, nothing was changed: {reason}</source>
      <translation>이 음성은 사용할 수 없어 아무것도 바꾸지 않았습니다: {reason}</translation>
    </message>
    <message>
      <source>this card reader cannot be used, nothing was changed: {reason}</source>
      <translation>이 카드 리더기는 사용할 수 없어 아무것도 바꾸지 않았습니다: {reason}</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h}시간 {m}분</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>알 수 없음</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>예</translation>
    </message>
    <message>
      <source>no</source>
      <translation>아니요</translation>
    </message>
    <message>
      <source>{d} d {h} h {m} min</source>
      <translation>{d}일 {h}시간 {m}분</translation>
    </message>
    <message>
      <source>Refresh now</source>
      <translation>지금 새로 고침</translation>
    </message>
    <message>
      <source>Backend: {backend} ({name})</source>
      <translation>백엔드: {backend} ({name})</translation>
    </message>
    <message>
      <source>Paper low flag: {low}   Jobs printed today: {jobs}</source>
      <translation>용지 부족 표시: {low}   오늘 인쇄 작업: {jobs}</translation>
    </message>
    <message>
      <source>Backend: {backend}</source>
      <translation>백엔드: {backend}</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>프린터</translation>
    </message>
    <message>
      <source>Card reader</source>
      <translation>카드 리더기</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>음성</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>데이터베이스</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>애플리케이션</translation>
    </message>
    <message>
      <source>Last error: {error} at {time}</source>
      <translation>마지막 오류: {error} ({time})</translation>
    </message>
    <message>
      <source>Chips signed by the test CSCA are trusted: turn off devices.card_reader.passive_auth.test_cards on a kiosk that serves real residents.</source>
      <translation>시험용 CSCA가 서명한 칩을 신뢰하고 있습니다. 실제 주민이 쓰는 키오스크에서는 devices.card_reader.passive_auth.test_cards를 끄십시오.</translation>
    </message>
    <message>
      <source>Test phrase: {phrase}</source>
      <translation>시험 문구: {phrase}</translation>
    </message>
    <message>
      <source>{mb:.1f} MB</source>
      <translation>{mb:.1f} MB</translation>
    </message>
    <message>
      <source>Location: {where}</source>
      <translation>위치: {where}</translation>
    </message>
    <message>
      <source>Size: {size}</source>
      <translation>크기: {size}</translation>
    </message>
    <message>
      <source>Config file: {where}</source>
      <translation>설정 파일: {where}</translation>
    </message>
    <message>
      <source>Speak a test phrase</source>
      <translation>시험 문구 말하기</translation>
    </message>
    <message>
      <source>Connection: error {error}</source>
      <translation>연결: 오류 {error}</translation>
    </message>
    <message>
      <source>No reader found.</source>
      <translation>리더기를 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>{reader}: card inserted: {present}</source>
      <translation>{reader}: 카드 삽입: {present}</translation>
    </message>
    <message>
      <source>Backend: {backend}   Voice: {voice}</source>
      <translation>백엔드: {backend}   음성: {voice}</translation>
    </message>
    <message>
      <source>Not reached, trying again: {reason}</source>
      <translation>연결되지 않음, 다시 시도하는 중: {reason}</translation>
    </message>
    <message>
      <source>Tickets today: {n}</source>
      <translation>오늘 발행 번호표: {n}</translation>
    </message>
    <message>
      <source>Online: {online}   Paper: {paper}   Cover open: {cover}</source>
      <translation>온라인: {online}   용지: {paper}   덮개 열림: {cover}</translation>
    </message>
    <message>
      <source>Uptime: {uptime}</source>
      <translation>가동 시간: {uptime}</translation>
    </message>
    <message>
      <source>Error: {e}</source>
      <translation>오류: {e}</translation>
    </message>
    <message>
      <source>Version: {version}</source>
      <translation>버전: {version}</translation>
    </message>
    <message>
      <source>Search for devices</source>
      <translation>장치 검색</translation>
    </message>
    <message>
      <source>Attached devices</source>
      <translation>연결된 장치</translation>
    </message>
    <message>
      <source>Not searched yet.</source>
      <translation>아직 검색하지 않았습니다.</translation>
    </message>
    <message>
      <source>Network printer</source>
      <translation>네트워크 프린터</translation>
    </message>
    <message>
      <source>Host or IP address</source>
      <translation>호스트 또는 IP 주소</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>포트</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>연결 테스트</translation>
    </message>
    <message>
      <source>Use this printer</source>
      <translation>이 프린터 사용</translation>
    </message>
    <message>
      <source>Tests</source>
      <translation>테스트</translation>
    </message>
    <message>
      <source>Print a test page</source>
      <translation>테스트 페이지 인쇄</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>신분증 번호</translation>
    </message>
    <message>
      <source>Birth date YYMMDD</source>
      <translation>생년월일 (YYMMDD)</translation>
    </message>
    <message>
      <source>Expiry date YYMMDD</source>
      <translation>만료일 (YYMMDD)</translation>
    </message>
    <message>
      <source>Read a card</source>
      <translation>카드 읽기</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>검색 중…</translation>
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation>검색 실패: {error}</translation>
    </message>
    <message>
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <source>Serial ports</source>
      <translation>시리얼 포트</translation>
    </message>
    <message>
      <source>CUPS queues on {server}</source>
      <translation>CUPS 대기열 (서버: {server})</translation>
    </message>
    <message>
      <source>CUPS queues</source>
      <translation>CUPS 대기열</translation>
    </message>
    <message>
      <source>Card readers (PC/SC)</source>
      <translation>카드 리더기 (PC/SC)</translation>
    </message>
    <message>
      <source>Speech voices</source>
      <translation>음성 목록</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>연결 중…</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>인쇄 중…</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>읽는 중…</translation>
    </message>
    <message>
      <source>Card read successfully ({kind}).</source>
      <translation>카드를 읽었습니다 ({kind}).</translation>
    </message>
    <message>
      <source>Card read failed: {detail}</source>
      <translation>카드 읽기 실패: {detail}</translation>
    </message>
    <message>
      <source>Enter a host and a port number.</source>
      <translation>호스트와 포트 번호를 입력하세요.</translation>
    </message>
    <message>
      <source>Test page printed on {name}.</source>
      <translation>{name}에서 테스트 페이지를 인쇄했습니다.</translation>
    </message>
    <message>
      <source>Test page failed on {name}: {failure} {detail}</source>
      <translation>{name} 테스트 페이지 인쇄 실패: {failure} {detail}</translation>
    </message>
    <message>
      <source>Printer changed; it is used from the next ticket.</source>
      <translation>프린터를 변경했습니다. 다음 번호표부터 적용됩니다.</translation>
    </message>
    <message>
      <source>Not available: {reason}</source>
      <translation>사용할 수 없음: {reason}</translation>
    </message>
    <message>
      <source>None found.</source>
      <translation>찾지 못했습니다.</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>사용</translation>
    </message>
    <message>
      <source>printer</source>
      <translation>프린터</translation>
    </message>
    <message>
      <source>Too many wrong PINs. Try again in {minutes} min.</source>
      <translation>PIN을 너무 많이 틀렸습니다. {minutes}분 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
      <source>Technician card read. Enter your PIN.</source>
      <translation>기술자 카드를 읽었습니다. PIN을 입력하세요.</translation>
    </message>
    <message>
      <source>No technician PIN is set. Set one with: kiosk tech set-pin</source>
      <translation>기술자 PIN이 설정되어 있지 않습니다. 다음 명령으로 설정하세요: kiosk tech set-pin</translation>
    </message>
    <message>
      <source>No technician PIN is set.</source>
      <translation>기술자 PIN이 설정되어 있지 않습니다.</translation>
    </message>
    <message>
      <source>Wrong PIN. {left} tries left.</source>
      <translation>PIN이 틀렸습니다. 남은 횟수: {left}회</translation>
    </message>
    <message>
      <source>only [[{name}]] tables go in this field</source>
      <translation>이 칸에는 [[{name}]] 표만 넣을 수 있습니다</translation>
    </message>
    <message>
      <source>from {low} to {high}</source>
      <translation>{low}부터 {high}까지</translation>
    </message>
    <message>
      <source>at least {low}</source>
      <translation>{low} 이상</translation>
    </message>
    <message>
      <source>at most {high}</source>
      <translation>{high} 이하</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>저장</translation>
    </message>
    <message>
      <source>Checking today's tickets before saving…</source>
      <translation>저장하기 전에 오늘의 번호표를 확인하는 중…</translation>
    </message>
    <message>
      <source>{field} was cleared: only one of the two can be set.</source>
      <translation>{field} 항목을 비웠습니다. 둘 중 하나만 설정할 수 있습니다.</translation>
    </message>
    <message>
      <source>Decrease</source>
      <translation>감소</translation>
    </message>
    <message>
      <source>Increase</source>
      <translation>증가</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(설정 안 됨)</translation>
    </message>
    <message>
      <source>Recent log lines</source>
      <translation>최근 로그</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>새로 고침</translation>
    </message>
    <message>
      <source>Where to save the bundle</source>
      <translation>진단 파일 저장 위치</translation>
    </message>
    <message>
      <source>Export diagnostics</source>
      <translation>진단 정보 내보내기</translation>
    </message>
    <message>
      <source>Data folder: {path}</source>
      <translation>데이터 폴더: {path}</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>내보내는 중…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>저장됨: {path}</translation>
    </message>
    <message>
      <source>Export failed: {error}</source>
      <translation>내보내기 실패: {error}</translation>
    </message>
    <message>
      <source>No log buffer installed.</source>
      <translation>로그 버퍼가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
      <source>USB: {label}</source>
      <translation>USB: {label}</translation>
    </message>
    <message>
      <source>Restart today's numbering</source>
      <translation>오늘 번호 다시 매기기</translation>
    </message>
    <message>
      <source>Numbering restarted: the next number is {n}.</source>
      <translation>번호를 다시 매겼습니다. 다음 번호는 {n}번입니다.</translation>
    </message>
    <message>
      <source>Numbering not restarted: {reason}</source>
      <translation>번호를 다시 시작하지 못했습니다: {reason}</translation>
    </message>
    <message>
      <source>Waiting tickets keep their numbers; new numbers continue after the highest number still waiting.</source>
      <translation>대기 중인 번호표는 번호가 그대로 유지되며, 새 번호는 대기 중인 가장 큰 번호 다음부터 이어집니다.</translation>
    </message>
    <message>
      <source>Tap again to confirm the restart</source>
      <translation>한 번 더 누르면 번호를 다시 매깁니다</translation>
    </message>
    <message>
      <source>Waiting tickets keep their numbers. New numbers continue after the highest number still waiting (1 if none is waiting).</source>
      <translation>대기 중인 번호표는 번호가 그대로 유지됩니다. 새 번호는 대기 중인 가장 큰 번호 다음부터 이어집니다 (대기자가 없으면 1번부터).</translation>
    </message>
    <message>
      <source>Technician PIN</source>
      <translation>기술자 PIN</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>지우기</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>확인</translation>
    </message>
    <message>
      <source>{count} digits entered</source>
      <translation>{count}자리 입력됨</translation>
    </message>
    <message>
      <source>Delete the last digit</source>
      <translation>마지막 숫자 지우기</translation>
    </message>
    <message>
      <source>Restart the kiosk application</source>
      <translation>키오스크 프로그램 다시 시작</translation>
    </message>
    <message>
      <source>Exit to the desktop</source>
      <translation>바탕 화면으로 나가기</translation>
    </message>
    <message>
      <source>Technician mode</source>
      <translation>기술자 모드</translation>
    </message>
    <message>
      <source>Back to the resident screen</source>
      <translation>민원인 화면으로 돌아가기</translation>
    </message>
    <message>
      <source>Statistics need the database, which the kiosk has not reached yet.</source>
      <translation>통계에는 데이터베이스가 필요하지만, 키오스크가 아직 연결하지 못했습니다.</translation>
    </message>
    <message>
      <source>Leave technician mode to return to the resident screen. Exit or restart only when servicing the kiosk.</source>
      <translation>기술자 모드를 끝내면 민원인 화면으로 돌아갑니다. 종료나 다시 시작은 키오스크를 점검할 때만 하세요.</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>대시보드</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>장치</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>설정</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>업무</translation>
    </message>
    <message>
      <source>Logs</source>
      <translation>로그</translation>
    </message>
    <message>
      <source>System</source>
      <translation>시스템</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>통계</translation>
    </message>
  </context>
  <context>
    <name>ticket</name>
    <message>
      <source>{minutes} min</source>
      <translation>약 {minutes}분</translation>
    </message>
    <message>
      <source>No wait</source>
      <translation>대기 없음</translation>
    </message>
    <message>
      <source>Please wait until your number is shown and called.</source>
      <translation>번호가 표시되고 호출될 때까지 기다려 주세요.</translation>
    </message>
    <message>
      <source>If you miss your call, please ask at the counter.</source>
      <translation>호출을 놓치셨다면 창구에 말씀해 주세요.</translation>
    </message>
    <message>
      <source>Priority ticket</source>
      <translation>교통약자 우선 번호표</translation>
    </message>
    <message>
      <source>Scan to follow your turn on your phone.</source>
      <translation>QR 코드로 휴대전화에서 순서를 확인하세요.</translation>
    </message>
    <message>
      <source>People ahead</source>
      <translation>대기 인원</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation>예상 대기</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>발행 시각</translation>
    </message>
    <message>
      <source>Your number is {code}.</source>
      <translation>고객님의 번호는 {code}번입니다.</translation>
    </message>
    <message>
      <source>Your number</source>
      <translation>고객님의 번호</translation>
    </message>
    <message>
      <source>Please check the printer slot</source>
      <translation>번호표 출구를 확인해 주세요</translation>
    </message>
    <message>
      <source>Your ticket should come out below the screen. If there is none, remember your number and tell a member of staff.</source>
      <translation>번호표가 화면 아래로 나옵니다. 번호표가 없으면 번호를 기억해 두었다가 직원에게 말씀해 주세요.</translation>
    </message>
    <message>
      <source>People ahead of you: {count}</source>
      <translation>앞에 기다리는 사람: {count}명</translation>
    </message>
    <message>
      <source>Please take your ticket</source>
      <translation>번호표를 받아 가세요</translation>
    </message>
    <message>
      <source>Your ticket is printed below the screen. Wait until your number is called.</source>
      <translation>번호표가 화면 아래로 나옵니다. 번호를 부를 때까지 기다려 주세요.</translation>
    </message>
    <message>
      <source>Printing your ticket…</source>
      <translation>번호표를 인쇄하고 있습니다…</translation>
    </message>
    <message>
      <source>Please wait a moment.</source>
      <translation>잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Estimated wait: about {minutes} min</source>
      <translation>예상 대기 시간: 약 {minutes}분</translation>
    </message>
    <message>
      <source>Estimated wait: you are next</source>
      <translation>예상 대기 시간: 곧 차례입니다</translation>
    </message>
  </context>
  <context>
    <name>unavailable</name>
    <message>
      <source>Temporarily unavailable</source>
      <translation>잠시 이용할 수 없습니다</translation>
    </message>
  </context>
  <context>
    <name>voice</name>
    <message>
      <source>Volume: {level}.</source>
      <translation>음량 {level}.</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>최대</translation>
    </message>
    <message>
      <source>Speed: {level}.</source>
      <translation>말하기 속도 {level}.</translation>
    </message>
    <message>
      <source>minimum</source>
      <translation>최소</translation>
    </message>
    <message>
      <source>{level} of 10</source>
      <translation>10단계 중 {level}단계</translation>
    </message>
    <message>
      <source>Press 2 or 8 to move, 5 to choose, 0 to repeat, star to go back, hash for the first screen.</source>
      <translation>2번이나 8번은 이동, 5번은 선택, 0번은 다시 듣기, 별표는 이전 화면, 우물 정자는 처음 화면입니다.</translation>
    </message>
    <message>
      <source>Time is up. Returning to the first screen.</source>
      <translation>시간이 지나 처음 화면으로 돌아갑니다.</translation>
    </message>
    <message>
      <source>Earphones are needed to hear what you type. Without them, each key is confirmed without saying it.</source>
      <translation>입력한 내용을 들으려면 이어폰이 필요합니다. 이어폰이 없으면 누른 키를 말하지 않고 입력만 확인해 드립니다.</translation>
    </message>
    <message>
      <source>The ID card was taken out. Returning to the first screen.</source>
      <translation>신분증이 빠졌습니다. 처음 화면으로 돌아갑니다.</translation>
    </message>
    <message>
      <source>Returning to the first screen.</source>
      <translation>처음 화면으로 돌아갑니다.</translation>
    </message>
  </context>
  <context>
    <name>welfare</name>
    <message>
      <source>Book a welfare consultation</source>
      <translation>복지 상담 예약</translation>
    </message>
    <message>
      <source>Ask for a home visit</source>
      <translation>방문 상담 요청</translation>
    </message>
    <message>
      <source>Report a neighbour in crisis</source>
      <translation>위기가구 신고</translation>
    </message>
    <message>
      <source>New</source>
      <translation>신규</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>처리 중</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>완료</translation>
    </message>
    <message>
      <source>Skipping meals</source>
      <translation>끼니를 거름</translation>
    </message>
    <message>
      <source>Behind on utility bills</source>
      <translation>공과금 체납</translation>
    </message>
    <message>
      <source>Isolated, rarely goes out</source>
      <translation>고립·은둔</translation>
    </message>
    <message>
      <source>Health getting worse</source>
      <translation>건강 악화</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>기타</translation>
    </message>
    <message>
      <source>Morning (9 to 12)</source>
      <translation>오전 (9시~12시)</translation>
    </message>
    <message>
      <source>Afternoon (1 to 6)</source>
      <translation>오후 (1시~6시)</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>언제든지</translation>
    </message>
    <message>
      <source>Please come to the welfare desk at this time.</source>
      <translation>이 시간에 복지 창구로 와 주세요.</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>접수번호</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>신청</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>접수 일시</translation>
    </message>
    <message>
      <source>Thank you. Welfare staff will check on the household without naming you.</source>
      <translation>신고해 주셔서 감사합니다. 신고하신 분을 밝히지 않고 복지 담당 공무원이 가구를 확인합니다.</translation>
    </message>
    <message>
      <source>Welfare request</source>
      <translation>복지 신청 접수증</translation>
    </message>
    <message>
      <source>Please keep this receipt.</source>
      <translation>이 접수증을 보관해 주세요.</translation>
    </message>
    <message>
      <source>About</source>
      <translation>내용</translation>
    </message>
    <message>
      <source>Consultation</source>
      <translation>상담 일시</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>연락처</translation>
    </message>
    <message>
      <source>Welfare team: {phone}</source>
      <translation>복지팀 문의: {phone}</translation>
    </message>
    <message>
      <source>That time was just booked at another kiosk. Please choose another time.</source>
      <translation>방금 다른 키오스크에서 이 시간을 예약했습니다. 다른 시간을 선택해 주세요.</translation>
    </message>
    <message>
      <source>There are no free consultation times in the coming days. Please ask at the counter.</source>
      <translation>앞으로 며칠 동안 예약 가능한 상담 시간이 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Your request could not be saved. Please try again, or ask at the counter.</source>
      <translation>신청을 저장하지 못했습니다. 다시 시도하시거나 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>The free consultation times could not be looked up. Please try again, or ask at the counter.</source>
      <translation>상담 가능한 시간을 불러오지 못했습니다. 다시 시도하시거나 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Please type the tong and ban numbers, or choose “I'd rather tell staff”.</source>
      <translation>통과 반 번호를 입력하거나 ‘직원에게 직접 말하기’를 선택해 주세요.</translation>
    </message>
    <message>
      <source>The receipt could not be printed. Your request was received: please note the reference {reference}.</source>
      <translation>접수증을 인쇄하지 못했습니다. 신청은 접수되었으니 접수번호 {reference}를 적어 두세요.</translation>
    </message>
    <message>
      <source>Welfare consultation and reports</source>
      <translation>복지 상담·신고</translation>
    </message>
    <message>
      <source>Book a consultation, ask for a home visit, report a neighbour in crisis</source>
      <translation>상담 예약, 방문 상담 요청, 위기가구 신고</translation>
    </message>
    <message>
      <source>What is the situation?</source>
      <translation>어떤 상황인가요?</translation>
    </message>
    <message>
      <source>Choose what fits best. Staff will ask for details.</source>
      <translation>가장 가까운 것을 선택해 주세요. 자세한 내용은 담당자가 여쭙겠습니다.</translation>
    </message>
    <message>
      <source>Mobile number</source>
      <translation>휴대전화 번호</translation>
    </message>
    <message>
      <source>Tong number</source>
      <translation>통</translation>
    </message>
    <message>
      <source>Ban number</source>
      <translation>반</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>다음</translation>
    </message>
    <message>
      <source>Go on</source>
      <translation>다음 단계로 갑니다</translation>
    </message>
    <message>
      <source>Type the numbers with the number keys. Enter goes to the next number, then on; star deletes. If you do not know them, press Enter without typing and tell staff at the counter.</source>
      <translation>숫자 키로 번호를 누르세요. 확인 키는 다음 번호, 그다음 단계로 넘어가고, 별표는 지우기입니다. 모르시면 아무것도 누르지 말고 확인 키를 누른 뒤 창구 직원에게 알려 주세요.</translation>
    </message>
    <message>
      <source>Type your mobile number with the number keys, then press Enter; star deletes. To report without your number, press Enter without typing.</source>
      <translation>숫자 키로 휴대전화 번호를 누르고 확인 키를 누르세요. 별표는 지우기입니다. 번호 없이 신고하시려면 아무것도 누르지 말고 확인 키를 누르세요.</translation>
    </message>
    <message>
      <source>Please check</source>
      <translation>확인해 주세요</translation>
    </message>
    <message>
      <source>Send request</source>
      <translation>신청하기</translation>
    </message>
    <message>
      <source>Send this request to the welfare team and print a receipt</source>
      <translation>복지팀에 신청을 보내고 접수증을 인쇄합니다</translation>
    </message>
    <message>
      <source>Looking up free times…</source>
      <translation>예약 가능한 시간을 찾고 있습니다…</translation>
    </message>
    <message>
      <source>One moment, please.</source>
      <translation>잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Your request was received</source>
      <translation>신청이 접수되었습니다</translation>
    </message>
    <message>
      <source>Please come to the welfare desk on {slot}.</source>
      <translation>{slot}에 복지 창구로 와 주세요.</translation>
    </message>
    <message>
      <source>Talk with a welfare officer at the centre, at a time you choose</source>
      <translation>원하시는 시간에 센터에서 복지 담당 공무원과 상담합니다</translation>
    </message>
    <message>
      <source>A welfare officer calls you and visits your home</source>
      <translation>복지 담당 공무원이 전화드린 후 댁으로 찾아갑니다</translation>
    </message>
    <message>
      <source>Tell us about a household that needs help. You may stay anonymous</source>
      <translation>도움이 필요한 이웃을 알려 주세요. 익명으로도 신고할 수 있습니다</translation>
    </message>
    <message>
      <source>What would you like to do?</source>
      <translation>무엇을 도와드릴까요?</translation>
    </message>
    <message>
      <source>What is it about? Choose one.</source>
      <translation>어떤 분야인가요? 하나를 선택해 주세요.</translation>
    </message>
    <message>
      <source>Choose a day</source>
      <translation>날짜 선택</translation>
    </message>
    <message>
      <source>Days with a free consultation time are listed.</source>
      <translation>예약 가능한 상담 시간이 있는 날짜입니다.</translation>
    </message>
    <message>
      <source>Choose a time</source>
      <translation>시간 선택</translation>
    </message>
    <message>
      <source>Free times on {day}.</source>
      <translation>{day} 예약 가능한 시간입니다.</translation>
    </message>
    <message>
      <source>When is a good time?</source>
      <translation>언제가 편하신가요?</translation>
    </message>
    <message>
      <source>Choose when a call or visit suits you best.</source>
      <translation>전화나 방문이 편한 시간대를 선택해 주세요.</translation>
    </message>
    <message>
      <source>Where is the household?</source>
      <translation>어디에 사는 가구인가요?</translation>
    </message>
    <message>
      <source>Type the tong and ban numbers of the address, if you know them.</source>
      <translation>아시면 주소의 통과 반 번호를 입력해 주세요.</translation>
    </message>
    <message>
      <source>{count} digit typed</source>
      <translation>{count}자리 입력됨</translation>
    </message>
    <message>
      <source>{count} digits typed</source>
      <translation>{count}자리 입력됨</translation>
    </message>
    <message>
      <source>I'd rather tell staff</source>
      <translation>직원에게 직접 말하기</translation>
    </message>
    <message>
      <source>Go on without the address; tell staff at the counter</source>
      <translation>주소 없이 다음으로 가고, 창구 직원에게 직접 알립니다</translation>
    </message>
    <message>
      <source>Report without my number</source>
      <translation>번호 없이 신고</translation>
    </message>
    <message>
      <source>Stay anonymous: staff will not call you back</source>
      <translation>익명으로 신고합니다. 담당자가 연락드리지 않습니다</translation>
    </message>
    <message>
      <source>Request: {kind}</source>
      <translation>신청: {kind}</translation>
    </message>
    <message>
      <source>About: {topic}</source>
      <translation>분야: {topic}</translation>
    </message>
    <message>
      <source>Situation: {what}</source>
      <translation>상황: {what}</translation>
    </message>
    <message>
      <source>Time: {slot}</source>
      <translation>상담 일시: {slot}</translation>
    </message>
    <message>
      <source>Best time: {when}</source>
      <translation>희망 시간대: {when}</translation>
    </message>
    <message>
      <source>Phone: {phone}</source>
      <translation>연락처: {phone}</translation>
    </message>
    <message>
      <source>Sending your request…</source>
      <translation>신청을 보내고 있습니다…</translation>
    </message>
    <message>
      <source>Printing your receipt…</source>
      <translation>접수증을 인쇄하고 있습니다…</translation>
    </message>
    <message>
      <source>Welfare</source>
      <translation>복지</translation>
    </message>
    <message>
      <source>Reference: {reference}</source>
      <translation>접수번호: {reference}</translation>
    </message>
    <message>
      <source>Please take your receipt below the screen.</source>
      <translation>화면 아래에서 접수증을 받아 가세요.</translation>
    </message>
    <message>
      <source>Your mobile number (optional)</source>
      <translation>휴대전화 번호 (선택)</translation>
    </message>
    <message>
      <source>Staff may call you to ask more. You may also report without giving your number.</source>
      <translation>담당자가 더 여쭙기 위해 연락드릴 수 있습니다. 번호를 남기지 않고 신고하셔도 됩니다.</translation>
    </message>
    <message>
      <source>Your mobile number</source>
      <translation>휴대전화 번호</translation>
    </message>
    <message>
      <source>Type the number staff should call, for example 01012345678.</source>
      <translation>담당자가 연락드릴 번호를 입력해 주세요. 예: 01012345678</translation>
    </message>
    <message>
      <source>Where: you will tell staff</source>
      <translation>위치: 직원에게 직접 알림</translation>
    </message>
    <message>
      <source>Phone: not given (anonymous)</source>
      <translation>연락처: 남기지 않음 (익명)</translation>
    </message>
    <message>
      <source>Where: tong {tong}, ban {ban}</source>
      <translation>위치: {tong}통 {ban}반</translation>
    </message>
  </context>
  <context>
    <name>welfare_counter</name>
    <message>
      <source>Welfare inbox</source>
      <translation>복지 접수함</translation>
    </message>
    <message>
      <source>Mark in progress</source>
      <translation>처리 중으로 표시</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>완료로 표시</translation>
    </message>
    <message>
      <source>{new} new, {total} in all</source>
      <translation>신규 {new}건, 전체 {total}건</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>접수번호</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>신청 종류</translation>
    </message>
    <message>
      <source>About</source>
      <translation>내용</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>상담 일시</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>접수 일시</translation>
    </message>
    <message>
      <source>The inbox cannot be read right now.</source>
      <translation>지금은 접수함을 불러올 수 없습니다.</translation>
    </message>
    <message>
      <source>The change was not saved: the database did not answer.</source>
      <translation>변경 내용을 저장하지 못했습니다. 데이터베이스가 응답하지 않습니다.</translation>
    </message>
    <message>
      <source>About: {about}</source>
      <translation>내용: {about}</translation>
    </message>
    <message>
      <source>Slot: {slot}</source>
      <translation>상담 일시: {slot}</translation>
    </message>
    <message>
      <source>Best time: {when}</source>
      <translation>희망 시간대: {when}</translation>
    </message>
    <message>
      <source>Where: the reporter will tell staff</source>
      <translation>위치: 신고자가 직원에게 직접 알림</translation>
    </message>
    <message>
      <source>Phone: {phone}</source>
      <translation>연락처: {phone}</translation>
    </message>
    <message>
      <source>The details cannot be read with this terminal's key file.</source>
      <translation>이 단말기의 키 파일로는 상세 내용을 읽을 수 없습니다.</translation>
    </message>
    <message>
      <source>Choose a request to see its details.</source>
      <translation>상세 내용을 보려면 신청을 선택하십시오.</translation>
    </message>
    <message>
      <source>{reference} is now: {status}.</source>
      <translation>{reference}: 이제 {status} 상태입니다.</translation>
    </message>
    <message>
      <source>Someone else changed {reference} meanwhile, so your change was not made. The list now shows where it stands.</source>
      <translation>다른 직원이 그사이 {reference}의 상태를 바꾸어 이번 변경은 반영되지 않았습니다. 목록에서 현재 상태를 확인하세요.</translation>
    </message>
    <message>
      <source>Where: tong {tong}, ban {ban}</source>
      <translation>위치: {tong}통 {ban}반</translation>
    </message>
    <message>
      <source>Phone: anonymous report</source>
      <translation>연락처: 익명 신고</translation>
    </message>
  </context>
</TS>
