"""A real SMTP server on loopback for the outbox's tests (issue 17, item 4): aiosmtpd (PyPI)
receiving mail and writing each message it accepts as one JSON line (envelope, headers, decoded
body) to --out. It can misbehave on purpose: --stall rcpt|data holds the reply to RCPT or to the
message's final dot for --stall-seconds (so that a sender can be killed there), and --fail-first N
answers the first N messages `451` (a temporary failure) after their data.

    python3 reliability/smtp_sink.py --port 2525 --out /tmp/mail.jsonl [--stall data --stall-seconds 60]
"""
import argparse
import asyncio
import email
import email.policy
import json
import signal

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, out, stall, stall_seconds, fail_first):
        self.out, self.stall, self.stall_seconds, self.fail_first = out, stall, stall_seconds, fail_first
        self.seen = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.stall == "rcpt":
            self.log({"event": "stalled at RCPT", "to": address})
            await asyncio.sleep(self.stall_seconds)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.seen += 1
        if self.seen <= self.fail_first:
            self.log({"event": "refused 451", "to": envelope.rcpt_tos})
            return "451 4.3.0 try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.log({"event": "accepted", "from": envelope.mail_from, "to": envelope.rcpt_tos,
                  "subject": str(message["subject"]), "message_id": str(message["message-id"]),
                  "language": str(message["content-language"]), "body": message.get_content()})
        if self.stall == "data":
            await asyncio.sleep(self.stall_seconds)
        return "250 OK"

    def log(self, record):
        with open(self.out, "a") as file:
            file.write(json.dumps(record) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--stall", choices=["rcpt", "data"])
    parser.add_argument("--stall-seconds", type=float, default=60)
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()
    controller = Controller(Sink(args.out, args.stall, args.stall_seconds, args.fail_first),
                            hostname="127.0.0.1", port=args.port)
    controller.start()
    print(f"listening on 127.0.0.1:{args.port}", flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    main()
