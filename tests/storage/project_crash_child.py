"""A separate program for the crash test: saves a big model over a project.

    python project_crash_child.py inplace TARGET TAG

Prints ``ready`` just before the save starts and ``saved <seconds>`` after it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from project_bigmodel import big_model

from diva_desktop.storage import save_project


def main(argv: list[str]) -> None:
    target, tag = Path(argv[1]), argv[2]
    model = big_model(tag)
    print("ready", flush=True)
    start = time.perf_counter()
    save_project(model, target)
    print(f"saved {time.perf_counter() - start:.4f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
