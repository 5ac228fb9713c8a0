#!/usr/bin/env python3
"""Makes the preview clips ("Cuplikan Video Materi", manual C.4.a) of the demo trainings.

Each clip is a 12-second 640x360 WebM (VP9, silent): the agency's colours, the training's title and
code, fading in and out, drawn by ffmpeg with the DejaVu font. The clips are committed under
src/WebFrontend/wwwroot/media/pratinjau/, so running the product needs no ffmpeg; run this script
(needs Debian's ffmpeg and fonts-dejavu-core) only to make them again.

    python3 scripts/media/make-previews.py
"""
import os
import subprocess
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "src", "WebFrontend", "wwwroot", "media", "pratinjau")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# Code and title of each demo training (src/Silo/DemoContent/DemoCourses.cs).
COURSES = {
    "PLT-IMI-001": "Pelayanan Paspor Berbasis Digital",
    "PLT-IMI-002": "Pemeriksaan Keimigrasian di Tempat Pemeriksaan Imigrasi (TPI)",
    "PLT-IMI-003": "Pengawasan dan Penindakan Keimigrasian",
    "PLT-PAS-001": "Pembinaan Narapidana dan Anak Binaan",
    "PLT-PAS-002": "Keamanan dan Ketertiban Lembaga Pemasyarakatan",
    "PLT-UMM-001": "Orientasi ASN: Nilai Dasar BerAKHLAK",
}


def make(code: str, title: str, work: str) -> None:
    title_file = os.path.join(work, f"{code}.txt")
    with open(title_file, "w", encoding="utf-8") as f:
        f.write("\n".join(textwrap.wrap(title, 30)))
    seconds = 12
    graph = ",".join([
        "drawbox=x=0:y=0:w=iw:h=ih:color=0x0b2f5b:t=fill",
        "drawbox=x=40:y=60:w=6:h=150:color=0xc9a227:t=fill",
        f"drawtext=fontfile={FONT_REGULAR}:text='CUPLIKAN PELATIHAN · MOOC BPSDM':fontcolor=0xc9a227:fontsize=16:x=62:y=62",
        f"drawtext=fontfile={FONT}:textfile={title_file}:fontcolor=white:fontsize=28:line_spacing=8:x=62:y=92",
        f"drawtext=fontfile={FONT_REGULAR}:text='{code} · Kementerian Imigrasi dan Pemasyarakatan':fontcolor=0xd0d8e4:fontsize=15:x=62:y=300",
        "drawbox=x=40:y=330:w=560:h=6:color=0xc9a227:t=fill",
        "fade=t=in:st=0:d=0.8",
        f"fade=t=out:st={seconds - 0.8}:d=0.8",
    ])
    target = os.path.join(OUT, f"{code}.webm")
    subprocess.run([
        "ffmpeg", "-y", "-loglevel", "error",
        "-f", "lavfi", "-i", f"color=c=0x0b2f5b:s=640x360:r=24:d={seconds}",
        "-vf", graph,
        "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "42", "-row-mt", "1", "-an",
        target,
    ], check=True)
    print(f"{target}: {os.path.getsize(target):,} bytes")


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for code, title in COURSES.items():
            make(code, title, work)


if __name__ == "__main__":
    main()
