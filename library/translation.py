from modeltranslation.translator import TranslationOptions, register

from .models import LibraryDocument


@register(LibraryDocument)
class DocumentTranslation(TranslationOptions):
    fields = ("title", "abstract")
