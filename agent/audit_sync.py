"""The audit log's sync process: fdatasync on request, so that the proxy never waits in a thread.

    python -m agent.audit_sync SOCKET_FD LOG_FD

The proxy writes audit records into the page cache itself (one `os.write` on its event
loop) and asks this process to make them durable. `fdatasync` flushes a file's data
whichever descriptor wrote it, so the sync can happen here, in another process, holding
no GIL the proxy needs: the proxy sends one byte and its event loop is woken by the
one-byte answer, which is all a group commit costs it. (A sync thread in the proxy costs
a thread hand-off and several GIL hand-offs per commit.)

Protocol on the Unix stream socket, one byte per message:
  proxy -> here: `S` sync the current file now; `F` (with a descriptor attached, after
                 a rotation) the file to sync from now on.
  here -> proxy: `K` synced; `E` the sync failed (the proxy then breaks the log).
End of file on the socket (the proxy closed it or died) ends this process.
"""

from __future__ import annotations

import os
import signal
import socket
import sys

SYNC, FILE, SYNCED, FAILED = b"S", b"F", b"K", b"E"


def serve(channel: socket.socket, log_fd: int) -> None:
    while True:
        message, fds, _, _ = socket.recv_fds(channel, 1, 1)
        if not message:
            return
        if message == FILE:
            os.close(log_fd)
            log_fd = fds[0]
            continue
        try:
            os.fdatasync(log_fd)
        except OSError:
            channel.sendall(FAILED)
        else:
            channel.sendall(SYNCED)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the proxy's whole group: it ends us by closing the socket
    serve(socket.socket(fileno=int(sys.argv[1])), int(sys.argv[2]))
