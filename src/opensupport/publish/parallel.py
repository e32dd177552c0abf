"""Sharing a build's work between two processes: ``in_two()`` and ``map_in_two()``.

Where the system can fork (Linux), has a second CPU, and the build runs on the main thread
alone, a forked child does part of the work while this process does the rest; results come back
in order. Each part must only write its own files and return values that pickle: then the
output is the same bytes whichever process made a file, and the same as in one process. A child
never forks again; elsewhere, and for small work, everything runs here, one part after the other.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # resources, pages…: below this, forking costs more than it saves
_in_child = False


def in_two(here: Callable[[], A], there: Callable[[], B], *, worth_it: bool) -> tuple[A, B]:
    """``(here(), there())``, ``there`` in a forked child process when possible and worth it."""
    if not (worth_it and _can_fork()):
        return here(), there()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(there, send), daemon=True)
    child.start()
    send.close()
    try:
        mine = here()
    finally:
        theirs = _receive(receive)
        child.join()
    if isinstance(theirs, BaseException):
        raise theirs
    return mine, theirs


def map_in_two(func: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[func(item) for item in items]``, every other item in a forked child process."""
    mine, theirs = in_two(
        lambda: [func(item) for item in items[::2]],
        lambda: [func(item) for item in items[1::2]],
        worth_it=len(items) >= MIN_ITEMS,
    )
    results: list[Any] = [None] * len(items)
    results[::2], results[1::2] = mine, theirs
    return results


def _can_fork() -> bool:
    return (
        not _in_child
        and sys.platform == "linux"
        and len(os.sched_getaffinity(0)) > 1
        and threading.active_count() == 1  # forking a process with threads is unsafe
    )


def _child(there: Callable[[], Any], send: Connection) -> None:
    global _in_child
    _in_child = True
    try:
        result = there()
    except BaseException as error:  # handed to the parent, which raises it
        result = error
    send.send(result)
    send.close()


def _receive(receive: Connection) -> Any:
    try:
        return receive.recv()
    except EOFError:
        return RuntimeError("the second build process stopped before it finished")
    finally:
        receive.close()
