from .document import DOCUMENT_LANGUAGES, DocumentCountry, LibraryDocument

__all__ = ["DOCUMENT_LANGUAGES", "DocumentCountry", "LibraryDocument"]
