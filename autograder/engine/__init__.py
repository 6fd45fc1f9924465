"""The grading engine: nbgrader's autograde, made safe and fast.

Drives nbgrader's converters on private copies, runs kernels in a sandbox
with time, memory, process and disk limits, judges the test records again
outside the kernel, and tells the grader's failures from the candidate's.
May import :mod:`autograder.model` and the kernel side's pure functions
(judges, record format); never :mod:`autograder.front` or reports.
"""
