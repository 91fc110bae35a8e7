package org.samadhan.pages.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Administration;
import org.samadhan.jurisdiction.BulkSetup;
import org.samadhan.jurisdiction.PlanReport;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.jurisdiction.UploadedSheets;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.PolicyRefusal;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A district's bulk set-up from a file (a workbook with the sheets units and officers, or the two
 * CSV files): the columns and the example files to start from, a dry run showing every row's
 * outcome and every fault by row and column, then "apply", which starts the real run and leads to
 * its progress. The rules are {@link BulkSetup}'s, as behind {@code /api/admin/districts/{code}/setup};
 * the file of the dry run is the one applied ({@link HeldUploads}).
 */
@Controller
class SetupPageController {

	/** The example files offered for download: the demo's second district, as the demo sets it up. */
	static final List<String> EXAMPLES = List.of("amroha-units.csv", "amroha-officers.csv");

	private final BulkSetup setup;

	private final Administration administration;

	private final MessageSource messages;

	SetupPageController(BulkSetup setup, Administration administration, MessageSource messages) {
		this.setup = setup;
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping({ "/admin/districts/{code}/setup", "/admin/districts/{code}/setup/apply" })
	String form(@PathVariable String code, Actor actor, Model model) {
		return page(district(code, actor), model);
	}

	@PostMapping("/admin/districts/{code}/setup")
	String dryRun(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) MultipartFile units, @RequestParam(required = false) MultipartFile officers,
			Actor actor, Model model, Locale locale, HttpSession session) {
		Unit district = district(code, actor);
		try {
			var tables = BulkSetup.tables(HeldUploads.bytes(file), HeldUploads.bytes(units), HeldUploads.bytes(officers));
			PlanReport plan = PlanReport.of(setup.plan(district.code(), tables, actor), null, messages, locale);
			model.addAttribute("plan", plan);
			if (plan.applicable()) {
				model.addAttribute("token", HeldUploads.of(session).hold(district.code(), file, units, officers));
				HeldUploads.changed(session);
			}
		}
		catch (PolicyRefusal unreadable) {
			model.addAttribute("fileErrors", sentences(unreadable, locale, messages));
		}
		return page(district, model);
	}

	@PostMapping("/admin/districts/{code}/setup/apply")
	String apply(@PathVariable String code, @RequestParam(required = false) String token, Actor actor, Model model,
			Locale locale, HttpSession session) {
		Unit district = district(code, actor);
		HeldUploads.Held held = HeldUploads.of(session).find(token, district.code());
		if (held == null) {
			model.addAttribute("fileErrors", List.of(messages.getMessage("page.admin.upload.again", null, locale)));
			return page(district, model);
		}
		synchronized (held) {
			if (held.uploadId() == null) {
				try {
					var tables = BulkSetup.tables(held.file(0), held.file(1), held.file(2));
					held.started(setup.start(district.code(), tables, held.fileName(), held.joined(), actor));
					HeldUploads.changed(session);
				}
				catch (BulkSetup.PlanRefused refused) {
					// The tree changed since the dry run: here is the plan as it now stands.
					model.addAttribute("plan", PlanReport.of(refused.plan(), null, messages, locale));
					model.addAttribute("refused", true);
					return page(district, model);
				}
			}
			return "redirect:/admin/uploads/" + held.uploadId();
		}
	}

	@GetMapping("/admin/setup/examples/{name}")
	ResponseEntity<Resource> example(@PathVariable String name, Actor actor) {
		administration.scopeOf(actor);
		if (!EXAMPLES.contains(name)) {
			throw new NotFoundException("page.error.404");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(new ClassPathResource("data/demo/" + name));
	}

	private String page(Unit district, Model model) {
		model.addAttribute("district", district);
		model.addAttribute("unitColumns", BulkSetup.UNIT_COLUMNS);
		model.addAttribute("officerColumns", BulkSetup.OFFICER_COLUMNS);
		model.addAttribute("examples", EXAMPLES);
		model.addAttribute("maxRows", UploadedSheets.MAX_ROWS);
		model.addAttribute("maxMegabytes", UploadedSheets.MAX_BYTES / (1024 * 1024));
		return "admin/setup";
	}

	/** A district the administrator keeps, as the address names it; any other is the 404 page. */
	private Unit district(String code, Actor actor) {
		Unit unit = Addresses.found(() -> administration.unit(code, actor));
		if (unit.kind() != UnitKind.DISTRICT) {
			throw new NotFoundException("admin.unit.unknown", code);
		}
		return unit;
	}

	/** A file refused whole: what is wrong with it, each part a sentence in the page's language. */
	static List<String> sentences(PolicyRefusal refusal, Locale locale, MessageSource messages) {
		List<String> said = new ArrayList<>();
		said.add(messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), locale));
		refusal.reasons()
			.forEach(r -> said.add(messages.getMessage(r.messageKey(), r.arguments(), r.messageKey(), locale)));
		return said;
	}
}
