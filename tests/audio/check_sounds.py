#!/usr/bin/env python3
"""The committed cue tones are exactly what scripts/make-sounds.py makes."""

import filecmp
import os
import subprocess
import sys
import tempfile

root = sys.argv[1]
committed = os.path.join(root, "media", "sounds")
with tempfile.TemporaryDirectory() as folder:
    subprocess.run([sys.executable, os.path.join(root, "scripts", "make-sounds.py"), folder],
                   check=True, stdout=subprocess.DEVNULL)
    made = sorted(os.listdir(folder))
    if made != sorted(name for name in os.listdir(committed) if name.endswith(".wav")):
        sys.exit("media/sounds/ does not hold exactly the tones the script makes: %s" % made)
    for name in made:
        if not filecmp.cmp(os.path.join(folder, name), os.path.join(committed, name), shallow=False):
            sys.exit("media/sounds/%s differs from what scripts/make-sounds.py makes: "
                     "run the script and commit the result" % name)
        if os.path.getsize(os.path.join(committed, name)) >= 100 * 1024:
            sys.exit("media/sounds/%s is 100 KB or more" % name)
print("%d tones match their recipe" % len(made))
