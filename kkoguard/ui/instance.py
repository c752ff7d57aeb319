"""One running app per person and dossier. "Open with KKO Guard" on three bills starts three processes, and
a second double-click on the icon starts another: the first process keeps the dossier, the others hand it
their files (possibly none, to bring its window forward) and exit.

A local socket (a Unix socket or a Windows named pipe, never the network), named from the user and the
dossier's folder. A lock file makes "is anyone listening? if not, listen" one step, so processes started
together agree on which of them stays.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kkoguard.ui.errors import log

TIMEOUT_MS = 3000
MAX_MESSAGE = 1 << 20  # bytes: a list of paths, not a file


def server_name(data_dir: Path) -> str:
    """Stable for one user and one dossier folder; short enough for a Unix socket path."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (containers): the folder alone still tells dossiers apart
        user = ""
    key = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"kkoguard-{key}"


class FileHandoff(QObject):
    """The listening end in the first process; `files_received` carries each later launch's files."""

    files_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def hand_over_or_listen(self, files: Sequence[str]) -> bool:
        """True when another process took `files` (this one should exit); else this process now listens."""
        lock = QLockFile(QDir.temp().filePath(f"{self.name}.lock"))
        lock.setStaleLockTime(10_000)
        locked = lock.tryLock(TIMEOUT_MS)
        try:
            if send(self.name, files):
                return True
            self._listen()
            return False
        finally:
            if locked:
                lock.unlock()

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody answered, so the name is left over from a process that died: take it back.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("file hand-off unavailable: %s", server.errorString())
                return
        server.newConnection.connect(self._accept)
        self.server = server

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._gone(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        try:
            files = json.loads(data)["files"]
            if not (isinstance(files, list) and all(isinstance(f, str) for f in files)):
                raise ValueError("files is not a list of paths")
        except (ValueError, KeyError, TypeError):
            log.warning("file hand-off: unreadable message ignored")
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self._buffers.pop(socket, None)
        self.files_received.emit(files)

    def _gone(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def send(name: str, files: Sequence[str]) -> bool:
    """Give `files` to the process listening on `name`; False when there is none or it did not answer."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = json.dumps({"files": [str(f) for f in files]}).encode() + b"\n"
    socket.write(message)
    socket.waitForBytesWritten(TIMEOUT_MS)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == b"ok\n"
