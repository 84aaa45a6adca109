"""MkDocs hooks (mkdocs.yml, `hooks:`): thin, typed, they hand over to macros/__init__.py.

MkDocs loads this file by path, not as part of the package, after mkdocs-macros has imported
the package (mkdocs.yml: `module_name: macros`); the hooks find the build that `define_env`
made through `macros.build_for`. The code lives in macros/__init__.py, the one module that
talks to MkDocs.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    import macros

    return macros.theme_env(env, config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    import macros

    return macros.example_pages(files, config)


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    import macros  # already imported by mkdocs-macros (`on_config`), before any page

    return macros.page_source(page, config)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    import macros

    return macros.page_content(html, page, config)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    import macros

    return macros.page_output(output, page, config)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    import macros

    return macros.template_output(output_content, template_name)
