"""Round 16 of issue 13: sentences that are not whole, and what opens a sentence.

P29 reads every subordinator of EYD V's list (purpose, reason, concession, condition, time
before a verb), a phrase of means or purpose with its verb ('Dengan maksud meningkatkan …'),
a verb whose subject must come before it ('Terdiri atas …', 'Dipimpin oleh …') and
'Sementara' as "meanwhile" with no main clause after it; the fix joins the fragment to the
sentence before. P8 reads a connector before a counted subject ('Kemudian 12 …'), an adverb
group that is a headless relative ('Hanya saja yang membedakan, …'), a phrase of respect
('Dari segi biaya …') and a span of time with its year before a named subject ('Sepanjang
2025 Bapas …'). Each class with texts of our own that break the rule and several that
respect it (none copied from a corpus)."""

from __future__ import annotations

import pytest
from checkhelp import found

_TITLE = "Bapas Wonogiri Dampingi Klien Anak\n"
_LEAD = "Wonogiri - Bapas Wonogiri mendampingi klien anak di Pengadilan Negeri, Senin (2/3/2026).\n"
_BODY = _TITLE + _LEAD

BREAKS = [
    # A clause of purpose cut from its sentence: it joins the one before, no comma.
    (
        "P29",
        _BODY + "Pendampingan dilakukan sebaik mungkin. Agar klien bisa kembali ke sekolahnya.",
        [("mungkin. Agar", "mungkin agar")],
    ),
    (
        "P29",
        _BODY + "Petugas menambah jam layanan. Supaya pemohon tidak perlu antre lama.",
        [("layanan. Supaya", "layanan supaya")],
    ),
    # A concession joins after a comma.
    (
        "P29",
        _BODY + "Ia meminta petugas tetap ramah. Kendati sudah meraih penghargaan nasional.",
        [("ramah. Kendati", "ramah, kendati")],
    ),
    (
        "P29",
        _BODY + "Layanan tetap dibuka. Meskipun sebagian petugas sedang cuti bersama.",
        [("dibuka. Meskipun", "dibuka, meskipun")],
    ),
    # A reason whose comma is followed by another subordinate clause, not a main clause.
    (
        "P29",
        _BODY + "Tembok itu mudah jebol. Karena dibangun di atas tanah berpasir, sehingga "
        "tahanan mudah menggali lubang.",
        [("jebol. Karena", "jebol karena")],
    ),
    # ... or by a clause that adds without a subject ('begitu pula').
    (
        "P29",
        _BODY + "Ruang tahanan terasa pengap. Karena pintunya terbuat dari besi rapat, begitu "
        "pula jendelanya.",
        [("pengap. Karena", "pengap karena")],
    ),
    # The comma closes the clause's own phrase with no predicate: still no main clause.
    (
        "P29",
        _BODY + "Karena bagi keluarga, setiap kunjungan dianggap membawa kabar baik.",
        [("Karena", None)],
    ),
    # Its only verb is a relative clause's: no predicate of its own.
    (
        "P29",
        _BODY + "Bapas membuka layanan malam. Karena banyak keluarga yang bekerja pada siang hari.",
        [("malam. Karena", "malam karena")],
    ),
    # A condition with no main clause.
    (
        "P29",
        _BODY + "Klien wajib lapor setiap bulan. Jika sudah mendapat izin dari pembimbingnya.",
        [("bulan. Jika", "bulan jika")],
    ),
    # A clause of time opened by a verb.
    (
        "P29",
        _BODY + "Klien dijemput keluarganya. Setelah dinyatakan selesai menjalani diversi.",
        [("keluarganya. Setelah", "keluarganya setelah")],
    ),
    # A phrase of means or purpose with its verb, standing alone.
    (
        "P29",
        _BODY + "Pelatihan diikuti petugas se-Jawa Tengah. Dengan maksud memperkuat kemampuan "
        "petugas dalam mendampingi anak.",
        [("Tengah. Dengan", "Tengah, dengan")],
    ),
    (
        "P29",
        _BODY + "Pelatihan digelar selama tiga hari. Untuk meningkatkan kemampuan petugas dalam "
        "menulis laporan.",
        [("hari. Untuk", "hari, untuk")],
    ),
    # A verb whose subject comes before it: composition, a sequence, an agent first.
    (
        "P29",
        _BODY + "Pelatihan dibuka di aula bapas. Terdiri atas 30 klien dan 5 petugas.",
        [("bapas. Terdiri", "bapas, terdiri")],
    ),
    (
        "P29",
        _BODY + "Kasus terbanyak adalah pencurian. Disusul narkotika dengan 12 kasus, lalu "
        "penipuan dengan 5 kasus.",
        [("pencurian. Disusul", "pencurian, disusul")],
    ),
    (
        "P29",
        _BODY + "Apel pagi digelar di halaman. Dipimpin oleh Kepala Bapas Wonogiri.",
        [("halaman. Dipimpin", "halaman, dipimpin")],
    ),
    (
        "P29",
        _BODY + "Klien dipanggil ke kantor bapas. Apabila tidak datang lapor dalam tiga bulan.",
        [("bapas. Apabila", "bapas apabila")],
    ),
    (
        "P29",
        _BODY + "Petugas mengikuti latihan menembak. Guna meningkatkan kesiapsiagaan petugas.",
        [("menembak. Guna", "menembak, guna")],
    ),
    (
        "P29",
        _BODY + "Peserta tahun ini mencapai 300 orang. Berasal dari 12 kabupaten di Jawa Tengah.",
        [("orang. Berasal", "orang, berasal")],
    ),
    # A subject and its 'yang' clause, and no predicate: 'yang' goes.
    (
        "P29",
        _BODY + "Tim pengawas yang dipimpin oleh Kepala Divisi Pemasyarakatan.",
        [(" yang", "")],
    ),
    (
        "P29",
        _BODY + "Cerita para klien yang tentunya bisa menjadi contoh bagi bapas lain.",
        [(" yang", "")],
    ),
    # No sentence before it in the paragraph: no one-click fix.
    ("P29", _BODY + "Bertujuan meningkatkan kemampuan petugas.", [("Bertujuan", None)]),
    # 'Sementara' with no main clause is "meanwhile" (session 22: P12 asks 'Sementara itu,'
    # of every sentence-opening 'Sementara', so P29 leaves it).
    (
        "P12",
        _BODY + "Dua kamar dihuni klien perempuan. Sementara kamar lainnya dihuni klien pria.",
        [("Sementara", "Sementara itu,")],
    ),
    (
        "P12",
        _BODY + "Sementara klien dari luar kabupaten, mereka lapor lewat panggilan video.",
        [("Sementara", "Sementara itu,")],
    ),
    # A preposition written solid ('dimasa') is no predicate: still no main clause.
    (
        "P29",
        _BODY + "Acara ini sangat dinanti. Karena selama dua tahun dimasa pandemi klien tidak "
        "mendapat kunjungan.",
        [("dinanti. Karena", "dinanti karena")],
    ),
    # 'Karena' and its comma opening a sentence: between sentences 'Sebab,'.
    (
        "P29",
        _BODY + "Banyak orang takut pada kata itu. Karena, kata itu melekat pada orang yang "
        "sedang menjalani pidana.",
        [("Karena,", "Sebab,")],
    ),
    # P28 still reads a comma splice in the lead after its first word.
    (
        "P28",
        _TITLE + "Wonogiri - Petugas berangkat ke Pengadilan Negeri Wonogiri, Tiba di sana "
        "petugas menemui hakim, Senin (2/3/2026).\n",
        [(", Tiba", ". Tiba")],
    ),
    # P8: a connector before a counted subject, a headless relative after 'Hanya saja'.
    (
        "P8",
        _BODY + "Kemudian 12 peserta lainnya menerima sertifikat.",
        [("Kemudian", "Kemudian,")],
    ),
    (
        "P8",
        _BODY + "Hanya saja yang membedakan, jadwal kunjungan kini dibagi dua sesi.",
        [("Hanya saja", "Hanya saja,")],
    ),
    # 'Hanya saja' only links sentences: its comma in a speaker's words too.
    (
        "P8",
        _BODY + "“Semua pemohon kami layani. Hanya saja jadwalnya kami atur per sesi,” ujarnya.",
        [("Hanya saja", "Hanya saja,")],
    ),
    # P30: any subordinate clause with its predicate before a named subject and its verb.
    (
        "P30",
        _BODY + "Agar layanan tetap lancar Kepala Bapas menambah petugas jaga.",
        [("lancar", "lancar,")],
    ),
    (
        "P30",
        _BODY + "Jika berkas sudah lengkap pihaknya langsung memproses permohonan.",
        [("lengkap", "lengkap,")],
    ),
    # P8: a phrase of respect, a span of time with its year before a named subject.
    (
        "P8",
        _BODY + "Dari segi bangunan memang kantor ini tampak tua.",
        [("bangunan", "bangunan,")],
    ),
    (
        "P8",
        _BODY + "Sepanjang 2025 lalu Bapas Kelas II Wonogiri mendampingi 120 klien anak.",
        [("lalu", "lalu,")],
    ),
    (
        "P8",
        _BODY + "Sepanjang Oktober 2025 Kantor Imigrasi Wonogiri menerbitkan 1.200 paspor.",
        [("2025", "2025,")],
    ),
]

