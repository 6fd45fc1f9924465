"""Configuration file of grading kernels (IPKernelApp), not a module to import.

:class:`autograder.engine.kernel_manager.SandboxedKernelManager` starts each
grading kernel with ``--config`` pointing here. ipykernel warns « Kernel is
running over TCP without encryption » at every start; a grading kernel only
talks to the grader on the loopback interface of the same machine, so on an
instructor's terminal, once per notebook, that line only reads as an alarm.
This hides that one message; every other kernel warning still shows.
"""

import logging

TCP_NOTICE = "Kernel is running over TCP without encryption"


class HideTcpNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(TCP_NOTICE)


if "get_config" in globals():  # loaded by traitlets as a config file
    c = get_config()  # noqa: F821
    c.IPKernelApp.logging_config = {
        "filters": {"hide_tcp_notice": {"()": HideTcpNotice}},
        "handlers": {"console": {"filters": ["hide_tcp_notice"]}},
    }
