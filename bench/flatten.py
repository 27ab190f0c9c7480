#!/usr/bin/python3
"""Flatten benchmark HTML pages to text the way other scrapers store them (issue 15), so the
text path can be scored on more than Chromium's innerText:

  lynx  `lynx -dump -nolist` (wrapped at 80 columns, link numbers off)
  w3m   `w3m -dump` (wrapped at 80 columns)
  bs4   BeautifulSoup(html, "html.parser").get_text("\\n") (one line per text node, so a
        link is split from its sentence; scripts and styles are not text to bs4 >= 4.10)

Writes <out>/<tool>/<id>.txt, outside the repo by default (bench-out/ is git-ignored; never
commit benchmark pages). Score one with:
  node bench/quality.mjs --text-dir bench-out/flat/lynx

  /usr/bin/python3 bench/flatten.py [htmlDir] [--out dir] [--tools lynx,w3m,bs4] [--width N]
Needs the Debian packages lynx, w3m and python3-bs4 (Debian's python3, which has bs4).
"""
import argparse
import gzip
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COMMANDS = {
    "lynx": ["lynx", "-dump", "-nolist", "-stdin", "-assume_charset=utf-8", "-display_charset=utf-8"],
    "w3m": ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
}


def flatten(tool, html, width=None):
    if tool == "bs4":
        from bs4 import BeautifulSoup

        return BeautifulSoup(html, "html.parser").get_text("\n")
    command = COMMANDS[tool] + ([] if width is None else [f"-width={width}"] if tool == "lynx" else ["-cols", str(width)])
    done = subprocess.run(command, input=html.encode("utf-8"), capture_output=True, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{tool} exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[:200]}")
    return done.stdout.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("html_dir", nargs="?", default=os.path.join(HERE, "../../shared/bench/scrapinghub/html"))
    ap.add_argument("--out", default=os.path.join(HERE, "../bench-out/flat"))
    ap.add_argument("--tools", default="lynx,w3m,bs4")
    ap.add_argument("--width", type=int, default=None, help="line width for lynx and w3m (default theirs: 80 columns)")
    opts = ap.parse_args()
    tools = opts.tools.split(",")
    for tool in tools:
        if tool not in COMMANDS and tool != "bs4":
            sys.exit(f"flatten: unknown tool {tool} (lynx, w3m, bs4)")
        os.makedirs(os.path.join(opts.out, tool), exist_ok=True)
    files = sorted(f for f in os.listdir(opts.html_dir) if f.endswith((".html", ".html.gz")))
    failed = 0
    for name in files:
        page_id = name.removesuffix(".gz").removesuffix(".html")
        path = os.path.join(opts.html_dir, name)
        raw = gzip.open(path).read() if name.endswith(".gz") else open(path, "rb").read()
        html = raw.decode("utf-8", "replace")
        for tool in tools:
            try:
                text = flatten(tool, html, opts.width)
            except (RuntimeError, subprocess.TimeoutExpired) as err:
                print(f"{page_id} {tool}: {err}", file=sys.stderr)
                failed += 1
                continue
            with open(os.path.join(opts.out, tool, page_id + ".txt"), "w", encoding="utf-8") as out:
                out.write(text)
    print(f"{len(files)} pages flattened by {', '.join(tools)} into {opts.out} ({failed} failures)", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
