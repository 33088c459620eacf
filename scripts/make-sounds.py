#!/usr/bin/env python3
"""Makes the cue tones in media/sounds/ from the recipe below (docs/audio.md).

Only the Python standard library is used and nothing is downloaded: every tone
is a sum of sine partials under an envelope, written as 16-bit mono PCM at
48 kHz. The output is deterministic, so running the script again reproduces the
committed files byte for byte (tests/audio/check_sounds.py checks that).

    scripts/make-sounds.py [OUTPUT_FOLDER]   (default: media/sounds)

Every tone is one strike: a 5 ms attack, then a smooth decay with no second
attack, so a listener (and the onset detector of the end-to-end test) hears
exactly one event per cue. Tones differ in pitch, glide direction and timbre.
"""

import math
import os
import struct
import sys
import wave

RATE = 48000
ATTACK_S = 0.005
FADE_OUT_S = 0.010

# name: (seconds, peak dBFS, partials, envelope)
#   partial: (start Hz, end Hz, relative amplitude); a glide when start != end
#   envelope: ("decay", time constant in seconds) or ("swell",) for a raised cosine
#   an optional fifth item adds vibrato: (depth Hz, rate Hz)
RECIPE = {
    # C5 gliding up to G5: "here we go".
    "get-ready": (0.35, -6, [(523.25, 783.99, 1.0), (1046.5, 1567.98, 0.25)], ("decay", 0.14)),
    # A5 bell with an inharmonic partial: the clearest "start now".
    "step-start": (0.35, -5, [(880.0, 880.0, 1.0), (2428.8, 2428.8, 0.3)], ("decay", 0.12)),
    # A mellow E5, quieter: a mid-point nudge.
    "halfway": (0.25, -9, [(659.26, 659.26, 1.0), (1318.51, 1318.51, 0.2)], ("decay", 0.08)),
    # A high B5 + E6 dyad: urgent but short.
    "ten-seconds": (0.25, -8, [(987.77, 987.77, 1.0), (1318.51, 1318.51, 0.8)], ("decay", 0.07)),
    # A wood-block tick for 3, 2, 1.
    "countdown": (0.06, -8, [(1200.0, 1200.0, 1.0), (2400.0, 2400.0, 0.4)], ("decay", 0.015)),
    # G5 with a fast warble: "change over".
    "switch-sides": (0.30, -7, [(783.99, 783.99, 1.0), (1567.98, 1567.98, 0.2)], ("decay", 0.12),
                     (40.0, 14.0)),
    # G5 gliding down to C5: "release".
    "step-end": (0.40, -7, [(783.99, 523.25, 1.0), (1567.98, 1046.5, 0.2)], ("decay", 0.15)),
    # A C major chord bell: "well done".
    "finished": (0.70, -6, [(523.25, 523.25, 1.0), (659.26, 659.26, 0.8), (783.99, 783.99, 0.7),
                            (1046.5, 1046.5, 0.5)], ("decay", 0.25)),
    # The soft metronome tick for each pass of a roll.
    "roll-tick": (0.03, -18, [(1800.0, 1800.0, 1.0)], ("decay", 0.008)),
    # Breath pacing: a gentle swell up for breathing in, down for breathing out.
    "breathe-in": (0.60, -20, [(330.0, 440.0, 1.0)], ("swell",)),
    "breathe-out": (0.60, -22, [(440.0, 330.0, 1.0)], ("swell",)),
}


def envelope(shape, t, seconds):
    if shape[0] == "swell":
        return 0.5 - 0.5 * math.cos(2 * math.pi * t / seconds)
    attack = min(1.0, t / ATTACK_S)
    fade = min(1.0, (seconds - t) / FADE_OUT_S)
    return attack * fade * math.exp(-max(0.0, t - ATTACK_S) / shape[1])


def render(seconds, peak_db, partials, shape, vibrato=(0.0, 0.0)):
    count = int(round(seconds * RATE))
    phases = [0.0] * len(partials)
    raw = []
    for i in range(count):
        t = i / RATE
        value = 0.0
        for k, (start, end, amplitude) in enumerate(partials):
            frequency = start + (end - start) * t / seconds
            frequency += vibrato[0] * math.sin(2 * math.pi * vibrato[1] * t)
            phases[k] += 2 * math.pi * frequency / RATE
            value += amplitude * math.sin(phases[k])
        raw.append(value * envelope(shape, t, seconds))
    scale = 10 ** (peak_db / 20) * 32767 / max(abs(v) for v in raw)
    return [int(round(v * scale)) for v in raw]


def write(path, samples):
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack("<%dh" % len(samples), *samples))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "media", "sounds")
    os.makedirs(folder, exist_ok=True)
    for name, recipe in RECIPE.items():
        write(os.path.join(folder, name + ".wav"), render(*recipe))
    print("wrote %d tones to %s" % (len(RECIPE), folder))


if __name__ == "__main__":
    main()
