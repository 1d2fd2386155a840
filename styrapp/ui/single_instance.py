"""One styrapp per person: a second start with a plan hands the plan to the styrapp already running.

A double-click on a .styrplan file starts `styrapp <file>`. If a styrapp of the same person is running,
the new start sends it the file's absolute path over a local socket (QLocalSocket; a named pipe on
Windows, a socket file on Linux), waits for its "ok" and ends; the running program opens the plan (its
current plan is always saved, so switching is safe) and comes to the front. Otherwise the new start
becomes the one that listens (QLocalServer) and opens the plan itself.

The server's name is per person (a hash of the user name: the socket files of all users share one
folder on Linux). STYRAPP_INSTANCE_NAME names another, so tests and the smoke never meet a real styrapp.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

NAME_VARIABLE = "STYRAPP_INSTANCE_NAME"
ANSWER = b"ok\n"
WAIT_MS = 3000  # a running styrapp answers at once; one that does not answer in this time is not there


def server_name() -> str:
    chosen = os.environ.get(NAME_VARIABLE)
    if chosen:
        return chosen
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name to be had (a container without passwd entry)
        user = str(Path.home())
    return "styrapp-" + hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]


def _connect(name: str, wait_ms: int) -> QLocalSocket | None:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if socket.waitForConnected(wait_ms):
        return socket
    socket.abort()
    return None


def hand_over(path: Path | None, name: str | None = None, wait_ms: int = WAIT_MS) -> bool:
    """Send `path` to the styrapp running for this person (None: a start without a plan, which only brings
    the running window forward). True when it took it (this start can end); False when none is running or
    it did not answer (this start opens its own window)."""
    socket = _connect(name or server_name(), wait_ms)
    if socket is None:
        return False
    try:
        socket.write((str(Path(path).resolve()) if path is not None else "").encode("utf-8") + b"\n")
        if not socket.waitForBytesWritten(wait_ms):
            return False
        answer = b""
        while not answer.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
            answer += bytes(socket.readAll().data())
        return answer == ANSWER
    finally:
        socket.disconnectFromServer()


class InstanceServer(QObject):
    """Listens for later starts of styrapp; `received` carries each plan one of them handed over."""

    received = Signal(Path)
    woken = Signal()  # a later start without a plan: the running window comes forward

    def __init__(self, parent: QObject | None = None, name: str | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this person only
        self.server.newConnection.connect(self._connected)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Become the styrapp later starts hand their plans to. False (and nothing listens) when another
        styrapp of this person already does. A name left behind by a styrapp that crashed is cleaned away."""
        # Ask first: listening would not fail on a name in use (Qt puts its socket file in place by renaming,
        # and on Windows two servers may share a pipe name), it would take the name from the running one.
        probe = _connect(self.name, 500)
        if probe is not None:  # somebody answers: that styrapp keeps the role
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # nobody answers: whatever is left at that name is stale
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        self._buffers[socket] = b""
        socket.write(ANSWER)
        socket.flush()
        plans = [line.strip() for line in data.decode("utf-8", errors="replace").splitlines() if line.strip()]
        for line in plans:
            self.received.emit(Path(line))
        if not plans:
            self.woken.emit()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def open_handed_plan(window, path: Path) -> None:
    """The running window takes a plan a later start handed over: opens it (a plan already open here is
    only brought forward; a file it cannot open gets the usual message, the open plan stays) and comes
    to the front."""
    from ..models.errors import StyrappError

    document = getattr(window, "document", None)
    current = document.plan.path.resolve() if document is not None else None
    if current != path.resolve():
        try:
            window.open_plan_file(path)
        except StyrappError as exc:
            window.show_open_error(path, exc)
    bring_forward(window)


def bring_forward(window) -> None:
    """The running window, not minimised, in front (a later start without a plan asks only this)."""
    from PySide6.QtCore import Qt

    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
