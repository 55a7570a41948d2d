"""Round 20, third batch (tuning material, written from the drawn page; the filler was never run
on these by their author):

- A Panamanian fillable solicitud de portabilidad numérica: persona natural / jurídica and
  total / parcial as radio groups exported 0 / 1 (only the printed labels say which is which),
  a RUC and DV in comb widgets not ours, the representative's cédula not ours, Provincia and
  the operador donante in drop-downs, Distrito the town and Corregimiento optional, seven-digit
  numbers 1-12 across three columns in widgets, a "Rangos: Desde | Hasta | Cantidad" table for
  DID ranges that may stay empty, the numbers that stay in one widget, fecha dd/mm/aaaa, a
  signature widget.
- A Newfoundland and Labrador CLEC's paper LOA in English: every label inside the top of its
  box, a postal code in six printed boxes, the current carrier, account and BTN, a new BTN for
  the numbers that stay when the BTN ports (a partial port's own box), numbers 1-15 numbered
  across the rows, lines for the numbers that stay, the requested date and the date signed as
  DD/MM/YYYY, a signature box, a notary / commissioner's block not ours.
- A Vietnamese partly fillable giấy đề nghị chuyển mạng giữ nguyên số in an embedded Unicode
  font (ư, ơ, ạ, ế, đ...): widgets "Field_N" for the subscriber (mã số thuế and số CCCD not
  ours; Quận / Huyện the town and Tỉnh / Thành phố the province), the nhà mạng chuyển đi and the
  mã khách hàng; on paper: "STT | Số thuê bao | Loại thuê bao" rows 1-10 (the type not ours),
  the numbers that stay, the requested date in ngày / tháng / năm boxes, and "…, ngày __ tháng
  __ năm ____" before the signature (the place not ours), "Ký, ghi rõ họ tên, đóng dấu".
- A Faroese fillable umbøn um nummarflyting in Faroese with Danish in italics after each label
  (the form translated from a Danish one keeps Danish widget names: "Kundenavn", "PostnrBy"),
  the V-tal not ours, postnummar and town in one widget, a radio "Flytning" Alle / Udvalgte,
  six-digit numbers 1-12 down two columns, numbers that stay in two widgets, dates dd.mm.áááá,
  a signature line without a widget, an office panel.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from tests.loaforms.kit import Sheet, a4, letter
from tests.loaforms.round3_kit import table, under
from tests.loaforms.round4_kit import ITALIC
from tests.loaforms.round5_kit import numbered_slots
from tests.loaforms.round5_kit import widget_above as above
from tests.loaforms.round6_kit import lines
from tests.loaforms.round9_kit import comb_boxes, comb_widget
from tests.loaforms.round11_kit import choice_widget
from tests.loaforms.round14_kit import office_panel, radio01, sign_block, unicode_a4
from tests.loaforms.round20_kit import across_widgets, label_in_box, letterhead

Built = tuple[bytes, dict[str, Any]]
W4, H4 = A4
WL, HL = LETTER
_PROVINCIAS = ["Bocas del Toro", "Chiriquí", "Coclé", "Colón", "Darién", "Herrera",
               "Los Santos", "Panamá", "Panamá Oeste", "Veraguas"]
_OPERADORES = ["Cable & Wireless Panamá, S.A.", "Claro Panamá, S.A.", "Telefónica Móviles Panamá"]


def _names(pattern: str) -> Iterator[str]:
    return (pattern.format(n=n) for n in count(1))


def pa_portabilidad_fillable() -> Built:
    s = a4("r20-pa-portabilidad-fillable", "PA", "es", ["r20-pa", "r20-pa-partial"],
           "Fillable, Panamanian solicitud de portabilidad numérica. Radio 'persona' 0 natural / "
           "1 jurídica and radio 'alcance' 0 total / 1 parcial; RUC and DV comb widgets and the "
           "representative's cédula not ours; Provincia and operador donante drop-downs; "
           "Distrito the town, Corregimiento optional; numbers 1-12 across three columns; "
           "'Rangos Desde | Hasta | Cantidad' that may stay empty; numbers staying in one "
           "widget; fecha dd/mm/aaaa; signature widget; office panel of widgets.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Istmo Telecomunicaciones, S.A.",
                                      "Calle 50, Torre Global Bank, piso 12",
                                      "Ciudad de Panamá  -  800-5550"])
    s.text(40, H4 - 48, "SOLICITUD DE PORTABILIDAD NUMÉRICA", 14, bold=True)
    s.text(40, H4 - 62, "Telefonía fija  -  Operador receptor: Istmo Telecomunicaciones, S.A.", 8)
    y = H4 - 88
    s.band(40, y, W4 - 80, "A. DATOS DEL CLIENTE", 9)
    y -= 18
    s.text(40, y + 1, "Tipo de cliente:", 8)
    radio01(s, "persona", 115, y, ("Persona natural", "check:residential"),
            ("Persona jurídica", "check:business"), gap=100)
    y -= 32
    above(s, "Nombre / Razón social", "cliente", 40, y, 330, "account_name")
    s.text(380, y + 18, "RUC", 7.5, bold=True)
    comb_widget(s, "ruc", 380, y, 10, None, cell=12)
    s.text(506, y + 18, "DV", 7.5, bold=True)
    comb_widget(s, "dv", 506, y, 2, None, cell=12)
    y -= 30
    above(s, "Representante legal", "rep", 40, y, 200, "authorized_name")
    above(s, "Cargo", "rep_cargo", 250, y, 120, "authorized_title")
    above(s, "Cédula del representante", "rep_cedula", 380, y, 175, None)
    y -= 30
    above(s, "Dirección (calle, edificio, oficina)", "direccion", 40, y, 515, "street")
    y -= 30
    s.text(40, y + 18, "Provincia", 7.5, bold=True)
    choice_widget(s, "provincia", 40, y, 120, _PROVINCIAS, "state")
    above(s, "Distrito", "distrito", 170, y, 130, "city")
    above(s, "Corregimiento", "corregimiento", 310, y, 245, None, optional=True)
    y -= 30
    above(s, "Teléfono de contacto", "tel_contacto", 40, y, 200, "contact_phone")
    above(s, "Correo electrónico", "email", 250, y, 305, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "B. OPERADOR DONANTE", 9)
    y -= 32
    s.text(40, y + 18, "Operador donante", 7.5, bold=True)
    choice_widget(s, "donante", 40, y, 200, _OPERADORES, "carrier")
    above(s, "N° de cuenta", "cuenta", 250, y, 150, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "C. NÚMEROS A PORTAR", 9)
    y -= 18
    radio01(s, "alcance", 40, y, ("Total (todos los números de la cuenta)", "check:full_port"),
            ("Parcial (sólo los indicados)", "check:partial_port"), gap=210)
    slots = s.slot_group(ordered=True)
    y = across_widgets(s, slots, 40, y - 24, cols=3, rows=4, col_w=(W4 - 80) / 3, first=1,
                       names=_names("numero{n}"))
    s.text(40, y - 2, "Rangos de numeración (sólo para rangos DID completos):", 7.5, bold=True)
    table(s, 40, y - 6, [("Desde", 120, None, True), ("Hasta", 120, None, True),
                         ("Cantidad", 60, None, True)], rows=2, row_h=16, widgets="rango")
    y -= 6 + 16 * 3 + 30
    above(s, "Números que permanecen con el operador donante", "permanecen", 40, y, 515,
          "remaining_numbers")
    y -= 24
    s.band(40, y, W4 - 80, "D. AUTORIZACIÓN", 9)
    y = s.para(40, y - 18, "Autorizo a Istmo Telecomunicaciones, S.A. a solicitar al operador "
               "donante la portabilidad de los números indicados. Entiendo que el servicio de "
               "esos números con el operador donante terminará al completarse la portabilidad.",
               W4 - 80, 7.5) - 36
    s.widget("firma", 40, y, 260, 24, "signature")
    s.text(40, y - 9, "Firma del cliente o representante legal", 6.5)
    s.widget("fecha", 320, y, 100, 15, "date_signed")
    s.text(320, y - 9, "Fecha (dd/mm/aaaa)", 6.5)
    office_panel(s, 40, 50, W4 - 80, "PARA USO DEL OPERADOR RECEPTOR",
                 ["N° de orden", "Vendedor", "Fecha de portación"], widgets=_names("uso{n}"))
    s.footer("IT-SPN  rev. 05/2026")
    return s.build()


def nl_loa_boxes_paper() -> Built:
    s = letter("r20-nl-loa-boxes-paper", "CA", "en", ["r20-nl", "r20-nl-partial"],
               "Paper, Newfoundland and Labrador CLEC LOA. Every label inside the top of its "
               "box; postal code in six printed boxes; current carrier, account, BTN; a new "
               "BTN box for the numbers staying when the BTN ports; all / listed ticks; numbers "
               "1-15 across the rows; lines for the numbers staying; requested date and date "
               "signed DD/MM/YYYY; signature box; a commissioner for oaths block not ours.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    letterhead(s, WL - 40, HL - 40, ["Avalon Connect Ltd.", "215 Water Street",
                                      "St. John's, NL  A1C 6C9", "709-555-0100"])
    s.text(40, HL - 46, "Letter of Authorization", 15, bold=True)
    s.text(40, HL - 60, "Local number portability", 8.5)
    y = HL - 86
    s.band(40, y, WL - 80, "CUSTOMER", 9)
    y -= 32
    label_in_box(s, "Name on the account (exactly as billed)", 40, y, 532, "account_name")
    y -= 30
    label_in_box(s, "Service address (civic number, street, unit)", 40, y, 330, "street")
    label_in_box(s, "City / Town", 370, y, 202, "city")
    y -= 30
    label_in_box(s, "Province", 40, y, 80, "state")
    s.frame(120, y, 110, 26)
    s.text(123, y + 18, "Postal code", 6.5)
    comb_boxes(s, 130, y + 2, 6, "postal_code", "postal code", cell=15, h=14)
    label_in_box(s, "Contact telephone", 230, y, 140, "contact_phone")
    label_in_box(s, "E-mail", 370, y, 202, "contact_email")
    y -= 30
    label_in_box(s, "Authorized person", 40, y, 260, "authorized_name")
    label_in_box(s, "Title", 300, y, 272, "authorized_title")
    y -= 22
    s.band(40, y, WL - 80, "CURRENT SERVICE PROVIDER", 9)
    y -= 32
    label_in_box(s, "Current provider", 40, y, 180, "carrier")
    label_in_box(s, "Account number", 220, y, 150, "account_number")
    label_in_box(s, "Billing telephone number", 370, y, 202, "btn")
    y -= 22
    s.band(40, y, WL - 80, "NUMBERS", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Port all numbers on the account")
    s.tick(250, y, "check:partial_port", "Port only the numbers listed")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 24, cols=3, rows=5, col_w=(WL - 80) / 3, down=False,
                   row_h=19)
    y -= 24 + 5 * 19 + 4
    s.text(40, y, "Partial ports: numbers staying with the current provider", 7.5, bold=True)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 300, 2, 18, stay, "staying, left")
    lines(s, 316, y - 18, 572, 2, 18, stay, "staying, right")
    y -= 66
    label_in_box(s, "New BTN for the numbers staying (if the BTN ports)", 40, y, 260, "new_btn")
    label_in_box(s, "Requested date (DD/MM/YYYY)", 316, y, 140, "requested_date")
    y -= 22
    s.band(40, y, WL - 80, "AUTHORIZATION", 9)
    y = s.para(40, y - 16, "I authorize Avalon Connect Ltd. to act as my agent to port the "
               "numbers above from my current provider and to end their service with it. I am "
               "the account holder or authorized to sign for the account holder.",
               WL - 80, 7.5) - 40
    s.frame(40, y, 300, 34)
    s.text(43, y + 26, "Signature", 6.5)
    s._place((40, y, 340, y + 34), "signature", what="Signature")
    label_in_box(s, "Date signed (DD/MM/YYYY)", 340, y, 120, "date_signed", h=34)
    y -= 36
    s.text(40, y, "Sworn before me (only if the current provider asks for a sworn LOA):", 7.5,
           bold=True)
    y -= 20
    under(s, "Commissioner for Oaths / Notary Public", 40, y, 300, None)
    under(s, "Commission expires", 316, y, 460, None)
    office_panel(s, 40, 40, WL - 80, "AVALON CONNECT USE", ["PON", "FOC", "Rep"], h=40)
    s.footer("AC-LOA-NL  03/2026")
    return s.build()


def vn_chuyen_mang_partly() -> Built:
    s = unicode_a4("r20-vn-chuyen-mang-partly", "VN", "vi", ["r20-vn", "r20-vn-partial"],
                   "Partly fillable, Vietnamese, embedded Unicode font. Widgets 'Field_N': tên "
                   "tổ chức, mã số thuế (not ours), người đại diện, chức vụ, số CCCD (not ours), "
                   "địa chỉ, Quận / Huyện (the town), Tỉnh / Thành phố (the province), điện "
                   "thoại liên hệ, email, nhà mạng chuyển đi, mã khách hàng. On paper: tất cả / "
                   "chỉ các số dưới đây ticks, 'STT | Số thuê bao | Loại thuê bao' rows 1-10 "
                   "(type not ours), numbers that stay on lines, requested date in ngày / tháng "
                   "/ năm boxes, '…, ngày __ tháng __ năm ____' (the place not ours), signature.")
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    f = _names("Field_{n}")
    letterhead(s, W4 - 40, H4 - 40, ["Công ty Cổ phần Viễn thông Sông Hồng",
                                      "Số 18 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
                                      "Tổng đài 1800 5550"])
    s.text(40, H4 - 80, "GIẤY ĐỀ NGHỊ CHUYỂN MẠNG GIỮ NGUYÊN SỐ", 13, bold=True)
    s.text(40, H4 - 93, "Dành cho khách hàng doanh nghiệp  -  nhà mạng chuyển đến: Viễn thông "
           "Sông Hồng", 8)
    y = H4 - 112
    s.band(40, y, W4 - 80, "I. THÔNG TIN KHÁCH HÀNG", 9)
    y -= 32
    above(s, "Tên tổ chức / cá nhân", next(f), 40, y, 330, "account_name")
    above(s, "Mã số thuế", next(f), 380, y, 175, None)
    y -= 30
    above(s, "Người đại diện", next(f), 40, y, 200, "authorized_name")
    above(s, "Chức vụ", next(f), 250, y, 120, "authorized_title")
    above(s, "Số CCCD / Hộ chiếu", next(f), 380, y, 175, None)
    y -= 30
    above(s, "Địa chỉ (số nhà, đường, phường / xã)", next(f), 40, y, 515, "street")
    y -= 30
    above(s, "Quận / Huyện", next(f), 40, y, 160, "city")
    above(s, "Tỉnh / Thành phố", next(f), 210, y, 160, "state")
    above(s, "Điện thoại liên hệ", next(f), 380, y, 175, "contact_phone")
    y -= 30
    above(s, "Email", next(f), 40, y, 330, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "II. NHÀ MẠNG CHUYỂN ĐI", 9)
    y -= 32
    above(s, "Nhà mạng chuyển đi", next(f), 40, y, 250, "carrier")
    above(s, "Mã khách hàng / số hợp đồng", next(f), 300, y, 255, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "III. CÁC SỐ THUÊ BAO ĐỀ NGHỊ CHUYỂN", 9)
    y -= 18
    s.tick(40, y, "check:full_port", "Tất cả các số của hợp đồng")
    s.tick(260, y, "check:partial_port", "Chỉ các số dưới đây")
    slots = s.slot_group(ordered=True)
    top = y - 8
    for first, left in ((1, 40), (6, 300)):
        _vn_rows(s, slots, left, top, first)
    y = top - 16 * 6 - 18
    s.text(40, y, "Các số giữ lại ở nhà mạng chuyển đi (chuyển một phần):", 7.5)
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    lines(s, 40, y - 18, 290, 2, 18, stay, "giữ lại, trái")
    lines(s, 305, y - 18, 555, 2, 18, stay, "giữ lại, phải")
    y -= 62
    s.text(40, y + 4, "Ngày đề nghị chuyển mạng:", 8)
    x = 180.0
    for caption, w, fld in (("ngày", 24, "requested_day"), ("tháng", 24, "requested_month"),
                            ("năm", 40, "requested_year")):
        s.box(x, y, w, 16, fld, caption)
        s.c.setFont(s.font, 6)
        s.c.drawCentredString(x + w / 2, y - 7, caption)
        x += w + 4
    y -= 28
    s.band(40, y, W4 - 80, "IV. CAM KẾT", 9)
    y = s.para(40, y - 18, "Tôi đề nghị chuyển các số thuê bao nêu trên sang nhà mạng chuyển "
               "đến và ủy quyền cho nhà mạng chuyển đến thực hiện thủ tục với nhà mạng chuyển "
               "đi. Tôi cam kết đã thanh toán đầy đủ cước phí và không hủy hợp đồng trước khi "
               "việc chuyển mạng hoàn tất.", W4 - 80, 7.5) - 22
    x = 300
    s.rule(x, y - 2, x + 80)
    s._place((x, y - 4, x + 80, y + 11), None, what="địa danh")
    x = s.text(x + 82, y, ", ngày", 8.5) + 3
    for fld, w, word in (("date_signed_day", 22, "tháng"), ("date_signed_month", 22, "năm"),
                         ("date_signed_year", 36, "")):
        s.rule(x, y - 2, x + w)
        s._place((x, y - 4, x + w, y + 11), fld, what=fld)
        x += w + 3
        if word:
            x = s.text(x, y, word, 8.5) + 3
    y -= 16
    s.c.setFont(s.bold_font, 8)
    s.c.drawCentredString(430, y, "ĐẠI DIỆN KHÁCH HÀNG")
    s.c.setFont(s.font, 7)
    s.c.drawCentredString(430, y - 10, "(Ký, ghi rõ họ tên, đóng dấu)")
    s._place((320, y - 60, 545, y - 14), "signature", what="Ký")
    office_panel(s, 40, 50, W4 - 80, "DÀNH CHO NHÀ MẠNG", ["Mã yêu cầu", "Nhân viên",
                                                          "Ngày chuyển"], h=40)
    s.footer("SH-CMGS-01  2026")
    return s.build()


def _vn_rows(s: Sheet, slots: list[dict[str, Any]], x: float, top: float, first: int) -> None:
    """'STT | Số thuê bao | Loại thuê bao': the number in its slot, the type not ours."""
    for head, cx, w in (("STT", x, 30), ("Số thuê bao", x + 30, 140),
                        ("Loại thuê bao", x + 170, 85)):
        s.frame(cx, top - 16, w, 16)
        s.text(cx + 3, top - 11, head, 7, bold=True)
    for r in range(5):
        ry = top - 16 * (r + 2)
        s.frame(x, ry, 30, 16)
        s.right_text(x + 22, ry + 5, f"{first + r}", 8)
        s.frame(x + 30, ry, 140, 16)
        s.slot(slots, (x + 31, ry + 1, x + 169, ry + 15), f"Số thuê bao {first + r}")
        s.box(x + 170, ry, 85, 16, None, f"Loại thuê bao {first + r}")


def _danish(s: Sheet, x: float, y: float, text: str) -> None:
    s.c.setFont(ITALIC, 6.5)
    s.c.drawString(x, y, text)


def fo_nummarflyting_fillable() -> Built:
    s = a4("r20-fo-nummarflyting-fillable", "FO", "fo", ["r20-fo", "r20-fo-partial"],
           "Fillable, Faroese with Danish in italics after each label; Danish widget names "
           "(Kundenavn, PostnrBy...). V-tal not ours; postnummar and býur in one widget; radio "
           "Flytning Alle / Udvalgte; six-digit numbers 1-12 down two columns in widgets; "
           "numbers staying in two widgets; ynskt dagfesting and dagfesting dd.mm.áááá; "
           "signature line without a widget; office panel.")
    s.date_formats = ["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"]
    letterhead(s, W4 - 40, H4 - 40, ["Norðlýsið Samskifti P/F", "Undir Glaðsheyggi 4",
                                      "FO-100 Tórshavn  -  tlf. 555140"])
    s.text(40, H4 - 48, "UMBØN UM NUMMARFLYTING", 15, bold=True)
    s.c.setFont(ITALIC, 9)
    s.c.drawString(40, H4 - 61, "Anmodning om nummerflytning")
    y = H4 - 88
    s.band(40, y, W4 - 80, "1. KUNDI / KUNDE", 9)

    def row(label: str, danish: str, name: str, x: float, yy: float, w: float,
            fld: str | None) -> None:
        """The Faroese label in bold, its Danish after a slash in italics, the widget under."""
        end = s.text(x, yy + 18, label, 7.5, bold=True) + 3
        _danish(s, end, yy + 18, f"/ {danish}")
        s.widget(name, x, yy, w, 15, fld)

    y -= 32
    row("Navn á kunda", "Kundenavn", "Kundenavn", 40, y, 330, "account_name")
    row("V-tal", "Virksomhedsnummer", "VTal", 380, y, 175, None)
    y -= 30
    row("Bústaður", "Adresse", "Adresse", 40, y, 330, "street")
    row("Postnr. og býur", "Postnr. og by", "PostnrBy", 380, y, 175, "locality")
    y -= 30
    row("Ábyrgdarpersónur", "Ansvarlig person", "Kontaktperson", 40, y, 200, "authorized_name")
    row("Starv", "Stilling", "Stilling", 250, y, 120, "authorized_title")
    row("Telefon til samband", "Kontakttelefon", "Telefon", 380, y, 175, "contact_phone")
    y -= 30
    row("Teldupostur", "E-mail", "Email", 40, y, 330, "contact_email")
    y -= 24
    s.band(40, y, W4 - 80, "2. NÚVERANDI VEITARI / NUVÆRENDE UDBYDER", 9)
    y -= 32
    row("Veitari", "Udbyder", "Udbyder", 40, y, 250, "carrier")
    row("Kundanummar", "Kundenummer", "Kundenummer", 300, y, 255, "account_number")
    y -= 24
    s.band(40, y, W4 - 80, "3. NUMMUR / NUMRE", 9)
    y -= 18
    s.radio("Flytning", "Alle", 40, y, "check:full_port", "Øll nummur á kontuni")
    _danish(s, 53, y - 8, "Alle numre på kontoen")
    s.radio("Flytning", "Udvalgte", 260, y, "check:partial_port", "Bert hesi nummur")
    _danish(s, 273, y - 8, "Kun disse numre")
    slots = s.slot_group(ordered=True)
    numbered_slots(s, slots, 40, y - 34, cols=2, rows=6, col_w=(W4 - 80) / 2, row_h=18,
                   names=[f"Nummer{n}" for r in range(1, 7) for n in (r, r + 6)])
    y -= 34 + 6 * 18 + 4
    s.text(40, y, "Nummur, sum verða verandi hjá núverandi veitara", 7.5, bold=True)
    _danish(s, 40, y - 8, "Numre, der bliver hos nuværende udbyder")
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for k, x in enumerate((40, 300)):
        s.widget(f"Bliver{k + 1}", x, y - 28, 255, 14, None)
        s.places.pop()
        s.slot(stay, (x, y - 28, x + 255, y - 14), f"Bliver {k + 1}", f"Bliver{k + 1}")
    y -= 64
    row("Ynskt dagfesting (dd.mm.áááá)", "Ønsket dato", "OnsketDato", 40, y, 120,
        "requested_date")
    y -= 28
    s.band(40, y, W4 - 80, "4. UNDIRSKRIFT / UNDERSKRIFT", 9)
    y = s.para(40, y - 18, "Eg gevi Norðlýsið Samskifti P/F heimild at flyta omanfyri nevndu "
               "nummur frá núverandi veitara og at siga upp tænastuna hjá honum, tá ið "
               "flytingin er liðug.", W4 - 80, 7.5)
    s.c.setFont(ITALIC, 7)
    y = s.para(40, y, "Jeg giver Norðlýsið Samskifti P/F fuldmagt til at flytte ovennævnte "
               "numre og opsige tjenesten hos nuværende udbyder, når flytningen er gennemført.",
               W4 - 80, 7) - 40
    row("Dagfesting (dd.mm.áááá)", "Dato", "Dato", 40, y, 100, "date_signed")
    sign_block(s, 160, y, [("Undirskrift / Underskrift", "signature")], [250])
    office_panel(s, 40, 50, W4 - 80, "BERT TIL NÝTSLU HJÁ NORÐLÝSINUM / KUN TIL INTERN BRUG",
                 ["Ordranr.", "Handlað av", "Flytidato"], widgets=_names("Intern{n}"))
    s.footer("NS-NF-01  2026")
    return s.build()


FORMS = {
    "r20-pa-portabilidad-fillable": pa_portabilidad_fillable,
    "r20-nl-loa-boxes-paper": nl_loa_boxes_paper,
    "r20-vn-chuyen-mang-partly": vn_chuyen_mang_partly,
    "r20-fo-nummarflyting-fillable": fo_nummarflyting_fillable,
}
