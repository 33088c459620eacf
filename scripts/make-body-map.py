#!/usr/bin/env python3
"""Draws the body map: the front and back silhouettes and every region's outline.

Usage: make-body-map.py [--check]

Writes routines/regions.json's "map" (the silhouettes) and each region's "outline"
(one SVG path per view it is drawn on), keeping everything else of the file. With
--check it changes nothing and fails when the file differs from what it would write.

The drawing area is 200 x 480 units (BodyModel::kMapWidth, kMapHeight). The figure is
drawn from one half contour, mirrored about x = 100, smoothed with Catmull-Rom curves.
Regions are patches between two edges of the figure (an arm, a leg, the torso) or
small shapes on the face, with rounded corners and a small gap between neighbours.
A sided region's outline is its LEFT side (the person's left); the app mirrors it
for the right. On the front view the person's left is on the right of the picture,
on the back view on the left; regions are designed on the right half of the picture
and mirrored where needed.
"""

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ROOT / "routines" / "regions.json"
WIDTH, HEIGHT = 200, 480
MIDDLE = WIDTH / 2

# --- curves ---------------------------------------------------------------------


def catmull_rom(points, corners=(), closed=False):
    """Cubic Bezier segments [(p0, c1, c2, p3)] through the points; a point whose
    index is in corners gets a sharp corner."""
    n = len(points)
    segments = []
    count = n if closed else n - 1
    for i in range(count):
        p1, p2 = points[i], points[(i + 1) % n]
        p0 = points[(i - 1) % n] if (closed or i > 0) and i not in corners else p1
        p3 = points[(i + 2) % n] if (closed or i + 2 < n) and (i + 1) % n not in corners else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append((p1, c1, c2, p2))
    return segments


def bezier_point(segment, t):
    p0, c1, c2, p3 = segment
    u = 1 - t
    return (u ** 3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t ** 3 * p3[0],
            u ** 3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t ** 3 * p3[1])


def dense(points, corners=()):
    """The smooth curve through the points as a polyline."""
    line = [points[0]]
    for segment in catmull_rom(points, corners):
        line += [bezier_point(segment, k / 12) for k in range(1, 13)]
    return line


class Edge:
    """x as a function of y along a curve that runs mostly up or down."""

    def __init__(self, points):
        self.line = sorted(dense(points), key=lambda p: p[1])

    def x(self, y):
        line = self.line
        if y <= line[0][1]:
            return line[0][0]
        for a, b in zip(line, line[1:]):
            if a[1] <= y <= b[1]:
                t = 0 if b[1] == a[1] else (y - a[1]) / (b[1] - a[1])
                return a[0] + t * (b[0] - a[0])
        return line[-1][0]


def mirror(points):
    return [(WIDTH - x, y) for x, y in points]


# --- the figure: the right half of the picture, top of the head to the crotch ------

HEAD = [(100, 5), (113, 7), (123, 14), (128, 25), (129, 37)]
EAR = [(129, 37), (132, 37), (135, 41), (135, 50), (132, 56), (128, 57)]
JAW = [(128, 57), (126, 62), (122, 68), (116, 74)]
NECK = [(116, 74), (116, 80), (117, 87)]
SHOULDER = [(117, 87), (124, 92), (138, 96), (151, 101), (158, 109), (161, 122)]
ARM_OUTER = [(161, 122), (162, 142), (163, 166), (164, 190), (166, 215), (168, 240), (169, 260)]
HAND = [(169, 260), (172, 266), (177, 275), (180, 285), (176, 287), (172, 283), (173, 296),
        (170, 309), (164, 316), (157, 314), (154, 302), (153, 285), (152, 264)]
ARM_INNER = [(152, 264), (150, 240), (148, 215), (146, 190), (143, 165), (141, 145), (139, 133)]
TORSO = [(139, 133), (136, 140), (134, 160), (131, 185), (129, 205), (131, 225), (136, 243),
         (140, 258)]
LEG_OUTER = [(140, 258), (141, 274), (140, 296), (137, 320), (133, 344), (132, 360), (133, 380),
             (131, 405), (125, 431), (121, 444)]
