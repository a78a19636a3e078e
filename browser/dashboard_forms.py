"""The dashboard's forms in a real browser (issue 15, item 6): Playwright drives Debian's
Chromium against `estate serve` on a seeded embedded store, signs in through the sign-in form
as an officer and as an admin, and for each form, in Bahasa Indonesia and in English: fills in
a value the API refuses and submits it (the page must show the refusal in its language, keep the
value and write nothing), saves a screenshot, then submits a good value (the page must say what
was written). The screenshots are in --out, one per form and language, to be looked at.

    python3 browser/dashboard_forms.py --estate .build/debug/estate [--out DIR]
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "reliability"))
import harness  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

PUTRA = "/dashboard/tenants/9120510758287"   # PT Putra Bekasi Metalindo: leases
BAJA = "/dashboard/tenants/9120983690060"    # CV Baja Mandiri Sentosa: a lease of A-04 from 2031
WAITING = "/dashboard/tenants/9120327342742"  # an active application submitted 2026-06-20
REFUSED = {"id": "Tidak ada yang ditulis", "en": "Nothing was written"}


def form(page, action):
    """The form that posts to `action` (a path, or a path and a `:has(…)` selector that picks one
    row's form), opening the folded correction it sits in."""
    path, _, has = action.partition(" ")
    located = page.locator(f'form[action="{path}"]{has}').first
    details = page.locator("details.correct", has=located)
    if details.count() and not details.first.evaluate("d => d.open"):
        details.first.locator("summary").click()
    return located


def fill(located, values):
    for name, value in values.items():
        field = located.locator(f'[name="{name}"]')
        if field.get_attribute("type") == "checkbox":
            field.set_checked(value == "yes")
        elif field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


# (name, page, role, action, refused values, what the refusal must say by language, good values,
#  what the page then says by language); an action ending in "@" is the page itself plus the rest.
FORMS = [
    ("declare", PUTRA, "officer", PUTRA + "/declarations",
     {"fiscal_year": "2026", "turnover": "dua belas", "workers": "12", "local_workers": "10", "investment": "7 miliar",
      "declared_on": "2027-03-01"},
     {"id": "satuan \"belas\" yang tidak dikenal", "en": "unknown unit"},
     {"turnover": "30 miliar"}, {"id": "Laporan tahunan dicatat.", "en": "The yearly declaration was recorded."}),
    ("correct-declaration", PUTRA, "officer", PUTRA + '/declarations/corrections :has(input[name="fiscal_year"][value="2025"])',
     {"workers": "12", "reason": "salah ketik"},
     {"id": "Tidak ada yang ditulis", "en": "Nothing was written"},
     {"workers": "13"}, {"id": "Laporan dikoreksi", "en": "The declaration was corrected"}),
    ("correct-firm", PUTRA, "officer", PUTRA + "/correction",
     {"npwp": "12"}, {"id": "bukan NPWP", "en": "is not an NPWP"},
     {"npwp": "0080378707431000", "address": "Jl. Industri 5, Tambun"},
     {"id": "Data perusahaan diperbaiki.", "en": "The firm's record was corrected."}),
    ("apply", PUTRA, "officer", PUTRA + "/applications",
     {"min_area_m2": "600", "max_area_m2": "400"}, {"id": "lebih kecil dari min_area_m2", "en": "is smaller than min_area_m2"},
     {"max_area_m2": "800"}, {"id": "Permohonan masuk daftar tunggu.", "en": "The application is on the waitlist."}),
    ("withdraw-application", WAITING, "officer", WAITING + "/applications/withdrawal",
     {"reason": "=HYPERLINK()", "on": "2026-12-01"}, {"id": "rumus", "en": "formula"},
     {"reason": "pindah ke Karawang"}, {"id": "Permohonan ditarik.", "en": "The application was withdrawn."}),
    ("add-partnership", PUTRA, "officer", PUTRA + "/partnerships",
     {"partner": "=HYPERLINK()", "product": "mur baut", "since": "2025-01-01"}, {"id": "rumus", "en": "formula"},
     {"partner": "PT Baja Hilir (fiktif)"}, {"id": "Kemitraan dicatat.", "en": "The partnership was recorded."}),
    ("correct-partnership", PUTRA, "officer", PUTRA + "/partnerships/correction",
     {"ended_on": "2021-01-01"}, {"id": "ended_on", "en": "ended_on"},
     {"ended_on": "2026-07-01"}, {"id": "Kemitraan diperbaiki.", "en": "The partnership was corrected."}),
    ("end-partnership", PUTRA, "officer", PUTRA + "/partnerships/end",
     {"on": "2021-01-01"}, {"id": "2021-01-01", "en": "2021-01-01"},
     {"on": "2026-12-01"}, {"id": "Kemitraan diakhiri.", "en": "The partnership was ended."}),
    ("reschedule-lease", BAJA, "admin", BAJA + "/leases/rescheduling",
     {"end": "2036-01-01", "open_end": "yes"}, {"id": "open_end", "en": "open_end"},
     {"open_end": "no", "new_start": "2031-03-01", "end": "2036-03-01"},
     {"id": "Tanggal sewa diubah.", "en": "The lease's dates were moved."}),
    ("correct-plot", "/dashboard/plots/A-04", "admin", "/dashboard/plots/A-04/correction",
     {"area_m2": "1.250,5,3"}, {"id": "bukan angka luas", "en": "is not an area"},
     {"area_m2": "150,5"}, {"id": "Ukuran kavling diperbaiki.", "en": "The plot's measures were corrected."}),
    ("withdraw-plot", "/dashboard/plots/A-06", "admin", "/dashboard/plots/A-06/withdrawal",
     {"on": "2026-12-01"}, {"id": "2028-01-01", "en": "2028-01-01"}, None, None),
    ("new-firm", "/dashboard/firms/new", "officer", "/dashboard/firms",
     {"nib": "123", "name": "CV Las Setu Jaya", "npwp": "01.234.567.8-431.000", "kbli": "25119"},
     {"id": "bukan NIB", "en": "is not a NIB"},
     {"nib": "9120999000111"}, {"id": "Perusahaan ditambahkan", "en": "The firm was added"}),
]


def sign_in(context, url, token):
    page = context.new_page()
    page.goto(f"{url}/dashboard/signin")
    page.fill('input[name="token"]', token)
    page.click('form[action="/dashboard/signin"] button[type="submit"]')
    page.wait_for_load_state()
    return page


def exercise(page, url, lang, entry, out, failures):
    name, path, _, action, bad, says, good, done = entry
    page.goto(f"{url}{path}")
    located = form(page, action)
    fill(located, bad)
    with page.expect_navigation():
        located.locator('button[type="submit"]').click()
    error = page.locator("p.error").first
    text = error.inner_text() if error.count() else ""
    if REFUSED[lang] not in text or says[lang] not in text:
        failures.append(f"{name} ({lang}): the refusal says {text!r}, expected {REFUSED[lang]!r} and {says[lang]!r}")
    if lang == "id" and "tidak dapat diterima (" in text:
        failures.append(f"{name} (id): the refusal quotes an English problem: {text!r}")
    kept = form(page, action)
    for field, value in bad.items():
        element = kept.locator(f'[name="{field}"]')
        if element.get_attribute("type") not in ("checkbox", "date") and element.input_value() != value:
            failures.append(f"{name} ({lang}): {field} is {element.input_value()!r} after the refusal, not {value!r}")
    error.scroll_into_view_if_needed()
    page.screenshot(path=os.path.join(out, f"{name}-{lang}.png"))
    if good is None:
        return
    fill(kept, {**bad, **good})
    with page.expect_navigation():
        kept.locator('button[type="submit"]').click()
    shown = page.content()
    if done[lang] not in shown:
        error = page.locator("p.error").first
        said = error.inner_text() if error.count() else page.url
        failures.append(f"{name} ({lang}): after a good value the page does not say {done[lang]!r} but {said!r}")


def run(estate, out):
    failures = []
    os.makedirs(out, exist_ok=True)
    for lang in ("id", "en"):
        with tempfile.TemporaryDirectory() as folder:
            database = f"sqlite:{folder}/estate.sqlite"
            subprocess.run([estate, "seed", "--database", database, "--quiet"], check=True)
            leases = os.path.join(folder, "leases.csv")
            with open(leases, "w") as file:
                file.write("plot,nib,start,end,status\nA-04,9120983690060,2031-01-01,2036-01-01,signed\n")
            subprocess.run([estate, "import", "leases", leases, "--database", database, "--quiet"], check=True)
            tokens = {role: harness.create_token(estate, database, role, f"browser-{role}") for role in ("officer", "admin")}
            with harness.Server(estate, database) as server, sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
                locale = "id-ID" if lang == "id" else "en-GB"
                pages = {}
                for role, token in tokens.items():
                    context = browser.new_context(locale=locale, viewport={"width": 1200, "height": 900})
                    pages[role] = sign_in(context, server.url, token)
                for entry in FORMS:
                    exercise(pages[entry[2]], server.url, lang, entry, out, failures)
                # The admin's confirmation page before a lease ends: it asks, and writes nothing.
                page = pages["admin"]
                page.goto(f"{server.url}{PUTRA}")
                ending = page.locator(f'form[action="{PUTRA}/leases/A-06/ending"]')
                ending.locator('select[name="kind"]').select_option("terminate")
                ending.locator('input[name="reason"]').fill("pindah ke Karawang")
                with page.expect_navigation():
                    ending.locator('button[type="submit"]').click()
                question = {"id": "Putus sewa lebih awal?", "en": "Terminate the lease early?"}[lang]
                if question not in page.content():
                    failures.append(f"lease ending ({lang}): the confirmation page does not ask {question!r}")
                page.screenshot(path=os.path.join(out, f"confirm-lease-{lang}.png"))
                browser.close()
    shots = len([f for f in os.listdir(out) if f.endswith(".png")])
    harness.finish("dashboard forms in Chromium", failures,
                   f"passed: {len(FORMS) + 1} forms x 2 languages, {shots} screenshots in {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--estate", required=True)
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "estate-form-screens"))
    arguments = parser.parse_args()
    run(arguments.estate, arguments.out)
