"""HTML -> PDF with a real browser engine: headless Chromium (Debian `chromium`) or WeasyPrint
(Debian `weasyprint`, run as its command so it uses the Debian Python it was packaged for)."""
import os
import shutil
import subprocess
import tempfile


class ProducerError(RuntimeError):
    pass


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(html_path, pdf_path, timeout=120):
    exe = chromium_binary()
    if not exe:
        raise ProducerError("chromium not installed (Scripts/install-deps --samples)")
    # a profile of its own per call: parallel jobs must not share Chromium's singleton lock
    profile = tempfile.mkdtemp(prefix="stress-chromium-")
    try:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--disable-extensions", "--mute-audio", f"--user-data-dir={profile}",
               "--no-pdf-header-footer", f"--print-to-pdf={os.path.abspath(pdf_path)}",
               "file://" + os.path.abspath(html_path)]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if r.returncode != 0 or not os.path.exists(pdf_path) or os.path.getsize(pdf_path) == 0:
            raise ProducerError(f"chromium failed ({r.returncode}): {r.stderr[-400:]}")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def weasyprint(html_path, pdf_path, timeout=300):
    exe = shutil.which("weasyprint")
    if not exe:
        raise ProducerError("weasyprint not installed (Scripts/install-deps --samples)")
    # --presentational-hints: honour border=1 / rowspan-era HTML attributes as browsers do
    r = subprocess.run([exe, "--presentational-hints", html_path, pdf_path], capture_output=True,
                       text=True, timeout=timeout)
    if r.returncode != 0 or not os.path.exists(pdf_path):
        raise ProducerError(f"weasyprint failed ({r.returncode}): {r.stderr[-400:]}")


def produce(engine, html_text, html_path, pdf_path):
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(html_text)
    {"chromium": chromium, "weasyprint": weasyprint}[engine](html_path, pdf_path)