FOOT = [(121, 444), (123, 452), (127, 461), (127, 469), (121, 474), (112, 474), (108, 468),
        (109, 456), (109, 446)]
LEG_INNER = [(109, 446), (107, 436), (106, 405), (106, 380), (107, 360), (106, 340), (104, 312),
             (102, 292), (100, 281)]

PARTS = [HEAD, EAR, JAW, NECK, SHOULDER, ARM_OUTER, HAND, ARM_INNER, TORSO, LEG_OUTER, FOOT,
         LEG_INNER]
# Where the contour turns sharply: the ear, under the jaw, the armpit, the thumb, the crotch.
SHARP = {(129, 37), (128, 57), (116, 74), (139, 133), (172, 283), (109, 446), (100, 281),
         (100, 5)}

# A sole seen from below, toes up, right of the lower leg (the back view's right foot).
SOLE = [(160, 471), (166, 468), (169, 460), (168, 449), (167, 438), (168, 427), (171, 416),
        (171, 405), (167, 397), (160, 394), (153, 396), (149, 402), (149, 412), (152, 424),
        (154, 436), (152, 449), (152, 461), (155, 468)]


def half_contour():
    points = []
    for part in PARTS:
        points += part if not points else part[1:]
    return points


def contour():
    half = half_contour()
    other = mirror(half[1:-1])[::-1]
    points = half + other
    corners = {i for i, p in enumerate(points) if p in SHARP or (WIDTH - p[0], p[1]) in SHARP}
    return points, corners


# Edges of the right half as functions of y.
HEAD_EDGE = Edge(HEAD + [(128, 47), (127, 57)] + JAW[1:])
NECK_EDGE = Edge(NECK)
ARM_OUT = Edge(ARM_OUTER)
ARM_IN = Edge(ARM_INNER)
TORSO_EDGE = Edge(TORSO)
LEG_OUT = Edge(LEG_OUTER)
LEG_IN = Edge(LEG_INNER)
HAND_OUT = Edge([(172, 266), (174, 283), (173, 296), (170, 309), (164, 316)])
HAND_IN = Edge([(152, 264), (153, 285), (154, 302), (157, 314)])
SOLE_OUT = Edge([(160, 394), (167, 397), (171, 405), (171, 416), (168, 427), (167, 438),
                 (168, 449), (169, 460), (166, 468), (160, 471)])
SOLE_IN = Edge([(160, 394), (153, 396), (149, 402), (149, 412), (152, 424), (154, 436),
                (152, 449), (152, 461), (155, 468), (160, 471)])
MIDLINE = Edge([(100, 0), (100, 480)])
SIDE = Edge(TORSO + LEG_OUTER[1:])


def offset(edge, amount):
    class Shifted:
        def x(self, y):
            return edge.x(y) + amount
    return Shifted()


# --- shapes -------------------------------------------------------------------------


def band(inner, outer, y0, y1, u0, u1, step=4.0):
    """The patch between two edges from y0 to y1, from u0 to u1 of the way across."""
    steps = max(2, math.ceil((y1 - y0) / step))
    ys = [y0 + (y1 - y0) * k / steps for k in range(steps + 1)]

    def at(y, u):
        a, b = inner.x(y), outer.x(y)
        return (a + u * (b - a), y)

    return [at(y, u0) for y in ys] + [at(y, u1) for y in reversed(ys)]


def ellipse(cx, cy, rx, ry, count=12, turn=0.0):
    points = []
    for k in range(count):
        a = 2 * math.pi * k / count
        x, y = rx * math.cos(a), ry * math.sin(a)
        points.append((cx + x * math.cos(turn) - y * math.sin(turn),
                       cy + x * math.sin(turn) + y * math.cos(turn)))
    return points


def walk(points, start, step, distance):
    """The point `distance` along the closed polyline from points[start], going
    forwards (step 1) or backwards (-1), and how many vertices it passed."""
    n = len(points)
    here, passed = points[start], 0
    while True:
        nxt = points[(start + step * (passed + 1)) % n]
        length = math.hypot(nxt[0] - here[0], nxt[1] - here[1])
        if length >= distance or passed + 1 >= n:
            t = distance / length if length > 0 else 0
            return (here[0] + t * (nxt[0] - here[0]), here[1] + t * (nxt[1] - here[1])), passed
        distance -= length
        here, passed = nxt, passed + 1


