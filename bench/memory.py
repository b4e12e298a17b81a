"""Peak resident set size of this process (stdlib only: the official SDK's worker imports it too)."""

from __future__ import annotations

import resource


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB.

    On Linux this is ``VmHWM`` of ``/proc/self/status``: ``ru_maxrss`` survives ``execve``, so a child started
    from a large parent would report the parent's peak. Elsewhere, ``resource.getrusage`` maxrss.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
