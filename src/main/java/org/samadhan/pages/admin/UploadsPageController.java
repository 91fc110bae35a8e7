package org.samadhan.pages.admin;

import java.time.Clock;
import java.util.Locale;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.BulkSetup;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.Upload;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An upload being applied (a district's set-up, a transfer list), live: the page asks for its
 * progress every half second (htmx) while it runs, done of total rows, and then shows how it ended:
 * done, with the number of changes, or failed, with why and that nothing was written. Progress
 * lives in the database, so any instance answers. Who may follow it is {@link BulkSetup#upload}'s
 * answer; anyone else gets the 404 page.
 */
@Controller
@RequestMapping("/admin/uploads/{id}")
class UploadsPageController {

	private final BulkSetup setup;

	private final Jurisdiction jurisdiction;

	private final MessageSource messages;

	private final Clock clock;

	UploadsPageController(BulkSetup setup, Jurisdiction jurisdiction, MessageSource messages, Clock clock) {
		this.setup = setup;
		this.jurisdiction = jurisdiction;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String upload(@PathVariable String id, Actor actor, Model model, Locale locale) {
		Upload upload = read(id, actor, model, locale);
		model.addAttribute("district", upload.districtId() == null ? null
				: jurisdiction.findUnit(upload.districtId()).map(Unit::code).orElse(null));
		model.addAttribute("zone", clock.getZone());
		return "admin/upload";
	}

	/** The progress alone, which the page swaps in while the upload runs. */
	@GetMapping("/progress")
	String progress(@PathVariable String id, Actor actor, Model model, Locale locale) {
		read(id, actor, model, locale);
		return "admin/upload :: progress";
	}

	private Upload read(String id, Actor actor, Model model, Locale locale) {
		Upload upload = setup.upload(Addresses.number(id, "admin.upload.unknown"), actor);
		model.addAttribute("upload", upload);
		model.addAttribute("failure", upload.failure(messages, locale));
		return upload;
	}
}