def span(points, a, b):
    """The length of the closed polyline from vertex a forwards to vertex b."""
    n, total = len(points), 0.0
    i = a
    while i != b:
        j = (i + 1) % n
        total += math.hypot(points[j][0] - points[i][0], points[j][1] - points[i][1])
        i = j
    return total


def rounded(points, radius, corners=None):
    """A closed path along the polygon; each corner is rounded off over `radius`
    of the outline on either side (at most 45% of the way to the next corner)."""
    n = len(points)
    corners = sorted(range(n) if corners is None else corners)
    commands = []
    for k, corner in enumerate(corners):
        prev, nxt = corners[k - 1], corners[(k + 1) % len(corners)]
        r_in = min(radius, 0.45 * span(points, prev, corner)) if prev != corner else radius
        r_out = min(radius, 0.45 * span(points, corner, nxt)) if nxt != corner else radius
        start, _ = walk(points, corner, -1, r_in)
        end, passed = walk(points, corner, 1, r_out)
        commands.append(("L" if commands else "M", [start]))
        commands.append(("Q", [points[corner], end]))
        # the vertices on the way to the next corner, past the rounding
        i = (corner + passed + 1) % n
        while i != nxt:
            if span(points, i, nxt) > min(radius, 0.45 * span(points, corner, nxt)):
                commands.append(("L", [points[i]]))
            i = (i + 1) % n
    return commands


def band_corners(points):
    half = len(points) // 2
    return [0, half - 1, half, len(points) - 1]


def smooth(points):
    """A closed Catmull-Rom path through the points."""
    commands = [("M", [points[0]])]
    for _, c1, c2, p in catmull_rom(points, closed=True):
        commands.append(("C", [c1, c2, p]))
    return commands


def number(value):
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def path_text(*shapes):
    parts = []
    for commands in shapes:
        for command, points in commands:
            parts.append(command + "".join(f" {number(x)} {number(y)}" for x, y in points))
        parts.append("Z")
    return " ".join(parts)


def clamp(points):
    return [(min(max(x, 0), WIDTH), min(max(y, 0), HEIGHT)) for x, y in points]


def mirrored(commands):
    return [(c, mirror(points)) for c, points in commands]


def patch(points, radius=3.0, corners=None):
    return rounded(clamp(points), radius, corners)


def strip(points, radius):
    """A patch made by band(), full_width() or shoulder_strip(): rounded at its four corners."""
    return rounded(clamp(points), radius, band_corners(points))


# --- the regions, on the right half of the picture ---------------------------------
# Front view: the right half is the person's left. Back view: the person's right, so
# those outlines are mirrored before they are stored.

def face(y0, y1, u0, u1, radius=2.5):
    points = band(MIDLINE, HEAD_EDGE, y0, y1, u0, u1, step=3)
    return rounded(clamp(points), radius, band_corners(points))


def limb(inner, outer, y0, y1, u0, u1, radius=6):
    points = band(inner, outer, y0, y1, u0, u1)
    return rounded(clamp(points), radius, band_corners(points))


def full_width(edge, y0, y1, inset):
    steps = max(2, math.ceil((y1 - y0) / 3))
    ys = [y0 + (y1 - y0) * k / steps for k in range(steps + 1)]
    right = [(edge.x(y) - inset, y) for y in ys]
    left = [(WIDTH - edge.x(y) + inset, y) for y in reversed(ys)]
    return right + left


def shoulder_strip(x0, x1, depth):
    """A strip under the slope of the shoulder, from x0 to x1."""
    line = [p for p in dense(SHOULDER) if x0 <= p[0] <= x1]
    top = [(x, y + 1.2) for x, y in line]
    bottom = [(x, y + depth) for x, y in reversed(line)]
    return top + bottom


