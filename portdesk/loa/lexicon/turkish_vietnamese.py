"""Turkish and Vietnamese forms' words (numara taşıma başvuru formu, đơn đề nghị chuyển mạng
giữ số): the whole vocabulary a porting form in either language names our values by, written
before any form in them was read (then corrected where a Turkish form showed the trade's usage:
the district, İlçe, is the town, the province, İl, the state), each read only on a form whose
printed lines are in it.

Written normalised ("İmza" is "imza", "ı" "i"; Vietnamese without its tones: "Số điện thoại" is
"so dien thoai"). Vietnamese "Quận / Huyện" (the district) is the town and "Tỉnh / Thành phố" the province, as
Turkish İlçe and İl; "Phường / Xã" (the ward) is a part of the town the case does not hold.
A contract number alone ("sözleşme numarası") is not the account's: left empty; said with
the customer's code ("Mã khách hàng / số hợp đồng") it is.
"""

from __future__ import annotations

from portdesk.loa.fields import LoaField as F
from portdesk.loa.lexicon.base import NOT_OURS, Lexicon

TURKISH = Lexicon("tr", "Turkish", frozenset({
    "ve", "veya", "ile", "bir", "bu", "icin", "olan", "olarak", "adi", "soyadi", "adres",
    "adresi", "numara", "numarasi", "numaralar", "tarih", "tarihi", "imza", "abone", "musteri",
    "operator", "operatoru", "tasima", "tasinacak", "yetkili", "kase", "ilce", "posta", "kodu",
    "talep", "basvuru", "formu", "firma", "unvani", "hat", "hatlar", "mevcut", "sirket",
}), {
    F.PARTIAL_PORT: (r"~\b(yalnizca|sadece)\b.{0,40}\bnumara\w*", "kismi"),
    F.FULL_PORT: (r"~\b(tum|butun)\b.{0,20}\b(numara\w*|hat\w*)|\b(numara\w*|hat\w*)\b"
                  r".{0,20}\b(tumu|hepsi)\b",),
    F.BUSINESS: ("=kurumsal", "=tuzel kisi", "=sirket", "=isletme"),
    F.RESIDENTIAL: ("=bireysel", "=gercek kisi", "=sahis"),
    NOT_OURS: ("vergi*", "vkn", "tckn", "kimlik*", "ticaret sicil*", "mersis*", "dogum tarihi",
               "alici operator*", "yeni operator*", "alici isletmeci*", "!ikinci yetkili*", "!ikinci imza*", "=kase", "=ulke", "=mahalle",
               "=semt", "fatura adres*", "sozlesme numara*", "sozlesme no", "=bina no",
               "=kapi no", "=daire no"),
    F.REMAINING_NUMBERS: (r"~\bnumara\w*\b.{0,40}\b(kalacak|kalan|tasinmayacak|"
                          r"tasinmayan)\b|\b(kalacak|tasinmayacak|tasinmayan)\b.{0,20}"
                          r"\bnumara\w*",),
    F.REQUESTED_DATE: (r"~\b(istenen|talep edilen|tercih edilen)\b.{0,30}\btarih\w*|"
                       r"\btasima tarih\w*",),
    F.DATE_SIGNED: ("=tarih", "imza tarihi", "=basvuru tarihi", "=tarih imza"),
    F.CONTACT_PHONE: ("irtibat telefon*", "iletisim telefon*", "irtibat numara*",
                      "iletisim numara*", "cep telefonu"),
    F.CONTACT_EMAIL: ("e posta*", "eposta*"),
    F.SIGNATURE: ("imza", "imzasi", "=kase imza", "=kase ve imza", "=imza kase"),
    F.AUTHORIZED_NAME: ("yetkili*", "irtibat kisi*", "iletisim kisi*", "imzalayan*",
                        "temsilci*"),
    F.AUTHORIZED_TITLE: ("gorevi", "=gorev", "=unvani", "=pozisyon", "=pozisyonu"),
    F.CARRIER: ("mevcut operator*", "verici isletmeci*", "mevcut isletmeci*", "verici operator*", "su anki operator*",
                "hizmet aldiginiz operator*", "=operator", "=operator adi"),
    F.ACCOUNT_NUMBER: ("musteri numara*", "musteri no", "hesap numara*", "hesap no",
                       "abone numara*", "abone no"),
    F.PIN: ("pin kod*", "=sifre"),
    F.ACCOUNT_NAME: ("abone adi*", "firma adi", "firma unvan*", "sirket unvan*", "sirket adi",
                     "musteri adi*", "=unvan", "=adi soyadi", "=ad soyad", "=ad soyadi"),
    F.POSTAL_CODE: ("posta kod*",),
    F.STATE: ("=il",),
    F.CITY: ("=ilce", "=sehir", "=ilce il"),
    F.STREET: ("=cadde", "=sokak", "=cadde sokak", "=cadde sokak no"),
    F.SERVICE_ADDRESS: ("adres*", "tesis adres*", "hizmet adres*"),
    F.BTN: ("ana numara*", "ana hat", "ana telefon numara*", "fatura numara*"),  # the main number
    F.NUMBER: ("telefon numara*", "tasinacak numara*", "tasinacak hat*", "hat numara*",
               "gsm numara*", "=numara", "=numaralar"),
})

