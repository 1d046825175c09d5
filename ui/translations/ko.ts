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
      <translation>아래로</translation>
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
      <source>This card's chip could not be verified as genuine, so certificates cannot be issued with it. Nothing has been printed or charged. Please ask the staff at the counter.</source>
      <translation>이 카드의 칩이 진본인지 확인할 수 없어 이 카드로는 증명서를 발급할 수 없습니다. 인쇄되거나 청구된 것은 없습니다. 창구 직원에게 문의해 주세요.</translation>
    </message>
  </context>
  <context>
    <name>centre</name>
    <message>
      <source>This service is temporarily unavailable. Please ask at the counter.</source>
      <translation>이 업무는 잠시 이용할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>그 밖의 업무</translation>
    </message>
    <message>
      <source>Choose what you came for.</source>
      <translation>오신 업무를 고르세요.</translation>
    </message>
  </context>
  <context>
    <name>cert</name>
    <message>
      <source>The records found do not belong to the person on this ID card, so nothing can be issued. Nothing has been printed or charged. Please ask the staff at the counter; they have been told.</source>
      <translation>조회된 기록이 이 신분증의 본인 기록이 아니어서 아무것도 발급할 수 없습니다. 인쇄되거나 청구된 것은 없습니다. 창구 직원에게 문의해 주세요. 직원에게 이미 알렸습니다.</translation>
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
      <source>{reason} {charged} A member of staff has been told.</source>
      <translation>{reason} {charged} 직원에게 알렸습니다.</translation>
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
      <source>{printed} of {copies} copies were printed; you were charged only for those.</source>
      <translation>{copies}부 중 {printed}부만 인쇄되었으며, 인쇄된 부수만 결제되었습니다.</translation>
    </message>
    <message>
      <source>You have not been charged.</source>
      <translation>요금이 청구되지 않았습니다.</translation>
    </message>
    <message>
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds}초 뒤 처음 화면으로 돌아갑니다</translation>
    </message>
    <message>
      <source>More time</source>
      <translation>시간 연장</translation>
    </message>
    <message>
      <source>I need more time for this step</source>
      <translation>이 단계에서 시간이 더 필요합니다</translation>
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
      <source>Include past addresses</source>
      <translation>과거 주소 포함</translation>
    </message>
    <message>
      <source>Print the address history</source>
      <translation>주소 변동 사항을 인쇄합니다</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>선택 사항</translation>
    </message>
    <message>
      <source>Copies: {copies}</source>
      <translation>부수: {copies}부</translation>
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
      <source>See the summary</source>
      <translation>신청 내용을 확인합니다</translation>
    </message>
    <message>
      <source>Check and pay</source>
      <translation>확인 및 결제</translation>
    </message>
    <message>
      <source>Options: {options}</source>
      <translation>선택 사항: {options}</translation>
    </message>
    <message>
      <source>Fee per copy: {fee}</source>
      <translation>1부당 수수료: {fee}</translation>
    </message>
    <message>
      <source>Please take your documents</source>
      <translation>증명서를 받아 가세요</translation>
    </message>
    <message>
      <source>Your documents and receipt are below the screen. Please take your ID card too.</source>
      <translation>증명서와 영수증이 화면 아래로 나옵니다. 신분증도 꼭 챙겨 가세요.</translation>
    </message>
    <message>
      <source>Issuance numbers: {numbers}</source>
      <translation>문서확인번호: {numbers}</translation>
    </message>
    <message>
      <source>The certificate could not be issued</source>
      <translation>증명서를 발급하지 못했습니다</translation>
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
      <source>Digit entered.</source>
      <translation>숫자 입력.</translation>
    </message>
    <message>
      <source>Letter entered.</source>
      <translation>영문자 입력.</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>지웠습니다.</translation>
    </message>
    <message>
      <source>All three details are typed. Press Enter to read your ID card.</source>
      <translation>세 가지 정보를 모두 입력했습니다. 확인 키를 누르면 신분증을 읽습니다.</translation>
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
      <source>Cancel payment</source>
      <translation>결제 취소</translation>
    </message>
    <message>
      <source>Stop paying and go back to the summary. Nothing is charged.</source>
      <translation>결제를 멈추고 신청 내용 확인 화면으로 돌아갑니다. 요금은 청구되지 않습니다.</translation>
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
      <source>Yes</source>
      <translation>예</translation>
    </message>
    <message>
      <source>No</source>
      <translation>아니요</translation>
    </message>
    <message>
      <source>Document: {name}</source>
      <translation>증명서: {name}</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>합계: {total}</translation>
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
      <source>Printed issuance numbers: {numbers}</source>
      <translation>인쇄된 문서확인번호: {numbers}</translation>
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
      <source>Printing your documents…</source>
      <translation>증명서를 인쇄하고 있습니다…</translation>
    </message>
    <message>
      <source>Please wait. Do not take your ID card out until printing has finished.</source>
      <translation>잠시만 기다려 주세요. 인쇄가 끝날 때까지 신분증을 빼지 마세요.</translation>
    </message>
    <message>
      <source>Or:</source>
      <translation>또는</translation>
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
      <source>Reading your ID card…</source>
      <translation>신분증을 읽고 있습니다…</translation>
    </message>
    <message>
      <source>Please leave your ID card in the reader.</source>
      <translation>신분증을 리더기에 그대로 두세요.</translation>
    </message>
    <message>
      <source>household members shown</source>
      <translation>세대원 표시</translation>
    </message>
    <message>
      <source>household members hidden</source>
      <translation>세대원 미표시</translation>
    </message>
    <message>
      <source>past addresses included</source>
      <translation>과거 주소 포함</translation>
    </message>
    <message>
      <source>no past addresses</source>
      <translation>과거 주소 미포함</translation>
    </message>
    <message>
      <source>resident number back digits shown</source>
      <translation>주민등록번호 뒷자리 표시</translation>
    </message>
    <message>
      <source>resident number back digits hidden</source>
      <translation>주민등록번호 뒷자리 가림</translation>
    </message>
    <message>
      <source>Put the page with your photo face down on the scanner beside the screen: the details are read by themselves.</source>
      <translation>사진이 있는 면을 화면 옆 스캐너에 엎어 놓으세요. 정보가 자동으로 읽힙니다.</translation>
    </message>
    <message>
      <source>fee waived</source>
      <translation>수수료 면제</translation>
    </message>
  </context>
  <context>
    <name>certificate</name>
    <message>
      <source>Resident</source>
      <translation>인적 사항</translation>
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
      <source>Household</source>
      <translation>세대 사항</translation>
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
      <source>Household members are not shown at your request.</source>
      <translation>신청인의 요청에 따라 세대원 표시를 생략합니다.</translation>
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
      <source>Address</source>
      <translation>주소</translation>
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
      <source>Address history</source>
      <translation>주소 변동 사항</translation>
    </message>
    <message>
      <source>Past addresses are not shown at your request.</source>
      <translation>신청인의 요청에 따라 과거 주소 변동 사항 표시를 생략합니다.</translation>
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
      <source>Relation</source>
      <translation>관계</translation>
    </message>
    <message>
      <source>Local taxes</source>
      <translation>지방세</translation>
    </message>
    <message>
      <source>There are no overdue local taxes as of {date}.</source>
      <translation>{date} 현재 체납된 지방세가 없습니다.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>기간</translation>
    </message>
    <message>
      <source>Registration base</source>
      <translation>등록기준지</translation>
    </message>
    <message>
      <source>now</source>
      <translation>현재</translation>
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
      <source>Identifies this kiosk among the center's kiosks.</source>
      <translation>센터의 키오스크 가운데 이 키오스크를 식별합니다.</translation>
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
      <source>Trust the test CSCA</source>
      <translation>테스트용 CSCA 신뢰</translation>
    </message>
    <message>
      <source>Accept chips signed under the test-only CSCA shipped with the kiosk (the demo's mock chips). Turn off on a kiosk that serves real residents.</source>
      <translation>키오스크에 포함된 테스트 전용 CSCA로 서명된 칩(데모의 모의 칩)을 받아들입니다. 실제 주민을 상대하는 키오스크에서는 끄세요.</translation>
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
      <source>Accept chips whose security object (EF.SOD) is missing or does not verify. Only for kiosks that issue no certificates: it cannot be on while any document is enabled.</source>
      <translation>보안 객체(EF.SOD)가 없거나 검증되지 않는 칩을 받아들입니다. 증명서를 발급하지 않는 키오스크 전용입니다. 발급 문서가 하나라도 켜져 있으면 켤 수 없습니다.</translation>
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
      <source>Residents the records mark as fee-exempt (for example recipients of basic livelihood support) pay nothing.</source>
      <translation>기록상 수수료 면제 대상인 주민(예: 기초생활수급자)은 수수료를 내지 않습니다.</translation>
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
      <source>On: every job needs a full status answer (DLE EOT) before and after it, or it fails. Off: the printer or its connection cannot answer; tickets print unchecked (residents are asked to check the slot) and paid documents are refused.</source>
      <translation>켜짐: 모든 인쇄 작업 전후에 완전한 상태 응답(DLE EOT)이 있어야 하며, 없으면 실패로 처리합니다. 꺼짐: 프린터나 연결이 상태를 알려 주지 못합니다. 번호표는 확인 없이 인쇄되고(주민에게 출구 확인 안내) 유료 증명서는 발급하지 않습니다.</translation>
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
      <source>Serial device path, e.g. /dev/ttyUSB0 or COM3.</source>
      <translation>시리얼 장치 경로입니다 (예: /dev/ttyUSB0 또는 COM3).</translation>
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
      <source>Document id</source>
      <translation>증명서 ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _).</source>
      <translation>짧고 바뀌지 않는 식별자입니다 (영문 소문자, 숫자, - 또는 _).</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>이름</translation>
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
      <source>Choices offered before printing: household_members, rrn_back (resident number back digits), address_history. Copies are always offered.</source>
      <translation>인쇄 전에 제공할 선택 사항: household_members, rrn_back(주민등록번호 뒷자리), address_history. 부수 선택은 항상 제공됩니다.</translation>
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
      <source>Last day residents can register.</source>
      <translation>주민이 신청할 수 있는 마지막 날입니다.</translation>
    </message>
    <message>
      <source>Disabled courses are hidden on the kiosk.</source>
      <translation>사용하지 않는 강좌는 키오스크에 표시되지 않습니다.</translation>
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
      <source>"{value}" is already used by {other}</source>
      <translation>"{value}"은(는) 이미 {other}에서 사용하고 있습니다</translation>
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
      <source>puts the lowest controls {height} mm above the floor; they must be at least {minimum} mm up, within reach from a wheelchair</source>
      <translation>가장 낮은 버튼이 바닥에서 {height}mm 높이에 옵니다. 휠체어에서 손이 닿도록 {minimum}mm 이상이어야 합니다</translation>
    </message>
    <message>
      <source>overlaps the band of {other}</source>
      <translation>{other}의 번호 구간과 겹칩니다</translation>
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
      <source>How long the take-your-ticket screen stays before returning home.</source>
      <translation>'번호표를 받아 가세요' 화면이 처음 화면으로 돌아가기 전까지 표시되는 시간입니다.</translation>
    </message>
    <message>
      <source>Run fullscreen (turn off only for development).</source>
      <translation>전체 화면으로 실행합니다 (개발할 때만 끄세요).</translation>
    </message>
  </context>
  <context>
    <name>counter</name>
    <message>
      <source>Queue</source>
      <translation>대기열</translation>
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
      <source>Staff calls from kiosks (double-click to dismiss)</source>
      <translation>키오스크의 직원 호출 (두 번 클릭하면 지워짐)</translation>
    </message>
    <message>
      <source>Temporarily unavailable: the queue database does not answer. Retrying…</source>
      <translation>일시적으로 사용할 수 없습니다. 대기열 데이터베이스가 응답하지 않아 다시 시도하는 중…</translation>
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
      <source>No ticket at this counter</source>
      <translation>이 창구에 배정된 번호가 없습니다</translation>
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
      <source>Temporarily unavailable; try again in a moment.</source>
      <translation>일시적으로 사용할 수 없습니다. 잠시 후 다시 시도하세요.</translation>
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
    <name>counter_programmes</name>
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
      <source>Cancel registration</source>
      <translation>신청 취소</translation>
    </message>
    <message>
      <source>The registrations could not be read: {error}</source>
      <translation>신청 내역을 읽지 못했습니다: {error}</translation>
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
      <source>Registered {registered}/{capacity} · waiting {waiting}/{waiting_list}</source>
      <translation>신청 {registered}/{capacity}명 · 대기 {waiting}/{waiting_list}명</translation>
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
      <source>{number} moved from the waiting list to a place: please call them.</source>
      <translation>대기자 {number}이(가) 신청 확정되었습니다. 연락해 주세요.</translation>
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
    <name>home</name>
    <message>
      <source>Tap to take a queue number for this service.</source>
      <translation>누르면 이 업무의 번호표가 나옵니다.</translation>
    </message>
    <message>
      <source>Waiting: {count}</source>
      <translation>대기 {count}명</translation>
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
      <source>Priority (elderly, disabled, pregnant)</source>
      <translation>교통약자 우선</translation>
    </message>
    <message>
      <source>Print a certificate (등본, 초본…)</source>
      <translation>증명서 발급 (등본, 초본…)</translation>
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
      <source>Other services</source>
      <translation>그 밖의 업무</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>Shift</source>
      <translation>쌍자음</translation>
    </message>
    <message>
      <source>The next key types a double consonant, ㅒ or ㅖ</source>
      <translation>다음 글자를 쌍자음이나 ㅒ, ㅖ로 입력합니다</translation>
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
      <translation>전체 지우기</translation>
    </message>
    <message>
      <source>Clear the name</source>
      <translation>입력한 이름을 모두 지웁니다</translation>
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
    <name>nav</name>
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
      <source>Staff cannot be called from this kiosk right now. Please ask at the counter.</source>
      <translation>지금은 이 기기에서 직원을 호출할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>A member of staff has been called. Please wait here.</source>
      <translation>직원을 불렀습니다. 이곳에서 잠시 기다려 주세요.</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
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
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds}초 뒤 처음 화면으로 돌아갑니다</translation>
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
      <source>Please pay the fee of {fee} at the centre's counter by {date}, with this slip.</source>
      <translation>{date}까지 이 확인증을 가지고 센터 창구에서 수강료 {fee}을 납부해 주세요.</translation>
    </message>
    <message>
      <source>This course is free. Please come to the first class on {date}.</source>
      <translation>무료 강좌입니다. {date} 첫 수업에 참석해 주세요.</translation>
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
      <source>Course registration is temporarily unavailable. Please ask at the counter.</source>
      <translation>강좌 신청을 일시적으로 이용할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
      <source>Please type your mobile number: 010 and then 8 more digits, for example 010-1234-5678.</source>
      <translation>휴대전화 번호를 입력해 주세요. 010 다음에 8자리를 입력합니다. 예: 010-1234-5678</translation>
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
      <source>Deleted.</source>
      <translation>지웠습니다.</translation>
    </message>
    <message>
      <source>Your mobile phone number</source>
      <translation>휴대전화 번호 입력</translation>
    </message>
    <message>
      <source>Type your mobile phone number, starting with 010. The centre contacts you at this number about the course.</source>
      <translation>010으로 시작하는 휴대전화 번호를 입력해 주세요. 강좌 관련 안내는 이 번호로 연락드립니다.</translation>
    </message>
    <message>
      <source>Mobile phone number</source>
      <translation>휴대전화 번호</translation>
    </message>
    <message>
      <source>{count} digits typed</source>
      <translation>{count}자리 입력됨</translation>
    </message>
    <message>
      <source>Your number is stored encrypted, used only for this course, and printed on the slip with the middle digits hidden.</source>
      <translation>입력하신 번호는 암호화하여 보관하며 이 강좌에만 사용합니다. 확인증에는 가운데 자리를 가려서 인쇄합니다.</translation>
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
      <source>{count} letters typed</source>
      <translation>{count}글자 입력됨</translation>
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
      <source>The number is complete. Press Enter to continue.</source>
      <translation>번호를 모두 입력했습니다. 확인 버튼을 누르면 다음으로 넘어갑니다.</translation>
    </message>
    <message>
      <source>Digit entered.</source>
      <translation>숫자를 입력했습니다.</translation>
    </message>
    <message>
      <source>Mobile phone number for {course}</source>
      <translation>{course} 신청용 휴대전화 번호</translation>
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
      <source>Saving your registration…</source>
      <translation>신청을 저장하고 있습니다…</translation>
    </message>
    <message>
      <source>Please wait.</source>
      <translation>잠시만 기다려 주세요.</translation>
    </message>
    <message>
      <source>Looking up the courses. Please wait.</source>
      <translation>강좌 목록을 불러오고 있습니다. 잠시만 기다려 주세요.</translation>
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
      <source>Saved. The next attempt to reach the database uses it.</source>
      <translation>저장했습니다. 다음 데이터베이스 연결 시도부터 사용합니다.</translation>
    </message>
    <message>
      <source>could not save {path}: {error}</source>
      <translation>{path}에 저장하지 못했습니다: {error}</translation>
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
      <source>Printer changed; it is used from the next ticket.</source>
      <translation>프린터를 변경했습니다. 다음 번호표부터 적용됩니다.</translation>
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
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds}초 뒤 처음 화면으로 돌아갑니다</translation>
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
  </context>
</TS>