FRONT = {
    "head.top_vertex": [strip(full_width(HEAD_EDGE, 7.5, 15, 2.5), 5)],
    "head.forehead": [patch([(90, 17), (110, 17), (111, 29), (89, 29)], 4)],
    "head.temple": [face(17, 33, 0.5, 0.93, 5)],
    "eye.behind_around": [smooth(ellipse(110.5, 37.5, 6.5, 4.2))],
    "ear": [patch([(130, 39), (133.5, 42), (133.5, 50), (130.5, 55), (129, 47)], 2)],
    "jaw.tmj": [smooth(ellipse(123.5, 48, 3, 4.5))],
    "teeth.upper": [patch([(101.2, 55), (111, 54), (112, 59.5), (101.2, 59.5)], 2)],
    "teeth.lower": [patch([(101.2, 61), (112, 61), (110, 66.5), (101.2, 67)], 2)],
    "neck.side": [strip(band(MIDLINE, NECK_EDGE, 76, 89, 0.5, 0.94), 3)],
    "shoulder.top": [strip(shoulder_strip(122, 147, 7), 3.5)],
    "chest": [patch([(102, 105), (118, 103), (133, 108), (134, 134), (124, 148), (110, 150),
                     (102, 146)], 6)],
    "shoulder.front": [smooth(ellipse(143, 116, 5.5, 10, turn=-0.25))],
    "shoulder.lateral_deltoid": [patch([(151, 104), (157, 110), (160.5, 122), (161, 140),
                                        (153, 138), (150, 120)], 4)],
    "arm.upper_lateral_front": [limb(ARM_IN, ARM_OUT, 145, 182, 0.46, 0.94)],
    "arm.inner": [limb(ARM_IN, ARM_OUT, 141, 182, 0.06, 0.42)],
    "elbow.medial": [limb(ARM_IN, ARM_OUT, 186, 204, 0.06, 0.55)],
    "wrist.palmar": [limb(ARM_IN, ARM_OUT, 244, 259, 0.1, 0.9, 3)],
    "palm": [limb(HAND_IN, HAND_OUT, 267, 294, 0.12, 0.88, 4)],
    "fingers": [limb(HAND_IN, HAND_OUT, 297, 312, 0.14, 0.86, 4),
                smooth(ellipse(177, 280, 2.2, 4.2, turn=-0.45))],
    "hip.lateral": [limb(offset(SIDE, -11), offset(SIDE, -1), 240, 268, 0, 1, 3)],
    "groin": [patch([(104, 266), (112, 262.5), (121, 256.5), (127.5, 249), (131, 253), (124, 262),
                     (114, 269), (105, 273)], 3)],
    "thigh.front": [limb(LEG_IN, LEG_OUT, 285, 334, 0.06, 0.66)],
    "thigh.lateral": [limb(LEG_IN, LEG_OUT, 272, 336, 0.72, 0.96)],
    "knee.front": [smooth(ellipse(120, 352, 7, 9))],
    "knee.inner": [limb(LEG_IN, LEG_OUT, 342, 366, 0.04, 0.2, 3)],
    "knee.outer": [limb(LEG_IN, LEG_OUT, 342, 366, 0.8, 0.96, 3)],
    "shin": [limb(LEG_IN, LEG_OUT, 372, 428, 0.18, 0.52)],
    "leg.lateral": [limb(LEG_IN, LEG_OUT, 372, 426, 0.58, 0.94)],
    "ankle.front": [limb(LEG_IN, LEG_OUT, 433, 446, 0.12, 0.66, 3)],
    "ankle.lateral": [limb(LEG_IN, LEG_OUT, 432, 446, 0.72, 1.0, 3)],
    "foot.dorsum": [patch([(110, 451), (121, 450), (125.5, 461), (118, 465), (111, 465)], 3)],
    "toe.big": [patch([(109.5, 467), (116, 467), (116, 473), (111, 473)], 2)],
}

