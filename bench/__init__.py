"""``make bench``: the facade measured side by side with a hand-written floor, in one run (``python -m bench``)."""
