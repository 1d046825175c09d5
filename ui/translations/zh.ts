<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>access</name>
    <message>
      <source>on</source>
      <translation>开</translation>
    </message>
    <message>
      <source>More time</source>
      <translation>延长时间</translation>
    </message>
    <message>
      <source>Your settings (language, voice, contrast, text size) go back to the usual ones in {seconds} s.</source>
      <translation>{seconds} 秒后，语言、语音、对比度和字号设置将恢复为默认。</translation>
    </message>
    <message>
      <source>Time is almost up: the first screen returns in {seconds} s.</source>
      <translation>时间即将用完：{seconds} 秒后返回首页。</translation>
    </message>
    <message>
      <source>Keep this screen for longer</source>
      <translation>延长此画面的停留时间</translation>
    </message>
    <message>
      <source>Contrast</source>
      <translation>高对比</translation>
    </message>
    <message>
      <source>High contrast: white text on black, for low vision</source>
      <translation>高对比度：黑底白字，适合视力不佳者</translation>
    </message>
    <message>
      <source>Big text</source>
      <translation>大字</translation>
    </message>
    <message>
      <source>Make all text twice as large</source>
      <translation>所有文字放大一倍</translation>
    </message>
    <message>
      <source>Lower</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Move everything to the lower part of the screen, within reach from a wheelchair</source>
      <translation>将所有内容移到屏幕下方，方便轮椅使用者触及</translation>
    </message>
    <message>
      <source>More time.</source>
      <translation>已延长时间。</translation>
    </message>
    <message>
      <source>Press 5 for more time.</source>
      <translation>如需延长时间，请按 5。</translation>
    </message>
  </context>
  <context>
    <name>card</name>
    <message>
      <source>The card could not be read. Please try again.</source>
      <translation>无法读取卡片。请重试。</translation>
    </message>
    <message>
      <source>The card did not accept these details. Please check the document number, birth date and expiry date.</source>
      <translation>卡片未接受所输入的信息。请核对证件号码、出生日期和有效期限。</translation>
    </message>
    <message>
      <source>This card is not supported yet. Please ask the staff at the counter.</source>
      <translation>暂不支持此卡片。请咨询窗口工作人员。</translation>
    </message>
    <message>
      <source>No card was found, or it was taken out too early. Please insert your ID card again and leave it in the reader until reading has finished.</source>
      <translation>未检测到卡片，或卡片取出过早。请重新插入身份证件，读取完成前请勿取出。</translation>
    </message>
    <message>
      <source>The card reader is not connected. Please ask the staff at the counter.</source>
      <translation>读卡器未连接。请咨询窗口工作人员。</translation>
    </message>
    <message>
      <source>The card took too long to answer. Please try again.</source>
      <translation>卡片响应超时。请重试。</translation>
    </message>
    <message>
      <source>The card could not be read. Please take it out and insert it again.</source>
      <translation>无法读取卡片。请取出后重新插入。</translation>
    </message>
    <message>
      <source>The details stored in this card's chip do not match the details you entered, so the card cannot be used here. Nothing has been printed or charged. Please ask the staff at the counter.</source>
      <translation>此卡芯片中存储的信息与您输入的信息不一致，因此无法在此使用该卡。没有打印任何内容，也没有收取任何费用。请咨询柜台工作人员。</translation>
    </message>
    <message>
      <source>This card's chip could not be verified as genuine, so certificates cannot be issued with it. Nothing has been printed or charged. Please ask the staff at the counter.</source>
      <translation>无法确认此卡芯片为真品，因此不能用它签发证明。没有打印任何内容，也没有收取任何费用。请咨询柜台工作人员。</translation>
    </message>
  </context>
  <context>
    <name>centre</name>
    <message>
      <source>This service is temporarily unavailable. Please ask at the counter.</source>
      <translation>此项服务暂时无法使用。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>其他服务</translation>
    </message>
    <message>
      <source>Choose what you came for.</source>
      <translation>请选择您要办理的业务。</translation>
    </message>
  </context>
  <context>
    <name>cert</name>
    <message>
      <source>The records found do not belong to the person on this ID card, so nothing can be issued. Nothing has been printed or charged. Please ask the staff at the counter; they have been told.</source>
      <translation>查到的记录不属于此身份证的持有人，因此无法签发任何文件。没有打印任何内容，也没有收取任何费用。请咨询柜台工作人员，已通知他们。</translation>
    </message>
    <message>
      <source>document number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>date of expiry</source>
      <translation>有效期限</translation>
    </message>
    <message>
      <source>Please type the {field} as printed in the lines at the bottom of your ID, with the check digit after it.</source>
      <translation>请按证件底部字符行中印刷的内容输入{field}，并在后面加上校验位。</translation>
    </message>
    <message>
      <source>details</source>
      <translation>信息</translation>
    </message>
    <message>
      <source>The {field} does not match its check digit. Please compare it with the lines at the bottom of your ID and type it again.</source>
      <translation>{field}与校验位不符。请对照证件底部的字符行重新输入。</translation>
    </message>
    <message>
      <source>The {field} is not a real date. Please check it.</source>
      <translation>{field}不是有效日期。请检查。</translation>
    </message>
    <message>
      <source>This kiosk's printer cannot confirm printing, so paid documents cannot be issued here. Nothing has been charged. Please ask at the counter.</source>
      <translation>本机的打印机无法确认是否打印成功，因此不能在此办理收费证明。未扣任何费用。请到窗口咨询。</translation>
    </message>
    <message>
      <source>You have not been charged, but the card payment could not be cancelled automatically; please ask at the counter to release it.</source>
      <translation>未扣任何费用，但银行卡预授权未能自动撤销；请到窗口办理撤销。</translation>
    </message>
    <message>
      <source>{reason} {charged} A member of staff has been told.</source>
      <translation>{reason}{charged}已通知工作人员。</translation>
    </message>
    <message>
      <source>A tax payment certificate cannot be issued because some local taxes are unpaid. Nothing has been charged. Please ask at the counter.</source>
      <translation>因有未缴纳的地方税，无法开具地方税纳税证明。未收取任何费用。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Something went wrong. Nothing has been charged.</source>
      <translation>出现问题。未收取任何费用。</translation>
    </message>
    <message>
      <source>{printed} of {copies} copies were printed; you were charged only for those.</source>
      <translation>{copies} 份中已打印 {printed} 份，仅按已打印的份数收费。</translation>
    </message>
    <message>
      <source>You have not been charged.</source>
      <translation>未向您收费。</translation>
    </message>
    <message>
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds} 秒后返回首页</translation>
    </message>
    <message>
      <source>More time</source>
      <translation>延长时间</translation>
    </message>
    <message>
      <source>I need more time for this step</source>
      <translation>本步骤需要更多时间</translation>
    </message>
    <message>
      <source>{amount} won</source>
      <translation>{amount} 韩元</translation>
    </message>
    <message>
      <source>Now the date of expiry: two digits each for the year, the month and the day, then the one digit that comes right after it in the long lines.</source>
      <translation>现在输入有效期截止日期：年、月、日各两位数字，然后输入长行中紧跟在它后面的那一位数字。</translation>
    </message>
    <message>
      <source>Type with the number keys. Enter goes to the next detail, star deletes, hash goes to the first screen. For a letter, press the right arrow key, again for the next letter, or the left arrow key for the one before.</source>
      <translation>请用数字键输入。确认键进入下一项，星号键删除，井号键回到首页。输入字母请按右箭头键，再按一次是下一个字母，按左箭头键是上一个字母。</translation>
    </message>
    <message>
      <source>Leave your ID card in the reader. Then type three details from the two or three long lines of letters and numbers at the bottom of the page with your photo, each with the one digit that comes right after it.</source>
      <translation>请把身份证件留在读卡器上。然后从照片页下方由字母和数字组成的两三行长行中输入三项信息，每项后面再输入紧跟其后的那一位数字。</translation>
    </message>
    <message>
      <source>Issue a certificate</source>
      <translation>开具证明</translation>
    </message>
    <message>
      <source>Choose the document you need.</source>
      <translation>请选择您需要的证明。</translation>
    </message>
    <message>
      <source>Now the document number: the letters and numbers printed as the passport or card number at the top of the page with your photo. Type them, then the one digit that comes right after the number in the long lines at the bottom of that page.</source>
      <translation>现在输入证件号码：即照片页上方印作护照号码或证件号码的字母和数字。输入后，再输入该页下方长行中紧跟在这个号码后面的那一位数字。</translation>
    </message>
    <message>
      <source>Now the date of birth: two digits each for the year, the month and the day, then the one digit that comes right after your date of birth in the long lines.</source>
      <translation>现在输入出生日期：年、月、日各两位数字，然后输入长行中紧跟在出生日期后面的那一位数字。</translation>
    </message>
    <message>
      <source>Your ID card</source>
      <translation>身份证件</translation>
    </message>
    <message>
      <source>Document number, then the digit after it</source>
      <translation>证件号码及其后的一位数字</translation>
    </message>
    <message>
      <source>Date of birth (year, month, day), then the digit after it</source>
      <translation>出生日期（年、月、日）及其后的一位数字</translation>
    </message>
    <message>
      <source>Date of expiry (year, month, day), then the digit after it</source>
      <translation>有效期截止日期（年、月、日）及其后的一位数字</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Read the ID card with these details</source>
      <translation>用以上信息读取身份证件</translation>
    </message>
    <message>
      <source>Include past addresses</source>
      <translation>包含过往地址</translation>
    </message>
    <message>
      <source>Print the address history</source>
      <translation>打印地址变动记录</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>Copies: {copies}</source>
      <translation>份数：{copies} 份</translation>
    </message>
    <message>
      <source>One copy fewer</source>
      <translation>减少一份</translation>
    </message>
    <message>
      <source>One copy more</source>
      <translation>增加一份</translation>
    </message>
    <message>
      <source>See the summary</source>
      <translation>查看确认信息</translation>
    </message>
    <message>
      <source>Check and pay</source>
      <translation>确认并支付</translation>
    </message>
    <message>
      <source>Options: {options}</source>
      <translation>选项：{options}</translation>
    </message>
    <message>
      <source>Fee per copy: {fee}</source>
      <translation>每份费用：{fee}</translation>
    </message>
    <message>
      <source>Please take your documents</source>
      <translation>请取走您的证明</translation>
    </message>
    <message>
      <source>Your documents and receipt are below the screen. Please take your ID card too.</source>
      <translation>证明和收据在屏幕下方。请同时取回您的身份证件。</translation>
    </message>
    <message>
      <source>Issuance numbers: {numbers}</source>
      <translation>签发编号：{numbers}</translation>
    </message>
    <message>
      <source>The certificate could not be issued</source>
      <translation>未能开具证明</translation>
    </message>
    <message>
      <source>Choose another document</source>
      <translation>选择其他证明</translation>
    </message>
    <message>
      <source>Go back and choose another document</source>
      <translation>返回并选择其他证明</translation>
    </message>
    <message>
      <source>{fee} per copy</source>
      <translation>每份 {fee}</translation>
    </message>
    <message>
      <source>free of charge</source>
      <translation>免费</translation>
    </message>
    <message>
      <source>Print this document. {fee}</source>
      <translation>打印此证明。{fee}</translation>
    </message>
    <message>
      <source>This detail is complete. Press Enter to go on.</source>
      <translation>此项已输入完整。请按确认键继续。</translation>
    </message>
    <message>
      <source>Digit entered.</source>
      <translation>已输入数字。</translation>
    </message>
    <message>
      <source>Letter entered.</source>
      <translation>已输入字母。</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>已删除。</translation>
    </message>
    <message>
      <source>All three details are typed. Press Enter to read your ID card.</source>
      <translation>三项信息都已输入。请按确认键读取身份证件。</translation>
    </message>
    <message>
      <source>{count} characters typed</source>
      <translation>已输入 {count} 个字符</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>支付</translation>
    </message>
    <message>
      <source>Cancel payment</source>
      <translation>取消付款</translation>
    </message>
    <message>
      <source>Stop paying and go back to the summary. Nothing is charged.</source>
      <translation>停止付款并返回确认信息页面。不会收取任何费用。</translation>
    </message>
    <message>
      <source>Show household members</source>
      <translation>显示家庭成员</translation>
    </message>
    <message>
      <source>List everyone in the household</source>
      <translation>列出户内所有成员</translation>
    </message>
    <message>
      <source>Show full resident numbers</source>
      <translation>显示完整居民登录号</translation>
    </message>
    <message>
      <source>Without this, the back digits of resident numbers are hidden</source>
      <translation>如不选择，居民登录号的后几位将被隐藏</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Document: {name}</source>
      <translation>证明：{name}</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>合计：{total}</translation>
    </message>
    <message>
      <source>Pay {total} and print</source>
      <translation>支付 {total} 并打印</translation>
    </message>
    <message>
      <source>You pay only for what prints</source>
      <translation>仅按实际打印份数收费</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <source>No fee to pay</source>
      <translation>无需付费</translation>
    </message>
    <message>
      <source>Printed issuance numbers: {numbers}</source>
      <translation>已打印的签发编号：{numbers}</translation>
    </message>
    <message>
      <source>Please tap or insert your payment card on the card terminal: {amount}.</source>
      <translation>请在刷卡终端上感应或插入支付卡。金额：{amount}。</translation>
    </message>
    <message>
      <source>No fee to pay. One moment, please.</source>
      <translation>无需付费。请稍候。</translation>
    </message>
    <message>
      <source>Printing your documents…</source>
      <translation>正在打印证明…</translation>
    </message>
    <message>
      <source>Please wait. Do not take your ID card out until printing has finished.</source>
      <translation>请稍候。打印完成前请勿取出身份证件。</translation>
    </message>
    <message>
      <source>Or:</source>
      <translation>或者：</translation>
    </message>
    <message>
      <source>Identity confirmed</source>
      <translation>身份已确认</translation>
    </message>
    <message>
      <source>Looking up your records. Please wait.</source>
      <translation>正在查询您的记录。请稍候。</translation>
    </message>
    <message>
      <source>Reading your ID card…</source>
      <translation>正在读取身份证件…</translation>
    </message>
    <message>
      <source>Please leave your ID card in the reader.</source>
      <translation>请将身份证件留在读卡器中。</translation>
    </message>
    <message>
      <source>household members shown</source>
      <translation>显示家庭成员</translation>
    </message>
    <message>
      <source>household members hidden</source>
      <translation>不显示家庭成员</translation>
    </message>
    <message>
      <source>past addresses included</source>
      <translation>包含过往地址</translation>
    </message>
    <message>
      <source>no past addresses</source>
      <translation>不含过往地址</translation>
    </message>
    <message>
      <source>resident number back digits shown</source>
      <translation>显示居民登录号后几位</translation>
    </message>
    <message>
      <source>resident number back digits hidden</source>
      <translation>隐藏居民登录号后几位</translation>
    </message>
    <message>
      <source>Put the page with your photo face down on the scanner beside the screen: the details are read by themselves.</source>
      <translation>请把有照片的一页朝下放在屏幕旁的扫描仪上，信息会自动读取。</translation>
    </message>
    <message>
      <source>fee waived</source>
      <translation>免收费用</translation>
    </message>
  </context>
  <context>
    <name>certificate</name>
    <message>
      <source>Resident</source>
      <translation>居民信息</translation>
    </message>
    <message>
      <source>Issuance number</source>
      <translation>签发编号</translation>
    </message>
    <message>
      <source>This certifies that the above agrees with the records as of {date}.</source>
      <translation>兹证明以上内容与截至 {date} 的记录一致。</translation>
    </message>
    <message>
      <source>Check this document with its issuance number or by scanning the code.</source>
      <translation>可通过签发编号或扫描二维码核验本文件。</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>户信息</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>签发时间</translation>
    </message>
    <message>
      <source>Kiosk</source>
      <translation>自助机</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>份数</translation>
    </message>
    <message>
      <source>{copy} of {copies}</source>
      <translation>第 {copy} 份，共 {copies} 份</translation>
    </message>
    <message>
      <source>Household members are not shown at your request.</source>
      <translation>应申请人要求，不显示家庭成员。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Resident no.</source>
      <translation>居民登录号</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>户主</translation>
    </message>
    <message>
      <source>Moved in</source>
      <translation>迁入日期</translation>
    </message>
    <message>
      <source>Address history</source>
      <translation>地址变动记录</translation>
    </message>
    <message>
      <source>Past addresses are not shown at your request.</source>
      <translation>应申请人要求，不显示过往地址。</translation>
    </message>
    <message>
      <source>Self</source>
      <translation>本人</translation>
    </message>
    <message>
      <source>Family</source>
      <translation>家庭关系</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Local taxes</source>
      <translation>地方税</translation>
    </message>
    <message>
      <source>There are no overdue local taxes as of {date}.</source>
      <translation>截至 {date}，无拖欠的地方税。</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>Registration base</source>
      <translation>登记基准地</translation>
    </message>
    <message>
      <source>now</source>
      <translation>至今</translation>
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <source>empty key</source>
      <translation>键为空</translation>
    </message>
    <message>
      <source>malformed key "{key}" (expected e.g. devices.printer.backend)</source>
      <translation>键格式错误："{key}"（例如 devices.printer.backend）</translation>
    </message>
    <message>
      <source>no such item</source>
      <translation>没有此项</translation>
    </message>
    <message>
      <source>not a table</source>
      <translation>不是表</translation>
    </message>
    <message>
      <source>no such setting</source>
      <translation>没有此设置</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} 或 {last}</translation>
    </message>
    <message>
      <source>list</source>
      <translation>列表</translation>
    </message>
    <message>
      <source>tuple</source>
      <translation>列表</translation>
    </message>
    <message>
      <source>input should be a valid boolean, got {value}</source>
      <translation>必须是 true 或 false，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid boolean, unable to interpret input, got {value}</source>
      <translation>无法识别为布尔值，必须是 true 或 false，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, got {value}</source>
      <translation>必须是整数，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, unable to parse string as an integer, got {value}</source>
      <translation>无法解析为整数，必须是整数，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid integer, got a number with a fractional part, got {value}</source>
      <translation>必须是整数，不能带小数，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid number, got {value}</source>
      <translation>必须是数字，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid number, unable to parse string as a number, got {value}</source>
      <translation>无法解析为数字，必须是数字，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a finite number, got {value}</source>
      <translation>必须是有限数字（不能是 nan 或 inf），输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid string, got {value}</source>
      <translation>必须是字符串，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid list, got {value}</source>
      <translation>必须是列表（例如 [1, 2]），输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid tuple, got {value}</source>
      <translation>必须是列表（例如 [1, 2]），输入值：{value}</translation>
    </message>
    <message>
      <source>invalid value ({detail})</source>
      <translation>值无效（{detail}）</translation>
    </message>
    <message>
      <source>must be one of {expected}, got {value}</source>
      <translation>必须是 {expected} 之一，输入值：{value}</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>表</translation>
    </message>
    <message>
      <source>input should be greater than {gt}, got {value}</source>
      <translation>必须大于 {gt}，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be greater than or equal to {ge}, got {value}</source>
      <translation>必须大于或等于 {ge}，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be less than {lt}, got {value}</source>
      <translation>必须小于 {lt}，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be less than or equal to {le}, got {value}</source>
      <translation>必须小于或等于 {le}，输入值：{value}</translation>
    </message>
    <message>
      <source>string should match pattern '{pattern}', got {value}</source>
      <translation>格式不符合模式 '{pattern}'，输入值：{value}</translation>
    </message>
    <message>
      <source>input should be a valid dictionary or instance of {name}, got {value}</source>
      <translation>必须是表（{name}），输入值：{value}</translation>
    </message>
    <message>
      <source>string should have at least {n} characters, got {value}</source>
      <translation>至少需要 {n} 个字符，输入值：{value}</translation>
    </message>
    <message>
      <source>string should have at least {n} character, got {value}</source>
      <translation>至少需要 {n} 个字符（不能为空），输入值：{value}</translation>
    </message>
    <message>
      <source>string should have at most {n} characters, got {value}</source>
      <translation>最多 {n} 个字符，输入值：{value}</translation>
    </message>
    <message>
      <source>string should have at most {n} character, got {value}</source>
      <translation>最多 {n} 个字符，输入值：{value}</translation>
    </message>
    <message>
      <source>{container} should have at least {n} items after validation, not {actual}, got {value}</source>
      <translation>{container}至少需要 {n} 项（现有 {actual} 项），输入值：{value}</translation>
    </message>
    <message>
      <source>{container} should have at least {n} item after validation, not {actual}, got {value}</source>
      <translation>{container}至少需要 {n} 项（现有 {actual} 项），输入值：{value}</translation>
    </message>
    <message>
      <source>{container} should have at most {n} items after validation, not {actual}, got {value}</source>
      <translation>{container}最多 {n} 项（现有 {actual} 项），输入值：{value}</translation>
    </message>
    <message>
      <source>{container} should have at most {n} item after validation, not {actual}, got {value}</source>
      <translation>{container}最多 {n} 项（现有 {actual} 项），输入值：{value}</translation>
    </message>
    <message>
      <source>unknown key (check the spelling; see `kiosk config show` for valid keys)</source>
      <translation>未知的键（请检查拼写；有效的键可用 `kiosk config show` 查看）</translation>
    </message>
    <message>
      <source>required, but missing</source>
      <translation>必填项，但缺失</translation>
    </message>
    <message>
      <source>nested more than {limit} levels deep (line {line})</source>
      <translation>嵌套超过 {limit} 层（第 {line} 行）</translation>
    </message>
    <message>
      <source>nested more than {limit} levels deep</source>
      <translation>嵌套超过 {limit} 层</translation>
    </message>
    <message>
      <source>not valid TOML: {error}</source>
      <translation>不是有效的 TOML：{error}</translation>
    </message>
    <message>
      <source>file is not UTF-8 text</source>
      <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
      <source>not a regular file (a folder, FIFO or device); refusing to read it</source>
      <translation>不是普通文件（文件夹、FIFO 或设备），拒绝读取</translation>
    </message>
    <message>
      <source>file is larger than {limit} KiB; a config file is a few KB</source>
      <translation>文件大于 {limit} KiB；配置文件通常只有几 KB</translation>
    </message>
    <message>
      <source>cannot read file: {error}</source>
      <translation>无法读取文件：{error}</translation>
    </message>
    <message>
      <source>Center name</source>
      <translation>中心名称</translation>
    </message>
    <message>
      <source>Shown on the home screen and printed on every ticket and document.</source>
      <translation>显示在首页，并打印在每张号码单和每份证明上。</translation>
    </message>
    <message>
      <source>Center code</source>
      <translation>中心代码</translation>
    </message>
    <message>
      <source>Identifies this center in issuance numbers and audit records.</source>
      <translation>在签发编号和审计记录中标识本中心。</translation>
    </message>
    <message>
      <source>Kiosk id</source>
      <translation>自助机 ID</translation>
    </message>
    <message>
      <source>Identifies this kiosk among the center's kiosks.</source>
      <translation>在本中心的各台自助机中标识这一台。</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <source>Business days (and daily queue numbering) start at midnight in this zone.</source>
      <translation>营业日（及每日排队编号）从该时区的午夜开始。</translation>
    </message>
    <message>
      <source>unknown time zone, got "{value}" (for example "Asia/Seoul")</source>
      <translation>未知的时区（例如 "Asia/Seoul"），输入值："{value}"</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>韩语</translation>
    </message>
    <message>
      <source>Name shown in Korean.</source>
      <translation>以韩语显示的名称。</translation>
    </message>
    <message>
      <source>English</source>
      <translation>英语</translation>
    </message>
    <message>
      <source>Name shown in English.</source>
      <translation>以英语显示的名称。</translation>
    </message>
    <message>
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <source>Name shown in Simplified Chinese.</source>
      <translation>以简体中文显示的名称。</translation>
    </message>
    <message>
      <source>Vietnamese</source>
      <translation>越南语</translation>
    </message>
    <message>
      <source>Name shown in Vietnamese.</source>
      <translation>以越南语显示的名称。</translation>
    </message>
    <message>
      <source>must start with a lowercase letter and use only a-z, 0-9, - or _ (max 32), got "{value}"</source>
      <translation>必须以小写字母开头，只能使用 a-z、0-9、- 或 _（最多 32 个字符），输入值："{value}"</translation>
    </message>
    <message>
      <source>required when backend = "{backend}": add its [{backend}] table</source>
      <translation>backend = "{backend}" 时必须提供：请添加 [{backend}] 表</translation>
    </message>
    <message>
      <source>Priority share</source>
      <translation>优先号比例</translation>
    </message>
    <message>
      <source>Largest share of calls in which a priority ticket may go ahead of earlier ones (1/3: at most one call in three; 0: priority tickets wait their turn).</source>
      <translation>优先号码可排在较早号码之前被叫到的最大叫号比例（1/3：每三次最多一次；0：优先号码按顺序等候）。</translation>
    </message>
    <message>
      <source>Service time weight</source>
      <translation>办理时间权重</translation>
    </message>
    <message>
      <source>Weight of the newest measured service in the running average used for wait estimates (higher follows recent changes faster).</source>
      <translation>用于估算等候时间的移动平均中最新一次实测办理时间的权重（越高越快反映近期变化）。</translation>
    </message>
    <message>
      <source>Unprinted after (s)</source>
      <translation>未打印判定时间（秒）</translation>
    </message>
    <message>
      <source>A ticket still unprinted after this long (its kiosk stopped) is shown to staff as a print failure and can be called.</source>
      <translation>超过此时长仍未打印的号码（其自助机已停止）将向工作人员显示为打印失败，并可被叫号。</translation>
    </message>
    <message>
      <source>Staff calls shown (minutes)</source>
      <translation>呼叫工作人员显示时长（分钟）</translation>
    </message>
    <message>
      <source>How long a resident's call for staff from a kiosk stays listed at counters.</source>
      <translation>居民在自助机上发出的呼叫工作人员请求在窗口列表中保留的时间。</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>打印机</translation>
    </message>
    <message>
      <source>The receipt printer.</source>
      <translation>小票打印机。</translation>
    </message>
    <message>
      <source>Card reader</source>
      <translation>读卡器</translation>
    </message>
    <message>
      <source>The ID card reader.</source>
      <translation>身份证件读卡器。</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>语音</translation>
    </message>
    <message>
      <source>Voice guidance.</source>
      <translation>语音引导。</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>支付</translation>
    </message>
    <message>
      <source>How certificate fees are paid.</source>
      <translation>证明费用的支付方式。</translation>
    </message>
    <message>
      <source>Scripted identity</source>
      <translation>预设身份</translation>
    </message>
    <message>
      <source>Which fictional resident the mock card holds.</source>
      <translation>模拟卡中存储的虚构居民。</translation>
    </message>
    <message>
      <source>Simulated fault</source>
      <translation>模拟故障</translation>
    </message>
    <message>
      <source>Make the mock reader fail (for tests). cloned_dg1: the chip accepts this resident's details but holds another resident's data; no_sod: no security object; bad_sod_hash: the data does not match its signed hash.</source>
      <translation>让模拟读卡器出错（用于测试）。cloned_dg1：芯片接受此居民的信息，但存有另一位居民的数据；no_sod：没有安全对象；bad_sod_hash：数据与签名的哈希值不符。</translation>
    </message>
    <message>
      <source>Card inserted at start</source>
      <translation>启动时已插卡</translation>
    </message>
    <message>
      <source>Whether the mock reader starts with the scripted card inserted.</source>
      <translation>模拟读卡器启动时是否已插入预设卡片。</translation>
    </message>
    <message>
      <source>Slow card delay (ms)</source>
      <translation>慢卡延迟（ms）</translation>
    </message>
    <message>
      <source>How long a read takes with the slow fault.</source>
      <translation>slow 故障时读取所需的时间。</translation>
    </message>
    <message>
      <source>Card UID</source>
      <translation>卡片 UID</translation>
    </message>
    <message>
      <source>The UID (hex) the mock card reports, e.g. to test technician cards.</source>
      <translation>模拟卡报告的 UID（十六进制），例如用于测试技术人员卡。</translation>
    </message>
    <message>
      <source>Reader name pattern</source>
      <translation>读卡器名称匹配</translation>
    </message>
    <message>
      <source>Use readers whose name contains this text (empty: any reader); the first one holding a card is read.</source>
      <translation>使用名称中包含此文本的读卡器（留空：任意读卡器）；读取第一个插有卡片的读卡器。</translation>
    </message>
    <message>
      <source>Timeout (s)</source>
      <translation>超时（秒）</translation>
    </message>
    <message>
      <source>Per-command timeout.</source>
      <translation>每条命令的超时。</translation>
    </message>
    <message>
      <source>Card protocol</source>
      <translation>卡片协议</translation>
    </message>
    <message>
      <source>Transmission protocol to ask for; any lets the reader choose.</source>
      <translation>请求使用的传输协议；any 表示由读卡器选择。</translation>
    </message>
    <message>
      <source>Poll interval (s)</source>
      <translation>轮询间隔（秒）</translation>
    </message>
    <message>
      <source>How often readers and card presence are checked (and pcscd reconnected).</source>
      <translation>检查读卡器和卡片是否存在（以及重新连接 pcscd）的频率。</translation>
    </message>
    <message>
      <source>Trust the test CSCA</source>
      <translation>信任测试用 CSCA</translation>
    </message>
    <message>
      <source>Accept chips signed under the test-only CSCA shipped with the kiosk (the demo's mock chips). Turn off on a kiosk that serves real residents.</source>
      <translation>接受由本机附带的仅供测试的 CSCA 签名的芯片（演示用的模拟芯片）。为真实居民服务的自助机请关闭此项。</translation>
    </message>
    <message>
      <source>CSCA certificates</source>
      <translation>CSCA 证书</translation>
    </message>
    <message>
      <source>PEM or DER files, or folders of them, with the country signing CA certificates that Document Signer certificates on chips must chain to.</source>
      <translation>包含国家签名 CA（CSCA）证书的 PEM 或 DER 文件或其所在文件夹；芯片上的文档签名者证书必须由其签发。</translation>
    </message>
    <message>
      <source>Revocation lists</source>
      <translation>吊销列表</translation>
    </message>
    <message>
      <source>Optional PEM or DER CRLs of those CSCAs; a revoked Document Signer is refused.</source>
      <translation>这些 CSCA 的 PEM 或 DER 格式证书吊销列表（CRL，可选）；已吊销的文档签名者将被拒绝。</translation>
    </message>
    <message>
      <source>Accept unverified chips (ticket-only kiosks)</source>
      <translation>接受未验证的芯片（仅发号的自助机）</translation>
    </message>
    <message>
      <source>Accept chips whose security object (EF.SOD) is missing or does not verify. Only for kiosks that issue no certificates: it cannot be on while any document is enabled.</source>
      <translation>接受缺少安全对象（EF.SOD）或其无法验证的芯片。仅适用于不签发证明的自助机：只要启用了任何文件，就不能打开此项。</translation>
    </message>
    <message>
      <source>Card reader backend</source>
      <translation>读卡器后端</translation>
    </message>
    <message>
      <source>How the kiosk reads ID chips.</source>
      <translation>自助机读取证件芯片的方式。</translation>
    </message>
    <message>
      <source>Chip verification</source>
      <translation>芯片验证</translation>
    </message>
    <message>
      <source>Trusted chip signers (CSCA certificates) and what to do with chips that cannot be verified.</source>
      <translation>受信任的芯片签名者（CSCA 证书），以及如何处理无法验证的芯片。</translation>
    </message>
    <message>
      <source>MRZ scanner</source>
      <translation>MRZ 扫描仪</translation>
    </message>
    <message>
      <source>An MRZ document scanner beside the card reader: keyboard: a USB scanner that types the lines (read on the ID screen). The ID screen and the voice guide offer it before typing the details.</source>
      <translation>读卡器旁的 MRZ 证件扫描仪。keyboard：像键盘一样输入各行的 USB 扫描仪（在身份证件页面读取）。证件页面和语音引导会先于手动输入推荐它。</translation>
    </message>
    <message>
      <source>Mock reader</source>
      <translation>模拟读卡器</translation>
    </message>
    <message>
      <source>Options for tests.</source>
      <translation>测试用选项。</translation>
    </message>
    <message>
      <source>PC/SC</source>
      <translation>PC/SC</translation>
    </message>
    <message>
      <source>PC/SC reader options.</source>
      <translation>PC/SC 读卡器选项。</translation>
    </message>
    <message>
      <source>Scripted answers</source>
      <translation>预设应答</translation>
    </message>
    <message>
      <source>What the mock terminal answers to each authorization, in turn (the last answer repeats); no_card waits the whole time limit for a card; hang never answers (a terminal that froze).</source>
      <translation>模拟终端对每次授权依次给出的应答（最后一个应答会重复）；no_card 会等满整个时限；hang 永不应答（死机的终端）。</translation>
    </message>
    <message>
      <source>Delay (ms)</source>
      <translation>延迟（ms）</translation>
    </message>
    <message>
      <source>Simulated time the resident takes to tap or insert a card.</source>
      <translation>模拟居民感应或插入卡片所需的时间。</translation>
    </message>
    <message>
      <source>Capture fault</source>
      <translation>扣款故障</translation>
    </message>
    <message>
      <source>Make the mock terminal's capture fail (raise) or never answer (hang).</source>
      <translation>让模拟终端的扣款失败（raise）或永不应答（hang）。</translation>
    </message>
    <message>
      <source>Void fault</source>
      <translation>撤销故障</translation>
    </message>
    <message>
      <source>Make the mock terminal's void fail (raise) or never answer (hang).</source>
      <translation>让模拟终端的撤销失败（raise）或永不应答（hang）。</translation>
    </message>
    <message>
      <source>Payment backend</source>
      <translation>支付后端</translation>
    </message>
    <message>
      <source>free: every fee is waived; mock: a scripted card terminal (tests, demo).</source>
      <translation>free：免收所有费用；mock：模拟刷卡终端（测试、演示）。</translation>
    </message>
    <message>
      <source>Waive fees for exempt residents</source>
      <translation>为免费对象免收费用</translation>
    </message>
    <message>
      <source>Residents the records mark as fee-exempt (for example recipients of basic livelihood support) pay nothing.</source>
      <translation>记录中标记为免费对象的居民（例如基本生活保障领取者）无需付费。</translation>
    </message>
    <message>
      <source>Payment time limit (s)</source>
      <translation>支付时限（秒）</translation>
    </message>
    <message>
      <source>How long the terminal waits for the resident's card.</source>
      <translation>终端等待居民出示卡片的时间。</translation>
    </message>
    <message>
      <source>Terminal answer limit (s)</source>
      <translation>终端应答时限（秒）</translation>
    </message>
    <message>
      <source>How long a capture or void may take, and an authorization beyond the card wait, before the kiosk stops waiting, tells staff and releases the resident.</source>
      <translation>扣款或撤销所能耗用的时间，以及授权在等待刷卡时限之外还能耗用的时间；超过后自助机停止等待、通知工作人员并让居民离开。</translation>
    </message>
    <message>
      <source>Mock terminal</source>
      <translation>模拟终端</translation>
    </message>
    <message>
      <source>Options for tests and the demo.</source>
      <translation>测试和演示用选项。</translation>
    </message>
    <message>
      <source>Paper width (mm)</source>
      <translation>纸宽（mm）</translation>
    </message>
    <message>
      <source>58 mm = 384 dots, 80 mm = 576 dots.</source>
      <translation>58 mm = 384 点，80 mm = 576 点。</translation>
    </message>
    <message>
      <source>Korean text mode</source>
      <translation>韩文打印模式</translation>
    </message>
    <message>
      <source>native: the printer's KS X 1001 (CP949) font; raster: text sent as an image.</source>
      <translation>native：使用打印机内置的 KS X 1001（CP949）字体；raster：以图像方式发送文字。</translation>
    </message>
    <message>
      <source>QR code mode</source>
      <translation>二维码模式</translation>
    </message>
    <message>
      <source>native: the printer draws the QR (GS ( k); image: sent as a raster image.</source>
      <translation>native：由打印机绘制二维码（GS ( k）；image：以光栅图像发送。</translation>
    </message>
    <message>
      <source>Paper cut</source>
      <translation>切纸</translation>
    </message>
    <message>
      <source>Cut after each job.</source>
      <translation>每个任务完成后切纸。</translation>
    </message>
    <message>
      <source>Print density</source>
      <translation>打印浓度</translation>
    </message>
    <message>
      <source>Where supported (0-8).</source>
      <translation>仅在打印机支持时有效（0-8）。</translation>
    </message>
    <message>
      <source>Printer reports its status</source>
      <translation>打印机会报告状态</translation>
    </message>
    <message>
      <source>On: every job needs a full status answer (DLE EOT) before and after it, or it fails. Off: the printer or its connection cannot answer; tickets print unchecked (residents are asked to check the slot) and paid documents are refused.</source>
      <translation>开启：每个打印任务前后都必须收到完整的状态应答（DLE EOT），否则视为失败。关闭：打印机或其连接无法应答；号码票不经确认直接打印（提示居民查看出纸口），收费证明一律拒绝办理。</translation>
    </message>
    <message>
      <source>Refuse on unknown status (no longer used)</source>
      <translation>状态未知时拒绝打印（已不再使用）</translation>
    </message>
    <message>
      <source>Kept so older files load: an unknown status is always a failed job now. For a printer that cannot answer, turn off reports_status instead.</source>
      <translation>保留此项仅为兼容旧配置文件：现在状态未知一律视为打印失败。若打印机无法应答状态，请改为关闭 reports_status。</translation>
    </message>
    <message>
      <source>Make the mock printer fail (for tests).</source>
      <translation>使模拟打印机出错（用于测试）。</translation>
    </message>
    <message>
      <source>Simulated printing time.</source>
      <translation>模拟打印时间。</translation>
    </message>
    <message>
      <source>Vendor id</source>
      <translation>厂商 ID</translation>
    </message>
    <message>
      <source>USB vendor id.</source>
      <translation>USB 厂商 ID。</translation>
    </message>
    <message>
      <source>Product id</source>
      <translation>产品 ID</translation>
    </message>
    <message>
      <source>USB product id.</source>
      <translation>USB 产品 ID。</translation>
    </message>
    <message>
      <source>IN endpoint</source>
      <translation>IN 端点</translation>
    </message>
    <message>
      <source>Bulk IN.</source>
      <translation>Bulk IN 端点。</translation>
    </message>
    <message>
      <source>OUT endpoint</source>
      <translation>OUT 端点</translation>
    </message>
    <message>
      <source>Bulk OUT.</source>
      <translation>Bulk OUT 端点。</translation>
    </message>
    <message>
      <source>Timeout (ms)</source>
      <translation>超时（ms）</translation>
    </message>
    <message>
      <source>USB transfer timeout.</source>
      <translation>USB 传输超时。</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <source>Serial device path, e.g. /dev/ttyUSB0 or COM3.</source>
      <translation>串口设备路径，例如 /dev/ttyUSB0 或 COM3。</translation>
    </message>
    <message>
      <source>Baud rate</source>
      <translation>波特率</translation>
    </message>
    <message>
      <source>Serial speed.</source>
      <translation>串口速率。</translation>
    </message>
    <message>
      <source>Read/write timeout.</source>
      <translation>读写超时。</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主机</translation>
    </message>
    <message>
      <source>Printer IP address or host name.</source>
      <translation>打印机 IP 地址或主机名。</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <source>Raw TCP port.</source>
      <translation>Raw TCP 端口。</translation>
    </message>
    <message>
      <source>Connect and read timeout.</source>
      <translation>连接和读取超时。</translation>
    </message>
    <message>
      <source>Device file</source>
      <translation>设备文件</translation>
    </message>
    <message>
      <source>Printer device file, e.g. /dev/usb/lp0.</source>
      <translation>打印机设备文件，例如 /dev/usb/lp0。</translation>
    </message>
    <message>
      <source>CUPS queue</source>
      <translation>CUPS 队列</translation>
    </message>
    <message>
      <source>Name of the CUPS printer queue.</source>
      <translation>CUPS 打印队列的名称。</translation>
    </message>
    <message>
      <source>CUPS server</source>
      <translation>CUPS 服务器</translation>
    </message>
    <message>
      <source>Print server as host, host:port or the path of its socket; empty: this computer's CUPS (as set by CUPS_SERVER or client.conf).</source>
      <translation>打印服务器：主机、主机:端口或其套接字路径；留空则使用本机的 CUPS（由 CUPS_SERVER 或 client.conf 设定）。</translation>
    </message>
    <message>
      <source>Windows queue</source>
      <translation>Windows 队列</translation>
    </message>
    <message>
      <source>Windows printer name.</source>
      <translation>Windows 打印机名称。</translation>
    </message>
    <message>
      <source>Printer backend</source>
      <translation>打印机后端</translation>
    </message>
    <message>
      <source>How the kiosk talks to its printer.</source>
      <translation>自助机与打印机的通信方式。</translation>
    </message>
    <message>
      <source>Job time limit (s)</source>
      <translation>任务时限（秒）</translation>
    </message>
    <message>
      <source>A print job that takes longer (printer stalled) fails with a timeout.</source>
      <translation>超过此时间的打印任务（打印机卡住）将因超时而失败。</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>规格配置</translation>
    </message>
    <message>
      <source>Paper and capabilities.</source>
      <translation>纸张与功能。</translation>
    </message>
    <message>
      <source>Mock printer</source>
      <translation>模拟打印机</translation>
    </message>
    <message>
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <source>USB options.</source>
      <translation>USB 选项。</translation>
    </message>
    <message>
      <source>Serial</source>
      <translation>串口</translation>
    </message>
    <message>
      <source>Serial options.</source>
      <translation>串口选项。</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Network options.</source>
      <translation>网络选项。</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>File options.</source>
      <translation>文件选项。</translation>
    </message>
    <message>
      <source>CUPS</source>
      <translation>CUPS</translation>
    </message>
    <message>
      <source>CUPS options.</source>
      <translation>CUPS 选项。</translation>
    </message>
    <message>
      <source>Windows</source>
      <translation>Windows</translation>
    </message>
    <message>
      <source>Windows options.</source>
      <translation>Windows 选项。</translation>
    </message>
    <message>
      <source>Speech backend</source>
      <translation>语音后端</translation>
    </message>
    <message>
      <source>How the kiosk speaks.</source>
      <translation>自助机的语音播放方式。</translation>
    </message>
    <message>
      <source>Default rate</source>
      <translation>默认语速</translation>
    </message>
    <message>
      <source>-1 slow, 0 normal, 1 fast.</source>
      <translation>-1 慢，0 正常，1 快。</translation>
    </message>
    <message>
      <source>Default volume</source>
      <translation>默认音量</translation>
    </message>
    <message>
      <source>0 silent, 1 loudest.</source>
      <translation>0 静音，1 最大。</translation>
    </message>
    <message>
      <source>Qt speech engine</source>
      <translation>Qt 语音引擎</translation>
    </message>
    <message>
      <source>speechd, winrt, sapi or empty for the platform default.</source>
      <translation>speechd、winrt、sapi，留空则使用平台默认值。</translation>
    </message>
    <message>
      <source>Recorded clips folder</source>
      <translation>录音片段文件夹</translation>
    </message>
    <message>
      <source>Folder of recorded prompts per language (clips backend).</source>
      <translation>按语言存放录音提示的文件夹（clips 后端）。</translation>
    </message>
    <message>
      <source>espeak-ng output</source>
      <translation>espeak-ng 输出</translation>
    </message>
    <message>
      <source>device: the sound card; null: discard audio in real time (no sound card).</source>
      <translation>device：声卡；null：实时丢弃音频（无声卡）。</translation>
    </message>
    <message>
      <source>Earphones</source>
      <translation>耳机</translation>
    </message>
    <message>
      <source>Whether speech is private, so typed characters may be read back: auto: when earphones are detected in the jack (unknown counts as none); always: the kiosk has earphones or a handset only; never: loudspeaker only.</source>
      <translation>语音是否只有本人能听到（因而可以朗读输入的字符）。auto：在插孔检测到耳机时（无法判断时视为没有）；always：本机只有耳机或听筒；never：只有扬声器。</translation>
    </message>
    <message>
      <source>Display screen</source>
      <translation>显示屏</translation>
    </message>
    <message>
      <source>Geometry of the lobby display's panel (sizes on it are set in millimetres).</source>
      <translation>大厅显示屏面板的尺寸参数（屏上尺寸以毫米设置）。</translation>
    </message>
    <message>
      <source>Fullscreen</source>
      <translation>全屏</translation>
    </message>
    <message>
      <source>Fill the whole screen (turn off only for development).</source>
      <translation>占满整个屏幕（仅在开发时关闭）。</translation>
    </message>
    <message>
      <source>Monitor</source>
      <translation>显示器</translation>
    </message>
    <message>
      <source>Which connected monitor shows the display (0 is the first).</source>
      <translation>用于显示的已连接显示器（0 为第一台）。</translation>
    </message>
    <message>
      <source>Announcement repeats</source>
      <translation>播报次数</translation>
    </message>
    <message>
      <source>How many times each call is spoken.</source>
      <translation>每次叫号播报的次数。</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>第二语言</translation>
    </message>
    <message>
      <source>Also announce each call in this language, after the Korean.</source>
      <translation>在韩语播报之后，再用此语言播报每次叫号。</translation>
    </message>
    <message>
      <source>Chime</source>
      <translation>提示音</translation>
    </message>
    <message>
      <source>Play a chime before each announcement.</source>
      <translation>每次播报前播放提示音。</translation>
    </message>
    <message>
      <source>Earlier calls shown</source>
      <translation>显示的此前叫号数</translation>
    </message>
    <message>
      <source>How many earlier calls the display lists beside the current ones.</source>
      <translation>显示屏在当前叫号旁列出的此前叫号数量。</translation>
    </message>
    <message>
      <source>Number height (mm)</source>
      <translation>号码字高（mm）</translation>
    </message>
    <message>
      <source>Height of the called numbers; about 1 mm per 10 cm of viewing distance.</source>
      <translation>叫号数字的高度；观看距离每 10 cm 约需 1 mm。</translation>
    </message>
    <message>
      <source>Document id</source>
      <translation>证明 ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _).</source>
      <translation>简短且固定的标识符（小写字母、数字、- 或 _）。</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>The document as residents see it.</source>
      <translation>居民看到的证明名称。</translation>
    </message>
    <message>
      <source>Fee per copy (won)</source>
      <translation>每份费用（韩元）</translation>
    </message>
    <message>
      <source>What one copy costs at the kiosk.</source>
      <translation>在自助机上每份的费用。</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>Choices offered before printing: household_members, rrn_back (resident number back digits), address_history. Copies are always offered.</source>
      <translation>打印前提供的选项：household_members、rrn_back（居民登录号后几位）、address_history。份数选择始终提供。</translation>
    </message>
    <message>
      <source>Enabled</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Disabled documents are hidden on the kiosk.</source>
      <translation>停用的证明不会在自助机上显示。</translation>
    </message>
    <message>
      <source>Course id</source>
      <translation>课程ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _); registrations are stored under it.</source>
      <translation>简短且固定的标识符（小写字母、数字、- 或 _）；报名记录以此保存。</translation>
    </message>
    <message>
      <source>The course as residents see it.</source>
      <translation>居民看到的课程名称。</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>culture (문화), sports (체육) or education (교육).</source>
      <translation>culture（文化）、sports（体育）或 education（教育）。</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>上课时间</translation>
    </message>
    <message>
      <source>When it meets, as residents read it (e.g. "매주 화·목 10:00–11:30").</source>
      <translation>居民看到的上课时间（例如 "每周二、四 10:00–11:30"）。</translation>
    </message>
    <message>
      <source>Term start</source>
      <translation>开课日期</translation>
    </message>
    <message>
      <source>First day of the term.</source>
      <translation>学期第一天。</translation>
    </message>
    <message>
      <source>Term end</source>
      <translation>结课日期</translation>
    </message>
    <message>
      <source>Last day of the term.</source>
      <translation>学期最后一天。</translation>
    </message>
    <message>
      <source>Places</source>
      <translation>名额</translation>
    </message>
    <message>
      <source>How many residents the course takes.</source>
      <translation>课程可接收的人数。</translation>
    </message>
    <message>
      <source>Waiting list size</source>
      <translation>候补人数</translation>
    </message>
    <message>
      <source>How many more may join the waiting list once the places are taken (0: no waiting list).</source>
      <translation>名额满后可登记候补的人数（0：不设候补）。</translation>
    </message>
    <message>
      <source>Fee (won)</source>
      <translation>学费（韩元）</translation>
    </message>
    <message>
      <source>The term's fee, paid at the counter (0: free).</source>
      <translation>学期学费，在窗口缴纳（0：免费）。</translation>
    </message>
    <message>
      <source>Registration opens</source>
      <translation>报名开始日期</translation>
    </message>
    <message>
      <source>First day residents can register.</source>
      <translation>居民可以报名的第一天。</translation>
    </message>
    <message>
      <source>Registration closes</source>
      <translation>报名截止日期</translation>
    </message>
    <message>
      <source>Last day residents can register.</source>
      <translation>居民可以报名的最后一天。</translation>
    </message>
    <message>
      <source>Disabled courses are hidden on the kiosk.</source>
      <translation>停用的课程不在自助机上显示。</translation>
    </message>
    <message>
      <source>Residents can register for the centre's courses at the kiosk.</source>
      <translation>居民可在自助机上报名中心的课程。</translation>
    </message>
    <message>
      <source>Courses</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>The courses of the current terms, in the order the kiosk lists them.</source>
      <translation>本期课程，按自助机显示的顺序排列。</translation>
    </message>
    <message>
      <source>must not be before term_start</source>
      <translation>不能早于 term_start</translation>
    </message>
    <message>
      <source>must not be before registration_opens</source>
      <translation>不能早于 registration_opens</translation>
    </message>
    <message>
      <source>must not be after term_end</source>
      <translation>不能晚于 term_end</translation>
    </message>
    <message>
      <source>"{value}" is already used by {other}</source>
      <translation>"{value}" 已被 {other} 使用</translation>
    </message>
    <message>
      <source>Base URL</source>
      <translation>基础 URL</translation>
    </message>
    <message>
      <source>The records service, e.g. https://records.example.go.kr/api (see docs/records-http.md). https:// only; http:// only to this computer (tests).</source>
      <translation>记录查询服务地址，例如 https://records.example.go.kr/api（见 docs/records-http.md）。仅限 https://；http:// 仅限本机（测试用）。</translation>
    </message>
    <message>
      <source>Bearer token</source>
      <translation>Bearer 令牌</translation>
    </message>
    <message>
      <source>Sent as Authorization: Bearer TOKEN.</source>
      <translation>以 Authorization: Bearer TOKEN 形式发送。</translation>
    </message>
    <message>
      <source>The whole lookup must finish within this: connecting, the answer, retries and the waits between them.</source>
      <translation>整个查询必须在此时间内完成：包括连接、应答、重试以及重试之间的等待。</translation>
    </message>
    <message>
      <source>Retries</source>
      <translation>重试次数</translation>
    </message>
    <message>
      <source>Extra attempts after a timeout, a refused connection or a 5xx answer.</source>
      <translation>超时、连接被拒或收到 5xx 响应后的额外尝试次数。</translation>
    </message>
    <message>
      <source>Backoff (s)</source>
      <translation>退避时间（秒）</translation>
    </message>
    <message>
      <source>Wait before the first retry; doubled before each further one.</source>
      <translation>首次重试前的等待时间；之后每次重试前加倍。</translation>
    </message>
    <message>
      <source>CA certificate file</source>
      <translation>CA 证书文件</translation>
    </message>
    <message>
      <source>PEM file of the CA that signed the service's certificate (empty: the system's). TLS verification is always on.</source>
      <translation>为该服务证书签名的 CA 的 PEM 文件（留空：使用系统证书）。TLS 验证始终开启。</translation>
    </message>
    <message>
      <source>Make the demo records provider fail (for tests); other_person answers with another resident's record.</source>
      <translation>让演示记录提供方出错（用于测试）；other_person 会返回另一位居民的记录。</translation>
    </message>
    <message>
      <source>Records provider</source>
      <translation>记录提供方</translation>
    </message>
    <message>
      <source>demo: fictional residents shipped with the kiosk; http: a records service.</source>
      <translation>demo：自助机自带的虚构居民；http：记录服务。</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>演示</translation>
    </message>
    <message>
      <source>Demo provider options.</source>
      <translation>演示提供方选项。</translation>
    </message>
    <message>
      <source>HTTP</source>
      <translation>HTTP</translation>
    </message>
    <message>
      <source>Records service options.</source>
      <translation>记录服务选项。</translation>
    </message>
    <message>
      <source>must be an https:// address (e.g. https://records.example/api), got "{value}"</source>
      <translation>必须是 https:// 地址（例如 https://records.example/api），实际为"{value}"</translation>
    </message>
    <message>
      <source>plain http:// would send residents' details unencrypted: use https:// (http:// is only for this computer, e.g. 127.0.0.1), got "{value}"</source>
      <translation>普通 http:// 会以未加密方式发送居民信息：请使用 https://（http:// 仅限本机，例如 127.0.0.1），实际为"{value}"</translation>
    </message>
    <message>
      <source>not a valid URL, got "{value}"</source>
      <translation>不是有效的URL，实际为"{value}"</translation>
    </message>
    <message>
      <source>Schema version</source>
      <translation>架构版本</translation>
    </message>
    <message>
      <source>Version of this file's layout; older files are migrated when loaded.</source>
      <translation>此文件结构的版本；旧文件在加载时会被迁移。</translation>
    </message>
    <message>
      <source>Center</source>
      <translation>中心</translation>
    </message>
    <message>
      <source>The community center.</source>
      <translation>社区服务中心。</translation>
    </message>
    <message>
      <source>Screen</source>
      <translation>屏幕</translation>
    </message>
    <message>
      <source>The touch panel's geometry.</source>
      <translation>触摸屏的尺寸参数。</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>业务</translation>
    </message>
    <message>
      <source>Queue services residents can take a number for.</source>
      <translation>居民可以取号办理的业务。</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>设备</translation>
    </message>
    <message>
      <source>Printer, card reader, speech.</source>
      <translation>打印机、读卡器、语音。</translation>
    </message>
    <message>
      <source>Display</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Screen defaults.</source>
      <translation>屏幕默认设置。</translation>
    </message>
    <message>
      <source>Storage</source>
      <translation>存储</translation>
    </message>
    <message>
      <source>Where tickets are stored.</source>
      <translation>号码的存储位置。</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>证明</translation>
    </message>
    <message>
      <source>Certificates residents can print at the kiosk, with their fees.</source>
      <translation>居民可在自助机上打印的证明及其费用。</translation>
    </message>
    <message>
      <source>Where resident records for certificates come from.</source>
      <translation>证明所用居民记录的来源。</translation>
    </message>
    <message>
      <source>Technician</source>
      <translation>技术人员</translation>
    </message>
    <message>
      <source>Technician mode entry: PIN, technician cards, corner, timeout.</source>
      <translation>技术人员模式入口：PIN、技术人员卡、屏幕角、超时。</translation>
    </message>
    <message>
      <source>Lobby display</source>
      <translation>大厅显示屏</translation>
    </message>
    <message>
      <source>The lobby display that shows and announces calls.</source>
      <translation>显示并播报叫号的大厅显示屏。</translation>
    </message>
    <message>
      <source>Counters</source>
      <translation>窗口</translation>
    </message>
    <message>
      <source>Staff counters: priority calls and wait estimates.</source>
      <translation>工作人员窗口：优先叫号与等候时间估算。</translation>
    </message>
    <message>
      <source>Programmes</source>
      <translation>课程报名</translation>
    </message>
    <message>
      <source>Course registration (자치회관 강좌), a centre service.</source>
      <translation>课程报名（自治会馆课程），中心服务之一。</translation>
    </message>
    <message>
      <source>must be off while certificates are issued (documents are enabled)</source>
      <translation>签发证明时必须关闭（已启用文件）</translation>
    </message>
    <message>
      <source>puts the lowest controls {height} mm above the floor; they must be at least {minimum} mm up, within reach from a wheelchair</source>
      <translation>最低的按钮距地面 {height} 毫米；为便于轮椅使用者触及，至少应为 {minimum} 毫米</translation>
    </message>
    <message>
      <source>overlaps the band of {other}</source>
      <translation>与 {other} 的号码段重叠</translation>
    </message>
    <message>
      <source>Width (pixels)</source>
      <translation>宽度（像素）</translation>
    </message>
    <message>
      <source>Panel resolution, horizontal.</source>
      <translation>面板水平分辨率。</translation>
    </message>
    <message>
      <source>Height (pixels)</source>
      <translation>高度（像素）</translation>
    </message>
    <message>
      <source>Panel resolution, vertical.</source>
      <translation>面板垂直分辨率。</translation>
    </message>
    <message>
      <source>Pixel pitch (mm)</source>
      <translation>像素间距（mm）</translation>
    </message>
    <message>
      <source>Physical size of one pixel; when set it wins over the physical width.</source>
      <translation>单个像素的物理尺寸；设置后优先于物理宽度。</translation>
    </message>
    <message>
      <source>Physical width (mm)</source>
      <translation>物理宽度（mm）</translation>
    </message>
    <message>
      <source>Visible width of the panel; used when the pixel pitch is not set.</source>
      <translation>面板可视区域的宽度；未设置像素间距时使用。</translation>
    </message>
    <message>
      <source>Mounting height (mm)</source>
      <translation>安装高度（mm）</translation>
    </message>
    <message>
      <source>Height of the panel's bottom edge above the floor (for low-screen mode).</source>
      <translation>面板下边缘距地面的高度（用于低位显示模式）。</translation>
    </message>
    <message>
      <source>set either pixel_pitch_mm or physical_width_mm</source>
      <translation>必须设置 pixel_pitch_mm 或 physical_width_mm</translation>
    </message>
    <message>
      <source>Service id</source>
      <translation>业务 ID</translation>
    </message>
    <message>
      <source>The service as residents see it.</source>
      <translation>居民看到的业务名称。</translation>
    </message>
    <message>
      <source>Ticket prefix</source>
      <translation>号码前缀</translation>
    </message>
    <message>
      <source>One uppercase letter shown before the number (A-012). Use this or a number band.</source>
      <translation>显示在号码前的一个大写字母（A-012）。此项与号码段二选一。</translation>
    </message>
    <message>
      <source>Number band</source>
      <translation>号码段</translation>
    </message>
    <message>
      <source>First and last number of this service's band (e.g. 500-799), instead of a prefix.</source>
      <translation>此业务号码段的起止号码（例如 500-799），用于代替前缀。</translation>
    </message>
    <message>
      <source>Counter numbers that serve this service.</source>
      <translation>办理此业务的窗口号。</translation>
    </message>
    <message>
      <source>Minutes per person</source>
      <translation>每人办理时间（分钟）</translation>
    </message>
    <message>
      <source>Seed estimate of one person's service time, until measured data exists.</source>
      <translation>在有实测数据之前使用的每人办理时间初始估计值。</translation>
    </message>
    <message>
      <source>Priority allowed</source>
      <translation>允许优先</translation>
    </message>
    <message>
      <source>Elderly, disabled and pregnant residents may take a priority ticket.</source>
      <translation>老年人、残障人士和孕妇可领取优先号码。</translation>
    </message>
    <message>
      <source>Disabled services are hidden on the kiosk.</source>
      <translation>停用的业务不会在自助机上显示。</translation>
    </message>
    <message>
      <source>must be one uppercase letter A-Z, got "{value}"</source>
      <translation>必须是一个大写字母 A-Z，输入值："{value}"</translation>
    </message>
    <message>
      <source>set exactly one of prefix (a letter A-Z) or band ([first, last])</source>
      <translation>prefix（一个字母 A-Z）和 band（[起始号, 结束号]）必须设置且只能设置其中一个</translation>
    </message>
    <message>
      <source>must be [first, last] with 0 &lt;= first &lt; last &lt;= 9999, got {value}</source>
      <translation>必须为 [起始号, 结束号]，且 0 &lt;= 起始号 &lt; 结束号 &lt;= 9999，输入值：{value}</translation>
    </message>
    <message>
      <source>Database URL</source>
      <translation>数据库 URL</translation>
    </message>
    <message>
      <source>SQLAlchemy URL; empty means SQLite in the kiosk's data directory.</source>
      <translation>SQLAlchemy URL；留空表示使用自助机数据目录中的 SQLite。</translation>
    </message>
    <message>
      <source>PIN hash</source>
      <translation>PIN 哈希</translation>
    </message>
    <message>
      <source>scrypt hash of the technician PIN; set it with `kiosk tech set-pin`. Empty: PIN entry is disabled.</source>
      <translation>技术人员 PIN 的 scrypt 哈希；用 `kiosk tech set-pin` 设置。留空：禁用 PIN 输入。</translation>
    </message>
    <message>
      <source>Technician card UIDs</source>
      <translation>技术人员卡 UID</translation>
    </message>
    <message>
      <source>PC/SC card UIDs (uppercase hex, e.g. 04A1B2C3) that bring up the technician PIN pad; the PIN is still needed (a UID can be copied).</source>
      <translation>可调出技术人员PIN键盘的PC/SC卡UID（大写十六进制，例如 04A1B2C3）；UID可被复制，因此仍需输入PIN。</translation>
    </message>
    <message>
      <source>Entry corner</source>
      <translation>进入角</translation>
    </message>
    <message>
      <source>Screen corner a technician presses and holds to ask for the PIN.</source>
      <translation>技术人员长按以调出 PIN 输入的屏幕角落。</translation>
    </message>
    <message>
      <source>Long press (s)</source>
      <translation>长按时间（秒）</translation>
    </message>
    <message>
      <source>How long the corner must be held before the PIN pad appears.</source>
      <translation>需长按屏幕角落多久才会出现 PIN 键盘。</translation>
    </message>
    <message>
      <source>Technician idle timeout (s)</source>
      <translation>技术人员模式空闲超时（秒）</translation>
    </message>
    <message>
      <source>Technician mode returns to the resident home screen after this long without a touch.</source>
      <translation>无触摸操作达到此时长后，技术人员模式将返回居民首页。</translation>
    </message>
    <message>
      <source>Default language</source>
      <translation>默认语言</translation>
    </message>
    <message>
      <source>Language each session starts in.</source>
      <translation>每次会话开始时使用的语言。</translation>
    </message>
    <message>
      <source>Default theme</source>
      <translation>默认主题</translation>
    </message>
    <message>
      <source>Colour theme each session starts in.</source>
      <translation>每次会话开始时使用的配色主题。</translation>
    </message>
    <message>
      <source>Lower controls by default</source>
      <translation>默认降低按钮位置</translation>
    </message>
    <message>
      <source>Whether each session starts with every control moved within reach from a wheelchair (low-screen mode): auto when the panel's top is above 1,220 mm (screen.mounting_height_mm plus the panel's height), or always on, or off.</source>
      <translation>每次使用是否以所有按钮降到轮椅使用者可触及的高度（低屏模式）开始：auto 表示屏幕顶边高于 1,220 毫米时（screen.mounting_height_mm 加屏幕高度），on 表示始终开启，off 表示关闭。</translation>
    </message>
    <message>
      <source>Home reset (s)</source>
      <translation>首页重置（秒）</translation>
    </message>
    <message>
      <source>On the first screen, settings a resident changed (language, voice, contrast, big text, lower) go back to the defaults after this long without a touch, with a warning first.</source>
      <translation>在首页上，用户更改的设置（语言、语音、对比度、大字、降低）在这段时间内无操作时，先提示，然后恢复为默认。</translation>
    </message>
    <message>
      <source>Idle timeout (s)</source>
      <translation>空闲超时（秒）</translation>
    </message>
    <message>
      <source>Return home (and wipe the session) after this long without a touch.</source>
      <translation>无触摸操作达到此时长后返回首页（并清除会话）。</translation>
    </message>
    <message>
      <source>Ticket screen time (s)</source>
      <translation>号码单画面显示时间（秒）</translation>
    </message>
    <message>
      <source>How long the take-your-ticket screen stays before returning home.</source>
      <translation>“请取走您的号码单”画面在返回首页前的显示时间。</translation>
    </message>
    <message>
      <source>Run fullscreen (turn off only for development).</source>
      <translation>全屏运行（仅在开发时关闭）。</translation>
    </message>
  </context>
  <context>
    <name>counter</name>
    <message>
      <source>Queue</source>
      <translation>排队</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>{n} 号窗口</translation>
    </message>
    <message>
      <source>Counter {n} · {services}</source>
      <translation>{n} 号窗口 · {services}</translation>
    </message>
    <message>
      <source>Current ticket</source>
      <translation>当前号码</translation>
    </message>
    <message>
      <source>Call next (F1)</source>
      <translation>呼叫下一位 (F1)</translation>
    </message>
    <message>
      <source>Call again (F2)</source>
      <translation>再次呼叫 (F2)</translation>
    </message>
    <message>
      <source>Start service (F3)</source>
      <translation>开始办理 (F3)</translation>
    </message>
    <message>
      <source>Finish (F4)</source>
      <translation>办理完成 (F4)</translation>
    </message>
    <message>
      <source>Absent (F5)</source>
      <translation>过号 (F5)</translation>
    </message>
    <message>
      <source>Transfer to… (F6)</source>
      <translation>转至… (F6)</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>等候中</translation>
    </message>
    <message>
      <source>Staff calls from kiosks (double-click to dismiss)</source>
      <translation>来自自助机的呼叫（双击关闭）</translation>
    </message>
    <message>
      <source>Temporarily unavailable: the queue database does not answer. Retrying…</source>
      <translation>暂时无法使用：排队数据库无响应。正在重试…</translation>
    </message>
    <message>
      <source>Waiting now: {counts}</source>
      <translation>当前等候：{counts}</translation>
    </message>
    <message>
      <source>Called</source>
      <translation>已呼叫</translation>
    </message>
    <message>
      <source>Serving</source>
      <translation>办理中</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>打印中</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>号码</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>业务</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>取号时间</translation>
    </message>
    <message>
      <source>Waited (min)</source>
      <translation>已等候（分钟）</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>暂停中</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>服务中</translation>
    </message>
    <message>
      <source>Resume (F7)</source>
      <translation>恢复 (F7)</translation>
    </message>
    <message>
      <source>Pause (F7)</source>
      <translation>暂停 (F7)</translation>
    </message>
    <message>
      <source>No ticket at this counter</source>
      <translation>本窗口当前无号码</translation>
    </message>
    <message>
      <source>issued {time}</source>
      <translation>{time} 取号</translation>
    </message>
    <message>
      <source>{time}  {kiosk}: a resident asks for help ({detail})</source>
      <translation>{time}  {kiosk}：居民请求帮助（{detail}）</translation>
    </message>
    <message>
      <source>Temporarily unavailable; try again in a moment.</source>
      <translation>暂时无法使用，请稍后重试。</translation>
    </message>
    <message>
      <source>Called {code}</source>
      <translation>已呼叫 {code}</translation>
    </message>
    <message>
      <source>Called {code} again</source>
      <translation>已再次呼叫 {code}</translation>
    </message>
    <message>
      <source>Serving {code}</source>
      <translation>正在办理 {code}</translation>
    </message>
    <message>
      <source>{code} done</source>
      <translation>{code} 已办结</translation>
    </message>
    <message>
      <source>{code} marked absent</source>
      <translation>{code} 已标记为过号</translation>
    </message>
    <message>
      <source>{code} sent to {service}</source>
      <translation>{code} 已转至 {service}</translation>
    </message>
    <message>
      <source>next</source>
      <translation>下一位</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>优先</translation>
    </message>
    <message>
      <source>print failed</source>
      <translation>打印失败</translation>
    </message>
    <message>
      <source>printing</source>
      <translation>打印中</translation>
    </message>
    <message>
      <source>from {service}</source>
      <translation>由 {service} 转来</translation>
    </message>
    <message>
      <source>Nobody is waiting</source>
      <translation>无人等候</translation>
    </message>
    <message>
      <source>Counter open</source>
      <translation>窗口已开放</translation>
    </message>
    <message>
      <source>Counter paused</source>
      <translation>窗口已暂停</translation>
    </message>
  </context>
  <context>
    <name>counter_programmes</name>
    <message>
      <source>Course registration</source>
      <translation>课程报名</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Show name and phone number</source>
      <translation>显示姓名和电话</translation>
    </message>
    <message>
      <source>Cancel registration</source>
      <translation>取消报名</translation>
    </message>
    <message>
      <source>The registrations could not be read: {error}</source>
      <translation>无法读取报名记录：{error}</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>已报名</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>候补</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>{number} cancelled.</source>
      <translation>已取消 {number}。</translation>
    </message>
    <message>
      <source>Registration no.</source>
      <translation>报名编号</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Waiting list</source>
      <translation>候补顺序</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>报名时间</translation>
    </message>
    <message>
      <source>Registered {registered}/{capacity} · waiting {waiting}/{waiting_list}</source>
      <translation>已报名 {registered}/{capacity} · 候补 {waiting}/{waiting_list}</translation>
    </message>
    <message>
      <source>Choose one registration first.</source>
      <translation>请先选择一条报名记录。</translation>
    </message>
    <message>
      <source>(no name given)</source>
      <translation>（未填写姓名）</translation>
    </message>
    <message>
      <source>Cancel registration {number}?</source>
      <translation>要取消 {number} 吗？</translation>
    </message>
    <message>
      <source>{number} moved from the waiting list to a place: please call them.</source>
      <translation>候补 {number} 已转为正式报名：请联系该居民。</translation>
    </message>
  </context>
  <context>
    <name>display</name>
    <message>
      <source>Lobby display</source>
      <translation>大厅显示屏</translation>
    </message>
    <message>
      <source>Earlier calls</source>
      <translation>此前叫号</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>等候</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>{n} 号窗口</translation>
    </message>
    <message>
      <source>Connection to the queue lost; reconnecting…</source>
      <translation>与排队系统的连接已断开，正在重新连接…</translation>
    </message>
    <message>
      <source>{service}: {count} waiting</source>
      <translation>{service}：{count} 人等候</translation>
    </message>
    <message>
      <source>{code} → counter {n}</source>
      <translation>{code} → {n} 号窗口</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Certificates are temporarily unavailable. Please ask at the counter.</source>
      <translation>暂时无法发放证明书。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Queue numbers are temporarily unavailable. Please ask at the counter.</source>
      <translation>暂时无法发放号码。请到窗口咨询。</translation>
    </message>
    <message>
      <source>No more numbers can be issued for this service right now. Please ask staff.</source>
      <translation>此业务目前无法再发放号码。请咨询工作人员。</translation>
    </message>
    <message>
      <source>Queue numbers cannot be issued because the kiosk's clock looks wrong. Please ask staff.</source>
      <translation>自助终端的时钟似乎有误，无法发放号码。请咨询工作人员。</translation>
    </message>
  </context>
  <context>
    <name>home</name>
    <message>
      <source>Tap to take a queue number for this service.</source>
      <translation>点击即可领取该业务的号码。</translation>
    </message>
    <message>
      <source>Waiting: {count}</source>
      <translation>等候 {count} 人</translation>
    </message>
    <message>
      <source>{service} (priority)</source>
      <translation>{service}（优先）</translation>
    </message>
    <message>
      <source>Take a queue number</source>
      <translation>取号</translation>
    </message>
    <message>
      <source>Tap the service you came for.</source>
      <translation>请点击您要办理的业务。</translation>
    </message>
    <message>
      <source>Voice guide: press any key on the keypad below the screen, or tap the Voice guide button.</source>
      <translation>语音引导：请按屏幕下方键盘上的任意键，或点击“语音引导”按钮。</translation>
    </message>
    <message>
      <source>Choose the language of the screen</source>
      <translation>选择屏幕语言</translation>
    </message>
    <message>
      <source>Voice guide: on</source>
      <translation>语音引导：开</translation>
    </message>
    <message>
      <source>Voice guide</source>
      <translation>语音引导</translation>
    </message>
    <message>
      <source>Turn spoken guidance on or off</source>
      <translation>打开或关闭语音引导</translation>
    </message>
    <message>
      <source>Priority (elderly, disabled, pregnant)</source>
      <translation>优先（老人、残障人士、孕妇）</translation>
    </message>
    <message>
      <source>Print a certificate (등본, 초본…)</source>
      <translation>打印证明（등본、초본…）</translation>
    </message>
    <message>
      <source>Print certificates such as resident registration copies, with your ID card</source>
      <translation>使用身份证件打印住民登录誊本等证明</translation>
    </message>
    <message>
      <source>Other services of the centre: {services}</source>
      <translation>中心的其他服务：{services}</translation>
    </message>
    <message>
      <source>about {minutes} min</source>
      <translation>约 {minutes} 分钟</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>其他服务</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>Shift</source>
      <translation>双辅音</translation>
    </message>
    <message>
      <source>The next key types a double consonant, ㅒ or ㅖ</source>
      <translation>下一个键输入双辅音或 ㅒ、ㅖ</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>空格</translation>
    </message>
    <message>
      <source>Type a space</source>
      <translation>输入空格</translation>
    </message>
    <message>
      <source>⌫ Delete</source>
      <translation>⌫ 删除</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete the last letter</source>
      <translation>删除最后一个字</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>全部清除</translation>
    </message>
    <message>
      <source>Clear the name</source>
      <translation>清除输入的姓名</translation>
    </message>
  </context>
  <context>
    <name>keypad</name>
    <message>
      <source>⌫ Delete</source>
      <translation>⌫ 删除</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete the last character</source>
      <translation>删除最后一个字符</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <source>Clear this field</source>
      <translation>清空此栏</translation>
    </message>
    <message>
      <source>Filler sign</source>
      <translation>填充符号</translation>
    </message>
    <message>
      <source>The &lt; sign used in the MRZ</source>
      <translation>机读区（MRZ）中使用的 &lt; 符号</translation>
    </message>
  </context>
  <context>
    <name>language</name>
    <message>
      <source>Choose a language</source>
      <translation>请选择语言</translation>
    </message>
  </context>
  <context>
    <name>nav</name>
    <message>
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <source>Go back one step</source>
      <translation>返回上一步</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>首页</translation>
    </message>
    <message>
      <source>Return to the first screen</source>
      <translation>返回首页</translation>
    </message>
    <message>
      <source>Call staff</source>
      <translation>呼叫工作人员</translation>
    </message>
    <message>
      <source>Ask a member of staff to come and help you</source>
      <translation>请工作人员过来帮助您</translation>
    </message>
    <message>
      <source>Staff cannot be called from this kiosk right now. Please ask at the counter.</source>
      <translation>目前无法从本机呼叫工作人员。请到窗口咨询。</translation>
    </message>
    <message>
      <source>A member of staff has been called. Please wait here.</source>
      <translation>已呼叫工作人员，请在此稍候。</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <source>Payment approved.</source>
      <translation>支付成功。</translation>
    </message>
    <message>
      <source>The payment was declined. Nothing has been charged. You can try another card.</source>
      <translation>支付被拒绝。未收取任何费用。您可以换一张卡再试。</translation>
    </message>
    <message>
      <source>No card was presented in time. Nothing has been charged. You can try again.</source>
      <translation>未在规定时间内出示卡片。未收取任何费用。您可以重试。</translation>
    </message>
    <message>
      <source>Payment is not available right now. Nothing has been charged. Please ask at the counter.</source>
      <translation>暂时无法支付。未收取任何费用。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Payment cancelled. Nothing has been charged.</source>
      <translation>已取消付款。未收取任何费用。</translation>
    </message>
  </context>
  <context>
    <name>print_error</name>
    <message>
      <source>Your ticket could not be printed</source>
      <translation>号码单未能打印</translation>
    </message>
    <message>
      <source>Your number is</source>
      <translation>您的号码是</translation>
    </message>
    <message>
      <source>Your place in the queue is kept. Please remember this number, or tell it to a member of staff.</source>
      <translation>您的排队位置保留不变。请记住这个号码，或告诉工作人员。</translation>
    </message>
    <message>
      <source>I don't need this number</source>
      <translation>不需要这个号码</translation>
    </message>
    <message>
      <source>Cancel this queue number</source>
      <translation>取消这个号码</translation>
    </message>
    <message>
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds} 秒后返回首页</translation>
    </message>
    <message>
      <source>Printing again…</source>
      <translation>正在重新打印…</translation>
    </message>
    <message>
      <source>Try printing again</source>
      <translation>重新打印</translation>
    </message>
    <message>
      <source>Print the same number again</source>
      <translation>用同一号码重新打印</translation>
    </message>
  </context>
  <context>
    <name>printer</name>
    <message>
      <source>The printer is not connected.</source>
      <translation>打印机未连接。</translation>
    </message>
    <message>
      <source>The printer is switched off or not ready.</source>
      <translation>打印机已关闭或尚未就绪。</translation>
    </message>
    <message>
      <source>The printer has run out of paper.</source>
      <translation>打印机缺纸。</translation>
    </message>
    <message>
      <source>The printer cover is open.</source>
      <translation>打印机盖已打开。</translation>
    </message>
    <message>
      <source>The printer did not respond in time.</source>
      <translation>打印机未及时响应。</translation>
    </message>
    <message>
      <source>The connection to the printer was lost.</source>
      <translation>与打印机的连接已中断。</translation>
    </message>
    <message>
      <source>The printer's state could not be checked.</source>
      <translation>无法检查打印机状态。</translation>
    </message>
    <message>
      <source>The printer reported an error.</source>
      <translation>打印机报告了错误。</translation>
    </message>
  </context>
  <context>
    <name>programmes</name>
    <message>
      <source>Culture</source>
      <translation>文化</translation>
    </message>
    <message>
      <source>Sports</source>
      <translation>体育</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>教育</translation>
    </message>
    <message>
      <source>{amount} won</source>
      <translation>{amount}韩元</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>免费</translation>
    </message>
    <message>
      <source>To cancel, please ask at the counter.</source>
      <translation>如需取消，请到窗口咨询。</translation>
    </message>
    <message>
      <source>Waiting list no. {position}</source>
      <translation>候补第{position}位</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>报名成功</translation>
    </message>
    <message>
      <source>You are on the waiting list. If a place becomes free, the centre will call you at this number.</source>
      <translation>您已登记为候补。如有空位，中心将拨打此号码联系您。</translation>
    </message>
    <message>
      <source>Course registration</source>
      <translation>课程报名</translation>
    </message>
    <message>
      <source>Please pay the fee of {fee} at the centre's counter by {date}, with this slip.</source>
      <translation>请于{date}前携带此凭条到中心窗口缴纳学费{fee}。</translation>
    </message>
    <message>
      <source>This course is free. Please come to the first class on {date}.</source>
      <translation>本课程免费。请于{date}参加第一次课。</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>上课时间</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>学期</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>学费</translation>
    </message>
    <message>
      <source>Mobile phone</source>
      <translation>手机</translation>
    </message>
    <message>
      <source>Registered on</source>
      <translation>报名时间</translation>
    </message>
    <message>
      <source>Course registration is temporarily unavailable. Please ask at the counter.</source>
      <translation>课程报名暂时无法使用。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Please type your mobile number: 010 and then 8 more digits, for example 010-1234-5678.</source>
      <translation>请输入手机号码：010后再输入8位数字，例如010-1234-5678。</translation>
    </message>
    <message>
      <source>This mobile number is already registered for this course. Please ask at the counter if you are not sure.</source>
      <translation>此手机号码已报名本课程。如有疑问，请到窗口咨询。</translation>
    </message>
    <message>
      <source>Sorry, the last place in that course was just taken. Please choose again.</source>
      <translation>抱歉，该课程的最后一个名额刚刚被占用。请重新选择。</translation>
    </message>
    <message>
      <source>Registration for that course is not open today.</source>
      <translation>该课程今天不接受报名。</translation>
    </message>
    <message>
      <source>This course cannot be chosen now.</source>
      <translation>目前无法选择此课程。</translation>
    </message>
    <message>
      <source>Your registration is saved, but the slip could not be printed. Please note your registration number and ask at the counter for a slip.</source>
      <translation>报名已保存，但凭条未能打印。请记下报名编号，并到窗口领取凭条。</translation>
    </message>
    <message>
      <source>Culture, sports and education courses</source>
      <translation>文化、体育、教育课程</translation>
    </message>
    <message>
      <source>Full</source>
      <translation>名额和候补均已满</translation>
    </message>
    <message>
      <source>{left} of {capacity} places left</source>
      <translation>共{capacity}个名额，剩余{left}个</translation>
    </message>
    <message>
      <source>Places taken: you can join the waiting list ({left} left)</source>
      <translation>名额已满：可登记候补（剩余{left}个）</translation>
    </message>
    <message>
      <source>Registration opens on {date}</source>
      <translation>{date}开始报名</translation>
    </message>
    <message>
      <source>Registration has closed</source>
      <translation>报名已截止</translation>
    </message>
    <message>
      <source>Choose a course. The fee is paid at the counter.</source>
      <translation>请选择课程。学费在窗口缴纳。</translation>
    </message>
    <message>
      <source>Course details</source>
      <translation>课程详情</translation>
    </message>
    <message>
      <source>You need your mobile phone number to register. No ID card is needed.</source>
      <translation>报名需要手机号码，无需身份证。</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>已删除。</translation>
    </message>
    <message>
      <source>Your mobile phone number</source>
      <translation>您的手机号码</translation>
    </message>
    <message>
      <source>Type your mobile phone number, starting with 010. The centre contacts you at this number about the course.</source>
      <translation>请输入以010开头的手机号码。中心将通过此号码与您联系课程事宜。</translation>
    </message>
    <message>
      <source>Mobile phone number</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <source>{count} digits typed</source>
      <translation>已输入{count}位</translation>
    </message>
    <message>
      <source>Your number is stored encrypted, used only for this course, and printed on the slip with the middle digits hidden.</source>
      <translation>您的号码将加密保存，仅用于本课程；凭条上打印时会隐藏中间几位。</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Save the registration and print the slip</source>
      <translation>保存报名并打印凭条</translation>
    </message>
    <message>
      <source>Your name (you may skip this)</source>
      <translation>您的姓名（可跳过）</translation>
    </message>
    <message>
      <source>Type your name so the centre knows who registered. You may skip this and give it at the counter.</source>
      <translation>请输入姓名，以便中心确认报名人。也可以跳过，到窗口时再告知。</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>{count} letters typed</source>
      <translation>已输入{count}个字</translation>
    </message>
    <message>
      <source>Skip: register without a name</source>
      <translation>跳过：不填姓名报名</translation>
    </message>
    <message>
      <source>Save the registration without a name and print the slip</source>
      <translation>不填姓名保存报名并打印凭条</translation>
    </message>
    <message>
      <source>Registration number</source>
      <translation>报名编号</translation>
    </message>
    <message>
      <source>Registration number {number}</source>
      <translation>报名编号 {number}</translation>
    </message>
    <message>
      <source>{fee}. {places}</source>
      <translation>{fee}。{places}</translation>
    </message>
    <message>
      <source>Category: {category}</source>
      <translation>类别：{category}</translation>
    </message>
    <message>
      <source>When: {schedule}</source>
      <translation>时间：{schedule}</translation>
    </message>
    <message>
      <source>Term: {term}</source>
      <translation>学期：{term}</translation>
    </message>
    <message>
      <source>Fee: {fee} (paid at the counter)</source>
      <translation>学费：{fee}（在窗口缴纳）</translation>
    </message>
    <message>
      <source>Next, type your mobile phone number</source>
      <translation>下一步：输入手机号码</translation>
    </message>
    <message>
      <source>The number is complete. Press Enter to continue.</source>
      <translation>号码已输入完整。请按确认键继续。</translation>
    </message>
    <message>
      <source>Digit entered.</source>
      <translation>已输入数字。</translation>
    </message>
    <message>
      <source>Mobile phone number for {course}</source>
      <translation>报名{course}的手机号码</translation>
    </message>
    <message>
      <source>Printing your slip…</source>
      <translation>正在打印凭条…</translation>
    </message>
    <message>
      <source>Your registration is saved. Please wait.</source>
      <translation>报名已保存。请稍候。</translation>
    </message>
    <message>
      <source>Your registration is saved</source>
      <translation>报名已保存</translation>
    </message>
    <message>
      <source>Join the waiting list</source>
      <translation>登记候补</translation>
    </message>
    <message>
      <source>Register for this course</source>
      <translation>报名此课程</translation>
    </message>
    <message>
      <source>Saving your registration…</source>
      <translation>正在保存报名…</translation>
    </message>
    <message>
      <source>Please wait.</source>
      <translation>请稍候。</translation>
    </message>
    <message>
      <source>Looking up the courses. Please wait.</source>
      <translation>正在查询课程，请稍候。</translation>
    </message>
    <message>
      <source>You are on the waiting list. Please take your slip</source>
      <translation>已登记候补。请取走凭条</translation>
    </message>
    <message>
      <source>You are registered. Please take your slip</source>
      <translation>报名成功。请取走凭条</translation>
    </message>
  </context>
  <context>
    <name>receipt</name>
    <message>
      <source>{amount} won</source>
      <translation>{amount} 韩元</translation>
    </message>
    <message>
      <source>Paid ({id})</source>
      <translation>已支付（{id}）</translation>
    </message>
    <message>
      <source>Fee waived</source>
      <translation>免收费用</translation>
    </message>
    <message>
      <source>Cancelled, not charged</source>
      <translation>已取消，未收费</translation>
    </message>
    <message>
      <source>Not charged (please tell the staff)</source>
      <translation>未收费（请告知工作人员）</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>收据</translation>
    </message>
    <message>
      <source>Issuance numbers</source>
      <translation>签发编号</translation>
    </message>
    <message>
      <source>Please keep this receipt.</source>
      <translation>请妥善保管本收据。</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>证明</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>份数</translation>
    </message>
    <message>
      <source>{printed} of {copies}</source>
      <translation>{printed}/{copies} 份</translation>
    </message>
    <message>
      <source>Fee per copy</source>
      <translation>每份费用</translation>
    </message>
    <message>
      <source>Total charged</source>
      <translation>实收金额</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>支付</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <source>Your records could not be retrieved right now. You have not been charged. Please try again later or ask at the counter.</source>
      <translation>暂时无法查询您的记录。未向您收费。请稍后重试或到窗口咨询。</translation>
    </message>
    <message>
      <source>No resident registration record was found for this ID card. Certificates for this card cannot be issued here. Please ask at the counter, where staff can help you.</source>
      <translation>未找到与此身份证件对应的居民登录记录，无法在此为该证件开具证明。请到窗口咨询，工作人员会为您办理。</translation>
    </message>
  </context>
  <context>
    <name>stats</name>
    <message>
      <source>Tickets per hour</source>
      <translation>每小时取号数</translation>
    </message>
    <message>
      <source>From</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>To</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>查询</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>{count} tickets from {start} to {end}</source>
      <translation>{start} 至 {end} 共 {count} 个号码</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>业务</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>取号</translation>
    </message>
    <message>
      <source>Served</source>
      <translation>已办理</translation>
    </message>
    <message>
      <source>No-shows</source>
      <translation>过号</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Wait avg (min)</source>
      <translation>平均等候（分钟）</translation>
    </message>
    <message>
      <source>Wait p90 (min)</source>
      <translation>等候 p90（分钟）</translation>
    </message>
    <message>
      <source>Service avg (min)</source>
      <translation>平均办理（分钟）</translation>
    </message>
    <message>
      <source>Service p90 (min)</source>
      <translation>办理 p90（分钟）</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>Statistics unavailable: {reason}</source>
      <translation>无法获取统计数据：{reason}</translation>
    </message>
  </context>
  <context>
    <name>tech</name>
    <message>
      <source>Business day {wall} (last numbers issued for {last}): the clock and the queue agree.</source>
      <translation>营业日 {wall}（最后发号日期 {last}）：时钟与队列一致。</translation>
    </message>
    <message>
      <source>Nothing was moved: these numbers are in play on both {wall} and {last}, and two residents would hold the same number: {codes}. Serve or cancel them, then move the numbers back again.</source>
      <translation>未移动任何号码：以下号码在 {wall} 和 {last} 两天都仍在使用中，移动后两位居民会持有同一个号码：{codes}。请先办理或取消这些号码，然后再次移回今天。</translation>
    </message>
    <message>
      <source>The clock says {wall}, the last numbers were issued for {last}: numbers are refused as a clock jump. Check the clock; if the date is right, accept it.</source>
      <translation>时钟显示 {wall}，最后一批号码是为 {last} 发放的：系统将其视为时钟跳变并拒绝发号。请检查时钟；如果日期正确，请确认接受。</translation>
    </message>
    <message>
      <source>The clock says {wall}, but numbers were issued for {last}: the queue is held on that later day. If the clock is right now, move those numbers back to today.</source>
      <translation>时钟显示 {wall}，但已有号码按 {last} 发放：队列被固定在那个较晚的日期。如果现在时钟正确，请把这些号码移回今天。</translation>
    </message>
    <message>
      <source>Business day and clock</source>
      <translation>营业日与时钟</translation>
    </message>
    <message>
      <source>Check the clock</source>
      <translation>检查时钟</translation>
    </message>
    <message>
      <source>Accept the clock's date</source>
      <translation>接受时钟日期</translation>
    </message>
    <message>
      <source>Move numbers back to today</source>
      <translation>把号码移回今天</translation>
    </message>
    <message>
      <source>Clock not checked: {reason}</source>
      <translation>未能检查时钟：{reason}</translation>
    </message>
    <message>
      <source>Tap again to confirm</source>
      <translation>再按一次以确认</translation>
    </message>
    <message>
      <source>Not started: the kiosk has not reached its database yet.</source>
      <translation>尚未启动：自助终端尚未连接到数据库。</translation>
    </message>
    <message>
      <source>Saved. The kiosk keeps using its current database until it restarts (System page).</source>
      <translation>已保存。在自助终端重新启动之前，仍使用当前的数据库（系统页面）。</translation>
    </message>
    <message>
      <source>Saved. The next attempt to reach the database uses it.</source>
      <translation>已保存。下一次连接数据库时将使用此设置。</translation>
    </message>
    <message>
      <source>could not save {path}: {error}</source>
      <translation>无法保存 {path}：{error}</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>{d} d {h} h {m} min</source>
      <translation>{d} 天 {h} 小时 {m} 分钟</translation>
    </message>
    <message>
      <source>Refresh now</source>
      <translation>立即刷新</translation>
    </message>
    <message>
      <source>Backend: {backend} ({name})</source>
      <translation>后端：{backend}（{name}）</translation>
    </message>
    <message>
      <source>Paper low flag: {low}   Jobs printed today: {jobs}</source>
      <translation>纸张不足标志：{low}   今日打印任务：{jobs}</translation>
    </message>
    <message>
      <source>Backend: {backend}</source>
      <translation>后端：{backend}</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>打印机</translation>
    </message>
    <message>
      <source>Card reader</source>
      <translation>读卡器</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>语音</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>Application</source>
      <translation>应用程序</translation>
    </message>
    <message>
      <source>Last error: {error} at {time}</source>
      <translation>最近错误：{error}（{time}）</translation>
    </message>
    <message>
      <source>Test phrase: {phrase}</source>
      <translation>测试语句：{phrase}</translation>
    </message>
    <message>
      <source>{mb:.1f} MB</source>
      <translation>{mb:.1f} MB</translation>
    </message>
    <message>
      <source>Location: {where}</source>
      <translation>位置：{where}</translation>
    </message>
    <message>
      <source>Size: {size}</source>
      <translation>大小：{size}</translation>
    </message>
    <message>
      <source>Config file: {where}</source>
      <translation>配置文件：{where}</translation>
    </message>
    <message>
      <source>Speak a test phrase</source>
      <translation>播放测试语句</translation>
    </message>
    <message>
      <source>Connection: error {error}</source>
      <translation>连接：错误 {error}</translation>
    </message>
    <message>
      <source>No reader found.</source>
      <translation>未找到读卡器。</translation>
    </message>
    <message>
      <source>{reader}: card inserted: {present}</source>
      <translation>{reader}：已插卡：{present}</translation>
    </message>
    <message>
      <source>Backend: {backend}   Voice: {voice}</source>
      <translation>后端：{backend}   语音：{voice}</translation>
    </message>
    <message>
      <source>Not reached, trying again: {reason}</source>
      <translation>未能连接，正在重试：{reason}</translation>
    </message>
    <message>
      <source>Tickets today: {n}</source>
      <translation>今日取号：{n}</translation>
    </message>
    <message>
      <source>Online: {online}   Paper: {paper}   Cover open: {cover}</source>
      <translation>在线：{online}   纸张：{paper}   机盖打开：{cover}</translation>
    </message>
    <message>
      <source>Uptime: {uptime}</source>
      <translation>运行时间：{uptime}</translation>
    </message>
    <message>
      <source>Error: {e}</source>
      <translation>错误：{e}</translation>
    </message>
    <message>
      <source>Version: {version}</source>
      <translation>版本：{version}</translation>
    </message>
    <message>
      <source>Search for devices</source>
      <translation>搜索设备</translation>
    </message>
    <message>
      <source>Attached devices</source>
      <translation>已连接的设备</translation>
    </message>
    <message>
      <source>Not searched yet.</source>
      <translation>尚未搜索。</translation>
    </message>
    <message>
      <source>Network printer</source>
      <translation>网络打印机</translation>
    </message>
    <message>
      <source>Host or IP address</source>
      <translation>主机名或 IP 地址</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <source>Test connection</source>
      <translation>测试连接</translation>
    </message>
    <message>
      <source>Use this printer</source>
      <translation>使用此打印机</translation>
    </message>
    <message>
      <source>Tests</source>
      <translation>测试</translation>
    </message>
    <message>
      <source>Print a test page</source>
      <translation>打印测试页</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <source>Birth date YYMMDD</source>
      <translation>出生日期 YYMMDD</translation>
    </message>
    <message>
      <source>Expiry date YYMMDD</source>
      <translation>有效期限 YYMMDD</translation>
    </message>
    <message>
      <source>Read a card</source>
      <translation>读卡</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>正在搜索…</translation>
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation>搜索失败：{error}</translation>
    </message>
    <message>
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <source>Serial ports</source>
      <translation>串口</translation>
    </message>
    <message>
      <source>CUPS queues on {server}</source>
      <translation>CUPS 队列（服务器：{server}）</translation>
    </message>
    <message>
      <source>CUPS queues</source>
      <translation>CUPS 队列</translation>
    </message>
    <message>
      <source>Card readers (PC/SC)</source>
      <translation>读卡器（PC/SC）</translation>
    </message>
    <message>
      <source>Speech voices</source>
      <translation>语音音色</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>正在连接…</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>正在打印…</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>正在读取…</translation>
    </message>
    <message>
      <source>Card read successfully ({kind}).</source>
      <translation>读卡成功（{kind}）。</translation>
    </message>
    <message>
      <source>Card read failed: {detail}</source>
      <translation>读卡失败：{detail}</translation>
    </message>
    <message>
      <source>Printer changed; it is used from the next ticket.</source>
      <translation>打印机已更换，将从下一张号码单开始使用。</translation>
    </message>
    <message>
      <source>Enter a host and a port number.</source>
      <translation>请输入主机和端口号。</translation>
    </message>
    <message>
      <source>Test page printed on {name}.</source>
      <translation>已在 {name} 上打印测试页。</translation>
    </message>
    <message>
      <source>Test page failed on {name}: {failure} {detail}</source>
      <translation>{name} 打印测试页失败：{failure} {detail}</translation>
    </message>
    <message>
      <source>Not available: {reason}</source>
      <translation>不可用：{reason}</translation>
    </message>
    <message>
      <source>None found.</source>
      <translation>未找到。</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>使用</translation>
    </message>
    <message>
      <source>printer</source>
      <translation>打印机</translation>
    </message>
    <message>
      <source>Too many wrong PINs. Try again in {minutes} min.</source>
      <translation>PIN 错误次数过多。请在 {minutes} 分钟后重试。</translation>
    </message>
    <message>
      <source>Technician card read. Enter your PIN.</source>
      <translation>已读取技术人员卡。请输入PIN码。</translation>
    </message>
    <message>
      <source>No technician PIN is set. Set one with: kiosk tech set-pin</source>
      <translation>未设置技术人员 PIN。请用以下命令设置：kiosk tech set-pin</translation>
    </message>
    <message>
      <source>No technician PIN is set.</source>
      <translation>未设置技术人员 PIN。</translation>
    </message>
    <message>
      <source>Wrong PIN. {left} tries left.</source>
      <translation>PIN 错误。还剩 {left} 次机会。</translation>
    </message>
    <message>
      <source>from {low} to {high}</source>
      <translation>{low} 至 {high}</translation>
    </message>
    <message>
      <source>at least {low}</source>
      <translation>至少 {low}</translation>
    </message>
    <message>
      <source>at most {high}</source>
      <translation>最多 {high}</translation>
    </message>
    <message>
      <source>Decrease</source>
      <translation>减少</translation>
    </message>
    <message>
      <source>Increase</source>
      <translation>增加</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>（未设置）</translation>
    </message>
    <message>
      <source>Recent log lines</source>
      <translation>最近日志</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Where to save the bundle</source>
      <translation>诊断包保存位置</translation>
    </message>
    <message>
      <source>Export diagnostics</source>
      <translation>导出诊断信息</translation>
    </message>
    <message>
      <source>Data folder: {path}</source>
      <translation>数据文件夹：{path}</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>已保存：{path}</translation>
    </message>
    <message>
      <source>Export failed: {error}</source>
      <translation>导出失败：{error}</translation>
    </message>
    <message>
      <source>No log buffer installed.</source>
      <translation>未安装日志缓冲区。</translation>
    </message>
    <message>
      <source>USB: {label}</source>
      <translation>USB：{label}</translation>
    </message>
    <message>
      <source>Restart today's numbering</source>
      <translation>重新开始今日编号</translation>
    </message>
    <message>
      <source>Numbering restarted: the next number is {n}.</source>
      <translation>已重新编号：下一个号码为 {n}。</translation>
    </message>
    <message>
      <source>Numbering not restarted: {reason}</source>
      <translation>未能重新开始编号：{reason}</translation>
    </message>
    <message>
      <source>Waiting tickets keep their numbers; new numbers continue after the highest number still waiting.</source>
      <translation>等候中的号码保持不变；新号码从仍在等候的最大号码之后继续。</translation>
    </message>
    <message>
      <source>Tap again to confirm the restart</source>
      <translation>再点一次以确认重新编号</translation>
    </message>
    <message>
      <source>Waiting tickets keep their numbers. New numbers continue after the highest number still waiting (1 if none is waiting).</source>
      <translation>等候中的号码保持不变。新号码从仍在等候的最大号码之后继续（如无人等候则从 1 开始）。</translation>
    </message>
    <message>
      <source>Technician PIN</source>
      <translation>技术人员 PIN</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清空</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>{count} digits entered</source>
      <translation>已输入 {count} 位</translation>
    </message>
    <message>
      <source>Delete the last digit</source>
      <translation>删除最后一位</translation>
    </message>
    <message>
      <source>Restart the kiosk application</source>
      <translation>重启自助机程序</translation>
    </message>
    <message>
      <source>Exit to the desktop</source>
      <translation>退出到桌面</translation>
    </message>
    <message>
      <source>Technician mode</source>
      <translation>技术人员模式</translation>
    </message>
    <message>
      <source>Back to the resident screen</source>
      <translation>返回居民界面</translation>
    </message>
    <message>
      <source>Statistics need the database, which the kiosk has not reached yet.</source>
      <translation>统计需要数据库，但自助终端尚未连接到数据库。</translation>
    </message>
    <message>
      <source>Leave technician mode to return to the resident screen. Exit or restart only when servicing the kiosk.</source>
      <translation>退出技术人员模式即返回居民界面。仅在维护自助机时才退出或重启。</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>仪表板</translation>
    </message>
    <message>
      <source>Devices</source>
      <translation>设备</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Services</source>
      <translation>业务</translation>
    </message>
    <message>
      <source>Logs</source>
      <translation>日志</translation>
    </message>
    <message>
      <source>System</source>
      <translation>系统</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>统计</translation>
    </message>
  </context>
  <context>
    <name>ticket</name>
    <message>
      <source>{minutes} min</source>
      <translation>约 {minutes} 分钟</translation>
    </message>
    <message>
      <source>No wait</source>
      <translation>无需等候</translation>
    </message>
    <message>
      <source>Please wait until your number is shown and called.</source>
      <translation>请等候您的号码显示并被叫到。</translation>
    </message>
    <message>
      <source>If you miss your call, please ask at the counter.</source>
      <translation>如错过叫号，请到窗口咨询。</translation>
    </message>
    <message>
      <source>Priority ticket</source>
      <translation>优先号码</translation>
    </message>
    <message>
      <source>People ahead</source>
      <translation>前面人数</translation>
    </message>
    <message>
      <source>Estimated wait</source>
      <translation>预计等候</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>发放时间</translation>
    </message>
    <message>
      <source>Your number is {code}.</source>
      <translation>您的号码是 {code} 号。</translation>
    </message>
    <message>
      <source>Your number</source>
      <translation>您的号码</translation>
    </message>
    <message>
      <source>Please check the printer slot</source>
      <translation>请查看出纸口</translation>
    </message>
    <message>
      <source>Your ticket should come out below the screen. If there is none, remember your number and tell a member of staff.</source>
      <translation>号码票应从屏幕下方出来。如果没有出来，请记住您的号码并告诉工作人员。</translation>
    </message>
    <message>
      <source>People ahead of you: {count}</source>
      <translation>您前面还有 {count} 人</translation>
    </message>
    <message>
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds} 秒后返回首页</translation>
    </message>
    <message>
      <source>Please take your ticket</source>
      <translation>请取走您的号码单</translation>
    </message>
    <message>
      <source>Your ticket is printed below the screen. Wait until your number is called.</source>
      <translation>号码单已在屏幕下方打印。请等候叫号。</translation>
    </message>
    <message>
      <source>Printing your ticket…</source>
      <translation>正在打印号码单…</translation>
    </message>
    <message>
      <source>Please wait a moment.</source>
      <translation>请稍候。</translation>
    </message>
    <message>
      <source>Estimated wait: about {minutes} min</source>
      <translation>预计等候：约 {minutes} 分钟</translation>
    </message>
    <message>
      <source>Estimated wait: you are next</source>
      <translation>预计等候：下一位就是您</translation>
    </message>
  </context>
  <context>
    <name>unavailable</name>
    <message>
      <source>Temporarily unavailable</source>
      <translation>暂时无法使用</translation>
    </message>
  </context>
  <context>
    <name>voice</name>
    <message>
      <source>Volume: {level}.</source>
      <translation>音量：{level}。</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>最大</translation>
    </message>
    <message>
      <source>Speed: {level}.</source>
      <translation>语速：{level}。</translation>
    </message>
    <message>
      <source>minimum</source>
      <translation>最小</translation>
    </message>
    <message>
      <source>{level} of 10</source>
      <translation>十级中的第{level}级</translation>
    </message>
    <message>
      <source>Press 2 or 8 to move, 5 to choose, 0 to repeat, star to go back, hash for the first screen.</source>
      <translation>按 2 或 8 移动，按 5 选择，按 0 重听，按星号键返回上一步，按井号键回到首页。</translation>
    </message>
    <message>
      <source>Time is up. Returning to the first screen.</source>
      <translation>时间已到，正在返回首页。</translation>
    </message>
    <message>
      <source>Earphones are needed to hear what you type. Without them, each key is confirmed without saying it.</source>
      <translation>要听到您输入的内容，需要戴耳机。没有耳机时，每次按键只确认已输入，不读出内容。</translation>
    </message>
    <message>
      <source>The ID card was taken out. Returning to the first screen.</source>
      <translation>身份证件已被取出，正在返回首页。</translation>
    </message>
  </context>
</TS>
