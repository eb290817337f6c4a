"""A keep-alive HTTP/1.1 server on 127.0.0.1 answering every GET with one JSON body; run in its own
process by the call benchmark so that it does not share the clients' interpreter."""

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def serve(body: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    return _Server(("127.0.0.1", 0), Handler)


class _Server(ThreadingHTTPServer):
    # socketserver listens with a backlog of 5: a burst of 100 new connections (the concurrency figure)
    # would wait on SYN retransmits, a second or more, and time the kernel instead of the clients.
    request_queue_size = 256
    daemon_threads = True


def main() -> None:
    server = serve(Path(sys.argv[1]).read_bytes())
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
