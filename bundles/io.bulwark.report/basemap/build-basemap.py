#!/usr/bin/env python3
"""Builds the map's basemap resources from Natural Earth as packaged by the npm package world-atlas 2.0.2.

Usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
       python3 build-basemap.py package/ ../src/io/bulwark/report/geo/

For each scale (110m, 50m, 10m) it writes basemap-<scale>.bin.gz: the land polygons' rings and the land
borders between countries (arcs shared by two different countries), decoded from TopoJSON but kept in its
quantized integer coordinates. Format (big-endian, gzip):
  "BWBM" magic, u8 version 1,
  f64 scaleLon, f64 scaleLat, f64 translateLon, f64 translateLat   (lon = q * scale + translate)
  u32 ring count, then per ring: u8 kind (0 land ring, 1 border line), u32 points, then the points as
  zigzag LEB128 varints of the difference to the previous point (x then y; the first point against 0, 0).
"""
import gzip
import json
import os
import struct
import sys


def varint(out, value):
    value = (value << 1) ^ (value >> 63)  # zigzag
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def decode_arcs(topology):
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x, y))
        arcs.append(points)
    return arcs


def arc_points(arcs, index):
    return arcs[index] if index >= 0 else list(reversed(arcs[~index]))


def ring(arcs, indices):
    points = []
    for index in indices:
        part = arc_points(arcs, index)
        points.extend(part if not points else part[1:])
    return points


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def arcs_of(geometry):
    for polygon in polygons(geometry):
        for rings in polygon:
            for index in rings:
                yield index if index >= 0 else ~index


def build(source, scale):
    with open(os.path.join(source, "countries-%s.json" % scale)) as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    records = []
    for geometry in topology["objects"]["land"]["geometries"]:
        for polygon in polygons(geometry):
            for indices in polygon:
                records.append((0, ring(arcs, indices)))
    owners = {}
    for number, geometry in enumerate(topology["objects"]["countries"]["geometries"]):
        for index in arcs_of(geometry):
            owners.setdefault(index, set()).add(number)
    for index in sorted(i for i, o in owners.items() if len(o) >= 2):
        records.append((1, arcs[index]))
    transform = topology["transform"]
    out = bytearray(b"BWBM")
    out.append(1)
    out += struct.pack(">dddd", transform["scale"][0], transform["scale"][1], transform["translate"][0], transform["translate"][1])
    out += struct.pack(">I", len(records))
    for kind, points in records:
        out.append(kind)
        out += struct.pack(">I", len(points))
        px = py = 0
        for x, y in points:
            varint(out, x - px)
            varint(out, y - py)
            px, py = x, y
    return bytes(out), len(records), sum(len(p) for _, p in records)


def main():
    source, target = sys.argv[1], sys.argv[2]
    for scale in ("110m", "50m", "10m"):
        data, count, points = build(source, scale)
        path = os.path.join(target, "basemap-%s.bin.gz" % scale)
        with open(path, "wb") as f:
            f.write(gzip.compress(data, 9, mtime=0))
        print("%s: %d rings and lines, %d points, %d bytes" % (path, count, points, os.path.getsize(path)))


if __name__ == "__main__":
    main()
