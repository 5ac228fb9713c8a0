#!/usr/bin/env python3
"""Makes the video materials ("Materi Pelatihan Video", manual D.b) of the demo trainings.

For every video material in src/Silo/DemoContent/materials/<CODE>.json this draws a 60-second 640x360
silent WebM (VP9): a title slide (training code, material title) for the first 12 seconds, then one
slide per key point ("Poin k dari n") spread evenly over the rest, with the text fading between slides,
in the agency's colours and the DejaVu font (as scripts/media/make-previews.py). The clips are committed
under src/WebFrontend/wwwroot/media/materi/, so running the product needs no ffmpeg; run this script
(needs Debian's ffmpeg and fonts-dejavu-core) only to make them again, e.g. after editing the key points.

    python3 scripts/media/make-materials.py
"""
import glob
import json
import os
import subprocess
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MATERIALS = os.path.join(ROOT, "src", "Silo", "DemoContent", "materials")
WWWROOT = os.path.join(ROOT, "src", "WebFrontend", "wwwroot")
PREFIX = "/media/materi/"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

NAVY = "0x0b2f5b"
GOLD = "0xc9a227"
GREY = "0xd0d8e4"

SECONDS = 60
TITLE_SECONDS = 12
FADE = 0.4
# Slides change only a few times a minute: 12 frames a second and a keyframe every 20 seconds keep each clip
# well under 200 KB while still letting the player seek.
FPS = 12
KEYFRAME_EVERY = 20 * FPS


def text_file(work: str, name: str, text: str, width: int) -> str:
    path = os.path.join(work, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(textwrap.wrap(text, width)))
    return path


def alpha(start: float, end: float) -> str:
    """Opacity of a slide shown from start to end: fades in and out over FADE seconds."""
    return (f"'if(lt(t,{start}),0,if(lt(t,{start + FADE}),(t-{start})/{FADE},"
            f"if(lt(t,{end - FADE}),1,if(lt(t,{end}),({end}-t)/{FADE},0))))'")


def draw(font: str, path: str, color: str, size: int, x: int, y: int, start: float, end: float, spacing: int = 8) -> str:
    return (f"drawtext=fontfile={font}:textfile={path}:expansion=none:fontcolor={color}:fontsize={size}"
            f":line_spacing={spacing}:x={x}:y={y}:alpha={alpha(start, end)}")


def make(code: str, material_id: str, title: str, points: list, target: str, work: str) -> None:
    stem = f"{code}-{material_id}"
    slide = (SECONDS - TITLE_SECONDS) / len(points)
    filters = [
        f"drawbox=x=0:y=0:w=iw:h=ih:color={NAVY}:t=fill",
        f"drawtext=fontfile={FONT_REGULAR}:text='MATERI VIDEO · MOOC BPSDM':fontcolor={GOLD}:fontsize=15:x=62:y=30",
        f"drawbox=x=40:y=70:w=6:h=170:color={GOLD}:t=fill",
        f"drawtext=fontfile={FONT_REGULAR}:text='{code} · Kementerian Imigrasi dan Pemasyarakatan':fontcolor={GREY}:fontsize=15:x=62:y=300",
        f"drawbox=x=40:y=330:w=560:h=6:color={GOLD}:t=fill",
        # Title slide: the training code small, the material's title large.
        draw(FONT_REGULAR, text_file(work, f"{stem}-code.txt", f"{code} · Materi {material_id}", 80), GOLD, 18, 62, 72, 0, TITLE_SECONDS),
        draw(FONT, text_file(work, f"{stem}-title.txt", title, 27), "white", 30, 62, 106, 0, TITLE_SECONDS),
        draw(FONT_REGULAR, text_file(work, f"{stem}-count.txt", f"{len(points)} poin kunci · 1 menit", 80), GREY, 16, 62, 258, 0, TITLE_SECONDS),
    ]
    heading = text_file(work, f"{stem}-heading.txt", textwrap.shorten(title, 60, placeholder=" …"), 80)
    for k, point in enumerate(points, start=1):
        start = TITLE_SECONDS + (k - 1) * slide
        end = start + slide
        filters += [
            draw(FONT_REGULAR, heading, GREY, 15, 62, 72, start, end),
            draw(FONT, text_file(work, f"{stem}-poin{k}.txt", f"Poin {k} dari {len(points)}", 80), GOLD, 18, 62, 104, start, end),
            draw(FONT, text_file(work, f"{stem}-p{k}.txt", point, 28), "white", 30, 62, 140, start, end),
        ]
    subprocess.run([
        "ffmpeg", "-y", "-loglevel", "error",
        "-f", "lavfi", "-i", f"color=c={NAVY}:s=640x360:r={FPS}:d={SECONDS}",
        "-vf", ",".join(filters),
        "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "42", "-row-mt", "1", "-g", str(KEYFRAME_EVERY), "-an",
        target,
    ], check=True)
    print(f"{target}: {os.path.getsize(target):,} bytes")


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        for path in sorted(glob.glob(os.path.join(MATERIALS, "*.json"))):
            code = os.path.splitext(os.path.basename(path))[0]
            with open(path, encoding="utf-8") as f:
                materials = json.load(f)
            for material_id, material in materials.items():
                if "video" not in material:
                    continue
                video = material["video"]
                if video != f"{PREFIX}{code}-{material_id}.webm":
                    raise SystemExit(f"{path}: {material_id} should play {PREFIX}{code}-{material_id}.webm, not {video}")
                target = os.path.join(WWWROOT, *video.strip("/").split("/"))
                os.makedirs(os.path.dirname(target), exist_ok=True)
                make(code, material_id, material["title"], material["points"], target, work)


if __name__ == "__main__":
    main()
