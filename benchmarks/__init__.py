"""Speed and memory benchmarks of TVET Desktop on synthetic catalogues, each against a naive baseline.

Run ``python -m benchmarks.run`` (or ``make benchmark``); figures go to ``docs/benchmarks.md``.
"""
