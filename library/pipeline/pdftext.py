"""The text of a PDF's pages, with PDFium, spread over a few processes for long documents.

PDFium builds a page's text layer (FPDFText_LoadPage) a little more slowly than poppler's
pdftotext; PDFium is not thread-safe, so long documents are split into page ranges extracted by
a small pool of forked processes, kept between calls. A crash of PDFium on a hostile file then
kills a helper process, not the worker. Settings: LIBRARY_EXTRACT_PROCESSES (default: the
number of CPUs, at most 4; 1 extracts in the calling process)."""

import ctypes
import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from django.conf import settings

logger = logging.getLogger(__name__)

# Below this many pages the whole document is extracted in the calling process.
PARALLEL_MIN_PAGES = 16

_pool: ProcessPoolExecutor | None = None
_pool_size = 0
_pool_lock = threading.Lock()


class PoolBroken(Exception):
    """A helper process died while extracting (PDFium crashed on the file)."""


def processes() -> int:
    configured = getattr(settings, "LIBRARY_EXTRACT_PROCESSES", None)
    if configured is not None:
        return max(1, int(configured))
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4))


def page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    """A page's text through PDFium's C API directly (the helper objects would cost more time
    than the extraction of a simple page)."""
    page = pdfium_c.FPDF_LoadPage(pdf.raw, index)
    if not page:
        return ""
    try:
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            return ""
        try:
            count = pdfium_c.FPDFText_CountChars(textpage)
            if count <= 0:
                return ""
            buffer = ctypes.create_string_buffer((count + 1) * 2)
            written = pdfium_c.FPDFText_GetText(
                textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))
            )
            text = buffer.raw[: max(written - 1, 0) * 2].decode("utf-16-le", "ignore")
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
    finally:
        pdfium_c.FPDF_ClosePage(page)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def range_text(path: str, start: int, stop: int, max_chars: int) -> list[str]:
    """The texts of pages start..stop-1, stopping once max_chars characters were read."""
    pdf = pdfium.PdfDocument(path)
    texts = []
    total = 0
    try:
        for index in range(start, stop):
            if total >= max_chars:
                break
            text = page_text(pdf, index)
            texts.append(text)
            total += len(text)
    finally:
        pdf.close()
    return texts


def _executor(size: int) -> ProcessPoolExecutor:
    global _pool, _pool_size
    with _pool_lock:
        if _pool is None or _pool_size != size:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            _pool = ProcessPoolExecutor(size, mp_context=multiprocessing.get_context("fork"))
            _pool_size = size
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _pool_lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def start(path: str, page_count: int, max_chars: int):
    """Start extracting the text of every page; returns a function giving the texts in order
    (so the caller can do something else, like rendering the thumbnail, meanwhile)."""
    size = min(processes(), max(1, page_count // (PARALLEL_MIN_PAGES // 2)))
    if size < 2 or page_count < PARALLEL_MIN_PAGES or os.name != "posix":
        return lambda: range_text(path, 0, page_count, max_chars)
    step = -(-page_count // size)
    pool = _executor(size)
    try:
        futures = [
            pool.submit(range_text, path, first, min(first + step, page_count), max_chars)
            for first in range(0, page_count, step)
        ]
    except BrokenProcessPool as exc:
        _discard(pool)
        raise PoolBroken() from exc

    def collect() -> list[str]:
        texts: list[str] = []
        try:
            for future in futures:
                texts.extend(future.result())
        except BrokenProcessPool as exc:
            _discard(pool)
            logger.warning("A PDF text extraction process died on %s", path)
            raise PoolBroken() from exc
        return texts

    return collect