BACK = {
    "head.back_occiput": [face(43, 64, 0.06, 0.88, 7)],
    "ear": [patch([(130, 39), (133.5, 42), (133.5, 50), (130.5, 55), (129, 47)], 2)],
    "neck.back": [strip(band(MIDLINE, NECK_EDGE, 71, 88, 0.08, 0.56), 3.5)],
    "neck.side": [strip(band(MIDLINE, NECK_EDGE, 71, 88, 0.62, 0.95), 3)],
    "neck.base_angle": [patch([(109, 91), (117, 89.5), (124, 93), (124, 101), (110, 101)], 3)],
    "shoulder.top": [strip(shoulder_strip(127, 150, 7.5), 3.5)],
    "shoulder.lateral_deltoid": [patch([(151, 104), (157, 110), (160.5, 122), (161, 140),
                                        (153, 138), (150, 120)], 4)],
    "upper_back.between_blades": [patch([(102, 106), (116, 105), (120, 120), (118, 150),
                                         (110, 160), (102, 160)], 4)],
    "elbow.lateral": [limb(ARM_IN, ARM_OUT, 182, 204, 0.5, 0.94)],
    "forearm_wrist.dorsal": [limb(ARM_IN, ARM_OUT, 210, 260, 0.08, 0.92)],
    "low_back": [patch([(102, 196), (124, 194), (128, 205), (127, 226), (116, 231), (102, 231)], 5)],
    "sacrum_si": [patch([(102, 234), (112, 234), (113, 250), (102, 259)], 3)],
    "buttock": [patch([(116, 238), (133, 237), (140, 252), (140, 271), (134, 284), (117, 287),
                       (104, 283), (103, 264), (115, 254)], 6)],
    "thigh.back": [limb(LEG_IN, LEG_OUT, 292, 336, 0.08, 0.92)],
    "knee.back": [limb(LEG_IN, LEG_OUT, 342, 362, 0.2, 0.8, 4)],
    "calf": [limb(LEG_IN, LEG_OUT, 368, 426, 0.08, 0.92, 6)],
    "heel": [limb(LEG_IN, LEG_OUT, 434, 446, 0.2, 0.85, 3),
             limb(SOLE_IN, SOLE_OUT, 453, 469.5, 0.08, 0.92, 5)],
    "foot.arch": [limb(SOLE_IN, SOLE_OUT, 427, 450, 0.1, 0.9, 3)],
    "foot.ball": [limb(SOLE_IN, SOLE_OUT, 398, 424, 0.1, 0.9, 5)],
}

UNSIDED = {"head.forehead", "head.top_vertex"}


def silhouette(view):
    points, corners = contour()
    shapes = [[("M", [points[0]])] + [("C", [c1, c2, p]) for _, c1, c2, p in
                                       catmull_rom(points, corners, closed=True)]]
    if view == "back":
        sole = [("M", [SOLE[0]])] + [("C", [c1, c2, p]) for _, c1, c2, p in
                                     catmull_rom(SOLE, closed=True)]
        shapes += [sole, mirrored(sole)]
    return path_text(*shapes)


def outline(region_id, view):
    shapes = (FRONT if view == "front" else BACK).get(region_id)
    if shapes is None:
        return None
    if view == "back" and region_id not in UNSIDED:
        shapes = [mirrored(s) for s in shapes]
    return path_text(*shapes)


def build(document):
    regions = []
    for region in document["regions"]:
        region = {k: v for k, v in region.items() if k != "outline"}
        views = {}
        for view in ("front", "back"):
            text = outline(region["id"], view)
            if text is not None:
                views[view] = text
        region["outline"] = views
        regions.append(region)
    return {"format": document["format"],
            "map": {"front": silhouette("front"), "back": silhouette("back")},
            "regions": regions}


def main():
    check = "--check" in sys.argv[1:]
    current = REGIONS.read_text("utf-8")
    document = json.loads(current)
    text = json.dumps(build(document), indent=2, ensure_ascii=False) + "\n"
    missing = [r["id"] for r in document["regions"]
               if r["id"] not in FRONT and r["id"] not in BACK]
    wrong_view = [r["id"] for r in document["regions"]
                  if r["id"] not in (FRONT if r["view"] == "front" else BACK)]
    if missing or wrong_view:
        print(f"regions without a drawing: {missing}; not drawn on their own view: {wrong_view}")
        return 1
    if check:
        if text != current:
            print("routines/regions.json differs from what scripts/make-body-map.py draws")
            return 1
        print("the body map matches its recipe")
        return 0
    REGIONS.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
