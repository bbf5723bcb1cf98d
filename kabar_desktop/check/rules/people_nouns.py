"""Common nouns that name a kind of person or a group of people, for the capitals rules.

Humas writers capitalise the people an article is about as if they were a name: "memastikan
Klien hadir", "kepada Tim Media", "kata Narapidana". EYD V (huruf kapital, I.B: "huruf kapital
tidak dipakai … untuk nama umum") writes such a noun in lowercase unless it stands inside a
name ("Tim Penggerak PKK", "Persatuan Wartawan Indonesia"). Each word here is a KBBI noun
whose sense is "a person or group of a kind" (orang yang …, kumpulan orang …), chosen as a
class: the people of the genre's offices (clients, inmates, staff, visitors, applicants), of
its events (participants, guests, teams, the press) and of the public it serves. Names of
positions are not here (K1 and K2 read them: 'kepala', 'ketua'), nor words of an office's
name ('kantor', 'balai').
"""

from __future__ import annotations

from kabar_desktop.check.lexicon import words

# KBBI VI daring, each an entry "n orang yang …" or "n kelompok/kumpulan orang …".
PEOPLE_NOUNS = words(
    """klien tim warga petugas narapidana napi tahanan pegawai karyawan peserta anggota
    pengunjung pemohon masyarakat siswa pelajar mahasiswa murid guru santri jemaah jamaah
    umat relawan korban saksi pelaku penghuni deteni imigran pengungsi wartawan jurnalis
    tamu hadirin keluarga pemuda remaja personel staf jajaran rombongan panitia pengurus
    narasumber penyuluh pendamping penerima pengguna pelanggan nasabah penduduk petani
    nelayan pedagang buruh pekerja"""
)
