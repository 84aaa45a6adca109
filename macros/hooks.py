"""MkDocs hook (mkdocs.yml, `hooks:`): frames written as HTML go around a rendered page.

mkdocs-macros can change a page's Markdown but not its rendered HTML. A practice example's
page gives MkDocs only the contributor's text to render; macros/__init__.py attaches the rest
of the page (title, facts, related examples: macros.examples.ExamplePage) to the page as
`woonkansen_frame`, and here it is put around the rendered text, with the table of contents
and the heading ids that links are checked against.

MkDocs loads this file by path, not as part of the package: it imports nothing from it.
"""


def on_page_content(html, page, **kwargs):
    frame = getattr(page, "woonkansen_frame", None)
    if frame is None:
        return html
    ids = page.present_anchor_ids if page.present_anchor_ids is not None else set()
    html, page.toc = frame.wrap(html, page.toc, ids)
    page.present_anchor_ids = ids
    return html


def on_post_page(output, page, config):
    """Every page leaner, rendered the same (macros/compact.py)."""
    from macros.compact import compact_page  # the package mkdocs-macros has imported

    return compact_page(output)


def on_post_template(output_content, template_name, config):
    """The 404 page, a page of the theme's own, as lean as the others."""
    if template_name != "404.html":
        return output_content
    from macros.compact import compact_page

    return compact_page(output_content)
