#!/usr/bin/env python3
"""Start-up timing without a shell in between (issue 17).

Each program is forked straight onto a pseudo-terminal (pty.fork, then execve: no
shell, no `script`) and timed from just before the fork to the moment the awaited text
reaches the terminal. Programs alternate (A B A B …), and each process is reaped
(waitpid) before the next one starts, so no run pays for the previous one's exit on a
shared core. `--exit` times the whole process instead, on pipes (print modes).

Input: one JSON object on argv[1]:
  {"runs": 15, "cols": 80, "rows": 24, "exit": false,
   "programs": [{"name": "bare", "argv": [...], "until": "R", "env": {...}}, ...]}
  ("env", optional: variables set for that program only; "linger", optional: ms a program
  that is killed goes on running after its text is seen, e.g. to write its caches.)
Output: JSON {"name": [ms, ms, …], …} on stdout.
"""

import fcntl
import json
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time


def env(extra=None):
    e = dict(os.environ)
    e.pop("CI", None)  # Ink draws no live frames when CI is set
    e.update(extra or {})
    return e


def first_output(argv, until, cols, rows, kill, extra=None, linger=0):
    """ms from fork to `until` on the terminal; the process is then reaped."""
    wanted = until.encode("utf-8")
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(argv[0], argv, env(extra))
        finally:
            os._exit(127)
    seen = b""
    elapsed = None
    deadline = started + 20
    while elapsed is None:
        left = deadline - time.perf_counter()
        if left <= 0:
            break
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the program exited
            break
        if not chunk:
            break
        seen += chunk
        if wanted in seen:
            elapsed = (time.perf_counter() - started) * 1000
    # Once its text is out, a program that stays (the explorer) is killed and one that
    # exits by itself (bare node) is let exit. Either way it is reaped, and its terminal
    # closed, before the next run starts.
    try:
        if kill and linger:
            lingered = time.perf_counter() + linger / 1000
            while time.perf_counter() < lingered:
                if select.select([fd], [], [], 0.01)[0]:
                    try:
                        os.read(fd, 65536)
                    except OSError:
                        break
        if kill:
            os.kill(pid, signal.SIGKILL)
        drain_until_exit(fd, pid)
    finally:
        try:
            os.close(fd)
        except OSError:
            pass
    if elapsed is None:
        raise SystemExit(f"never saw {until!r} from {argv}: {seen[-400:]!r}")
    return elapsed


def drain_until_exit(fd, pid):
    """Reads what is left until the program exits; kills it if it goes on running."""
    deadline = time.perf_counter() + 5
    while True:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished:
            return
        if time.perf_counter() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return
        ready, _, _ = select.select([fd], [], [], 0.005)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:  # EIO: the terminal's other side is closed
                pass


def whole_process(argv, extra=None):
    """ms from fork to exit, stdout read to its end on a pipe, stdin empty."""
    started = time.perf_counter()
    child = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env(extra),
    )
    child.stdout.read()
    child.wait()
    elapsed = (time.perf_counter() - started) * 1000
    if child.returncode != 0:
        raise SystemExit(f"{argv} exited {child.returncode}")
    return elapsed


def main():
    spec = json.loads(sys.argv[1])
    runs = spec.get("runs", 15)
    cols, rows = spec.get("cols", 80), spec.get("rows", 24)
    programs = spec["programs"]
    times = {p["name"]: [] for p in programs}
    for _ in range(runs):
        for p in programs:
            if spec.get("exit"):
                times[p["name"]].append(whole_process(p["argv"], p.get("env")))
            else:
                kill = p.get("kill", False)
                times[p["name"]].append(
                    first_output(
                        p["argv"], p["until"], cols, rows, kill, p.get("env"), p.get("linger", 0)
                    )
                )
    json.dump(times, sys.stdout)


if __name__ == "__main__":
    main()
