#!/usr/bin/env python3
"""Writes icon.png, the packages' icon: a page of text with one annotated span.

A 128x128 RGBA PNG (the size nuget.org shows), drawn pixel by pixel and written with zlib
only, so that it needs nothing installed and the same script always writes the same bytes:

    python3 src/Package/make-icon.py
"""
import os
import struct
import zlib

SIZE = 128
BACKGROUND = (31, 58, 95, 255)   # the page's surround, dark blue
PAGE = (250, 248, 240, 255)      # the page
TEXT = (120, 130, 145, 255)      # lines of text, grey
MARK = (242, 169, 0, 255)        # an annotated span, amber
CLEAR = (0, 0, 0, 0)


def inside_rounded(x, y, left, top, right, bottom, radius):
    """Whether pixel (x, y) is in the rectangle [left, right) x [top, bottom) with rounded corners."""
    if not (left <= x < right and top <= y < bottom):
        return False
    cx = min(max(x + 0.5, left + radius), right - radius)
    cy = min(max(y + 0.5, top + radius), bottom - radius)
    return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius ** 2


def pixel(x, y):
    # Lines of text: (top, left, right), each 6 pixels high; the third has an annotated span.
    lines = [(34, 30, 98), (48, 30, 90), (62, 30, 98), (76, 30, 84), (90, 30, 70)]
    if not inside_rounded(x, y, 0, 0, SIZE, SIZE, 22):
        return CLEAR
    if not inside_rounded(x, y, 20, 18, 108, 110, 6):
        return BACKGROUND
    for top, left, right in lines:
        if inside_rounded(x, y, left, top, right, top + 6, 3):
            if top == 62 and 52 <= x < 84:
                return MARK
            return TEXT
    # The annotation's underline, below the span.
    if 52 <= x < 84 and 70 <= y < 72:
        return MARK
    return PAGE


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def main():
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows, 9))
           + chunk(b"IEND", b""))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(path, "wb") as file:
        file.write(png)


if __name__ == "__main__":
    main()
