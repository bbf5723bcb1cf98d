"""Round 17 of issue 13: the seam between an opening clause and the main clause. An opening
subordinate clause, a phrase of means or a date run on into the main clause with no comma
(P30, rules/seam_openings.py: the comma goes where the main clause's subject begins, and P29
no longer takes such a sentence for a fragment); an attribution set in after a comma with no
comma of its own after it (P30); the comma before a connector of explanation or example, and
before a verb of composition or number, after a whole clause (P18, rules/seam_examples.py).
Each class with texts of our own that break the rule and several that respect it (none
copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Rutan Wonogiri Gelar Kunjungan Tatap Muka\n"
_LEAD = "Wonogiri - Rutan Wonogiri membuka layanan kunjungan tatap muka, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD + "Layanan dibuka pukul 08.00 WIB. "

BREAKS = [
    # A clause of concession with its verb and complement, then the subject and 'tetap'.
    (
        "P30",
        _BODY + "Walaupun harus menunggu sejak subuh para pengunjung tetap tertib.",
        [("subuh", "subuh,")],
    ),
    (
        "P30",
        _BODY + "Meski hujan turun sejak pagi keluarga warga binaan tetap datang.",
        [("pagi", "pagi,")],
    ),
    # A clause of time: its object, then a group of persons acting and its verb.
    (
        "P30",
        _BODY + "Sesudah memeriksa ruang kunjungan petugas mencatat data pengunjung.",
        [("kunjungan", "kunjungan,")],
    ),
    # A subject pronoun after an intransitive verb, an aspect word after it.
    (
        "P30",
        _BODY + "Jika antrean terus bertambah kami akan membuka loket kedua.",
        [("bertambah", "bertambah,")],
    ),
    # A quantifier opens the subject after the clause's complement.
    (
        "P30",
        _BODY + "Setelah menyelesaikan pendaftaran seluruh pengunjung diperiksa petugas.",
        [("pendaftaran", "pendaftaran,")],
    ),
    # A demonstrative closes the complement; a count opens the subject.
    (
        "P30",
        _BODY + "Selama menjalani program ini sebagian klien sudah bekerja.",
        [("ini", "ini,")],
    ),
    (
        "P30",
        _BODY + "Setelah menerima remisi 12 narapidana langsung bebas.",
        [("remisi", "remisi,")],
    ),
    # A phrase of means or purpose before its subject.
    (
        "P30",
        _BODY + "Untuk mempercepat antrean panitia menambah dua meja pendaftaran.",
        [("antrean", "antrean,")],
    ),
    # A clause of reason whose noun phrase ends with a relative clause of its own.
    (
        "P30",
        _BODY + "Karena banyaknya keluarga yang hadir petugas memperpanjang jam layanan.",
        [("hadir", "hadir,")],
    ),
    # A clause that predicates a state, then the main clause's subject.
    (
        "P30",
        _BODY + "Agar suasana tetap kondusif sejak pagi petugas berjaga di pintu utama.",
        [("pagi", "pagi,")],
    ),
    # A clause of reason with no verb: a quantifier opens the main clause's subject.
    (
        "P30",
        _BODY + "Karena keterbatasan kursi sebagian pengunjung menunggu di luar.",
        [("kursi", "kursi,")],
    ),
    # A demonstrative closes the complement before a capitalised subject.
    (
        "P30",
        _BODY + "Saat membuka layanan tersebut Kepala Rutan berpesan agar petugas ramah.",
        [("tersebut", "tersebut,")],
    ),
    # A long complement, then a capitalised subject: at its position's title, or after a
    # demonstrative that closes the complement.
    (
        "P30",
        _BODY + "Setelah meninjau ruang tunggu dan dapur umum di rutan itu Kakanwil berpesan.",
        [("itu", "itu,")],
    ),
    (
        "P30",
        _BODY + "Usai mengikuti doa bersama di aula Rutan Wonogiri Kepala Rutan memberi arahan.",
        [("Wonogiri", "Wonogiri,")],
    ),
    (
        "P30",
        _BODY + "Usai mengikuti doa bersama di aula Plt Kepala Rutan memberi arahan.",
        [("aula", "aula,")],
    ),
    # Real fragments stay P29's: a second predicate after 'dan', a relative clause.
    (
        "P29",
        _BODY + "Setelah menjalani pemeriksaan kesehatan dan menerima vaksin.",
        [("WIB. Setelah", "WIB setelah")],
    ),
    (
        "P29",
        _BODY + "Agar pengunjung mendapat pelayanan yang ramah.",
        [("WIB. Agar", "WIB agar")],
    ),
    # The reported clause after its lead ('Ia menjelaskan, …') opens the same way.
    (
        "P30",
        _BODY + "Ia menjelaskan, setelah menerima formulir petugas langsung memeriksanya.",
        [("formulir", "formulir,")],
    ),
    (
        "P30",
        _BODY + "Menurutnya, jika antrean terus bertambah pihaknya akan membuka loket kedua.",
        [("bertambah", "bertambah,")],
    ),
    (
        "P30",
        _BODY + "Ia menjelaskan, karena ruang tunggu penuh sebagian pengunjung menunggu.",
        [("penuh", "penuh,")],
    ),
    # A connector before the clause (its own comma is P8's).
    (
        "P30",
        _BODY + "Namun, meski harus menunggu sejak subuh para pengunjung tetap tertib.",
        [("subuh", "subuh,")],
    ),
    (
        "P30",
        _BODY + "Namun setelah menerima remisi 12 narapidana langsung bebas.",
        [("remisi", "remisi,")],
    ),
    # A date that opens the sentence, ending with its year, then a capitalised subject.
    (
        "P30",
        _BODY + "Pada tanggal 5 Maret 2026 Kepala Rutan meninjau ruang kunjungan.",
        [("2026", "2026,")],
    ),
    (
        "P30",
        _BODY + "Sejak awal tahun 2025 Rutan Wonogiri melayani kunjungan daring.",
        [("2025", "2025,")],
    ),
    # An attribution set in after a comma, the sentence going on after it.
    (
        "P30",
        _BODY + "Pada pekan ini, jelasnya 40 keluarga sudah mendaftar.",
        [("jelasnya", "jelasnya,")],
    ),
    # Connectors of explanation and example after a whole clause.
    (
        "P18",
        _BODY + "Petugas memeriksa semua barang bawaan termasuk makanan ringan.",
        [("bawaan termasuk", "bawaan, termasuk")],
    ),
    (
        "P18",
        _BODY + "Para pengunjung antusias menyambutnya termasuk anak-anak.",
        [("menyambutnya termasuk", "menyambutnya, termasuk")],
    ),
    (
        "P18",
        _BODY + "Layanan ini dapat dinikmati keluarga khususnya yang tinggal jauh.",
        [("keluarga khususnya", "keluarga, khususnya")],
    ),
    (
        "P18",
        _BODY + "Rutan menyiapkan ruang tunggu terutama bagi lansia dan ibu hamil.",
        [("tunggu terutama", "tunggu, terutama")],
    ),
    (
        "P18",
        _BODY + "Pengunjung berasal dari dua kabupaten di Jawa Tengah yakni Wonogiri dan Sragen.",
        [("Tengah yakni", "Tengah, yakni")],
    ),
    (
        "P18",
        _BODY + "Jumlah pengunjung meningkat terutama menjelang libur sekolah.",
        [("meningkat terutama", "meningkat, terutama")],
    ),
    # A verb of composition or number describing what the clause before named.
    (
        "P18",
        _BODY + "Jumlah pengunjung hari ini mencapai 214 terdiri atas 120 dewasa dan 94 anak.",
        [("214 terdiri", "214, terdiri")],
    ),
    (
        "P18",
        _BODY + "Rutan mendata pengunjung baru berjumlah 35 orang.",
        [("baru berjumlah", "baru, berjumlah")],
    ),
]

RESPECTS = [
    # The opening clause closed by its comma.
    ("P30", _BODY + "Walaupun harus menunggu sejak subuh, para pengunjung tetap tertib."),
    # The object of the clause's verb may be a person: no subject follows it.
    ("P30", _BODY + "Setelah menemui keluarganya ia kembali ke kamar hunian."),
    ("P30", _BODY + "Sesudah mengantar para pengunjung ke ruang tunggu."),
    # A count that is the clause's own ('2 tahun'), a year after 'tahun'.
    ("P30", _BODY + "Karena selama 2 tahun masa pandemi warga binaan tidak dikunjungi."),
    # A demonstrative closes the subject, not the clause: its predicate follows.
    ("P30", _BODY + "Ketika melihat anaknya datang ibu itu langsung menangis."),
    ("P30", _BODY + "Meski telah bebas mantan narapidana itu tetap wajib lapor."),
    # A clause that opens with a phrase of time, its subject its own: no main clause.
    ("P30", _BODY + "Karena dalam dua tahun terakhir warga binaan tidak mendapat kunjungan."),
    # A passive's agent after a relative clause ('yang diajukan pemohon').
    ("P30", _BODY + "Setelah berkas yang diajukan pemohon lengkap petugas memprosesnya."),
    # A relative clause of a meN- verb takes its object: no seam after the verb.
    ("P30", _BODY + "Karena jumlah pengunjung yang melebihi kapasitas ruang mencapai 300 orang."),
    # A clause inside the opening one ('karena …') has its own subject.
    ("P30", _BODY + "Sementara Budi mengaku senang karena bertepatan dengan libur ia bisa hadir."),
    # A date with its comma, a date before a lowercase word, a bracketed date (P35's).
    ("P30", _BODY + "Pada tanggal 5 Maret 2026, Kepala Rutan meninjau ruang kunjungan."),
    ("P30", _BODY + "Pada tanggal 5 Maret 2026 lalu kunjungan dibuka kembali."),
    # An attribution that ends the sentence, or goes on with its time or place.
    ("P30", _BODY + "Layanan itu sangat membantu keluarga, jelasnya."),
    ("P30", _BODY + "Layanan itu membantu keluarga, jelasnya saat ditemui di ruang kerjanya."),
    ("P30", _BODY + "Layanan itu membantu keluarga, ujarnya singkat."),
    ("P30", _BODY + "Layanan itu terus kami tingkatkan, tuturnya menutup sambutan."),
    # In a speaker's words the clause runs on as said.
    ("P30", _BODY + "“Walaupun harus menunggu sejak subuh para pengunjung tetap tertib,” ujarnya."),
    ("P30", _BODY + "Ia menjelaskan, setelah menerima formulir, petugas langsung memeriksanya."),
    ("P30", _BODY + "Setelah menerima arahan Kepala Rutan Wonogiri, petugas kembali berjaga."),
    ("P30", _BODY + "Setelah meninjau layanan Rutan Wonogiri bersama Kakanwil, rombongan pulang."),
    (
        "P30",
        _BODY + "Saat menemui Kepala Rutan Wonogiri untuk berkonsultasi, keluarga membawa surat.",
    ),
    # A title after a title is one subject ('Plt Kepala', 'Wakil Menteri').
    ("P30", _BODY + "Usai mengikuti doa bersama di aula, Plt Kepala Rutan memberi arahan."),
    ("P30", _BODY + "Namun, setelah menerima remisi, 12 narapidana langsung bebas."),
    # A real fragment stays P29's.
    ("P30", _BODY + "Agar layanan kunjungan berjalan baik dan lancar."),
    # P29: the sentence has its main clause; only its comma is missing.
    ("P29", _BODY + "Meski hujan turun sejak pagi keluarga warga binaan tetap datang."),
    ("P29", _BODY + "Karena banyaknya keluarga yang hadir petugas memperpanjang jam layanan."),
    # An intransitive verb, then a subject and its predicate: whole, whatever the comma.
    ("P29", _BODY + "Setelah berkumpul pengunjung diarahkan menuju aula."),
    ("P29", _BODY + "Jika ingin mendaftar pemohon dapat mengisi formulir daring."),
    ("P29", _BODY + "Sebelum berangkat petugas memeriksa kelengkapan dokumen."),
    # 'termasuk' as the predicate, after a demonstrative or an adverb, or before 'dalam'.
    ("P18", _BODY + "Rutan Wonogiri termasuk salah satu rutan terpadat di Jawa Tengah."),
    ("P18", _BODY + "Layanan ini juga termasuk program unggulan kantor wilayah."),
    ("P18", _BODY + "Petugas yang termasuk dalam tim pengamanan berjaga di pintu."),
    ("P18", _BODY + "Kepala Rutan mengatakan kunjungan termasuk hak setiap warga binaan."),
    ("P18", _BODY + "Petugas mendata pengunjung dari luar kota termasuk di Sragen."),
    # 'terutama' as an adverb of the predicate; the comma already there.
    ("P18", _BODY + "Antrean itu terutama disebabkan oleh libur panjang."),
    ("P18", _BODY + "Petugas memeriksa semua barang bawaan, termasuk makanan ringan."),
    # The connector after a subject with no clause before it.
    ("P18", _BODY + "Pengunjung khususnya lansia mendapat kursi di ruang tunggu."),
    # 'terdiri' after a relative clause, or as the subject's own predicate.
    ("P18", _BODY + "Bantuan yang diberikan terdiri atas beras dan minyak goreng."),
    ("P18", _BODY + "Tim yang terdiri dari petugas dan relawan memandu pengunjung."),
    ("P18", _BODY + "Pengunjung hari ini berjumlah 214 orang."),
    ("P18", _BODY + "Ia menyampaikan bahwa pengunjung hari ini berjumlah 214 orang."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
