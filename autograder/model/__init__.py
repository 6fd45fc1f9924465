"""The course model: domains and skills, questions, readiness policy, scores.

Plain data and pure functions: what the course contains (read from
``source/``) and how results become a readiness verdict. Imports nothing
else from the package.
"""
