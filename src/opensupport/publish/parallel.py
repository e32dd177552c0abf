"""``map_in_two()``: the per-resource work of a build, shared by two processes.

A build writes a few files per resource (an HSDS service, a calendar, a web page). Where the
system can fork (Linux), has a second CPU and the build runs on the main thread alone, a forked
child does every other item while this process does the rest; the results come back in order.
Each item's call must only write its own files and return a value that pickles: then the output
is the same bytes whichever process made a file, and the same as when run in one process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # below this, forking costs more than it saves


def map_in_two(func: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[func(item) for item in items]``, half of the calls in a forked child process."""
    if not _can_share(len(items)):
        return [func(item) for item in items]
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(func, items[1::2], send), daemon=True)
    child.start()
    send.close()
    try:
        mine = [func(item) for item in items[::2]]
    finally:
        theirs = _receive(receive)
        child.join()
    if isinstance(theirs, BaseException):
        raise theirs
    results: list[Any] = [None] * len(items)
    results[::2], results[1::2] = mine, theirs
    return results


def _can_share(count: int) -> bool:
    return (
        count >= MIN_ITEMS
        and sys.platform == "linux"
        and len(os.sched_getaffinity(0)) > 1
        and threading.active_count() == 1  # forking a process with threads is unsafe
    )


def _child(func: Callable[[Any], Any], items: Sequence[Any], send: Connection) -> None:
    try:
        result: Any = [func(item) for item in items]
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
