"""StreamField blocks for the site's content pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    level = blocks.ChoiceBlock(label=_("level"), choices=[("h2", "H2"), ("h3", "H3")], default="h2")

    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(label=_("label"), required=False)

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/document_link.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    source = blocks.CharBlock(label=_("source"), required=False)

    class Meta:
        icon = "openquote"
        template = "cms/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or address"), required=False)

    class Meta:
        icon = "link"
        template = "cms/blocks/call_to_action.html"


class AgendaItemBlock(blocks.StructBlock):
    day = blocks.DateBlock(label=_("day"))
    time = blocks.CharBlock(label=_("time"), required=False, max_length=20)
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "time"
        template = "cms/blocks/agenda_item.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("rich text"), features=["bold", "italic", "link", "ol", "ul", "document-link"]
    )
    heading = HeadingBlock(label=_("heading"))
    image = ImageBlock(label=_("image"))
    document = DocumentLinkBlock(label=_("document link"))
    quote = QuoteBlock(label=_("quote"))
    call_to_action = CallToActionBlock(label=_("call to action"))
