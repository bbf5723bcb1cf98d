"""P13's noun-phrase subject, P14–P20 (signs and commas inside a sentence), N7–N8 (dates), and
what issue 13 changed in P8, P9 and N5. Each rule: texts that break it, texts that respect it."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

TITLE = "Rutan Kotabumi Buka Kembali Layanan Kunjungan Tatap Muka\n\n"
LEAD = "Kupang - Kegiatan berjalan lancar.\n"

BREAKS = [
    ("P14", "Kunjungan dibuka hari Selasa & Kamis.", [("&", "dan")]),
    ("P14", "Petugas & pegawai hadir.", [("&", "dan")]),
    ("P15", TITLE + "KOTABUMI —Rumah Tahanan Negara membuka layanan.", [("—Rumah", "— Rumah")]),
    (
        "P15",
        TITLE + "Bukittinggi (17/5/2024)- Warga terdampak bencana hadir.",
        [("(17/5/2024)-", "(17/5/2024) -")],
    ),
    ("P15", LEAD + "Ia hadir– bersama pegawai.", [("hadir–", "hadir –")]),
    (
        "P15",
        TITLE + "Kisaran (SIB) -Untuk memperkuat pengawasan, tim rapat.",
        [("-Untuk", "- Untuk")],
    ),
    (
        "P16",
        LEAD + "Ia hadir. “Tata tertib itu wajib dipatuhi”.",
        [("”.", ".”")],
    ),
    (
        "P17",
        "Ia tidak menerima kunjungan namun keluarga dapat menitip barang.",
        [("kunjungan namun", "kunjungan, namun")],
    ),
    (
        "P17",
        "Rutan tidak membuka kunjungan tatap muka namun mereka dapat menitip barang.",
        [("muka namun", "muka, namun")],
    ),
    (
        "P17",
        "Pegawai pulang pukul 16.00 WITA sedangkan petugas jaga tetap bertugas.",
        [("WITA sedangkan", "WITA, sedangkan")],
    ),
    (
        "P18",
        "Rutan memberikan pelayanan kepada masyarakat salah satunya dengan membuka kunjungan.",
        [("masyarakat salah satunya", "masyarakat, salah satunya")],
    ),
    ("P19", "Ia berkata, “Vonis saya belum turun Pak” lalu pergi.", [("turun Pak", "turun, Pak")]),
    ("P19", "“Terima kasih Ibu.”", [("kasih Ibu", "kasih, Ibu")]),
    ("P19", "“Siap laksanakan Bu,” jawabnya.", [("laksanakan Bu", "laksanakan, Bu")]),
    (
        "P20",
        "Deteni di Tanjungpinang Kepulauan Riau menjalani pemeriksaan.",
        [("Tanjungpinang", "Tanjungpinang,")],
    ),
    ("P13", "Pemeriksaan selanjutnya, dilakukan oleh dokter.", [(",", "")]),
    ("P13", "Kantor Imigrasi Kelas II Non TPI Agam, dipercaya melayani paspor.", [(",", "")]),
    (
        "P13",
        "Ia menambahkan bahwa seksi kesehatan Rudenim di Tanjungpinang, akan terus bekerja.",
        [(",", "")],
    ),
    (
        "P13",
        "Ia melanjutkan, pegawai dan kepala bidang dalam waktu dekat ini, akan mengelola kebun.",
        [(",", "")],
    ),
    (
        "P8",
        "“Jika ada perbedaan data maka pemohon harus memperbaiki data,” katanya.",
        [("data maka", "data, maka")],
    ),
    ("P9", "Pembimbing Kemasyarakatan (PK)/ Asisten Pembimbing hadir.", [("/ ", "/")]),
    (
        "N7",
        "Kadivpas berkunjung ke Lapas Lubuk Pakam, Kamis 1 April 2021.",
        [("Kamis 1 April 2021", "Kamis (1/4/2021)")],
    ),
    (
        "N7",
        "Forum digelar di Jakarta Kamis, 27/06/2024 di Gedung Centra Mulya.",
        [("Kamis, 27/06/2024", "Kamis (27/6/2024)")],
    ),
    # session 22: after its weekday only (the sets leave "pada 02 Februari" 9 of 9)
    ("N8", "Warga datang ke TPS pada Rabu, 09 Desember 2020.", [("09 Desember", "9 Desember")]),
    ("N1", "Litmas dilakukan terhadap 6(enam) warga binaan.", [("6(enam)", "enam")]),
    ("P21", "Dalam arahannya ia mengatakan, “ Kebersihan harus dijaga.”", [("“ ", "“")]),
    ("P21", 'Ia berkata, " Kami siap," ujarnya.', [('" ', '"')]),
    (
        "N5",
        "Petugas hadir, Kamis (28/2/2019).\n\nFoto: Petugas memberi sosialisasi, Kamis "
        "(28/02/2019).",
        [("Kamis (28/02/2019)", "Kamis (28/2/2019)")],
    ),
]

RESPECTS = [
    ("P14", "Kontrak ditandatangani PT Maju & Jaya."),
    ("P14", "Unit R & D hadir."),
    ("P14", "Kunjungan dibuka hari Selasa dan Kamis."),
    ("P15", TITLE + "KOTABUMI — Rumah Tahanan Negara membuka layanan."),
    ("P15", "Pandemi Covid-19 berakhir; kegiatan 2020–2024 dan pukul 10.00–12.00 WITA."),
    ("P16", LEAD + "Ia hadir. “Tata tertib itu wajib dipatuhi.”"),
    ("P16", LEAD + "Acara bertema “Sinergi Bersama Media”."),
    ("P16", LEAD + "“Kami siap”. Ujarnya."),
    ("P17", "Ia tidak menerima kunjungan, namun keluarga dapat menitip barang."),
    ("P17", "Kita sekarang dikenal tegas tetapi humanis."),
    ("P17", "Akan tetapi pegawai tetap bertugas."),
    ("P17", "WNA itu sering berpindah tempat tinggal namun tidak melapor kepada petugas."),
    ("P18", "Kegiatan ini salah satunya bertujuan menambah wawasan."),
    (
        "P18",
        "Rutan memberikan pelayanan kepada masyarakat, salah satunya dengan membuka kunjungan.",
    ),
    ("P19", "Ia berkata, “Vonis saya belum turun, Pak” lalu pergi."),
    ("P19", "“Mohon doa restu Ibu,” ujarnya."),
    ("P19", "“Terima kasih kepada Bapak,” ujarnya."),
    ("P19", "Ia bertemu Pak Budi dan Bu Ani."),
    ("P20", "Deteni di Tanjungpinang, Kepulauan Riau menjalani pemeriksaan."),
    ("P20", "Instruktur dari Asosiasi Barista Sumatera Barat hadir di Kanwil Jawa Timur."),
    ("P20", "Tim datang ke Provinsi Bali."),
    ("P13", "Pemeriksaan selanjutnya dilakukan oleh dokter."),
    ("P13", "Selain itu, dilakukan pemeriksaan darah."),
    ("P13", "Tahun ini, akan dibangun gedung baru."),
    ("P13", "Kepala Lapas, Budi Santoso, akan membuka acara."),
    ("P13", "Pegawai yang hadir, pejabat dan tamu, menerima cendera mata."),
    ("P13", "Layanan ini bukan hanya urusan kantor imigrasi, melainkan juga urusan daerah."),
    ("P13", "“Pemeriksaan selanjutnya, dilakukan besok,” ujarnya."),
    (
        "P13",
        "Lilik selaku Kepala Rutan, didampingi Kepala Kesatuan Pengamanan, memberikan arahan.",
    ),
    ("P21", "Dalam arahannya ia mengatakan, “Kebersihan harus dijaga.”"),
    ("P21", "Ia berkata, “Kami siap, ” ujarnya."),
    ("P8", "Tentunya hal itu dilakukan untuk menekan penyebaran wabah."),
    ("P8", "“Jika ada perbedaan data, maka pemohon harus memperbaiki data,” katanya."),
    ("N7", "Kadivpas berkunjung ke Lapas Lubuk Pakam, Kamis (1/4/2021)."),
    ("N7", "Ia berkata, “Kadivpas datang Kamis, 1 April 2021.”"),  # a note since session 38
    ("N7", "Ia berkata, “Kami datang Kamis 1 April 2021.”"),
    ("N7", "Nusakambangan - (Selasa 13/08/2024) - Pembimbing kemasyarakatan hadir."),
    ("N8", "Warga datang ke TPS pada 9 Desember 2020, pukul 07.00 WIB."),
    ("N1", "Ketentuan Pasal 2(a) berlaku bagi enam warga binaan."),
    (
        "N5",
        "Petugas hadir, Kamis (28/2/2019).\n\nFoto: Petugas memberi sosialisasi, Kamis "
        "(28/2/2019).",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []


def test_p13_reports_one_comma_with_the_predicate_named():
    from kabar_desktop.check import check_text

    text = "Pemeriksaan selanjutnya, dilakukan oleh dokter."
    (f,) = check_text(text, rules=["P13"])
    # a note since session 44: the newest sets mark it 102 times of 155 (quiet_readings.py)
    assert (f.start, f.params["word"], f.severity) == (text.index(","), "dilakukan", "note")
