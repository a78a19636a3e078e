"""A firm's own account in a real browser (issue 17, item 6): Playwright drives Debian's Chromium
against `estate serve` on a seeded embedded store with November 2026 invoiced. Firm A's user
signs in with its name and password through the sign-in form (a wrong password first) and lands on its own page, sends its 2026
declaration, uploads its business permit (an HTML file named .pdf is refused first), opens its
invoice from its statement, and is refused firm B's page; an officer accepts the declaration and
the permit on firm A's page; firm A then reads both accepted and downloads the permit, byte for
byte; an admin signs the allocation proposal. Each step is checked on the page and leaves a
screenshot in --out, to be looked at.

    python3 browser/tenant_journey.py --estate .build/debug/estate [--out DIR]
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "reliability"))
import harness  # noqa: E402
from dashboard_forms import sign_in  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

FIRM_A, FIRM_B = "9120983690060", "9120838829624"   # CV Baja Mandiri Sentosa; PT Indo Mur Baut Serang
PAGE_A, PAGE_B = f"/dashboard/tenants/{FIRM_A}", f"/dashboard/tenants/{FIRM_B}"
PERMIT = b"%PDF-1.4\n1 0 obj << /Title (Izin usaha CV Baja Mandiri) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
def run(estate, out):
    failures = []
    os.makedirs(out, exist_ok=True)
    shot = lambda page, name: page.screenshot(path=os.path.join(out, f"{name}.png"), full_page=True)  # noqa: E731
    with tempfile.TemporaryDirectory() as folder:
        database = harness.billed_store(estate, folder)
        tokens = {"firm": harness.create_token(estate, database, "tenant", "Baja Mandiri", [FIRM_A]),
                  "officer": harness.create_token(estate, database, "officer", "Bu Sari"),
                  "admin": harness.create_token(estate, database, "admin", "Pak Budi")}
        # The firm's clerk signs in with a name and a password (set by the admin), not the token.
        subprocess.run([estate, "token", "password", "Baja Mandiri", "--login", "rina.baja", "--database", database],
                       input="kuda-laut-biru-7\n", text=True, check=True, stdout=subprocess.DEVNULL)
        with harness.Server(estate, database) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            pages = {}
            for who, token in tokens.items():
                context = browser.new_context(locale="en-GB", viewport={"width": 1200, "height": 900})
                if who == "firm":
                    pages[who] = context.new_page()
                    pages[who].goto(f"{server.url}/dashboard/signin?lang=en")
                    pages[who].fill('input[name="login"]', "rina.baja")
                    pages[who].fill('input[name="password"]', "kuda-laut-biru-8")
                    pages[who].click('form[action="/dashboard/signin"] button[type="submit"]')
                    pages[who].wait_for_load_state()
                    harness.check(failures, "Wrong sign-in name or password" in pages[who].content(), "a wrong password said nothing")
                    shot(pages[who], "0-wrong-password")
                    pages[who].fill('input[name="login"]', "rina.baja")
                    pages[who].fill('input[name="password"]', "kuda-laut-biru-7")
                    pages[who].click('form[action="/dashboard/signin"] button[type="submit"]')
                    pages[who].wait_for_load_state()
                else:
                    pages[who] = sign_in(context, server.url, token)
            firm = pages["firm"]
            firm.goto(f"{server.url}/?lang=en")
            harness.check(failures, firm.url.endswith(PAGE_A), f"the firm's sign-in landed on {firm.url}, not its own page")
            harness.check(failures, "CV Baja Mandiri Sentosa" in firm.content(), "the firm's page does not name the firm")
            harness.check(failures, firm.locator('a[href^="/dashboard/money"]').count() == 0, "the firm sees the money page link")
            shot(firm, "1-firm-page")

            sent = firm.locator(f'form[action="{PAGE_A}/declaration-submissions"]')
            for name, value in {"fiscal_year": "2026", "turnover": "24 miliar", "workers": "14",
                                "local_workers": "10", "investment": "3,9 miliar"}.items():
                sent.locator(f'[name="{name}"]').fill(value)
            with firm.expect_navigation():
                sent.locator('button[type="submit"]').click()
            harness.check(failures, "The yearly declaration was sent" in firm.content(), "sending the declaration said nothing")
            harness.check(failures, "waiting for an officer" in firm.content(), "the sent declaration is not shown waiting")
            shot(firm, "2-declaration-sent")

            fake, permit = os.path.join(folder, "scan.pdf"), os.path.join(folder, "izin-usaha.pdf")
            with open(fake, "wb") as file:
                file.write(b"<!DOCTYPE html><script>alert(1)</script>")
            with open(permit, "wb") as file:
                file.write(PERMIT)
            for path, expected in ((fake, "an HTML page"), (permit, "The document was sent")):
                upload = firm.locator(f'form[action="{PAGE_A}/documents"]')
                upload.locator('[name="kind"]').select_option("business_permit")
                upload.locator('[name="number"]').fill("PB-2026-0042")
                upload.locator('[name="valid_until"]').fill("2027-01-31")
                upload.locator('[name="file"]').set_input_files(path)
                with firm.expect_navigation():
                    upload.locator('button[type="submit"]').click()
                harness.check(failures, expected in firm.content(), f"uploading {os.path.basename(path)} did not say {expected!r}")
                shot(firm, "2a-upload-refused" if path == fake else "2b-document-sent")

            link = firm.locator('a[href*="/invoices/INV/"][href*="/document"]').first
            harness.check(failures, link.count() == 1, "the statement has no link to the firm's invoice")
            if link.count():
                number = link.inner_text()
                with firm.expect_navigation():
                    link.click()
                harness.check(failures, number in firm.content() and "Amount due" in firm.content(),
                      f"the invoice page does not show {number}")
                shot(firm, "3-invoice")

            answer = firm.goto(f"{server.url}{PAGE_B}")
            harness.check(failures, answer.status == 404, f"firm B's page answered firm A {answer.status}")
            harness.check(failures, "PT Indo Mur Baut Serang" not in firm.content(), "firm B's name is on the refusal")
            shot(firm, "4-firm-b-refused")

            officer = pages["officer"]
            officer.goto(f"{server.url}{PAGE_A}?lang=en")
            accept = officer.locator('form[action*="/declaration-submissions/"][action$="/acceptance"]').first
            harness.check(failures, accept.count() == 1, "the officer sees no submission to accept")
            if accept.count():
                with officer.expect_navigation():
                    accept.locator('button[type="submit"]').click()
                harness.check(failures, "accepted and recorded" in officer.content(), "accepting said nothing")
                shot(officer, "5-officer-accepted")
            accept = officer.locator('form[action*="/documents/"][action$="/acceptance"]').first
            harness.check(failures, accept.count() == 1, "the officer sees no document to accept")
            if accept.count():
                with officer.expect_navigation():
                    accept.locator('button[type="submit"]').click()
                harness.check(failures, "The document was accepted" in officer.content(), "accepting the document said nothing")
                shot(officer, "5b-officer-accepted-document")

            firm.goto(f"{server.url}{PAGE_A}")
            harness.check(failures, "accepted" in firm.locator("table").all_inner_texts().__str__(),
                  "the firm does not read its declaration accepted")
            shot(firm, "6-firm-reads-accepted")
            download = firm.locator('a[href*="/documents/"][href$="/content"]').first
            harness.check(failures, download.count() == 1, "the firm's page has no link to its document")
            if download.count():
                with firm.expect_download() as event:
                    download.click()
                saved = os.path.join(folder, "downloaded.pdf")
                event.value.save_as(saved)
                with open(saved, "rb") as file:
                    harness.check(failures, file.read() == PERMIT, "the downloaded permit differs from the one uploaded")
                harness.check(failures, event.value.suggested_filename == f"{FIRM_A}-business_permit-1.pdf",
                      f"the download is named {event.value.suggested_filename}")

            admin = pages["admin"]
            admin.goto(f"{server.url}/dashboard/allocation?lang=en")
            commit = admin.locator('form[action^="/dashboard/allocation/commit"]').first
            harness.check(failures, commit.count() == 1, "the admin sees no proposal to sign")
            if commit.count():
                with admin.expect_navigation():
                    commit.locator('button[type="submit"]').click()
                harness.check(failures, "lease(s) signed" in admin.content() or "already signed" in admin.content(),
                      "signing the allocation said nothing")
                shot(admin, "7-admin-signed")
            browser.close()
    shots = len([f for f in os.listdir(out) if f.endswith(".png")])
    harness.finish("a firm's account in Chromium", failures, f"passed: 11 steps, {shots} screenshots in {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--estate", required=True)
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "estate-tenant-screens"))
    arguments = parser.parse_args()
    run(arguments.estate, arguments.out)
