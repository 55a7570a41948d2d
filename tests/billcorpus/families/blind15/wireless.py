"""FIFTEENTH BLIND SPLIT: not for the reader's author (see families/blind15/__init__.py).

Ultra Mobile (a US prepaid MVNO whose customers read it in Spanish), Lycamobile (a US MVNO whose
account summary is printed with Vietnamese labels) and chatr (a Canadian prepaid brand, here a
store's top-up receipt).

Modelled on Ultra Mobile's Spanish account summaries ('Titular de la cuenta', a plan per line,
'Ultra Mobile usa la red 5G de T-Mobile' under the brand, a help panel 'Su número de cuenta se ve
así' with a specimen account number and a specimen phone number), on Lycamobile's in-language
statements (labels in Vietnamese, values in Latin letters and digits, the network named in the
fine print, dates written 'ngày 5 tháng 3 năm 2025') and on chatr's point-of-sale top-up receipts
(a narrow strip: the store, the transaction number as long as the account number, the phone
number being topped up, 'chatr is a brand of Rogers' in the footer, a bar code over a line that
runs the account, the amount and the date together).
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import HexColor

from tests.billcorpus.blocks import mailing_block
from tests.billcorpus.draw import GREY, LIGHT, Sheet, W
from tests.billcorpus.families.blind15.parts import barcode, outside
from tests.billcorpus.families.registry import family
from tests.billcorpus.formats import digits, money, phone
from tests.billcorpus.truth import Draft

_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
_PLANES = ("Plan Ilimitado 5G", "Plan Mundial 5G", "Plan 3GB Internacional", "Plan Paisa 5G")


@family("ultra_resumen", carrier="ultra_mobile", region="ULT", lang="es", lines=(1, 4),
        dialed=0, person_share=0.9, account=lambda r, c, b: digits(r, 12),
        modelled_on="resúmenes de cuenta de Ultra Mobile en español (MVNO prepagado de EE. UU.): "
        "'Titular de la cuenta', un plan por línea, 'Ultra Mobile usa la red 5G de T-Mobile' "
        "bajo la marca, un panel de ayuda 'Su número de cuenta se ve así' con un número de "
        "cuenta y un número de teléfono de muestra",
        accent="#F26A21", font="DejaVuSans")
def ultra_resumen(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.btn = None, None  # a prepaid wireless account: no premises, no BTN
    day = d.statement_date
    s.wordmark(40, 50, "ultra", 30, "#F26A21")
    s.text(40, 64, "Ultra Mobile usa la red 5G de T-Mobile", 7, color=GREY)
    s.text(W - 40, 44, "Resumen de cuenta", 14, bold=True, align="right")
    s.text(W - 40, 58, f"{day.day} de {_MESES[day.month - 1]} de {day.year}", 9,
           align="right")
    s.box(40, 84, 300, 78, stroke=GREY, radius=4)
    s.text(50, 100, "Titular de la cuenta", 8, color=GREY)
    s.text(50, 112, d.name, 10, bold=True)
    s.text(50, 128, "Número de cuenta", 8, color=GREY)
    s.text(50, 140, d.printed_account, 10, bold=True)
    s.text(50, 154, "PIN de portabilidad: ****", 8, color=GREY)
    s.text(360, 100, "Dirección de facturación", 8, color=GREY)
    mailing_block(s, d, 360, 114, 9)
    s.band(180, 16, LIGHT)
    s.text(44, 191, "Sus líneas", 9.5, bold=True, color=s.accent)
    y = 212.0
    for n in d.numbers:
        s.text(44, y, phone(n, "paren"), 9.5, bold=True)
        s.text(170, y, r.choice(_PLANES), 9)
        s.text(330, y, f"Renovación: {(day + timedelta(days=30)):%m/%d/%Y}", 8, color=GREY)
        s.text(W - 44, y, money(r, 15, 49), 9, align="right")
        y += 16
    s.text(44, y + 8, "Saldo internacional", 8.5)
    s.text(W - 44, y + 8, money(r, 1, 20), 8.5, align="right")
    # the help panel: specimen values, never the customer's
    sample = outside(d)
    panel = y + 36
    s.box(40, panel, W - 80, 74, fill=HexColor("#FFF3EA"))
    with s.roled("help"):
        s.text(50, panel + 16, "¿Cómo leer su resumen?", 9, bold=True)
        s.lines(50, panel + 30, [
            "Su número de cuenta se ve así: 1234 5678 9012 (12 dígitos).",
            f"Su número de teléfono se ve así: {phone(sample, 'paren')} (10 dígitos).",
            "Para portar su número necesita el número de cuenta y el PIN de portabilidad.",
        ], 8)
    with s.roled("help"):
        s.lines(40, panel + 100, [f"{label}: {number}" for label, number in
                                  d.carrier.help_lines], 8)
    s.text(40, panel + 130, f"{d.carrier.legal} \u00b7 {d.carrier.domain} \u00b7 "
           f"{', '.join(d.carrier.remit)}", 6.5, color=GREY)


_VI_PLANS = ("Gói Không giới hạn", "Gói Quốc tế 5GB", "Gói Tiết kiệm", "Gói Gia đình")


@family("lyca_vietnamese", carrier="lycamobile", region="LYC", lines=(1, 3), dialed=0,
        person_share=0.85, account=lambda r, c, b: f"LY{digits(r, 9)}",
        modelled_on="Lycamobile USA statements printed in Vietnamese for in-language "
        "customers: labels in Vietnamese ('Chủ tài khoản', 'Số tài khoản', 'Địa chỉ "
        "thanh toán'), values in Latin letters and digits, the network named in the fine print, "
        "dates written 'ngày 5 tháng 3 năm 2025', an international calls table with the "
        "dialed numbers' last digits masked",
        accent="#1D5FA8", font="DejaVuSans")
def lyca_vietnamese(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service = None  # a wireless bill: no service address
    d.btn = None
    day = d.statement_date
    s.wordmark(40, 50, "Lycamobile", 24, "#1D5FA8")
    s.text(W - 40, 42, "Bảng kê cước hàng tháng", 13, bold=True, align="right")
    s.text(W - 40, 56, f"ngày {day.day} tháng {day.month} năm {day.year}", 9, align="right")
    rows = (("Chủ tài khoản", d.name), ("Số tài khoản", d.printed_account),
            ("Kỳ cước", f"{(day - timedelta(days=30)).day}/{(day - timedelta(days=30)).month}"
             f" - {(day - timedelta(days=1)).day}/{(day - timedelta(days=1)).month}"),
            ("Hạn thanh toán", f"ngày {(day + timedelta(days=20)).day} tháng "
             f"{(day + timedelta(days=20)).month}"))
    for i, (label, value) in enumerate(rows):
        s.text(40, 90 + i * 14, label, 8.5, color=GREY)
        s.text(150, 90 + i * 14, value, 9.5, bold=i < 2)
    s.text(360, 90, "Địa chỉ thanh toán", 8.5, color=GREY)
    mailing_block(s, d, 360, 104, 9)
    s.band(160, 16, LIGHT)
    s.text(44, 171, "Các số điện thoại của quý khách", 9.5, bold=True, color=s.accent)
    y = 192.0
    for n in d.numbers:
        s.text(44, y, "Số điện thoại", 8, color=GREY)
        s.text(120, y, phone(n, "dash"), 9.5, bold=True)
        s.text(230, y, r.choice(_VI_PLANS), 9)
        s.text(W - 44, y, money(r, 19, 45), 9, align="right")
        y += 15
    y += 12
    s.text(44, y, "Cuộc gọi quốc tế", 9, bold=True)
    body = [(f"{(day - timedelta(days=k + 2)):%d/%m}", f"+84 {digits(r, 2)} XXX {digits(r, 4)}",
             "Việt Nam", f"{r.randint(2, 60)} phút", money(r, 0, 3))
            for k in range(r.randint(3, 6))]
    with s.roled("detail"):
        y = s.table(44, y + 16, ("Ngày", "Số đã gọi", "Quốc gia", "Thời lượng", "Cước"),
                    body, (60, 150, 100, 90, 80), size=8)
    s.text(44, y + 10, "Tổng cộng", 10, bold=True)
    s.text(W - 44, y + 10, money(r, 20, 140), 10, bold=True, align="right")
    with s.roled("help"):
        s.lines(40, y + 40, [f"{label}: {number}" for label, number in d.carrier.help_lines], 8)
    s.text(40, y + 70, f"{d.carrier.legal} sử dụng mạng T-Mobile. {d.carrier.domain}", 6.5,
           color=GREY)
    s.text(40, y + 80, ", ".join(d.carrier.remit), 6.5, color=GREY)


@family("chatr_topup_receipt", carrier="chatr", region="CHT", country="CA", lines=(1, 1),
        dialed=0, person_share=1.0, account=lambda r, c, b: digits(r, 9),
        modelled_on="chatr point-of-sale top-up receipts (a Canadian prepaid brand): a narrow "
        "strip with the store, a transaction number as long as the account number, the phone "
        "number topped up, the subscriber's name, 'chatr is a brand of Rogers' in the footer, "
        "a bar code over a line running the account, the amount and the date together",
        accent="#6D2C91", font="Courier")
def chatr_topup_receipt(s: Sheet, d: Draft) -> None:
    r = s.rng
    d.service, d.billing, d.btn = None, None, None  # a receipt: no address, no BTN
    day = d.statement_date
    x0, x1 = W / 2 - 110, W / 2 + 110
    s.box(x0 - 10, 30, 240, 560, stroke=GREY)
    s.image_logo(x0 + 60, 40, "chatr", 26, "#6D2C91")
    mid = W / 2
    s.text(mid, 84, r.choice(("PHONE SPOT #214", "QUICKMART 0457", "CELL DEPOT 88")), 8,
           align="center")
    s.text(mid, 95, f"{r.randint(10, 990)} {r.choice(('QUEEN ST E', 'DUNDAS ST W'))}", 8,
           align="center")
    s.text(mid, 106, "PREPAID TOP-UP RECEIPT", 9, bold=True, align="center")
    s.rule(x0, 114, x1, dash=True)
    trans = digits(r, 9)
    stamp = f"{day:%Y-%m-%d} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}"
    amount = r.choice(("$25.00", "$34.00", "$40.00", "$50.00"))
    rows = (("DATE", stamp), ("TRANS #", trans), ("TERMINAL", f"T{digits(r, 4)}"),
            ("SUBSCRIBER", d.name), ("ACCOUNT #", d.printed_account),
            ("PHONE #", phone(d.numbers[0], "dash")), ("PLAN", r.choice(("$25 TALK+TEXT",
                                                                          "$34 4GB", "$40 10GB"))),
            ("TOP-UP", amount), ("HST", "$0.00"), ("TOTAL", amount))
    y = 130.0
    for label, value in rows:
        s.text(x0, y, label, 8)
        if s.width(value, 8) > 120:
            s.text(x1, y, value, 7.5, align="right")
        else:
            s.text(x1, y, value, 8, align="right")
        y += 12
    s.rule(x0, y, x1, dash=True)
    s.text(x0, y + 14, f"PAID BY {r.choice(('CASH', 'DEBIT', 'VISA ****' + digits(r, 4)))}", 8)
    s.text(x0, y + 26, f"BALANCE EXPIRES {(day + timedelta(days=30)):%Y-%m-%d}", 8)
    code = f"{d.printed_account}{amount.strip('$').replace('.', '')}{day:%m%d%y}"
    barcode(s, x0 + 10, y + 44, code[:18], 26)
    with s.roled("scanline"):
        s.text(mid, y + 82, code, 8, align="center")
    with s.roled("help"):
        s.lines(x0, y + 104, [f"{label} {number}" for label, number in d.carrier.help_lines], 7)
    s.text(x0, y + 134, "chatr is a brand of Rogers", 7, color=GREY)
    s.text(x0, y + 144, d.carrier.domain, 7, color=GREY)
    s.text(x0, y + 160, "KEEP THIS RECEIPT. NO REFUNDS.", 7)