RESPECTS = [
    # A subordinate clause before its main clause, after the comma.
    ("P29", _BODY + "Agar klien bisa kembali ke sekolahnya, Bapas menggelar pendampingan."),
    ("P29", _BODY + "Karena hujan deras, upacara dipindahkan ke aula."),
    ("P29", _BODY + "Jika berkas lengkap, paspor terbit dalam tiga hari."),
    ("P29", _BODY + "Karena bagi klien kunjungan itu berarti, petugas menambah jadwal."),
    # 'maka' opens the main clause; a concession's 'namun' too.
    ("P29", _BODY + "Apabila dibutuhkan maka petugas dapat dilibatkan."),
    ("P29", _BODY + "Meski hujan turun sejak pagi, namun upacara tetap berlangsung khidmat."),
    # A main clause run on without its comma (P30's comma, not a fragment).
    ("P29", _BODY + "Saat ditemui Kepala Bapas menjelaskan jadwal pendampingan."),
    ("P29", _BODY + "Kalau sudah berkumpul mereka kadang lupa waktu."),
    ("P29", _BODY + "Jika ada pemohon yang kesulitan petugas akan membantu."),
    ("P29", _BODY + "Sejak dibuka pada 2020 kantor ini telah melayani ribuan klien."),
    # ... a common noun as the main clause's subject, a fronted object, two phrases.
    ("P29", _BODY + "Untuk mendapatkan layanan ini klien cukup membawa kartu identitas."),
    ("P29", _BODY + "Agar tidak terjadi antrean petugas membagi nomor urut sejak pagi."),
    ("P29", _BODY + "Apabila ada tamu yang membawa barang terlarang petugas langsung menyitanya."),
    ("P29", _BODY + "Kalau berkas sudah lengkap laporan langsung kami proses."),
    ("P29", _BODY + "Karena keterbatasan ruang sebagian peserta mengikuti kegiatan secara daring."),
    ("P29", _BODY + "Untuk mewujudkan hal itu bapas bekerja sama dengan dinas sosial."),
    ("P29", _BODY + "Setelah menerima laporan warga petugas mendatangi lokasi."),
    ("P29", _BODY + "Jika syarat lengkap klien langsung didampingi ke pengadilan."),
    ("P29", _BODY + "Karena cuaca buruk mobil yang membawa klien tertunda dua jam."),
    ("P29", _BODY + "Karena pengawasan klien bukan hanya tugas bapas, warga ikut membantu."),
    # Time words as prepositions, connectors that point back.
    ("P29", _BODY + "Saat ini bapas menambah jadwal pendampingan."),
    ("P29", _BODY + "Setelah itu peserta kembali ke ruang kelas."),
    ("P29", _BODY + "Setelah upacara selesai, peserta kembali ke ruang kelas."),
    ("P29", _BODY + "Karena itu, setiap klien wajib lapor."),
    ("P29", _BODY + "Sebab, pendampingan itu diwajibkan undang-undang."),
    # Means and purpose before their main clause.
    ("P29", _BODY + "Dengan menggunakan aplikasi ini, pemohon tidak perlu antre."),
    ("P29", _BODY + "Dengan menggunakan aplikasi ini pemohon tidak perlu antre."),
    ("P29", _BODY + "Untuk meningkatkan kemampuan petugas, bapas menggelar pelatihan."),
    ("P29", _BODY + "Untuk itu bapas menggelar pelatihan."),
    # Verbs with their subject: before them, after them, or after the comma.
    ("P29", _BODY + "Peserta pelatihan terdiri atas 30 klien dan 5 petugas."),
    ("P29", _BODY + "Turut hadir dalam kegiatan tersebut Kepala Seksi Bimbingan Klien Anak."),
    ("P29", _BODY + "Diketahui, bapas ini mendampingi 300 klien."),
    ("P29", _BODY + "Dipimpin oleh Kepala Bapas, apel berlangsung tertib."),
    ("P29", _BODY + "Ditambahkan oleh Budi, bapas akan menambah petugas."),
    ("P29", _BODY + "Berjumlah 40 orang, peserta berasal dari sepuluh kabupaten."),
    # 'Sementara' as "while", with its main clause; 'Sehingga' is P12's.
    ("P29", _BODY + "Sementara para peserta mengikuti materi, panitia menyiapkan makan siang."),
    ("P29", _BODY + "Klien rajin lapor. Sehingga pembimbing mudah memantau."),
    # Whole sentences of the genre, each with its main clause after the comma.
    ("P29", _BODY + "Kendati hujan sejak pagi, ratusan pengunjung tetap antre di depan bapas."),
    ("P29", _BODY + "Walaupun tidak termasuk hari libur, layanan kunjungan tetap dibuka."),
    ("P29", _BODY + "Apabila masyarakat menemukan pungutan liar, segera laporkan kepada petugas."),
    ("P29", _BODY + "Sejak diluncurkan tahun lalu, aplikasi ini telah diunduh 10.000 kali."),
    ("P29", _BODY + "Terdiri atas tiga lantai, gedung baru itu mampu menampung 500 orang."),
    ("P29", _BODY + "Dengan adanya layanan ini, masyarakat tidak perlu datang ke kantor."),
    ("P29", _BODY + "Walau sederhana, acara itu berlangsung khidmat."),
    ("P29", _BODY + "Jika dibandingkan tahun lalu, jumlah klien naik 20 persen."),
    ("P29", _BODY + "Bapas menambah jadwal lapor. Karena itulah antrean berkurang."),
    (
        "P29",
        _BODY + "Sepanjang 2025, 120 klien anak didampingi. Agar proses berjalan baik, pembimbing "
        "bertemu keluarga setiap bulan.",
    ),
    ("P29", _BODY + "Sementara petugas memeriksa barang bawaan, pengunjung menunggu."),
    ("P29", _BODY + "Karena, menurut Budi, jumlah klien meningkat, layanan diperpanjang."),
    # P28: a lead that sets its dateline's city off with a comma joins no two sentences.
    ("P28", _TITLE + "Wonogiri, Bertempat di aula bapas, pelatihan digelar Senin (2/3/2026).\n"),
    # A 'yang' clause with the subject's predicate after it, or a predicate with no verb.
    ("P29", _BODY + "Klien yang mengikuti pelatihan mendapat sertifikat."),
    ("P29", _BODY + "Kegiatan yang digelar di aula itu berlangsung meriah."),
    ("P29", _BODY + "Peserta yang hadir sebanyak 40 orang."),
    ("P29", _BODY + "Ruangan yang digunakan cukup luas."),
    ("P29", _BODY + "Narasumber yang dihadirkan Kepala Dinas Kesehatan Wonogiri."),
    ("P29", _BODY + "Tema yang diusung tahun ini adalah pelayanan prima."),
    ("P29", _BODY + "Suasana yang tercipta hangat dan akrab."),
    ("P29", _BODY + "Semua petugas yang terlibat telah disiapkan."),
    ("P29", _BODY + "Bantuan yang disalurkan berupa beras dan minyak goreng."),
    ("P29", _BODY + "Program yang digagas Kepala Bapas Wonogiri ini mendapat apresiasi."),
    ("P29", _BODY + "Yang hadir dalam kegiatan ini antara lain Kepala Bapas dan Kepala Rutan."),
    # A subheading in the body is no sentence.
    ("P29", _BODY + "Agar Anak Tetap Sekolah\nBapas mendampingi klien ke sekolah."),
    # A photo's caption may be a phrase.
    ("P29", _BODY + "Foto: Setelah menerima bantuan dari Kanwil Kemenkumham Jawa Tengah."),
    # A speaker's words are left as said.
    ("P29", _BODY + "“Karena kami harus selektif dalam memberi rekomendasi,” ujarnya."),
    ("P29", _BODY + "“Kalau dulu sampai antre berjam-jam.”"),
    # A speaker's 'Selanjutnya' runs as it was said (round 14).
    (
        "P8",
        _BODY + "“Semua pemohon kami layani. Selanjutnya bisa datang ke kantor terdekat,” ujarnya.",
    ),
    # P30: the comma is there, the connector points back, no predicate, a name's preposition.
    ("P30", _BODY + "Agar layanan tetap lancar, Kepala Bapas menambah petugas jaga."),
    ("P30", _BODY + "Karena itu Kepala Bapas menambah petugas jaga."),
    ("P30", _BODY + "Meskipun hujan deras Kepala Bapas tetap memimpin apel."),
    ("P30", _BODY + "Agar klien mendapat pendampingan dari Bapas Wonogiri menyiapkan pembimbing."),
    # P8: the comma is there; a quantity word is the verb's adverb; a respect that goes on.
    ("P8", _BODY + "Kemudian sebanyak 12 peserta lainnya menerima sertifikat."),
    ("P8", _BODY + "Hanya saja, yang membedakan adalah jadwalnya."),
    ("P8", _BODY + "Dari segi bangunan, kantor ini tampak tua."),
    ("P8", _BODY + "Dari segi bangunan dan fasilitas, kantor ini tampak tua."),
    ("P8", _BODY + "Sepanjang Oktober 2025, Kantor Imigrasi Wonogiri menerbitkan 1.200 paspor."),
    ("P8", _BODY + "Selama 2025 jumlah pemohon naik dua kali lipat."),
    ("P8", _BODY + "Sepanjang 2025 lalu kunjungan keluarga dibuka setiap hari."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert found(text, rule) == []
