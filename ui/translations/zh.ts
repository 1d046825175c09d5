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
    <message>
      <source>off</source>
      <translation>关</translation>
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
      <source>This card's chip could not be verified as genuine, so the card cannot be used here. Nothing has been printed or charged. Please ask the staff at the counter.</source>
      <translation>无法确认此卡芯片为真品，因此无法在此使用该卡。没有打印任何内容，也没有收取任何费用。请咨询柜台工作人员。</translation>
    </message>
  </context>
  <context>
    <name>centre</name>
    <message>
      <source>Please enter a mobile phone number starting with 010, for example 010 1234 5678.</source>
      <translation>请输入以010开头的手机号码，例如 010 1234 5678。</translation>
    </message>
    <message>
      <source>This service is temporarily unavailable. Please ask at the counter.</source>
      <translation>此项服务暂时无法使用。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Type your mobile number with the number keys. Star deletes. Press Enter when done.</source>
      <translation>请用数字键输入手机号码。星号键删除，输入完毕请按确认键。</translation>
    </message>
    <message>
      <source>Type your mobile number.</source>
      <translation>请输入您的手机号码。</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>其他服务</translation>
    </message>
    <message>
      <source>Choose what you came for.</source>
      <translation>请选择您要办理的业务。</translation>
    </message>
    <message>
      <source>The number is complete. Press Enter to go on.</source>
      <translation>号码已输入完整。请按确认键继续。</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>Go on with this number</source>
      <translation>用此号码继续</translation>
    </message>
    <message>
      <source>{count} digit typed</source>
      <translation>已输入{count}位</translation>
    </message>
    <message>
      <source>{count} digits typed</source>
      <translation>已输入{count}位</translation>
    </message>
    <message>
      <source>No number typed yet</source>
      <translation>尚未输入号码</translation>
    </message>
  </context>
  <context>
    <name>cert</name>
    <message>
      <source>This ID document has expired. Please use one that is still valid, or ask at the counter.</source>
      <translation>此身份证件已过期。请使用仍在有效期内的证件，或到窗口咨询。</translation>
    </message>
    <message>
      <source>The ID card did not accept the details {count} times, so it will not be tried again (a card can lock itself after too many attempts). Please ask at the counter.</source>
      <translation>身份证已{count}次不接受所输入的信息，因此不再尝试（尝试次数过多可能导致卡片锁定）。请到柜台咨询。</translation>
    </message>
    <message>
      <source>The ID card was taken out, so anything typed for it was cleared. Put your ID card in the reader and type its details.</source>
      <translation>身份证已被取出，为其输入的内容已清除。请将身份证放入读卡器，然后输入其信息。</translation>
    </message>
    <message>
      <source>The records found do not belong to the person on this ID card, so nothing can be issued. Nothing has been printed or charged. Please ask the staff at the counter; they have been told.</source>
      <translation>查到的记录不属于此身份证的持有人，因此无法签发任何文件。没有打印任何内容，也没有收取任何费用。请咨询柜台工作人员，已通知他们。</translation>
    </message>
    <message>
      <source>We could not confirm whether your card was charged. Please keep your receipt and ask at the counter.</source>
      <translation>无法确认您的银行卡是否已被扣款。请保留收据并到窗口咨询。</translation>
    </message>
    <message>
      <source>We could not confirm whether your card was charged, and the receipt could not be printed. Please ask at the counter.</source>
      <translation>我们无法确认您的卡是否已扣款，收据也未能打印。请到窗口咨询。</translation>
    </message>
    <message>
      <source>The receipt could not be printed. Please ask at the counter for one.</source>
      <translation>收据未能打印。请到窗口领取。</translation>
    </message>
    <message>
      <source>{reason} {charged} A member of staff has been told.</source>
      <translation>{reason}{charged}已通知工作人员。</translation>
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
      <source>{reason} {charged} {receipt} A member of staff has been told.</source>
      <translation>{reason}{charged}{receipt}已通知工作人员。</translation>
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
      <source>A tax payment certificate cannot be issued because some local taxes are unpaid. Nothing has been charged. Please ask at the counter.</source>
      <translation>因有未缴纳的地方税，无法开具地方税纳税证明。未收取任何费用。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Something went wrong. Nothing has been charged.</source>
      <translation>出现问题。未收取任何费用。</translation>
    </message>
    <message>
      <source>{printed} of {copies} copies printed; you have not been charged.</source>
      <translation>{copies} 份中已打印 {printed} 份；未向您收费。</translation>
    </message>
    <message>
      <source>1 of {copies} copies was printed; you were charged only for that one.</source>
      <translation>{copies} 份中已打印 1 份，仅按已打印的份数收费。</translation>
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
      <source>Cleared.</source>
      <translation>已全部清除。</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>已删除。</translation>
    </message>
    <message>
      <source>Digit entered.</source>
      <translation>已输入数字。</translation>
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
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Last 5 years</source>
      <translation>最近5年</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>General</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Detailed</source>
      <translation>详细</translation>
    </message>
    <message>
      <source>Specific</source>
      <translation>特定</translation>
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
      <source>Copies: {copies}</source>
      <translation>份数：{copies} 份</translation>
    </message>
    <message>
      <source>You can print at most {copies} copies at a time.</source>
      <translation>一次最多可打印{copies}份。</translation>
    </message>
    <message>
      <source>Total: {total}</source>
      <translation>合计：{total}</translation>
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
      <source>The details you typed are still there. Type a detail again to replace it, or press Enter to keep it.</source>
      <translation>您输入的信息仍然保留。重新输入某一项即可替换该项，按确认键则保留原样。</translation>
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
      <source>Show how the household was formed</source>
      <translation>显示户籍构成事由及日期</translation>
    </message>
    <message>
      <source>Print why and when the household was formed</source>
      <translation>打印户籍构成的事由和日期</translation>
    </message>
    <message>
      <source>Show reasons for changes</source>
      <translation>显示变动事由</translation>
    </message>
    <message>
      <source>Print why each entry last changed</source>
      <translation>打印每位成员最近的变动事由</translation>
    </message>
    <message>
      <source>Past addresses</source>
      <translation>地址变动记录</translation>
    </message>
    <message>
      <source>Tap to choose: none, the last 5 years or all</source>
      <translation>每按一次切换：无、最近5年、全部</translation>
    </message>
    <message>
      <source>Show the head of household</source>
      <translation>显示户主姓名及关系</translation>
    </message>
    <message>
      <source>Print the head of household's name and your relation</source>
      <translation>打印户主姓名及您与户主的关系</translation>
    </message>
    <message>
      <source>Show military service</source>
      <translation>显示兵役事项</translation>
    </message>
    <message>
      <source>Print military service, if the records hold it</source>
      <translation>如有记录，打印兵役事项</translation>
    </message>
    <message>
      <source>Kind of certificate</source>
      <translation>证明书种类</translation>
    </message>
    <message>
      <source>Tap to choose. General: parents, spouse and children of the current marriage. Detailed: all children too. Specific: only the family members you choose</source>
      <translation>每按一次切换。一般：父母、配偶及现婚姻中的子女。详细：包括所有子女。特定：仅您选择的家庭成员</translation>
    </message>
    <message>
      <source>Purpose of use</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>Tap to choose what the certificate is for</source>
      <translation>每按一次切换证明书用途</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>See the summary</source>
      <translation>查看确认信息</translation>
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
      <source>Choose the family members to show (you are always shown):</source>
      <translation>请选择要显示的家庭成员（本人始终显示）：</translation>
    </message>
    <message>
      <source>{option}: {value}</source>
      <translation>{option}：{value}</translation>
    </message>
    <message>
      <source>Document: {name}</source>
      <translation>证明：{name}</translation>
    </message>
    <message>
      <source>Total: {total} (fee waived)</source>
      <translation>合计：{total}（免收费用）</translation>
    </message>
    <message>
      <source>Check and pay</source>
      <translation>确认并支付</translation>
    </message>
    <message>
      <source>Add another document</source>
      <translation>添加其他证明书</translation>
    </message>
    <message>
      <source>Choose one more document to pay for and print together</source>
      <translation>再选择一份证明书，一起付款并打印</translation>
    </message>
    <message>
      <source>Please take your documents</source>
      <translation>请取走您的证明</translation>
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
      <source>Letter entered.</source>
      <translation>已输入字母。</translation>
    </message>
    <message>
      <source>All three details are typed. Press Enter to read your ID card.</source>
      <translation>三项信息都已输入。请按确认键读取身份证件。</translation>
    </message>
    <message>
      <source>{count} character typed</source>
      <translation>已输入 {count} 个字符</translation>
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
      <source>Printing your documents…</source>
      <translation>正在打印证明…</translation>
    </message>
    <message>
      <source>Please wait. Do not take your ID card out until printing has finished.</source>
      <translation>请稍候。打印完成前请勿取出身份证件。</translation>
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
      <source>Cancel payment</source>
      <translation>取消付款</translation>
    </message>
    <message>
      <source>Stop paying and go back to the summary. Nothing is charged.</source>
      <translation>停止付款并返回确认信息页面。不会收取任何费用。</translation>
    </message>
    <message>
      <source>Shown</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Not shown</source>
      <translation>不显示</translation>
    </message>
    <message>
      <source>Show this family member or not</source>
      <translation>选择是否显示该家庭成员</translation>
    </message>
    <message>
      <source>Fee per copy: {fee}</source>
      <translation>每份费用：{fee}</translation>
    </message>
    <message>
      <source>Fee exemption applied</source>
      <translation>已适用手续费减免</translation>
    </message>
    <message>
      <source>Options: {options}</source>
      <translation>选项：{options}</translation>
    </message>
    <message>
      <source>Options:</source>
      <translation>选项：</translation>
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
      <source>Your documents and receipt are below the screen. Please take your ID card too.</source>
      <translation>证明和收据在屏幕下方。请同时取回您的身份证件。</translation>
    </message>
    <message>
      <source>Your documents are below the screen. Please take your ID card too.</source>
      <translation>证明在屏幕下方。请同时取回您的身份证件。</translation>
    </message>
    <message>
      <source>Issuance numbers:</source>
      <translation>签发编号：</translation>
    </message>
    <message>
      <source>Your ID card could not be used</source>
      <translation>无法使用您的身份证</translation>
    </message>
    <message>
      <source>The certificate could not be issued</source>
      <translation>未能开具证明</translation>
    </message>
    <message>
      <source>Try another ID card</source>
      <translation>换一张身份证</translation>
    </message>
    <message>
      <source>Take this card out, put in another ID card and type its details</source>
      <translation>取出这张卡，放入另一张身份证并输入其信息</translation>
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
      <source>Family member {number}</source>
      <translation>家庭成员 {number}</translation>
    </message>
    <message>
      <source>Fee exemption: {reason}</source>
      <translation>费用减免：{reason}</translation>
    </message>
    <message>
      <source>Printed issuance numbers:</source>
      <translation>已打印的签发编号：</translation>
    </message>
    <message>
      <source>Try printing again</source>
      <translation>重新打印</translation>
    </message>
    <message>
      <source>Back to the summary to print the copies that did not print</source>
      <translation>返回确认页面，打印未打印出的份数</translation>
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
      <source>Or:</source>
      <translation>或者：</translation>
    </message>
    <message>
      <source>Put the page with your photo face down on the scanner beside the screen: the details are read by themselves.</source>
      <translation>请把有照片的一页朝下放在屏幕旁的扫描仪上，信息会自动读取。</translation>
    </message>
  </context>
  <context>
    <name>certificate</name>
    <message>
      <source>general</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>detailed</source>
      <translation>详细</translation>
    </message>
    <message>
      <source>specific</source>
      <translation>特定</translation>
    </message>
    <message>
      <source>Apart from the deferred amounts above, there are no overdue local taxes as of {date}.</source>
      <translation>除上述缓期征收或缓期处分的金额外，截至 {date}，无其他拖欠的地方税。</translation>
    </message>
    <message>
      <source>There are no overdue local taxes as of {date}.</source>
      <translation>截至 {date}，无拖欠的地方税。</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>居民信息</translation>
    </message>
    <message>
      <source>Address history (last 5 years)</source>
      <translation>地址变动记录（最近5年）</translation>
    </message>
    <message>
      <source>Address history</source>
      <translation>地址变动记录</translation>
    </message>
    <message>
      <source>M</source>
      <translation>男</translation>
    </message>
    <message>
      <source>F</source>
      <translation>女</translation>
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
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Resident no.</source>
      <translation>居民登录号</translation>
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
      <source>Relation</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>户信息</translation>
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
      <source>Purpose of use</source>
      <translation>证明书用途</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Collection deferred</source>
      <translation>缓期征收</translation>
    </message>
    <message>
      <source>Seizure deferred</source>
      <translation>缓期欠税处分</translation>
    </message>
    <message>
      <source>Local taxes</source>
      <translation>地方税</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Household formed (reason, date)</source>
      <translation>户籍构成事由及日期</translation>
    </message>
    <message>
      <source>Reason for change</source>
      <translation>变动事由</translation>
    </message>
    <message>
      <source>Household members are not shown at your request.</source>
      <translation>应申请人要求，不显示家庭成员。</translation>
    </message>
    <message>
      <source>Past addresses are not shown at your request.</source>
      <translation>应申请人要求，不显示过往地址。</translation>
    </message>
    <message>
      <source>Military service</source>
      <translation>兵役事项</translation>
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
      <source>Registration base</source>
      <translation>登记基准地</translation>
    </message>
    <message>
      <source>Relation to the head</source>
      <translation>与户主的关系</translation>
    </message>
    <message>
      <source>Deferral</source>
      <translation>缓期类型</translation>
    </message>
    <message>
      <source>Tax year</source>
      <translation>课税年度</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>税目</translation>
    </message>
    <message>
      <source>Amount (won)</source>
      <translation>税额（韩元）</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>缓期至</translation>
    </message>
    <message>
      <source>now</source>
      <translation>至今</translation>
    </message>
    <message>
      <source>Family role</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Clan</source>
      <translation>本贯</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
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
      <source>Identifies this kiosk among the center's kiosks. Give each kiosk on one database its own: a kiosk started with an id that a running kiosk holds waits until that one stops.</source>
      <translation>在本中心的各台自助机中标识这一台。同一数据库上的每台自助机须使用不同的 ID：以正在运行的自助机已占用的 ID 启动的自助机会等待，直到那台停止。</translation>
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
      <source>Text messages</source>
      <translation>短信通知</translation>
    </message>
    <message>
      <source>Texts to residents who follow their ticket by phone.</source>
      <translation>发送给用手机查看号码票的居民的短信。</translation>
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
      <source>Accept test cards</source>
      <translation>接受测试卡</translation>
    </message>
    <message>
      <source>Also accept chips on a real reader signed under the test-only CSCA shipped with the kiosk (test cards). Its key is public: never on a kiosk that serves real residents. The mock reader's simulated chips are always checked against it.</source>
      <translation>在真实读卡器上也接受由自助机附带的仅供测试的 CSCA 签名的芯片（测试卡）。该 CSCA 的密钥是公开的：为真实居民服务的自助机上切勿开启。模拟读卡器的虚拟芯片始终以它核验。</translation>
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
      <source>Accept chips whose security object (EF.SOD) is missing or does not verify. Only for kiosks that issue no certificates and hold no votes: it cannot be on while any document is enabled or participation has polls.</source>
      <translation>接受缺少安全对象（EF.SOD）或其无法验证的芯片。仅适用于不签发证明也不进行投票的自助机：只要启用了任何文件或居民参与中有投票，就不能打开此项。</translation>
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
      <source>Gateway address</source>
      <translation>网关地址</translation>
    </message>
    <message>
      <source>The SMS / KakaoTalk (알림톡) gateway's https:// address (http:// only to this PC: 127.0.0.1, localhost); each message is POSTed as JSON {"to": ..., "text": ..., "sender": ...}.</source>
      <translation>短信/KakaoTalk（알림톡）网关的 https:// 地址（http:// 仅限本机：127.0.0.1、localhost）；每条消息以 JSON {"to": ..., "text": ..., "sender": ...} 通过 POST 发送。</translation>
    </message>
    <message>
      <source>API key file</source>
      <translation>API 密钥文件</translation>
    </message>
    <message>
      <source>File holding the gateway's API key (sent as a Bearer token).</source>
      <translation>存放网关 API 密钥的文件（作为 Bearer 令牌发送）。</translation>
    </message>
    <message>
      <source>API key variable</source>
      <translation>API 密钥环境变量</translation>
    </message>
    <message>
      <source>Environment variable holding the API key when no file is given.</source>
      <translation>未指定文件时存放 API 密钥的环境变量。</translation>
    </message>
    <message>
      <source>Sender number</source>
      <translation>发送号码</translation>
    </message>
    <message>
      <source>The center's registered sender number, passed to the gateway.</source>
      <translation>中心已登记的发送号码，传给网关。</translation>
    </message>
    <message>
      <source>Time limit (s)</source>
      <translation>时限（秒）</translation>
    </message>
    <message>
      <source>Per message.</source>
      <translation>每条消息。</translation>
    </message>
    <message>
      <source>Text message backend</source>
      <translation>短信发送方式</translation>
    </message>
    <message>
      <source>none: the status page offers no texts; mock: messages are kept in memory (tests, demo); http: a generic SMS / 알림톡 gateway.</source>
      <translation>none：状态页面不提供短信；mock：消息仅保存在内存中（测试、演示）；http：通用短信/알림톡网关。</translation>
    </message>
    <message>
      <source>HTTP gateway</source>
      <translation>HTTP 网关</translation>
    </message>
    <message>
      <source>Settings of the http backend.</source>
      <translation>http 方式的设置。</translation>
    </message>
    <message>
      <source>Give the gateway's address, starting with https://</source>
      <translation>请填写以 https:// 开头的网关地址</translation>
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
      <source>Residents the records mark as fee-exempt pay the fee of their exemption reason ([[exemptions]], for example recipients of basic livelihood support), or nothing when the records name no reason. Off: everyone pays.</source>
      <translation>记录中标为减免对象的居民按其减免事由（[[exemptions]]，例如基本生活保障对象）规定的费用支付；记录未写明事由时免费。关闭时所有人都付费。</translation>
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
      <source>On: every job needs a full status answer (DLE EOT) before and after it, and the printer's answer to GS r 1 once it has printed it, or it fails. Off: the printer or its connection cannot answer; tickets print unchecked (residents are asked to check the slot) and paid documents are refused.</source>
      <translation>开启：每个打印任务前后都必须收到完整的状态应答（DLE EOT），并在打印完成后收到打印机对 GS r 1 的应答，否则视为失败。关闭：打印机或其连接无法应答；号码票不经确认直接打印（提示居民查看出纸口），收费证明一律拒绝办理。</translation>
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
      <source>Serial device path that survives a replug, e.g. /dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A1B2C3-if00-port0 (not /dev/ttyUSB0, whose number can change), or COM3.</source>
      <translation>重新插拔后不变的串口设备路径，例如 /dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A1B2C3-if00-port0（不要用编号可能改变的 /dev/ttyUSB0），或 COM3。</translation>
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
      <source>Purpose id</source>
      <translation>用途标识符</translation>
    </message>
    <message>
      <source>Short stable identifier.</source>
      <translation>简短且固定的标识符。</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>The purpose as residents see it.</source>
      <translation>居民看到的用途名称。</translation>
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
      <source>Choices offered before printing: household_members, rrn_back (resident number back digits), household_reason (세대 구성 사유 및 일자), change_reason (변동 사유), address_history (none, last 5 years or all), household_head (세대주 성명 및 관계), military_service (병역사항), family_kind (일반, 상세 or 특정), purpose (from purposes). Copies are always offered.</source>
      <translation>打印前可选择的项目：household_members（家庭成员）、rrn_back（居民登记号码后几位）、household_reason（户籍构成事由及日期）、change_reason（变动事由）、address_history（地址变动：无、最近5年或全部）、household_head（户主姓名及关系）、military_service（兵役事项）、family_kind（一般、详细或特定）、purpose（从 purposes 中选择用途）。份数始终可选。</translation>
    </message>
    <message>
      <source>Purposes of use</source>
      <translation>用途</translation>
    </message>
    <message>
      <source>What the resident may say the document is for (the purpose option); the first is preselected.</source>
      <translation>居民可选择的证明书用途（purpose 选项）；默认选中第一个。</translation>
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
      <source>Exemption id</source>
      <translation>减免事由标识符</translation>
    </message>
    <message>
      <source>Short stable identifier; the records service names the reasons that apply to a resident with these ids.</source>
      <translation>简短且固定的标识符；记录服务用这些标识符说明适用于居民的减免事由。</translation>
    </message>
    <message>
      <source>The reason as residents see it on the summary.</source>
      <translation>居民在确认画面上看到的减免事由。</translation>
    </message>
    <message>
      <source>Fees (won)</source>
      <translation>费用（韩元）</translation>
    </message>
    <message>
      <source>Fee per copy for each document id under this exemption; a document not named here is free.</source>
      <translation>此减免事由下各证明书（按文件 id）每份的费用；未列出的证明书免费。</translation>
    </message>
    <message>
      <source>"{value}" is already used by {other}</source>
      <translation>"{value}" 已被 {other} 使用</translation>
    </message>
    <message>
      <source>Phone follow-up</source>
      <translation>手机查看排队</translation>
    </message>
    <message>
      <source>Print a QR code on each queue ticket that opens its live status page (served by `kiosk web`).</source>
      <translation>在每张号码票上打印二维码，可打开实时状态页面（由 `kiosk web` 提供）。</translation>
    </message>
    <message>
      <source>Public address</source>
      <translation>公开地址</translation>
    </message>
    <message>
      <source>Address residents' phones reach `kiosk web` at, e.g. http://10.0.0.5:8080 (the QR code is this address plus the ticket's secret link).</source>
      <translation>居民手机访问 `kiosk web` 的地址，例如 http://10.0.0.5:8080（二维码为该地址加上号码票的秘密链接）。</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>监听地址</translation>
    </message>
    <message>
      <source>Network address `kiosk web` listens on (0.0.0.0: every interface).</source>
      <translation>`kiosk web` 监听的网络地址（0.0.0.0：所有网卡）。</translation>
    </message>
    <message>
      <source>Listen port</source>
      <translation>监听端口</translation>
    </message>
    <message>
      <source>TCP port of `kiosk web`.</source>
      <translation>`kiosk web` 的 TCP 端口。</translation>
    </message>
    <message>
      <source>Text when this many are ahead</source>
      <translation>前面剩几人时发短信</translation>
    </message>
    <message>
      <source>A resident who left a phone number is texted once when this many people are ahead, and once when called.</source>
      <translation>留下电话号码的居民在前面剩这么多人时收到一次短信，被叫号时再收到一次。</translation>
    </message>
    <message>
      <source>Refresh period (s)</source>
      <translation>刷新间隔（秒）</translation>
    </message>
    <message>
      <source>How often the status page and the text notifier look at the queue.</source>
      <translation>状态页面和短信通知查看排队情况的频率。</translation>
    </message>
    <message>
      <source>Give the address phones reach the status page at, starting with http:// or https://</source>
      <translation>请填写手机访问状态页面的地址，以 http:// 或 https:// 开头</translation>
    </message>
    <message>
      <source>Item id</source>
      <translation>物品ID</translation>
    </message>
    <message>
      <source>Short stable identifier of the tool (lowercase).</source>
      <translation>工具的简短固定标识（小写）。</translation>
    </message>
    <message>
      <source>The tool as residents see it.</source>
      <translation>居民看到的工具名称。</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>How many of this tool the centre has.</source>
      <translation>中心拥有此工具的数量。</translation>
    </message>
    <message>
      <source>Loan days</source>
      <translation>借用天数</translation>
    </message>
    <message>
      <source>Days a resident may keep the tool; the slip gives the return date.</source>
      <translation>居民可借用工具的天数；单据上印有归还日期。</translation>
    </message>
    <message>
      <source>Offer tool lending and parcel keeping on the kiosk's other services.</source>
      <translation>在自助机的其他服务中提供工具借用和包裹代收。</translation>
    </message>
    <message>
      <source>Tools</source>
      <translation>工具</translation>
    </message>
    <message>
      <source>The tools residents may borrow.</source>
      <translation>居民可借用的工具。</translation>
    </message>
    <message>
      <source>Parcel keeping</source>
      <translation>包裹代收</translation>
    </message>
    <message>
      <source>Residents may ask, by phone number, whether a parcel is kept for them.</source>
      <translation>居民可用电话号码查询是否有代收包裹。</translation>
    </message>
    <message>
      <source>Counter</source>
      <translation>窗口</translation>
    </message>
    <message>
      <source>The counter where tools are handed out and returned and parcels collected.</source>
      <translation>交付和归还工具、领取包裹的窗口。</translation>
    </message>
    <message>
      <source>Tools per phone number</source>
      <translation>每个手机号码可借工具数</translation>
    </message>
    <message>
      <source>How many tools one mobile number may have at a time, asked for today or not yet returned; the kiosk refuses more (0: no limit).</source>
      <translation>一个手机号码同时可持有的工具数量（今天已申请或尚未归还的）；超过时自助终端拒绝受理（0：不限）。</translation>
    </message>
    <message>
      <source>Due soon (days)</source>
      <translation>即将到期（天）</translation>
    </message>
    <message>
      <source>Staff see a loan in the reminders this many days before it is due.</source>
      <translation>到期前多少天在员工提醒中显示该借用。</translation>
    </message>
    <message>
      <source>Keep personal data (days)</source>
      <translation>个人信息保留（天）</translation>
    </message>
    <message>
      <source>Phone numbers of returned or cancelled loans and collected parcels are erased this many days later.</source>
      <translation>已归还或已取消的借用以及已领取包裹的电话号码在此天数后删除。</translation>
    </message>
    <message>
      <source>Text shown in Korean.</source>
      <translation>以韩语显示的文字。</translation>
    </message>
    <message>
      <source>Text shown in English.</source>
      <translation>以英语显示的文字。</translation>
    </message>
    <message>
      <source>Text shown in Simplified Chinese.</source>
      <translation>以简体中文显示的文字。</translation>
    </message>
    <message>
      <source>Text shown in Vietnamese.</source>
      <translation>以越南语显示的文字。</translation>
    </message>
    <message>
      <source>Notice id</source>
      <translation>通知ID</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>The notice's heading.</source>
      <translation>通知的标题。</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>正文</translation>
    </message>
    <message>
      <source>The notice itself, as residents read it in large type.</source>
      <translation>居民以大字阅读的通知正文。</translation>
    </message>
    <message>
      <source>Shown from</source>
      <translation>显示开始日期</translation>
    </message>
    <message>
      <source>First day the notice is shown (a date: 2026-11-16).</source>
      <translation>开始显示通知的日期（例如：2026-11-16）。</translation>
    </message>
    <message>
      <source>Shown until</source>
      <translation>显示截止日期</translation>
    </message>
    <message>
      <source>Last day the notice is shown (inclusive).</source>
      <translation>最后显示通知的日期（含当天）。</translation>
    </message>
    <message>
      <source>Option id</source>
      <translation>选项ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _). Votes and the list of who voted are kept under it: give each new poll a new id (a poll copied from last term with the same id keeps last term's votes, and its voters cannot vote again).</source>
      <translation>简短且固定的标识符（小写字母、数字、- 或 _）。投票结果和已投票名单都按它保存：每个新投票请使用新的标识符（沿用上期投票的标识符会保留上期的票数，且当时投过票的居民无法再次投票）。</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>The option as residents see it.</source>
      <translation>居民看到的选项名称。</translation>
    </message>
    <message>
      <source>Cost (won)</source>
      <translation>费用（韩元）</translation>
    </message>
    <message>
      <source>What the project costs: required in a budget poll, not set in a survey.</source>
      <translation>项目所需费用：预算投票必须填写，问卷调查不填写。</translation>
    </message>
    <message>
      <source>Poll id</source>
      <translation>投票ID</translation>
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _); votes keep it.</source>
      <translation>固定不变的简短标识（小写字母、数字、- 或 _），投票记录会保存它。</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>survey: a question with answers. budget: participatory budgeting (주민참여예산), each option a project with its cost.</source>
      <translation>survey：由问题和答案组成的问卷。budget：居民参与预算（주민참여예산），每个选项是一个带费用的项目。</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>What residents are asked.</source>
      <translation>向居民提出的问题。</translation>
    </message>
    <message>
      <source>The answers; each resident chooses one.</source>
      <translation>答案选项；每位居民选择一项。</translation>
    </message>
    <message>
      <source>Opens</source>
      <translation>投票开始</translation>
    </message>
    <message>
      <source>When voting starts (2026-11-16T09:00:00, center time).</source>
      <translation>投票开始的时间（例如 2026-11-16T09:00:00，按中心时区）。</translation>
    </message>
    <message>
      <source>Closes</source>
      <translation>投票截止</translation>
    </message>
    <message>
      <source>When voting ends (not included); results stay visible to staff.</source>
      <translation>投票结束的时间（此刻起不能再投票）；结果仍可供工作人员查看。</translation>
    </message>
    <message>
      <source>Offer resident participation on the kiosk's other-services menu.</source>
      <translation>在自助机的其他服务菜单中提供居民自治会服务。</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>通知</translation>
    </message>
    <message>
      <source>Notices of the residents' council, each shown between two dates.</source>
      <translation>居民自治会的通知，每条在指定的日期之间显示。</translation>
    </message>
    <message>
      <source>Polls</source>
      <translation>投票</translation>
    </message>
    <message>
      <source>Surveys and participatory-budget votes, each open between two times.</source>
      <translation>问卷调查和居民参与预算投票，每项在指定的时间之间开放。</translation>
    </message>
    <message>
      <source>give both opens and closes an offset, or neither</source>
      <translation>opens 和 closes 要么都写时区偏移，要么都不写</translation>
    </message>
    <message>
      <source>must not be before shown_from</source>
      <translation>不能早于 shown_from</translation>
    </message>
    <message>
      <source>must be after opens</source>
      <translation>必须晚于 opens</translation>
    </message>
    <message>
      <source>required in a budget poll</source>
      <translation>预算投票中必须填写</translation>
    </message>
    <message>
      <source>only for kind = "budget"</source>
      <translation>仅用于 kind = "budget"</translation>
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
      <source>Last day residents can register (at the latest term_end; after term_start, late registrants are told to pay before their first class).</source>
      <translation>居民可以报名的最后一天（最晚为 term_end；在 term_start 之后报名的居民会被告知在第一次上课前缴费）。</translation>
    </message>
    <message>
      <source>A disabled course takes no new registrations and the kiosk does not list it. The counter still lists it, to manage its registrations and waiting list (a cancel still gives the place to the first waiting).</source>
      <translation>已停用的课程不再接受新报名，自助终端也不显示。窗口仍会列出该课程，以便管理报名者和候补名单（取消报名后，名额仍会给候补名单上的第一位）。</translation>
    </message>
    <message>
      <source>Registration number prefix</source>
      <translation>报名编号前缀</translation>
    </message>
    <message>
      <source>Printed before each registration's number, e.g. YGAM in YGAM-001 (capital letters and digits). Empty: the first four letters of the id in capitals. Each course needs its own.</source>
      <translation>印在每个报名编号之前，例如 YGAM-001 中的 YGAM（大写字母和数字）。留空：使用 ID 前四个字母的大写。每门课程须各不相同。</translation>
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
      <source>Names and phone numbers of registrations are erased this many days after the term ends or the registration is cancelled (a term no longer in the config: after its first day).</source>
      <translation>报名者的姓名和电话号码在结课或取消报名后经过此天数即删除（已从配置中移除的学期从开课日起算）。</translation>
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
      <source>numbers registrations {prefix}-001 like {other}: give one of them another number_prefix</source>
      <translation>与 {other} 一样将报名编为 {prefix}-001：请为其中之一设置另一个 number_prefix</translation>
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
      <source>Fee exemptions</source>
      <translation>费用减免</translation>
    </message>
    <message>
      <source>Reasons a resident pays less or nothing for certificates (when devices.payment.waive_for_exempt is on), with the fee per document.</source>
      <translation>居民少付或免付证明书费用的事由及各证明书的费用（devices.payment.waive_for_exempt 开启时）。</translation>
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
      <source>Lending and parcels</source>
      <translation>借用·包裹</translation>
    </message>
    <message>
      <source>Tool lending and parcel keeping (a centre service).</source>
      <translation>工具借用和包裹代收（中心服务）。</translation>
    </message>
    <message>
      <source>QR code on tickets, the live status page and text messages.</source>
      <translation>号码票上的二维码、实时状态页面和短信。</translation>
    </message>
    <message>
      <source>Welfare intake</source>
      <translation>福利咨询与举报</translation>
    </message>
    <message>
      <source>Welfare consultation bookings, home visits and crisis reports.</source>
      <translation>福利咨询预约、上门访问和危机家庭举报。</translation>
    </message>
    <message>
      <source>Resident participation</source>
      <translation>居民自治会</translation>
    </message>
    <message>
      <source>주민자치회: notices on the kiosk and the lobby display, and polls residents vote in with their ID card.</source>
      <translation>居民自治会（주민자치회）：在自助机和大厅显示屏上显示的通知，以及居民凭身份证参与的投票。</translation>
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
      <source>must be off while residents vote with their ID card (participation has polls)</source>
      <translation>居民用身份证投票时必须关闭（居民参与中有投票）</translation>
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
      <source>must list at least one purpose (the purpose option is on)</source>
      <translation>必须至少列出一个用途（已启用 purpose 选项）</translation>
    </message>
    <message>
      <source>names no document in [[documents]]</source>
      <translation>不是 [[documents]] 中的证明书</translation>
    </message>
    <message>
      <source>must be between 0 and 100000 won</source>
      <translation>必须在 0 到 100000 韩元之间</translation>
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
      <source>must be empty (SQLite in the data folder), a SQLite URL (sqlite:///path/to/file.sqlite3) or a PostgreSQL URL (postgresql+psycopg://user@host/database)</source>
      <translation>必须为空（使用数据文件夹中的 SQLite）、SQLite URL（sqlite:///path/to/file.sqlite3）或 PostgreSQL URL（postgresql+psycopg://user@host/database）</translation>
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
      <source>How long the closing screens (take your ticket, your documents, a result) stay before returning home; at least 35 s, so the time warning, 25 s before the end, comes after 10 s of reading.</source>
      <translation>结束画面（取号、领取证明、结果）返回首页前显示的时间；至少 35 秒，使结束前 25 秒出现的时间提醒在阅读 10 秒之后才出现。</translation>
    </message>
    <message>
      <source>Run fullscreen (turn off only for development).</source>
      <translation>全屏运行（仅在开发时关闭）。</translation>
    </message>
    <message>
      <source>Topic id</source>
      <translation>类别ID</translation>
    </message>
    <message>
      <source>Stable identifier stored with each request.</source>
      <translation>与每项申请一起保存的固定标识。</translation>
    </message>
    <message>
      <source>The topic as residents and staff read it.</source>
      <translation>居民和工作人员看到的类别名称。</translation>
    </message>
    <message>
      <source>Weekday</source>
      <translation>星期</translation>
    </message>
    <message>
      <source>mon, tue, wed, thu, fri, sat or sun.</source>
      <translation>mon、tue、wed、thu、fri、sat或sun。</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>First slot starts at this time (HH:MM).</source>
      <translation>第一个时段从此时间开始（HH:MM）。</translation>
    </message>
    <message>
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>The last slot ends by this time (HH:MM, later than the start).</source>
      <translation>最后一个时段在此时间前结束（HH:MM，须晚于开始时间）。</translation>
    </message>
    <message>
      <source>Offer welfare consultation, home visits and crisis reports at the kiosk.</source>
      <translation>在自助机上提供福利咨询、上门访问和危机举报。</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>咨询类别</translation>
    </message>
    <message>
      <source>What a resident can ask about, in the order the kiosk lists them.</source>
      <translation>居民可咨询的类别，按自助机显示的顺序排列。</translation>
    </message>
    <message>
      <source>Consultation hours</source>
      <translation>咨询时间</translation>
    </message>
    <message>
      <source>When welfare staff take consultations; slots are cut from these windows.</source>
      <translation>福利工作人员接受咨询的时间段；预约时段由此划分。</translation>
    </message>
    <message>
      <source>Slot length (minutes)</source>
      <translation>每个时段长度（分钟）</translation>
    </message>
    <message>
      <source>Length of one consultation slot.</source>
      <translation>一次咨询时段的长度。</translation>
    </message>
    <message>
      <source>Days ahead</source>
      <translation>可预约天数</translation>
    </message>
    <message>
      <source>Slots are offered from tomorrow up to this many days ahead.</source>
      <translation>提供从明天起至此天数内的时段。</translation>
    </message>
    <message>
      <source>Retention (days)</source>
      <translation>保存期限（天）</translation>
    </message>
    <message>
      <source>How long a request, with what the resident gave, is kept once staff have marked it done; a consultation is also kept until its slot is this many days past. New and in-progress requests are never deleted: they stay in the counter's welfare inbox until staff mark them done. Deleting runs at kiosk start and when the inbox refreshes.</source>
      <translation>工作人员将申请标记为完成后，该申请及居民填写的内容的保存期限；咨询预约还会保存到预约时间过后这么多天。新的和处理中的申请不会被删除：它们会留在窗口的福利收件箱中，直到工作人员将其标记为完成。删除在自助机启动时和收件箱刷新时进行。</translation>
    </message>
    <message>
      <source>Callback promise</source>
      <translation>回电说明</translation>
    </message>
    <message>
      <source>When staff will call back, printed on the receipt and shown at the end.</source>
      <translation>工作人员何时回电，打印在回执上并在最后显示。</translation>
    </message>
    <message>
      <source>Welfare team phone</source>
      <translation>福利组电话</translation>
    </message>
    <message>
      <source>The welfare team's number, printed on every receipt (empty: left off).</source>
      <translation>福利组的电话号码，打印在每张回执上（留空则不打印）。</translation>
    </message>
    <message>
      <source>must be a time as HH:MM, got "{value}"</source>
      <translation>必须是HH:MM格式的时间，实际为"{value}"</translation>
    </message>
    <message>
      <source>must be later than start ({start})</source>
      <translation>必须晚于开始时间（{start}）</translation>
    </message>
  </context>
  <context>
    <name>count</name>
    <message>
      <source>{count} people</source>
      <translation>{count}人</translation>
    </message>
    <message>
      <source>1 person</source>
      <translation>1人</translation>
    </message>
  </context>
  <context>
    <name>counter</name>
    <message>
      <source>Counter {n} is paused: resume it first</source>
      <translation>{n} 号窗口已暂停：请先恢复</translation>
    </message>
    <message>
      <source>{code} is still called here: start serving it or mark it absent first</source>
      <translation>{code} 仍在本窗口呼叫中：请先开始办理或标记为过号</translation>
    </message>
    <message>
      <source>{code} is already being served</source>
      <translation>{code} 已在办理中</translation>
    </message>
    <message>
      <source>{code} is no longer waiting</source>
      <translation>{code} 已不在等候中</translation>
    </message>
    <message>
      <source>{code} is still being served here: finish it first</source>
      <translation>{code} 仍在本窗口办理中：请先办理完成</translation>
    </message>
    <message>
      <source>{code} was just called to counter {n}</source>
      <translation>{code} 刚被 {n} 号窗口呼叫</translation>
    </message>
    <message>
      <source>{code} is still printing; it can be called once its ticket is out</source>
      <translation>{code} 仍在打印中；号码票出来后才能呼叫</translation>
    </message>
    <message>
      <source>Counter {n} serves no service (see services[].counters in the settings)</source>
      <translation>{n} 号窗口没有负责的业务（见设置中的 services[].counters）</translation>
    </message>
    <message>
      <source>Counter {n} has no called ticket</source>
      <translation>{n} 号窗口没有已呼叫的号码</translation>
    </message>
    <message>
      <source>{service} is switched off</source>
      <translation>{service} 业务已关闭</translation>
    </message>
    <message>
      <source>This ticket is no longer in the queue</source>
      <translation>此号码已不在队列中</translation>
    </message>
    <message>
      <source>{code} waits for another counter's service</source>
      <translation>{code} 等候的是其他窗口的业务</translation>
    </message>
    <message>
      <source>Unknown service {service}</source>
      <translation>未知业务：{service}</translation>
    </message>
    <message>
      <source>{code} already waits for {service}</source>
      <translation>{code} 已在等候 {service}</translation>
    </message>
    <message>
      <source>Start serving {code} first</source>
      <translation>请先开始办理 {code}</translation>
    </message>
    <message>
      <source>{code} was withdrawn at the kiosk: its resident holds no ticket. Call the next one.</source>
      <translation>{code} 已在自助机上撤回：没有居民持有此号码。请呼叫下一位。</translation>
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
      <source>Staff calls from kiosks (double-click or Enter to dismiss)</source>
      <translation>来自自助机的呼叫（双击或按 Enter 关闭）</translation>
    </message>
    <message>
      <source>Temporarily unavailable: the queue database does not answer. Retrying…</source>
      <translation>暂时无法使用：排队数据库无响应。正在重试…</translation>
    </message>
    <message>
      <source>{service} {count}</source>
      <translation>{service} {count}人</translation>
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
      <source>issued {time}</source>
      <translation>{time} 取号</translation>
    </message>
    <message>
      <source>{time}  {kiosk}: a resident asks for help ({detail})</source>
      <translation>{time}  {kiosk}：居民请求帮助（{detail}）</translation>
    </message>
    <message>
      <source>Queue · staff calls: {n}</source>
      <translation>排队 · 呼叫工作人员：{n}</translation>
    </message>
    <message>
      <source>Queue</source>
      <translation>排队</translation>
    </message>
    <message>
      <source>Temporarily unavailable; try again in a moment.</source>
      <translation>暂时无法使用，请稍后重试。</translation>
    </message>
    <message>
      <source>This centre has no other service to send a ticket to</source>
      <translation>本中心没有可转交号码的其他业务</translation>
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
      <source>No ticket at this counter</source>
      <translation>本窗口当前无号码</translation>
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
    <name>counter_panels</name>
    <message>
      <source>This PC's centre key file ({file}) is not the kiosks' one. Please ask the technician to copy it from the first kiosk.</source>
      <translation>此电脑的中心密钥文件（{file}）与自助终端的不同。请让技术人员从第一台自助终端复制该文件。</translation>
    </message>
  </context>
  <context>
    <name>counter_programmes</name>
    <message>
      <source>not taking registrations</source>
      <translation>暂停接受报名</translation>
    </message>
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
      <source>Mark as called</source>
      <translation>标记为已联系</translation>
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
      <source>Registered {registered}/{capacity} · waiting {waiting}/{waiting_list}</source>
      <translation>已报名 {registered}/{capacity} · 候补 {waiting}/{waiting_list}</translation>
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
      <source>{number} moved from the waiting list to a place: please call them.</source>
      <translation>候补 {number} 已转为正式报名：请联系该居民。</translation>
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
      <source>{number}: the name and phone number were erased.</source>
      <translation>{number}：姓名和电话号码已删除。</translation>
    </message>
    <message>
      <source>Registered, to call</source>
      <translation>已登记，待联系</translation>
    </message>
  </context>
  <context>
    <name>date</name>
    <message>
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <source>{month}/{day} ({weekday})</source>
      <translation>{month}月{day}日（{weekday}）</translation>
    </message>
    <message>
      <source>{year}/{month}/{day} ({weekday})</source>
      <translation>{year}年{month}月{day}日（{weekday}）</translation>
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
      <source>Residents' council notice</source>
      <translation>居民自治会通知</translation>
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
      <source>Paused</source>
      <translation>暂停服务</translation>
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
    <name>follow</name>
    <message>
      <source>Please enter a mobile number like 010-1234-5678 (numbers starting 010, 011...).</source>
      <translation>请输入手机号码，例如 010-1234-5678（以 010、011 等开头）。</translation>
    </message>
    <message>
      <source>Estimated wait: about {minutes} min</source>
      <translation>预计等待：约 {minutes} 分钟</translation>
    </message>
    <message>
      <source>[Queue {code}] {n} people are ahead of you. Please come to the waiting area.</source>
      <translation>【号码 {code}】您前面还有 {n} 人。请回到等候区。</translation>
    </message>
    <message>
      <source>Estimated wait: almost none</source>
      <translation>预计等待：几乎不用等</translation>
    </message>
    <message>
      <source>[Queue {code}] You are next. Please come to the waiting area.</source>
      <translation>【号码 {code}】下一位就是您。请回到等候区。</translation>
    </message>
    <message>
      <source>[Queue {code}] 1 person is ahead of you. Please come to the waiting area.</source>
      <translation>【号码 {code}】您前面还有 1 人。请回到等候区。</translation>
    </message>
    <message>
      <source>You are next</source>
      <translation>下一位就是您</translation>
    </message>
    <message>
      <source>1 person ahead of you</source>
      <translation>您前面还有 1 人</translation>
    </message>
    <message>
      <source>{n} people ahead of you</source>
      <translation>您前面还有 {n} 人</translation>
    </message>
    <message>
      <source>Your number was called. Please go to counter {n}.</source>
      <translation>已叫到您的号码。请到 {n} 号窗口。</translation>
    </message>
    <message>
      <source>Your number was called. Please go to the counter.</source>
      <translation>已叫到您的号码。请到窗口办理。</translation>
    </message>
    <message>
      <source>You are being served at counter {n}.</source>
      <translation>您正在 {n} 号窗口办理业务。</translation>
    </message>
    <message>
      <source>Your visit is finished. Thank you.</source>
      <translation>业务已办理完毕。谢谢。</translation>
    </message>
    <message>
      <source>Your number was called but you were not there. Please ask staff.</source>
      <translation>已叫到您的号码，但您不在。请咨询工作人员。</translation>
    </message>
    <message>
      <source>This ticket was cancelled. Please ask staff.</source>
      <translation>此号码票已取消。请咨询工作人员。</translation>
    </message>
    <message>
      <source>This ticket has expired. Please take a new number.</source>
      <translation>此号码票已过期。请重新取号。</translation>
    </message>
    <message>
      <source>[Queue {code}] Your number was called. Please go to counter {n}.</source>
      <translation>【号码 {code}】已叫到您的号码。请到 {n} 号窗口。</translation>
    </message>
    <message>
      <source>Queue ticket status</source>
      <translation>号码票排队状态</translation>
    </message>
    <message>
      <source>Your number</source>
      <translation>您的号码</translation>
    </message>
    <message>
      <source>This page updates by itself.</source>
      <translation>本页面会自动更新。</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Civil service</source>
      <translation>民政服务</translation>
    </message>
    <message>
      <source>Text me when {n} people are ahead of me and when my number is called.</source>
      <translation>前面剩 {n} 人时和叫到我的号码时，发短信通知我。</translation>
    </message>
    <message>
      <source>Mobile number</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <source>Send me texts</source>
      <translation>接收短信通知</translation>
    </message>
    <message>
      <source>We will text you when {n} people are ahead of you and when your number is called.</source>
      <translation>前面剩 {n} 人时和叫到您的号码时，我们会发短信通知您。</translation>
    </message>
    <message>
      <source>Texts go to {number}.</source>
      <translation>短信将发送到 {number}。</translation>
    </message>
    <message>
      <source>Wrong number? Enter the right one</source>
      <translation>号码有误？请输入正确的号码</translation>
    </message>
    <message>
      <source>Change number</source>
      <translation>更改号码</translation>
    </message>
    <message>
      <source>Your number is used for this ticket only and deleted when your visit ends or the day is over.</source>
      <translation>您的号码仅用于本号码票，业务结束或当天结束后即删除。</translation>
    </message>
    <message>
      <source>Your number was not saved: this ticket is no longer waiting, so no texts will come.</source>
      <translation>您的号码未保存：此号码票已不在等候中，因此不会发送短信。</translation>
    </message>
    <message>
      <source>The mobile number of this ticket cannot be changed again. Texts go to the number already saved.</source>
      <translation>此号码票的手机号码不能再更改。短信将发送到已保存的号码。</translation>
    </message>
    <message>
      <source>Ticket not found</source>
      <translation>找不到号码票</translation>
    </message>
    <message>
      <source>This link is not valid or has expired. Please take a new number at the kiosk.</source>
      <translation>此链接无效或已过期。请在自助机重新取号。</translation>
    </message>
    <message>
      <source>The queue cannot be reached right now. This page will try again by itself.</source>
      <translation>暂时无法获取排队信息。本页面会自动重试。</translation>
    </message>
  </context>
  <context>
    <name>home</name>
    <message>
      <source>Tap to take a queue number for this service.</source>
      <translation>点击即可领取该业务的号码。</translation>
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
      <source>Waiting: {count}</source>
      <translation>等候 {count} 人</translation>
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
      <source>Priority
Elderly, disabled, pregnant</source>
      <translation>优先
老人、残障人士、孕妇</translation>
    </message>
    <message>
      <source>Other services</source>
      <translation>其他服务</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>Typing in Hangul.</source>
      <translation>现在用韩文输入。</translation>
    </message>
    <message>
      <source>Typing in Latin letters.</source>
      <translation>现在用拉丁字母输入。</translation>
    </message>
    <message>
      <source>Shift on.</source>
      <translation>双辅音：开。</translation>
    </message>
    <message>
      <source>Shift off.</source>
      <translation>双辅音：关。</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>双辅音</translation>
    </message>
    <message>
      <source>The next key types a double consonant, ㅒ or ㅖ</source>
      <translation>下一个键输入双辅音或 ㅒ、ㅖ</translation>
    </message>
    <message>
      <source>Hangul</source>
      <translation>韩文</translation>
    </message>
    <message>
      <source>Latin letters</source>
      <translation>拉丁字母</translation>
    </message>
    <message>
      <source>Type in Hangul</source>
      <translation>用韩文输入</translation>
    </message>
    <message>
      <source>Type in Latin letters, A to Z</source>
      <translation>用拉丁字母（A 到 Z）输入</translation>
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
    <message>
      <source>Letter entered.</source>
      <translation>已输入文字。</translation>
    </message>
    <message>
      <source>Letter key</source>
      <translation>字母键</translation>
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
      <translation>全部清除</translation>
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
    <name>lending</name>
    <message>
      <source>All of these are lent out at the moment. Please ask at the counter.</source>
      <translation>目前已全部借出。请到窗口咨询。</translation>
    </message>
    <message>
      <source>This loan is not open any more.</source>
      <translation>此借用已处理完毕。</translation>
    </message>
    <message>
      <source>This request was for an earlier day, and every one of these has been asked for since. None is left to hand over.</source>
      <translation>这是之前某天的申请，此后所有物品都已被他人申请，没有可借出的了。</translation>
    </message>
    <message>
      <source>This parcel was already collected.</source>
      <translation>此包裹已被领取。</translation>
    </message>
    <message>
      <source>This request was for an earlier day, and its phone number already holds as many tools as one number may ({limit}). Hand it over once one of them is returned or cancelled.</source>
      <translation>这是之前某天的申请，且该手机号码已申请或借用了一个号码可持有的最大数量（{limit} 件）的工具。请在其中一件归还或取消后再交付。</translation>
    </message>
    <message>
      <source>This phone number already has {limit} tools asked for or borrowed. Please return one first, or ask at the counter.</source>
      <translation>此手机号码已申请或借用了 {limit} 件工具。请先归还一件，或到窗口咨询。</translation>
    </message>
    <message>
      <source>This phone number already has a tool asked for or borrowed. Please return it first, or ask at the counter.</source>
      <translation>此手机号码已申请或借用了一件工具。请先归还，或到窗口咨询。</translation>
    </message>
    <message>
      <source>Counter {n}</source>
      <translation>{n}号窗口</translation>
    </message>
    <message>
      <source>Tool lending</source>
      <translation>工具借用</translation>
    </message>
    <message>
      <source>Show this slip at the counter to collect the tool today.</source>
      <translation>请于今天凭此单到窗口领取工具。</translation>
    </message>
    <message>
      <source>Please bring it back clean by the return date.</source>
      <translation>请在归还日期前清洁后归还。</translation>
    </message>
    <message>
      <source>Collect at</source>
      <translation>领取地点</translation>
    </message>
    <message>
      <source>Return by</source>
      <translation>归还日期</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话号码</translation>
    </message>
    <message>
      <source>Asked for</source>
      <translation>申请时间</translation>
    </message>
    <message>
      <source>Lending is temporarily unavailable. Please ask at the counter.</source>
      <translation>借用服务暂时无法使用。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Tool lending and parcels</source>
      <translation>工具借用·包裹代收</translation>
    </message>
    <message>
      <source>Borrow a tool, or ask whether a parcel is kept for you</source>
      <translation>借用工具，或查询是否有为您代收的包裹</translation>
    </message>
    <message>
      <source>Lending and parcels</source>
      <translation>借用·包裹</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>已交付</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>已归还</translation>
    </message>
    <message>
      <source>Cancel request</source>
      <translation>取消申请</translation>
    </message>
    <message>
      <source>Show full number</source>
      <translation>显示完整号码</translation>
    </message>
    <message>
      <source>Parcels kept</source>
      <translation>代收中的包裹</translation>
    </message>
    <message>
      <source>Mobile number (010...)</source>
      <translation>手机号码（010...）</translation>
    </message>
    <message>
      <source>Label: carrier, size (no names)</source>
      <translation>标注：快递公司、尺寸（不写姓名）</translation>
    </message>
    <message>
      <source>Log parcel</source>
      <translation>登记包裹</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>已领取</translation>
    </message>
    <message>
      <source>The database did not answer. Try again.</source>
      <translation>数据库没有响应。请重试。</translation>
    </message>
    <message>
      <source>Asked for (not collected)</source>
      <translation>已申请（未领取）</translation>
    </message>
    <message>
      <source>Lent out</source>
      <translation>借出中</translation>
    </message>
    <message>
      <source>handed over</source>
      <translation>已交付</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>已归还</translation>
    </message>
    <message>
      <source>request cancelled</source>
      <translation>申请已取消</translation>
    </message>
    <message>
      <source>Loan</source>
      <translation>借用编号</translation>
    </message>
    <message>
      <source>Tool</source>
      <translation>工具</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Parcel</source>
      <translation>包裹编号</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>收到时间</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>标注</translation>
    </message>
    <message>
      <source>Reminders: {overdue} overdue, {soon} due soon. Call the borrowers.</source>
      <translation>提醒：逾期 {overdue} 件，即将到期 {soon} 件。请联系借用人。</translation>
    </message>
    <message>
      <source>No loan is due soon.</source>
      <translation>没有即将到期的借用。</translation>
    </message>
    <message>
      <source>Choose a loan in the list first.</source>
      <translation>请先在列表中选择一项借用。</translation>
    </message>
    <message>
      <source>Choose a parcel in the list first.</source>
      <translation>请先在列表中选择一个包裹。</translation>
    </message>
    <message>
      <source>Parcel {ref} logged.</source>
      <translation>包裹 {ref} 已登记。</translation>
    </message>
    <message>
      <source>Parcel {ref} collected.</source>
      <translation>包裹 {ref} 已领取。</translation>
    </message>
    <message>
      <source>What would you like to do?</source>
      <translation>您要办理什么？</translation>
    </message>
    <message>
      <source>Borrow a tool</source>
      <translation>借用工具</translation>
    </message>
    <message>
      <source>Borrow a tool such as a drill or a ladder, and return it later</source>
      <translation>借用电钻、梯子等工具，之后归还</translation>
    </message>
    <message>
      <source>Is a parcel kept for me?</source>
      <translation>有我的代收包裹吗？</translation>
    </message>
    <message>
      <source>Check with your mobile number whether the centre keeps a parcel for you</source>
      <translation>用手机号码查询中心是否为您代收了包裹</translation>
    </message>
    <message>
      <source>Choose the tool you need.</source>
      <translation>请选择您需要的工具。</translation>
    </message>
    <message>
      <source>Borrow: {tool}</source>
      <translation>借用：{tool}</translation>
    </message>
    <message>
      <source>Return by: {date}</source>
      <translation>归还日期：{date}</translation>
    </message>
    <message>
      <source>Collect it today at counter {n} with the slip the kiosk prints.</source>
      <translation>请于今天凭自助机打印的单据到{n}号窗口领取。</translation>
    </message>
    <message>
      <source>Mobile number: {phone}</source>
      <translation>手机号码：{phone}</translation>
    </message>
    <message>
      <source>Borrow and print the slip</source>
      <translation>借用并打印单据</translation>
    </message>
    <message>
      <source>Ask for this tool and print the slip</source>
      <translation>申请此工具并打印单据</translation>
    </message>
    <message>
      <source>Printing your slip…</source>
      <translation>正在打印单据…</translation>
    </message>
    <message>
      <source>One moment, please…</source>
      <translation>请稍候…</translation>
    </message>
    <message>
      <source>Please wait.</source>
      <translation>请稍候。</translation>
    </message>
    <message>
      <source>{n} of {units} free · {days} day</source>
      <translation>{units}件中可借{n}件 · {days}天</translation>
    </message>
    <message>
      <source>{n} of {units} free · {days} days</source>
      <translation>{units}件中可借{n}件 · {days}天</translation>
    </message>
    <message>
      <source>All lent out</source>
      <translation>已全部借出</translation>
    </message>
    <message>
      <source>{name}: {status}</source>
      <translation>{name}：{status}</translation>
    </message>
    <message>
      <source>Parcels kept for you</source>
      <translation>为您代收的包裹</translation>
    </message>
    <message>
      <source>The centre keeps {n} parcel for this number.</source>
      <translation>中心为此号码代收了{n}个包裹。</translation>
    </message>
    <message>
      <source>The centre keeps {n} parcels for this number.</source>
      <translation>中心为此号码代收了{n}个包裹。</translation>
    </message>
    <message>
      <source>Please collect them at counter {n} with your ID card.</source>
      <translation>请携带身份证到{n}号窗口领取。</translation>
    </message>
    <message>
      <source>No parcel is kept for this number.</source>
      <translation>没有为此号码代收的包裹。</translation>
    </message>
    <message>
      <source>If you expected one, please ask at the counter.</source>
      <translation>如您在等包裹，请到窗口咨询。</translation>
    </message>
    <message>
      <source>Please take your slip</source>
      <translation>请取走您的单据</translation>
    </message>
    <message>
      <source>Your loan number</source>
      <translation>您的借用编号</translation>
    </message>
    <message>
      <source>Collect the tool today at counter {n}.</source>
      <translation>请于今天到{n}号窗口领取工具。</translation>
    </message>
    <message>
      <source>The slip could not be printed. Tell counter {n} the number above.</source>
      <translation>单据未能打印。请向{n}号窗口出示上面的编号。</translation>
    </message>
  </context>
  <context>
    <name>nav</name>
    <message>
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds} 秒后返回首页</translation>
    </message>
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
      <source>First screen in {seconds} s</source>
      <translation>{seconds} 秒后回到首页</translation>
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
    <name>participation</name>
    <message>
      <source>You have already voted in this poll. Each resident votes once.</source>
      <translation>您已经参加过这次投票。每位居民只能投票一次。</translation>
    </message>
    <message>
      <source>This poll closed before your vote could be recorded.</source>
      <translation>您的投票记录之前，本次投票已截止。</translation>
    </message>
    <message>
      <source>This poll has closed: votes are no longer taken.</source>
      <translation>此投票已截止，不再接受投票。</translation>
    </message>
    <message>
      <source>That choice is no longer on the ballot. Nothing was recorded: please choose again.</source>
      <translation>该选项已不在选票上。未记录任何内容，请重新选择。</translation>
    </message>
    <message>
      <source>Your vote could not be recorded just now. Please try again, or ask at the counter.</source>
      <translation>暂时无法记录您的投票。请重试，或到窗口咨询。</translation>
    </message>
    <message>
      <source>Your ID card could not be checked against the voter list just now. Please try again, or ask at the counter.</source>
      <translation>暂时无法核对投票人名单。请重试，或到窗口咨询。</translation>
    </message>
    <message>
      <source>Residents' council</source>
      <translation>居民自治会</translation>
    </message>
    <message>
      <source>Notices, and votes on local matters</source>
      <translation>查看通知、就社区事务投票</translation>
    </message>
    <message>
      <source>Voting is open until {when}.</source>
      <translation>投票截止时间：{when}。</translation>
    </message>
    <message>
      <source>A ballot is secret: its choices are read to you only in earphones.</source>
      <translation>投票是保密的：选项只通过耳机朗读给您。</translation>
    </message>
    <message>
      <source>{label} ({cost})</source>
      <translation>{label}（{cost}）</translation>
    </message>
    <message>
      <source>Notices</source>
      <translation>通知</translation>
    </message>
    <message>
      <source>Open votes</source>
      <translation>进行中的投票</translation>
    </message>
    <message>
      <source>To vote, confirm who you are with your ID card. Each resident votes once; who you are is not stored with your vote.</source>
      <translation>投票前请用身份证确认本人身份。每人只能投票一次，您的身份不会与投票内容一起保存。</translation>
    </message>
    <message>
      <source>Vote with my ID card</source>
      <translation>用身份证投票</translation>
    </message>
    <message>
      <source>Confirm who you are with your ID card, then choose</source>
      <translation>先用身份证确认本人，再进行选择</translation>
    </message>
    <message>
      <source>Recording your vote…</source>
      <translation>正在记录您的投票…</translation>
    </message>
    <message>
      <source>Identity confirmed</source>
      <translation>身份已确认</translation>
    </message>
    <message>
      <source>One moment, please.</source>
      <translation>请稍候。</translation>
    </message>
    <message>
      <source>Choose one</source>
      <translation>请选择一项</translation>
    </message>
    <message>
      <source>Check your choice</source>
      <translation>确认您的选择</translation>
    </message>
    <message>
      <source>A vote cannot be changed once it is cast. To choose again, press Back.</source>
      <translation>投票后不能更改。如需重新选择，请按“返回”。</translation>
    </message>
    <message>
      <source>Cast my vote</source>
      <translation>投票</translation>
    </message>
    <message>
      <source>Record this choice as your vote</source>
      <translation>以此选择投票</translation>
    </message>
    <message>
      <source>Your choice is on the screen. With earphones it is read to you.</source>
      <translation>您的选择显示在屏幕上。插上耳机即可为您朗读。</translation>
    </message>
    <message>
      <source>There are no notices or open votes right now.</source>
      <translation>目前没有通知或进行中的投票。</translation>
    </message>
    <message>
      <source>Read this notice</source>
      <translation>阅读此通知</translation>
    </message>
    <message>
      <source>Participatory budget vote</source>
      <translation>居民参与预算投票</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>问卷调查</translation>
    </message>
    <message>
      <source>See the options and vote</source>
      <translation>查看选项并投票</translation>
    </message>
    <message>
      <source>Notices: {notices}. Open votes: {polls}. Choose one.</source>
      <translation>通知{notices}条，进行中的投票{polls}项。请选择一项。</translation>
    </message>
    <message>
      <source>Posted from {start} to {end}</source>
      <translation>发布时间：{start} 至 {end}</translation>
    </message>
    <message>
      <source>You chose: {option}</source>
      <translation>您选择了：{option}</translation>
    </message>
    <message>
      <source>Your vote was counted</source>
      <translation>您的投票已计入</translation>
    </message>
    <message>
      <source>Thank you for taking part. Please take your ID card with you.</source>
      <translation>感谢您的参与。请带好您的身份证。</translation>
    </message>
    <message>
      <source>Choose this option</source>
      <translation>选择此项</translation>
    </message>
    <message>
      <source>A choice on the ballot.</source>
      <translation>投票选项。</translation>
    </message>
    <message>
      <source>You have already voted</source>
      <translation>您已经投过票了</translation>
    </message>
    <message>
      <source>Please take your ID card with you.</source>
      <translation>请带好您的身份证。</translation>
    </message>
    <message>
      <source>Your vote was not counted</source>
      <translation>您的投票未被计入</translation>
    </message>
  </context>
  <context>
    <name>participation_staff</name>
    <message>
      <source>Resident participation</source>
      <translation>居民自治会</translation>
    </message>
    <message>
      <source>{status}: {opens} to {closes}</source>
      <translation>{status}：{opens} 至 {closes}</translation>
    </message>
    <message>
      <source>Not open yet</source>
      <translation>尚未开始</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已截止</translation>
    </message>
    <message>
      <source>The results cannot be read right now; trying again…</source>
      <translation>暂时无法读取结果，正在重试…</translation>
    </message>
    <message>
      <source>Each option's votes are shown when the poll closes: a count going up just after a resident voted would tell their choice.</source>
      <translation>各选项的票数在投票结束后显示：居民刚投完票时某项票数的增加会泄露其选择。</translation>
    </message>
    <message>
      <source>Option</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>票数</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>得票率</translation>
    </message>
    <message>
      <source>Total votes: {total}</source>
      <translation>总票数：{total}</translation>
    </message>
  </context>
  <context>
    <name>payment</name>
    <message>
      <source>Payment is not available right now. The amount approved on your card could not be cancelled here: please ask at the counter.</source>
      <translation>现在无法付款。您卡上已批准的金额无法在此取消，请到窗口咨询。</translation>
    </message>
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
      <translation>{amount} 韩元</translation>
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
      <source>The term has started. Please pay the fee of {fee} at the centre's counter before your first class, with this slip.</source>
      <translation>本学期已开课。请在您上第一次课之前携带此凭条到中心窗口缴纳学费{fee}。</translation>
    </message>
    <message>
      <source>Please pay the fee of {fee} at the centre's counter by {date}, with this slip.</source>
      <translation>请于{date}前携带此凭条到中心窗口缴纳学费{fee}。</translation>
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
      <source>This course is free. The term has started: please come to the next class.</source>
      <translation>本课程免费。本学期已开课，请参加下一次课。</translation>
    </message>
    <message>
      <source>This course is free. Please come to the first class on {date}.</source>
      <translation>本课程免费。请于{date}参加第一次课。</translation>
    </message>
    <message>
      <source>Course registration is temporarily unavailable. Please ask at the counter.</source>
      <translation>课程报名暂时无法使用。请到窗口咨询。</translation>
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
      <source>That course is no longer offered at the kiosk. Please ask at the counter.</source>
      <translation>该课程已不再通过自助机报名。请到柜台咨询。</translation>
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
      <source>Type your mobile phone number, starting with 010. The centre contacts you at this number about the course.</source>
      <translation>请输入以010开头的手机号码。中心将通过此号码与您联系课程事宜。</translation>
    </message>
    <message>
      <source>Your number is stored encrypted, used only for this course, and printed on the slip with the middle digits hidden.</source>
      <translation>您的号码将加密保存，仅用于本课程；凭条上打印时会隐藏中间几位。</translation>
    </message>
    <message>
      <source>Press 2 or 8 to move from key to key and 5 to type the key you are on; hash goes to the first screen. Without earphones the letters are not read out: you may skip your name and give it at the counter.</source>
      <translation>按 2 或 8 在按键间移动，按 5 输入当前按键；按井号键回到首页。没有耳机时不会读出字母：您可以跳过姓名，到窗口告诉工作人员。</translation>
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
      <source>{count} letter typed</source>
      <translation>已输入{count}个字</translation>
    </message>
    <message>
      <source>{count} letters typed</source>
      <translation>已输入{count}个字</translation>
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
      <source>Skip: register without a name</source>
      <translation>跳过：不填姓名报名</translation>
    </message>
    <message>
      <source>Save the registration without a name and print the slip</source>
      <translation>不填姓名保存报名并打印凭条</translation>
    </message>
    <message>
      <source>Looking up the courses. Please wait.</source>
      <translation>正在查询课程，请稍候。</translation>
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
      <source>Mobile phone number for {course}</source>
      <translation>报名{course}的手机号码</translation>
    </message>
    <message>
      <source>Mobile phone number</source>
      <translation>手机号码</translation>
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
      <source>Saving your registration…</source>
      <translation>正在保存报名…</translation>
    </message>
    <message>
      <source>Please wait.</source>
      <translation>请稍候。</translation>
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
      <source>Not confirmed: keep this receipt and ask at the counter</source>
      <translation>扣款未确认（请保留本收据并到窗口咨询）</translation>
    </message>
    <message>
      <source>Not confirmed ({amount})</source>
      <translation>未确认（{amount}）</translation>
    </message>
    <message>
      <source>Printing stopped part-way: only the documents above were printed and charged; the rest were cancelled.</source>
      <translation>打印中途停止：仅打印并收取了上述证明书的费用，其余已取消。</translation>
    </message>
    <message>
      <source>Printing stopped part-way: only the documents above were printed; the rest were cancelled.</source>
      <translation>打印中途停止：仅打印了上述证明书，其余已取消。</translation>
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
      <source>{codes} of service {service} are still waiting, called or being served today: counters call them by the service's id and residents hold the codes on paper. Change its id, prefix or band after the counters have finished or cancelled them (or tomorrow); nothing was changed</source>
      <translation>业务 {service} 的号码 {codes} 今日仍在等候、已叫号或办理中：窗口按业务 ID 叫号，居民手中持有纸质号码。请在窗口办完或取消这些号码后（或明天）再更改其 ID、号码前缀或号码段；未做任何更改</translation>
    </message>
    <message>
      <source>{codes} of service {service} are still waiting, called or being served today, and once it is off no counter can call them. Turn it off after the counters have finished or cancelled them (or tomorrow); nothing was changed</source>
      <translation>业务 {service} 的号码 {codes} 今日仍在等候、已叫号或办理中，业务关闭后任何窗口都无法再叫这些号码。请在窗口办完或取消这些号码后（或明天）再关闭该业务；未做任何更改</translation>
    </message>
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
      <source>This machine's clock is {seconds} s ahead of the database server's. The queue goes by the server's clock, but this machine starts the business day at its own midnight, and the time printed on a ticket and the waits in the statistics are off by as much. Set every clock from the network time (NTP).</source>
      <translation>本机时钟比数据库服务器快 {seconds} 秒。排队系统以服务器的时钟为准，但本机按自己时钟的午夜切换营业日，号码票上打印的时间和统计中的等候时间也会相差同样多。请将所有设备的时钟与网络时间（NTP）同步。</translation>
    </message>
    <message>
      <source>This machine's clock is {seconds} s behind the database server's. The queue goes by the server's clock, but this machine starts the business day at its own midnight, and the time printed on a ticket and the waits in the statistics are off by as much. Set every clock from the network time (NTP).</source>
      <translation>本机时钟比数据库服务器慢 {seconds} 秒。排队系统以服务器的时钟为准，但本机按自己时钟的午夜切换营业日，号码票上打印的时间和统计中的等候时间也会相差同样多。请将所有设备的时钟与网络时间（NTP）同步。</translation>
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
      <source>Saved. It takes effect when the kiosk restarts (System page).</source>
      <translation>已保存。自助机重新启动后生效（系统页面）。</translation>
    </message>
    <message>
      <source>Saved. Counter terminals call services by the ids they started with: restart them (and make the same change on any other machine sharing this queue), or the renamed service's tickets wait with nobody to call them.</source>
      <translation>已保存。窗口终端按启动时的业务 ID 叫号：请重新启动窗口终端（并在共用此队列的其他机器上做同样的更改），否则改名后业务的号码无人叫号。</translation>
    </message>
    <message>
      <source>Saved. Counter terminals keep the settings they started with: restart the terminals of counters {counters} (and make the same change on any other machine sharing this queue).</source>
      <translation>已保存。窗口终端沿用启动时的设置：请重新启动窗口 {counters} 的终端（并在共用此队列的其他机器上做同样的更改）。</translation>
    </message>
    <message>
      <source>a service's id, prefix, band or whether it is on can change once the kiosk has reached its database (today's tickets are checked first); nothing was changed</source>
      <translation>自助机连接到数据库后才能更改业务的 ID、号码前缀、号码段或是否启用（须先检查今日的号码）；未做任何更改</translation>
    </message>
    <message>
      <source>today's tickets could not be checked, nothing was changed: {reason}</source>
      <translation>无法检查今日的号码，未做任何更改：{reason}</translation>
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
      <source>this printer cannot be used, nothing was changed: {reason}</source>
      <translation>无法使用此打印机，未做任何更改：{reason}</translation>
    </message>
    <message>
      <source>this voice cannot be used, nothing was changed: {reason}</source>
      <translation>无法使用此语音，未做任何更改：{reason}</translation>
    </message>
    <message>
      <source>this card reader cannot be used, nothing was changed: {reason}</source>
      <translation>无法使用此读卡器，未做任何更改：{reason}</translation>
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
      <source>Chips signed by the test CSCA are trusted: turn off devices.card_reader.passive_auth.test_cards on a kiosk that serves real residents.</source>
      <translation>正在信任由测试 CSCA 签名的芯片：在为真实居民服务的自助机上，请关闭 devices.card_reader.passive_auth.test_cards。</translation>
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
      <source>Printer changed; it is used from the next ticket.</source>
      <translation>打印机已更换，将从下一张号码单开始使用。</translation>
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
      <source>only [[{name}]] tables go in this field</source>
      <translation>此栏只能填写 [[{name}]] 表</translation>
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
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Checking today's tickets before saving…</source>
      <translation>保存前正在检查今日的号码…</translation>
    </message>
    <message>
      <source>{field} was cleared: only one of the two can be set.</source>
      <translation>已清除{field}：两者只能设置其一。</translation>
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
      <source>Scan to follow your turn on your phone.</source>
      <translation>扫描二维码，用手机查看排队进度。</translation>
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
    <message>
      <source>Returning to the first screen.</source>
      <translation>正在返回首页。</translation>
    </message>
  </context>
  <context>
    <name>welfare</name>
    <message>
      <source>Book a welfare consultation</source>
      <translation>预约福利咨询</translation>
    </message>
    <message>
      <source>Ask for a home visit</source>
      <translation>申请上门访问</translation>
    </message>
    <message>
      <source>Report a neighbour in crisis</source>
      <translation>举报处于危机中的邻居</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>处理中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Skipping meals</source>
      <translation>经常饿肚子</translation>
    </message>
    <message>
      <source>Behind on utility bills</source>
      <translation>拖欠水电煤气费</translation>
    </message>
    <message>
      <source>Isolated, rarely goes out</source>
      <translation>孤立、很少出门</translation>
    </message>
    <message>
      <source>Health getting worse</source>
      <translation>健康状况恶化</translation>
    </message>
    <message>
      <source>Something else</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Morning (9 to 12)</source>
      <translation>上午（9点至12点）</translation>
    </message>
    <message>
      <source>Afternoon (1 to 6)</source>
      <translation>下午（1点至6点）</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>任何时间</translation>
    </message>
    <message>
      <source>Please come to the welfare desk at this time.</source>
      <translation>请在此时间前往福利窗口。</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>受理编号</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>申请</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>Thank you. Welfare staff will check on the household without naming you.</source>
      <translation>感谢您的举报。福利工作人员将在不透露您身份的情况下走访该家庭。</translation>
    </message>
    <message>
      <source>Welfare request</source>
      <translation>福利申请回执</translation>
    </message>
    <message>
      <source>Please keep this receipt.</source>
      <translation>请保管好此回执。</translation>
    </message>
    <message>
      <source>About</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Consultation</source>
      <translation>咨询时间</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Welfare team: {phone}</source>
      <translation>福利组电话：{phone}</translation>
    </message>
    <message>
      <source>That time was just booked at another kiosk. Please choose another time.</source>
      <translation>该时间刚被另一台自助机预约。请选择其他时间。</translation>
    </message>
    <message>
      <source>There are no free consultation times in the coming days. Please ask at the counter.</source>
      <translation>近几天没有可预约的咨询时间。请到窗口咨询。</translation>
    </message>
    <message>
      <source>Your request could not be saved. Please try again, or ask at the counter.</source>
      <translation>无法保存您的申请。请重试或到窗口咨询。</translation>
    </message>
    <message>
      <source>The free consultation times could not be looked up. Please try again, or ask at the counter.</source>
      <translation>无法查询可预约的咨询时间。请重试或到窗口咨询。</translation>
    </message>
    <message>
      <source>Please type the tong and ban numbers, or choose “I'd rather tell staff”.</source>
      <translation>请输入统（通）和班的号码，或选择“我想直接告诉工作人员”。</translation>
    </message>
    <message>
      <source>The receipt could not be printed. Your request was received: please note the reference {reference}.</source>
      <translation>无法打印回执。您的申请已受理：请记下受理编号{reference}。</translation>
    </message>
    <message>
      <source>Welfare consultation and reports</source>
      <translation>福利咨询与举报</translation>
    </message>
    <message>
      <source>Book a consultation, ask for a home visit, report a neighbour in crisis</source>
      <translation>预约咨询、申请上门访问、举报危机邻居</translation>
    </message>
    <message>
      <source>What is the situation?</source>
      <translation>是什么情况？</translation>
    </message>
    <message>
      <source>Choose what fits best. Staff will ask for details.</source>
      <translation>请选择最符合的一项。详细情况工作人员会再询问。</translation>
    </message>
    <message>
      <source>Mobile number</source>
      <translation>手机号码</translation>
    </message>
    <message>
      <source>Tong number</source>
      <translation>统（通）</translation>
    </message>
    <message>
      <source>Ban number</source>
      <translation>班</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Go on</source>
      <translation>进入下一步</translation>
    </message>
    <message>
      <source>Type the numbers with the number keys. Enter goes to the next number, then on; star deletes. If you do not know them, press Enter without typing and tell staff at the counter.</source>
      <translation>请用数字键输入号码。确认键进入下一个号码，然后继续；星号键删除。如果不知道，请不输入直接按确认键，再告诉窗口工作人员。</translation>
    </message>
    <message>
      <source>Type your mobile number with the number keys, then press Enter; star deletes. To report without your number, press Enter without typing.</source>
      <translation>请用数字键输入手机号码，然后按确认键；星号键删除。如不留号码报告，请不输入直接按确认键。</translation>
    </message>
    <message>
      <source>Please check</source>
      <translation>请确认</translation>
    </message>
    <message>
      <source>Send request</source>
      <translation>提交申请</translation>
    </message>
    <message>
      <source>Send this request to the welfare team and print a receipt</source>
      <translation>将申请发送给福利组并打印回执</translation>
    </message>
    <message>
      <source>Looking up free times…</source>
      <translation>正在查找空余时间…</translation>
    </message>
    <message>
      <source>One moment, please.</source>
      <translation>请稍候。</translation>
    </message>
    <message>
      <source>Your request was received</source>
      <translation>您的申请已受理</translation>
    </message>
    <message>
      <source>Please come to the welfare desk on {slot}.</source>
      <translation>请于{slot}前往福利窗口。</translation>
    </message>
    <message>
      <source>Talk with a welfare officer at the centre, at a time you choose</source>
      <translation>在您选择的时间到中心与福利工作人员面谈</translation>
    </message>
    <message>
      <source>A welfare officer calls you and visits your home</source>
      <translation>福利工作人员会给您打电话并上门访问</translation>
    </message>
    <message>
      <source>Tell us about a household that needs help. You may stay anonymous</source>
      <translation>告诉我们需要帮助的家庭。可以匿名</translation>
    </message>
    <message>
      <source>What would you like to do?</source>
      <translation>您想办理什么？</translation>
    </message>
    <message>
      <source>What is it about? Choose one.</source>
      <translation>是关于什么的？请选择一项。</translation>
    </message>
    <message>
      <source>Choose a day</source>
      <translation>选择日期</translation>
    </message>
    <message>
      <source>Days with a free consultation time are listed.</source>
      <translation>列出有空余咨询时间的日期。</translation>
    </message>
    <message>
      <source>Choose a time</source>
      <translation>选择时间</translation>
    </message>
    <message>
      <source>Free times on {day}.</source>
      <translation>{day}可预约的时间。</translation>
    </message>
    <message>
      <source>When is a good time?</source>
      <translation>什么时间方便？</translation>
    </message>
    <message>
      <source>Choose when a call or visit suits you best.</source>
      <translation>请选择方便接电话或接受访问的时间。</translation>
    </message>
    <message>
      <source>Where is the household?</source>
      <translation>这户人家在哪里？</translation>
    </message>
    <message>
      <source>Type the tong and ban numbers of the address, if you know them.</source>
      <translation>如果知道，请输入地址的统（通）和班号码。</translation>
    </message>
    <message>
      <source>{count} digit typed</source>
      <translation>已输入{count}位</translation>
    </message>
    <message>
      <source>{count} digits typed</source>
      <translation>已输入{count}位</translation>
    </message>
    <message>
      <source>I'd rather tell staff</source>
      <translation>我想直接告诉工作人员</translation>
    </message>
    <message>
      <source>Go on without the address; tell staff at the counter</source>
      <translation>不填地址继续，到窗口告诉工作人员</translation>
    </message>
    <message>
      <source>Report without my number</source>
      <translation>不留号码举报</translation>
    </message>
    <message>
      <source>Stay anonymous: staff will not call you back</source>
      <translation>匿名举报：工作人员不会给您回电</translation>
    </message>
    <message>
      <source>Request: {kind}</source>
      <translation>申请：{kind}</translation>
    </message>
    <message>
      <source>About: {topic}</source>
      <translation>类别：{topic}</translation>
    </message>
    <message>
      <source>Situation: {what}</source>
      <translation>情况：{what}</translation>
    </message>
    <message>
      <source>Time: {slot}</source>
      <translation>时间：{slot}</translation>
    </message>
    <message>
      <source>Best time: {when}</source>
      <translation>方便时间：{when}</translation>
    </message>
    <message>
      <source>Phone: {phone}</source>
      <translation>联系电话：{phone}</translation>
    </message>
    <message>
      <source>Sending your request…</source>
      <translation>正在提交您的申请…</translation>
    </message>
    <message>
      <source>Printing your receipt…</source>
      <translation>正在打印回执…</translation>
    </message>
    <message>
      <source>Welfare</source>
      <translation>福利</translation>
    </message>
    <message>
      <source>Reference: {reference}</source>
      <translation>受理编号：{reference}</translation>
    </message>
    <message>
      <source>Please take your receipt below the screen.</source>
      <translation>请从屏幕下方取走回执。</translation>
    </message>
    <message>
      <source>Your mobile number (optional)</source>
      <translation>您的手机号码（可选）</translation>
    </message>
    <message>
      <source>Staff may call you to ask more. You may also report without giving your number.</source>
      <translation>工作人员可能会打电话向您了解更多情况。您也可以不留号码举报。</translation>
    </message>
    <message>
      <source>Your mobile number</source>
      <translation>您的手机号码</translation>
    </message>
    <message>
      <source>Type the number staff should call, for example 01012345678.</source>
      <translation>请输入工作人员应拨打的号码，例如01012345678。</translation>
    </message>
    <message>
      <source>Where: you will tell staff</source>
      <translation>地点：您将直接告诉工作人员</translation>
    </message>
    <message>
      <source>Phone: not given (anonymous)</source>
      <translation>联系电话：未提供（匿名）</translation>
    </message>
    <message>
      <source>Where: tong {tong}, ban {ban}</source>
      <translation>地点：{tong}统 {ban}班</translation>
    </message>
  </context>
  <context>
    <name>welfare_counter</name>
    <message>
      <source>Welfare inbox</source>
      <translation>福利收件箱</translation>
    </message>
    <message>
      <source>Mark in progress</source>
      <translation>标记为处理中</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>标记为已完成</translation>
    </message>
    <message>
      <source>{new} new, {total} in all</source>
      <translation>新{new}件，共{total}件</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>受理编号</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>申请类型</translation>
    </message>
    <message>
      <source>About</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Slot</source>
      <translation>咨询时段</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <source>The inbox cannot be read right now.</source>
      <translation>目前无法读取收件箱。</translation>
    </message>
    <message>
      <source>The change was not saved: the database did not answer.</source>
      <translation>更改未保存：数据库没有响应。</translation>
    </message>
    <message>
      <source>About: {about}</source>
      <translation>内容：{about}</translation>
    </message>
    <message>
      <source>Slot: {slot}</source>
      <translation>咨询时段：{slot}</translation>
    </message>
    <message>
      <source>Best time: {when}</source>
      <translation>方便时间：{when}</translation>
    </message>
    <message>
      <source>Where: the reporter will tell staff</source>
      <translation>地点：举报人将直接告诉工作人员</translation>
    </message>
    <message>
      <source>Phone: {phone}</source>
      <translation>联系电话：{phone}</translation>
    </message>
    <message>
      <source>The details cannot be read with this terminal's key file.</source>
      <translation>使用本终端的密钥文件无法读取详细信息。</translation>
    </message>
    <message>
      <source>Choose a request to see its details.</source>
      <translation>请选择一项申请以查看详细信息。</translation>
    </message>
    <message>
      <source>{reference} is now: {status}.</source>
      <translation>{reference} 现在为：{status}。</translation>
    </message>
    <message>
      <source>Someone else changed {reference} meanwhile, so your change was not made. The list now shows where it stands.</source>
      <translation>在此期间已有其他人更改了 {reference}，因此您的更改未生效。列表中显示的是它现在的状态。</translation>
    </message>
    <message>
      <source>Where: tong {tong}, ban {ban}</source>
      <translation>地点：{tong}统 {ban}班</translation>
    </message>
    <message>
      <source>Phone: anonymous report</source>
      <translation>联系电话：匿名举报</translation>
    </message>
  </context>
</TS>