VIETNAMESE = Lexicon("vi", "Vietnamese", frozenset({
    "va", "cua", "cac", "cho", "nay", "dien", "thoai", "dia", "ten", "ngay", "thang", "ky",
    "khach", "hang", "doanh", "nghiep", "chuyen", "mang", "giu", "thue", "bao", "nguoi",
    "cong", "ty", "ho", "tinh", "quan", "huyen", "phuong", "xa", "duong", "de", "nghi",
    "nha", "hien", "tai", "dai", "chu", "ro", "ghi",
}), {
    F.PARTIAL_PORT: (r"~^chi\b|\bchi (nhung|cac)\b.{0,20}\bso\b", "=mot phan"),
    F.FULL_PORT: (r"~\btat ca\b.{0,20}\b(so|thue bao)\b", "=toan bo"),
    F.BUSINESS: ("=doanh nghiep", "=to chuc", "=cong ty"),
    F.RESIDENTIAL: ("=ca nhan", "=ho gia dinh"),
    NOT_OURS: ("ma so thue", "=mst", "cmnd", "cccd", "can cuoc", "chung minh nhan dan",
               "ho chieu", "ngay sinh", "noi cap", "ngay cap", "dong dau", "=con dau",
               "doanh nghiep chuyen den", "nha mang chuyen den", "nha mang moi",
               "doanh nghiep tiep nhan", "phuong xa",
               "=phuong", "=xa", "=quoc gia", "giay phep kinh doanh", "dang ky kinh doanh",
               "dia chi thanh toan", "dia chi gui hoa don",
               "dia chi nhan hoa don"),
    F.REMAINING_NUMBERS: (r"~\bso\b.{0,40}\b(giu lai|khong chuyen|o lai|con lai)\b",),
    F.REQUESTED_DATE: ("ngay chuyen mang", "ngay chuyen doi", "thoi gian chuyen mang",
                       r"~\bngay\b.{0,30}\b(mong muon|de nghi|yeu cau)\b"),
    F.DATE_SIGNED: ("=ngay", "ngay ky", "=ngay thang nam", "ngay lap don"),
    F.CONTACT_PHONE: ("dien thoai lien he", "so lien he", "sdt lien he"),
    F.CONTACT_EMAIL: ("thu dien tu",),
    F.SIGNATURE: ("chu ky", "=ky ten", "ky ghi ro ho ten", "ky va ghi ro ho ten",
                  "ky ten dong dau"),
    F.AUTHORIZED_NAME: ("nguoi dai dien", "ho ten nguoi ky", "ho va ten nguoi ky",
                        "nguoi lien he", "nguoi duoc uy quyen", "dai dien theo phap luat"),
    F.AUTHORIZED_TITLE: ("chuc vu", "chuc danh"),
    F.CARRIER: ("nha mang hien tai", "doanh nghiep chuyen di", "nha mang chuyen di",
                "doanh nghiep hien tai", "nha cung cap hien tai", "doanh nghiep cung cap hien"),
    F.ACCOUNT_NUMBER: ("ma khach hang", "ma so khach hang", "so tai khoan khach hang"),
    F.PIN: ("ma pin", "mat khau"),
    F.ACCOUNT_NAME: ("ten khach hang", "ten cong ty", "ten doanh nghiep", "ten to chuc",
                     "ten chu thue bao", "chu thue bao", "=ho va ten", "=ho ten"),
    F.POSTAL_CODE: ("ma buu chinh", "ma buu dien"),
    F.STATE: ("=tinh", "tinh thanh pho", "=tinh thanh"),
    F.CITY: ("quan huyen", "=quan", "=huyen", "=thanh pho"),
    F.STREET: ("so nha", "=duong", "duong pho", "so nha duong"),
    F.SERVICE_ADDRESS: ("dia chi",),
    F.BTN: ("so dien thoai chinh", "so chinh", "so dai dien"),  # the main (billing) number
    F.NUMBER: ("so dien thoai", "so thue bao", "so can chuyen", "danh sach so",
               "so chuyen mang"),
})

LEXICONS = (TURKISH, VIETNAMESE)
