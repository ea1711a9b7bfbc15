"""Citations of one library document: BibTeX, RIS and Dublin Core (oai_dc).

Pure functions: the caller says where the document lives (``url``) and whether the reader may
see who contributed a pseudonymous document (``show_contributor``). When they may not, no
organisation is named anywhere in the output, only "a civil society organisation from
<country>".
"""

import re
import xml.etree.ElementTree as ET

from django.utils.translation import gettext, ngettext

from network.pseudonyms import pseudonym as network_pseudonym

# Document types cited as reports (BibTeX @techreport, RIS RPRT); the rest are @misc / GEN.
REPORT_TYPES = frozenset({"national-report", "study-report"})

# BibTeX/biblatex language names for the document languages.
BIBTEX_LANGUAGES = {
    "es": "spanish",
    "en": "english",
    "fr": "french",
    "pt": "portuguese",
    "ar": "arabic",
    "ru": "russian",
    "zh": "chinese",
}
BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
# ElementTree already knows dc and xsi; without this oai_dc would be written as "ns0".
ET.register_namespace("oai_dc", OAI_DC)

# Characters XML 1.0 does not allow (control characters other than tab and newlines).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_WHITESPACE = re.compile(r"\s+")


def citation_key(document) -> str:
    return f"nmirf{document.pk}"


def _one_line(value) -> str:
    """Text on one line: runs of whitespace (newlines included) become one space."""
    return _WHITESPACE.sub(" ", str(value or "")).strip()


def _is_report(document) -> bool:
    document_type = document.document_type
    return document_type is not None and document_type.slug in REPORT_TYPES


def _topic_names(document) -> list[str]:
    return [topic.name for topic in document.topics.all()]


def _language(document) -> str:
    return "" if document.language == "other" else document.language


def _licence(document) -> str:
    if document.licence in ("", document.Licence.UNKNOWN):
        return ""
    return str(document.get_licence_display())


def pseudonym(document) -> str:
    """How a pseudonymous contribution's author is shown to everyone but the secretariat."""
    code = document.countries[0] if document.countries else ""
    if not code and document.contributor_organisation is not None:
        code = document.contributor_organisation.country
    return network_pseudonym(code)


def authors(document, *, show_contributor: bool) -> list[str]:
    """The authoring organisations' names, in order; a pseudonym for a pseudonymous
    contribution unless ``show_contributor``."""
    if document.pseudonymous and not show_contributor:
        # No organisation at all: a co-author would point to the contributor as well.
        return [pseudonym(document)]
    names = [_one_line(organisation.name) for organisation in document.organisations.all()]
    if not names and document.pseudonymous and document.contributor_organisation is not None:
        names = [_one_line(document.contributor_organisation.name)]
    return [name for name in names if name]


# BibTeX.

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_SPECIAL_RE = re.compile("[" + re.escape("".join(_BIBTEX_SPECIAL)) + "]")


def bibtex_escape(value) -> str:
    """``value`` on one line with BibTeX's (LaTeX's) special characters escaped, in one pass."""
    return _BIBTEX_SPECIAL_RE.sub(lambda match: _BIBTEX_SPECIAL[match.group()], _one_line(value))


def _bibtex_url(url: str) -> str:
    """URLs are read verbatim (url package, biblatex): only characters that would end the
    field are percent-encoded."""
    url = _one_line(url).replace(" ", "%20")
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def bibtex(document, *, url: str, show_contributor: bool) -> str:
    names = authors(document, show_contributor=show_contributor)
    entry_type = "techreport" if _is_report(document) and names else "misc"
    fields: list[tuple[str, str]] = [("title", "{" + bibtex_escape(document.title) + "}")]
    if names:
        fields.append(("author", " and ".join("{" + bibtex_escape(name) + "}" for name in names)))
    if entry_type == "techreport":
        fields.append(("institution", "{" + bibtex_escape(names[0]) + "}"))
    if document.publication_date:
        fields.append(("year", str(document.publication_date.year)))
        fields.append(("month", BIBTEX_MONTHS[document.publication_date.month - 1]))
    if document.symbol:
        fields.append(("number", "{" + bibtex_escape(document.symbol) + "}"))
    if document.document_type is not None:
        fields.append(("type", "{" + bibtex_escape(document.document_type.name) + "}"))
    fields.append(("url", "{" + _bibtex_url(url) + "}"))
    if language := BIBTEX_LANGUAGES.get(document.language):
        fields.append(("language", "{" + language + "}"))
    topics = _topic_names(document)
    if topics:
        fields.append(("keywords", "{" + ", ".join(bibtex_escape(name) for name in topics) + "}"))
    if document.abstract:
        fields.append(("abstract", "{" + bibtex_escape(document.abstract) + "}"))
    note = gettext("NMIRF Exchange library")
    if pages := document.page_count:
        note = ngettext("%(note)s, %(pages)d page", "%(note)s, %(pages)d pages", pages) % {
            "note": note,
            "pages": pages,
        }
    fields.append(("note", "{" + bibtex_escape(note) + "}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@{entry_type}{{{citation_key(document)},\n{body}\n}}\n"


# RIS.


def ris(document, *, url: str, show_contributor: bool) -> str:
    """A RIS record: ``TAG  - value`` lines ending in CRLF, closed by ``ER  - ``."""
    lines: list[tuple[str, str]] = [("TY", "RPRT" if _is_report(document) else "GEN")]
    lines.append(("ID", citation_key(document)))
    lines.append(("TI", document.title))
    lines.extend(("AU", name) for name in authors(document, show_contributor=show_contributor))
    if date := document.publication_date:
        lines.append(("PY", str(date.year)))
        lines.append(("DA", date.strftime("%Y/%m/%d")))
    if document.symbol:
        lines.append(("M1", document.symbol))
    if document.document_type is not None:
        lines.append(("M3", document.document_type.name))
    lines.append(("UR", url))
    if language := _language(document):
        lines.append(("LA", language))
    if document.abstract:
        lines.append(("AB", document.abstract))
    lines.extend(("KW", name) for name in _topic_names(document))
    lines.append(("DB", gettext("NMIRF Exchange library")))
    text = "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines if _one_line(value))
    return text + "ER  - \r\n"


# Dublin Core.


def _xml_text(value) -> str:
    return _XML_INVALID.sub("", str(value or "")).strip()


def dublin_core(document, *, url: str, show_contributor: bool) -> bytes:
    """An ``oai_dc:dc`` record, UTF-8 with its XML declaration."""
    root = ET.Element(f"{{{OAI_DC}}}dc", {f"{{{XSI}}}schemaLocation": f"{OAI_DC} {OAI_DC_SCHEMA}"})

    def add(name: str, value) -> None:
        text = _xml_text(value)
        if text:
            ET.SubElement(root, f"{{{DC}}}{name}").text = text

    add("title", document.title)
    for name in authors(document, show_contributor=show_contributor):
        add("creator", name)
    for name in _topic_names(document):
        add("subject", name)
    add("description", document.abstract)
    if document.publication_date:
        add("date", document.publication_date.isoformat())
    if document.document_type is not None:
        add("type", document.document_type.name)
    add("format", document.content_type)
    add("identifier", url)
    add("identifier", document.symbol)
    add("source", document.source_url)
    add("language", _language(document))
    for name in document.country_names:
        add("coverage", name)
    add("rights", _licence(document))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
