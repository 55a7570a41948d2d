"""Open tuning split tune15: Boost Mobile (US, an in-language bill in Vietnamese) and Public
Mobile (Canada, a prepaid top-up receipt).

Boost's Vietnamese statement ('Số tài khoản', 'Tên chủ tài khoản') has its values in Latin letters
and digits and says it runs on another company's network (Boost bills and provides the service).
Public Mobile's kiosk receipt is a narrow strip: the account and the phone number topped up, a
Code 128 barcode whose human-readable line runs the account, the amount and the date together, and
a transaction number as long as the account number; the kiosk's own address is the store's.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.graphics.barcode import code128

from tests.billcorpus.blocks import mailing_block, notices, remit_stub
from tests.billcorpus.draw import GREY, LIGHT, H, Sheet, W
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import digits, money, phone
from tests.billcorpus.truth import Draft

_VI_LABELS = {"account": "Số tài khoản", "holder": "Tên chủ tài khoản", "date": "Ngày lập hóa đơn",
              "due": "Hạn thanh toán", "total": "Tổng số tiền phải trả",
              "lines": "Các số điện thoại trong tài khoản", "mail": "Địa chỉ gửi hóa đơn"}


@family("boost_viet", carrier="boost", lang="vi", lines=(1, 4), dialed=6, person_share=0.7,
        account=lambda r, c, b: digits(r, 9),
        modelled_on="in-language statements of Boost Mobile's kind (US, wireless), in "
        "Vietnamese: labels in Vietnamese with the values in Latin letters and digits, the date "
        "written 'ngày 5 tháng 11 năm 2025', a line saying the service runs on another "
        "company's network (the brand bills and provides it)", accent="#F7941D",
        font="DejaVuSans")
def boost_viet(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # wireless: no service address, no billing number
    sd = d.statement_date
    s.wordmark(40, 46, "Boost Mobile", 22, "#F7941D")
    s.text(40, 60, "Hóa đơn hàng tháng của quý khách", 9, bold=True)
    due = sd + timedelta(days=21)
    facts = ((_VI_LABELS["holder"], d.name), (_VI_LABELS["account"], d.printed_account),
             (_VI_LABELS["date"], f"ngày {sd.day} tháng {sd.month} năm {sd.year}"),
             (_VI_LABELS["due"], f"ngày {due.day} tháng {due.month} năm {due.year}"),
             (_VI_LABELS["total"], money(r, 30, 200)))
    s.box(300, 26, 276, 74, fill=LIGHT)
    for i, (lab, value) in enumerate(facts):
        s.text(308, 40 + i * 13, lab, 8)
        s.text(568, 40 + i * 13, value, 8.5, bold=True, align="right")
    s.text(50, 112, _VI_LABELS["mail"], 8, color=GREY)
    mailing_block(s, d, 50, 124, 9.5)
    y = 200.0
    s.text(40, y, _VI_LABELS["lines"], 11, bold=True, color=s.accent)
    y += 16
    style = r.choice(("paren", "dash", "dot"))
    for n in d.numbers:
        s.text(44, y, phone(n, style), 8.5)
        s.text(170, y, r.choice(("Gói không giới hạn", "Gói 5GB", "Gói cơ bản")), 8)
        s.text(W - 44, y, money(r, 15, 60), 8.5, align="right")
        y += 12
    y += 8
    for lab in ("Thuế và phí", "Phí 911", "Phí dịch vụ toàn cầu (USF)"):
        s.text(44, y, lab, 8)
        s.text(W - 44, y, money(r, 0, 9), 8, align="right")
        y += 11
    net = r.choice(("AT&T", "T-Mobile"))
    s.text(40, y + 14, f"Boost Mobile hoạt động trên mạng {net}. Boost Mobile là nhà cung cấp "
           "dịch vụ và lập hóa đơn cho quý khách.", 7.5, color=GREY)
    s.text(40, y + 24, f"Boost Mobile runs on the {net} network; Boost Mobile provides and "
           "bills your service.", 7, color=GREY)
    with s.roled("help"):
        s.text(40, y + 40, "   ".join(f"{lab} {num}" for lab, num in d.carrier.help_lines), 7.5)
    notices(s, d, 40, y + 58, count=1, size=7)
    remit_stub(s, d, y=630)


@family("public_receipt", carrier="public_mobile", country="CA", lines=(1, 1), dialed=0,
        person_share=1.0, account=lambda r, c, b: digits(r, 8),
        modelled_on="prepaid top-up receipts of Public Mobile's kind (Canada): a narrow "
        "kiosk strip with the account and the number topped up, the kiosk's own address, a "
        "Code 128 barcode whose human-readable line runs account, amount and date together, "
        "and a transaction number as long as the account number", accent="#1E1E1E",
        font="Courier")
def public_receipt(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.billing, d.btn = None, None, None  # a receipt: no customer address
    d.traits.add("receipt")
    line = d.numbers[0]
    x0, x1 = 200.0, 412.0  # the strip
    s.box(x0 - 8, 24, x1 - x0 + 16, 560, stroke=GREY)
    s.wordmark(x0, 52, "Public Mobile", 18, "#1E1E1E")
    kiosk = r.choice(("Shoppers Drug Mart #1187", "Circle K #4410", "Mac's #2035"))
    amount = r.choice((15, 25, 34, 40, 50))
    tx = d.printed_account
    while tx == d.printed_account:
        tx = digits(r, 8)
    when = d.statement_date
    rows = [kiosk, f"{r.randint(10, 990)} {r.choice(('King St W', 'Queen St E', 'Yonge St'))}",
            "Toronto ON  M5V 2T6", "", "PREPAID TOP-UP RECEIPT", "",
            f"Date: {when:%Y-%m-%d} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}",
            f"Transaction #: {tx}", f"Terminal: {digits(r, 4)}", "",
            f"Customer: {d.name}", f"Account #: {d.printed_account}",
            f"Phone number: {phone(line, r.choice(('paren', 'dash')))}",
            f"Voucher PIN: ****-****-{digits(r, 4)}", "",
            f"Top-up amount      ${amount}.00", "HST 0%             $0.00",
            f"TOTAL              ${amount}.00", "PAID  DEBIT  ****" + digits(r, 4), ""]
    y = 74.0
    for row in rows:
        s.text(x0, y, row, 8, font="Courier")
        y += 11
    run = f"{d.printed_account}{amount * 100:06d}{when:%y%m%d}"
    bar = code128.Code128(run, barHeight=34, barWidth=0.75)
    bar.drawOn(s.c, x0, H - y - 40)
    with s.roled("scanline"):
        s.text(x0 + 4, y + 50, run, 7.5, font="Courier")
    y += 70
    with s.roled("help"):
        s.lines(x0, y, [f"{lab}: {num}" for lab, num in d.carrier.help_lines], 7, font="Courier")
    s.text(x0, y + 26, "Keep this receipt. No refunds.", 7, font="Courier")
    s.text(x0, y + 36, f"{d.carrier.domain}", 7, font="Courier")
    s.text(W / 2, 600, "customer copy", 6, color=GREY, align="center")
