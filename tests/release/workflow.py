#!/usr/bin/python3
"""Reads .github/workflows/release.yml (or the file given) and prints what the local run needs:
  workflow.py rows [FILE]      one "PHP_VERSION TS" line per matrix row of the dist job
  workflow.py steps [FILE]     one "JOB STEP" line per packaging/ci-build.sh call, in order
Every `run:` step of every job must be exactly `packaging/ci-build.sh STEP ARGS` (the row's
${{ matrix.php }} ${{ matrix.ts }}, or the release job's folder): anything else is CI-only
logic the local run would not do, so it is refused (exit 1) with the step named."""
import itertools
import re
import sys

import yaml  # Debian's python3-yaml (the Makefile's deps)

ROW_ARGS = "${{ matrix.php }} ${{ matrix.ts }}"
RUN = re.compile(r"^packaging/ci-build\.sh (\w+) (.+)$")


def main():
    what = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else ".github/workflows/release.yml"
    with open(path, encoding="utf-8") as f:
        wf = yaml.safe_load(f)
    jobs = wf["jobs"]
    if what == "rows":
        m = jobs["dist"]["strategy"]["matrix"]
        if set(m) != {"php", "ts"}:
            sys.exit(f"{path}: the dist matrix must have exactly php and ts, it has {sorted(m)}")
        for php, ts in itertools.product(m["php"], m["ts"]):
            print(php, ts)
    elif what == "steps":
        for name, job in jobs.items():
            for step in job["steps"]:
                if "run" not in step:
                    continue
                run = step["run"].strip()
                hit = RUN.match(run)
                want = ROW_ARGS if name == "dist" else "rows"
                if not hit or "\n" in run or hit.group(2) != want:
                    sys.exit(f"{path}: job {name}, step '{step.get('name', run)}' runs `{run}`; every run step must be "
                             f"`packaging/ci-build.sh STEP {want}` so the local run (make release-local) does the same")
                print(name, hit.group(1))
    else:
        sys.exit(f"usage: workflow.py rows|steps [FILE]")


main()
