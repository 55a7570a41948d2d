"""Round 33, Minas Gerais and Apulia (held back; truth from the drawn page, the filler never run
on these by their author):

- A Minas Gerais fillable pedido de portabilidade in Brazilian Portuguese on two A4 pages: the
  receiving carrier's own block first ('Razão social', 'Endereço', 'Telefone': the same labels
  as the customer's block under it, all for the carrier's staff), placeholders printed grey
  inside transparent widgets ('Nome completo / Razão social', 'DD/MM/AAAA', '(DDD) número'),
  one wide widget under the two column headers 'Logradouro | Número', two widgets 'Nome' |
  'Sobrenome' under one header 'Responsável pela solicitação', 'ex.: (31) 3555-0100' printed
  beside the numbers, the partial port and the numbers that stay on page 2, and two signature
  blocks: the holder's and the reseller's (not ours).
- An Apulia paper richiesta di portabilità in Italian on two A4 pages: labels printed after
  their line ('______ ragione sociale / nome e cognome') or under it, tick boxes that are only
  '☐' glyphs of the text layer, footnote marks ('codice cliente¹', 'C.F. / P. IVA*') explained
  at the page foot, a numbers table whose labels are its header row, the requested date and
  the signing date in words ('dal giorno ___ del mese di ________ 20__'), and the signature
  beside the reseller's stamp and signature (not ours).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4

from tests.loaforms.kit import Sheet
from tests.loaforms.round5_kit import letterhead
from tests.loaforms.round14_kit import UnicodeSheet, witness_line
from tests.loaforms.round28_kit import span
from tests.loaforms.round31_kit import grey
from tests.loaforms.round33_kit import glyph_tick, line_then_label, marked, ph_widget

Built = tuple[bytes, dict[str, Any]]


def _lab(s: Sheet, x: float, y: float, text: str, size: float = 6.8) -> None:
    s.text(x, y + 16, text, size)


def mg_placeholder_fillable() -> Built:
    s = Sheet("r33-mg-placeholder-fillable", "BR", "pt",
              "Fillable, Minas Gerais, two A4 pages, Brazilian Portuguese. Receiving carrier's "
              "block first with the customer's labels (Razão social, Endereço, Telefone: not "
              "ours); grey placeholders inside transparent widgets; one widget under "
              "'Logradouro | Número' (the street); 'Nome' | 'Sobrenome' under one header (the "
              "signer's name across both); CPF/CNPJ and Bairro not ours; numbers 1-8 with an "
              "'ex.:' line; page 2 partial tick, numbers that stay, requested date, terms, "
              "holder's signature block and the reseller's (not ours); Local not ours.", A4,
              ["r33-mg", "r33-mg-partial"])
    s.date_formats = ["%d/%m/%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Mantiqueira Telecom S.A.", "Av. Afonso Pena 1500, "
                                   "Belo Horizonte - MG", "Central 0800 555 0100"])
    s.text(40, h - 48, "PEDIDO DE PORTABILIDADE NUMÉRICA", 14, bold=True)
    s.text(40, h - 61, "Telefonia fixa. Preencha no computador ou à mão, em letra de forma.", 7.5)
    y = h - 84
    s.band(40, y, w - 80, "1. PRESTADORA RECEPTORA (preenchimento pela Mantiqueira)", 8.5)
    y -= 34
    _lab(s, 40, y, "Razão social")
    ph_widget(s, "rec_razao", 40, y, 250, 14, None, "Razão social da prestadora")
    _lab(s, 300, y, "CNPJ")
    ph_widget(s, "rec_cnpj", 300, y, 120, 14, None, "00.000.000/0000-00")
    _lab(s, 430, y, "Telefone")
    ph_widget(s, "rec_tel", 430, y, 125, 14, None, "(DDD) número")
    y -= 34
    _lab(s, 40, y, "Endereço")
    ph_widget(s, "rec_end", 40, y, 380, 14, None, "Logradouro, número, cidade")
    _lab(s, 430, y, "Código do vendedor")
    ph_widget(s, "rec_vend", 430, y, 125, 14, None, "0000")
    y -= 26
    s.band(40, y, w - 80, "2. DADOS DO CLIENTE (titular da linha)", 8.5)
    y -= 34
    _lab(s, 40, y, "Razão social")
    ph_widget(s, "cli_nome", 40, y, 330, 14, "account_name", "Nome completo / Razão social")
    _lab(s, 380, y, "CPF / CNPJ")
    ph_widget(s, "cli_doc", 380, y, 175, 14, None, "000.000.000-00")
    y -= 26
    s.text(40, y + 3, "Tipo de cliente:", 7.5)
    s.radio("tipo", "PJ", 110, y, "check:business", "Pessoa jurídica")
    s.radio("tipo", "PF", 200, y, "check:residential", "Pessoa física")
    y -= 16
    # column headers 'Logradouro | Número' over one wide widget
    s.c.setFillGray(0.9)
    s.c.rect(40, y, 250, 11, stroke=1, fill=1)
    s.c.rect(290, y, 70, 11, stroke=1, fill=1)
    s.c.setFillGray(0)
    s.text(43, y + 3, "Logradouro", 6.8, bold=True)
    s.text(293, y + 3, "Número", 6.8, bold=True)
    s.text(370, y + 3, "Bairro", 6.8, bold=True)
    y -= 16
    ph_widget(s, "cli_end", 40, y, 320, 14, "street", "Rua, avenida... e número")
    ph_widget(s, "cli_bairro", 370, y, 185, 14, None, "Bairro")
    y -= 34
    _lab(s, 40, y, "Cidade")
    ph_widget(s, "cli_cid", 40, y, 200, 14, "city", "Município")
    _lab(s, 250, y, "UF")
    ph_widget(s, "cli_uf", 250, y, 40, 14, "state", "UF")
    _lab(s, 300, y, "CEP")
    ph_widget(s, "cli_cep", 300, y, 90, 14, "postal_code", "00000-000")
    _lab(s, 400, y, "Telefone")
    ph_widget(s, "cli_tel", 400, y, 155, 14, "contact_phone", "(DDD) número para contato")
    y -= 34
    _lab(s, 40, y, "E-mail")
    ph_widget(s, "cli_mail", 40, y, 250, 14, "contact_email", "nome@empresa.com.br")
    y -= 18
    s.text(40, y, "Responsável pela solicitação (quem assina)", 7.5, bold=True)
    y -= 20
    ph_widget(s, "resp_nome", 40, y, 150, 14, None, "Nome")
    ph_widget(s, "resp_sobrenome", 194, y, 180, 14, None, "Sobrenome")
    span(s, 2, "authorized_name", "Nome | Sobrenome under one header")
    _lab(s, 384, y, "Cargo (pessoa jurídica)")
    ph_widget(s, "resp_cargo", 384, y, 171, 14, "authorized_title", "Cargo")
    y -= 26
    s.band(40, y, w - 80, "3. LINHA ATUAL", 8.5)
    y -= 34
    _lab(s, 40, y, "Prestadora doadora (operadora atual)")
    ph_widget(s, "doa_nome", 40, y, 170, 14, "carrier", "Operadora")
    _lab(s, 220, y, "Código do cliente na operadora atual")
    ph_widget(s, "doa_cod", 220, y, 170, 14, "account_number", "Consta na fatura")
    _lab(s, 400, y, "Telefone principal da conta")
    ph_widget(s, "doa_tel", 400, y, 155, 14, "btn", "(DDD) número")
    y -= 26
    s.band(40, y, w - 80, "4. NÚMEROS A PORTAR (com DDD)", 8.5)
    y -= 16
    s.text(40, y, "Escreva um número por campo, com o DDD.", 7)
    grey(s, 220, y, "ex.: (31) 3555-0100", 7)
    y -= 22
    slots = s.slot_group()
    for n in range(8):
        col, row = divmod(n, 4)
        x, ry = 40 + col * 260, y - row * 22
        s.right_text(x + 14, ry + 4, f"{n + 1}.", 8)
        place = ph_widget(s, f"num_{n + 1}", x + 18, ry, 220, 15, None, "(DDD) número")
        s.places.remove(place)
        s.slot(slots, tuple(place["rect"]), f"número {n + 1}", f"num_{n + 1}")
    s.footer("MT-PORT-FX rev. 4   página 1 de 2")
    s.next_page()
    y = h - 60
    s.band(40, y, w - 80, "5. PORTABILIDADE PARCIAL", 8.5)
    y -= 20
    s.checkbox("parcial", 40, y, "check:partial_port",
               "Desejo portar apenas parte dos números da conta")
    y -= 16
    s.text(40, y, "Números que permanecem na operadora atual:", 7.5)
    ph_widget(s, "permanecem", 40, y - 40, 515, 32, "remaining_numbers",
              "(DDD) número, (DDD) número...", multiline=True)
    y -= 62
    s.band(40, y, w - 80, "6. DATA DESEJADA", 8.5)
    y -= 32
    _lab(s, 40, y, "Data desejada para a portabilidade (dia útil)")
    ph_widget(s, "data_port", 40, y, 110, 14, "requested_date", "DD/MM/AAAA")
    s.text(170, y + 4, "A data será confirmada pela Mantiqueira por e-mail.", 7)
    y -= 24
    s.band(40, y, w - 80, "7. TERMOS E CONDIÇÕES", 8.5)
    y -= 18
    for para in (
            "7.1 O titular autoriza a Mantiqueira Telecom S.A. a solicitar à prestadora doadora "
            "a portabilidade dos números indicados neste pedido, nos termos do Regulamento Geral "
            "de Portabilidade da Anatel.",
            "7.2 O contrato com a prestadora doadora continua em vigor até a conclusão da "
            "portabilidade. Não cancele o serviço atual antes disso: o número pode ser perdido.",
            "7.3 Os dados devem ser idênticos aos cadastrados na prestadora doadora (nome, "
            "CPF/CNPJ, endereço). Divergências causam a recusa do pedido.",
            "7.4 A portabilidade parcial mantém na prestadora doadora os números não indicados, "
            "com o mesmo contrato."):
        y = s.para(40, y, para, w - 80, 7.5) - 4
    y -= 60
    s.box(40, y, 250, 50, "signature", "assinatura do titular")
    s.text(40, y - 9, "Assinatura do titular ou responsável", 6.8)
    s.box(305, y, 250, 50, None, "assinatura do vendedor")
    s.text(305, y - 9, "Assinatura do vendedor / revenda autorizada", 6.8)
    y -= 40
    _lab(s, 40, y, "Nome")
    ph_widget(s, "ass_nome", 40, y, 250, 14, "authorized_name", "Nome legível")
    _lab(s, 305, y, "Nome do vendedor")
    ph_widget(s, "vend_nome", 305, y, 250, 14, None, "Nome legível")
    y -= 34
    _lab(s, 40, y, "Local")
    ph_widget(s, "ass_local", 40, y, 130, 14, None, "Cidade")
    _lab(s, 180, y, "Data")
    ph_widget(s, "ass_data", 180, y, 110, 14, "date_signed", "DD/MM/AAAA")
    _lab(s, 305, y, "Código da revenda")
    ph_widget(s, "vend_cod", 305, y, 120, 14, None, "0000")
    s.footer("MT-PORT-FX rev. 4   página 2 de 2")
    return s.build()


def ap_words_paper() -> Built:
    s = UnicodeSheet("r33-ap-glyph-words-paper", "IT", "it",
                     "Paper, Apulia, two A4 pages, Italian. Labels after their lines and under "
                     "them; ☐ glyph ticks in the text layer (Azienda / Privato, tutti / solo "
                     "alcuni numeri; the privacy tick not ours); footnote marks ¹ and * explained "
                     "at the foot; C.F. / P. IVA not ours; numbers table 1-8 with its labels in "
                     "the header row (Tipo linea not ours); numbers staying 1-3 on page 2; "
                     "requested and signing dates in words (day, month, 20__); luogo not ours; "
                     "reseller's stamp and signature not ours.", A4,
                     ["r33-ap", "r33-ap-partial"])
    s.date_formats = ["%d/%m/%Y", "%d-%m-%Y"]
    w, h = A4
    letterhead(s, w - 40, h - 40, ["Trullo Rete S.r.l.", "Corso Cavour 88, 70121 Bari",
                                   "Servizio clienti 080 555 0100"])
    s.text(40, h - 48, "RICHIESTA DI PORTABILITÀ DEL NUMERO", 13, bold=True)
    s.text(40, h - 61, "Compilare in stampatello con penna nera e spedire firmata.", 7.5)
    y = h - 84
    s.band(40, y, w - 80, "A. DATI DEL CLIENTE", 8.5)
    y -= 24
    line_then_label(s, 40, y, 300, "ragione sociale / nome e cognome", "account_name")
    y -= 22
    s.rule(40, y - 2, 200)
    s._place((40, y - 4, 200, y + 11), "account_number", what="____ codice cliente¹")
    end = marked(s, 204, y, "codice cliente presso l'operatore attuale", "1")
    s.rule(end + 16, y - 2, 440)
    s._place((end + 16, y - 4, 440, y + 11), None, what="____ C.F. / P. IVA*")
    marked(s, 444, y, "C.F. / P. IVA", "*")
    y -= 22
    s.text(40, y, "Tipo di cliente:", 8)
    x = glyph_tick(s, 110, y, "check:business", "Azienda")
    glyph_tick(s, x + 16, y, "check:residential", "Privato")
    y -= 26
    # the address: lines with their captions printed under them
    for x0, x1, cap, fld in ((40, 300, "Via / Piazza e numero civico", "street"),
                             (310, 370, "CAP", "postal_code"),
                             (380, 510, "Comune", "city"),
                             (520, 555, "Prov.", "state")):
        s.line_under(x0, y, x1, fld, cap)
        s.text(x0, y - 9, cap, 6.5)
    y -= 30
    for x0, x1, cap, fld in ((40, 250, "Referente (nome e cognome)", "authorized_name"),
                             (260, 400, "Qualifica", "authorized_title"),
                             (410, 555, "Telefono di contatto", "contact_phone")):
        s.line_under(x0, y, x1, fld, cap)
        s.text(x0, y - 9, cap, 6.5)
    y -= 30
    s.line_under(40, y, 300, "contact_email", "E-mail")
    s.text(40, y - 9, "E-mail", 6.5)
    y -= 30
    s.band(40, y, w - 80, "B. OPERATORE ATTUALE E NUMERI", 8.5)
    y -= 24
    line_then_label(s, 40, y, 200, "operatore attuale (donating)", "carrier")
    y -= 18
    # the numbers table: its labels are its header row
    heads = [("N.", 28), ("Numero (con prefisso, es. 080 5550100)", 260), ("Tipo linea", 100),
             ("Note", 127)]
    x = 40.0
    s.c.setFillGray(0.88)
    s.c.rect(40, y - 2, sum(wd for _, wd in heads), 13, stroke=1, fill=1)
    s.c.setFillGray(0)
    for head, wd in heads:
        s.text(x + 3, y + 2, head, 7, bold=True)
        x += wd
    slots = s.slot_group()
    for n in range(8):
        ry = y - 2 - (n + 1) * 16
        x = 40.0
        for k, (_, wd) in enumerate(heads):
            s.frame(x, ry, wd, 16)
            if k == 0:
                s.text(x + 8, ry + 5, f"{n + 1}", 7.5)
            elif k == 1:
                s.slot(slots, (x + 1, ry + 1, x + wd - 1, ry + 15), f"numero {n + 1}")
            else:
                s._place((x + 1, ry + 1, x + wd - 1, ry + 15), None,
                         what=f"{heads[k][0]} {n + 1}")
            x += wd
    y = y - 2 - 9 * 16 - 6
    s.text(40, y, "Si richiede la portabilità di:", 8)
    y -= 14
    glyph_tick(s, 52, y, "check:full_port", "tutti i numeri dell'utenza")
    y -= 14
    glyph_tick(s, 52, y, "check:partial_port",
               "solo i numeri indicati (gli altri restano all'operatore attuale: vedi pag. 2)")
    s.rule(40, 62, 200, 0.4)
    s.text(40, 52, "¹ Si trova in alto a destra nella fattura dell'operatore attuale "
           "(\"Codice cliente\" o \"Codice migrazione\").", 6.5)
    s.text(40, 43, "* Obbligatorio per le aziende; per i privati il codice fiscale del "
           "titolare.", 6.5)
    s.footer("TR-NP-07   pag. 1 di 2")
    s.next_page()
    y = h - 60
    s.band(40, y, w - 80, "C. NUMERI CHE RESTANO ALL'OPERATORE ATTUALE (solo portabilità "
           "parziale)", 8.5)
    y -= 24
    stay = s.slot_group(ordered=False, fld="remaining_numbers")
    for n in range(3):
        s.right_text(58, y, f"{n + 1}.", 8)
        s.rule(62, y - 2, 260)
        s.slot(stay, (62, y - 4, 260, y + 11), f"resta {n + 1}")
        y -= 18
    y -= 8
    s.band(40, y, w - 80, "D. DATA DEL PASSAGGIO", 8.5)
    y -= 24
    x = s.text(40, y, "Il passaggio è richiesto a partire dal giorno", 8.5) + 4
    s.line_under(x, y - 2, x + 26, "requested_day", "giorno")
    x = s.text(x + 30, y, "del mese di", 8.5) + 4
    s.line_under(x, y - 2, x + 80, "requested_month", "mese")
    x = s.text(x + 84, y, "20", 8.5)
    s.line_under(x + 1, y - 2, x + 19, "requested_year2", "anno 20__")
    y -= 14
    s.text(40, y, "(un giorno lavorativo; la data definitiva sarà comunicata da Trullo Rete).", 7)
    y -= 22
    s.band(40, y, w - 80, "E. CONDIZIONI", 8.5)
    y -= 18
    for para in (
            "1. Il cliente chiede a Trullo Rete S.r.l. di acquisire i numeri indicati e le "
            "conferisce mandato a richiedere all'operatore attuale la cessazione del servizio "
            "sui soli numeri portati.",
            "2. Il contratto con l'operatore attuale resta in vigore fino al passaggio: non "
            "disdire prima, per non perdere il numero. Eventuali importi dovuti restano a carico "
            "del cliente.",
            "3. I dati devono coincidere con quelli registrati presso l'operatore attuale; in caso "
            "contrario la richiesta può essere respinta.",
            "4. Il cliente dichiara di essere titolare dei numeri o di agire per conto del "
            "titolare."):
        y = s.para(40, y, para, w - 80, 7.5) - 4
    y -= 6
    x = glyph_tick(s, 40, y, None, "Acconsento al trattamento dei dati per finalità "
                   "commerciali (facoltativo)")
    y -= 26
    x = s.text(40, y, "Letto, confermato e sottoscritto a", 8.5) + 4
    s.line_under(x, y - 2, x + 110, None, "luogo")
    x = s.text(x + 114, y, "il giorno", 8.5) + 4
    s.line_under(x, y - 2, x + 26, "date_signed_day", "giorno firma")
    x = s.text(x + 30, y, "del mese di", 8.5) + 4
    s.line_under(x, y - 2, x + 80, "date_signed_month", "mese firma")
    x = s.text(x + 84, y, "20", 8.5)
    s.line_under(x + 1, y - 2, x + 19, "date_signed_year2", "anno firma 20__")
    y -= 60
    s.sign_line("Firma del cliente (titolare o legale rappresentante)", 40, y, 270,
                label_below=True)
    witness_line(s, "Timbro e firma del rivenditore autorizzato", 320, y, 555)
    y -= 34
    s.line_under(40, y, 270, "authorized_name", "nome in stampatello")
    s.text(40, y - 9, "Nome e cognome in stampatello", 6.5)
    s.line_under(320, y, 555, None, "codice rivenditore")
    s.text(320, y - 9, "Codice rivenditore", 6.5)
    s.footer("TR-NP-07   pag. 2 di 2")
    return s.build()


FORMS = {
    "r33-mg-placeholder-fillable": mg_placeholder_fillable,
    "r33-ap-glyph-words-paper": ap_words_paper,
}
