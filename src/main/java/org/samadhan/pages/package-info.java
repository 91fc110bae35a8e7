/**
 * The pages people use in a browser, rendered on the server (Thymeleaf, with htmx where a part of
 * a page changes). A page controller calls the modules' public services exactly as the API
 * controllers do and holds no rule of its own: a refusal comes back from the module as an
 * exception with a message key, which the page shows next to the field it names, in the page's
 * language. Pages are grouped by who uses them ({@code citizen}, {@code officer}, …), each group a
 * sub-package with its templates under {@code templates/<group>/}; the shared layout, the error
 * pages and the home page's list of links live here. Nothing depends on this module. See
 * docs/adr/0009-how-a-page-is-built.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint", "intake",
		"enquiry", "feedback", "review", "deadline", "scrutiny", "attachment", "reporting" })
package org.samadhan.pages;
