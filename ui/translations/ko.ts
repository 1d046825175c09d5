<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
  <context>
    <name>card</name>
    <message>
      <source>The card could not be read. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card did not accept these details. Please check the document number, birth date and expiry date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This card is not supported yet. Please ask the staff at the counter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No card was found, or it was taken out too early. Please insert your ID card again and leave it in the reader until reading has finished.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card reader is not connected. Please ask the staff at the counter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card took too long to answer. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The card could not be read. Please take it out and insert it again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>config</name>
    <message>
      <source>Korean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name shown in Korean.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name shown in English.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chinese</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name shown in Simplified Chinese.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vietnamese</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name shown in Vietnamese.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Center name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shown on the home screen and printed on every ticket and document.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Center code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifies this center in issuance numbers and audit records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kiosk id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifies this kiosk among the center's kiosks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Business days (and daily queue numbering) start at midnight in this zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Width (pixels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panel resolution, horizontal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Height (pixels)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panel resolution, vertical.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pixel pitch (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Physical size of one pixel. Leave empty and set the physical width instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Physical width (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visible width of the panel; used when the pixel pitch is not set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mounting height (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Height of the panel's bottom edge above the floor (for low-screen mode).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Short stable identifier (lowercase letters, digits, - or _).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The service as residents see it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ticket prefix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One uppercase letter shown before the number (A-012). Use this or a number band.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number band</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First and last number of this service's band (e.g. 500-799), instead of a prefix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counter numbers that serve this service.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minutes per person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seed estimate of one person's service time, until measured data exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Priority allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Elderly, disabled and pregnant residents may take a priority ticket.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enabled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disabled services are hidden on the kiosk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paper width (mm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>58 mm = 384 dots, 80 mm = 576 dots.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Korean text mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>native: the printer's KS X 1001 (CP949) font; raster: text sent as an image.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>QR code mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>native: the printer draws the QR (GS ( k); image: sent as a raster image.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paper cut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cut after each job.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Print density</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where supported (0-8).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refuse on unknown status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refuse to print when the printer does not answer status requests.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simulated fault</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make the mock printer fail (for tests).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delay (ms)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simulated printing time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vendor id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>USB vendor id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>USB product id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IN endpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bulk IN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OUT endpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bulk OUT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timeout (ms)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>USB transfer timeout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Device</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serial device path, e.g. /dev/ttyUSB0 or COM3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Baud rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serial speed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timeout (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read/write timeout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Host</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printer IP address or host name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Raw TCP port.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connect and read timeout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Device file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printer device file, e.g. /dev/usb/lp0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CUPS queue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name of the CUPS printer queue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows queue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows printer name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printer backend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How the kiosk talks to its printer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Job time limit (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A print job that takes longer (printer stalled) fails with a timeout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paper and capabilities.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mock printer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Options for tests.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>USB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>USB options.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serial options.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Network options.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File options.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CUPS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CUPS options.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows options.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scripted identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which fictional resident the mock card holds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make the mock reader fail (for tests).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card inserted at start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whether the mock reader starts with the scripted card inserted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slow card delay (ms)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How long a read takes with the slow fault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card UID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The UID (hex) the mock card reports, e.g. to test technician cards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reader name pattern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use readers whose name contains this text (empty: any reader); the first one holding a card is read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Per-command timeout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card protocol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transmission protocol to ask for; any lets the reader choose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Poll interval (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How often readers and card presence are checked (and pcscd reconnected).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card reader backend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How the kiosk reads ID chips.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mock reader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PC/SC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PC/SC reader options.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speech backend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How the kiosk speaks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>-1 slow, 0 normal, 1 fast.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0 silent, 1 loudest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qt speech engine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>speechd, winrt, sapi or empty for the platform default.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded clips folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folder of recorded prompts per language (clips backend).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>espeak-ng output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>device: the sound card; null: discard audio in real time (no sound card).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receipt printer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Card reader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The ID card reader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speech</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voice guidance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language each session starts in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colour theme each session starts in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idle timeout (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Return home (and wipe the session) after this long without a touch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ticket screen time (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How long the take-your-ticket screen stays before returning home.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fullscreen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run fullscreen (turn off only for development).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PIN hash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>scrypt hash of the technician PIN; set it with `kiosk tech set-pin`. Empty: PIN entry is disabled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Technician card UIDs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PC/SC card UIDs (uppercase hex, e.g. 04A1B2C3) that open technician mode.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry corner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Screen corner a technician presses and holds to ask for the PIN.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Long press (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How long the corner must be held before the PIN pad appears.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Technician idle timeout (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Technician mode returns to the resident home screen after this long without a touch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SQLAlchemy URL; empty means SQLite in the kiosk's data directory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version of this file's layout; older files are migrated when loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Center</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The community center.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The touch panel's geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Services</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Queue services residents can take a number for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Devices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printer, card reader, speech.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Screen defaults.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Storage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where tickets are stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Technician</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Technician mode entry: PIN, technician cards, corner, timeout.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Queue numbers are temporarily unavailable. Please ask at the counter.</source>
      <translation>지금은 번호표를 발급할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
  </context>
  <context>
    <name>home</name>
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
      <source>about {minutes} min</source>
      <translation>약 {minutes}분</translation>
    </message>
    <message>
      <source>Tap to take a queue number for this service.</source>
      <translation>누르면 이 업무의 번호표가 나옵니다.</translation>
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
      <source>A member of staff has been called. Please wait here.</source>
      <translation>직원을 불렀습니다. 이곳에서 잠시 기다려 주세요.</translation>
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
      <source>Your number</source>
      <translation>고객님의 번호</translation>
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
      <source>People ahead of you: {count}</source>
      <translation>앞에 기다리는 사람: {count}명</translation>
    </message>
    <message>
      <source>Returning to the first screen in {seconds} s</source>
      <translation>{seconds}초 뒤 처음 화면으로 돌아갑니다</translation>
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
</TS>
