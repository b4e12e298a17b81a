"""Alternating rounds, medians, ratios and targets: the arithmetic of the report."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


def alternate(runners: Mapping[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Run every runner once per round, in order on even rounds and reversed on odd ones; collect the samples.

    Interleaving spreads a noisy neighbour's load over all scenarios instead of over whichever ran at that time.
    """
    names = list(runners)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_index in range(rounds):
        for name in names if round_index % 2 == 0 else reversed(names):
            samples[name].append(runners[name]())
    return samples


def median(values: Sequence[float]) -> float:
    """The median; ValueError when there are no samples."""
    if not values:
        raise ValueError("no samples")
    return statistics.median(values)


def ratio_of_medians(numerator: Sequence[float], denominator: Sequence[float]) -> float:
    """``median(numerator) / median(denominator)``."""
    return median(numerator) / median(denominator)


def paired_spread(numerator: Sequence[float], denominator: Sequence[float]) -> tuple[float, float]:
    """The lowest and highest per-round ratio (rounds paired by index): how noisy the ratio was."""
    ratios = [a / b for a, b in zip(numerator, denominator, strict=True)]
    return min(ratios), max(ratios)


@dataclass(frozen=True)
class Target:
    """A bound on a ratio: ``at_least`` (``≥ bound``) or at most (``≤ bound``)."""

    bound: float
    at_least: bool = True

    def met(self, ratio: float) -> bool:
        """Whether ``ratio`` meets the bound."""
        return ratio >= self.bound if self.at_least else ratio <= self.bound

    def __str__(self) -> str:
        return f"{'>=' if self.at_least else '<='} {self.bound:g}"


@dataclass(frozen=True)
class Row:
    """One line of the report."""

    scenario: str
    value: float | None
    unit: str
    ratio: float | None = None
    target: Target | None = None
    spread: tuple[float, float] | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        """PASS/FAIL of the ratio (or, for a row without one, the value) against the target; ``-`` without a
        target, SKIP without a measurement."""
        if self.value is None:
            return "SKIP"
        if self.target is None:
            return "-"
        return "PASS" if self.target.met(self.value if self.ratio is None else self.ratio) else "FAIL"


def compared(
    scenario: str,
    samples: Sequence[float],
    baseline: Sequence[float],
    unit: str,
    target: Target | None = None,
    note: str = "",
) -> Row:
    """A row for ``samples`` measured against ``baseline`` (ratio of medians, paired spread)."""
    return Row(
        scenario,
        median(samples),
        unit,
        ratio_of_medians(samples, baseline),
        target,
        paired_spread(samples, baseline),
        note,
    )


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:,.1f}" if value >= 1 or value == 0 else f"{value:.3f}"


def render_table(rows: Sequence[Row]) -> str:
    """The report as a fixed-width text table, notes below it."""
    header = ("scenario", "median", "ratio", "round range", "target", "result")
    lines = [header]
    notes: list[str] = []
    for row in rows:
        mark = ""
        if row.note:
            notes.append(row.note)
            mark = f" [{len(notes)}]"
        lines.append(
            (
                row.scenario + mark,
                "n/a" if row.value is None else f"{_number(row.value)} {row.unit}",
                "" if row.ratio is None else f"{row.ratio:.2f}x",
                "" if row.spread is None else f"{row.spread[0]:.2f}-{row.spread[1]:.2f}",
                "" if row.target is None else str(row.target),
                row.verdict,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        )
        for line in lines
    ]
    text.insert(1, "  ".join("-" * width for width in widths))
    text.extend(f"[{index}] {note}" for index, note in enumerate(notes, start=1))
    return "\n".join(text)
